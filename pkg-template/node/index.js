// Node: the same .wasm and glue as browsers, instantiated synchronously from the file on first use.
import { readFileSync } from 'node:fs';
import * as glue from '../web/b24_wasm.js';
import { createApi } from '../api.js';
import { httpFetch } from './http-fetch.js';
import { createRefresher } from '../oauth/refresher.js';

export const { Client, B24Error, isB24Error, methods, resultRef, ready } = createApi({
  load: () => {
    glue.initSync({ module: readFileSync(new URL('../web/b24_wasm_bg.wasm', import.meta.url)) });
    return glue;
  },
  defaultFetch: httpFetch,
  // Only Node refreshes OAuth tokens by itself: the client secret must never reach a browser.
  createRefresher,
});
