// Node, Bun and Deno: the .wasm comes from the inline copy, not from a file next to this one,
// so the entry also works inside server bundles that do not copy assets (Next.js, esbuild
// --platform=node, AWS Lambda zips). Decoding and decompressing take about a millisecond;
// compiling is synchronous, on first use, so `check()` needs no `await ready()`.
import { Buffer } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
// The full build: the client and the inbound-event parser (a server reads the events it serves).
import * as glue from '../full/b24_wasm.js';
import { createApi } from '../api.js';
import wasmGzipBase64 from '../full/wasm.js';
import { httpFetch } from './http-fetch.js';
import { createRefresher } from '../oauth/refresher.js';
import { createEventsApi } from '../events/index.js';

// One instance for the client and the events API (initSync returns at once once loaded).
let loaded;
const load = () => {
  loaded ??= (glue.initSync({ module: gunzipSync(Buffer.from(wasmGzipBase64, 'base64')) }), glue);
  return loaded;
};

export { methods, placements } from '../api.js';
import { connectFrameWith } from '../api.js';
export const { Client, B24Error, isB24Error, resultRef, ready } = createApi({
  load,
  defaultFetch: httpFetch,
  // Only Node refreshes OAuth tokens by itself: the client secret must never reach a browser.
  createRefresher,
});
export const { parseEvent, verifyEvent, redactEvent, createWebHandler, createNodeHandler, memoryTokenStore, pollBotEvents, pollUserEvents, pollOfflineEvents, parsePlacement, verifyPlacement, createPlacementNodeHandler, createPlacementWebHandler } =
  createEventsApi({ load, B24Error });
/** Inside a placement iframe without BX24.js: the parent frame's protocol and a client with its token. */
export const connectFrame = (options) => connectFrameWith(Client, options);
