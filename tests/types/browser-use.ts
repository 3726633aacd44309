// The browser entries' types (browser.d.ts, browser-events.d.ts), as a bundler project (Vite,
// webpack: `moduleResolution: bundler`, no `node` condition) sees them: what only the Node entry
// exports or does is refused at compile time instead of failing in the bundle or at run time.
// Compiled by tests/js/types.test.mjs with tsconfig.browser.json; lines after
// `// @ts-expect-error` must fail, and do (the test compiles them without the directives too).

import { Client, connectFrame, ready } from 'b24-wasm';
import type { B24Frame, FrameUser } from 'b24-wasm';
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

// connectFrame: init data and PLACEMENT_OPTIONS typed per placement code.
export async function frame(): Promise<void> {
  const textarea = await connectFrame({ placement: 'IM_TEXTAREA', frameTimeoutMs: 5000, plan: false });
  const dialogId: string = textarea.placement.info().options.dialogId;
  const sameDialog: string = textarea.init.placementOptions.dialogId;
  // @ts-expect-error: IM_TEXTAREA's options have no messageId (IM_CONTEXT_MENU's do)
  void textarea.placement.info().options.messageId;
  await textarea.client.call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: sameDialog });
  const size: { width: number; height: number } = await textarea.resizeWindow(600, 200);
  const user: FrameUser = await textarea.selectUser('Who?', { timeoutMs: 60_000 });
  void [size, user.id];
  // @ts-expect-error: openPath takes a portal path starting with /
  await textarea.openPath('crm/deal/details/5/');
  // @ts-expect-error: not a placement code
  await connectFrame({ placement: 'IM_TEXT_AREA' });

  const any: B24Frame = await connectFrame();
  const info = any.placement.info();
  if (info.placement === 'IM_CONTEXT_MENU') {
    const messageId: string = info.options.messageId; // narrowed by the code
    void messageId;
  }
  const stop: () => void = any.placement.bindEvent('someEvent', (data: unknown) => void data);
  stop();
  any.close();
}
