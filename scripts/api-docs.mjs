/**
 * `npm run docs`: regenerates custom-elements.json (the analyzer, configured in
 * custom-elements-manifest.config.mjs) and README's "Element API" section from it, between
 * `<!-- api:start -->` and `<!-- api:end -->`. e2e/element-api.test.mjs fails when either drifts
 * from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** The manifest as the code says today; written to custom-elements.json unless `write` is false. */
export function analyze({ write = true } = {}) {
  return cli({ argv: ['analyze', '--litelement', '--quiet'], noWrite: !write });
}

const isPublic = (member) => !member.static && !member.privacy && !member.name.startsWith('#');
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const cell = (text = '') => oneLine(text).replaceAll('|', '\\|') || '—';
const code = (text) => (text ? `\`${oneLine(text).replaceAll('|', '\\|')}\`` : '—');

/** Defaults worked out in a constructor or spread over lines say what they are, not how. */
function shortDefault(value) {
  if (value === undefined) return '—';
  const text = oneLine(value);
  if (text.length <= 40) return code(text);
  const made = /^new (\w+)/.exec(text);
  if (made) return code(`new ${made[1]}(…)`);
  return text.startsWith('{') ? code('{ … }') : code(`${text.slice(0, 37)}…`);
}

function table(head, rows) {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  return `${method.name}(${parameters.join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

function elementSection(element, modulePath, classes) {
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const attributeOf = (field) => element.attributes?.find((a) => a.fieldName === field.name);
  const attributeOnly = (element.attributes ?? []).filter((a) => !a.fieldName);
  const detailOf = (event) => classes.get(event.type?.text)?.members?.find((m) => m.name === 'detail')?.type?.text;
  const tokens = (element.cssProperties ?? []).map((p) => `\`${p.name}\``);

  return [
    `### \`<${element.tagName}>\``,
    '',
    `${oneLine(element.summary)} \`${element.name}\` in [${modulePath}](${modulePath}).`,
    '',
    ...(element.description ? [oneLine(element.description), ''] : []),
    ...table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      [
        ...fields.map((f) => {
          const attribute = attributeOf(f);
          const flags = [attribute && f.reflects && 'reflects', f.readonly && 'read-only'].filter(Boolean);
          return [
            `\`${f.name}\``,
            attribute ? `\`${attribute.name}\`` : '—',
            code(f.type?.text),
            shortDefault(f.default),
            cell(`${f.description ?? ''}${flags.length ? ` (${flags.join(', ')})` : ''}`),
          ];
        }),
        ...attributeOnly.map((a) => ['—', `\`${a.name}\``, code(a.type?.text), shortDefault(a.default), cell(a.description)]),
      ],
    ),
    ...table(['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])),
    ...table(['Event', 'Class', 'Detail', 'Description'], (element.events ?? []).map((e) => [`\`${e.name}\``, code(e.type?.text), code(detailOf(e)), cell(e.description)])),
    ...table(['Part', 'Description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, cell(p.description)])),
    ...table(['Slot', 'Description'], (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', cell(s.description)])),
    ...(element.slots?.length ? [] : ['No slots: the element renders everything itself.', '']),
    tokens.length
      ? `**Custom properties**: its own, ${tokens.join(', ')}, and the system tokens (\`--iac-color-*\`, …); values and what each styles: [Tokens](#tokens).`
      : '**Custom properties**: the system tokens (`--iac-color-*`, …); values and what each styles: [Tokens](#tokens).',
    '',
  ];
}

/** README's Element API section, markers excluded. */
export function renderElementApi(manifest) {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })));
  const classes = new Map(declarations.map(({ declaration }) => [declaration.name, declaration]));
  const elements = declarations
    .filter(({ declaration }) => declaration.customElement && declaration.tagName)
    // The root first, then the parts it is made of.
    .sort((a, b) => Number(b.declaration.tagName === 'internal-agent-chat') - Number(a.declaration.tagName === 'internal-agent-chat') || a.declaration.tagName.localeCompare(b.declaration.tagName));
  return [
    '',
    '<!-- Generated from custom-elements.json by `npm run docs`; edit the JSDoc in src/components, not this. -->',
    '',
    '`<internal-agent-chat>` lays out the others and provides them the store; it loads `<iac-settings>`',
    'on first use. Every event bubbles and crosses shadow roots (`composed`). The same API, for editors',
    'and design tools, is in `custom-elements.json` (written by `npm run build` and `npm run docs`).',
    '',
    ...elements.flatMap(({ declaration, path }) => elementSection(declaration, path, classes)),
  ].join('\n');
}

/** README with its Element API section replaced. */
export function withElementApi(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderElementApi(manifest)}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = await analyze();
  const readme = readFileSync('README.md', 'utf8');
  const updated = withElementApi(readme, manifest);
  if (updated !== readme) writeFileSync('README.md', updated);
  console.log(`custom-elements.json written; README.md Element API ${updated === readme ? 'already current' : 'updated'}.`);
}
