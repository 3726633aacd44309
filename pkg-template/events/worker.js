// `b24-wasm/events` in Cloudflare Workers (the `workerd` condition): the full build imported as a
// module (workerd compiles no wasm from bytes at run time), with the client and the events API.
import * as glue from '../full/b24_wasm.js';
import wasmModule from '../full/b24_wasm_bg.wasm';
import { createApi } from '../api.js';
import { createEventsApi } from './index.js';

const load = () => {
  glue.initSync({ module: wasmModule });
  return glue;
};

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({ load });
export const { parseEvent, verifyEvent, redactEvent, createWebHandler, createNodeHandler, memoryTokenStore, pollBotEvents, pollUserEvents, pollOfflineEvents, parsePlacement, verifyPlacement, createPlacementNodeHandler, createPlacementWebHandler } =
  createEventsApi({ load });
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
