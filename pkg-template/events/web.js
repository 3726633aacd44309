// `b24-wasm/events` outside Node (Deno, Bun, browsers, bundlers): the full build, with the
// inbound-event parser the plain browser entry leaves out, and the same client API.
import init, * as glue from '../full/b24_wasm.js';
import { createApi } from '../api.js';
import { createEventsApi } from './index.js';

let loading;
const load = () =>
  (loading ??= (async () => {
    await init({ module_or_path: new URL('../full/b24_wasm_bg.wasm', import.meta.url) });
    return glue;
  })().catch((e) => {
    loading = undefined;
    throw e;
  }));

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({ load });
export const { parseEvent, verifyEvent, redactEvent, createWebHandler, createNodeHandler, memoryTokenStore, pollBotEvents, pollUserEvents, pollOfflineEvents, parsePlacement, verifyPlacement, createPlacementNodeHandler, createPlacementWebHandler } =
  createEventsApi({ load });
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
