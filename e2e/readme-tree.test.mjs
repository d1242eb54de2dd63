/**
 * README's "How it fits together" is the map a newcomer reads first: every path it names exists,
 * and every folder of src/ (and of src/services/), and every top-level folder with code, is on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## How it fits together'));
const tree = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));

/** The paths the tree names: each line's first column, `a.ts, b/` and continuation lines (`  outbox.ts`) included. */
function namedPaths() {
  const paths = [];
  let folder = '';
  for (const line of tree.split('\n')) {
    const [, indent, names] = line.match(/^( *)(\S.*?)(?: {2,}|$)/) ?? [];
    if (!names || (indent.length > 2 && !names.includes('/') && !names.endsWith('.ts'))) continue; // A description's second line.
    if (indent.length > 2) continue;
    for (const name of names.split(/,\s*/).filter(Boolean)) {
      const path = indent ? folder + name : name;
      if (!indent) folder = path.slice(0, path.lastIndexOf('/') + 1);
      paths.push(path);
    }
  }
  return paths;
}

const folders = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`);

test("every path README's tree names exists", () => {
  const paths = namedPaths();
  assert.ok(paths.length > 15, `read ${paths.length} paths from the tree`);
  const missing = paths.filter((path) => !existsSync(path.replace('<element>/', '')));
  assert.deepEqual(missing, [], 'named in "How it fits together" but not in the repository');
});

test("every folder of src/ and src/services/, and each top-level one with code, is on README's tree", () => {
  const paths = namedPaths();
  const named = (folder) => paths.some((path) => path === folder || path.startsWith(folder)) || (folder.startsWith('src/components/') && paths.includes('src/components/<element>/'));
  const expected = [
    ...folders('src'),
    ...folders('src/services'),
    ...folders('src/components').filter((folder) => folder === 'src/components/shared/'),
    ...['cli/', 'test/', 'demo/', 'bench/', 'e2e/'],
  ];
  assert.deepEqual(expected.filter((folder) => !named(folder)), [], 'folders "How it fits together" does not show');
});
