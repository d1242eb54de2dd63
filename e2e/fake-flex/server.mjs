/**
 * The fake Flex's two origins on one local server, for e2e/plugin.test.mjs: Flex's page at
 * http://localhost:<port>/ and the plugin's files on another origin, http://127.0.0.1:<port>/,
 * as on a CDN. Both are secure contexts (IndexedDB, crypto.randomUUID). Files on the plugin's
 * origin answer CORS, preflight included, only under /cors/, so a test can show what Flex's
 * fetch-and-inject loading needs from the host.
 */
import { createServer } from 'node:http';

const ALLOWED_HEADERS = 'X-Flex-JWE, X-Flex-Version';

/**
 * @param {object} files
 * @param {() => Buffer} files.page  builds Flex's page (given the plugin origin) for each request
 * @param {Buffer} files.host  the fake Flex's script
 * @param {Record<string, Buffer>} files.plugin  the plugin's files by name
 */
export async function serveFakeFlex({ page, host, plugin }) {
  /** @type {Array<{ method: string, path: string, headers: import('node:http').IncomingHttpHeaders }>} */
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers });
    const onPluginOrigin = req.headers.host?.startsWith('127.0.0.1');
    if (!onPluginOrigin) {
      if (url.pathname === '/') return send(res, 200, 'text/html', page(pluginOrigin));
      if (url.pathname === '/flex-host.js') return send(res, 200, 'text/javascript', host);
      return send(res, 404, 'text/plain', 'not found');
    }
    const cors = url.pathname.startsWith('/cors/');
    if (cors) {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      if (!cors) return send(res, 404, 'text/plain', 'not found');
      res.setHeader('Access-Control-Allow-Methods', 'GET');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      return send(res, 204, 'text/plain', '');
    }
    const file = plugin[url.pathname.split('/').pop() ?? ''];
    return file ? send(res, 200, 'text/javascript', file) : send(res, 404, 'text/plain', 'not found');
  });
  // Chromium reaches localhost on 127.0.0.1 too (after trying ::1).
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const pluginOrigin = `http://127.0.0.1:${port}`;
  return {
    flexOrigin: `http://localhost:${port}`,
    pluginOrigin,
    requests,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}
