// Builds what ships and what the demo serves. `node esbuild.config.mjs` builds once;
// scripts/start.mjs reuses `demoBuild` to watch and serve.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { buildWithParts } from './scripts/plugin-parts.mjs';

/** The page global the plugin's files share (src/flex/plugin-parts.ts's PARTS_GLOBAL). */
const PARTS_GLOBAL = 'internal-agent-chat.flex-plugin-parts';

// UTF-8 out, not esbuild's default \u escapes: the Arabic and Spanish words are a third of the
// bundle, and an escaped Arabic letter takes six bytes instead of two. Flex's page, module
// scripts and the demo all read scripts as UTF-8.
const shared = { bundle: true, format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'info', charset: 'utf8' };

/**
 * The demo, gallery and portal-demo pages, served from demo/. Split like the portal bundle, so
 * the Conversations SDK the package imports lazily stays in a chunk the demo never loads.
 */
export const demoBuild = {
  ...shared,
  entryPoints: ['demo/main.ts', 'demo/gallery/gallery.ts', 'demo/portal/portal.ts'],
  outdir: 'demo/build',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
};

/**
 * The portal bundle: its entry (the API; the elements are defined on demand), and the elements
 * as an entry of their own, which the first imports when they are needed. `@twilio/conversations`
 * is imported only when a portal chat starts, so splitting puts it in a chunk of its own under
 * dist/chunks/. The first entry is what a page loads at start.
 */
