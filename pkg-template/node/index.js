// Node: the same .wasm and glue as browsers, instantiated synchronously from the file.
import { readFileSync } from 'node:fs';
import { initSync } from '../web/b24_wasm.js';
import * as wasm from '../web/b24_wasm.js';
import { createApi } from '../api.js';
import { httpFetch } from './http-fetch.js';
import { createEventsApi } from '../events/index.js';

initSync({ module: readFileSync(new URL('../web/b24_wasm_bg.wasm', import.meta.url)) });

export const { Client, B24Error, isB24Error, methods, resultRef } = createApi(wasm, httpFetch);
export const { parseEvent, verifyEvent, redactEvent, createWebHandler, createNodeHandler, memoryTokenStore, pollBotEvents, pollUserEvents, pollOfflineEvents } =
  createEventsApi({ load: () => wasm, B24Error });
