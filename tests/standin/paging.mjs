// Paging of the list methods of the four scopes, as their docs pages describe it, over
// `pagingRows` rows (300 by default). Rows are the documented example row with its IDs
// changed, computed per page (no table in memory). Each method clamps its page size the way
// its page says (PHP's `LIMIT > max ? max : LIMIT`) and tells the end the way its page says.
//
// | method                                   | position            | page size (default/max) | rows at         | end                |
// |------------------------------------------|---------------------|-------------------------|-----------------|--------------------|
// | im.recent.list                           | OFFSET              | LIMIT 50/200            | items           | hasMore            |
// | im.search.chat/department/user.list      | OFFSET              | LIMIT 10/50             | result          | total, next        |
// | im.department.colleagues.list            | OFFSET              | LIMIT 10/50             | result          | total, next        |
// | im.dialog.users.list                     | OFFSET (or LAST_ID) | LIMIT 50/200            | result          | total, next        |
// | im.dialog.messages.get                   | LAST_ID / FIRST_ID  | LIMIT 20/50             | messages        | a short page       |
// | im.dialog.messages.search                | LAST_ID, ORDER.ID   | LIMIT 50/200            | messages        | a short page       |
// | im.notify.get                            | LAST_ID + LAST_TYPE | LIMIT 50/50             | notifications   | a short page       |
// | im.notify.history.search                 | LAST_ID             | LIMIT 50/50             | notifications   | a short page       |
// | im.v2.Event.get, imbot.v2.Event.get      | offset = nextOffset | limit 100/1000          | events          | hasMore            |
// | imbot.v2.Bot.list                        | offset              | limit 50/-              | bots            | hasNextPage        |
// | imopenlines.config.list.get              | PARAMS.offset       | PARAMS.limit 50/200     | result          | a short page       |
// | imopenlines.v2.Session.list              | offset (<= 10,000)  | limit 50/200 (from 1)   | sessions        | hasNextPage        |
// | imopenlines.v2.Session.Rating.list       | offset (<= 10,000)  | limit 50/200 (from 1)   | ratings         | hasNextPage        |
// | imopenlines.v2.Operator.list             | offset (<= 10,000 with status/hasFreeSlots) | limit 50/200 | operators | hasNextPage |
//
// The statistics lists refuse an `offset` past 10,000 with 400 `OFFSET_TOO_LARGE` (their
// error tables); `limit` outside 1-200 is clamped into it (the pages give the range but no
// error for it).
// Where a page leaves something open, the choice made here is written next to it.

const DEFAULT_ROWS = 300;

