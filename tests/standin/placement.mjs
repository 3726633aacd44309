// placement.bind / unbind / get / list as the portal answers them, for the placements of the
// stand-in's scopes. The facts are the docs' (api-reference/widgets/placement-*.md and each
// placement's page), kept here on their own and not read from the library's placements table,
// so the library is tested against the portal's behaviour rather than against itself.
//
// - Every method needs the application context: through a webhook it is 403 WRONG_AUTH_TYPE.
// - bind: PLACEMENT and HANDLER are required (ERROR_ARGUMENT, the field in `argument`); HANDLER
//   needs a domain and http(s) (ERROR_WRONG_HANDLER_URL); an unknown code is
//   ERROR_PLACEMENT_NOT_FOUND; IM_TEXTAREA, IM_SIDEBAR and IM_NAVIGATION need OPTIONS[iconName];
//   `context` is ALL/USER/CHAT/LINES/CRM, `;`-separated (INVALID_ERROR_CONTEXT), `extranet` Y/N
//   (INVALID_ERROR_EXTRANET), `role` USER/ADMIN (INVALID_ERROR_ROLE); USER_ID only for
//   PAGE_BACKGROUND_WORKER (ERROR_PLACEMENT_USER_MODE). Only the placement's own OPTIONS keys are
//   kept, with the defaults placement.get shows (extranet N, context ALL, role USER);
//   CONTACT_CENTER keeps none. SETTING_CONNECTOR is accepted and kept, though the portal never
//   shows that binding (imconnector.register's PLACEMENT_HANDLER makes the one it shows).
// - unbind: PLACEMENT required; without HANDLER every handler of the placement goes; `count`
//   grows by 1 for each handler found and by 1 for each one removed.
// - get: the app's bindings as placement-get.md shows them. list: the codes of a scope.

const WRONG_AUTH = { status: 403, body: { error: 'WRONG_AUTH_TYPE', error_description: 'Current authorization type is denied for this method Application context required' } };

// Per code: its scope (placement-list's SCOPE) and the OPTIONS keys the portal keeps.
const CODES = {
  IM_TEXTAREA: { scope: 'im', keys: ['iconName', 'extranet', 'context', 'role', 'color', 'width', 'height'], icon: true },
  IM_SIDEBAR: { scope: 'im', keys: ['iconName', 'extranet', 'context', 'role', 'color'], icon: true },
  IM_CONTEXT_MENU: { scope: 'im', keys: ['extranet', 'context', 'role'] },
  IMMOBILE_CONTEXT_MENU: { scope: 'placement', keys: ['context', 'extranet', 'role'] },
  IM_NAVIGATION: { scope: 'im', keys: ['iconName', 'extranet', 'role'], icon: true },
  IM_SMILES_SELECTOR: { scope: 'placement', keys: ['extranet', 'role', 'context'] },
  CONTACT_CENTER: { scope: 'contact_center', keys: [] },
  SETTING_CONNECTOR: { scope: 'imopenlines', keys: [] },
};
const DEFAULTS = { extranet: 'N', context: 'ALL', role: 'USER' };
const CONTEXTS = new Set(['ALL', 'USER', 'CHAT', 'LINES', 'CRM']);

const ok = (result) => ({ status: 200, body: { result } });
const fail = (status, error, error_description, extra = {}) => ({ status, body: { error, error_description, ...extra } });
const argument = (name) => fail(400, 'ERROR_ARGUMENT', `Argument '${name}' is null or empty`, { argument: name });

function pick(params, name) {
  if (params && name in params) return params[name];
  const upper = name.toUpperCase();
  for (const k of Object.keys(params ?? {})) if (k.toUpperCase() === upper) return params[k];
  return undefined;
}

function text(value) {
  return value === undefined || value === null ? '' : String(value);
}

