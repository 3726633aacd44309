// The placement shell: a page on the stand-in's own origin that plays the Bitrix24 page around a
// placement app, as the portal's app.layout component and BX.rest.AppLayout do:
// - it POSTs the placement form to the app's URL with the iframe as the form's target (query
//   DOMAIN, PROTOCOL, LANG, APP_SID; body AUTH_ID, AUTH_EXPIRES, REFRESH_ID, member_id, status,
//   PLACEMENT, PLACEMENT_OPTIONS as JSON, and the docs' SERVER_ENDPOINT, APPLICATION_TOKEN,
//   APPLICATION_SCOPE), or, for a static app, sets the iframe's src to that URL (a GET);
// - the iframe is named "DOMAIN|PROTOCOL|APP_SID", which becomes the app's window.name;
// - it answers the parent-frame protocol (shell-host.js) with the stand-in's tokens;
// - REST is the stand-in itself: same origin, so BX24.js's http(s)://DOMAIN/rest/ reaches it.
// Routes: GET /shell/?app=<url>&placement=<code>&options=<json>[&static=1][&admin=0][&lang=en]
// (the page), GET /shell/host.js, POST /shell/auth (a new token, as the portal's access_refresh),
// POST /shell/option (app and user options, kept in memory), GET /shell/options.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HOST_JS = readFileSync(new URL('./shell-host.js', import.meta.url), 'utf8');
const MAX_BODY = 65536;
const MAX_OPTIONS = 1000;
const TOKEN_SECONDS = 3600;
// The users the pickers offer (the stand-in's own user first, as events.mjs names it).
const USERS = [
  { id: '1', name: 'Stand-in User', photo: '', position: 'Administrator', url: '/company/personal/user/1/', sub: false, sup: false },
  { id: '2', name: 'Second User', photo: '', position: 'Operator', url: '/company/personal/user/2/', sub: false, sup: false },
];

/**
 * The shell's routes on a stand-in's server.
 * @param {{ standin: { url: string, issueToken(): string, events: { memberId: string, applicationToken: string } } }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean}
 *   true when the request was the shell's (it answers it), false otherwise.
 */
export function shellRoutes({ standin }) {
  const options = { app: new Map(), user: new Map() };
  return (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/shell' && !url.pathname.startsWith('/shell/')) return false;
    const route = `${req.method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
    switch (route) {
      case 'GET /shell':
        page();
        return true;
      case 'GET /shell/host.js':
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(HOST_JS);
        return true;
      case 'POST /shell/auth':
        // What the portal's lazyload.ajax.php (action access_refresh) gives its page.
        sendJson(res, 200, { access_token: standin.issueToken(), refresh_token: randomBytes(16).toString('hex'), expires_in: TOKEN_SECONDS });
        return true;
      case 'POST /shell/option':
        readJson(req, (body) => {
          const store = body && options[body.scope];
          if (!store || typeof body.name !== 'string') return sendJson(res, 400, { error: 'INVALID_OPTION', error_description: 'scope app|user and a name' });
          if (!store.has(body.name) && store.size >= MAX_OPTIONS) return sendJson(res, 400, { error: 'TOO_MANY_OPTIONS', error_description: `at most ${MAX_OPTIONS}` });
          store.set(body.name, body.value);
          sendJson(res, 200, { result: true });
        }, res);
        return true;
      case 'GET /shell/options':
        sendJson(res, 200, { app: Object.fromEntries(options.app), user: Object.fromEntries(options.user) });
        return true;
      default:
        sendJson(res, 404, { error: 'UNKNOWN_SHELL_ROUTE', error_description: route });
        return true;
    }

    function page() {
      const query = url.searchParams;
      let config;
      try {
        config = pageConfig(standin, query, req, options);
      } catch (e) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`shell: ${e.message}\nusage: /shell/?app=<http(s) URL of the placement app>&placement=<code>&options=<JSON object>[&static=1][&admin=0][&lang=en]\n`);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html(config));
    }
  };
}

function pageConfig(standin, query, req, options) {
  const app = query.get('app');
  let appUrl;
  try {
    appUrl = new URL(app ?? '');
  } catch {
    throw new Error('app must be the URL of the placement app');
  }
  if (appUrl.protocol !== 'http:' && appUrl.protocol !== 'https:') throw new Error('app must be an http(s) URL');
  const placement = query.get('placement') || 'DEFAULT';
  if (!/^[A-Z][A-Z0-9_]{0,63}$/.test(placement)) throw new Error('placement must be a placement code (IM_TEXTAREA, ...)');
  let placementOptions = {};
  if (query.get('options')) {
    try {
      placementOptions = JSON.parse(query.get('options'));
    } catch {
      throw new Error('options must be JSON');
    }
    if (!placementOptions || typeof placementOptions !== 'object' || Array.isArray(placementOptions)) throw new Error('options must be a JSON object');
  }
  // The portal's own host, as its page sees it (location.host): what the app must post to.
  const host = req.headers.host || new URL(standin.url).host;
  const secure = new URL(standin.url).protocol === 'https:';
  return {
    appUrl: appUrl.href,
    appOrigin: appUrl.origin,
    static: query.get('static') === '1',
    placement,
    placementOptions,
    appSid: randomBytes(16).toString('hex'),
    domain: host,
    protocol: secure ? 1 : 0,
    lang: query.get('lang') || 'en',
    restPath: '/rest',
    isAdmin: query.get('admin') !== '0',
    memberId: standin.events.memberId,
    applicationToken: standin.events.applicationToken,
    serverEndpoint: `${standin.url}/oauth/`,
    scope: 'im,imbot,imopenlines,imconnector,placement',
    auth: { access_token: standin.issueToken(), refresh_token: randomBytes(16).toString('hex'), expires_in: TOKEN_SECONDS },
    appOptions: Object.fromEntries(options.app),
    userOptions: Object.fromEntries(options.user),
    users: USERS,
  };
}

// JSON inside a <script type="application/json">: "<" escaped so no text can close the element.
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function html(config) {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>b24-wasm placement shell</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; background: #eef2f4; color: #333; }
  header { padding: 8px 16px; background: #2fc6f6; color: #fff; }
  main { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
  #layout { background: #fff; border: 1px solid #c6cdd3; width: 100%; height: 400px; overflow: hidden; }
  #layout iframe { border: 0; width: 100%; height: 100%; }
  #side { width: 360px; flex: none; }
  #log { white-space: pre-wrap; font: 12px monospace; background: #fff; border: 1px solid #c6cdd3; padding: 8px; max-height: 70vh; overflow: auto; }
  #dialog { position: fixed; inset: 20% 30%; background: #fff; border: 1px solid #888; padding: 16px; box-shadow: 0 4px 24px #0004; }
  #dialog[hidden] { display: none; }
</style>
</head>
<body>
<header>Placement <b id="placement"></b> · app <code id="app"></code></header>
<main>
  <div id="layout" class="app-frame-layout"></div>
  <div id="side"><h3>Frame protocol</h3><div id="log"></div></div>
</main>
<div id="dialog" hidden></div>
<script type="application/json" id="shell-config">${scriptJson(config)}</script>
<script type="module">
  import { startHost } from '/shell/host.js';
  window.shell = startHost(JSON.parse(document.getElementById('shell-config').textContent));
</script>
</body>
</html>
`;
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function readJson(req, done, res) {
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) {
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'INVALID_JSON', error_description: 'a JSON body' });
    }
    done(body);
  });
}

