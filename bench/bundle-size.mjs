/**
 * Gzip sizes of the bundles that ship, built from esbuild.config.mjs's own options: the portal
 * bundle without the Conversations SDK (a portal brings its own client), and the Flex plugin
 * bundle as configured (Flex-provided libraries are the config's business: they stay external
 * there). Used by `npm run bench` and by e2e/bundle-size.test.mjs.
 */
import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The budget for each: 25 KB gzip, in KB of 1,024 bytes like esbuild.config.mjs's pluginSize(). */
export const BUNDLE_BUDGET_BYTES = 25 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

/** `{ portal, plugin }` in gzip bytes; `plugin` is null while the config has no `pluginBuild`. */
export async function bundleSizes() {
  const config = await import('../esbuild.config.mjs');
  return {
    portal: await gzipSize(config.portalBuild, ['@twilio/conversations']),
    plugin: config.pluginBuild ? await gzipSize(config.pluginBuild) : null,
  };
}

/** Builds in memory (no source maps, nothing written) and sums the gzipped JavaScript. */
async function gzipSize(options, external = []) {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    ...options,
    external: [...(options.external ?? []), ...external],
    sourcemap: false,
    metafile: false,
    write: false,
    logLevel: 'silent',
  });
  return outputFiles
    .filter((file) => /\.[cm]?js$/.test(file.path))
    .reduce((sum, file) => sum + gzipSync(file.contents).length, 0);
}
