// b24-wasm in five calls: `npm run demo`.
//
// Without B24_WEBHOOK_URL it talks to the local Bitrix24 stand-in (tests/standin/), so it needs no
// portal. With B24_WEBHOOK_URL=https://<portal>/rest/<user>/<secret>/ it calls that real portal.
// The webhook URL holds a secret: only its host is ever printed.

import { Client, isB24Error } from '../pkg/node/index.js';

const realUrl = process.env.B24_WEBHOOK_URL;
let standin;
let webhookUrl = realUrl;
if (realUrl) {
  console.warn(
    `WARNING: B24_WEBHOOK_URL is set: this demo will REALLY create an open line and send messages on ${hostOf(realUrl)}.`,
  );
} else {
  // Imported only here: a user running against a real portal does not need the tests folder.
  const { startStandin } = await import('../tests/standin/server.mjs');
  standin = await startStandin();
  webhookUrl = standin.webhookUrl;
  console.log(`No B24_WEBHOOK_URL: using the local Bitrix24 stand-in at ${hostOf(webhookUrl)}.`);
}

// Throws INVALID_CONFIG at once for a malformed URL or plain http:// to a non-local host.
let client;
try {
  client = Client.webhook(webhookUrl);
} catch (e) {
  console.error(`B24_WEBHOOK_URL refused: ${e.code}: ${e.description}`);
  process.exit(2);
}

// The five calls. IDs are examples; on a real portal use a chat, CRM item and notification of yours
// (B24_CHAT_ID etc.), or expect the portal's own errors for the ones that do not exist.
const chatId = process.env.B24_CHAT_ID ?? 12;
const calls = [
  ['imopenlines.config.add', {
    PARAMS: {
      LINE_NAME: 'b24-wasm demo line',
      QUEUE: [{ ENTITY_TYPE: 'user', ENTITY_ID: process.env.B24_USER_ID ?? 1 }],
      WORKTIME_DAYOFF: ['SA', 'SU'],
    },
  }],
  ['imopenlines.crm.message.add', {
    CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: process.env.B24_DEAL_ID ?? 288, USER_ID: process.env.B24_USER_ID ?? 1,
    CHAT_ID: chatId, MESSAGE: 'Hello from b24-wasm',
  }],
  ['imopenlines.bot.session.message.send', { CHAT_ID: chatId, NAME: 'DEFAULT', MESSAGE: 'An automatic answer' }],
  ['imopenlines.message.quick.save', { CHAT_ID: chatId, MESSAGE_ID: process.env.B24_MESSAGE_ID ?? 3456 }],
  ['im.notify.answer', { NOTIFY_ID: process.env.B24_NOTIFY_ID ?? 270, ANSWER_TEXT: 'I will participate' }],
];

let failed = 0;
for (const [method, params] of calls) {
  try {
    const result = await client.call(method, params);
    console.log(`${method} → ${JSON.stringify(result)}`);
  } catch (e) {
    // A portal's refusal (unknown chat, missing scope) is a B24Error with the portal's code.
    if (!isB24Error(e)) throw e;
    failed += 1;
    console.log(`${method} → ${e.code}${e.status ? ` (HTTP ${e.status})` : ''}: ${e.description}`);
  }
}

// Validation happens before anything is sent: a department queue entry with a wrong type.
try {
  await client.call('imopenlines.config.add', { PARAMS: { QUEUE: [{ ENTITY_TYPE: 'group', ENTITY_ID: 7 }] } });
  console.log('unexpected: the invalid call was accepted');
  failed += 1;
} catch (e) {
  if (!isB24Error(e)) throw e;
  console.log('\nA refused call (nothing was sent):');
  console.log(`  code:    ${e.code}`);
  console.log(`  method:  ${e.method}`);
  console.log(`  field:   ${e.field}`);
  console.log(`  message: ${e.message}`);
}

if (standin) {
  console.log(`\nThe stand-in received ${standin.requests().length} requests.`);
  await standin.close();
}
process.exit(failed === 0 ? 0 : 1);

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}
