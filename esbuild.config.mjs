// Builds what ships and what the demo serves. `node esbuild.config.mjs` builds once;
// scripts/start.mjs reuses `demoBuild` to watch and serve.
import * as esbuild from 'esbuild';

const shared = { bundle: true, format: 'esm', target: 'es2022', sourcemap: true, logLevel: 'info' };

/** The demo and gallery pages, served from demo/. */
export const demoBuild = {
  ...shared,
  entryPoints: ['demo/main.ts', 'demo/gallery/gallery.ts'],
  outdir: 'demo/build',
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
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await Promise.all([esbuild.build(demoBuild), esbuild.build(portalBuild)]);
}