/** The placement methods over one stand-in's state. */
export function createPlacements() {
  let bindings = [];
  let nextId = 1;

  function bind(params) {
    const placement = text(pick(params, 'PLACEMENT')).toUpperCase();
    const handler = text(pick(params, 'HANDLER'));
    if (!placement) return argument('PLACEMENT');
    if (!handler) return argument('HANDLER');
    let url;
    try {
      url = new URL(handler);
    } catch {
      return fail(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
    }
    if (!/^https?:$/.test(url.protocol)) return fail(400, 'ERROR_UNSUPPORTED_PROTOCOL', 'Unsupported protocol');
    if (!url.hostname.includes('.') && url.hostname !== '127.0.0.1') return fail(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL');
    const code = CODES[placement];
    if (!code) return fail(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found');
    const userId = Number(pick(params, 'USER_ID') ?? 0) || 0;
    if (userId) return fail(400, 'ERROR_PLACEMENT_USER_MODE', 'User mode is not available');
    const given = pick(params, 'OPTIONS');
    const raw = given && typeof given === 'object' ? given : {};
    if (code.icon && !text(raw.iconName)) return argument('OPTIONS[iconName]');
    const options = {};
    for (const key of code.keys) {
      const value = raw[key] ?? DEFAULTS[key];
      if (value !== undefined) options[key] = value;
    }
    if ('context' in options && !String(options.context).split(';').every((c) => CONTEXTS.has(c.trim()))) {
      return fail(400, 'INVALID_ERROR_CONTEXT', 'Invalid context');
    }
    if ('extranet' in options && !['Y', 'N'].includes(options.extranet)) return fail(400, 'INVALID_ERROR_EXTRANET', 'Invalid extranet');
    if ('role' in options && !['USER', 'ADMIN'].includes(options.role)) return fail(400, 'INVALID_ERROR_ROLE', 'Invalid role');
    const langAll = pick(params, 'LANG_ALL');
    const row = {
      id: nextId++,
      placement,
      userId,
      handler,
      // PHP writes an empty array for no options.
      options: Object.keys(options).length > 0 ? options : [],
      title: text(pick(params, 'TITLE')),
      description: text(pick(params, 'DESCRIPTION')),
      langAll: langAll && typeof langAll === 'object' ? langAll : [],
    };
    bindings = bindings.filter((b) => !(b.placement === placement && b.handler === handler && b.userId === userId));
    bindings.push(row);
    return ok(true);
  }

  function unbind(params) {
    const placement = text(pick(params, 'PLACEMENT')).toUpperCase();
    if (!placement) return argument('PLACEMENT');
    const handler = text(pick(params, 'HANDLER'));
    const userId = pick(params, 'USER_ID');
    const matches = (b) =>
      b.placement === placement && (!handler || b.handler === handler) && (userId === undefined || b.userId === Number(userId));
    const found = bindings.filter(matches).length;
    bindings = bindings.filter((b) => !matches(b));
    return ok({ count: found * 2 });
  }

  function list(params) {
    const scope = text(pick(params, 'SCOPE')).toLowerCase();
    // Without SCOPE: the app's scopes and the global ones; FULL: every scope. The stand-in's app
    // has every scope of the table, so both are all of it.
    return ok(Object.entries(CODES).filter(([, c]) => !scope || c.scope === scope).map(([name]) => name));
  }

  return {
    /** Answers a placement.* call, or null for any other method. */
    execute(method, params, ctx) {
      const name = String(method).toLowerCase();
      if (!name.startsWith('placement.')) return null;
      if (ctx?.transport === 'webhook') return WRONG_AUTH;
      switch (name) {
        case 'placement.bind':
          return bind(params ?? {});
        case 'placement.unbind':
          return unbind(params ?? {});
        case 'placement.get':
          return ok(bindings.map(({ id, ...row }) => structuredClone(row)));
        case 'placement.list':
          return list(params ?? {});
        default:
          return { status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' } };
      }
    },
    /** The bindings, with their ids (the `ID` a CONTACT_CENTER placement's options carry). */
    bindings: () => structuredClone(bindings),
    reset() {
      bindings = [];
      nextId = 1;
    },
  };
}
