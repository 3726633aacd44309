// The .wasm carried inside the JS (gzip, then base64): one file for esbuild, Rollup, a CDN
// <script type=module>, and any tool without asset handling. The gzip layer keeps the cost over
// a separate .wasm to about a kilobyte on the wire; it needs DecompressionStream (every current
// browser, Node 18+, Deno, Bun, workers). Compiled asynchronously on first use, so browsers
// never compile on the main thread synchronously.
import init, * as glue from '../web/b24_wasm.js';
import { createApi } from '../api.js';
import wasmGzipBase64 from './wasm.js';

async function load() {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('this runtime has no DecompressionStream; use the default entry (a separate .wasm file) here');
  }
  const gzipped = Uint8Array.from(atob(wasmGzipBase64), (c) => c.charCodeAt(0));
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  await init({ module_or_path: await new Response(stream).arrayBuffer() });
  return glue;
}

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({ load });
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
