// The placement shell's page script (served as /shell/host.js by shell.mjs): the portal's side of
// the parent-frame protocol, as BX.rest.AppLayout (the portal's rest/applayout.js) runs it.
// - Messages are read only from the app's origin, as strings "cmd:JSON:callbackId:APP_SID" (cmd
//   before the first ':', APP_SID after the last, the callback id before that, the JSON between)
//   or objects {method, params, callback, appSid}; a wrong APP_SID is ignored.
// - A command runs only when the placement's interface has it and it is not denied: placements
//   other than DEFAULT deny setTitle, setScroll and reloadWindow. Anything else gets no answer.
// - The answer is "callbackId:JSON" posted to the iframe's window with the app's origin, and only
//   when the app gave a callback id.
// - The iframe is loaded as the portal does: a hidden form POSTs to the app's URL with the iframe
//   as its target (a static app gets the same URL as the iframe's src, a GET).
// Plain browser ESM, no imports. window.shell (the page sets it) exposes the log and state to
// tests: shell.log lists every command heard ({cmd, params, answered}), shell.frame the iframe.

const DENIED_OUTSIDE_DEFAULT = ['setTitle', 'setScroll', 'reloadWindow'];
// rest/applayout.js's openPath check: the paths a placement may open.
const OPEN_PATHS = /^\/(crm\/(deal|lead|contact|company)|marketplace|company\/personal\/user\/[0-9]+|workgroups\/group\/[0-9]+)\//;
const MAX_LOG = 500;

