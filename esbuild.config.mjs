// Builds what ships and what the demo serves. `node esbuild.config.mjs` builds once;
// scripts/start.mjs reuses `demoBuild` to watch and serve.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minifyTemplates } from './scripts/minify-templates.mjs';

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
 * The portal bundle: registers the elements. `@twilio/conversations` is imported only when a
 * portal chat starts, so splitting puts it in a chunk of its own under dist/chunks/.
 */
export const portalBuild = {
  ...shared,
  entryPoints: { 'internal-agent-chat': 'src/index.ts' },
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
 * The portal's words (src/l10n/portal/: why a token endpoint gave no token) are an empty set in
 * the Flex plugin, in every language: Flex hands the plugin its client, so the plugin never
 * fetches a token (e2e/plugin.test.mjs checks that src/portal/token-source.ts is not in it).
 */
const withoutPortal = {
  name: 'without-portal',
  setup(build) {
    build.onResolve({ filter: /^\.\/portal\/(en|es|ar)\.js$/ }, ({ importer }) =>
      /[\\/]src[\\/]l10n[\\/][^\\/]+$/.test(importer) ? { path: 'portal-words', namespace: 'without-portal' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-portal' }, () => ({ contents: 'export const portalWords = () => ({});', loader: 'js' }));
  },
};

/** The Flex plugin: one IIFE file; Flex's libraries resolve to its globals, nothing else is external. */
export const pluginBuild = {
  ...shared,
  format: 'iife',
  entryPoints: { 'plugin-internal-agent-chat': 'src/plugin.ts' },
  outdir: 'dist',
  minify: true,
  plugins: [flexGlobals, refuseConversationsSdk, withoutPortal, minifyTemplates],
};

export const PLUGIN_FILE = 'dist/plugin-internal-agent-chat.js';

/** The plugin file's size, minified and gzip, in KB. */
export function pluginSize(file = PLUGIN_FILE) {
  const bytes = readFileSync(file);
  return { minifiedKb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([esbuild.build(demoBuild), esbuild.build(portalBuild), esbuild.build(pluginBuild)]);
  const { minifiedKb, gzipKb } = pluginSize();
  console.log(`\n  Flex plugin ${PLUGIN_FILE}: ${minifiedKb.toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzip (budget 25 KB)\n`);
}
