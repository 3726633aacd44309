// The local portal's chat page: plain HTML and a little JS, served on the portal's port. A person
// plays the portal's users: picks a bot's dialog or an open line's chat, types (a message or a
// /command), presses keyboard buttons, installs the app, opens a placement for the dialog, and
// watches the events delivered and the REST calls received in a log pane, secrets masked.
// The page talks to /_portal/* (JSON); a user's actions go to the portal as the web client's
// do, not through REST, so the log shows only what the app sent and received.

const MAX_LOG = 200;
const SECRET_KEY = /token|secret|^auth$|password/i;

/** A copy with every token and secret replaced by `***` (keys like access_token, auth; the webhook secret in text). */
export function mask(value, secrets = []) {
  const hide = (text) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);
  if (typeof value === 'string') return hide(value);
  if (Array.isArray(value)) return value.map((v) => mask(v, secrets));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) && (typeof v === 'string' || typeof v === 'number') ? '***' : mask(v, secrets);
    return out;
  }
  return value;
}

function readJson(req) {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      text += c;
      if (text.length > 65_536) req.destroy();
    });
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : {});
      } catch {
        resolve(null);
      }
    });
    req.on('error', () => resolve(null));
  });
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(text);
}

/** The page's routes for `portal` (local-portal.mjs): `(req, res) => boolean`. */
export function chatRoutes(portal) {
  const secrets = () => [portal.webhookUrl.split('/').at(-2), portal.oauth.clientSecret, portal.applicationToken];

  async function log() {
    const deliveries = (await portal.events()).map((d) => ({
      at: d.at, kind: 'event', title: `${d.event} → ${d.url ?? `${d.queue} queue`} ${d.status ?? d.error ?? '…'}`, detail: mask(d.envelope, secrets()),
    }));
    const calls = portal.standin.requests().slice(-MAX_LOG).map((r) => ({
      at: r.at, kind: 'rest', title: `${r.method} (${r.transport}${r.viaBatch ? ', in batch' : ''}) ${r.status ?? '…'}`, detail: mask(r.params, secrets()),
    }));
    return [...deliveries, ...calls].sort((a, b) => a.at - b.at).slice(-MAX_LOG);
  }

  return async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/chat' || url.pathname === '/chat/')) {
      send(res, 200, PAGE, 'text/html; charset=utf-8');
      return true;
    }
    // A page of another origin (any site open in the developer's browser) may not drive the
    // portal or read its state: the REST routes answer every origin (CORS *), these do not.
    const control = url.pathname.startsWith('/_portal/') || url.pathname.startsWith('/_standin/');
    if (control && req.headers.origin && req.headers.origin !== portal.url) {
      send(res, 403, { error: 'FOREIGN_ORIGIN', error_description: 'the portal is driven from its own page only' });
      return true;
    }
    if (!url.pathname.startsWith('/_portal/')) return false;
    const route = `${req.method} ${url.pathname}`;
    try {
      if (route === 'GET /_portal/state') {
        const dialog = url.searchParams.get('dialog');
        const userId = Number(url.searchParams.get('userId')) || undefined;
        const body = { dialogs: await portal.dialogs(), messages: dialog ? await portal.messages(dialog, { userId }) : [], log: await log(), shell: portal.shell };
        send(res, 200, body);
        return true;
      }
      const body = req.method === 'POST' ? await readJson(req) : {};
      if (body === null) {
        send(res, 400, { error: 'INVALID_JSON' });
        return true;
      }
      if (route === 'POST /_portal/say') send(res, 200, await portal.say(body.dialog, body.text ?? '', { userId: body.userId }));
      else if (route === 'POST /_portal/press') send(res, 200, await portal.press(body.dialog, body.messageId, body.index, { userId: body.userId }));
      else if (route === 'POST /_portal/install') send(res, 200, mask(await portal.install(body.url), secrets()));
      else send(res, 404, { error: 'NOT_FOUND' });
    } catch (e) {
      send(res, 400, { error: 'REFUSED', error_description: String(e?.message ?? e) });
    }
    return true;
  };
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>b24-wasm local portal</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 220px 1fr 420px; height: 100vh; }
  aside, main, section { overflow: auto; padding: 8px; border-right: 1px solid #ddd; }
  h2 { font-size: 13px; text-transform: uppercase; color: #666; margin: 8px 0 4px; }
  .dialog { display: block; width: 100%; text-align: left; margin: 2px 0; padding: 6px; border: 1px solid #ccc; background: #fff; cursor: pointer; }
  .dialog.current { background: #e6f0ff; border-color: #2f6ee0; }
  main { display: flex; flex-direction: column; }
  #messages { flex: 1; overflow: auto; }
  .message { margin: 4px 0; padding: 6px 8px; border-radius: 6px; background: #f1f1f1; max-width: 80%; white-space: pre-wrap; }
  .message.mine { background: #d8f5d0; margin-left: auto; }
  .keyboard button { margin: 2px; }
  form { display: flex; gap: 4px; }
  #text { flex: 1; padding: 6px; }
  .entry { border-bottom: 1px solid #eee; padding: 2px 0; font: 12px monospace; }
  .entry.event { color: #7a3db8; } .entry.rest { color: #1d6b2f; }
  pre { margin: 0; white-space: pre-wrap; word-break: break-all; color: #444; }
</style>
</head>
<body>
<aside>
  <h2>User</h2>
  <select id="user"></select>
  <h2>Dialogs</h2>
  <div id="dialogs"><p>No bot or open line yet: register one through REST.</p></div>
  <h2>App</h2>
  <input id="install-url" placeholder="handler URL" size="22"> <button id="install">Install (ONAPPINSTALL)</button>
  <p id="install-status"></p>
</aside>
<main>
  <h2 id="title">Pick a dialog</h2>
  <div id="messages"></div>
  <form id="say"><input id="text" placeholder="Message or /command" autocomplete="off"><button>Send</button></form>
  <p><input id="app-url" placeholder="placement app URL" size="30"> <a id="placement" href="#" target="_blank">Open placement (IM_TEXTAREA)</a></p>
</main>
<section>
  <h2>Events and REST calls</h2>
  <div id="log"></div>
</section>
<script type="module">
const $ = (id) => document.getElementById(id);
let current = null;
let shown = '';
const userId = () => Number($('user').value) || undefined;
async function post(path, body) {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.json();
}
function el(tag, { dataset = {}, ...props } = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  Object.assign(node.dataset, dataset);
  for (const child of children) node.append(child);
  return node;
}
function placementLink() {
  const app = $('app-url').value;
  const dialogId = current ?? '';
  $('placement').href = '/shell/?placement=IM_TEXTAREA&options=' + encodeURIComponent(JSON.stringify({ dialogId })) + '&app=' + encodeURIComponent(app);
}
async function refresh() {
  const query = new URLSearchParams({ dialog: current ?? '', userId: $('user').value });
  const state = await (await fetch('/_portal/state?' + query)).json();
  if ($('user').options.length === 0) for (const u of state.dialogs.users) $('user').append(el('option', { value: u.ID, textContent: u.NAME }));
  const all = [...state.dialogs.bots, ...state.dialogs.lines];
  if (all.length) $('dialogs').replaceChildren(...all.map((d) => el('button', {
    className: 'dialog' + (d.dialog === current ? ' current' : ''), textContent: (d.kind === 'bot' ? '🤖 ' : '💬 ') + d.title,
    onclick: () => { current = d.dialog; shown = ''; $('title').textContent = d.title + (d.commands?.length ? ' — commands: /' + d.commands.join(', /') : ''); placementLink(); refresh(); },
    dataset: { dialog: d.dialog },
  })));
  const key = JSON.stringify(state.messages);
  if (key !== shown) {
    shown = key;
    const me = userId() ?? 1;
    $('messages').replaceChildren(...state.messages.map((m) => el('div', { className: 'message' + (m.authorId === me ? ' mine' : ''), dataset: { id: m.id, author: m.authorId } }, [
      el('div', { className: 'text', textContent: m.text }),
      ...(m.keyboard ? [el('div', { className: 'keyboard' }, m.keyboard.BUTTONS.map((b, i) => b.TYPE === 'NEWLINE' ? el('br') : el('button', {
        textContent: b.TEXT, disabled: b.DISABLED === 'Y',
        onclick: async () => {
          if (b.ACTION === 'PUT') { $('text').value = b.ACTION_VALUE ?? ''; return; }
          if (b.LINK) { window.open(b.LINK, '_blank'); return; }
          await post('/_portal/press', { dialog: current, messageId: m.id, index: i, userId: userId() });
          refresh();
        },
      })))] : []),
    ])));
    $('messages').scrollTop = $('messages').scrollHeight;
  }
  $('log').replaceChildren(...state.log.slice().reverse().map((e) => el('div', { className: 'entry ' + e.kind }, [
    el('div', { textContent: new Date(e.at).toISOString().slice(11, 23) + ' ' + e.title }),
    el('pre', { textContent: JSON.stringify(e.detail) }),
  ])));
}
$('say').onsubmit = async (event) => {
  event.preventDefault();
  if (!current || !$('text').value) return;
  const text = $('text').value;
  $('text').value = '';
  await post('/_portal/say', { dialog: current, text, userId: userId() });
  refresh();
};
$('install').onclick = async () => {
  const answer = await post('/_portal/install', { url: $('install-url').value });
  $('install-status').textContent = answer.error ? answer.error_description : 'ONAPPINSTALL answered ' + (answer.status ?? answer.error);
};
$('app-url').oninput = placementLink;
$('user').onchange = () => { shown = ''; refresh(); };
placementLink();
refresh();
setInterval(refresh, 300);
</script>
</body>
</html>
`;
