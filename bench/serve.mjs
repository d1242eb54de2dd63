/**
 * Builds the bench page with esbuild, in memory and minified like what ships, and serves it on
 * localhost: page/index.html and the bundle, nothing else. In memory, so a clone stays clean.
 */
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function serveBenchPage() {
  const { outputFiles } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['bench/page/main.ts'],
    outfile: 'main.js',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const files = new Map([
    ['/', { type: 'text/html', body: await readFile(new URL('page/index.html', import.meta.url)) }],
    ['/main.js', { type: 'text/javascript', body: outputFiles[0].contents }],
  ]);
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