/**
 * Starts a stand-in with the shell on it and returns the shell page's URL for `app`.
 * @param {{ port?: number, host?: string, app: string, placement?: string, options?: object, static?: boolean, standin?: object }} options
 *   `standin`: options for startStandin.
 * @returns {Promise<{ url: string, portal: object, close(): Promise<void> }>}
 */
export async function startShell({ port = 0, host = '127.0.0.1', app, placement = 'DEFAULT', options = {}, static: isStatic = false, standin = {} } = {}) {
  const { startStandin } = await import('./server.mjs');
  if (host !== '127.0.0.1') throw new Error('the shell serves on 127.0.0.1 only (the stand-in listens there)');
  const portal = await startStandin({ ...standin, port });
  portal.use(shellRoutes({ standin: portal }));
  const query = new URLSearchParams({ app, placement, options: JSON.stringify(options) });
  if (isStatic) query.set('static', '1');
  return { url: `${portal.url}/shell/?${query}`, portal, close: () => portal.close() };
}

// ---- CLI: node shell.mjs --app <url> [--placement CODE] [--options JSON] [--static] [--port N] ----

async function cli(argv) {
  const opts = { placement: 'IM_TEXTAREA', options: {} };
  for (let i = 0; i < argv.length; i++) {
    const next = () => {
      if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    switch (argv[i]) {
      case '--app': opts.app = next(); break;
      case '--placement': opts.placement = next(); break;
      case '--options': opts.options = JSON.parse(next()); break;
      case '--static': opts.static = true; break;
      case '--port': opts.port = Number(next()); break;
      default: throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  if (!opts.app) throw new Error('--app <URL of the placement app> is required');
  const shell = await startShell(opts);
  process.stdout.write(`B24_SHELL_URL=${shell.url}\nREST (webhook): ${shell.portal.webhookUrl}\n`);
  const stop = () => shell.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  cli(process.argv.slice(2)).catch((e) => {
    console.error(`shell: ${e.message}`);
    console.error('usage: node shell.mjs --app <URL> [--placement IM_TEXTAREA] [--options \'{"dialogId":"chat2"}\'] [--static] [--port N]');
    process.exit(2);
  });
}
