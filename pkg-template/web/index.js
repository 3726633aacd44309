// Browsers and bundlers: fetch and instantiate the .wasm once, at import.
import init, * as wasm from './b24_wasm.js';
import { createApi } from '../api.js';

await init();

export const { Client, B24Error, isB24Error, methods, resultRef } = createApi(wasm);
