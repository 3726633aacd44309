// Imports the package by its name, as an app would; Vite resolves it through the `default`
// (browser) export and bundles the .wasm as an asset.
import { Client, B24Error, methods } from 'b24-wasm';

const results = {};
try {
  const client = Client.webhook(new URLSearchParams(location.search).get('webhook'));
  results.notify = await client.call('im.notify.answer', { NOTIFY_ID: 270, ANSWER_TEXT: 'from vite' });
  try {
    await client.call('imopenlines.message.quick.save', { CHAT_ID: 'twelve', MESSAGE_ID: 1 });
    results.invalid = 'resolved';
  } catch (e) {
    results.invalid = { instanceOfB24Error: e instanceof B24Error, code: e.code, field: e.field, method: e.method };
  }
  // The table's rows are a chunk of their own, fetched only when methods() is called.
  const scripts = () => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js'));
  const before = scripts();
  const table = await methods();
  results.table = { rows: table.length, fetched: scripts().filter((n) => !before.includes(n)).length, again: (await methods()) === table };
} catch (e) {
  results.fatal = String((e && e.stack) || e);
}
document.getElementById('out').textContent = JSON.stringify(results, null, 2);
window.results = results;
