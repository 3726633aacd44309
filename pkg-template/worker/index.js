// Cloudflare Workers (the `workerd` condition): workerd refuses to compile wasm from bytes at
// run time, so the .wasm is imported as a module, which wrangler and the Cloudflare Vite
// plugin turn into a compiled WebAssembly.Module. Instantiating it is synchronous.
import * as glue from '../web/b24_wasm.js';
import { createApi } from '../api.js';
import wasmModule from '../web/b24_wasm_bg.wasm';

export { methods, placements } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({
  load: () => {
    glue.initSync({ module: wasmModule });
    return glue;
  },
});
