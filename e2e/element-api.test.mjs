/**
 * The element API docs stay true: the manifest the analyzer makes from the JSDoc
 * (custom-elements-manifest.config.mjs) is checked against what the code does, read straight from
 * the source: the registered tags, `@property` fields, the event classes dispatched, the `part`s
 * rendered and the `--iac-*` properties the styles read. README's Element API section must be the
 * one `npm run docs` writes from that manifest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { analyze, END, START, renderElementApi } from '../scripts/api-docs.mjs';

const REGENERATE = 'then run `npm run docs` to regenerate custom-elements.json and README';

process.chdir(new URL('..', import.meta.url).pathname); // The analyzer's config and the paths below are relative to the repo.
const read = (file) => readFileSync(file, 'utf8');
const manifest = await analyze({ write: false });
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Relative imports of a source file, as paths (`./x.js` → `dir/x.ts`). */
function importsOf(file) {
  return [...read(file).matchAll(/^import\s+(?!type\b)(?:[^'"]*?from\s+)?'(\.{1,2}\/[^']+)\.js';/gm)]
    .map(([, path]) => normalize(join(dirname(file), `${path}.ts`)))
    .filter(existsSync);
}

const registers = (file) => /^customElement\('/m.test(read(file));

/** The file and the component modules it renders and acts through (not other elements: their shadow is their own). */
function renderedFrom(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of importsOf(file)) {
    if (imported.startsWith('src/components/') && !imported.endsWith('.styles.ts') && !registers(imported)) renderedFrom(imported, seen);
  }
  return seen;
}

/** The styles module and everything it pulls in. */
function stylesFrom(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of importsOf(file)) if (imported.startsWith('src/components/')) stylesFrom(imported, seen);
  return seen;
}

/** The system tokens (src/theme/tokens.ts): every element reads them, the token table documents them. */
const systemTokens = new Set(
  [...read('src/theme/tokens.ts').matchAll(/^ {2}(color|presence|avatar|shape|type): \{\n([\s\S]*?)\n {2}\},$/gm)].flatMap(([, , tokens]) =>
    [...tokens.matchAll(/'(--iac-[\w-]+)':/g)].map(([, name]) => name),
  ),
);

/** Tokens with a registered default (src/theme/token-defaults.ts): their light value is a value, not another token. */
const registeredTokens = new Set([...read('src/theme/tokens.ts').matchAll(/^ {4}'(--iac-[\w-]+)': \{ light: /gm)].map(([, name]) => name));

/** Custom properties the elements set for themselves, not for hosts (src/theme/tokens.ts). */
const internalProperties = new Set(read('src/theme/tokens.ts').match(/INTERNAL_PROPERTIES[^=]*=\s*\[([^\]]*)\]/)[1].match(/--iac-[\w-]+/g));

const eventNames = new Map();
for (const file of readdirSync('src/events').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
  for (const [, className, name] of read(`src/events/${file}`).matchAll(/export class (\w+) extends Event\b[\s\S]*?super\('([^']+)'/g)) eventNames.set(className, name);
}

const elementFiles = readdirSync('src/components', { recursive: true })
  .map((file) => join('src/components', file))
  .filter((file) => file.endsWith('.ts') && !/\.(test|styles)\.ts$/.test(file) && registers(file));

const sorted = (values) => [...new Set(values)].sort();

/** Fails with what to add and what to remove when the documented names differ from the code's. */
function sameNames(documented, inCode, what) {
  const missing = sorted(inCode).filter((name) => !documented.includes(name));
  const extra = sorted(documented).filter((name) => !inCode.includes(name));
  const lines = [missing.length && `  add ${what} for: ${missing.join(', ')}`, extra.length && `  remove ${what} for: ${extra.join(', ')} (not in the code)`];
  assert.ok(!missing.length && !extra.length, `${lines.filter(Boolean).join('\n')}\n  ${REGENERATE}`);
}

test('the analyzer finds every registered element', () => {
  assert.ok(elementFiles.length >= 7, `only ${elementFiles.length} element files found`);
  const tags = elementFiles.map((file) => read(file).match(/^customElement\('([^']+)'\)/m)[1]);
  assert.deepEqual(sorted(declarations.filter((d) => d.customElement).map((d) => d.tagName)), sorted(tags));
});

for (const file of elementFiles) {
  const source = read(file);
  const [, tag, className] = source.match(/^customElement\('([^']+)'\)\((\w+)\);/m);
  const element = () => declarations.find((d) => d.tagName === tag);
  const names = (list) => sorted((list ?? []).map((item) => item.name));
  const undocumented = (list) => (list ?? []).filter((item) => !item.description?.trim()).map((item) => item.name);

  test(`<${tag}>: tag, class and a one-line summary`, () => {
    assert.equal(element()?.name, className);
    assert.ok(element().summary && !element().summary.includes('\n'), `${file}: the class needs a one-line @summary (longer text goes above the tags)`);
  });

  test(`<${tag}>: every @property, with its attribute, and every public member documented`, () => {
    const { members = [], attributes = [] } = element();
    for (const [, options = '', name] of source.matchAll(/@property\((\{[^}]*\})?\)\s+(?:accessor\s+|set\s+|get\s+)?(\w+)/g)) {
      const member = members.find((m) => m.name === name);
      assert.ok(member, `${file}: @property ${name} is missing from the manifest; ${REGENERATE}`);
      const attribute = /attribute:\s*false/.test(options) ? undefined : (options.match(/attribute:\s*'([^']+)'/)?.[1] ?? name.toLowerCase());
      assert.equal(attributes.find((a) => a.fieldName === name)?.name, attribute, `${file}: attribute of ${name}`);
    }
    const isPublic = (m) => !m.static && !m.privacy && !m.name.startsWith('#');
    assert.deepEqual(undocumented(members.filter(isPublic)), [], `${file}: public members need a one-line JSDoc`);
  });

  test(`<${tag}>: @fires names every event it dispatches`, () => {
    // The element's own modules (its controllers and helpers) dispatch on it too.
    const dispatched = [...renderedFrom(file)]
      .flatMap((f) => [...read(f).matchAll(/new (\w+Event)\(/g)].map(([, name]) => name))
      .filter((name) => eventNames.has(name));
    const events = element().events ?? [];
    sameNames(names(events), dispatched.map((name) => eventNames.get(name)), `${file}: @fires`);
    assert.deepEqual(undocumented(events), [], `${file}: each @fires needs a description`);
    for (const event of events) assert.equal(eventNames.get(event.type?.text), event.name, `${file}: ${event.name}'s class`);
  });

  test(`<${tag}>: @csspart for every part it renders`, () => {
    const rendered = [...renderedFrom(file)].flatMap((f) => [...read(f).matchAll(/\bpart="([^"$]+)"/g)].flatMap(([, parts]) => parts.split(/\s+/)));
    sameNames(names(element().cssParts), rendered, `${file}: @csspart`);
    assert.deepEqual(undocumented(element().cssParts), [], `${file}: each @csspart needs a description`);
  });

  test(`<${tag}>: @cssprop for every element token its styles read (the system tokens are the token table's)`, () => {
    const stylesImport = source.match(/import \{ styles \} from '(\.\/[^']+)\.js'/)?.[1];
    const files = [...renderedFrom(file), ...(stylesImport ? stylesFrom(normalize(join(dirname(file), `${stylesImport}.ts`))) : [])];
    const read_ = files.flatMap((f) => [...read(f).matchAll(/var\((--iac-[\w-]+)/g)].map(([, name]) => name)).filter((name) => !internalProperties.has(name) && !systemTokens.has(name));
    sameNames(names(element().cssProperties), read_, `${file}: @cssprop`);
    assert.deepEqual(undocumented(element().cssProperties), [], `${file}: each @cssprop needs a description`);
  });

  test(`<${tag}>: @slot for every slot`, () => {
    const slots = [...source.matchAll(/<slot\b([^>]*)>/g)].map(([, attrs]) => attrs.match(/name="([^"]+)"/)?.[1] ?? '');
    sameNames(names(element().slots), slots, `${file}: @slot`);
  });
}

test('styles type no fallback for a token whose default is registered: the token table is the one source', () => {
  const files = readdirSync('src', { recursive: true })
    .map((file) => join('src', file))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith(join('src', 'theme')));
  const typed = files.flatMap((file) =>
    [...read(file).matchAll(/var\((--iac-[\w-]+),/g)].filter(([, name]) => registeredTokens.has(name)).map(([whole]) => `${file}: ${whole}…`),
  );
  assert.deepEqual(typed, [], 'read these as var(--iac-…) alone: src/theme/token-defaults.ts registers their defaults');
});

test("README's Element API section is the one the manifest gives", () => {
  const readme = read('README.md');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  assert.ok(start >= 0 && end > start, `README.md needs ${START} … ${END}`);
  const current = readme.slice(start + START.length, end).trim();
  assert.ok(current === renderElementApi(manifest).trim(), `README's Element API section is stale: run \`npm run docs\``);
});

test('package.json points tools at the manifest, and the build writes it', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.match(pkg.scripts.build, /cem analyze/);
});
