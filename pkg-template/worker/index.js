// Cloudflare Workers (the `workerd` condition): workerd refuses to compile wasm from bytes at
// run time, so the .wasm is imported as a module, which wrangler and the Cloudflare Vite
// plugin turn into a compiled WebAssembly.Module. Instantiating it is synchronous.
import * as glue from '../web/b24_wasm.js';
import { createApi } from '../api.js';
import wasmModule from '../web/b24_wasm_bg.wasm';

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({
  load: () => {
    glue.initSync({ module: wasmModule });
    return glue;
  },
});
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
