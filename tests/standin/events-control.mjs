// The control routes of the stand-in's events (`/_standin/events/...`, JSON; in-process
// `handle.events.control(method, path, body, query)`): what a test or the local portal does as
// the portal's users and staff (a user writes, presses a button, an operator answers, the app is
// installed), and what it reads back (dialogs, messages, deliveries, state). See README.md.

/** `ctx`: events.mjs's state and functions (see the call in events.mjs). */
export function createControl(ctx) {
  const S = () => ctx.state();


  /** `/_standin/events/...` routes; returns { status, body }. */
  async function control(method, path, body, query) {
    const route = `${method} ${path.replace(/^\/_standin\/events/, '').replace(/\/+$/, '') || '/'}`;
    switch (route) {
      case 'GET /':
      case 'GET /state':
        return {
          status: 200,
          body: {
            memberId: ctx.memberId,
            applicationToken: ctx.applicationToken,
            bots: [...S().bots.values()].map((b) => ({ id: b.id, kind: b.kind, code: b.code, eventMode: b.eventMode ?? 'webhook', webhookUrl: b.webhookUrl ?? null, handlers: b.handlers ?? null, queued: b.queue?.length ?? 0 })),
            bindings: S().bindings,
            offline: S().offline.length,
            userQueue: { subscribed: S().userQueue.subscribed, queued: S().userQueue.events.length },
          },
        };
      case 'POST /install':
      case 'POST /uninstall': {
        if (!body.url) return ctx.fail(400, 'URL_REQUIRED', 'url is required');
        const install = route === 'POST /install';
        // The refresh token is one the OAuth server takes, as on a real install.
        const authBlock = install ? ctx.auth({ user_id: ctx.userId(), refresh_token: ctx.standin.oauth.grant?.() ?? ctx.standin.issueToken() }) : { domain: ctx.auth().domain, member_id: ctx.memberId, application_token: ctx.applicationToken, client_endpoint: `${ctx.portalUrl()}/rest/`, server_endpoint: `${ctx.portalUrl()}/oauth/` };
        const data = install ? { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: 'en' } : { LANGUAGE_ID: 'en', CLEAN: 0 };
        const record = ctx.post(String(body.url), ctx.envelope(install ? 'ONAPPINSTALL' : 'ONAPPUNINSTALL', data, S().nextHandlerId++, authBlock));
        await ctx.settle();
        return { status: 200, body: { ok: true, delivery: record, memberId: ctx.memberId } };
      }
      case 'POST /message': {
        const bot = ctx.findBot(body.botId);
        if (!bot) return ctx.fail(404, 'BOT_NOT_FOUND', 'no such bot');
        const message = ctx.userWrites(bot, body.text ?? '', Number(body.userId) || ctx.userId());
        return { status: 200, body: { ok: true, messageId: message.id } };
      }
      case 'POST /operator-message': {
        const lines = S().connectors.get(String(body.connector));
        if (!lines || !lines.has(Number(body.line))) return ctx.fail(404, 'LINE_NOT_ACTIVE', 'connector not active on that line');
        const messageId = S().nextMessageId++;
        const sent = ctx.raise('ONIMCONNECTORMESSAGEADD', {
          CONNECTOR: String(body.connector),
          LINE: Number(body.line),
          MESSAGES: [{ im: { chat_id: Number(body.chatId ?? 1), message_id: messageId }, message: { user_id: ctx.userId(), text: String(body.text ?? '') }, chat: { id: String(body.externalChatId ?? 'chat-1') } }],
        });
        return { status: 200, body: { ok: true, messageId, handlers: sent } };
      }
      case 'POST /raise': {
        if (!body.event) return ctx.fail(400, 'EVENT_REQUIRED', 'event is required');
        if (body.url) {
          ctx.post(String(body.url), ctx.envelope(String(body.event), body.data ?? {}, 0));
          return { status: 200, body: { ok: true, handlers: 1 } };
        }
        return { status: 200, body: { ok: true, handlers: ctx.raise(String(body.event), body.data ?? {}) } };
      }
      case 'POST /user-event':
        ctx.enqueue(S().userQueue.events, String(body.type), body.data ?? {});
        return { status: 200, body: { ok: true } };
      case 'POST /bot-event': {
        const bot = ctx.findBot(body.botId);
        if (!bot || bot.kind !== 'v2') return ctx.fail(404, 'BOT_NOT_FOUND', 'no such bot');
        const item = ctx.enqueue(bot.queue, String(body.type), body.data ?? {});
        return { status: 200, body: { ok: true, eventId: item.eventId } };
      }
      case 'GET /dialog': {
        const chat = S().chats.get(`${Number(query.get('userId')) || ctx.userId()}:${Number(query.get('botId'))}`);
        return { status: 200, body: chat ? structuredClone(chat.messages) : [] };
      }
      case 'GET /deliveries':
        return { status: 200, body: structuredClone(S().deliveries) };
      case 'POST /say': {
        // A portal user types into a dialog: a bot's ID (their private chat) or an open line's `chat<ID>`.
        const user = Number(body.userId) || ctx.userId();
        const dialog = String(body.dialog ?? '');
        const line = /^chat(\d+)$/.exec(dialog);
        if (line) {
          const message = ctx.openLines.operatorWrites(line[1], body.text ?? '', user);
          return message ? { status: 200, body: { ok: true, messageId: message.id } } : ctx.fail(404, 'DIALOG_NOT_FOUND', 'no such open-line chat');
        }
        const bot = ctx.findBot(dialog);
        if (!bot) return ctx.fail(404, 'DIALOG_NOT_FOUND', 'no such dialog');
        return { status: 200, body: { ok: true, messageId: ctx.userWrites(bot, body.text ?? '', user).id } };
      }
      case 'POST /press': {
        const bot = ctx.findBot(body.dialog);
        if (!bot) return ctx.fail(404, 'DIALOG_NOT_FOUND', 'no such dialog');
        const pressed = ctx.press(bot, body.messageId, body.index ?? 0, Number(body.userId) || ctx.userId());
        return pressed.error ? ctx.fail(400, pressed.error, 'the button cannot be pressed') : { status: 200, body: pressed };
      }
      case 'GET /messages':
        return { status: 200, body: structuredClone(messagesOf(String(query.get('dialog') ?? ''), Number(query.get('userId')) || ctx.userId())) };
      case 'GET /dialogs':
        return { status: 200, body: dialogs(Number(query.get('userId')) || ctx.userId()) };
      case 'GET /snapshot':
        return { status: 200, body: ctx.snapshot() };
      case 'POST /settle':
        await ctx.settle();
        return { status: 200, body: { ok: true, deliveries: S().deliveries.length } };
      default:
        return ctx.fail(404, 'UNKNOWN_CONTROL_ROUTE', route);
    }
  }

  /** A dialog's messages as a user sees it: a bot's ID, or `chat<ID>` of an open line. */
  function messagesOf(dialog, user) {
    const line = /^chat(\d+)$/.exec(dialog);
    if (line) return ctx.openLines.find(line[1])?.messages ?? [];
    return S().chats.get(`${user}:${Number(dialog)}`)?.messages ?? [];
  }

  /** What the chat page lists: the bots (a private dialog each) and the open lines' chats. */
  function dialogs(user) {
    const bots = [...S().bots.values()].map((b) => ({
      dialog: String(b.id), kind: 'bot', title: b.name, code: b.code,
      commands: ctx.commandsOf(b).map((c) => c.command), messages: S().chats.get(`${user}:${b.id}`)?.messages.length ?? 0,
    }));
    const lines = [...S().lines.values()].map((c) => ({
      dialog: `chat${c.id}`, kind: 'openline', title: `${c.client?.name ?? 'Client'} (${c.connector}, line ${c.line})`,
      connector: c.connector, line: c.line, messages: c.messages.length,
    }));
    const connectors = [...S().connectors.entries()].map(([id, active]) => ({ id, lines: [...active] }));
    return { users: [...ctx.people.values()], bots, lines, connectors };
  }

  return { control, messagesOf, dialogs };
}
