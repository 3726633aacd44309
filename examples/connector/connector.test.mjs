// The connector end to end against a local portal: `node --test examples/connector/` (after
// `npm run build`). A client's message goes into the open line, an operator answers in the
// portal, the answer reaches the client's channel and is marked delivered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPortal } from '../../pkg/standin/local-portal.mjs';
import { startConnector } from './connector.mjs';

test("a client's message reaches the open line and the operator's answer reaches the client", async (t) => {
  const portal = await startPortal({ seed: 'connector' });
  t.after(() => portal.close());
  const connector = await startConnector({ webhookUrl: portal.webhookUrl, line: 2 });

  const chatId = await connector.clientSays('ext-42', { id: 'u-7', name: 'Klaus' }, 'Is my order shipped?');
  const dialog = `chat${chatId}`;
  assert.deepEqual((await portal.messages(dialog)).map((m) => m.text), ['Is my order shipped?']);

  await portal.say(dialog, 'Yes, it left today.'); // the operator, in Bitrix24
  const until = Date.now() + 5000;
  while (connector.channel.get('ext-42').length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(connector.channel.get('ext-42'), [
    { from: 'client', text: 'Is my order shipped?' },
    { from: 'operator', text: '[b]Anna Schmidt:[/b] [br]Yes, it left today.' },
  ]);
  await connector.stop(); // after its events are handled
  const delivery = portal.standin.requests().find((r) => r.method === 'imconnector.send.status.delivery');
  assert.equal(delivery?.status, 200, 'the connector marked it delivered');
  assert.deepEqual((await portal.events()).map((d) => [d.event, d.status]), [['ONIMCONNECTORMESSAGEADD', 200]]);
});
