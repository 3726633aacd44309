// b24-wasm/testing/bx24-node: a placement in Node, for tests without a browser: the BX24.js
// double (b24-wasm/testing/bx24) in a stand-in for the iframe's window, the portal's side of the
// frame protocol in-process, and an XMLHttpRequest over node:http that a portal (the stand-in,
// b24-wasm/standin) answers. Sets globalThis.XMLHttpRequest when there is none.
import type { BX24Double } from './bx24.js';

export interface NodePlacement {
  /** Pass it to `Client.bx24(BX24)`. */
  BX24: BX24Double;
  /** What reached callMethod, in order (params as given: the package passes its form string). */
  calls: { method: string; params: unknown }[];
  host: { log: string[] };
  /** Exceptions nobody caught, e.g. BX24.js's 'Query error!'. */
  uncaught: unknown[];
  refreshes(): number;
  /** Resolves once BX24.js has its init data. */
  ready(): Promise<void>;
}

/** Starts a placement talking to the portal at `standinUrl` with the access token `token`. */
export function startNodePlacement(options: { standinUrl: string; token: string; flavour?: 'current' | 'legacy'; expiresIn?: number }): NodePlacement;
