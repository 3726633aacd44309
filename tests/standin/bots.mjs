// The bots of the stand-in portal (events.mjs keeps them in its state): their private dialogs
// with the portal's users, the message and command events they get (classic: POSTed to the
// handlers of imbot.register / imbot.command.register; chat-bot 2.0: POSTed in webhook mode or
// queued for imbot.v2.Event.get in fetch mode), their answers with keyboards, and the buttons.

import { randomBytes } from 'node:crypto';

/**
 * `ctx`: `state()`, `auth(extra)`, `post(url, envelope)`, `envelope(event, data, handlerId, auth)`,
 * `enqueue(queue, type, data, name)`, `person(id)`, `userId()`, `notify(change)`, `trim(list)`, `isoNow()`,
 * `bound(map)` (drops the oldest entries past the cap).
 */
export function createBots(ctx) {
  const S = () => ctx.state();


  function chatOf(botId, user = ctx.userId()) {
    const key = `${user}:${botId}`;
    let chat = S().chats.get(key);
    if (!chat) {
      chat = { id: S().nextChatId++, user, botId, messages: [] };
      S().chats.set(key, chat);
      ctx.bound(S().chats);
    }
    return chat;
  }

  function v2User(id) {
    const who = ctx.person(id);
    return {
      id, active: true, name: who.NAME, firstName: who.FIRST_NAME, lastName: who.LAST_NAME, workPosition: '',
      color: '#df532d', avatar: '', gender: 'M', birthday: '', extranet: false, bot: false, connector: false,
      externalAuthId: 'default', status: 'online', idle: false, lastActivityDate: false, absent: false,
      departments: [1], phones: false, type: 'employee',
    };
  }

  function v2Bot(bot, webhook) {
    if (webhook) return { id: bot.id, code: bot.code, auth: ctx.auth({ user_id: bot.id }) };
    return {
      id: bot.id, code: bot.code, type: bot.type, isHidden: false, isSupportOpenline: false, isReactionsEnabled: true,
      backgroundId: null, language: 'en', moduleId: 'rest', eventMode: bot.eventMode,
      countMessage: bot.counts.message, countCommand: commandsOf(bot).length, countChat: S().chats.size, countUser: 1,
    };
  }

  function v2Chat(chat, dialogId) {
    return {
      id: chat.id, dialogId, type: 'private', name: '', entityType: '', owner: chat.user, avatar: '', color: '#ab7761',
    };
  }

  const v2Message = (chat, message) => ({
    id: message.id, chatId: chat.id, authorId: message.authorId, date: message.date, text: message.text, isSystem: false,
    uuid: '', forward: null, params: message.keyboard ? { KEYBOARD: message.keyboard } : {}, viewedByOthers: false,
  });

  /** The classic events' PARAMS of a message in a bot's private dialog (on-imbot-message-add.md). */
  function classicParams(bot, chat, message, user, context) {
    return {
      MESSAGE: message.text, TEMPLATE_ID: randomBytes(8).toString('hex'), MESSAGE_TYPE: 'P', FROM_USER_ID: user,
      DIALOG_ID: String(user), TO_CHAT_ID: chat.id, AUTHOR_ID: user, SYSTEM: 'N', TO_USER_ID: bot.id,
      MESSAGE_ID: message.id, CHAT_TYPE: 'P', LANGUAGE: 'en', PLATFORM_CONTEXT: 'web', COMMAND_CONTEXT: context,
    };
  }
  const classicUser = (user) => {
    const who = ctx.person(user);
    return { ID: user, NAME: who.NAME, FIRST_NAME: who.FIRST_NAME, LAST_NAME: who.LAST_NAME, WORK_POSITION: '', GENDER: 'M', IS_BOT: 'N', IS_CONNECTOR: 'N', IS_NETWORK: 'N', IS_EXTRANET: 'N' };
  };
  const botAuth = (bot) => ({ ...ctx.auth({ user_id: bot.id, client_id: 'standin.app' }), AUTH: ctx.auth({ user_id: bot.id }), BOT_ID: bot.id, BOT_CODE: bot.code });

  /** Sends a v2 bot's event its way: a POST in webhook mode, its queue in fetch mode. */
  function toV2Bot(bot, event, data, user) {
    if (bot.eventMode === 'webhook') ctx.post(bot.webhookUrl, ctx.envelope(event, data, bot.handlerId, ctx.auth({ user_id: user })));
    else ctx.enqueue(bot.queue, event, data, `bot:${bot.id}`);
  }

  /**
   * A user wrote `text` to a bot's private dialog: the bot's message event, then, when the text
   * starts with one of the bot's commands (`/help topic`), its command event (context textarea).
   */
  function userWrites(bot, text, user = ctx.userId()) {
    const chat = chatOf(bot.id, user);
    const message = { id: S().nextMessageId++, authorId: user, text: String(text), date: ctx.isoNow() };
    chat.messages.push(message);
    ctx.trim(chat.messages);
    bot.counts.message += 1;
    if (bot.kind === 'classic') {
      const url = bot.handlers.EVENT_MESSAGE_ADD ?? bot.handlers.EVENT_HANDLER;
      const data = { BOT: { [bot.id]: botAuth(bot) }, PARAMS: classicParams(bot, chat, message, user, 'TEXTAREA'), USER: classicUser(user) };
      if (url) ctx.post(url, ctx.envelope('ONIMBOTMESSAGEADD', data, bot.handlerId, ctx.auth({ user_id: user })));
    } else {
      const data = { bot: v2Bot(bot, bot.eventMode === 'webhook'), message: v2Message(chat, message), chat: v2Chat(chat, String(user)), user: v2User(user), language: 'en' };
      toV2Bot(bot, 'ONIMBOTV2MESSAGEADD', data, user);
    }
    const typed = /^\/(\S+)\s*([\s\S]*)$/.exec(message.text);
    const command = typed && commandsOf(bot).find((c) => c.command.toLowerCase() === typed[1].toLowerCase());
    if (command) runCommand(bot, command, typed[2], chat, message, user, 'textarea');
    return message;
  }

  /**
   * A command of `bot` ran on `message` (typed, or a keyboard button pressed under the bot's
   * message): ONIMBOTV2COMMANDADD (events.md#onimbotv2commandadd) or, for a classic bot,
   * ONIMCOMMANDADD to the command's EVENT_COMMAND_ADD handler (on-im-command-add.md).
   */
  function runCommand(bot, command, params, chat, message, user, context) {
    bot.counts.command = (bot.counts.command ?? 0) + 1;
    if (bot.kind === 'classic') {
      const data = {
        COMMAND: { [command.id]: { ...botAuth(bot), COMMAND: command.command, COMMAND_ID: command.id, COMMAND_PARAMS: String(params ?? ''), COMMAND_CONTEXT: context.toUpperCase(), MESSAGE_ID: message.id } },
        PARAMS: classicParams(bot, chat, message, user, context.toUpperCase()),
        USER: classicUser(user),
      };
      if (command.handler) ctx.post(command.handler, ctx.envelope('ONIMCOMMANDADD', data, bot.handlerId, ctx.auth({ user_id: user })));
      return;
    }
    const data = {
      bot: v2Bot(bot, bot.eventMode === 'webhook'),
      command: { id: command.id, command: `/${command.command}`, params: String(params ?? ''), context },
      message: v2Message(chat, message), chat: v2Chat(chat, String(user)), user: v2User(user), language: 'en',
    };
    toV2Bot(bot, 'ONIMBOTV2COMMANDADD', data, user);
  }

  const commandsOf = (bot) => [...S().commands.values()].filter((c) => c.botId === bot.id);

  /** KEYBOARD as the docs allow it (a JSON string, `{ BUTTONS }`, or the bare list), as `{ BUTTONS }`. */
  function keyboardOf(value) {
    let k = value;
    if (typeof k === 'string') {
      try {
        k = JSON.parse(k);
      } catch {
        return null;
      }
    }
    if (!k || typeof k !== 'object') return null;
    const buttons = Array.isArray(k) ? k : k.BUTTONS ?? Object.values(k).filter((b) => b && typeof b === 'object');
    const list = (Array.isArray(buttons) ? buttons : Object.values(buttons)).filter((b) => b && typeof b === 'object');
    return list.length ? { BUTTONS: list } : null;
  }

  /** A bot wrote `text` into a dialog: the log, and the user's queue when subscribed. */
  function botWrites(bot, dialogId, text, keyboard) {
    const user = Number(dialogId) || ctx.userId();
    const chat = chatOf(bot.id, user);
    const message = { id: S().nextMessageId++, authorId: bot.id, text: String(text ?? ''), date: ctx.isoNow() };
    const buttons = keyboardOf(keyboard);
    if (buttons) message.keyboard = buttons;
    chat.messages.push(message);
    ctx.trim(chat.messages);
    ctx.notify({ kind: 'message', dialog: String(bot.id), user, message });
    if (S().userQueue.subscribed && user === ctx.userId()) {
      ctx.enqueue(S().userQueue.events, 'ONIMV2MESSAGEADD', {
        message: v2Message(chat, message),
        chat: v2Chat(chat, String(bot.id)),
        user: { ...v2User(bot.id), name: bot.name, bot: true, type: 'bot', externalAuthId: 'bot' },
        language: 'en',
      }, 'user');
    }
    return message;
  }

  /** A user pressed button `index` under message `messageId` of a bot's dialog (what the web client does). */
  function press(bot, messageId, index, user = ctx.userId()) {
    const chat = chatOf(bot.id, user);
    const message = chat.messages.find((m) => m.id === Number(messageId));
    const button = message?.keyboard?.BUTTONS?.[Number(index)];
    if (!button) return { error: 'BUTTON_NOT_FOUND' };
    if (button.DISABLED === 'Y') return { error: 'BUTTON_DISABLED' };
    if (button.COMMAND) {
      const name = String(button.COMMAND).replace(/^\//, '').toLowerCase();
      const command = commandsOf(bot).find((c) => c.command.toLowerCase() === name);
      // The portal's im.message.command: the command must be registered (message-keyboards.md, "Command Processing").
      if (!command) return { error: 'COMMAND_ERROR' };
      runCommand(bot, command, button.COMMAND_PARAMS ?? '', chat, message, user, 'keyboard');
      if (button.BLOCK === 'Y') button.DISABLED = 'Y';
      return { ok: true, command: command.command };
    }
    // SEND sends the text as the user; PUT, COPY, LINK, CALL, DIALOG happen in the browser.
    if (button.ACTION === 'SEND') return { ok: true, sent: userWrites(bot, button.ACTION_VALUE ?? '', user).id };
    return { ok: true, clientSide: button.ACTION ?? (button.LINK ? 'LINK' : null) };
  }

  function removeBot(bot) {
    S().bots.delete(bot.id);
    for (const command of commandsOf(bot)) S().commands.delete(command.id);
    if (bot.kind === 'classic') {
      const url = bot.handlers.EVENT_BOT_DELETE ?? bot.handlers.EVENT_HANDLER;
      if (url) ctx.post(url, ctx.envelope('ONIMBOTDELETE', { BOT_ID: bot.id, BOT_CODE: bot.code }, bot.handlerId));
    } else if (bot.eventMode === 'webhook') {
      ctx.post(bot.webhookUrl, ctx.envelope('ONIMBOTV2DELETE', { bot: v2Bot(bot, true) }, bot.handlerId));
    }
  }

  function findBot(id) {
    return S().bots.get(Number(id)) ?? null;
  }

  return { chatOf, v2Bot, userWrites, runCommand, commandsOf, botWrites, press, removeBot, findBot };
}
