// The same app with b24-wasm: a webhook client that calls one method.
import { Client } from 'b24-wasm';
export const run = (url) => Client.webhook(url).call('im.notify.answer', { NOTIFY_ID: 1, ANSWER_TEXT: 'x' });
