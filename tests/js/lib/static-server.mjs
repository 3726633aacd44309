// A static file server on 127.0.0.1 for the browser tests: URL prefix → directory, and optional
// prefixes passed through to another server (the placement host page must serve the portal's
// /rest/ on its own origin, as a portal does, because BX24.js derives the REST URL from the
// host page's domain). A passed-through request the other server drops is dropped here too.

import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  // instantiateStreaming needs the right type; a wrong one would only show as a slower fallback.
  '.wasm': 'application/wasm',
};

/**
 * @param {Record<string, string>} mounts  URL prefix → directory
 * @param {Record<string, string>} [passThrough]  URL prefix → base URL of the server that answers it
 * @returns {Promise<{url: string, close(): Promise<void>}>}
 */
export async function serveStatic(mounts, passThrough = {}) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const target = Object.entries(passThrough).find(([p]) => path.startsWith(p));
    if (target) return forward(req, res, target[1]);
    // Browsers ask for it on their own; a 404 would show up as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
    let file = dir && normalize(join(dir, path.slice(prefix.length)));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(dir.replace(/[\\/]$/, '') + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

function forward(req, res, base) {
  const upstream = http.request(new URL(req.url, base), { method: req.method, headers: { ...req.headers, host: new URL(base).host } });
  upstream.on('response', (answer) => {
    // One connection per request: Chrome silently sends a POST again when a reused keep-alive
    // connection dies before the answer, which would turn a `drop` into a second, answered request.
    res.writeHead(answer.statusCode, { ...answer.headers, connection: 'close' });
    answer.pipe(res);
    answer.on('error', () => res.destroy());
  });
  // No answer (the stand-in's `drop` fault): the browser sees the connection die, as it would.
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}
