/**
 * The Flex plugin loads the elements' English words (src/l10n/en-elements.ts) with its view
 * part, not at Flex start (src/flex/flex-element-words.ts). So nothing the plugin runs at start
 * may name one of them: a notification, the side-nav link or a refusal from the services said
 * before the view opens would show nothing. This reads the sources the plugin's entry holds (the
 * catalog aside) for the words' keys, as a phrase key (`'key'`) or a catalog member (`.key`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import { buildPlugin } from '../esbuild.config.mjs';

const root = new URL('..', import.meta.url);

async function elementWordKeys() {
  const { outputFiles } = await esbuild.build({ absWorkingDir: root.pathname, entryPoints: ['src/l10n/en-elements.ts'], bundle: true, format: 'esm', write: false, logLevel: 'silent' });
  const { elementWords } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
  return Object.keys(elementWords('en'));
}

async function sourcesAtStart() {
  const { entry } = await buildPlugin({ write: false, sourcemap: false, logLevel: 'silent' });
  const held = Object.values(entry.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && /^src\/.+\.ts$/.test(path) && path !== 'src/l10n/en.ts').map(([path]) => path),
  );
  return Promise.all([...new Set(held)].map(async (path) => ({ path, text: await readFile(new URL(path, root), 'utf8') })));
}

test("nothing the Flex plugin runs at start names a word that only arrives with its view", async () => {
  const [keys, sources] = await Promise.all([elementWordKeys(), sourcesAtStart()]);
  assert.ok(keys.length > 50 && sources.length > 30, `read ${keys.length} element words and ${sources.length} sources`);
  const named = sources.flatMap(({ path, text }) => keys.filter((key) => new RegExp(`['".]${key}\\b`).test(text)).map((key) => `${key} in ${path}`));
  assert.deepEqual(named, [], 'move these words from src/l10n/en-elements.ts to src/l10n/en.ts, or keep their code in the view');
});
