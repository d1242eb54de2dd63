/**
 * Gzip sizes of the bundles that ship, built from esbuild.config.mjs's own options: the portal
 * bundle without the Conversations SDK (a portal brings its own client), and the Flex plugin's
 * files as configured (Flex-provided libraries are the config's business: they stay external
 * there). Used by `npm run bench` and by e2e/bundle-size.test.mjs.
 */
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The budget for each: 25 KB gzip, in KB of 1,024 bytes like esbuild.config.mjs's pluginSize(). */
export const BUNDLE_BUDGET_BYTES = 25 * 1024;
/** What the Flex plugin may load at Flex start (its entry file): 25 KB gzip. */
export const PLUGIN_AT_START_BUDGET_BYTES = 25 * 1024;
/** What the portal bundle may load at start: 30 KB gzip. */
export const PORTAL_AT_START_BUDGET_BYTES = 30 * 1024;
/** The budget for all of the Flex plugin's files together (DESIGN.md): 70 KB gzip. */
export const PLUGIN_ALL_FILES_BUDGET_BYTES = 70 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `{ portal, plugin }` in gzip bytes, every file each build writes; `plugin` is null while the
 * config has no `pluginBuild`. `atStart` has, for each, what a page loads before anything is
 * used: the entry and what it imports statically, not the chunks it imports when needed.
 */
export async function bundleSizes() {
  const config = await import('../esbuild.config.mjs');
  const portal = await gzipSizes(config.portalBuild, ['@twilio/conversations']);
  const plugin = config.buildPlugin ? await pluginGzipSizes(config) : null;
  return { portal: portal.all, plugin: plugin?.all ?? null, atStart: { portal: portal.atStart, plugin: plugin?.atStart ?? null } };
}

/** The plugin's files, built in memory: all of them, and its entry, which is all Flex loads at start (its parts load later). */
async function pluginGzipSizes(config) {
  const { entry, parts } = await config.buildPlugin({ write: false, sourcemap: false, logLevel: 'silent' });
  const gzip = (result) => result.outputFiles.filter((file) => /\.js$/.test(file.path)).reduce((total, file) => total + gzipSync(file.contents).length, 0);
  const atStart = gzip(entry);
  return { all: atStart + gzip(parts), atStart };
}

/** Builds in memory (no source maps, nothing written) and sums the gzipped JavaScript: all of it, and what loads at start. */
async function gzipSizes(options, external = []) {
  const { outputFiles, metafile } = await esbuild.build({
    absWorkingDir: root,
    ...options,
    external: [...(options.external ?? []), ...external],
    sourcemap: false,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const gzipped = new Map(
    outputFiles.filter((file) => /\.[cm]?js$/.test(file.path)).map((file) => [relative(root, file.path), gzipSync(file.contents).length]),
  );
  const atStart = new Set();
  const visit = (path) => {
    if (atStart.has(path) || !metafile.outputs[path]) return;
    atStart.add(path);
    for (const { path: imported, kind } of metafile.outputs[path].imports) if (kind === 'import-statement') visit(imported);
  };
  // A page loads the build's first entry; the others (the elements', for a page that wants their
  // classes at once) and the chunks loaded on demand have an entryPoint of their own too.
  const start = Object.values(options.entryPoints)[0];
  for (const [path, output] of Object.entries(metafile.outputs)) if (output.entryPoint === start) visit(path);
  const sum = (paths) => [...paths].reduce((total, path) => total + (gzipped.get(path) ?? 0), 0);
  return { all: sum(gzipped.keys()), atStart: sum(atStart) };
}