/** An integer param as PHP's intval reads it: a number or a string of digits; else undefined. */
function int(value) {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function param(params, name) {
  if (name in params) return params[name];
  const upper = name.toUpperCase();
  for (const k of Object.keys(params)) if (k.toUpperCase() === upper) return params[k];
  return undefined;
}

/** `LIMIT` as the methods read it: the default when absent, at most `max`, at least 0. */
function size(params, name, dflt, max) {
  const n = int(param(params, name));
  const v = n === undefined ? dflt : Math.max(0, n);
  return max === undefined ? v : Math.min(v, max);
}

function range(from, to) {
  const out = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** The first documented row at `path` of a method's success example (an array's first item, or an object's first value). */
function template(portal, method, path) {
  const info = portal.lookup(method);
  let at = info?.success?.result;
  for (const part of path) at = at?.[part];
  const first = Array.isArray(at) ? at[0] : at && typeof at === 'object' ? Object.values(at)[0] : undefined;
  return first && typeof first === 'object' ? first : {};
}

export function createPaging(portal, options = {}) {
  const state = { rows: options.pagingRows ?? DEFAULT_ROWS, acknowledged: new Map() };
  const row = (method, path, fields) => ({ ...structuredClone(template(portal, method, path)), ...fields });

  // im.notify.get: confirmations (notify_type 1) come first, then plain notifications, each
  // newest first (the page: "first by descending creation date, then by descending
  // identifiers"; "first confirmations, then regular notifications"). Every 7th is a confirmation.
  const isConfirmation = (id) => id % 7 === 0;
  const notifyOrder = () => {
    const down = range(1, state.rows).reverse();
    return [...down.filter(isConfirmation), ...down.filter((i) => !isConfirmation(i))];
  };

  // im.recent.list: pages are cut from internal records, then collapsed into dialogs, so
  // "the same dialogs may repeat between pages". Here every 200th record repeats the dialog
  // before it, which puts one dialog at the end of one 200-page and the start of the next.
  const recentRecords = () => {
    const records = [];
    for (let dialog = 1; dialog <= state.rows; dialog++) {
      if (records.length > 0 && records.length % 200 === 0) records.push(dialog - 1);
      records.push(dialog);
    }
    return records;
  };

  const offsetPage = (params, dflt, max) => {
    const offset = Math.max(0, int(param(params, 'OFFSET')) ?? 0);
    const limit = size(params, 'LIMIT', dflt, max);
    const ids = range(offset + 1, Math.min(state.rows, offset + limit));
    const nav = { total: state.rows };
    if (offset + limit < state.rows) nav.next = offset + limit;
    return { ids, nav };
  };

  const events = (method, params) => {
    // `offset` acknowledges (drops) the events before it; the rest come from the oldest.
    const first = 1001;
    const end = first + state.rows;
    const acked = Math.max(state.acknowledged.get(method) ?? first, int(param(params, 'offset')) ?? first);
    state.acknowledged.set(method, acked);
    const limit = Math.max(1, size(params, 'limit', 100, 1000));
    const ids = range(acked, Math.min(end - 1, acked + limit - 1));
    const nextOffset = acked + ids.length;
    return {
      result: {
        events: ids.map((eventId) => row(method, ['events'], { eventId })),
        nextOffset,
        hasMore: nextOffset < end,
      },
    };
  };

  // The imopenlines.v2 statistics lists: `offset`/`limit` 1-200 (default 50), `hasNextPage`,
  // `offset` at most 10,000 (for Operator.list only when filtering by status or hasFreeSlots).
  const MAX_OFFSET = 10_000;
  const statList = (method, field, idField, capWhen) => (params) => {
    const offset = Math.max(0, int(param(params, 'offset')) ?? 0);
    const capped = capWhen === null || capWhen.some((name) => { const v = param(params, name); return v !== undefined && v !== null && v !== ''; });
    if (capped && offset > MAX_OFFSET) return { error: 'OFFSET_TOO_LARGE', error_description: 'Offset is too large', status: 400 };
    const limit = Math.max(1, size(params, 'limit', 50, 200));
    const rows = range(offset + 1, Math.min(state.rows, offset + limit)).map((id) => row(method, [field], { [idField]: id }));
    return { result: { [field]: rows, hasNextPage: offset + limit < state.rows } };
  };

  const handlers = {
    'imopenlines.v2.session.list': statList('imopenlines.v2.Session.list', 'sessions', 'id', null),
    'imopenlines.v2.session.rating.list': statList('imopenlines.v2.Session.Rating.list', 'ratings', 'sessionId', null),
    'imopenlines.v2.operator.list': statList('imopenlines.v2.Operator.list', 'operators', 'userId', ['status', 'hasFreeSlots']),
    'im.recent.list': (params) => {
      const records = recentRecords();
      const offset = Math.max(0, int(param(params, 'OFFSET')) ?? 0);
      const limit = size(params, 'LIMIT', 50, 200);
      const items = [];
      for (const dialog of records.slice(offset, offset + limit)) {
        if (items.some((item) => item.chat_id === dialog)) continue;
        items.push(row('im.recent.list', ['items'], { id: `chat${dialog}`, chat_id: dialog, type: 'chat' }));
      }
      const hasMore = offset + limit < records.length;
      const result = { items, hasMorePages: hasMore, hasMore, copilot: null, messagesAutoDeleteConfigs: [] };
      return { result, total: -1, ...(hasMore ? { next: offset + items.length } : {}) };
    },
    'im.search.chat.list': (params) => {
      const { ids, nav } = offsetPage(params, 10, 50);
      return { result: ids.map((id) => row('im.search.chat.list', [], { id, name: `Chat ${id}` })), ...nav };
    },
    'im.search.department.list': (params) => {
      const { ids, nav } = offsetPage(params, 10, 50);
      return { result: ids.map((id) => row('im.search.department.list', [], { id, name: `Department ${id}` })), ...nav };
    },
    'im.search.user.list': (params) => {
      // Keyed by user ID; an empty selection is `[]`.
      const { ids, nav } = offsetPage(params, 10, 50);
      const result = ids.length === 0 ? [] : Object.fromEntries(ids.map((id) => [String(id), row('im.search.user.list', [], { id })]));
      return { result, ...nav };
    },
    'im.department.colleagues.list': (params) => {
      const { ids, nav } = offsetPage(params, 10, 50);
      const withData = param(params, 'USER_DATA') === 'Y';
      return { result: ids.map((id) => (withData ? row('im.department.colleagues.list', [], { id }) : id)), ...nav };
    },
    'im.dialog.users.list': (params) => {
      const lastId = int(param(params, 'LAST_ID'));
      if (lastId !== undefined && lastId >= 0) {
        // The LAST_ID way answers without total/next.
        const limit = size(params, 'LIMIT', 50, 200);
        return { result: range(lastId + 1, Math.min(state.rows, lastId + limit)).map((id) => row('im.dialog.users.list', [], { id })) };
      }
      const { ids, nav } = offsetPage(params, 50, 200);
      return { result: ids.map((id) => row('im.dialog.users.list', [], { id })), ...nav };
    },
    'im.dialog.messages.get': (params) => {
      const limit = size(params, 'LIMIT', 20, 50);
      const firstId = int(param(params, 'FIRST_ID'));
      const lastId = int(param(params, 'LAST_ID'));
      // FIRST_ID wins over LAST_ID (the method reads FIRST_ID first). Newest first either way.
      const below = lastId !== undefined && lastId > 0 ? lastId : state.rows + 1;
      const ids = firstId !== undefined
        ? range(firstId + 1, Math.min(state.rows, firstId + limit)).reverse()
        : range(Math.max(1, below - limit), below - 1).reverse();
      const messages = ids.map((id) => row('im.dialog.messages.get', ['messages'], { id, chat_id: 7 }));
      return { result: { chat_id: 7, messages, users: [], files: [] } };
    },
    'im.dialog.messages.search': (params) => {
      const limit = size(params, 'LIMIT', 50, 200);
      const order = param(params, 'ORDER');
      const ascending = String(order && typeof order === 'object' ? order.ID ?? 'DESC' : 'DESC').toUpperCase() === 'ASC';
      const lastId = int(param(params, 'LAST_ID'));
      const ids = ascending
        ? range((lastId ?? 0) + 1, Math.min(state.rows, (lastId ?? 0) + limit))
        : range(Math.max(1, (lastId ?? state.rows + 1) - limit), (lastId ?? state.rows + 1) - 1).reverse();
      const messages = ids.map((id) => row('im.dialog.messages.search', ['messages'], { id, chat_id: int(param(params, 'CHAT_ID')) ?? 0 }));
      return { result: { messages, users: [], files: [], additionalMessages: [], stickers: [], reactions: [], usersShort: [] } };
    },
    'im.notify.get': (params) => {
      const limit = size(params, 'LIMIT', 50, 50);
      const order = notifyOrder();
      const lastId = int(param(params, 'LAST_ID'));
      const lastType = String(param(params, 'LAST_TYPE') ?? '');
      let from = 0;
      if (lastId !== undefined) {
        // LAST_TYPE 1: still among the confirmations (then on into the plain ones); otherwise
        // among the plain ones. An unknown LAST_TYPE is no error (the page says so).
        const inConfirmations = order.findIndex((id) => isConfirmation(id) && id < lastId);
        const firstPlain = order.findIndex((id) => !isConfirmation(id));
        const inPlain = order.findIndex((id) => !isConfirmation(id) && id < lastId);
        from = lastType === '1' ? (inConfirmations >= 0 ? inConfirmations : firstPlain) : inPlain;
        if (from < 0) from = order.length;
      }
      const notifications = order.slice(from, from + limit).map((id) =>
        row('im.notify.get', ['notifications'], { id, notify_type: isConfirmation(id) ? 1 : 4 }));
      return { result: { total_count: state.rows, total_unread_count: 0, chat_id: 77, notifications, users: [] } };
    },
    'im.notify.history.search': (params) => {
      const limit = size(params, 'LIMIT', 50, 50);
      const lastId = int(param(params, 'LAST_ID'));
      const top = (lastId ?? state.rows + 1) - 1;
      const notifications = range(Math.max(1, top - limit + 1), top).reverse()
        .map((id) => row('im.notify.history.search', ['notifications'], { id }));
      // `total_results` comes on the first page only.
      const result = { chat_id: 77, ...(lastId === undefined ? { total_results: state.rows } : {}), notifications, users: [] };
      return { result };
    },
    'im.v2.event.get': (params) => events('im.v2.event.get', params),
    'imbot.v2.event.get': (params) => events('imbot.v2.event.get', params),
    'imbot.v2.bot.list': (params) => {
      // The page gives the default (50) but no maximum: any limit is honoured.
      const offset = Math.max(0, int(param(params, 'offset')) ?? 0);
      const limit = size(params, 'limit', 50);
      const bots = range(offset + 1, Math.min(state.rows, offset + limit)).map((id) => row('imbot.v2.Bot.list', ['bots'], { id, code: `bot_${id}` }));
      return { result: { bots, users: [], hasNextPage: offset + limit < state.rows } };
    },
    'imopenlines.config.list.get': (params) => {
      const selection = params.PARAMS && typeof params.PARAMS === 'object' ? params.PARAMS : {};
      const offset = Math.max(0, int(selection.offset) ?? 0);
      const limit = size(selection, 'limit', 50, 200);
      const lines = range(offset + 1, Math.min(state.rows, offset + limit))
        .map((id) => row('imopenlines.config.list.get', [], { ID: String(id), LINE_NAME: `Line ${id}` }));
      return { result: lines };
    },
  };

  return {
    /** The page of a list method as `{result, total?, next?}` (or `{error, error_description,
     * status}` when its page documents a refusal), or null for other methods. */
    answer(method, params) {
      const handler = handlers[String(method).toLowerCase()];
      return handler ? handler(params) : null;
    },
    /** Forgets acknowledged events. */
    reset() {
      state.acknowledged.clear();
    },
    setOptions(partial = {}) {
      if ('pagingRows' in partial) state.rows = Math.max(0, Number(partial.pagingRows) || 0);
    },
    get rows() {
      return state.rows;
    },
  };
}
