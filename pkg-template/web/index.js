// Browsers and bundlers: fetch and instantiate the .wasm once, at import.
import init, * as wasm from './b24_wasm.js';
import { createApi } from '../api.js';
import { createEventsApi } from '../events/index.js';

await init();

export const { Client, B24Error, isB24Error, methods, resultRef } = createApi(wasm);
export const { parseEvent, verifyEvent, redactEvent, createWebHandler, createNodeHandler, memoryTokenStore, pollBotEvents, pollUserEvents, pollOfflineEvents } =
  createEventsApi({ load: () => wasm, B24Error });
