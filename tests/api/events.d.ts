// Generated from the event table by `cargo run --bin b24-codegen`. Do not edit.

/** An `auth` block: the portal, the user's tokens, and the application token. */
export interface B24EventAuth {
  /**
   * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
   * A token: keep it out of logs (`redactEvent`).
   */
  access_token?: string | null;
  /** When `access_token` expires, Unix time. */
  expires?: number | null;
  /** Seconds until `access_token` expires. */
  expires_in?: number | null;
  /** Scopes, comma-separated. */
  scope?: string | null;
  /** The portal's address. */
  domain?: string | null;
  /** The OAuth server that refreshes tokens. */
  server_endpoint?: string | null;
  /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
  status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
  /** The portal's REST endpoint. */
  client_endpoint?: string | null;
  /** The portal's unique ID: the key of the stored application token. */
  member_id?: string | null;
  /** The user the tokens belong to. */
  user_id?: number | null;
  /** The app's client ID. */
  client_id?: string | null;
  /**
   * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
   * A token: keep it out of logs (`redactEvent`).
   */
  refresh_token?: string | null;
  /**
   * Proof that the portal sent the event: compare it with the token stored at install.
   * A token: keep it out of logs (`redactEvent`).
   */
  application_token?: string | null;
}

/** A bot in a chat-bot 2.0 event: `{id, code, auth}` by webhook, the whole bot when polled. */
export interface B24EventBot {
  /** The bot's user ID. */
  id: number;
  /** The bot's code. */
  code: string;
  /** The bot's OAuth tokens for calls back (webhook mode only). */
  auth?: B24EventAuth | null;
  /** Bot type: `bot`, `network`, `openline`, `supervisor` or `personal`. */
  type?: string | null;
  isHidden?: boolean | null;
  isSupportOpenline?: boolean | null;
  isReactionsEnabled?: boolean | null;
  /** Chat background, or null. */
  backgroundId?: string | null;
  language?: string | null;
  moduleId?: string | null;
  eventMode?: "fetch" | "webhook" | (string & {}) | null;
  countMessage?: number | null;
  countCommand?: number | null;
  countChat?: number | null;
  countUser?: number | null;
}

/** A message in a chat-bot 2.0 or im.v2 event. */
export interface B24EventMessage {
  id: number;
  chatId: number;
  /** 0 for system messages. */
  authorId: number;
  /** The text (at most 20,000 characters). */
  text: string;
  /** When it was written, or null. */
  date?: string | null;
  isSystem?: boolean | null;
  /** UUID for deduplication. */
  uuid?: string | null;
  /** Where a forwarded message came from, or null. */
  forward?: {
    id?: string | null;
    userId?: number | null;
    chatId?: number | null;
    date?: string | null;
  } | null;
  /** Attachments, keyboard, files and other extras. */
  params?: Record<string, unknown> | null;
  viewedByOthers?: boolean | null;
}

/** A chat in a chat-bot 2.0 or im.v2 event. */
export interface B24EventChat {
  id: number;
  /** `chat<ID>`, or a user ID for a private chat. */
  dialogId: string;
  name?: string | null;
  /** `chat`, `open`, `private`, `channel`, `openChannel`, `copilot`, `thread`, ... */
  type?: string | null;
  /** Internal type: `C`, `O`, `P`, ... */
  messageType?: string | null;
  owner?: number | null;
  /** HEX color, or null. */
  color?: string | null;
  /** Avatar URL, or empty. */
  avatar?: string | null;
  description?: string | null;
  extranet?: boolean | null;
  containsCollaber?: boolean | null;
  /** Tied object type, e.g. `LINES` for open lines. */
  entityType?: string | null;
  entityId?: string | null;
  entityData1?: string | null;
  entityData2?: string | null;
  entityData3?: string | null;
  entityLink?: Record<string, unknown> | null;
  diskFolderId?: number | null;
  permissions?: Record<string, unknown> | null;
  parentChatId?: number | null;
  parentMessageId?: number | null;
  isNew?: boolean | null;
  textFieldEnabled?: "Y" | "N" | (string & {}) | null;
  backgroundId?: string | null;
}

/** A user in a chat-bot 2.0 or im.v2 event. */
export interface B24EventUser {
  id: number;
  active?: boolean | null;
  /** Full name. */
  name?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  workPosition?: string | null;
  color?: string | null;
  avatar?: string | null;
  gender?: "M" | "F" | (string & {}) | null;
  birthday?: string | null;
  extranet?: boolean | null;
  bot?: boolean | null;
  /** An open-line connector user. */
  connector?: boolean | null;
  externalAuthId?: string | null;
  status?: string | null;
  idle?: string | boolean | null;
  lastActivityDate?: string | boolean | null;
  mobileLastDate?: string | boolean | null;
  desktopLastDate?: string | boolean | null;
  absent?: string | boolean | null;
  departments?: number[] | null;
  /** Phone numbers, or false. */
  phones?: Record<string, unknown> | boolean | null;
  website?: string | null;
  email?: string | null;
  /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
  type?: string | null;
}

