// Browsers and bundlers that copy `new URL(file, import.meta.url)` assets (Vite, webpack 5,
// Parcel, Turbopack, plain <script type=module>): the .wasm stays a separate, cacheable file,
// fetched and compiled (streaming where the server sends application/wasm) on first use.
import init, * as glue from './b24_wasm.js';
import { createApi } from '../api.js';

// One load (a failed one is tried again next time).
let loading;
const load = () =>
  (loading ??= loadOnce().catch((e) => {
    loading = undefined;
    throw e;
  }));

async function loadOnce() {
  let url;
  try {
    // Inside load(), not at import: where import.meta.url is empty (an esbuild iife bundle),
    // importing still works and the first call says what to do.
    url = new URL('./b24_wasm_bg.wasm', import.meta.url);
    await init({ module_or_path: url });
  } catch (cause) {
    throw new Error(
      `b24-wasm could not load its WebAssembly module (${url ?? 'b24_wasm_bg.wasm'}): ${cause?.message ?? cause}. ` +
        "If your bundler does not copy the .wasm file next to the bundle (esbuild, Rollup), import 'b24-wasm/inline' instead.",
      { cause },
    );
  }
  return glue;
}

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({ load });
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