export const portalBuild = {
  ...shared,
  entryPoints: { 'internal-agent-chat': 'src/index.ts', 'internal-agent-chat-elements': 'src/elements.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  plugins: [minifyTemplates],
};

/** What Flex UI 2.x provides as globals at run time: the plugin uses Flex's copies, never its own. */
export const FLEX_GLOBALS = {
  react: 'React',
  'react-dom': 'ReactDOM',
  redux: 'Redux',
  'react-redux': 'ReactRedux',
  '@twilio/flex-ui': 'Twilio.Flex',
};

const flexGlobals = {
  name: 'flex-globals',
  setup(build) {
    const names = Object.keys(FLEX_GLOBALS).map((name) => name.replace(/[/.-]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, ({ path }) => ({ path, namespace: 'flex-global' }));
    build.onLoad({ filter: /.*/, namespace: 'flex-global' }, ({ path }) => ({
      contents: `module.exports = window.${FLEX_GLOBALS[path]};`,
      loader: 'js',
    }));
  },
};

/** Flex already runs the Conversations SDK (~145 KB gzip): a run-time import of it fails the build. */
const refuseConversationsSdk = {
  name: 'refuse-conversations-sdk',
  setup(build) {
    build.onResolve({ filter: /^@twilio\/conversations(\/|$)/ }, ({ importer }) => ({
      errors: [{ text: `${importer} imports @twilio/conversations at run time; the plugin must use Flex's client (import its types only)` }],
    }));
  },
};

/**
 * Words the Flex plugin never says are an empty set in it, in every language: the portal's
 * (src/l10n/portal/: why a token endpoint gave no token; Flex hands the plugin its client, so it
 * never fetches a token, and e2e/plugin.test.mjs checks that src/portal/token-source.ts is not in
 * it), and the widget's own shortcuts' (src/l10n/widget-keys/: the plugin uses Flex's key
 * notation and shortcut manager, never src/shortcuts/widget-notation.ts).
 */
const WORDS_THE_PLUGIN_NEVER_SAYS = { portal: 'portalWords', 'widget-keys': 'widgetKeyWords' };

const withoutPortal = {
  name: 'without-portal',
  setup(build) {
    build.onResolve({ filter: /^\.\/(portal|widget-keys)\/(en|es|ar)\.js$/ }, ({ path, importer }) =>
      /[\\/]src[\\/]l10n[\\/][^\\/]+$/.test(importer) ? { path: path.split('/')[1], namespace: 'without-portal' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-portal' }, ({ path }) => ({ contents: `export const ${WORDS_THE_PLUGIN_NEVER_SAYS[path]} = () => ({});`, loader: 'js' }));
  },
};

/**
 * Modules the Flex plugin's build replaces with a twin of its own in src/flex/: how the languages,
 * the elements' English words and the parts opened on demand (Settings, the group dialogs) arrive, which the plugin's parts
 * change (src/flex/plugin-parts.ts), the element's own shortcut manager, which Flex's replaces,
 * and the portal's hook that makes the element a store, which the plugin never asks for (it
 * hands the element its store).
 */
const FLEX_TWINS = {
  'src/l10n/catalog-loaders.ts': 'src/flex/flex-catalog-loaders.ts',
  'src/l10n/element-words.ts': 'src/flex/flex-element-words.ts',
  'src/components/internal-agent-chat/on-demand.ts': 'src/flex/flex-on-demand.ts',
  'src/components/internal-agent-chat/own-shortcuts.ts': 'src/flex/flex-own-shortcuts.ts',
  'src/portal/element-hook.ts': 'src/flex/flex-element-hook.ts',
};

const flexTwins = {
  name: 'flex-twins',
  setup(build) {
    const twins = new Map(Object.entries(FLEX_TWINS).map(([module, twin]) => [resolve(import.meta.dirname, module), resolve(import.meta.dirname, twin)]));
    const names = Object.keys(FLEX_TWINS).map((module) => module.split('/').pop().replace(/\.ts$/, ''));
    build.onResolve({ filter: new RegExp(`/(${names.join('|')})\\.js$`) }, ({ path, resolveDir }) => {
      const twin = twins.get(resolve(resolveDir, path.replace(/\.js$/, '.ts')));
      return twin ? { path: twin } : undefined;
    });
  },
};

/**
 * The Flex plugin: an entry file Flex loads at start, and its parts beside it, fetched when
 * needed (scripts/plugin-parts.mjs): the chat's elements, and the Spanish and Arabic words. All
 * are classic scripts (IIFE); Flex's libraries resolve to its globals, nothing else is external.
 */
export const pluginBuild = {
  ...shared,
  format: 'iife',
  outdir: 'dist',
  minify: true,
  // One tsconfig.json for every file, those a plugin resolves (flexTwins) too: its class-field semantics matter to Lit.
  tsconfig: 'tsconfig.json',
  // The licences of what is bundled (Lit's, idb-keyval's) go in a .LEGAL.txt beside each file, not inside it.
  legalComments: 'external',
  plugins: [flexGlobals, refuseConversationsSdk, withoutPortal, flexTwins, minifyTemplates],
};

export const PLUGIN_NAME = 'plugin-internal-agent-chat';
export const PLUGIN_PARTS = { view: 'src/flex/chat-view.ts', words: 'src/flex/flex-words.ts' };
/** The files to host, side by side: the entry Flex loads, then its parts. */
export const PLUGIN_FILES = [`dist/${PLUGIN_NAME}.js`, ...Object.keys(PLUGIN_PARTS).map((part) => `dist/${PLUGIN_NAME}.${part}.js`)];
export const PLUGIN_FILE = PLUGIN_FILES[0];

/** Builds the plugin's files (into dist/, or in memory with `write: false`). */
export function buildPlugin(overrides = {}) {
  return buildWithParts({
    build: { ...pluginBuild, ...overrides },
    root: import.meta.dirname,
    entryName: PLUGIN_NAME,
    entry: 'src/plugin.ts',
    parts: PLUGIN_PARTS,
    globalName: PARTS_GLOBAL,
  });
}

/** The plugin's files' sizes, minified and gzip, in KB: the entry's (loaded at Flex start) and all of them. */
export function pluginSize(files = PLUGIN_FILES) {
  const sizes = files.map((file) => {
    const bytes = readFileSync(file);
    return { minifiedKb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
  });
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { ...sizes[0], all: { minifiedKb: sum('minifiedKb'), gzipKb: sum('gzipKb') } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([esbuild.build(demoBuild), esbuild.build(portalBuild), buildPlugin()]);
  const { gzipKb, all } = pluginSize();
  console.log(`\n  Flex plugin ${PLUGIN_FILE}: ${gzipKb.toFixed(1)} KB gzip loaded at Flex start (budget 25 KB); all its files ${all.gzipKb.toFixed(1)} KB gzip (budget 70 KB)\n`);
}