/** What every typed event has besides `event` and `data`. */
export interface B24EventEnvelope {
  /** Equal for two deliveries of the same event: keep the keys you have handled to skip repeats. */
  dedupeKey: string;
  /** Webhook: the subscription's ID (`eventId` on some pages). */
  event_handler_id?: number;
  /** Webhook: when the portal's queue sent it, Unix time. */
  ts?: number;
  /** Webhook: the portal and its tokens. */
  auth?: B24EventAuth;
  /** Polled: the event's ID in its queue. */
  eventId?: number;
  /** Polled: when it happened. */
  date?: string;
  /** Offline queue: the record's `MESSAGE_ID`. */
  messageId?: string;
  /** Offline queue: `EVENT_ADDITIONAL` (e.g. `user_id`). */
  additional?: Record<string, unknown>;
}

/** Every event of the table: its name and the type of its `data`. */
export interface B24EventMap {
  /**
   * A user wrote to the bot: in its private chat, or mentioning it in a group chat.
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMBOTMESSAGEADD: {
    /** The bots the message is for, keyed by bot ID, each with its own tokens. */
    BOT: Record<string, {
      /**
       * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
       * A token: keep it out of logs (`redactEvent`).
       */
      access_token?: string | null;
      /** When `access_token` expires, Unix time. */
      expires?: number | null;
      /** Seconds until `access_token` expires. */
      expires_in?: number | null;
      /** Scopes, comma-separated. */
      scope?: string | null;
      /** The portal's address. */
      domain?: string | null;
      /** The OAuth server that refreshes tokens. */
      server_endpoint?: string | null;
      /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
      status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
      /** The portal's REST endpoint. */
      client_endpoint?: string | null;
      /** The portal's unique ID: the key of the stored application token. */
      member_id?: string | null;
      /** The user the tokens belong to. */
      user_id?: number | null;
      /** The app's client ID. */
      client_id?: string | null;
      /**
       * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
       * A token: keep it out of logs (`redactEvent`).
       */
      refresh_token?: string | null;
      /**
       * Proof that the portal sent the event: compare it with the token stored at install.
       * A token: keep it out of logs (`redactEvent`).
       */
      application_token?: string | null;
      /** The same tokens as an `auth` block. */
      AUTH?: B24EventAuth | null;
      BOT_ID: number;
      BOT_CODE?: string | null;
    }>;
    /** The message. */
    PARAMS: {
      /** Where to answer: `chat<ID>`, or the user's ID for a private chat. */
      DIALOG_ID: string;
      MESSAGE_ID: number;
      /** The text; in a group chat without the bot's mention. */
      MESSAGE?: string | null;
      /** Group chat: the text with the mention's BB code. */
      MESSAGE_ORIGINAL?: string | null;
      TEMPLATE_ID?: string | null;
      MESSAGE_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      FROM_USER_ID?: number | null;
      AUTHOR_ID?: number | null;
      TO_CHAT_ID?: number | null;
      TO_USER_ID?: number | null;
      SYSTEM?: "Y" | "N" | (string & {}) | null;
      /** Group chats only, like the other `CHAT_*` fields. */
      CHAT_ID?: number | null;
      CHAT_PARENT_ID?: number | null;
      CHAT_PARENT_MID?: number | null;
      CHAT_TITLE?: string | null;
      CHAT_AUTHOR_ID?: number | null;
      /** `0` when none is set. */
      CHAT_AVATAR?: string | null;
      CHAT_COLOR?: string | null;
      CHAT_ENTITY_TYPE?: string | null;
      CHAT_ENTITY_ID?: string | null;
      CHAT_ENTITY_DATA_1?: string | null;
      CHAT_ENTITY_DATA_2?: string | null;
      CHAT_ENTITY_DATA_3?: string | null;
      CHAT_EXTRANET?: "Y" | "N" | (string & {}) | null;
      CHAT_PREV_MESSAGE_ID?: number | null;
      CHAT_CAN_POST?: string | null;
      CHAT_USER_COUNT?: number | null;
      RID?: number | null;
      IS_MANAGER?: "Y" | "N" | (string & {}) | null;
      /** Bots in the chat, keyed by bot ID. */
      BOT_IN_CHAT?: Record<string, number> | null;
      /** Users and bots mentioned, keyed by user ID. */
      MENTIONED_LIST?: Record<string, number> | null;
      SKIP_USER_CHECK?: "Y" | "N" | (string & {}) | null;
      PUSH?: "Y" | "N" | (string & {}) | null;
      PUSH_IMPORTANT?: "Y" | "N" | (string & {}) | null;
      RECENT_ADD?: "Y" | "N" | (string & {}) | null;
      RECENT_SKIP_AUTHOR?: "Y" | "N" | (string & {}) | null;
      CONVERT?: "Y" | "N" | (string & {}) | null;
      SKIP_COMMAND?: "Y" | "N" | (string & {}) | null;
      SKIP_COUNTER_INCREMENTS?: "Y" | "N" | (string & {}) | null;
      SILENT_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      SKIP_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IMPORTANT_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      NO_SESSION_OL?: "Y" | "N" | (string & {}) | null;
      FAKE_RELATION?: number | null;
      SKIP_URL_INDEX?: "Y" | "N" | (string & {}) | null;
      COMMAND_CONTEXT?: string | null;
      /** Where it was written from, e.g. `web`. */
      PLATFORM_CONTEXT?: string | null;
      LANGUAGE?: string | null;
    };
    /** The author; empty for system messages. */
    USER?: {
      ID?: number | null;
      /** Full name. */
      NAME?: string | null;
      FIRST_NAME?: string | null;
      LAST_NAME?: string | null;
      WORK_POSITION?: string | null;
      GENDER?: "M" | "F" | (string & {}) | null;
      IS_BOT?: "Y" | "N" | (string & {}) | null;
      IS_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IS_NETWORK?: "Y" | "N" | (string & {}) | null;
      IS_EXTRANET?: "Y" | "N" | (string & {}) | null;
    } | null;
  };
  /**
   * A message in a chat with the bot was edited.
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMBOTMESSAGEUPDATE: {
    /** The bots the event is for, keyed by bot ID. */
    BOT: Record<string, {
      /**
       * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
       * A token: keep it out of logs (`redactEvent`).
       */
      access_token?: string | null;
      /** When `access_token` expires, Unix time. */
      expires?: number | null;
      /** Seconds until `access_token` expires. */
      expires_in?: number | null;
      /** Scopes, comma-separated. */
      scope?: string | null;
      /** The portal's address. */
      domain?: string | null;
      /** The OAuth server that refreshes tokens. */
      server_endpoint?: string | null;
      /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
      status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
      /** The portal's REST endpoint. */
      client_endpoint?: string | null;
      /** The portal's unique ID: the key of the stored application token. */
      member_id?: string | null;
      /** The user the tokens belong to. */
      user_id?: number | null;
      /** The app's client ID. */
      client_id?: string | null;
      /**
       * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
       * A token: keep it out of logs (`redactEvent`).
       */
      refresh_token?: string | null;
      /**
       * Proof that the portal sent the event: compare it with the token stored at install.
       * A token: keep it out of logs (`redactEvent`).
       */
      application_token?: string | null;
      /** The same tokens as an `auth` block. */
      AUTH?: B24EventAuth | null;
      BOT_ID: number;
      BOT_CODE?: string | null;
    }>;
    /** The message after the edit. */
    PARAMS: {
      DIALOG_ID: string;
      MESSAGE_ID: number;
      /** The message ID again. */
      ID?: number | null;
      CHAT_ID?: number | null;
      AUTHOR_ID?: number | null;
      /** The text after the edit; for a deletion, the system notice. */
      MESSAGE?: string | null;
      MESSAGE_ORIGINAL?: string | null;
      MESSAGE_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_AUTHOR_ID?: number | null;
      CHAT_ENTITY_TYPE?: string | null;
      CHAT_ENTITY_ID?: string | null;
      CHAT_ENTITY_DATA_1?: string | null;
      CHAT_ENTITY_DATA_2?: string | null;
      CHAT_ENTITY_DATA_3?: string | null;
      FROM_USER_ID?: number | null;
      /** `0` means every member. */
      TO_USER_ID?: number | null;
      CHAT_USER_COUNT?: number | null;
      MENTIONED_LIST?: Record<string, number> | null;
      PLATFORM_CONTEXT?: string | null;
      LANGUAGE?: string | null;
    };
    /** The author; may be empty. */
    USER?: {
      ID?: number | null;
      /** Full name. */
      NAME?: string | null;
      FIRST_NAME?: string | null;
      LAST_NAME?: string | null;
      WORK_POSITION?: string | null;
      GENDER?: "M" | "F" | (string & {}) | null;
      IS_BOT?: "Y" | "N" | (string & {}) | null;
      IS_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IS_NETWORK?: "Y" | "N" | (string & {}) | null;
      IS_EXTRANET?: "Y" | "N" | (string & {}) | null;
    } | null;
  };
  /**
   * A message in a chat with the bot was deleted.
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMBOTMESSAGEDELETE: {
    /** The bots the event is for, keyed by bot ID. */
    BOT: Record<string, {
      /**
       * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
       * A token: keep it out of logs (`redactEvent`).
       */
      access_token?: string | null;
      /** When `access_token` expires, Unix time. */
      expires?: number | null;
      /** Seconds until `access_token` expires. */
      expires_in?: number | null;
      /** Scopes, comma-separated. */
      scope?: string | null;
      /** The portal's address. */
      domain?: string | null;
      /** The OAuth server that refreshes tokens. */
      server_endpoint?: string | null;
      /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
      status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
      /** The portal's REST endpoint. */
      client_endpoint?: string | null;
      /** The portal's unique ID: the key of the stored application token. */
      member_id?: string | null;
      /** The user the tokens belong to. */
      user_id?: number | null;
      /** The app's client ID. */
      client_id?: string | null;
      /**
       * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
       * A token: keep it out of logs (`redactEvent`).
       */
      refresh_token?: string | null;
      /**
       * Proof that the portal sent the event: compare it with the token stored at install.
       * A token: keep it out of logs (`redactEvent`).
       */
      application_token?: string | null;
      /** The same tokens as an `auth` block. */
      AUTH?: B24EventAuth | null;
      BOT_ID: number;
      BOT_CODE?: string | null;
    }>;
    /** The deleted message. */
    PARAMS: {
      DIALOG_ID: string;
      MESSAGE_ID: number;
      /** The message ID again. */
      ID?: number | null;
      CHAT_ID?: number | null;
      AUTHOR_ID?: number | null;
      /** The text after the edit; for a deletion, the system notice. */
      MESSAGE?: string | null;
      MESSAGE_ORIGINAL?: string | null;
      MESSAGE_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_AUTHOR_ID?: number | null;
      CHAT_ENTITY_TYPE?: string | null;
      CHAT_ENTITY_ID?: string | null;
      CHAT_ENTITY_DATA_1?: string | null;
      CHAT_ENTITY_DATA_2?: string | null;
      CHAT_ENTITY_DATA_3?: string | null;
      FROM_USER_ID?: number | null;
      /** `0` means every member. */
      TO_USER_ID?: number | null;
      CHAT_USER_COUNT?: number | null;
      MENTIONED_LIST?: Record<string, number> | null;
      PLATFORM_CONTEXT?: string | null;
      LANGUAGE?: string | null;
    };
    /** The author; may be empty. */
    USER?: {
      ID?: number | null;
      /** Full name. */
      NAME?: string | null;
      FIRST_NAME?: string | null;
      LAST_NAME?: string | null;
      WORK_POSITION?: string | null;
      GENDER?: "M" | "F" | (string & {}) | null;
      IS_BOT?: "Y" | "N" | (string & {}) | null;
      IS_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IS_NETWORK?: "Y" | "N" | (string & {}) | null;
      IS_EXTRANET?: "Y" | "N" | (string & {}) | null;
    } | null;
  };
  /**
   * The bot joined a chat, or a user opened a private chat with it (the welcome event).
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMBOTJOINCHAT: {
    /** The bots the event is for, keyed by bot ID. */
    BOT: Record<string, {
      /**
       * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
       * A token: keep it out of logs (`redactEvent`).
       */
      access_token?: string | null;
      /** When `access_token` expires, Unix time. */
      expires?: number | null;
      /** Seconds until `access_token` expires. */
      expires_in?: number | null;
      /** Scopes, comma-separated. */
      scope?: string | null;
      /** The portal's address. */
      domain?: string | null;
      /** The OAuth server that refreshes tokens. */
      server_endpoint?: string | null;
      /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
      status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
      /** The portal's REST endpoint. */
      client_endpoint?: string | null;
      /** The portal's unique ID: the key of the stored application token. */
      member_id?: string | null;
      /** The user the tokens belong to. */
      user_id?: number | null;
      /** The app's client ID. */
      client_id?: string | null;
      /**
       * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
       * A token: keep it out of logs (`redactEvent`).
       */
      refresh_token?: string | null;
      /**
       * Proof that the portal sent the event: compare it with the token stored at install.
       * A token: keep it out of logs (`redactEvent`).
       */
      application_token?: string | null;
      /** The same tokens as an `auth` block. */
      AUTH?: B24EventAuth | null;
      BOT_ID: number;
      BOT_CODE?: string | null;
    }>;
    /** Where the bot was added. */
    PARAMS: {
      /** The chat: `chat<ID>`, or the user's ID for a private chat. */
      DIALOG_ID: string;
      BOT_ID: number;
      CHAT_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      MESSAGE_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      /** The user who added the bot. */
      USER_ID?: number | null;
      /** Private chat: the user. */
      TO_USER_ID?: number | null;
      /** Private chat: the bot. */
      FROM_USER_ID?: number | null;
      /** Group chat only. */
      CHAT_ID?: number | null;
      /** Group chat only: its owner. */
      CHAT_AUTHOR_ID?: number | null;
      CHAT_ENTITY_TYPE?: string | null;
      CHAT_ENTITY_ID?: string | null;
      /** `1` when the bot may read the history. */
      ACCESS_HISTORY?: number | null;
      /** Added without a system message. */
      SILENT_JOIN?: "Y" | "N" | (string & {}) | null;
      LANGUAGE?: string | null;
    };
    /** The user who added the bot; may be empty. */
    USER?: {
      ID?: number | null;
      /** Full name. */
      NAME?: string | null;
      FIRST_NAME?: string | null;
      LAST_NAME?: string | null;
      WORK_POSITION?: string | null;
      GENDER?: "M" | "F" | (string & {}) | null;
      IS_BOT?: "Y" | "N" | (string & {}) | null;
      IS_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IS_NETWORK?: "Y" | "N" | (string & {}) | null;
      IS_EXTRANET?: "Y" | "N" | (string & {}) | null;
    } | null;
  };
  /**
   * A user called one of the bot's slash commands (or pressed a command button).
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMCOMMANDADD: {
    /** The commands called, keyed by command ID, each with its bot's tokens. */
    COMMAND: Record<string, {
      /**
       * OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it.
       * A token: keep it out of logs (`redactEvent`).
       */
      access_token?: string | null;
      /** When `access_token` expires, Unix time. */
      expires?: number | null;
      /** Seconds until `access_token` expires. */
      expires_in?: number | null;
      /** Scopes, comma-separated. */
      scope?: string | null;
      /** The portal's address. */
      domain?: string | null;
      /** The OAuth server that refreshes tokens. */
      server_endpoint?: string | null;
      /** The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid. */
      status?: "L" | "F" | "D" | "T" | "P" | (string & {}) | null;
      /** The portal's REST endpoint. */
      client_endpoint?: string | null;
      /** The portal's unique ID: the key of the stored application token. */
      member_id?: string | null;
      /** The user the tokens belong to. */
      user_id?: number | null;
      /** The app's client ID. */
      client_id?: string | null;
      /**
       * Token that renews `access_token`; sent with few events (ONAPPINSTALL).
       * A token: keep it out of logs (`redactEvent`).
       */
      refresh_token?: string | null;
      /**
       * Proof that the portal sent the event: compare it with the token stored at install.
       * A token: keep it out of logs (`redactEvent`).
       */
      application_token?: string | null;
      /** The bot's tokens as an `auth` block. */
      AUTH?: B24EventAuth | null;
      BOT_ID: number;
      BOT_CODE?: string | null;
      /** The command, without the slash. */
      COMMAND: string;
      COMMAND_ID: number;
      /** The text after the command. */
      COMMAND_PARAMS?: string | null;
      /** Typed (`TEXTAREA`) or a button (`KEYBOARD`). */
      COMMAND_CONTEXT?: "TEXTAREA" | "KEYBOARD" | "MENU" | (string & {}) | null;
      /** The message to answer. */
      MESSAGE_ID: number;
    }>;
    /** The message the command was in. */
    PARAMS: {
      /** Where to answer: `chat<ID>`, or the user's ID for a private chat. */
      DIALOG_ID: string;
      MESSAGE_ID: number;
      /** The text; in a group chat without the bot's mention. */
      MESSAGE?: string | null;
      /** Group chat: the text with the mention's BB code. */
      MESSAGE_ORIGINAL?: string | null;
      TEMPLATE_ID?: string | null;
      MESSAGE_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      CHAT_TYPE?: "P" | "C" | "O" | "L" | "S" | "N" | "J" | "T" | "A" | "B" | "X" | (string & {}) | null;
      FROM_USER_ID?: number | null;
      AUTHOR_ID?: number | null;
      TO_CHAT_ID?: number | null;
      TO_USER_ID?: number | null;
      SYSTEM?: "Y" | "N" | (string & {}) | null;
      /** Group chats only, like the other `CHAT_*` fields. */
      CHAT_ID?: number | null;
      CHAT_PARENT_ID?: number | null;
      CHAT_PARENT_MID?: number | null;
      CHAT_TITLE?: string | null;
      CHAT_AUTHOR_ID?: number | null;
      /** `0` when none is set. */
      CHAT_AVATAR?: string | null;
      CHAT_COLOR?: string | null;
      CHAT_ENTITY_TYPE?: string | null;
      CHAT_ENTITY_ID?: string | null;
      CHAT_ENTITY_DATA_1?: string | null;
      CHAT_ENTITY_DATA_2?: string | null;
      CHAT_ENTITY_DATA_3?: string | null;
      CHAT_EXTRANET?: "Y" | "N" | (string & {}) | null;
      CHAT_PREV_MESSAGE_ID?: number | null;
      CHAT_CAN_POST?: string | null;
      CHAT_USER_COUNT?: number | null;
      RID?: number | null;
      IS_MANAGER?: "Y" | "N" | (string & {}) | null;
      /** Bots in the chat, keyed by bot ID. */
      BOT_IN_CHAT?: Record<string, number> | null;
      /** Users and bots mentioned, keyed by user ID. */
      MENTIONED_LIST?: Record<string, number> | null;
      SKIP_USER_CHECK?: "Y" | "N" | (string & {}) | null;
      PUSH?: "Y" | "N" | (string & {}) | null;
      PUSH_IMPORTANT?: "Y" | "N" | (string & {}) | null;
      RECENT_ADD?: "Y" | "N" | (string & {}) | null;
      RECENT_SKIP_AUTHOR?: "Y" | "N" | (string & {}) | null;
      CONVERT?: "Y" | "N" | (string & {}) | null;
      SKIP_COMMAND?: "Y" | "N" | (string & {}) | null;
      SKIP_COUNTER_INCREMENTS?: "Y" | "N" | (string & {}) | null;
      SILENT_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      SKIP_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IMPORTANT_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      NO_SESSION_OL?: "Y" | "N" | (string & {}) | null;
      FAKE_RELATION?: number | null;
      SKIP_URL_INDEX?: "Y" | "N" | (string & {}) | null;
      COMMAND_CONTEXT?: string | null;
      /** Where it was written from, e.g. `web`. */
      PLATFORM_CONTEXT?: string | null;
      LANGUAGE?: string | null;
    };
    /** The author; empty for system messages. */
    USER?: {
      ID?: number | null;
      /** Full name. */
      NAME?: string | null;
      FIRST_NAME?: string | null;
      LAST_NAME?: string | null;
      WORK_POSITION?: string | null;
      GENDER?: "M" | "F" | (string & {}) | null;
      IS_BOT?: "Y" | "N" | (string & {}) | null;
      IS_CONNECTOR?: "Y" | "N" | (string & {}) | null;
      IS_NETWORK?: "Y" | "N" | (string & {}) | null;
      IS_EXTRANET?: "Y" | "N" | (string & {}) | null;
    } | null;
  };
  /**
   * The bot was deleted (with its app).
   * Scope: `imbot`.
   * @deprecated
   */
  ONIMBOTDELETE: {
    /** The deleted bot. */
    BOT_ID: number;
    BOT_CODE?: string | null;
  };
  /**
   * A message to the bot: in a chat it is in, in private or by mention.
   * Scope: `imbot`.
   */
  ONIMBOTV2MESSAGEADD: {
    bot: B24EventBot;
    message: B24EventMessage;
    chat: B24EventChat;
    /** The author. */
    user?: B24EventUser | null;
    /** The portal's language, e.g. `en`. */
    language?: string | null;
  };
  /**
   * A message in the bot's chat was edited.
   * Scope: `imbot`.
   */
  ONIMBOTV2MESSAGEUPDATE: {
    bot: B24EventBot;
    /** The message after the edit. */
    message: B24EventMessage;
    chat: B24EventChat;
    /** The author. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A message in the bot's chat was deleted.
   * Scope: `imbot`.
   */
  ONIMBOTV2MESSAGEDELETE: {
    bot: B24EventBot;
    /** The deleted message. */
    messageId: number;
    chat: B24EventChat;
    /** The author of the deleted message. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A reaction to one of the bot's messages was added or removed.
   * Scope: `imbot`.
   */
  ONIMBOTV2REACTIONCHANGE: {
    bot: B24EventBot;
    /** The reaction code, e.g. `like`. */
    reaction: string;
    /** `add` or `delete`. */
    action: "add" | "delete" | (string & {});
    message: B24EventMessage;
    chat: B24EventChat;
    /** Who changed the reaction. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A user called one of the bot's slash commands; one event per command in a message.
   * Scope: `imbot`.
   */
  ONIMBOTV2COMMANDADD: {
    bot: B24EventBot;
    command: {
      /** The registered command. */
      id: number;
      /** The command as called, e.g. `/help`. */
      command: string;
      /** The text after the command. */
      params?: string | null;
      /** Typed, a button, or a context menu. */
      context?: "textarea" | "keyboard" | "menu" | (string & {}) | null;
    };
    /** The message with the command. */
    message: B24EventMessage;
    chat: B24EventChat;
    /** Who called it. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * The bot was added to a chat.
   * Scope: `imbot`.
   */
  ONIMBOTV2JOINCHAT: {
    bot: B24EventBot;
    /** The chat, e.g. `chat5`. */
    dialogId: string;
    chat: B24EventChat;
    /** Who added the bot. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A user opened a chat with the bot passing context data (e.g. a link with `BOT_CONTEXT`).
   * Scope: `imbot`.
   */
  ONIMBOTV2CONTEXTGET: {
    bot: B24EventBot;
    /** The chat: the user's ID in private, `chat<ID>` in a group. */
    dialogId: string;
    /** The data passed when the chat was opened. */
    context: Record<string, unknown>;
    chat: B24EventChat;
    /** Who opened the chat. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * The bot was deleted; the last event it receives.
   * Scope: `imbot`.
   */
  ONIMBOTV2DELETE: {
    bot: B24EventBot;
  };
  /**
   * A new message in a chat the subscribed user is in.
   * Scope: `im`.
   */
  ONIMV2MESSAGEADD: {
    message: B24EventMessage;
    chat: B24EventChat;
    /** The author. */
    user?: B24EventUser | null;
    /** The portal's language, e.g. `en`. */
    language?: string | null;
  };
  /**
   * A message in one of the user's chats was edited.
   * Scope: `im`.
   */
  ONIMV2MESSAGEUPDATE: {
    /** The message after the edit. */
    message: B24EventMessage;
    chat: B24EventChat;
    /** The author. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A message in one of the user's chats was deleted.
   * Scope: `im`.
   */
  ONIMV2MESSAGEDELETE: {
    /** The deleted message. */
    messageId: number;
    chat: B24EventChat;
    /** The author of the deleted message. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A reaction to a message in one of the user's chats was added or removed.
   * Scope: `im`.
   */
  ONIMV2REACTIONCHANGE: {
    /** The reaction code, e.g. `like`. */
    reaction: string;
    /** `add` or `delete`. */
    action: "add" | "delete" | (string & {});
    message: B24EventMessage;
    chat: B24EventChat;
    /** Who changed the reaction. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A member was added to one of the user's chats.
   * Scope: `im`.
   */
  ONIMV2JOINCHAT: {
    /** The chat, e.g. `chat5`. */
    dialogId: string;
    chat: B24EventChat;
    /** The member added. */
    user?: B24EventUser | null;
    language?: string | null;
  };
  /**
   * A message was added to an open-line chat served by the app's connector.
   * Scope: `imopenlines`.
   */
  ONOPENLINEMESSAGEADD: {
    /** The messages. */
    DATA: {
      connector: {
        connector_id: string;
        line_id: number;
        chat_id: number;
        /** The user's ID in the external system. */
        user_id: number;
      };
      chat: {
        id: number;
      };
      message: {
        id: number;
        /** When it was added; may be empty. */
        date: string;
        text: string;
        files: unknown[];
        /** Attached data. */
        attach: unknown;
        system: "Y" | "N" | (string & {});
        user_id: number;
      };
      /** Tracker codes (`trackId`) tying the message to a CRM object. */
      ref: unknown[];
      extra: {
        /** External link for Bitrix24.Network. */
        EXTRA_URL: string;
      };
    }[];
  };
  /**
   * A message in an open-line chat served by the app's connector was edited.
   * Scope: `imopenlines`.
   */
  ONOPENLINEMESSAGEUPDATE: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line. */
    LINE: number;
    /** The edited messages. */
    DATA: {
      im: {
        chat_id: number;
        message_id: number;
      };
      message: {
        id: number;
      };
      chat: {
        id: number;
      };
    }[];
  };
  /**
   * A message in an open-line chat served by the app's connector was deleted.
   * Scope: `imopenlines`.
   */
  ONOPENLINEMESSAGEDELETE: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line. */
    LINE: number;
    /** The deleted messages. */
    DATA: {
      im: {
        chat_id: number;
        message_id: number;
      };
      message: {
        id: number;
      };
      chat: {
        id: number;
      };
    }[];
  };
  /**
   * An open-line session started.
   * Scope: `imopenlines`.
   */
  ONSESSIONSTART: {
    /** The sessions. */
    DATA: {
      connector: {
        connector_id: string;
        line_id: number;
        chat_id: number;
        /** The user's ID in the external system. */
        user_id: number;
      };
      session: {
        id: number;
        closed: "Y" | "N" | (string & {});
        /** The previous session. */
        parent_id: number;
        /** Minutes until the session closes by itself. */
        close_term: number;
      };
      chat: {
        id: number;
      };
      user: {
        /** The user's ID in the external system. */
        id: number;
      };
    }[];
  };
  /**
   * An open-line session was closed.
   * Scope: `imopenlines`.
   */
  ONSESSIONFINISH: {
    /** The sessions. */
    DATA: {
      connector: {
        connector_id: string;
        line_id: number;
        chat_id: number;
        /** The user's ID in the external system. */
        user_id: number;
      };
      session: {
        id: number;
        closed: "Y" | "N" | (string & {});
        /** The previous session. */
        parent_id: number;
        /** Minutes until the session closes by itself. */
        close_term: number;
      };
      chat: {
        id: number;
      };
      user: {
        /** The user's ID in the external system. */
        id: number;
      };
    }[];
  };
  /**
   * An operator wrote in an open-line chat: send the message to the external channel.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORMESSAGEADD: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line. */
    LINE: number;
    /** The messages to send. */
    MESSAGES: {
      im: {
        /** The open-line chat in Bitrix24. */
        chat_id: number;
        /** The message in Bitrix24. */
        message_id: number;
      };
      message: {
        /** The user the message is written as. */
        user_id?: number | null;
        /** The text, with BB codes. */
        text?: string | null;
        files?: unknown[] | null;
        attach?: unknown | null;
      };
      chat: {
        /** The chat's ID in the external system. */
        id: string;
      };
    }[];
  };
  /**
   * An operator edited a message: change it in the external channel.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORMESSAGEUPDATE: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line. */
    LINE: number;
    /** The edited messages. */
    MESSAGES: {
      im: {
        /** The open-line chat in Bitrix24. */
        chat_id: number;
        /** The message in Bitrix24. */
        message_id: number;
      };
      message: {
        /** The message's IDs in the external system. */
        id: string[];
        /** The new text. */
        text?: string | null;
      };
      chat: {
        /** The chat's ID in the external system. */
        id: string;
      };
    }[];
  };
  /**
   * An operator deleted a message: delete it in the external channel.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORMESSAGEDELETE: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line. */
    LINE: number;
    /** The deleted messages. */
    MESSAGES: {
      im: {
        /** The open-line chat in Bitrix24. */
        chat_id: number;
        /** The message in Bitrix24. */
        message_id: number;
      };
      message: {
        /** The message's ID in the external system. */
        id: string;
      };
      chat: {
        /** The chat's ID in the external system. */
        id: string;
      };
    }[];
  };
  /**
   * A dialog (open-line session) started on the connector.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORDIALOGSTART: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line (the docs send it as text). */
    LINE: number;
    /** The dialogs. */
    DATA: {
      connector: {
        connector_id: string;
        line_id: number;
        chat_id: number;
        /** The user's ID in the external system. */
        user_id: number;
      };
      session: {
        id: number;
        closed: "Y" | "N" | (string & {});
        /** The previous session. */
        parent_id: number;
        /** Minutes until the session closes by itself. */
        close_term: number;
      };
      chat: {
        id: number;
      };
      user: {
        /** The user's ID in the external system. */
        id: number;
      };
    }[];
  };
  /**
   * A dialog (open-line session) on the connector was closed.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORDIALOGFINISH: {
    /** The connector ID. */
    CONNECTOR: string;
    /** The open line (the docs send it as text). */
    LINE: number;
    /** The dialogs. */
    DATA: {
      connector: {
        connector_id: string;
        line_id: number;
        chat_id: number;
        /** The user's ID in the external system. */
        user_id: number;
      };
      session: {
        id: number;
        closed: "Y" | "N" | (string & {});
        /** The previous session. */
        parent_id: number;
        /** Minutes until the session closes by itself. */
        close_term: number;
      };
      chat: {
        id: number;
      };
      user: {
        /** The user's ID in the external system. */
        id: number;
      };
    }[];
  };
  /**
   * An open line was deleted; `data` is its ID.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORLINEDELETE: number;
  /**
   * The connector was turned off for an open line.
   * Scope: `imconnector`.
   */
  ONIMCONNECTORSTATUSDELETE: {
    /** The connector turned off. */
    connector: string;
    /** The open line. */
    line: number;
  };
  /**
   * The app was installed: store `auth.application_token` for `auth.member_id`.
   * Scope: none (every app).
   */
  ONAPPINSTALL: {
    /** The installed version. */
    VERSION?: string | null;
    ACTIVE?: "Y" | "N" | (string & {}) | null;
    /** `N` while the installation is not finished. */
    INSTALLED?: "Y" | "N" | (string & {}) | null;
    LANGUAGE_ID?: string | null;
  };
  /**
   * A new version of the app was installed.
   * Scope: none (every app).
   */
  ONAPPUPDATE: {
    VERSION?: string | null;
    PREVIOUS_VERSION?: string | null;
    LANGUAGE_ID?: string | null;
  };
  /**
   * The app was uninstalled; only the token check proves the portal sent it.
   * Scope: none (every app).
   */
  ONAPPUNINSTALL: {
    LANGUAGE_ID?: string | null;
    /** `1` when the user asked to delete the app's data. */
    CLEAN?: number | null;
  };
  /**
   * New records wait in the offline queue: read them with `event.offline.get`.
   * Scope: none (every app).
   */
  ONOFFLINEEVENT: Record<string, unknown>;
}

/** The event names, upper case as the portal sends them. */
export type B24EventName = keyof B24EventMap;

/** One typed event; switch on `event` to narrow `data`. */
export type B24Event<N extends B24EventName = B24EventName> = {
  [K in N]: B24EventEnvelope & { event: K; data: B24EventMap[K] };
}[N];