export function startHost(config) {
  const log = [];
  const events = []; // the placement's events (none for the placements of our scopes)
  const layout = document.getElementById('layout');
  const logView = document.getElementById('log');
  const dialog = document.getElementById('dialog');
  const frameName = `${config.domain}|${config.protocol}|${config.appSid}`;
  document.getElementById('placement').textContent = config.placement;
  document.getElementById('app').textContent = config.appUrl;
  const state = { authId: config.auth.access_token, refreshId: config.auth.refresh_token, authExpires: config.auth.expires_in, firstRun: false };

  function note(entry) {
    log.push(entry);
    if (log.length > MAX_LOG) log.shift();
    const line = document.createElement('div');
    line.textContent = `${entry.cmd} ${entry.params === undefined ? '' : JSON.stringify(entry.params)}${entry.note ? ` (${entry.note})` : ''}`;
    logView.append(line);
    while (logView.childNodes.length > MAX_LOG) logView.firstChild.remove();
  }

  async function post(path, body) {
    const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    return res.json();
  }

  // A choice the user makes in the page (a picker, a slider): resolved by a click.
  function ask(title, choices) {
    return new Promise((resolve) => {
      dialog.replaceChildren();
      const heading = document.createElement('h3');
      heading.textContent = title;
      dialog.append(heading);
      for (const [label, value] of choices) {
        const button = document.createElement('button');
        button.textContent = label;
        button.dataset.choice = label;
        button.addEventListener('click', () => {
          dialog.hidden = true;
          resolve(value);
        });
        dialog.append(button);
      }
      dialog.hidden = false;
    });
  }

  const userChoices = (mult) => (mult
    ? [['Choose all', config.users], ...config.users.map((u) => [u.name, [u]])]
    : config.users.map((u) => [u.name, u]));

  // BX.rest.AppLayout.MessageInterface: what each command does and answers.
  const commands = {
    getInitData: (params, cb) => {
      cb({
        LANG: config.lang, DOMAIN: config.domain, PROTOCOL: config.protocol, PATH: config.restPath,
        AUTH_ID: state.authId, AUTH_EXPIRES: state.authExpires, REFRESH_ID: state.refreshId, MEMBER_ID: config.memberId,
        FIRST_RUN: state.firstRun, IS_ADMIN: config.isAdmin, INSTALL: false,
        USER_OPTIONS: config.userOptions, APP_OPTIONS: config.appOptions,
        PLACEMENT: config.placement, PLACEMENT_OPTIONS: config.placementOptions,
      });
    },
    getInterface: (params, cb) => {
      cb({ command: Object.keys(commands).filter((c) => !denied.includes(c) && c !== 'placementBindEvent'), event: [...events] });
    },
    refreshAuth: async (params, cb) => {
      const data = await post('/shell/auth');
      state.authId = data.access_token;
      state.authExpires = data.expires_in;
      state.refreshId = data.refresh_token;
      cb({ AUTH_ID: state.authId, AUTH_EXPIRES: state.authExpires, REFRESH_ID: state.refreshId });
    },
    resizeWindow: (params, cb) => {
      const width = params.width == '100%' ? params.width : `${parseInt(params.width, 10) || 100}px`;
      const height = parseInt(params.height, 10);
      if (width) layout.style.width = width;
      if (height) layout.style.height = `${height}px`;
      const box = layout.getBoundingClientRect();
      cb({ width: box.width, height: box.height });
    },
    setTitle: (params, cb) => {
      document.title = String(params.title);
      cb(params);
    },
    setScroll: (params, cb) => {
      if (params && params.scroll >= 0) window.scrollTo(window.scrollX, parseInt(params.scroll, 10));
      cb(params);
    },
    setUserOption: async (params, cb) => {
      await post('/shell/option', { scope: 'user', name: params.name, value: params.value });
      config.userOptions[params.name] = params.value;
      cb(params);
    },
    setAppOption: async (params, cb) => {
      if (!config.isAdmin) return; // the portal ignores it: no answer
      const data = await post('/shell/option', { scope: 'app', name: params.name, value: params.value });
      config.appOptions[params.name] = params.value;
      cb(data);
    },
    setInstall: (params, cb) => cb(params),
    setInstallFinish: () => {},
    selectUser: async (params, cb) => cb(await ask(params.title || 'Choose a user', userChoices(Boolean(parseInt(params.mult + 0, 10))))),
    selectAccess: async (params, cb) => cb(await ask('Choose access', [['All users', [{ id: 'UA', name: 'All users', provider: 'Other' }]], ...config.users.map((u) => [u.name, [{ id: `U${u.id}`, name: u.name, provider: 'Users' }]])])),
    reloadWindow: () => window.location.reload(),
    imCallTo: () => {},
    imPhoneTo: () => {},
    imOpenMessenger: () => {},
    imOpenHistory: () => {},
    openApplication: async (params, cb) => cb(await ask(`Application slider: ${JSON.stringify(params)}`, [['Close slider', undefined]])),
    openPath: async (params, cb) => {
      const path = typeof params.path === 'string' ? params.path : '';
      if (!OPEN_PATHS.test(path)) return cb({ result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
      cb(await ask(`Slider: ${path}`, [['Close slider', { result: 'close' }]]));
    },
    closeApplication: (params, cb) => cb(),
    placementBindEvent: (params, cb) => {
      if (params.event && events.includes(params.event)) listeners.push([params.event, cb]);
    },
  };
  const listeners = [];
  const denied = config.placement === 'DEFAULT' ? [] : DENIED_OUTSIDE_DEFAULT;

  const iframe = document.createElement('iframe');
  iframe.name = frameName;
  iframe.id = `appframe_${config.appSid}`;
  iframe.allow = 'geolocation *; microphone *; camera *; autoplay *;';
  layout.append(iframe);

  function answer(callbackId, result) {
    if (!callbackId || !iframe.contentWindow) return;
    iframe.contentWindow.postMessage(`${callbackId}:${result === undefined ? '' : JSON.stringify(result)}`, config.appOrigin);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== config.appOrigin || (typeof event.data !== 'string' && (typeof event.data !== 'object' || event.data === null))) return;
    let cmd;
    let params = [];
    let callbackId;
    let sid;
    if (typeof event.data === 'object') {
      ({ method: cmd, appSid: sid, callback: callbackId } = event.data);
      params = event.data.params || [];
    } else {
      const parts = event.data.split(':');
      if (parts.length < 4) return;
      cmd = parts[0];
      callbackId = parts[parts.length - 2];
      sid = parts[parts.length - 1];
      const json = parts.slice(1, parts.length - 2).join(':');
      try {
        params = json ? JSON.parse(json) : [];
      } catch {
        note({ cmd, note: 'params are not JSON: ignored' });
        return;
      }
    }
    if (sid !== config.appSid) return;
    const run = Object.hasOwn(commands, cmd) && !denied.includes(cmd) ? commands[cmd] : null;
    note({ cmd, params, callbackId, answered: Boolean(run && callbackId), note: run ? undefined : 'not in this placement\'s interface: no answer' });
    if (!run) return;
    Promise.resolve(run(params, (result) => answer(callbackId, result))).catch((e) => note({ cmd, note: `failed: ${e && e.message}` }));
  });

  // The portal's form: POSTed into the iframe (a static app: the iframe's src).
  const action = `${config.appUrl}${config.appUrl.includes('?') ? '&' : '?'}${new URLSearchParams({ DOMAIN: config.domain, PROTOCOL: String(config.protocol), LANG: config.lang, APP_SID: config.appSid })}`;
  if (config.static) {
    iframe.src = action;
  } else {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = action;
    form.target = frameName;
    form.hidden = true;
    const fields = {
      AUTH_ID: state.authId, AUTH_EXPIRES: String(state.authExpires), REFRESH_ID: state.refreshId,
      SERVER_ENDPOINT: config.serverEndpoint, APPLICATION_TOKEN: config.applicationToken, APPLICATION_SCOPE: config.scope,
      member_id: config.memberId, status: 'L', PLACEMENT: config.placement,
    };
    if (Object.keys(config.placementOptions).length) fields.PLACEMENT_OPTIONS = JSON.stringify(config.placementOptions);
    for (const [name, value] of Object.entries(fields)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }

  return {
    log,
    frame: iframe,
    layout,
    config,
    /** Fires a placement event (for placements that declare events). */
    emit(event, data) {
      for (const [name, cb] of listeners) if (name === event) cb(data);
    },
  };
}
