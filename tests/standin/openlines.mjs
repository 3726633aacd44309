// Open lines of the stand-in portal, as a connector app sees them:
// - imconnector.send.messages: the connector delivers its clients' messages; each external
//   chat (`chat.id`) of a connector's line becomes an open-line chat of the portal, with the
//   client as its connector user (imconnector-send-messages.md: the answer's `session.CHAT_ID`);
// - an operator (a portal user) writes into that chat: ONIMCONNECTORMESSAGEADD to the handlers
//   bound with event.bind, the message text prefixed with the operator's name in BB code as
//   on-im-connector-message-add.md shows it ("[b]Klaus Weber:[/b] [br]Guten Tag!").

const MAX_LINES = 10_000;
const MAX_MESSAGES = 500;

/** `ctx`: `state()`, `raise(event, data)`, `person(id)`, `notify(change)`, `isoNow()`. */
export function createOpenLines(ctx) {
  const lines = () => ctx.state().lines;

  function chatFor(connector, line, external) {
    const key = `${connector}|${line}|${external.id}`;
    for (const chat of lines().values()) if (chat.key === key) return chat;
    const state = ctx.state();
    const chat = {
      id: state.nextChatId++,
      key,
      connector,
      line,
      externalId: String(external.id),
      name: String(external.name ?? external.id),
      client: null,
      session: state.nextChatId + 100_000,
      messages: [],
    };
    lines().set(chat.id, chat);
    // Bounded: the oldest chat goes first (a Map iterates in insertion order).
    while (lines().size > MAX_LINES) lines().delete(lines().keys().next().value);
    return chat;
  }

  const push = (chat, message) => {
    chat.messages.push(message);
    while (chat.messages.length > MAX_MESSAGES) chat.messages.shift();
    ctx.notify({ kind: 'message', dialog: `chat${chat.id}`, message });
  };

  /** imconnector.send.messages: each message into its chat; the documented RESULT rows. */
  function clientMessages(connector, line, messages) {
    const list = Array.isArray(messages) ? messages : Object.values(messages ?? {});
    const state = ctx.state();
    return list.map((item) => {
      const user = item?.user ?? {};
      const external = item?.chat ?? {};
      const text = item?.message?.text ?? '';
      const chat = chatFor(String(connector), Number(line), external);
      chat.client ??= { id: state.nextClientId++, externalId: String(user.id ?? ''), name: [user.name, user.last_name].filter(Boolean).join(' ') || 'Client' };
      const message = { id: state.nextMessageId++, authorId: chat.client.id, text: String(text), date: ctx.isoNow(), externalId: String(item?.message?.id ?? '') };
      push(chat, message);
      return {
        user: String(chat.client.id),
        message: item?.message ?? {},
        chat: external,
        SUCCESS: true,
        session: { ID: String(chat.session), CHAT_ID: String(chat.id) },
      };
    });
  }

  /** An operator (`user`) wrote `text` into open-line chat `chatId`: the connector gets it. */
  function operatorWrites(chatId, text, user) {
    const chat = lines().get(Number(chatId));
    if (!chat) return null;
    const message = { id: ctx.state().nextMessageId++, authorId: user, text: String(text), date: ctx.isoNow() };
    push(chat, message);
    const who = ctx.person(user);
    ctx.raise('ONIMCONNECTORMESSAGEADD', {
      CONNECTOR: chat.connector,
      LINE: chat.line,
      MESSAGES: [{
        im: { chat_id: chat.id, message_id: message.id },
        message: { user_id: user, text: `[b]${who.NAME}:[/b] [br]${message.text}` },
        chat: { id: chat.externalId },
      }],
    });
    return message;
  }

  const find = (chatId) => lines().get(Number(chatId)) ?? null;

  return { clientMessages, operatorWrites, find };
}
