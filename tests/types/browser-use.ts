// The browser entries' types (browser.d.ts, browser-events.d.ts), as a bundler project (Vite,
// webpack: `moduleResolution: bundler`, no `node` condition) sees them: what only the Node entry
// exports or does is refused at compile time instead of failing in the bundle or at run time.
// Compiled by tests/js/types.test.mjs with tsconfig.browser.json; lines after
// `// @ts-expect-error` must fail, and do (the test compiles them without the directives too).

import { Client, ready } from 'b24-wasm';
import * as b24 from 'b24-wasm';
import { createWebHandler, parseEvent } from 'b24-wasm/events';

export async function browser(): Promise<void> {
  await ready();
  Client.oauth({ endpoint: 'https://example.bitrix24.com/rest/', accessToken: 't', refresh: async () => 'new' });
  // @ts-expect-error: the refresher built in is Node's only; the client secret must never reach a browser
  Client.oauth({ endpoint: 'https://example.bitrix24.com/rest/', accessToken: 't', clientId: 'app', clientSecret: 's', refreshToken: 'r', onTokens: () => {} });
  // @ts-expect-error: the browser entry has no event functions (b24-wasm/events has them)
  void b24.createNodeHandler;
  // @ts-expect-error: nor the parser
  void b24.parseEvent;
  void [createWebHandler, parseEvent];
}
