/** Builds the demo, serves it on localhost and rebuilds on change. Used by `npm start` and the end-to-end tests. */
import * as esbuild from 'esbuild';
import { demoBuild } from '../esbuild.config.mjs';

export async function serveDemo({ port, watch = true, logLevel = 'warning' } = {}) {
  const context = await esbuild.context({ ...demoBuild, logLevel });
  if (watch) await context.watch();
  else await context.rebuild();
  const { port: actual } = await context.serve({ servedir: 'demo', host: '127.0.0.1', ...(port ? { port } : {}) });
  return { url: `http://localhost:${actual}/`, stop: () => context.dispose() };
}
