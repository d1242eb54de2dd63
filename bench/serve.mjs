/**
 * Builds the bench page with esbuild, in memory, minified and split like what ships, and serves
 * it on localhost: page/index.html, the bundle and its chunks, nothing else. Split, because the
 * package imports the Conversations SDK (~580 KB minified) only when a portal chat starts: a
 * single file would make every page parse it, which no page that ships does. In memory, so a
 * clone stays clean.
 */
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function serveBenchPage() {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['bench/page/main.ts'],
    outdir: 'out',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    plugins: [minifyTemplates],
    write: false,
    logLevel: 'warning',
  });
  const files = new Map([['/', { type: 'text/html', body: await readFile(new URL('page/index.html', import.meta.url)) }]]);
  for (const file of outputFiles) files.set(`/${relative(join(root, 'out'), file.path)}`, { type: 'text/javascript', body: file.contents });
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url, 'http://localhost').pathname);
    response.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain', 'cache-control': 'no-store' });
    response.end(file?.body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}
