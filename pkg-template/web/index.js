// Browsers and bundlers: the .wasm is fetched and instantiated on first use (no top-level await).
import init, * as glue from './b24_wasm.js';
import { createApi } from '../api.js';

export const { Client, B24Error, isB24Error, methods, resultRef, ready } = createApi({
  load: async () => {
    await init();
    return glue;
  },
});
