// Generated from the method table by `cargo run --bin b24-codegen`. Do not edit.

/** An integer, or a string of its digits (the portal reads both). */
export type B24Int = number | `${number}`;
/** A flag: `true`/`false`, or the portal's `"Y"`/`"N"`. */
export type B24Bool = boolean | "Y" | "N";
/** A date as ISO 8601 text, or a `Date` (sent as its ISO text). */
export type B24Date = string | Date;
/** A file: `["name.ext", "<base64>"]`, or a string. */
export type B24File = string | string[];
type B24Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
/** A time of day, `HH:MM` (24 hours). */
export type B24Time = `${"0" | "1"}${B24Digit}:${"0" | "1" | "2" | "3" | "4" | "5"}${B24Digit}` | `2${"0" | "1" | "2" | "3"}:${"0" | "1" | "2" | "3" | "4" | "5"}${B24Digit}`;
/** `T` with at least one of the fields `K` given. */
export type B24AnyOf<T, K extends keyof T> = K extends unknown ? T & Required<Pick<T, K>> : never;
/** `T` with exactly one of the fields `K` given. */
export type B24ExactlyOne<T, K extends keyof T, All extends keyof T = K> = K extends unknown ? T & Required<Pick<T, K>> & { [P in Exclude<All, K>]?: never } : never;
/** `T` with the fields `K` all given or none. */
export type B24Together<T, K extends keyof T> = T & (Required<Pick<T, K>> | { [P in K]?: never });
/** `T` without the fields `K`, member by member of a union. */
export type B24Omit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** `T` with at least one field. */
export type B24NotEmpty<T> = B24AnyOf<T, keyof T>;
/** `T` with field `F` given unless field `W` is `V`. */
export type B24NeededUnless<T, F extends keyof T, W extends keyof T, V> = T & (Required<Pick<T, F>> | { [P in W]: V });

/** Every method of the table: its params and its result. */
export interface B24Methods {
  "imopenlines.message.quick.save": {
    params: {
      /** Open-line chat the message is in. */
      CHAT_ID: B24Int;
      /** Message to save as a quick answer. */
      MESSAGE_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.crm.message.add": {
    params: {
      /** Kind of CRM item the chat is linked to. */
      CRM_ENTITY_TYPE: "lead" | "deal" | "company" | "contact";
      /** ID of the CRM item. */
      CRM_ENTITY: B24Int;
      /** Sender: a user or bot that is in the chat and can read the CRM item. */
      USER_ID: B24Int;
      /** Open-line chat linked to the CRM item. */
      CHAT_ID: B24Int;
      /** Message text. */
      MESSAGE: string | number;
    };
    result: number;
  };
  "imopenlines.bot.session.message.send": {
    params: {
      /** Chat to send the message to. */
      CHAT_ID: B24Int;
      /** `WELCOME` sends the line's greeting; `DEFAULT` sends `MESSAGE`. */
      NAME?: "WELCOME" | "DEFAULT";
      /** Text for `NAME=DEFAULT`. */
      MESSAGE?: string | number;
    };
    result: boolean;
  };
  "imopenlines.config.add": {
    params: {
      /** Open channel settings. */
      PARAMS?: {
        /** Name of the open channel */
        LINE_NAME?: string | number;
        /** Channel activity. */
        ACTIVE?: "Y" | "N";
        /** Queue of operators: users and departments. */
        QUEUE?: {
          /** `user` or `department`. */
          ENTITY_TYPE: "user" | "department";
          /** ID of the user or department. */
          ENTITY_ID: B24Int;
        }[];
        /** Request distribution mode. */
        QUEUE_TYPE?: "evenly" | "strictly" | "all";
        /** Time in seconds before the request is passed to the next operator */
        QUEUE_TIME?: B24Int;
        /** Time in seconds before the no-answer scenario is triggered */
        NO_ANSWER_TIME?: B24Int;
        /** Send a welcome message. */
        WELCOME_MESSAGE?: "Y" | "N";
        /** Text of the welcome message */
        WELCOME_MESSAGE_TEXT?: string | number;
        /** Consider the channel's working hours. */
        WORKTIME_ENABLE?: "Y" | "N";
        /** Start of working hours in `HH:MM` format */
        WORKTIME_FROM?: B24Time;
        /** End of working hours in `HH:MM` format */
        WORKTIME_TO?: B24Time;
        /** Time zone, for example `Europe/Berlin` */
        WORKTIME_TIMEZONE?: string | number;
        /** Search for the client in CRM. */
        CRM?: "Y" | "N";
        /** What to create in CRM for a new client */
        CRM_CREATE?: string | number;
        /** Request service quality rating. */
        VOTE_MESSAGE?: "Y" | "N";
        /** Language of the channel, for example `de` */
        LANGUAGE_ID?: string | number;
        /** Additional mode for creating a CRM object */
        CRM_CREATE_SECOND?: string | number;
        /** Create a third CRM object. */
        CRM_CREATE_THIRD?: "Y" | "N";
        /** Enable chat tracker for CRM. */
        CRM_CHAT_TRACKER?: "Y" | "N";
        /** Forward the request to the responsible person in CRM. */
        CRM_FORWARD?: "Y" | "N";
        /** Change the responsible person in CRM when transferring the dialogue. */
        CRM_TRANSFER_CHANGE?: "Y" | "N";
        /** Source for the created CRM object */
        CRM_SOURCE?: string | number;
        /** Maximum number of simultaneous dialogues for the operator */
        MAX_CHAT?: B24Int;
        /** Type of `MAX_CHAT` restriction. */
        TYPE_MAX_CHAT?: "answered" | "answered_new" | "closed";
        /** Enable categories. */
        CATEGORY_ENABLE?: "Y" | "N";
        /** Identifier of the category */
        CATEGORY_ID?: B24Int;
        /** Session priority in the queue */
        SESSION_PRIORITY?: B24Int;
        /** Enable welcome chatbot. */
        WELCOME_BOT_ENABLE?: "Y" | "N";
        /** When to connect the bot. */
        WELCOME_BOT_JOIN?: "first" | "always";
        /** Identifier of the chatbot */
        WELCOME_BOT_ID?: B24Int;
        /** After how many seconds to transfer the dialogue from the bot to the queue */
        WELCOME_BOT_TIME?: B24Int;
        /** When to disconnect the bot. */
        WELCOME_BOT_LEFT?: "queue" | "close";
        /** Check the availability of the operator during distribution. */
        CHECK_AVAILABLE?: "Y" | "N";
        /** Show typing indicator. */
        WATCH_TYPING?: "Y" | "N";
        /** Send a greeting in each session. */
        SEND_WELCOME_EACH_SESSION?: "Y" | "N";
        /** Format of operator data. */
        OPERATOR_DATA?: "profile" | "queue" | "hide";
        /** Default operator data. */
        DEFAULT_OPERATOR_DATA?: {
          /** Operator's name. */
          NAME?: string | number;
          /** Link to the operator's avatar. */
          AVATAR?: string | number;
          /** ID of the avatar file. */
          AVATAR_ID?: B24Int;
        };
        /** Scenario if the operator did not respond. */
        NO_ANSWER_RULE?: "none" | "text";
        /** Identifier of the CRM form for the no-answer scenario */
        NO_ANSWER_FORM_ID?: B24Int;
        /** Identifier of the chatbot for the no-answer scenario */
        NO_ANSWER_BOT_ID?: B24Int;
        /** Text for the no-answer scenario */
        NO_ANSWER_TEXT?: string | number;
        /** Days off. */
        WORKTIME_DAYOFF?: Array<"MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU">;
        /** Holidays in string format, listed as `DD.MM,DD.MM` */
        WORKTIME_HOLIDAYS?: string | number;
        /** Scenario during non-working hours. */
        WORKTIME_DAYOFF_RULE?: "none" | "text";
        /** Identifier of the CRM form for non-working hours */
        WORKTIME_DAYOFF_FORM_ID?: B24Int;
        /** Identifier of the chatbot for non-working hours */
        WORKTIME_DAYOFF_BOT_ID?: B24Int;
        /** Text message during non-working hours */
        WORKTIME_DAYOFF_TEXT?: string | number;
        /** Scenario upon closure. */
        CLOSE_RULE?: "none" | "text";
        /** Identifier of the CRM form upon closure */
        CLOSE_FORM_ID?: B24Int;
        /** Identifier of the chatbot upon closure */
        CLOSE_BOT_ID?: B24Int;
        /** Text message upon closure */
        CLOSE_TEXT?: string | number;
        /** Time limit for voting */
        VOTE_TIME_LIMIT?: B24Int;
        /** Close the session immediately after rating. */
        VOTE_CLOSING_DELAY?: "Y" | "N";
        /** Request rating before completion. */
        VOTE_BEFORE_FINISH?: "Y" | "N";
        /** Text for rating request in the widget */
        VOTE_MESSAGE_1_TEXT?: string | number;
        /** Text after positive rating in the widget */
        VOTE_MESSAGE_1_LIKE?: string | number;
        /** Text after negative rating in the widget */
        VOTE_MESSAGE_1_DISLIKE?: string | number;
        /** Text for rating request in external channels */
        VOTE_MESSAGE_2_TEXT?: string | number;
        /** Text after positive rating in external channels */
        VOTE_MESSAGE_2_LIKE?: string | number;
        /** Text after negative rating in external channels */
        VOTE_MESSAGE_2_DISLIKE?: string | number;
        /** Auto-closing scenario. */
        AUTO_CLOSE_RULE?: "none" | "text";
        /** Time for full closure after manual closure */
        FULL_CLOSE_TIME?: B24Int;
        /** Time until auto-closure */
        AUTO_CLOSE_TIME?: B24Int;
        /** Identifier of the CRM form for auto-closure */
        AUTO_CLOSE_FORM_ID?: B24Int;
        /** Identifier of the chatbot for auto-closure */
        AUTO_CLOSE_BOT_ID?: B24Int;
        /** Text upon auto-closure */
        AUTO_CLOSE_TEXT?: string | number;
        /** Lifetime of automatically closed session */
        AUTO_EXPIRE_TIME?: B24Int;
        /** Create a temporary channel. */
        TEMPORARY?: "Y" | "N";
        /** Identifier of the quick answers info block */
        QUICK_ANSWERS_IBLOCK_ID?: B24Int;
        /** Control of the first response time */
        KPI_FIRST_ANSWER_TIME?: B24Int;
        /** Enable notification for the first response. */
        KPI_FIRST_ANSWER_ALERT?: "Y" | "N";
        /** List of recipients for the first response notification */
        KPI_FIRST_ANSWER_LIST?: unknown[];
        /** Text of the first response notification */
        KPI_FIRST_ANSWER_TEXT?: string | number;
        /** Control of subsequent response times */
        KPI_FURTHER_ANSWER_TIME?: B24Int;
        /** Enable notification for subsequent responses. */
        KPI_FURTHER_ANSWER_ALERT?: "Y" | "N";
        /** List of recipients for subsequent response notifications */
        KPI_FURTHER_ANSWER_LIST?: unknown[];
        /** Text of the subsequent response notification */
        KPI_FURTHER_ANSWER_TEXT?: string | number;
        /** Monitor operator activity. */
        KPI_CHECK_OPERATOR_ACTIVITY?: "Y" | "N";
        /** Use welcome CRM form. */
        USE_WELCOME_FORM?: "Y" | "N";
        /** Identifier of the welcome CRM form */
        WELCOME_FORM_ID?: B24Int;
        /** Show the form with a delay. */
        WELCOME_FORM_DELAY?: "Y" | "N";
        /** Request confirmation for closure. */
        CONFIRM_CLOSE?: "Y" | "N";
        /** Ignore the responsible person in the welcome form. */
        IGNORE_WELCOME_FORM_RESPONSIBLE?: "Y" | "N";
      };
    };
    result: number;
  };
  "imopenlines.bot.session.finish": {
    params: {
      /** Chat whose dialog is ended. */
      CHAT_ID: B24Int;
      /** Webhooks only: the bot's `CLIENT_ID` or `botToken`. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imopenlines.bot.session.operator": {
    params: {
      /** Chat to hand to an operator. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.bot.session.transfer": {
    params: B24AnyOf<{
      /** Chat whose dialog is handed over. */
      CHAT_ID: B24Int;
      /** Employee to hand the dialog to (checked first). */
      USER_ID?: B24Int;
      /** Open line (`ID` from `imopenlines.config.list.get`) whose queue gets the dialog. */
      QUEUE_ID?: B24Int;
      /** A user ID, or `queue<QUEUE_ID>` (used when the other two are absent). */
      TRANSFER_ID?: B24Int | string | number;
      /** `Y`: the bot leaves at once; `N` (default): it stays until the transfer is accepted. */
      LEAVE?: "Y" | "N";
      /** Webhooks only: the bot's `CLIENT_ID` or `botToken`. */
      CLIENT_ID?: string | number;
    }, "USER_ID" | "QUEUE_ID" | "TRANSFER_ID">;
    result: boolean;
  };
  "imopenlines.config.delete": {
    params: {
      /** Open channel ID. */
      CONFIG_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.config.get": {
    params: {
      /** Open channel ID. */
      CONFIG_ID: B24Int;
      /** Include the operator queue. */
      WITH_QUEUE?: "Y" | "N";
      /** Include offline operators in the queue. */
      SHOW_OFFLINE?: "Y" | "N";
    };
    result: {
      /** Open channel ID. */
      ID?: number;
      /** Channel name. */
      LINE_NAME?: string;
      /** The channel is active. */
      ACTIVE?: "Y" | "N";
      /** Works with CRM. */
      CRM?: "Y" | "N";
      /** What to create in CRM for a new client. */
      CRM_CREATE?: string;
      /** Second CRM creation mode. */
      CRM_CREATE_SECOND?: string;
      /** Third CRM creation mode. */
      CRM_CREATE_THIRD?: "Y" | "N";
      /** Forward to the CRM responsible person. */
      CRM_FORWARD?: "Y" | "N";
      /** Send dialogs to the CRM tracker. */
      CRM_CHAT_TRACKER?: "Y" | "N";
      /** Change the responsible person on transfer. */
      CRM_TRANSFER_CHANGE?: "Y" | "N";
      /** CRM source mode. */
      CRM_SOURCE?: string;
      /** Distribution mode. */
      QUEUE_TYPE?: string;
      /** Seconds before passing to the next operator. */
      QUEUE_TIME?: number;
      /** Seconds before the no-answer scenario. */
      NO_ANSWER_TIME?: number;
      /** Check operator availability. */
      CHECK_AVAILABLE?: "Y" | "N";
      /** Show what the client is typing. */
      WATCH_TYPING?: "Y" | "N";
      /** Welcome bot on. */
      WELCOME_BOT_ENABLE?: "Y" | "N";
      /** Welcome message on. */
      WELCOME_MESSAGE?: "Y" | "N";
      /** Welcome message text. */
      WELCOME_MESSAGE_TEXT?: string;
      /** Ask for a rating. */
      VOTE_MESSAGE?: "Y" | "N";
      /** Time limit for rating. */
      VOTE_TIME_LIMIT?: number;
      /** Ask for a rating before closing. */
      VOTE_BEFORE_FINISH?: "Y" | "N";
      /** Delay closing after rating. */
      VOTE_CLOSING_DELAY?: "Y" | "N";
      /** Rating request, widget. */
      VOTE_MESSAGE_1_TEXT?: string;
      /** Reply to a good rating, widget. */
      VOTE_MESSAGE_1_LIKE?: string;
      /** Reply to a bad rating, widget. */
      VOTE_MESSAGE_1_DISLIKE?: string;
      /** Rating request, external channels. */
      VOTE_MESSAGE_2_TEXT?: string;
      /** Reply to a good rating, external channels. */
      VOTE_MESSAGE_2_LIKE?: string;
      /** Reply to a bad rating, external channels. */
      VOTE_MESSAGE_2_DISLIKE?: string;
      /** Show the consent message. */
      AGREEMENT_MESSAGE?: "Y" | "N";
      /** Consent ID. */
      AGREEMENT_ID?: number;
      /** Categories on. */
      CATEGORY_ENABLE?: "Y" | "N";
      /** Category ID. */
      CATEGORY_ID?: number;
      /** When the welcome bot joins. */
      WELCOME_BOT_JOIN?: string;
      /** Welcome bot ID. */
      WELCOME_BOT_ID?: number;
      /** Seconds before the bot hands over to the queue. */
      WELCOME_BOT_TIME?: number;
      /** When the welcome bot leaves. */
      WELCOME_BOT_LEFT?: string;
      /** No-answer scenario. */
      NO_ANSWER_RULE?: string;
      /** No-answer form ID. */
      NO_ANSWER_FORM_ID?: number;
      /** No-answer bot ID. */
      NO_ANSWER_BOT_ID?: number;
      /** No-answer text. */
      NO_ANSWER_TEXT?: string;
      /** Working hours on. */
      WORKTIME_ENABLE?: "Y" | "N";
      /** Start of working hours. */
      WORKTIME_FROM?: string;
      /** End of working hours. */
      WORKTIME_TO?: string;
      /** Time zone of working hours. */
      WORKTIME_TIMEZONE?: string;
      /** Holidays. */
      WORKTIME_HOLIDAYS?: string[];
      /** Days off. */
      WORKTIME_DAYOFF?: string[];
      /** Out-of-hours scenario. */
      WORKTIME_DAYOFF_RULE?: string;
      /** Out-of-hours form ID. */
      WORKTIME_DAYOFF_FORM_ID?: number;
      /** Out-of-hours bot ID. */
      WORKTIME_DAYOFF_BOT_ID?: number;
      /** Out-of-hours text. */
      WORKTIME_DAYOFF_TEXT?: string;
      /** Closing scenario. */
      CLOSE_RULE?: string;
      /** Closing form ID. */
      CLOSE_FORM_ID?: number;
      /** Closing bot ID. */
      CLOSE_BOT_ID?: number;
      /** Closing text. */
      CLOSE_TEXT?: string;
      /** Time until a closed session is fully closed. */
      FULL_CLOSE_TIME?: number;
      /** Auto-closing scenario. */
      AUTO_CLOSE_RULE?: string;
      /** Auto-closing form ID. */
      AUTO_CLOSE_FORM_ID?: number;
      /** Auto-closing bot ID. */
      AUTO_CLOSE_BOT_ID?: number;
      /** Time until auto-closing. */
      AUTO_CLOSE_TIME?: number;
      /** Auto-closing text. */
      AUTO_CLOSE_TEXT?: string;
      /** Time until an auto-closed session expires. */
      AUTO_EXPIRE_TIME?: number;
      /** Creation date, serialized. */
      DATE_CREATE?: unknown;
      /** Modification date, serialized. */
      DATE_MODIFY?: unknown;
      /** Who changed the settings last. */
      MODIFY_USER_ID?: number;
      /** Temporary channel. */
      TEMPORARY?: "Y" | "N";
      /** External ID, or null. */
      XML_ID?: string;
      /** Channel language. */
      LANGUAGE_ID?: string;
      /** Quick answers info block ID. */
      QUICK_ANSWERS_IBLOCK_ID?: number;
      /** Session priority. */
      SESSION_PRIORITY?: number;
      /** How `MAX_CHAT` counts dialogs. */
      TYPE_MAX_CHAT?: string;
      /** Most active dialogs per operator. */
      MAX_CHAT?: number;
      /** How operator data is shown. */
      OPERATOR_DATA?: string;
      /** Default operator display data. */
      DEFAULT_OPERATOR_DATA?: unknown[] | {
        /** Operator's name. */
        NAME?: string;
        /** Link to the operator's avatar. */
        AVATAR?: string;
        /** ID of the avatar file. */
        AVATAR_ID?: number;
      };
      /** First-answer time norm. */
      KPI_FIRST_ANSWER_TIME?: number;
      /** Alert on a late first answer. */
      KPI_FIRST_ANSWER_ALERT?: "Y" | "N";
      /** Who gets first-answer alerts, or null. */
      KPI_FIRST_ANSWER_LIST?: unknown[];
      /** First-answer alert text. */
      KPI_FIRST_ANSWER_TEXT?: string;
      /** Further-answer time norm. */
      KPI_FURTHER_ANSWER_TIME?: number;
      /** Alert on a late further answer. */
      KPI_FURTHER_ANSWER_ALERT?: "Y" | "N";
      /** Who gets further-answer alerts, or null. */
      KPI_FURTHER_ANSWER_LIST?: unknown[];
      /** Further-answer alert text. */
      KPI_FURTHER_ANSWER_TEXT?: string;
      /** Watch operator activity. */
      KPI_CHECK_OPERATOR_ACTIVITY?: "Y" | "N";
      /** Notify when the queue is empty. */
      SEND_NOTIFICATION_EMPTY_QUEUE?: "Y" | "N";
      /** Welcome form on. */
      USE_WELCOME_FORM?: "Y" | "N";
      /** Welcome form ID. */
      WELCOME_FORM_ID?: number;
      /** Show the welcome form later. */
      WELCOME_FORM_DELAY?: "Y" | "N";
      /** Greet in every session. */
      SEND_WELCOME_EACH_SESSION?: "Y" | "N";
      /** Ask before closing. */
      CONFIRM_CLOSE?: "Y" | "N";
      /** Ignore the welcome form's responsible person. */
      IGNORE_WELCOME_FORM_RESPONSIBLE?: "Y" | "N";
      /** Operator IDs in the queue. */
      QUEUE?: number[];
      /** Queue records by user ID (`config.get`). */
      QUEUE_FULL?: Record<string, {
        /** Queue record ID. */
        ID?: number;
        /** Position in the queue. */
        SORT?: number;
        /** User ID. */
        USER_ID?: number;
        /** Department ID. */
        DEPARTMENT_ID?: number;
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Queue members' display fields by user ID. */
      QUEUE_USERS_FIELDS?: Record<string, {
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Operators' online status is checked (`config.get`). */
      QUEUE_ONLINE?: "Y" | "N";
      /** The line's queue as configured (`OPTIONS.CONFIG_QUEUE=Y`). */
      CONFIG_QUEUE?: {
        /** User or department ID. */
        ENTITY_ID?: number;
        /** `user` or `department`. */
        ENTITY_TYPE?: string;
      }[];
    } | boolean;
  };
  "imopenlines.config.list.get": {
    params: {
      /** Selection: `select`, `order`, `filter`, `limit`, `offset`. */
      PARAMS?: {
        /** Fields to return. */
        select?: Array<string | number>;
        /** Sorting: field to `asc`/`desc`. */
        order?: Record<string, "asc" | "desc" | "ASC" | "DESC">;
        /** Filter: field to value. */
        filter?: Record<string, unknown>;
        /** Page size, at most 200 (default 50). */
        limit?: B24Int;
        /** Number of channels to skip. */
        offset?: B24Int;
      };
      /** Extra data to include. */
      OPTIONS?: {
        /** Include `QUEUE` and `QUEUE_USERS_FIELDS`. */
        QUEUE?: "Y" | "N";
        /** Include `CONFIG_QUEUE` (users and departments). */
        CONFIG_QUEUE?: "Y" | "N";
        /** Only lines the user may access for this permission action. */
        CHECK_PERMISSION?: string | number;
      };
    };
    result: {
      /** Open channel ID. */
      ID?: number;
      /** Channel name. */
      LINE_NAME?: string;
      /** The channel is active. */
      ACTIVE?: "Y" | "N";
      /** Works with CRM. */
      CRM?: "Y" | "N";
      /** What to create in CRM for a new client. */
      CRM_CREATE?: string;
      /** Second CRM creation mode. */
      CRM_CREATE_SECOND?: string;
      /** Third CRM creation mode. */
      CRM_CREATE_THIRD?: "Y" | "N";
      /** Forward to the CRM responsible person. */
      CRM_FORWARD?: "Y" | "N";
      /** Send dialogs to the CRM tracker. */
      CRM_CHAT_TRACKER?: "Y" | "N";
      /** Change the responsible person on transfer. */
      CRM_TRANSFER_CHANGE?: "Y" | "N";
      /** CRM source mode. */
      CRM_SOURCE?: string;
      /** Distribution mode. */
      QUEUE_TYPE?: string;
      /** Seconds before passing to the next operator. */
      QUEUE_TIME?: number;
      /** Seconds before the no-answer scenario. */
      NO_ANSWER_TIME?: number;
      /** Check operator availability. */
      CHECK_AVAILABLE?: "Y" | "N";
      /** Show what the client is typing. */
      WATCH_TYPING?: "Y" | "N";
      /** Welcome bot on. */
      WELCOME_BOT_ENABLE?: "Y" | "N";
      /** Welcome message on. */
      WELCOME_MESSAGE?: "Y" | "N";
      /** Welcome message text. */
      WELCOME_MESSAGE_TEXT?: string;
      /** Ask for a rating. */
      VOTE_MESSAGE?: "Y" | "N";
      /** Time limit for rating. */
      VOTE_TIME_LIMIT?: number;
      /** Ask for a rating before closing. */
      VOTE_BEFORE_FINISH?: "Y" | "N";
      /** Delay closing after rating. */
      VOTE_CLOSING_DELAY?: "Y" | "N";
      /** Rating request, widget. */
      VOTE_MESSAGE_1_TEXT?: string;
      /** Reply to a good rating, widget. */
      VOTE_MESSAGE_1_LIKE?: string;
      /** Reply to a bad rating, widget. */
      VOTE_MESSAGE_1_DISLIKE?: string;
      /** Rating request, external channels. */
      VOTE_MESSAGE_2_TEXT?: string;
      /** Reply to a good rating, external channels. */
      VOTE_MESSAGE_2_LIKE?: string;
      /** Reply to a bad rating, external channels. */
      VOTE_MESSAGE_2_DISLIKE?: string;
      /** Show the consent message. */
      AGREEMENT_MESSAGE?: "Y" | "N";
      /** Consent ID. */
      AGREEMENT_ID?: number;
      /** Categories on. */
      CATEGORY_ENABLE?: "Y" | "N";
      /** Category ID. */
      CATEGORY_ID?: number;
      /** When the welcome bot joins. */
      WELCOME_BOT_JOIN?: string;
      /** Welcome bot ID. */
      WELCOME_BOT_ID?: number;
      /** Seconds before the bot hands over to the queue. */
      WELCOME_BOT_TIME?: number;
      /** When the welcome bot leaves. */
      WELCOME_BOT_LEFT?: string;
      /** No-answer scenario. */
      NO_ANSWER_RULE?: string;
      /** No-answer form ID. */
      NO_ANSWER_FORM_ID?: number;
      /** No-answer bot ID. */
      NO_ANSWER_BOT_ID?: number;
      /** No-answer text. */
      NO_ANSWER_TEXT?: string;
      /** Working hours on. */
      WORKTIME_ENABLE?: "Y" | "N";
      /** Start of working hours. */
      WORKTIME_FROM?: string;
      /** End of working hours. */
      WORKTIME_TO?: string;
      /** Time zone of working hours. */
      WORKTIME_TIMEZONE?: string;
      /** Holidays. */
      WORKTIME_HOLIDAYS?: string[];
      /** Days off. */
      WORKTIME_DAYOFF?: string[];
      /** Out-of-hours scenario. */
      WORKTIME_DAYOFF_RULE?: string;
      /** Out-of-hours form ID. */
      WORKTIME_DAYOFF_FORM_ID?: number;
      /** Out-of-hours bot ID. */
      WORKTIME_DAYOFF_BOT_ID?: number;
      /** Out-of-hours text. */
      WORKTIME_DAYOFF_TEXT?: string;
      /** Closing scenario. */
      CLOSE_RULE?: string;
      /** Closing form ID. */
      CLOSE_FORM_ID?: number;
      /** Closing bot ID. */
      CLOSE_BOT_ID?: number;
      /** Closing text. */
      CLOSE_TEXT?: string;
      /** Time until a closed session is fully closed. */
      FULL_CLOSE_TIME?: number;
      /** Auto-closing scenario. */
      AUTO_CLOSE_RULE?: string;
      /** Auto-closing form ID. */
      AUTO_CLOSE_FORM_ID?: number;
      /** Auto-closing bot ID. */
      AUTO_CLOSE_BOT_ID?: number;
      /** Time until auto-closing. */
      AUTO_CLOSE_TIME?: number;
      /** Auto-closing text. */
      AUTO_CLOSE_TEXT?: string;
      /** Time until an auto-closed session expires. */
      AUTO_EXPIRE_TIME?: number;
      /** Creation date, serialized. */
      DATE_CREATE?: unknown;
      /** Modification date, serialized. */
      DATE_MODIFY?: unknown;
      /** Who changed the settings last. */
      MODIFY_USER_ID?: number;
      /** Temporary channel. */
      TEMPORARY?: "Y" | "N";
      /** External ID, or null. */
      XML_ID?: string;
      /** Channel language. */
      LANGUAGE_ID?: string;
      /** Quick answers info block ID. */
      QUICK_ANSWERS_IBLOCK_ID?: number;
      /** Session priority. */
      SESSION_PRIORITY?: number;
      /** How `MAX_CHAT` counts dialogs. */
      TYPE_MAX_CHAT?: string;
      /** Most active dialogs per operator. */
      MAX_CHAT?: number;
      /** How operator data is shown. */
      OPERATOR_DATA?: string;
      /** Default operator display data. */
      DEFAULT_OPERATOR_DATA?: unknown[] | {
        /** Operator's name. */
        NAME?: string;
        /** Link to the operator's avatar. */
        AVATAR?: string;
        /** ID of the avatar file. */
        AVATAR_ID?: number;
      };
      /** First-answer time norm. */
      KPI_FIRST_ANSWER_TIME?: number;
      /** Alert on a late first answer. */
      KPI_FIRST_ANSWER_ALERT?: "Y" | "N";
      /** Who gets first-answer alerts, or null. */
      KPI_FIRST_ANSWER_LIST?: unknown[];
      /** First-answer alert text. */
      KPI_FIRST_ANSWER_TEXT?: string;
      /** Further-answer time norm. */
      KPI_FURTHER_ANSWER_TIME?: number;
      /** Alert on a late further answer. */
      KPI_FURTHER_ANSWER_ALERT?: "Y" | "N";
      /** Who gets further-answer alerts, or null. */
      KPI_FURTHER_ANSWER_LIST?: unknown[];
      /** Further-answer alert text. */
      KPI_FURTHER_ANSWER_TEXT?: string;
      /** Watch operator activity. */
      KPI_CHECK_OPERATOR_ACTIVITY?: "Y" | "N";
      /** Notify when the queue is empty. */
      SEND_NOTIFICATION_EMPTY_QUEUE?: "Y" | "N";
      /** Welcome form on. */
      USE_WELCOME_FORM?: "Y" | "N";
      /** Welcome form ID. */
      WELCOME_FORM_ID?: number;
      /** Show the welcome form later. */
      WELCOME_FORM_DELAY?: "Y" | "N";
      /** Greet in every session. */
      SEND_WELCOME_EACH_SESSION?: "Y" | "N";
      /** Ask before closing. */
      CONFIRM_CLOSE?: "Y" | "N";
      /** Ignore the welcome form's responsible person. */
      IGNORE_WELCOME_FORM_RESPONSIBLE?: "Y" | "N";
      /** Operator IDs in the queue. */
      QUEUE?: number[];
      /** Queue records by user ID (`config.get`). */
      QUEUE_FULL?: Record<string, {
        /** Queue record ID. */
        ID?: number;
        /** Position in the queue. */
        SORT?: number;
        /** User ID. */
        USER_ID?: number;
        /** Department ID. */
        DEPARTMENT_ID?: number;
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Queue members' display fields by user ID. */
      QUEUE_USERS_FIELDS?: Record<string, {
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Operators' online status is checked (`config.get`). */
      QUEUE_ONLINE?: "Y" | "N";
      /** The line's queue as configured (`OPTIONS.CONFIG_QUEUE=Y`). */
      CONFIG_QUEUE?: {
        /** User or department ID. */
        ENTITY_ID?: number;
        /** `user` or `department`. */
        ENTITY_TYPE?: string;
      }[];
    }[];
  };
  "imopenlines.config.path.get": {
    params: Record<string, never>;
    result: {
      /** Portal base address. */
      SERVER_ADDRESS: string;
      /** Path of the public page. */
      PUBLIC_PATH: string;
    };
  };
  "imopenlines.config.update": {
    params: {
      /** Open channel ID. */
      CONFIG_ID: B24Int;
      /** Settings to change (as for `imopenlines.config.add`). */
      PARAMS?: {
        /** Name of the open channel */
        LINE_NAME?: string | number;
        /** Channel activity. */
        ACTIVE?: "Y" | "N";
        /** Queue of operators: users and departments. */
        QUEUE?: {
          /** `user` or `department`. */
          ENTITY_TYPE: "user" | "department";
          /** ID of the user or department. */
          ENTITY_ID: B24Int;
        }[];
        /** Request distribution mode. */
        QUEUE_TYPE?: "evenly" | "strictly" | "all";
        /** Time in seconds before the request is passed to the next operator */
        QUEUE_TIME?: B24Int;
        /** Time in seconds before the no-answer scenario is triggered */
        NO_ANSWER_TIME?: B24Int;
        /** Send a welcome message. */
        WELCOME_MESSAGE?: "Y" | "N";
        /** Text of the welcome message */
        WELCOME_MESSAGE_TEXT?: string | number;
        /** Consider the channel's working hours. */
        WORKTIME_ENABLE?: "Y" | "N";
        /** Start of working hours in `HH:MM` format */
        WORKTIME_FROM?: B24Time;
        /** End of working hours in `HH:MM` format */
        WORKTIME_TO?: B24Time;
        /** Time zone, for example `Europe/Berlin` */
        WORKTIME_TIMEZONE?: string | number;
        /** Search for the client in CRM. */
        CRM?: "Y" | "N";
        /** What to create in CRM for a new client */
        CRM_CREATE?: string | number;
        /** Request service quality rating. */
        VOTE_MESSAGE?: "Y" | "N";
        /** Language of the channel, for example `de` */
        LANGUAGE_ID?: string | number;
        /** Additional mode for creating a CRM object */
        CRM_CREATE_SECOND?: string | number;
        /** Create a third CRM object. */
        CRM_CREATE_THIRD?: "Y" | "N";
        /** Enable chat tracker for CRM. */
        CRM_CHAT_TRACKER?: "Y" | "N";
        /** Forward the request to the responsible person in CRM. */
        CRM_FORWARD?: "Y" | "N";
        /** Change the responsible person in CRM when transferring the dialogue. */
        CRM_TRANSFER_CHANGE?: "Y" | "N";
        /** Source for the created CRM object */
        CRM_SOURCE?: string | number;
        /** Maximum number of simultaneous dialogues for the operator */
        MAX_CHAT?: B24Int;
        /** Type of `MAX_CHAT` restriction. */
        TYPE_MAX_CHAT?: "answered" | "answered_new" | "closed";
        /** Enable categories. */
        CATEGORY_ENABLE?: "Y" | "N";
        /** Identifier of the category */
        CATEGORY_ID?: B24Int;
        /** Session priority in the queue */
        SESSION_PRIORITY?: B24Int;
        /** Enable welcome chatbot. */
        WELCOME_BOT_ENABLE?: "Y" | "N";
        /** When to connect the bot. */
        WELCOME_BOT_JOIN?: "first" | "always";
        /** Identifier of the chatbot */
        WELCOME_BOT_ID?: B24Int;
        /** After how many seconds to transfer the dialogue from the bot to the queue */
        WELCOME_BOT_TIME?: B24Int;
        /** When to disconnect the bot. */
        WELCOME_BOT_LEFT?: "queue" | "close";
        /** Check the availability of the operator during distribution. */
        CHECK_AVAILABLE?: "Y" | "N";
        /** Show typing indicator. */
        WATCH_TYPING?: "Y" | "N";
        /** Send a greeting in each session. */
        SEND_WELCOME_EACH_SESSION?: "Y" | "N";
        /** Format of operator data. */
        OPERATOR_DATA?: "profile" | "queue" | "hide";
        /** Default operator data. */
        DEFAULT_OPERATOR_DATA?: {
          /** Operator's name. */
          NAME?: string | number;
          /** Link to the operator's avatar. */
          AVATAR?: string | number;
          /** ID of the avatar file. */
          AVATAR_ID?: B24Int;
        };
        /** Scenario if the operator did not respond. */
        NO_ANSWER_RULE?: "none" | "text";
        /** Identifier of the CRM form for the no-answer scenario */
        NO_ANSWER_FORM_ID?: B24Int;
        /** Identifier of the chatbot for the no-answer scenario */
        NO_ANSWER_BOT_ID?: B24Int;
        /** Text for the no-answer scenario */
        NO_ANSWER_TEXT?: string | number;
        /** Days off. */
        WORKTIME_DAYOFF?: Array<"MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU">;
        /** Holidays in string format, listed as `DD.MM,DD.MM` */
        WORKTIME_HOLIDAYS?: string | number;
        /** Scenario during non-working hours. */
        WORKTIME_DAYOFF_RULE?: "none" | "text";
        /** Identifier of the CRM form for non-working hours */
        WORKTIME_DAYOFF_FORM_ID?: B24Int;
        /** Identifier of the chatbot for non-working hours */
        WORKTIME_DAYOFF_BOT_ID?: B24Int;
        /** Text message during non-working hours */
        WORKTIME_DAYOFF_TEXT?: string | number;
        /** Scenario upon closure. */
        CLOSE_RULE?: "none" | "text";
        /** Identifier of the CRM form upon closure */
        CLOSE_FORM_ID?: B24Int;
        /** Identifier of the chatbot upon closure */
        CLOSE_BOT_ID?: B24Int;
        /** Text message upon closure */
        CLOSE_TEXT?: string | number;
        /** Time limit for voting */
        VOTE_TIME_LIMIT?: B24Int;
        /** Close the session immediately after rating. */
        VOTE_CLOSING_DELAY?: "Y" | "N";
        /** Request rating before completion. */
        VOTE_BEFORE_FINISH?: "Y" | "N";
        /** Text for rating request in the widget */
        VOTE_MESSAGE_1_TEXT?: string | number;
        /** Text after positive rating in the widget */
        VOTE_MESSAGE_1_LIKE?: string | number;
        /** Text after negative rating in the widget */
        VOTE_MESSAGE_1_DISLIKE?: string | number;
        /** Text for rating request in external channels */
        VOTE_MESSAGE_2_TEXT?: string | number;
        /** Text after positive rating in external channels */
        VOTE_MESSAGE_2_LIKE?: string | number;
        /** Text after negative rating in external channels */
        VOTE_MESSAGE_2_DISLIKE?: string | number;
        /** Auto-closing scenario. */
        AUTO_CLOSE_RULE?: "none" | "text";
        /** Time for full closure after manual closure */
        FULL_CLOSE_TIME?: B24Int;
        /** Time until auto-closure */
        AUTO_CLOSE_TIME?: B24Int;
        /** Identifier of the CRM form for auto-closure */
        AUTO_CLOSE_FORM_ID?: B24Int;
        /** Identifier of the chatbot for auto-closure */
        AUTO_CLOSE_BOT_ID?: B24Int;
        /** Text upon auto-closure */
        AUTO_CLOSE_TEXT?: string | number;
        /** Lifetime of automatically closed session */
        AUTO_EXPIRE_TIME?: B24Int;
        /** Create a temporary channel. */
        TEMPORARY?: "Y" | "N";
        /** Identifier of the quick answers info block */
        QUICK_ANSWERS_IBLOCK_ID?: B24Int;
        /** Control of the first response time */
        KPI_FIRST_ANSWER_TIME?: B24Int;
        /** Enable notification for the first response. */
        KPI_FIRST_ANSWER_ALERT?: "Y" | "N";
        /** List of recipients for the first response notification */
        KPI_FIRST_ANSWER_LIST?: unknown[];
        /** Text of the first response notification */
        KPI_FIRST_ANSWER_TEXT?: string | number;
        /** Control of subsequent response times */
        KPI_FURTHER_ANSWER_TIME?: B24Int;
        /** Enable notification for subsequent responses. */
        KPI_FURTHER_ANSWER_ALERT?: "Y" | "N";
        /** List of recipients for subsequent response notifications */
        KPI_FURTHER_ANSWER_LIST?: unknown[];
        /** Text of the subsequent response notification */
        KPI_FURTHER_ANSWER_TEXT?: string | number;
        /** Monitor operator activity. */
        KPI_CHECK_OPERATOR_ACTIVITY?: "Y" | "N";
        /** Use welcome CRM form. */
        USE_WELCOME_FORM?: "Y" | "N";
        /** Identifier of the welcome CRM form */
        WELCOME_FORM_ID?: B24Int;
        /** Show the form with a delay. */
        WELCOME_FORM_DELAY?: "Y" | "N";
        /** Request confirmation for closure. */
        CONFIRM_CLOSE?: "Y" | "N";
        /** Ignore the responsible person in the welcome form. */
        IGNORE_WELCOME_FORM_RESPONSIBLE?: "Y" | "N";
      };
    };
    result: boolean;
  };
  "imopenlines.crm.chat.get": {
    params: {
      /** Kind of CRM item. */
      CRM_ENTITY_TYPE: "lead" | "deal" | "company" | "contact";
      /** ID of the CRM item. */
      CRM_ENTITY: B24Int;
      /** `Y` (default): active chats only; `N`: all. */
      ACTIVE_ONLY?: "Y" | "N";
    };
    result: {
      /** Chat ID. */
      CHAT_ID: number;
      /** Connector code. */
      CONNECTOR_ID?: string;
      /** Connector name. */
      CONNECTOR_TITLE?: string;
    }[];
  };
  "imopenlines.crm.chat.getLastId": {
    params: {
      /** Kind of CRM item. */
      CRM_ENTITY_TYPE: "lead" | "deal" | "company" | "contact";
      /** ID of the CRM item. */
      CRM_ENTITY: B24Int;
    };
    result: number;
  };
  "imopenlines.crm.chat.user.add": {
    params: {
      /** Kind of CRM item. */
      CRM_ENTITY_TYPE: "lead" | "deal" | "company" | "contact";
      /** ID of the CRM item. */
      CRM_ENTITY: B24Int;
      /** User or bot to add. */
      USER_ID: B24Int;
      /** Chat; default: the item's latest chat. */
      CHAT_ID?: B24Int;
    };
    result: number;
  };
  "imopenlines.crm.chat.user.delete": {
    params: {
      /** Kind of CRM item. */
      CRM_ENTITY_TYPE: "lead" | "deal" | "company" | "contact";
      /** ID of the CRM item. */
      CRM_ENTITY: B24Int;
      /** User or bot to remove. */
      USER_ID: B24Int;
      /** Chat; default: the item's latest chat. */
      CHAT_ID?: B24Int;
    };
    result: number;
  };
  "imopenlines.crm.lead.create": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.dialog.get": {
    params: B24AnyOf<{
      /** Open-line chat ID. */
      CHAT_ID?: B24Int;
      /** Dialog ID, `chat<ID>`. */
      DIALOG_ID?: string | number;
      /** Session ID. */
      SESSION_ID?: B24Int;
      /** User code `<connector>|<LINE_ID>|<CHAT>|<USER>`. */
      USER_CODE?: string | number;
    }, "CHAT_ID" | "DIALOG_ID" | "SESSION_ID" | "USER_CODE">;
    result: {
      /** Chat ID. */
      id: number;
      /** Parent chat ID. */
      parent_chat_id?: number;
      /** Parent message ID. */
      parent_message_id?: number;
      /** Chat name. */
      name?: string;
      /** Description, or null. */
      description?: string;
      /** Owner ID. */
      owner?: number;
      /** Extranet chat. */
      extranet?: boolean;
      /** Avatar URL, or "". */
      avatar?: string;
      /** Chat color, `#RRGGBB`. */
      color?: string;
      /** Chat type, `lines`. */
      type?: string;
      /** Unread messages of the caller. */
      counter?: number;
      /** Members with unread messages. */
      user_counter?: number;
      /** Messages in the chat. */
      message_count?: number;
      /** First unread message, or 0. */
      unread_id?: number;
      /** What may be done with the chat. */
      restrictions?: {
        /** Avatar may be changed. */
        avatar?: boolean;
        /** Chat may be renamed. */
        rename?: boolean;
        /** Settings may be extended. */
        extend?: boolean;
        /** Calls are allowed. */
        call?: boolean;
        /** Notifications may be muted. */
        mute?: boolean;
        /** Members may leave. */
        leave?: boolean;
        /** The owner may leave. */
        leave_owner?: boolean;
        /** Messages may be sent. */
        send?: boolean;
        /** Members may be listed. */
        user_list?: boolean;
      };
      /** Last message ID. */
      last_message_id?: number;
      /** Service ID of the last message. */
      last_id?: number;
      /** Marked message, or 0. */
      marked_id?: number;
      /** Drive folder of the chat's files. */
      disk_folder_id?: number;
      /** Channel type, `LINES`. */
      entity_type?: string;
      /** User code `<connector>|<LINE_ID>|<CHAT>|<USER>`. */
      entity_id?: string;
      /** Session data; the 6th `|` field is the session ID. */
      entity_data_1?: string;
      /** CRM links. */
      entity_data_2?: string;
      /** Service flag. */
      entity_data_3?: string;
      /** Users who muted the chat. */
      mute_list?: number[] | Record<string, boolean>;
      /** When the chat was created. */
      date_create?: string;
      /** Message type of the chat. */
      message_type?: string;
      /** Public flag. */
      public?: string;
      /** The caller's role in the chat. */
      role?: string;
      /** What the chat is linked to. */
      entity_link?: {
        /** Channel type, `LINES`. */
        type?: string;
        /** Link to the external object, or "". */
        url?: string;
        /** External dialog ID. */
        id?: string;
      };
      /** The input field is available. */
      text_field_enabled?: boolean;
      /** Background ID, or null. */
      background_id?: number;
      /** The caller's rights in the chat. */
      permissions?: {
        /** Who may add members. */
        manage_users_add?: string;
        /** Who may remove members. */
        manage_users_delete?: string;
        /** Who may change the chat's look. */
        manage_ui?: string;
        /** Who may change settings. */
        manage_settings?: string;
        /** Who may manage messages. */
        manage_messages?: string;
        /** Who may post. */
        can_post?: string;
      };
      /** New chat. */
      is_new?: boolean;
      /** Who read up to which message. */
      readed_list?: {
        /** User ID. */
        user_id?: number;
        /** User name. */
        user_name?: string;
        /** Last message read. */
        message_id?: number;
        /** When, or null. */
        date?: string;
      }[];
      /** Operators who manage the chat. */
      manager_list?: number[];
      /** Views of the last message. */
      last_message_views?: {
        /** Message the views are of. */
        message_id?: number;
        /** First viewers. */
        first_viewers?: {
          /** User ID. */
          user_id?: number;
          /** User name. */
          user_name?: string;
          /** Last message read. */
          message_id?: number;
          /** When, or null. */
          date?: string;
        }[];
        /** Other viewers. */
        count_of_viewers?: number;
      };
      /** Dialog ID, `chat<ID>`. */
      dialog_id?: string;
    };
  };
  "imopenlines.message.session.start": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
      /** Message of that chat to start from. */
      MESSAGE_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.network.join": {
    params: {
      /** 32-character code of the channel. */
      CODE: string | number;
    };
    result: number;
  };
  "imopenlines.network.message.add": {
    params: {
      /** 32-character code of the channel. */
      CODE: string | number;
      /** Recipient. */
      USER_ID: B24Int;
      /** Message text (chat formatting allowed). */
      MESSAGE: string | number;
      /** Attachment. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** Keyboard; only link buttons are allowed here. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** `N` turns off link previews (default `Y`). */
      URL_PREVIEW?: "Y" | "N";
    };
    result: boolean;
  };
  "imopenlines.operator.another.finish": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.operator.answer": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.operator.finish": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.operator.skip": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.operator.spam": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.operator.transfer": {
    params: B24AnyOf<{
      /** Open-line chat. */
      CHAT_ID: B24Int;
      /** A user ID, or `queue<QUEUE_ID>`. */
      TRANSFER_ID?: B24Int | string | number;
      /** Operator to hand the dialog to. */
      USER_ID?: B24Int;
      /** Open line (`ID` from `imopenlines.config.list.get`) to hand the dialog to. */
      QUEUE_ID?: B24Int;
    }, "TRANSFER_ID" | "USER_ID" | "QUEUE_ID">;
    result: boolean;
  };
  "imopenlines.revision.get": {
    params: Record<string, never>;
    result: {
      /** Revision for REST clients. */
      rest: number;
      /** Revision for web and desktop clients. */
      web: number;
      /** Revision for mobile clients. */
      mobile: number;
    };
  };
  "imopenlines.session.head.vote": {
    params: B24AnyOf<{
      /** Session ID. */
      SESSION_ID: B24Int;
      /** Rating from 1 to 5. */
      RATING?: "1" | "2" | "3" | "4" | "5" | 1 | 2 | 3 | 4 | 5;
      /** Comment on the rating. */
      COMMENT?: string | number;
    }, "RATING" | "COMMENT">;
    result: boolean;
  };
  "imopenlines.session.history.get": {
    params: B24AnyOf<{
      /** Session ID (preferred). */
      SESSION_ID?: B24Int;
      /** Numeric chat ID; its latest session is used. */
      CHAT_ID?: B24Int;
    }, "SESSION_ID" | "CHAT_ID">;
    result: {
      /** Chat ID. */
      chatId?: number;
      /** The caller may join the dialog. */
      canJoin?: "Y" | "N";
      /** The caller may rate as supervisor. */
      canVoteHead?: "Y" | "N";
      /** Session ID. */
      sessionId?: number;
      /** Supervisor's rating. */
      sessionVoteHead?: number;
      /** Supervisor's comment, or null. */
      sessionCommentHead?: string;
      /** Dialog ID, `chat<ID>`. */
      userId?: string;
      /** Messages by ID. */
      message?: Record<string, {
        /** Message ID. */
        id?: number;
        /** Chat ID. */
        chatid?: number;
        /** Sender ID (0: system). */
        senderid?: number;
        /** Recipient, `chat<ID>`. */
        recipientid?: string;
        /** When it was sent. */
        date?: string;
        /** Text. */
        text?: string;
        /** Text in the legacy format. */
        textlegacy?: string;
        /** Service parameters (files, attachments...). */
        params?: Record<string, unknown>;
      }> | unknown[];
      /** Message IDs by dialog. */
      usersMessage?: Record<string, number[]> | unknown[];
      /** Participants by user ID. */
      users?: Record<string, {
        /** User ID. */
        id?: number;
        /** Full name. */
        name?: string;
        /** Active account. */
        active?: boolean;
        /** First name. */
        firstName?: string;
        /** Last name. */
        lastName?: string;
        /** Position, or null. */
        workPosition?: string;
        /** User color. */
        color?: string;
        /** Avatar link. */
        avatar?: string;
        /** Avatar file ID, or null. */
        avatarId?: number;
        /** Birthday, `DD-MM`. */
        birthday?: string;
        /** Gender. */
        gender?: string;
        /** Has a phone device. */
        phoneDevice?: boolean;
        /** Phones, or false. */
        phones?: boolean | Record<string, unknown>;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24.Network user. */
        network?: boolean;
        /** Bot. */
        bot?: boolean;
        /** Connector (client) user. */
        connector?: boolean;
        /** Profile link. */
        profile?: string;
        /** External auth type. */
        externalAuthId?: string;
        /** Online status, or null. */
        status?: string;
        /** Idle since, or false. */
        idle?: string | boolean;
        /** Last activity. */
        lastActivityDate?: string | boolean;
        /** Last mobile activity, or false. */
        mobileLastDate?: string | boolean;
        /** Last desktop activity, or false. */
        desktopLastDate?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Absent until, or false. */
        absent?: string | boolean;
        /** User type. */
        type?: string;
        /** Services, or null. */
        services?: unknown;
        /** Bot data, or null. */
        botData?: unknown;
      }> | unknown[];
      /** Open-line data. */
      openlines?: {
        /** Line ID to whether the supervisor may rate. */
        canvoteashead?: Record<string, boolean> | unknown[];
      };
      /** Users by department. */
      userInGroup?: Record<string, {
        /** Department ID. */
        id?: number;
        /** User IDs. */
        users?: number[];
      }> | unknown[];
      /** Users outside those departments. */
      woUserInGroup?: unknown[] | Record<string, unknown>;
      /** Chats by ID. */
      chat?: Record<string, {
        /** Chat ID. */
        id?: number;
        /** Parent chat ID. */
        parentChatId?: number;
        /** Parent message ID. */
        parentMessageId?: number;
        /** Chat name. */
        name?: string;
        /** Owner ID. */
        owner?: number;
        /** Chat color. */
        color?: string;
        /** Extranet chat. */
        extranet?: boolean;
        /** Avatar link. */
        avatar?: string;
        /** Call type. */
        call?: string;
        /** Call number. */
        callNumber?: string;
        /** Chat entity type, `LINES`. */
        entityType?: string;
        /** User code `<connector>|<LINE_ID>|<CHAT>|<USER>`. */
        entityId?: string;
        /** Session data. */
        entityData1?: string;
        /** CRM links. */
        entityData2?: string;
        /** Service data. */
        entityData3?: string;
        /** Messages in the chat. */
        messageCount?: number;
        /** Public flag. */
        public?: string;
        /** Muted flag by user ID. */
        muteList?: Record<string, boolean> | unknown[];
        /** Operators who manage the chat. */
        managerList?: number[];
        /** When the chat was created. */
        dateCreate?: string;
        /** Chat type. */
        type?: string;
        /** What the chat is linked to. */
        entityLink?: {
          /** Channel type, `LINES`. */
          type?: string;
          /** Link to the external object, or "". */
          url?: string;
          /** External dialog ID. */
          id?: string;
        };
        /** Rights in the chat. */
        permissions?: {
          /** Who may add members. */
          manageUsersAdd?: string;
          /** Who may remove members. */
          manageUsersDelete?: string;
          /** Who may change the chat's look. */
          manageUi?: string;
          /** Who may change settings. */
          manageSettings?: string;
          /** Who may manage messages. */
          manageMessages?: string;
          /** Who may post. */
          canPost?: string;
        };
        /** The input field is available. */
        textFieldEnabled?: boolean;
        /** Background ID, or null. */
        backgroundId?: number;
        /** Message type of the chat. */
        messageType?: string;
        /** New chat. */
        isNew?: boolean;
      }> | unknown[];
      /** Blocked flags by chat and user. */
      userBlockChat?: Record<string, Record<string, boolean>> | unknown[];
      /** Member IDs by chat. */
      userInChat?: Record<string, number[]> | unknown[];
      /** Files by ID. */
      files?: Record<string, {
        /** File ID. */
        id?: number;
        /** Chat ID. */
        chatid?: number;
        /** When it was uploaded. */
        date?: string;
        /** File type. */
        type?: string;
        /** File name. */
        name?: string;
        /** Extension. */
        extension?: string;
        /** Size in bytes. */
        size?: number;
        /** Image size, or false. */
        image?: {
          /** Width. */
          width?: number;
          /** Height. */
          height?: number;
        } | boolean;
        /** Processing status. */
        status?: string;
        /** Processing progress, %. */
        progress?: number;
        /** Author ID. */
        authorid?: number;
        /** Author name. */
        authorname?: string;
        /** Preview URL. */
        urlpreview?: string;
        /** View URL. */
        urlshow?: string;
        /** Download URL. */
        urldownload?: string;
        /** Viewer attributes. */
        viewerattrs?: Record<string, unknown>;
        /** Media URLs. */
        mediaurl?: Record<string, unknown> | string;
        /** Can be transcribed. */
        istranscribable?: boolean;
        /** Video note. */
        isvideonote?: boolean;
        /** Voice note. */
        isvoicenote?: boolean;
      }> | unknown[];
    };
  };
  "imopenlines.session.intercept": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.session.join": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.session.mode.pin": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
      /** `Y` (default) pins, `N` unpins. */
      ACTIVATE?: "Y" | "N";
    };
    result: boolean;
  };
  "imopenlines.session.mode.pinAll": {
    params: Record<string, never>;
    result: number[];
  };
  "imopenlines.session.mode.silent": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
      /** `Y` turns silent mode on; any other value turns it off. */
      ACTIVATE?: string | number;
    };
    result: boolean;
  };
  "imopenlines.session.mode.unpinAll": {
    params: Record<string, never>;
    result: number[];
  };
  "imopenlines.session.open": {
    params: {
      /** User code `<connector>|<LINE_ID>|<CHAT>|<USER>`. */
      USER_CODE: string | number;
    };
    result: {
      /** Open-line chat ID. */
      chatId: number;
    };
  };
  "imopenlines.session.start": {
    params: {
      /** Open-line chat. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "imopenlines.v2.Stat.get": {
    params: {
      /** Start of the period, ISO 8601 (`2026-06-01T00:00:00+02:00`). */
      dateFrom: B24Date;
      /** End of the period, ISO 8601; at most 366 days after `dateFrom`. */
      dateTo: B24Date;
      /** Open channel ID (from imopenlines.config.list.get). */
      configId?: B24Int;
      /** Open channel IDs, at most 1000; used instead of `configId` when both are given. */
      configIdList?: B24Int[];
      /** Channel code (from imconnector.list), e.g. `livechat`. */
      source?: string | number;
      /** Channel codes, at most 1000; used instead of `source` when both are given. */
      sourceList?: Array<string | number>;
      /** Operator (user) ID. */
      operatorId?: B24Int;
      /** Operator IDs, at most 1000; used instead of `operatorId` when both are given. */
      operatorIdList?: B24Int[];
    };
    result: {
      totalSessions: number;
      closedSessions: number;
      spamSessions: number;
      avgWaitAnswer: number;
      avgSessionDuration: number;
      likeCount: number;
      dislikeCount: number;
      votedSessions: number;
      positiveRate: number;
      kpiFirstAnswerOk: number;
      kpiFirstAnswerFail: number;
      sessionsBySource: {
        source: string;
        count: number;
      }[];
      sessionsByHour: number[];
      sessionsByOperator: {
        operatorId: number;
        count: number;
        avgWaitAnswer: number;
        positiveRate: number;
      }[];
    };
  };
  "imopenlines.v2.Operator.list": {
    params: {
      /** Open channel ID (from imopenlines.config.list.get). */
      configId?: B24Int;
      /** Open channel IDs, at most 1000; used instead of `configId` when both are given. */
      configIdList?: B24Int[];
      /** Operator (user) ID. */
      userId?: B24Int;
      /** Operator IDs, at most 1000; used instead of `userId` when both are given. */
      userIdList?: B24Int[];
      /** `online` (not paused), `offline` or `pause`. */
      status?: "online" | "offline" | "pause";
      /** Only operators with (or without) free slots. */
      hasFreeSlots?: B24Bool | "1" | "0" | 1 | 0;
      /** Rows to skip (default 0; at most 10,000 when filtering by `status` or `hasFreeSlots`). */
      offset?: B24Int;
      /** Page size, 1 to 200 (default 50). */
      limit?: B24Int;
    };
    result: {
      operators: {
        userId: number;
        configId: number;
        status: "online" | "offline" | "pause";
        activeSessions: number;
        maxChat: number;
        freeSlots: number;
        lastActivityDate: string;
      }[];
      hasNextPage: boolean;
    };
  };
  "imopenlines.v2.Session.list": {
    params: {
      /** Open channel ID (from imopenlines.config.list.get). */
      configId?: B24Int;
      /** Open channel IDs, at most 1000; used instead of `configId` when both are given. */
      configIdList?: B24Int[];
      /** Operator (user) ID. */
      operatorId?: B24Int;
      /** Operator IDs, at most 1000; used instead of `operatorId` when both are given. */
      operatorIdList?: B24Int[];
      /** Channel code (from imconnector.list), e.g. `livechat`. */
      source?: string | number;
      /** Channel codes, at most 1000; used instead of `source` when both are given. */
      sourceList?: Array<string | number>;
      /** Session status; not with `closeReason`. */
      status?: "new" | "answered" | "closed" | "spam" | "paused";
      /** Why the session closed; not with `status`. */
      closeReason?: "operator" | "auto" | "spam" | "client" | "replyLimit";
      /** Created from, ISO 8601. */
      dateCreateFrom?: B24Date;
      /** Created until, ISO 8601; at most 366 days after `dateCreateFrom`. */
      dateCreateTo?: B24Date;
      /** Closed from, ISO 8601. */
      dateCloseFrom?: B24Date;
      /** Closed until, ISO 8601; at most 366 days after `dateCloseFrom`. */
      dateCloseTo?: B24Date;
      /** Customer rating; `any`: any rating. */
      vote?: "like" | "dislike" | "none" | "any";
      /** Only sessions with (or without) a supervisor rating. */
      hasVoteHead?: B24Bool | "1" | "0" | 1 | 0;
      /** First-response KPI met (or not); needs a full creation or close period. */
      kpiFirstAnswer?: B24Bool | "1" | "0" | 1 | 0;
      /** Only sessions with (or without) a CRM link the user can read. */
      hasCrm?: B24Bool | "1" | "0" | 1 | 0;
      /** Least time to first response, seconds. */
      waitAnswerFrom?: B24Int;
      /** Most time to first response, seconds. */
      waitAnswerTo?: B24Int;
      /** Least time to close, seconds. */
      waitCloseFrom?: B24Int;
      /** Most time to close, seconds. */
      waitCloseTo?: B24Int;
      /** Sort field (default `dateCreate`; the others only with a full period). */
      order?: "dateCreate" | "dateClose" | "waitAnswer" | "waitClose";
      /** Sort direction (default `desc`). */
      orderDirection?: "asc" | "desc";
      /** Rows to skip (default 0; at most 10,000). */
      offset?: B24Int;
      /** Page size, 1 to 200 (default 50). */
      limit?: B24Int;
    };
    result: {
      sessions: {
        id: number;
        configId: number;
        source: string;
        operatorId: number;
        userId: number;
        userCode: string;
        chatId: number;
        dateCreate: string;
        dateClose: string;
        dateFirstAnswer: string;
        dateOperatorAnswer: string;
        status: "new" | "answered" | "closed" | "spam" | "paused";
        closeReason: "operator" | "auto" | "spam" | "client" | "replyLimit";
        vote: "like" | "dislike" | "none";
        voteHead: number;
        commentHead: string;
        crmEntityType: "lead" | "deal" | "contact" | "company";
        crmEntityId: number;
        queueTransfers: number;
        waitAnswer: number;
        waitClose: number;
        kpiFirstAnswer: boolean;
        messageCount: number;
      }[];
      hasNextPage: boolean;
    };
  };
  "imopenlines.v2.Session.Stat.get": {
    params: {
      /** Session IDs, at most 100 (from imopenlines.v2.Session.list). */
      sessionId: B24Int[];
    };
    result: {
      sessions: {
        sessionId: number;
        waitAnswer: number;
        waitClose: number;
        messagesCount: number;
        messagesOperatorCount: number;
        messagesClientCount: number;
        transfersCount: number;
        kpiFirstAnswer: boolean;
        vote: "like" | "dislike" | "none";
        voteHead: number;
      }[];
    };
  };
  "imopenlines.v2.Session.Rating.list": {
    params: {
      /** Start of the rating period, ISO 8601. */
      dateVoteFrom: B24Date;
      /** End of the rating period, ISO 8601; at most 366 days after `dateVoteFrom`. */
      dateVoteTo: B24Date;
      /** Open channel ID (from imopenlines.config.list.get). */
      configId?: B24Int;
      /** Open channel IDs, at most 1000; used instead of `configId` when both are given. */
      configIdList?: B24Int[];
      /** Operator (user) ID. */
      operatorId?: B24Int;
      /** Operator IDs, at most 1000; used instead of `operatorId` when both are given. */
      operatorIdList?: B24Int[];
      /** Channel code (from imconnector.list), e.g. `livechat`. */
      source?: string | number;
      /** Channel codes, at most 1000; used instead of `source` when both are given. */
      sourceList?: Array<string | number>;
      /** Customer rating. */
      vote?: "like" | "dislike";
      /** Only sessions with (or without) a supervisor rating. */
      hasVoteHead?: B24Bool | "1" | "0" | 1 | 0;
      /** Rows to skip (default 0; at most 10,000). */
      offset?: B24Int;
      /** Page size, 1 to 200 (default 50). */
      limit?: B24Int;
    };
    result: {
      ratings: {
        sessionId: number;
        configId: number;
        operatorId: number;
        source: string;
        vote: "like" | "dislike" | "none";
        voteHead: number;
        commentHead: string;
        dateVote: string;
        dateSessionClose: string;
      }[];
      hasNextPage: boolean;
    };
  };
  "imopenlines.v2.Session.Transfer.list": {
    params: {
      /** Session IDs, at most 50 (from imopenlines.v2.Session.list). */
      sessionId: B24Int[];
    };
    result: {
      transfers: {
        sessionId: number;
        date: string;
        fromOperatorId: number;
        toOperatorId: number;
        fromConfigId: number;
        toConfigId: number;
        reason: "manual" | "queue" | "auto" | "line";
        mode: "MANUAL" | "AUTO" | "BOT";
        type: "USER" | "QUEUE";
        initiatorId: number;
      }[];
    };
  };
  "imconnector.activate": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** `1` (or `Y`) turns the connector on, `0` (or `N`) turns it off. */
      ACTIVE: string | number;
    };
    result: boolean;
  };
  "imconnector.chat.name.set": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Chat ID in the external system. */
      CHAT_ID: string | number;
      /** New chat name. */
      NAME: string | number;
      /** External user ID; needed only by connectors registered with `CHAT_GROUP=false`. */
      USER_ID?: string | number;
    };
    result: {
      /** Whether the chat was renamed. */
      SUCCESS: boolean;
      /** Rename details. */
      DATA: {
        /** Details of the rename. */
        RESULT?: Record<string, unknown>;
      };
    };
  };
  "imconnector.connector.data.set": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** External channel settings, written as a whole. */
      DATA: {
        /** Channel ID in the external system, e.g. `channel-123`. */
        ID?: string | number;
        /** Link to the channel or chat in the external system. */
        URL?: string | number;
        /** Link for operators; `URL` if there is no separate one. */
        URL_IM?: string | number;
        /** Channel name shown in the interface. */
        NAME?: string | number;
      };
    };
    result: boolean;
  };
  "imconnector.delete.messages": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Messages to delete, each with `user`, `message` and `chat`. */
      MESSAGES: {
        /** Author in the external system. */
        user: {
          /** External user ID, as sent with the message. */
          id: string | number;
        };
        /** Message to delete. */
        message: {
          /** External ID of the message to delete. */
          id: string | number;
        };
        /** Chat in the external system. */
        chat: {
          /** External chat or channel ID, as sent with the message. */
          id: string | number;
        };
      }[];
    };
    result: {
      /** Whether the request was processed. */
      SUCCESS: boolean;
      /** Per-message outcome. */
      DATA: {
        /** One entry per element of `MESSAGES`. */
        RESULT: {
          /** Internal Bitrix24 user ID of the author. */
          user?: string;
          /** The deleted message. */
          message?: {
            /** External message ID. */
            id?: string;
            /** Message time, if it was given. */
            date?: number | Record<string, unknown>;
            /** Message text, if it was given. */
            text?: string;
            /** Message files, if they were given. */
            files?: unknown[];
          };
          /** The chat. */
          chat?: {
            /** External chat ID. */
            id?: string;
            /** Chat description, when a link was given. */
            description?: string;
          };
          /** Whether this message was deleted. */
          SUCCESS: boolean;
          /** Error texts, when `SUCCESS` is false. */
          ERRORS?: string[];
        }[];
      };
    };
  };
  "imconnector.list": {
    params: Record<string, never>;
    result: Record<string, string>;
  };
  "imconnector.register": {
    params: {
      /** Connector code: lower-case letters, digits and `_`, no dots. */
      ID: string | number;
      /** Connector name shown in the interface. */
      NAME: string | number;
      /** Icon of the active connector. */
      ICON: {
        /** SVG icon as a `data:image/svg+xml,` URI. */
        DATA_IMAGE: string | number;
        /** Background color, e.g. `#69acc0`. */
        COLOR?: string | number;
        /** Background size, e.g. `90%`. */
        SIZE?: string | number;
        /** Background position, e.g. `center`. */
        POSITION?: string | number;
      };
      /** URL of the app's connector-settings page (opened in a slider). */
      PLACEMENT_HANDLER: string | number;
      /** Icon of the inactive connector. */
      ICON_DISABLED?: {
        /** SVG icon as a `data:image/svg+xml,` URI. */
        DATA_IMAGE?: string | number;
        /** Background color. */
        COLOR?: string | number;
        /** Background size. */
        SIZE?: string | number;
        /** Background position. */
        POSITION?: string | number;
      };
      /** Incoming messages may be deleted (default true). */
      DEL_EXTERNAL_MESSAGES?: B24Bool;
      /** Operator messages may be edited (default true). */
      EDIT_INTERNAL_MESSAGES?: B24Bool;
      /** Operator messages may be deleted (default true). */
      DEL_INTERNAL_MESSAGES?: B24Bool;
      /** The channel may be used for CRM mailings (default true). */
      NEWSLETTER?: B24Bool;
      /** System messages are sent to the channel (default true). */
      NEED_SYSTEM_MESSAGES?: B24Bool;
      /** Operator signature is added to messages (default true). */
      NEED_SIGNATURE?: B24Bool;
      /** `true`: one chat per external `chat.id`; `false` (default): one per `user.id`. */
      CHAT_GROUP?: B24Bool;
    };
    result: {
      /** Whether it worked. */
      result: boolean;
      /** Error code, when `result` is false. */
      error?: string;
      /** Error text, when `result` is false. */
      error_description?: string;
    };
  };
  "imconnector.send.messages": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Messages, each with `user`, `message` and `chat`. */
      MESSAGES: {
        /** Author in the external system. */
        user: {
          /** User ID in the external system. */
          id: string | number;
          /** Last name: letters, spaces, hyphens, apostrophes. */
          last_name?: string | number;
          /** First name: letters, spaces, hyphens, apostrophes. */
          name?: string | number;
          /** Avatar, `{"url": ...}`. */
          picture?: {
            /** Public link to the image. */
            url: string | number;
          };
          /** Profile link in the external system. */
          url?: string | number;
          /** `male` or `female`. */
          gender?: "male" | "female";
          /** E-mail. */
          email?: string | number;
          /** Phone number. */
          phone?: string | number;
          /** `Y` stores the phone in CRM without validating it. */
          skip_phone_validate?: "Y";
        };
        /** The message; give `text` or `files`. */
        message: B24AnyOf<{
          /** Message ID in the external system. */
          id?: string | number;
          /** Message time, Unix seconds. */
          date?: B24Int;
          /** Message text (with chat formatting). */
          text?: string | number;
          /** Files, each `{url, name}`. */
          files?: {
            /** Link to the file, reachable from Bitrix24. */
            url: string | number;
            /** File name. */
            name?: string | number;
          }[];
          /** `Y` skips the CRM tracker for this message. */
          disable_crm?: "Y";
          /** Bitrix24 employee on whose behalf the message goes. */
          user_id?: B24Int;
        }, "text" | "files">;
        /** Chat in the external system. */
        chat: {
          /** Chat or channel ID in the external system. */
          id: string | number;
          /** Chat or channel name. */
          name?: string | number;
          /** Link to the chat or channel. */
          url?: string | number;
        };
      }[];
    };
    result: {
      /** Whether the request was processed. */
      SUCCESS: boolean;
      /** Per-message outcome. */
      DATA: {
        /** One entry per element of `MESSAGES`. */
        RESULT: {
          /** Internal Bitrix24 user ID of the author. */
          user?: string;
          /** The message after processing. */
          message?: {
            /** External message ID. */
            id?: string;
            /** Message date after processing. */
            date?: number | Record<string, unknown>;
            /** Message text. */
            text?: string;
            /** Message files. */
            files?: unknown[];
          };
          /** The chat after processing. */
          chat?: {
            /** External chat ID. */
            id?: string;
            /** Chat name. */
            name?: string;
            /** Chat description, e.g. the original link. */
            description?: string;
          };
          /** Processing flags. */
          extra?: {
            /** `Y` when phone validation was skipped. */
            skip_phone_validate?: string;
            /** `Y` when the CRM tracker was off. */
            disable_tracker?: string;
          };
          /** Whether this message was processed. */
          SUCCESS: boolean;
          /** Error texts, when `SUCCESS` is false. */
          ERRORS?: string[];
          /** Open-line session, when there is one. */
          session?: {
            /** Open-line session ID. */
            ID?: number;
            /** Bitrix24 chat ID. */
            CHAT_ID?: number;
          };
        }[];
      };
    };
  };
  "imconnector.send.status.delivery": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Delivery statuses, each with `im`, `message` and `chat`. */
      MESSAGES: {
        /** Bitrix24 IDs from the `OnImConnectorMessageAdd` event. */
        im?: {
          /** Open-line chat ID in Bitrix24. */
          chat_id?: B24Int;
          /** Message ID in Bitrix24. */
          message_id?: B24Int;
        };
        /** The messages in the external system. */
        message?: {
          /** External message IDs (an array even for one). */
          id?: Array<string | number>;
          /** Delivery time, Unix seconds. */
          date?: B24Int;
        };
        /** Chat in the external system. */
        chat?: {
          /** Chat or channel ID in the external system. */
          id?: string | number;
        };
      }[];
    };
    result: {
      /** Whether the statuses were recorded. */
      SUCCESS: boolean;
      /** Empty on success. */
      DATA: unknown[];
    };
  };
  "imconnector.send.status.reading": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Read statuses, each with `im`, `message` and `chat`. */
      MESSAGES: {
        /** Bitrix24 IDs from the `OnImConnectorMessageAdd` event. */
        im?: {
          /** Open-line chat ID in Bitrix24. */
          chat_id?: B24Int;
          /** Message ID in Bitrix24. */
          message_id?: B24Int;
        };
        /** The messages in the external system. */
        message?: {
          /** External message IDs (an array even for one). */
          id?: Array<string | number>;
        };
        /** Chat in the external system. */
        chat?: {
          /** Chat or channel ID in the external system. */
          id?: string | number;
        };
      }[];
    };
    result: {
      /** Whether the statuses were recorded. */
      SUCCESS: boolean;
      /** Empty on success. */
      DATA: unknown[];
    };
  };
  "imconnector.status": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID; without it line `0` is checked, which is rarely meaningful. */
      LINE?: B24Int;
    };
    result: {
      /** Open line ID. */
      LINE: number;
      /** Connector code. */
      CONNECTOR: string;
      /** The connector is in an error state. */
      ERROR: boolean;
      /** The connector is fully set up. */
      CONFIGURED: boolean;
      /** The connector is usable. */
      STATUS: boolean;
    };
  };
  "imconnector.unregister": {
    params: {
      /** Connector code given to `imconnector.register`. */
      ID: string | number;
    };
    result: {
      /** Whether it worked. */
      result: boolean;
      /** Error code, when `result` is false. */
      error?: string;
      /** Error text, when `result` is false. */
      error_description?: string;
    };
  };
  "imconnector.update.messages": {
    params: {
      /** Connector code (the `ID` given to `imconnector.register`). */
      CONNECTOR: string | number;
      /** Open line ID. */
      LINE: B24Int;
      /** Messages to change, each with `user`, `message` and `chat`. */
      MESSAGES: {
        /** Author in the external system. */
        user: {
          /** User ID in the external system. */
          id: string | number;
          /** Last name. */
          last_name?: string | number;
          /** First name. */
          name?: string | number;
          /** Avatar, `{"url": ...}`. */
          picture?: {
            /** Public link to the image. */
            url: string | number;
          };
          /** Profile link in the external system. */
          url?: string | number;
          /** `male` or `female`. */
          gender?: "male" | "female";
          /** E-mail. */
          email?: string | number;
          /** Phone number. */
          phone?: string | number;
          /** `Y` stores the phone in CRM without validating it. */
          skip_phone_validate?: "Y";
        };
        /** The message (same external `id` as when sent); give `text` or `files`. */
        message: B24AnyOf<{
          /** Message ID in the external system. */
          id?: string | number;
          /** Message time, Unix seconds. */
          date?: B24Int;
          /** Message text (with chat formatting). */
          text?: string | number;
          /** Files, each `{url, name}`. */
          files?: {
            /** Link to the file, reachable from Bitrix24. */
            url: string | number;
            /** File name. */
            name?: string | number;
          }[];
          /** `Y` skips the CRM tracker for this message. */
          disable_crm?: "Y";
          /** Bitrix24 employee on whose behalf the message goes. */
          user_id?: B24Int;
        }, "text" | "files">;
        /** Chat in the external system (same `id` as when sent). */
        chat: {
          /** Chat or channel ID in the external system. */
          id: string | number;
          /** Chat or channel name. */
          name?: string | number;
          /** Link to the chat or channel. */
          url?: string | number;
        };
      }[];
    };
    result: {
      /** Whether the request was processed. */
      SUCCESS: boolean;
      /** Per-message outcome. */
      DATA: {
        /** One entry per element of `MESSAGES`. */
        RESULT: {
          /** Internal Bitrix24 user ID of the author. */
          user?: string;
          /** The message after processing. */
          message?: {
            /** External message ID. */
            id?: string;
            /** Message date after processing. */
            date?: number | Record<string, unknown>;
            /** Message text. */
            text?: string;
            /** Message files. */
            files?: unknown[];
          };
          /** The chat after processing. */
          chat?: {
            /** External chat ID. */
            id?: string;
            /** Chat name. */
            name?: string;
            /** Chat description, e.g. the original link. */
            description?: string;
          };
          /** Processing flags. */
          extra?: {
            /** `Y` when phone validation was skipped. */
            skip_phone_validate?: string;
            /** `Y` when the CRM tracker was off. */
            disable_tracker?: string;
          };
          /** Whether this message was processed. */
          SUCCESS: boolean;
          /** Error texts, when `SUCCESS` is false. */
          ERRORS?: string[];
          /** Open-line session, when there is one. */
          session?: {
            /** Open-line session ID. */
            ID?: number;
            /** Bitrix24 chat ID. */
            CHAT_ID?: number;
          };
        }[];
      };
    };
  };
  "im.chat.add": {
    params: {
      /** Users to add; the caller joins as owner. */
      USERS?: B24Int[];
      /** `OPEN` (open) or `CHAT` (closed, the default). */
      TYPE?: "OPEN" | "CHAT";
      /** Chat title; generated when left out. */
      TITLE?: string | number;
      /** Chat description. */
      DESCRIPTION?: string | number;
      /** Chat color. */
      COLOR?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
      /** First message posted in the chat. */
      MESSAGE?: string | number;
      /** Avatar image as base64 (at most 5000x5000). */
      AVATAR?: string | number;
      /** Kind of external object the chat is bound to. */
      ENTITY_TYPE?: "VIDEOCONF" | "AI_ASSISTANT_PRIVATE" | "LINES" | "LIVECHAT" | "ANNOUNCEMENT" | "CALENDAR" | "MAIL" | "CRM" | "SONET_GROUP" | "TASKS" | "CALL";
      /** ID of that object, e.g. `DEAL|1663` for CRM. */
      ENTITY_ID?: string | number;
      /** BitrixGPT role code, e.g. `copilot_assistant`. */
      COPILOT_MAIN_ROLE?: string | number;
    };
    result: number;
  };
  "im.chat.get": {
    params: {
      /** Kind of external object. */
      ENTITY_TYPE: "VIDEOCONF" | "AI_ASSISTANT_PRIVATE" | "LINES" | "LIVECHAT" | "ANNOUNCEMENT" | "CALENDAR" | "MAIL" | "CRM" | "SONET_GROUP" | "TASKS_TASK" | "TASKS" | "CALL";
      /** ID of the object, e.g. `DEAL|1663` for CRM. */
      ENTITY_ID: string | number;
    };
    result: {
      /** Chat ID. */
      ID: number;
    };
  };
  "im.chat.leave": {
    params: {
      /** Chat to leave. */
      CHAT_ID: B24Int;
    };
    result: boolean;
  };
  "im.chat.mute": {
    params: B24AnyOf<{
      /** Chat ID; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog: `chatXXX`, `sgXXX` or a user ID; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** `Y` mutes (the default), `N` unmutes. */
      MUTE?: "Y" | "N";
    }, "CHAT_ID" | "DIALOG_ID">;
    result: boolean;
  };
  "im.chat.setOwner": {
    params: B24AnyOf<{
      /** Chat ID without the `chat` prefix; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog as `chatXXX`; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** New owner. */
      USER_ID: B24Int;
    }, "CHAT_ID" | "DIALOG_ID">;
    result: boolean;
  };
  "im.chat.updateAvatar": {
    params: B24AnyOf<{
      /** Chat ID without the `chat` prefix; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog as `chatXXX`; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** Image as base64 (at most 5000x5000). */
      AVATAR: string | number;
    }, "CHAT_ID" | "DIALOG_ID">;
    result: boolean;
  };
  "im.chat.updateColor": {
    params: B24AnyOf<{
      /** Chat ID without the `chat` prefix; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog as `chatXXX`; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** New color. */
      COLOR: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
    }, "CHAT_ID" | "DIALOG_ID">;
    result: boolean;
  };
  "im.chat.updateTitle": {
    params: B24AnyOf<{
      /** Chat ID without the `chat` prefix; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog as `chatXXX`; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** New title (trimmed). */
      TITLE: string | number;
    }, "CHAT_ID" | "DIALOG_ID">;
    result: boolean;
  };
  "im.chat.user.add": {
    params: {
      /** Chat to add them to. */
      CHAT_ID: B24Int;
      /** Users to add. */
      USERS: B24Int[];
      /** `Y` (the default) hides earlier messages from them. */
      HIDE_HISTORY?: "Y" | "N";
    };
    result: boolean;
  };
  "im.chat.user.delete": {
    params: {
      /** Chat to remove the user from. */
      CHAT_ID: B24Int;
      /** User to remove. */
      USER_ID: B24Int;
    };
    result: boolean;
  };
  "im.chat.user.list": {
    params: {
      /** Chat to list. */
      CHAT_ID: B24Int;
    };
    result: number[];
  };
  "im.counters.get": {
    params: Record<string, never>;
    result: {
      /** Totals by kind. */
      TYPE: {
        /** Unread messages and notifications in all. */
        ALL: number;
        /** Unread notifications. */
        NOTIFY: number;
        /** Unread messages in group chats. */
        CHAT: number;
        /** Unread messages in open lines. */
        LINES: number;
        /** Unread messages in one-on-one dialogs. */
        DIALOG: number;
        /** Unread messages, notifications left out. */
        MESSENGER: number;
      };
      /** Unread count by chat ID. */
      CHAT: Record<string, number> | unknown[];
      /** Unread count by ID of muted chats. */
      CHAT_MUTED: Record<string, number> | unknown[];
      /** Chats marked unread. */
      CHAT_UNREAD: Record<string, number> | unknown[];
      /** Unread count by open-line chat. */
      LINES: Record<string, number> | unknown[];
      /** Unread count by user ID of one-on-one dialogs. */
      DIALOG: Record<string, number> | unknown[];
      /** Dialogs marked unread. */
      DIALOG_UNREAD: Record<string, number> | unknown[];
    };
  };
  "im.department.colleagues.list": {
    params: {
      /** `Y` returns user objects instead of IDs. */
      USER_DATA?: "Y" | "N";
      /** Entries to skip. */
      OFFSET?: B24Int;
      /** Page size (10 by default, at most 50). */
      LIMIT?: B24Int;
    };
    result: number[] | {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }[];
  };
  "im.department.employees.get": {
    params: {
      /** Department IDs, as an array or JSON text. */
      ID: B24Int[] | string | number;
      /** `Y` returns user objects instead of IDs. */
      USER_DATA?: "Y" | "N";
    };
    result: Record<string, number[] | {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }[]>;
  };
  "im.department.get": {
    params: {
      /** Department IDs, as an array or JSON text. */
      ID: B24Int[] | string | number;
      /** `Y` adds the head's user object. */
      USER_DATA?: "Y" | "N";
    };
    result: {
      /** Department ID. */
      id: number;
      /** Short name. */
      name: string;
      /** Name with its place in the company structure. */
      full_name?: string;
      /** Head of the department. */
      manager_user_id?: number;
      /** The head's data (with `USER_DATA=Y`). */
      manager_user_data?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
    }[];
  };
  "im.department.managers.get": {
    params: {
      /** Department IDs, as an array or JSON text. */
      ID: B24Int[] | string | number;
      /** `Y` returns user objects instead of IDs. */
      USER_DATA?: "Y" | "N";
    };
    result: Record<string, number[] | {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }[]>;
  };
  "im.dialog.get": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
    };
    result: {
      /** Chat ID. */
      id?: number;
      /** Parent chat. */
      parent_chat_id?: number;
      /** Parent message. */
      parent_message_id?: number;
      /** Chat name. */
      name?: string;
      /** Chat title. */
      title?: string;
      /** Description. */
      description?: string;
      /** Owner. */
      owner?: number;
      /** Extranet users take part. */
      extranet?: boolean;
      /** Collab users take part. */
      contains_collaber?: boolean;
      /** Avatar URL; empty when unset. */
      avatar?: string;
      /** Color, HEX. */
      color?: string;
      /** Chat type. */
      type?: string;
      /** Unread messages for the caller. */
      counter?: number;
      /** Members. */
      user_counter?: number;
      /** Messages. */
      message_count?: number;
      /** First unread message. */
      unread_id?: number;
      /** What members may do. */
      restrictions?: {
        /** Change the avatar. */
        avatar?: boolean;
        /** Rename. */
        rename?: boolean;
        /** Add members. */
        extend?: boolean;
        /** Call. */
        call?: boolean;
        /** Mute. */
        mute?: boolean;
        /** Leave. */
        leave?: boolean;
        /** Leave as owner. */
        leave_owner?: boolean;
        /** Post messages. */
        send?: boolean;
        /** See the members. */
        user_list?: boolean;
        /** Link to the bound object. */
        path?: string;
        /** Text of that link. */
        path_title?: string;
      };
      /** Last message. */
      last_message_id?: number;
      /** Last message the caller read. */
      last_id?: number;
      /** Marked message. */
      marked_id?: number;
      /** Drive folder of the chat's files. */
      disk_folder_id?: number;
      /** Kind of bound object. */
      entity_type?: string;
      /** ID of the bound object. */
      entity_id?: string;
      /** External data 1. */
      entity_data_1?: string;
      /** External data 2. */
      entity_data_2?: string;
      /** External data 3. */
      entity_data_3?: string;
      /** Users who muted the chat. */
      mute_list?: number[] | Record<string, boolean>;
      /** Chat managers. */
      manager_list?: number[];
      /** Creation date. */
      date_create?: string;
      /** Message type code of the chat. */
      message_type?: string;
      /** Public access data. */
      public?: string | {
        /** Public code. */
        code?: string;
        /** Public link. */
        link?: string;
      };
      /** The caller's role. */
      role?: string;
      /** Link to the bound object. */
      entity_link?: {
        /** Kind of bound object. */
        type?: string;
        /** Its URL. */
        url?: string;
        /** Its ID. */
        id?: string;
      };
      /** Whether the input field is shown. */
      text_field_enabled?: boolean;
      /** Chat background. */
      background_id?: number;
      /** Who may do what. */
      permissions?: {
        /** Add members. */
        manage_users_add?: string;
        /** Remove members. */
        manage_users_delete?: string;
        /** Change title, color and avatar. */
        manage_ui?: string;
        /** Change settings. */
        manage_settings?: string;
        /** Manage messages. */
        manage_messages?: string;
        /** Post messages. */
        can_post?: string;
      };
      /** New dialog. */
      is_new?: boolean;
      /** Who read how far. */
      readed_list?: {
        /** User. */
        user_id: number;
        /** Name. */
        user_name?: string;
        /** Last message read. */
        message_id?: number;
        /** When. */
        date?: string;
      }[];
      /** Views of the last message. */
      last_message_views?: {
        /** Message. */
        message_id?: number;
        /** First viewers. */
        first_viewers?: unknown[];
        /** Views. */
        count_of_viewers?: number;
      };
      /** Dialog ID as asked. */
      dialog_id?: string;
    };
  };
  "im.dialog.messages.get": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** Return messages older than this one. */
      LAST_ID?: B24Int;
      /** Return messages newer than this one. */
      FIRST_ID?: B24Int;
      /** Page size (20 by default, at most 50; unread ones may add more). */
      LIMIT?: B24Int;
    };
    result: {
      /** Chat ID. */
      chat_id: number;
      /** Messages, newest first. */
      messages: {
        /** Message ID. */
        id: number;
        /** Chat. */
        chat_id?: number;
        /** Author; 0 for system messages. */
        author_id?: number;
        /** When posted. */
        date?: string;
        /** Text. */
        text?: string;
        /** Unread by the caller. */
        unread?: boolean;
        /** Client UUID; `null` for system messages. */
        uuid?: string;
        /** Text replacements. */
        replaces?: unknown[];
        /** Extra message data. */
        params?: Record<string, unknown> | unknown[];
        /** When it disappears. */
        disappearing_date?: string;
      }[];
      /** Authors of the messages. */
      users: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      }[];
      /** Files of the messages. */
      files: {
        /** Drive file ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Upload date. */
        date?: string | Record<string, unknown>;
        /** `file`, `image`, `video` or `audio`. */
        type?: string;
        /** File name. */
        name?: string;
        /** Extension. */
        extension?: string;
        /** Size in bytes. */
        size?: number;
        /** Image size, or `false`. */
        image?: {
          /** Height. */
          height?: number;
          /** Width. */
          width?: number;
        } | boolean;
        /** Upload status, e.g. `done`. */
        status?: string;
        /** Upload progress in percent. */
        progress?: number;
        /** Uploader. */
        authorId?: number;
        /** Uploader's name. */
        authorName?: string;
        /** Preview link. */
        urlPreview?: string;
        /** View link. */
        urlShow?: string;
        /** Download link. */
        urlDownload?: string;
        /** Attributes for the built-in viewer. */
        viewerAttrs?: {
          /** Viewer. */
          viewer?: string;
          /** Viewer type. */
          viewerType?: string;
          /** Source link. */
          src?: string;
          /** Reduced version link. */
          viewerResized?: string;
          /** Object ID. */
          objectId?: string;
          /** Viewer group. */
          viewerGroupBy?: string;
          /** Chat. */
          imChatId?: number;
          /** Title. */
          title?: string;
          /** Unified file link. */
          unifiedLink?: string;
          /** Actions as JSON text. */
          actions?: string;
        };
        /** Media preview links. */
        mediaUrl?: {
          /** Preview links by size in pixels. */
          preview?: Record<string, string>;
        };
        /** Can be transcribed. */
        isTranscribable?: boolean;
        /** Video note. */
        isVideoNote?: boolean;
        /** Voice note. */
        isVoiceNote?: boolean;
      }[];
    };
  };
  "im.dialog.messages.search": {
    params: {
      /** Chat to search in. */
      CHAT_ID: B24Int;
      /** Text to look for (more than 2 characters). */
      SEARCH_MESSAGE?: string | number;
      /** Start of the period. */
      DATE_FROM?: B24Date;
      /** End of the period. */
      DATE_TO?: B24Date;
      /** Search the 24 hours from this moment. */
      DATE?: B24Date;
      /** Sort order; `{"ID": "DESC"}` by default. */
      ORDER?: {
        /** Order by message ID. */
        ID?: "ASC" | "DESC";
      };
      /** Page size (50 by default, at most 200). */
      LIMIT?: B24Int;
      /** Last message of the previous page. */
      LAST_ID?: B24Int;
    };
    result: {
      /** Messages found. */
      messages: {
        /** Message ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Same as `chatId`. */
        chat_id?: number;
        /** Author. */
        authorId?: number;
        /** Same as `authorId`. */
        author_id?: number;
        /** When posted. */
        date?: string;
        /** Text. */
        text?: string;
        /** System message. */
        isSystem?: boolean;
        /** Client UUID. */
        uuid?: string;
        /** Forwarding data. */
        forward?: Record<string, unknown>;
        /** Extra message data. */
        params?: Record<string, unknown> | unknown[];
        /** Seen by others. */
        viewedByOthers?: boolean;
        /** Block data. */
        block?: Record<string, unknown>;
        /** Unread by the caller. */
        unread?: boolean;
        /** Seen by the caller. */
        viewed?: boolean;
        /** How many have seen it. */
        viewedCount?: number;
      }[];
      /** Authors of the messages. */
      users?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        firstName?: string;
        /** Last name. */
        lastName?: string;
        /** Job title. */
        workPosition?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatarHr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        externalAuthId?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        lastActivityDate?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobileLastDate?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktopLastDate?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        botData?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      }[];
      /** Files of the messages. */
      files?: {
        /** Drive file ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Upload date. */
        date?: string | Record<string, unknown>;
        /** `file`, `image`, `video` or `audio`. */
        type?: string;
        /** File name. */
        name?: string;
        /** Extension. */
        extension?: string;
        /** Size in bytes. */
        size?: number;
        /** Image size, or `false`. */
        image?: {
          /** Height. */
          height?: number;
          /** Width. */
          width?: number;
        } | boolean;
        /** Upload status, e.g. `done`. */
        status?: string;
        /** Upload progress in percent. */
        progress?: number;
        /** Uploader. */
        authorId?: number;
        /** Uploader's name. */
        authorName?: string;
        /** Preview link. */
        urlPreview?: string;
        /** View link. */
        urlShow?: string;
        /** Download link. */
        urlDownload?: string;
        /** Attributes for the built-in viewer. */
        viewerAttrs?: {
          /** Viewer. */
          viewer?: string;
          /** Viewer type. */
          viewerType?: string;
          /** Source link. */
          src?: string;
          /** Reduced version link. */
          viewerResized?: string;
          /** Object ID. */
          objectId?: string;
          /** Viewer group. */
          viewerGroupBy?: string;
          /** Chat. */
          imChatId?: number;
          /** Title. */
          title?: string;
          /** Unified file link. */
          unifiedLink?: string;
          /** Actions as JSON text. */
          actions?: string;
        };
        /** Media preview links. */
        mediaUrl?: {
          /** Preview links by size in pixels. */
          preview?: Record<string, string>;
        };
        /** Can be transcribed. */
        isTranscribable?: boolean;
        /** Video note. */
        isVideoNote?: boolean;
        /** Voice note. */
        isVoiceNote?: boolean;
      }[];
      /** Messages quoted or forwarded by those found. */
      additionalMessages?: {
        /** Message ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Same as `chatId`. */
        chat_id?: number;
        /** Author. */
        authorId?: number;
        /** Same as `authorId`. */
        author_id?: number;
        /** When posted. */
        date?: string;
        /** Text. */
        text?: string;
        /** System message. */
        isSystem?: boolean;
        /** Client UUID. */
        uuid?: string;
        /** Forwarding data. */
        forward?: Record<string, unknown>;
        /** Extra message data. */
        params?: Record<string, unknown> | unknown[];
        /** Seen by others. */
        viewedByOthers?: boolean;
        /** Block data. */
        block?: Record<string, unknown>;
        /** Unread by the caller. */
        unread?: boolean;
        /** Seen by the caller. */
        viewed?: boolean;
        /** How many have seen it. */
        viewedCount?: number;
      }[];
      /** BitrixGPT data. */
      copilot?: Record<string, unknown>;
      /** Stickers of the messages. */
      stickers?: unknown[];
      /** Reactions to the messages. */
      reactions?: {
        /** Message. */
        messageId: number;
        /** Count by reaction. */
        reactionCounters?: Record<string, unknown>;
        /** Users by reaction. */
        reactionUsers?: Record<string, unknown>;
        /** The caller's reactions. */
        ownReactions?: string[];
      }[];
      /** Plan limits on history. */
      tariffRestrictions?: {
        /** The plan's history limit was reached. */
        isHistoryLimitExceeded?: boolean;
      };
      /** Short data of users who reacted. */
      usersShort?: {
        /** User ID. */
        id: number;
        /** Full name. */
        name?: string;
        /** Avatar URL. */
        avatar?: string;
      }[];
    };
  };
  "im.dialog.read": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** Last message to mark read; all unread when left out. */
      MESSAGE_ID?: B24Int;
    };
    result: {
      /** Dialog. */
      dialogId: string;
      /** Chat ID. */
      chatId: number;
      /** Last read message. */
      lastId: number;
      /** Unread messages left. */
      counter: number;
    } | boolean;
  };
  "im.dialog.read.all": {
    params: Record<string, never>;
    result: boolean;
  };
  "im.dialog.unread": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** First message to mark unread. */
      MESSAGE_ID: B24Int;
    };
    result: boolean;
  };
  "im.dialog.users.list": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** `Y` leaves out system users (bots, connectors...). */
      SKIP_EXTERNAL?: "Y" | "N";
      /** Comma-separated system user types to keep, e.g. `bot, email`. */
      SKIP_EXTERNAL_EXCEPT_TYPES?: string | number;
      /** Page size (50 by default, at most 200). */
      LIMIT?: B24Int;
      /** Last user of the previous page. */
      LAST_ID?: B24Int;
      /** Entries to skip. */
      OFFSET?: B24Int;
    };
    result: {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }[];
  };
  "im.dialog.writing": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
    };
    result: boolean;
  };
  "im.disk.file.commit": {
    params: B24AnyOf<B24AnyOf<{
      /** Chat ID; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog: `chatXXX`, `sgXXX` or a user ID; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
      /** Drive file ID(s); or give `UPLOAD_ID`. */
      FILE_ID?: B24Int | B24Int[];
      /** Drive file ID(s) of fresh uploads; or give `FILE_ID`. */
      UPLOAD_ID?: B24Int | B24Int[];
      /** Text sent with the files. */
      MESSAGE?: string | number;
      /** Open-line chats: whether the client is notified. */
      SILENT_MODE?: "Y" | "N";
      /** With `UPLOAD_ID`: send images uncompressed, as files. */
      AS_FILE?: "Y" | "N";
    }, "CHAT_ID" | "DIALOG_ID">, "FILE_ID" | "UPLOAD_ID">;
    result: {
      /** Posted files, keyed `upload<ID>`. */
      FILES: Record<string, {
        /** Drive file ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Upload date. */
        date?: string | Record<string, unknown>;
        /** `file`, `image`, `video` or `audio`. */
        type?: string;
        /** File name. */
        name?: string;
        /** Extension. */
        extension?: string;
        /** Size in bytes. */
        size?: number;
        /** Image size, or `false`. */
        image?: {
          /** Height. */
          height?: number;
          /** Width. */
          width?: number;
        } | boolean;
        /** Upload status, e.g. `done`. */
        status?: string;
        /** Upload progress in percent. */
        progress?: number;
        /** Uploader. */
        authorId?: number;
        /** Uploader's name. */
        authorName?: string;
        /** Preview link. */
        urlPreview?: string;
        /** View link. */
        urlShow?: string;
        /** Download link. */
        urlDownload?: string;
        /** Attributes for the built-in viewer. */
        viewerAttrs?: {
          /** Viewer. */
          viewer?: string;
          /** Viewer type. */
          viewerType?: string;
          /** Source link. */
          src?: string;
          /** Reduced version link. */
          viewerResized?: string;
          /** Object ID. */
          objectId?: string;
          /** Viewer group. */
          viewerGroupBy?: string;
          /** Chat. */
          imChatId?: number;
          /** Title. */
          title?: string;
          /** Unified file link. */
          unifiedLink?: string;
          /** Actions as JSON text. */
          actions?: string;
        };
        /** Media preview links. */
        mediaUrl?: {
          /** Preview links by size in pixels. */
          preview?: Record<string, string>;
        };
        /** Can be transcribed. */
        isTranscribable?: boolean;
        /** Video note. */
        isVideoNote?: boolean;
        /** Voice note. */
        isVoiceNote?: boolean;
      }>;
      /** Drive IDs of the files. */
      DISK_ID?: number[];
      /** Drive records of the files, keyed `upload<ID>`. */
      FILE_MODELS?: Record<string, {
        /** Drive file ID. */
        id: number;
        /** Name. */
        name?: string;
        /** Created. */
        createTime?: string | Record<string, unknown>;
        /** Updated. */
        updateTime?: string | Record<string, unknown>;
        /** Deleted. */
        deleteTime?: string | Record<string, unknown>;
        /** Type code. */
        code?: string;
        /** External ID. */
        xmlId?: string;
        /** Storage. */
        storageId?: number;
        /** Real object. */
        realObjectId?: number;
        /** Parent folder. */
        parentId?: number;
        /** Deletion type. */
        deletedType?: number;
        /** Creator. */
        createdBy?: string;
        /** Last editor. */
        updatedBy?: string;
        /** Deleter. */
        deletedBy?: string;
        /** Unique code. */
        uniqueCode?: string;
        /** File type code. */
        typeFile?: number;
        /** Content version. */
        globalContentVersion?: number;
        /** Underlying file. */
        fileId?: number;
        /** Size in bytes. */
        size?: number;
        /** ETag. */
        etag?: string;
        /** Links. */
        links?: {
          /** Download link. */
          download?: string;
          /** Link to show it in Drive. */
          showInGrid?: string;
          /** Preview link. */
          preview?: string;
        };
      }>;
      /** Message carrying the files. */
      MESSAGE_ID: number;
    };
  };
  "im.disk.file.delete": {
    params: {
      /** Chat the file is in. */
      CHAT_ID: B24Int;
      /** File to delete. */
      FILE_ID: B24Int;
    };
    result: boolean;
  };
  "im.disk.file.save": {
    params: {
      /** File to copy. */
      FILE_ID: B24Int;
    };
    result: {
      /** The "Saved Files" folder. */
      folder: {
        /** ID. */
        id: number;
        /** Name. */
        name: string;
      };
      /** The saved copy. */
      file: {
        /** ID. */
        id: number;
        /** Name. */
        name: string;
      };
    };
  };
  "im.disk.folder.get": {
    params: B24AnyOf<{
      /** Chat ID; or give `DIALOG_ID`. */
      CHAT_ID?: B24Int;
      /** Dialog as `chatXXX`; or give `CHAT_ID`. */
      DIALOG_ID?: string | number;
    }, "CHAT_ID" | "DIALOG_ID">;
    result: {
      /** Folder ID. */
      ID: number;
    };
  };
  "im.message.add": {
    params: B24AnyOf<{
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** Text with BB codes; or give `ATTACH`. */
      MESSAGE?: string | number;
      /** Rich content blocks; or give `MESSAGE`. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** Buttons under the message. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** Extra context-menu items. */
      MENU?: {
        /** Menu items, in order. */
        ITEMS: {
          /** Item text. */
          TEXT: string | number;
          /** URL to open. */
          LINK?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Devices the item shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Show the item inactive. */
          DISABLED?: "Y" | "N";
        }[];
      } | {
        /** Item text. */
        TEXT: string | number;
        /** URL to open. */
        LINK?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Devices the item shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Show the item inactive. */
        DISABLED?: "Y" | "N";
      }[] | string | number;
      /** `Y` posts a system message. */
      SYSTEM?: "Y" | "N";
      /** `N` keeps links plain (rich previews are on by default). */
      URL_PREVIEW?: "Y" | "N";
      /** Message of the same chat this one answers. */
      REPLY_ID?: B24Int;
    }, "MESSAGE" | "ATTACH">;
    result: number;
  };
  "im.message.command": {
    params: {
      /** Message the command runs on. */
      MESSAGE_ID: B24Int;
      /** Bot that owns the command. */
      BOT_ID: B24Int;
      /** Command as the bot registered it. */
      COMMAND: string | number;
      /** Command arguments. */
      COMMAND_PARAMS?: string | number;
    };
    result: boolean;
  };
  "im.message.delete": {
    params: {
      /** Message to delete. */
      MESSAGE_ID: B24Int;
    };
    result: boolean;
  };
  "im.message.like": {
    params: {
      /** Message to react to. */
      MESSAGE_ID: B24Int;
      /** `plus` sets, `minus` removes, `auto` (the default) toggles. */
      ACTION?: "auto" | "plus" | "minus";
    };
    result: boolean;
  };
  "im.message.share": {
    params: {
      /** Message to start from. */
      MESSAGE_ID: B24Int;
      /** Dialog the message is in: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** What to create. */
      TYPE: "CHAT" | "TASK" | "POST" | "CALEND";
    };
    result: boolean;
  };
  "im.message.update": {
    params: {
      /** Message to edit. */
      MESSAGE_ID: B24Int;
      /** New text; unchanged when left out. */
      MESSAGE?: string | number;
      /** New attachment; `N` removes it. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** New buttons; `N` removes them. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** New context-menu items; `N` removes them. */
      MENU?: {
        /** Menu items, in order. */
        ITEMS: {
          /** Item text. */
          TEXT: string | number;
          /** URL to open. */
          LINK?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Devices the item shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Show the item inactive. */
          DISABLED?: "Y" | "N";
        }[];
      } | {
        /** Item text. */
        TEXT: string | number;
        /** URL to open. */
        LINK?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Devices the item shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Show the item inactive. */
        DISABLED?: "Y" | "N";
      }[] | string | number;
      /** Whether links get rich previews. */
      URL_PREVIEW?: "Y" | "N";
      /** `N` hides the "edited" mark when only `ATTACH` changes. */
      IS_EDITED?: "Y" | "N";
    };
    result: boolean;
  };
  "im.notify": {
    params: {
      /** Recipient. */
      USER_ID: B24Int;
      /** `USER` (the default) or `SYSTEM`. */
      TYPE?: "USER" | "SYSTEM";
      /** Notification text. */
      MESSAGE: string | number;
      /** Text for email and other outside channels. */
      MESSAGE_OUT?: string | number;
      /** Unique tag; older notifications with it are removed. */
      TAG?: string | number;
      /** Extra tag, not unique. */
      SUB_TAG?: string | number;
      /** Rich content blocks. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** App ID; webhooks only, with `TAG`/`SUB_TAG`. */
      CLIENT_ID?: string | number;
    };
    result: number | boolean;
  };
  "im.notify.answer": {
    params: {
      /** Notification that accepts a quick reply. */
      NOTIFY_ID: B24Int;
      /** Reply text. */
      ANSWER_TEXT: string | number;
    };
    result: {
      result_message: string[];
    };
  };
  "im.notify.confirm": {
    params: {
      /** Notification with buttons. */
      NOTIFY_ID: B24Int;
      /** Value of the chosen button. */
      NOTIFY_VALUE: string | number;
    };
    result: {
      /** What the button's handler answered, or `false`. */
      result_message: string[] | boolean;
    };
  };
  "im.notify.delete": {
    params: B24AnyOf<{
      /** Notification to delete; or give `TAG` or `SUB_TAG`. */
      ID?: B24Int;
      /** Delete the app's notifications with this tag. */
      TAG?: string | number;
      /** Delete the app's notifications with this extra tag. */
      SUB_TAG?: string | number;
      /** App ID; webhooks only. */
      CLIENT_ID?: string | number;
    }, "ID" | "TAG" | "SUB_TAG">;
    result: boolean;
  };
  "im.notify.get": {
    params: {
      /** Last notification of the previous page; give with `LAST_TYPE`. */
      LAST_ID?: B24Int;
      /** Paging stage: `1` confirmations, `3` plain notifications. */
      LAST_TYPE?: "1" | "3" | 1 | 3;
      /** Page size (at most 50). */
      LIMIT?: B24Int;
      /** `Y` converts the texts for display. */
      CONVERT_TEXT?: string | number;
    };
    result: {
      /** Notifications in all. */
      total_count?: number;
      /** Unread notifications. */
      total_unread_count?: number;
      /** The user's notification chat. */
      chat_id?: number;
      /** Notifications of the page. */
      notifications: {
        /** Notification ID. */
        id: number;
        /** Notification chat. */
        chat_id?: number;
        /** Author. */
        author_id?: number;
        /** When sent. */
        date?: string;
        /** Type. */
        notify_type?: number;
        /** Module. */
        notify_module?: string;
        /** Event code. */
        notify_event?: string;
        /** Tag. */
        notify_tag?: string;
        /** Extra tag. */
        notify_sub_tag?: string;
        /** Title. */
        notify_title?: string;
        /** Setting as `MODULE|EVENT`. */
        setting_name?: string;
        /** Text. */
        text?: string;
        /** Read or not. */
        notify_read?: "Y" | "N";
        /** Buttons as JSON text (confirmations). */
        notify_buttons?: string;
        /** Extra data. */
        params?: Record<string, unknown>;
      }[];
      /** Authors of the notifications. */
      users: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      }[];
    };
  };
  "im.notify.history.search": {
    params: B24Together<{
      /** Text to find (at least 3 characters without other filters). */
      SEARCH_TEXT?: string | number;
      /** Type as `MODULE` or `MODULE|EVENT`. */
      SEARCH_TYPE?: string | number;
      /** Several types as `MODULE` or `MODULE|EVENT`. */
      SEARCH_TYPES?: Array<string | number>;
      /** Day to search. */
      SEARCH_DATE?: B24Date;
      /** Start of a date range; give with `SEARCH_DATE_TO`. */
      SEARCH_DATE_FROM?: B24Date;
      /** End of a date range; give with `SEARCH_DATE_FROM`. */
      SEARCH_DATE_TO?: B24Date;
      /** Authors to keep. */
      SEARCH_AUTHORS?: B24Int[];
      /** Last notification of the previous page. */
      LAST_ID?: B24Int;
      /** Page size (at most 50). */
      LIMIT?: B24Int;
      /** `Y` converts the texts for display. */
      CONVERT_TEXT?: string | number;
      /** Group tag to filter by. */
      GROUP_TAG?: string | number;
    }, "SEARCH_DATE_FROM" | "SEARCH_DATE_TO">;
    result: {
      /** The user's notification chat. */
      chat_id?: number;
      /** Matches in all (first page only). */
      total_results?: number;
      /** Notifications found. */
      notifications: {
        /** Notification ID. */
        id: number;
        /** Notification chat. */
        chat_id?: number;
        /** Author. */
        author_id?: number;
        /** When sent. */
        date?: string;
        /** Type. */
        notify_type?: number;
        /** Module. */
        notify_module?: string;
        /** Event code. */
        notify_event?: string;
        /** Tag. */
        notify_tag?: string;
        /** Extra tag. */
        notify_sub_tag?: string;
        /** Title. */
        notify_title?: string;
        /** Setting as `MODULE|EVENT`. */
        setting_name?: string;
        /** Text. */
        text?: string;
        /** Read or not. */
        notify_read?: "Y" | "N";
        /** Buttons as JSON text (confirmations). */
        notify_buttons?: string;
        /** Extra data. */
        params?: Record<string, unknown>;
      }[];
      /** Authors of the notifications. */
      users: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      }[];
    };
  };
  "im.notify.personal.add": {
    params: {
      /** Recipient. */
      USER_ID: B24Int;
      /** Notification text with BB codes. */
      MESSAGE: string | number;
      /** Text for email and other outside channels. */
      MESSAGE_OUT?: string | number;
      /** Unique tag; older notifications with it are removed. */
      TAG?: string | number;
      /** Extra tag, not unique. */
      SUB_TAG?: string | number;
      /** Rich content blocks. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** App ID; webhooks only, with `TAG`/`SUB_TAG`. */
      CLIENT_ID?: string | number;
    };
    result: number | boolean;
  };
  "im.notify.read": {
    params: {
      /** Notification; nothing changes when left out. */
      ID?: B24Int;
      /** `Y` (the default) read, `N` unread. */
      ACTION?: "Y" | "N";
      /** `Y` changes only `ID`; otherwise `ID` and newer ones. */
      ONLY_CURRENT?: string | number;
    };
    result: boolean;
  };
  "im.notify.read.all": {
    params: Record<string, never>;
    result: {
      /** Whether it worked. */
      result: boolean;
      /** Unread notifications left. */
      newCounter: number;
    };
  };
  "im.notify.read.list": {
    params: {
      /** Notifications; processing stops at a value <= 0. */
      IDS: B24Int[];
      /** `Y` (the default) read, `N` unread. */
      ACTION?: "Y" | "N";
    };
    result: boolean;
  };
  "im.notify.schema.get": {
    params: Record<string, never>;
    result: Record<string, {
      /** Module name. */
      NAME: string;
      /** Module ID. */
      MODULE_ID: string;
      /** Notification types of the module. */
      LIST: {
        /** Type as `MODULE|EVENT`. */
        ID: string;
        /** Type name. */
        NAME: string;
      }[];
    }>;
  };
  "im.notify.system.add": {
    params: {
      /** Recipient. */
      USER_ID: B24Int;
      /** Notification text with BB codes. */
      MESSAGE: string | number;
      /** Text for email and other outside channels. */
      MESSAGE_OUT?: string | number;
      /** Unique tag; older notifications with it are removed. */
      TAG?: string | number;
      /** Extra tag, not unique. */
      SUB_TAG?: string | number;
      /** Rich content blocks. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** App ID; webhooks only, with `TAG`/`SUB_TAG`. */
      CLIENT_ID?: string | number;
    };
    result: number | boolean;
  };
  "im.recent.get": {
    params: {
      /** `Y` leaves out open-line chats. */
      SKIP_OPENLINES?: "Y" | "N";
      /** `Y` leaves out group chats. */
      SKIP_CHAT?: "Y" | "N";
      /** `Y` leaves out one-on-one dialogs. */
      SKIP_DIALOG?: "Y" | "N";
      /** Only entries changed since this moment. */
      LAST_UPDATE?: B24Date;
      /** `Y` keeps only open-line chats. */
      ONLY_OPENLINES?: "Y" | "N";
      /** Changes since the previous fetch (at most 7 days back). */
      LAST_SYNC_DATE?: B24Date;
    };
    result: {
      /** Dialog: a user ID or `chatXXX`. */
      id: string;
      /** Chat ID. */
      chat_id?: number;
      /** `user` or `chat`. */
      type?: string;
      /** Avatar. */
      avatar?: {
        /** Avatar URL; empty when unset. */
        url?: string;
        /** Color, HEX. */
        color?: string;
      };
      /** User name or chat title. */
      title?: string;
      /** Last message. */
      message?: {
        /** Message ID. */
        id?: number;
        /** Text without BB codes. */
        text?: string;
        /** Has files. */
        file?: boolean;
        /** Author. */
        author_id?: number;
        /** Has attachments. */
        attach?: boolean;
        /** Sticker. */
        sticker?: number;
        /** When posted. */
        date?: string;
        /** Delivery status. */
        status?: string;
        /** Client UUID. */
        uuid?: string;
      };
      /** Unread messages. */
      counter?: number;
      /** Last message read. */
      last_id?: number;
      /** Pinned. */
      pinned?: boolean;
      /** Manually marked unread. */
      unread?: boolean;
      /** Has a reminder. */
      has_reminder?: boolean;
      /** Entry updated. */
      date_update?: string;
      /** Last activity in the dialog. */
      date_last_activity?: string;
      /** User, for `user` entries. */
      user?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
      /** Chat data. */
      chat?: {
        /** Chat ID. */
        id?: number;
        /** Parent chat. */
        parent_chat_id?: number;
        /** Parent message. */
        parent_message_id?: number;
        /** Chat name. */
        name?: string;
        /** Chat title. */
        title?: string;
        /** Description. */
        description?: string;
        /** Owner. */
        owner?: number;
        /** Extranet users take part. */
        extranet?: boolean;
        /** Collab users take part. */
        contains_collaber?: boolean;
        /** Avatar URL; empty when unset. */
        avatar?: string;
        /** Color, HEX. */
        color?: string;
        /** Chat type. */
        type?: string;
        /** Unread messages for the caller. */
        counter?: number;
        /** Members. */
        user_counter?: number;
        /** Messages. */
        message_count?: number;
        /** First unread message. */
        unread_id?: number;
        /** What members may do. */
        restrictions?: {
          /** Change the avatar. */
          avatar?: boolean;
          /** Rename. */
          rename?: boolean;
          /** Add members. */
          extend?: boolean;
          /** Call. */
          call?: boolean;
          /** Mute. */
          mute?: boolean;
          /** Leave. */
          leave?: boolean;
          /** Leave as owner. */
          leave_owner?: boolean;
          /** Post messages. */
          send?: boolean;
          /** See the members. */
          user_list?: boolean;
          /** Link to the bound object. */
          path?: string;
          /** Text of that link. */
          path_title?: string;
        };
        /** Last message. */
        last_message_id?: number;
        /** Last message the caller read. */
        last_id?: number;
        /** Marked message. */
        marked_id?: number;
        /** Drive folder of the chat's files. */
        disk_folder_id?: number;
        /** Kind of bound object. */
        entity_type?: string;
        /** ID of the bound object. */
        entity_id?: string;
        /** External data 1. */
        entity_data_1?: string;
        /** External data 2. */
        entity_data_2?: string;
        /** External data 3. */
        entity_data_3?: string;
        /** Users who muted the chat. */
        mute_list?: number[] | Record<string, boolean>;
        /** Chat managers. */
        manager_list?: number[];
        /** Creation date. */
        date_create?: string;
        /** Message type code of the chat. */
        message_type?: string;
        /** Public access data. */
        public?: string | {
          /** Public code. */
          code?: string;
          /** Public link. */
          link?: string;
        };
        /** The caller's role. */
        role?: string;
        /** Link to the bound object. */
        entity_link?: {
          /** Kind of bound object. */
          type?: string;
          /** Its URL. */
          url?: string;
          /** Its ID. */
          id?: string;
        };
        /** Whether the input field is shown. */
        text_field_enabled?: boolean;
        /** Chat background. */
        background_id?: number;
        /** Who may do what. */
        permissions?: {
          /** Add members. */
          manage_users_add?: string;
          /** Remove members. */
          manage_users_delete?: string;
          /** Change title, color and avatar. */
          manage_ui?: string;
          /** Change settings. */
          manage_settings?: string;
          /** Manage messages. */
          manage_messages?: string;
          /** Post messages. */
          can_post?: string;
        };
        /** New dialog. */
        is_new?: boolean;
        /** Who read how far. */
        readed_list?: {
          /** User. */
          user_id: number;
          /** Name. */
          user_name?: string;
          /** Last message read. */
          message_id?: number;
          /** When. */
          date?: string;
        }[];
        /** Views of the last message. */
        last_message_views?: {
          /** Message. */
          message_id?: number;
          /** First viewers. */
          first_viewers?: unknown[];
          /** Views. */
          count_of_viewers?: number;
        };
        /** Dialog ID as asked. */
        dialog_id?: string;
      };
      /** Open-line data. */
      lines?: {
        /** Open-line session. */
        id?: number;
        /** Its status. */
        status?: number;
        /** Created. */
        date_create?: string;
      };
      /** Extra entry options. */
      options?: unknown[] | Record<string, unknown>;
    }[];
  };
  "im.recent.hide": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
    };
    result: boolean;
  };
  "im.recent.list": {
    params: {
      /** `Y` leaves out open-line chats. */
      SKIP_OPENLINES?: "Y" | "N";
      /** `Y` leaves out one-on-one dialogs. */
      SKIP_DIALOG?: "Y" | "N";
      /** `Y` leaves out group chats. */
      SKIP_CHAT?: "Y" | "N";
      /** Date of the last entry of the previous page. */
      LAST_MESSAGE_DATE?: B24Date;
      /** `Y` keeps only dialogs with unread messages. */
      UNREAD_ONLY?: "Y" | "N";
      /** `Y` parses the last message's text. */
      PARSE_TEXT?: "Y" | "N";
      /** `Y` returns the last message's text untouched. */
      GET_ORIGINAL_TEXT?: "Y" | "N";
      /** `Y` leaves out open-line chats not yet assigned. */
      SKIP_UNDISTRIBUTED_OPENLINES?: "Y" | "N";
      /** `Y` keeps only BitrixGPT chats. */
      ONLY_COPILOT?: "Y" | "N";
      /** `Y` keeps only channels. */
      ONLY_CHANNEL?: "Y" | "N";
      /** `Y` keeps only chats where the caller manages messages. */
      CAN_MANAGE_MESSAGES?: "Y" | "N";
      /** Entries to skip; step by `LIMIT`. */
      OFFSET?: B24Int;
      /** Page size (50 by default, at most 200). */
      LIMIT?: B24Int;
    };
    result: {
      /** Dialogs of the page. */
      items: {
        /** Dialog: a user ID or `chatXXX`. */
        id: string;
        /** Chat ID. */
        chat_id?: number;
        /** `user` or `chat`. */
        type?: string;
        /** Avatar. */
        avatar?: {
          /** Avatar URL; empty when unset. */
          url?: string;
          /** Color, HEX. */
          color?: string;
        };
        /** User name or chat title. */
        title?: string;
        /** Last message. */
        message?: {
          /** Message ID. */
          id?: number;
          /** Text without BB codes. */
          text?: string;
          /** Has files. */
          file?: boolean;
          /** Author. */
          author_id?: number;
          /** Has attachments. */
          attach?: boolean;
          /** Sticker. */
          sticker?: number;
          /** When posted. */
          date?: string;
          /** Delivery status. */
          status?: string;
          /** Client UUID. */
          uuid?: string;
        };
        /** Unread messages. */
        counter?: number;
        /** Last message read. */
        last_id?: number;
        /** Pinned. */
        pinned?: boolean;
        /** Manually marked unread. */
        unread?: boolean;
        /** Has a reminder. */
        has_reminder?: boolean;
        /** Entry updated. */
        date_update?: string;
        /** Last activity in the dialog. */
        date_last_activity?: string;
        /** User, for `user` entries. */
        user?: {
          /** User ID. */
          id: number;
          /** Whether the account is active. */
          active?: boolean;
          /** Full name. */
          name?: string;
          /** First name. */
          first_name?: string;
          /** Last name. */
          last_name?: string;
          /** Job title. */
          work_position?: string;
          /** User color, HEX. */
          color?: string;
          /** Avatar URL. */
          avatar?: string;
          /** High-resolution avatar URL. */
          avatar_hr?: string;
          /** `M` or `F`. */
          gender?: string;
          /** Birthday as `DD-MM`, or empty. */
          birthday?: string | boolean;
          /** Extranet user. */
          extranet?: boolean;
          /** Bitrix24 Network user. */
          network?: boolean;
          /** Chat bot. */
          bot?: boolean;
          /** Open-line client. */
          connector?: boolean;
          /** External authorization code. */
          external_auth_id?: string;
          /** Chosen status. */
          status?: string;
          /** Since when away, or `false`. */
          idle?: string | boolean;
          /** Last activity. */
          last_activity_date?: string | boolean;
          /** Last activity in the mobile app, or `false`. */
          mobile_last_date?: string | boolean;
          /** Last activity in the desktop app, or `false`. */
          desktop_last_date?: string | boolean;
          /** End of absence, or `false`. */
          absent?: string | boolean;
          /** Department IDs. */
          departments?: number[];
          /** Phones, or `false`. */
          phones?: {
            /** Work phone. */
            work_phone?: string;
            /** Mobile phone. */
            personal_mobile?: string;
            /** Home phone. */
            personal_phone?: string;
            /** Internal extension. */
            inner_phone?: string;
          } | boolean;
          /** Bot data; `null` for people. */
          bot_data?: Record<string, unknown>;
          /** User type. */
          type?: string;
          /** Website. */
          website?: string;
          /** Email. */
          email?: string;
        };
        /** Chat data. */
        chat?: {
          /** Chat ID. */
          id?: number;
          /** Parent chat. */
          parent_chat_id?: number;
          /** Parent message. */
          parent_message_id?: number;
          /** Chat name. */
          name?: string;
          /** Chat title. */
          title?: string;
          /** Description. */
          description?: string;
          /** Owner. */
          owner?: number;
          /** Extranet users take part. */
          extranet?: boolean;
          /** Collab users take part. */
          contains_collaber?: boolean;
          /** Avatar URL; empty when unset. */
          avatar?: string;
          /** Color, HEX. */
          color?: string;
          /** Chat type. */
          type?: string;
          /** Unread messages for the caller. */
          counter?: number;
          /** Members. */
          user_counter?: number;
          /** Messages. */
          message_count?: number;
          /** First unread message. */
          unread_id?: number;
          /** What members may do. */
          restrictions?: {
            /** Change the avatar. */
            avatar?: boolean;
            /** Rename. */
            rename?: boolean;
            /** Add members. */
            extend?: boolean;
            /** Call. */
            call?: boolean;
            /** Mute. */
            mute?: boolean;
            /** Leave. */
            leave?: boolean;
            /** Leave as owner. */
            leave_owner?: boolean;
            /** Post messages. */
            send?: boolean;
            /** See the members. */
            user_list?: boolean;
            /** Link to the bound object. */
            path?: string;
            /** Text of that link. */
            path_title?: string;
          };
          /** Last message. */
          last_message_id?: number;
          /** Last message the caller read. */
          last_id?: number;
          /** Marked message. */
          marked_id?: number;
          /** Drive folder of the chat's files. */
          disk_folder_id?: number;
          /** Kind of bound object. */
          entity_type?: string;
          /** ID of the bound object. */
          entity_id?: string;
          /** External data 1. */
          entity_data_1?: string;
          /** External data 2. */
          entity_data_2?: string;
          /** External data 3. */
          entity_data_3?: string;
          /** Users who muted the chat. */
          mute_list?: number[] | Record<string, boolean>;
          /** Chat managers. */
          manager_list?: number[];
          /** Creation date. */
          date_create?: string;
          /** Message type code of the chat. */
          message_type?: string;
          /** Public access data. */
          public?: string | {
            /** Public code. */
            code?: string;
            /** Public link. */
            link?: string;
          };
          /** The caller's role. */
          role?: string;
          /** Link to the bound object. */
          entity_link?: {
            /** Kind of bound object. */
            type?: string;
            /** Its URL. */
            url?: string;
            /** Its ID. */
            id?: string;
          };
          /** Whether the input field is shown. */
          text_field_enabled?: boolean;
          /** Chat background. */
          background_id?: number;
          /** Who may do what. */
          permissions?: {
            /** Add members. */
            manage_users_add?: string;
            /** Remove members. */
            manage_users_delete?: string;
            /** Change title, color and avatar. */
            manage_ui?: string;
            /** Change settings. */
            manage_settings?: string;
            /** Manage messages. */
            manage_messages?: string;
            /** Post messages. */
            can_post?: string;
          };
          /** New dialog. */
          is_new?: boolean;
          /** Who read how far. */
          readed_list?: {
            /** User. */
            user_id: number;
            /** Name. */
            user_name?: string;
            /** Last message read. */
            message_id?: number;
            /** When. */
            date?: string;
          }[];
          /** Views of the last message. */
          last_message_views?: {
            /** Message. */
            message_id?: number;
            /** First viewers. */
            first_viewers?: unknown[];
            /** Views. */
            count_of_viewers?: number;
          };
          /** Dialog ID as asked. */
          dialog_id?: string;
        };
        /** Open-line data. */
        lines?: {
          /** Open-line session. */
          id?: number;
          /** Its status. */
          status?: number;
          /** Created. */
          date_create?: string;
        };
        /** Extra entry options. */
        options?: unknown[] | Record<string, unknown>;
      }[];
      /** Old name of `hasMore`. */
      hasMorePages?: boolean;
      /** Whether another page follows. */
      hasMore?: boolean;
      /** BitrixGPT data for the entries. */
      copilot?: {
        /** BitrixGPT chats. */
        chats?: unknown;
        /** BitrixGPT messages. */
        messages?: unknown;
        /** Roles by code. */
        roles?: Record<string, {
          /** Role code. */
          code: string;
          /** Name. */
          name?: string;
          /** Description. */
          desc?: string;
          /** Avatar URLs by size. */
          avatar?: Record<string, string>;
          /** Default role. */
          default?: boolean;
          /** Ready prompts. */
          prompts?: {
            /** Prompt code. */
            code: string;
            /** Prompt type. */
            promptType?: string;
            /** Title. */
            title?: string;
            /** Prompt text. */
            text?: string;
            /** New prompt. */
            isNew?: boolean;
          }[];
        }>;
        /** Recommended role codes. */
        recommendedRoles?: string[];
      };
      /** Auto-delete settings by chat. */
      messagesAutoDeleteConfigs?: unknown[];
    };
  };
  "im.recent.pin": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** `Y` (the default) pins, `N` unpins. */
      PIN?: "Y" | "N";
    };
    result: boolean;
  };
  "im.recent.unread": {
    params: {
      /** Dialog: `chatXXX`, `sgXXX` or a user ID. */
      DIALOG_ID: string | number;
      /** `Y` (the default) sets the mark, `N` clears it and reads the dialog. */
      ACTION?: "Y" | "N";
    };
    result: boolean;
  };
  "im.revision.get": {
    params: Record<string, never>;
    result: {
      /** REST API revision. */
      rest: number;
      /** Web client API revision. */
      web: number;
      /** Mobile API revision. */
      mobile: number;
      /** Desktop API revision. */
      desktop: number;
      /** Same as `mobile`. */
      im_revision_mobile?: number;
    };
  };
  "im.search.chat.list": {
    params: B24AnyOf<{
      /** Phrase to find (at least 2 characters); wins over `FIND_LINES`. */
      FIND?: string | number;
      /** Phrase to find among open-line chats (at least 2 characters). */
      FIND_LINES?: string | number;
      /** Entries to skip. */
      OFFSET?: B24Int;
      /** Page size (10 by default, at most 50). */
      LIMIT?: B24Int;
    }, "FIND" | "FIND_LINES">;
    result: {
      /** Chat ID. */
      id?: number;
      /** Parent chat. */
      parent_chat_id?: number;
      /** Parent message. */
      parent_message_id?: number;
      /** Chat name. */
      name?: string;
      /** Chat title. */
      title?: string;
      /** Description. */
      description?: string;
      /** Owner. */
      owner?: number;
      /** Extranet users take part. */
      extranet?: boolean;
      /** Collab users take part. */
      contains_collaber?: boolean;
      /** Avatar URL; empty when unset. */
      avatar?: string;
      /** Color, HEX. */
      color?: string;
      /** Chat type. */
      type?: string;
      /** Unread messages for the caller. */
      counter?: number;
      /** Members. */
      user_counter?: number;
      /** Messages. */
      message_count?: number;
      /** First unread message. */
      unread_id?: number;
      /** What members may do. */
      restrictions?: {
        /** Change the avatar. */
        avatar?: boolean;
        /** Rename. */
        rename?: boolean;
        /** Add members. */
        extend?: boolean;
        /** Call. */
        call?: boolean;
        /** Mute. */
        mute?: boolean;
        /** Leave. */
        leave?: boolean;
        /** Leave as owner. */
        leave_owner?: boolean;
        /** Post messages. */
        send?: boolean;
        /** See the members. */
        user_list?: boolean;
        /** Link to the bound object. */
        path?: string;
        /** Text of that link. */
        path_title?: string;
      };
      /** Last message. */
      last_message_id?: number;
      /** Last message the caller read. */
      last_id?: number;
      /** Marked message. */
      marked_id?: number;
      /** Drive folder of the chat's files. */
      disk_folder_id?: number;
      /** Kind of bound object. */
      entity_type?: string;
      /** ID of the bound object. */
      entity_id?: string;
      /** External data 1. */
      entity_data_1?: string;
      /** External data 2. */
      entity_data_2?: string;
      /** External data 3. */
      entity_data_3?: string;
      /** Users who muted the chat. */
      mute_list?: number[] | Record<string, boolean>;
      /** Chat managers. */
      manager_list?: number[];
      /** Creation date. */
      date_create?: string;
      /** Message type code of the chat. */
      message_type?: string;
      /** Public access data. */
      public?: string | {
        /** Public code. */
        code?: string;
        /** Public link. */
        link?: string;
      };
      /** The caller's role. */
      role?: string;
      /** Link to the bound object. */
      entity_link?: {
        /** Kind of bound object. */
        type?: string;
        /** Its URL. */
        url?: string;
        /** Its ID. */
        id?: string;
      };
      /** Whether the input field is shown. */
      text_field_enabled?: boolean;
      /** Chat background. */
      background_id?: number;
      /** Who may do what. */
      permissions?: {
        /** Add members. */
        manage_users_add?: string;
        /** Remove members. */
        manage_users_delete?: string;
        /** Change title, color and avatar. */
        manage_ui?: string;
        /** Change settings. */
        manage_settings?: string;
        /** Manage messages. */
        manage_messages?: string;
        /** Post messages. */
        can_post?: string;
      };
      /** New dialog. */
      is_new?: boolean;
      /** Who read how far. */
      readed_list?: {
        /** User. */
        user_id: number;
        /** Name. */
        user_name?: string;
        /** Last message read. */
        message_id?: number;
        /** When. */
        date?: string;
      }[];
      /** Views of the last message. */
      last_message_views?: {
        /** Message. */
        message_id?: number;
        /** First viewers. */
        first_viewers?: unknown[];
        /** Views. */
        count_of_viewers?: number;
      };
      /** Dialog ID as asked. */
      dialog_id?: string;
    }[];
  };
  "im.search.department.list": {
    params: {
      /** Phrase to find; a very short one returns all departments. */
      FIND: string | number;
      /** `Y` adds the head's user object. */
      USER_DATA?: "Y" | "N";
      /** Entries to skip. */
      OFFSET?: B24Int;
      /** Page size (10 by default, at most 50). */
      LIMIT?: B24Int;
    };
    result: {
      /** Department ID. */
      id: number;
      /** Short name. */
      name: string;
      /** Name with its place in the company structure. */
      full_name?: string;
      /** Head of the department. */
      manager_user_id?: number;
      /** The head's data (with `USER_DATA=Y`). */
      manager_user_data?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
    }[];
  };
  "im.search.last.add": {
    params: {
      /** Dialog: a user ID or `chatXXX`. */
      DIALOG_ID: string | number;
    };
    result: boolean;
  };
  "im.search.last.delete": {
    params: {
      /** Dialog: a user ID or `chatXXX`. */
      DIALOG_ID: string | number;
    };
    result: boolean;
  };
  "im.search.last.get": {
    params: {
      /** `Y` leaves out open-line chats. */
      SKIP_OPENLINES?: "Y" | "N";
      /** `Y` leaves out group chats. */
      SKIP_CHAT?: "Y" | "N";
      /** `Y` leaves out one-on-one dialogs. */
      SKIP_DIALOG?: "Y" | "N";
    };
    result: {
      /** Dialog: `chatXXX` or a user ID. */
      id: string;
      /** `chat` or `user`. */
      type: string;
      /** Avatar of the entry. */
      avatar?: {
        /** Avatar URL; empty when unset. */
        url?: string;
        /** Color, HEX. */
        color?: string;
      };
      /** Chat title or user name. */
      title?: string;
      /** User, for `user` entries. */
      user?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
      /** Chat, for `chat` entries. */
      chat?: {
        /** Chat ID. */
        id?: number;
        /** Parent chat. */
        parent_chat_id?: number;
        /** Parent message. */
        parent_message_id?: number;
        /** Chat name. */
        name?: string;
        /** Chat title. */
        title?: string;
        /** Description. */
        description?: string;
        /** Owner. */
        owner?: number;
        /** Extranet users take part. */
        extranet?: boolean;
        /** Collab users take part. */
        contains_collaber?: boolean;
        /** Avatar URL; empty when unset. */
        avatar?: string;
        /** Color, HEX. */
        color?: string;
        /** Chat type. */
        type?: string;
        /** Unread messages for the caller. */
        counter?: number;
        /** Members. */
        user_counter?: number;
        /** Messages. */
        message_count?: number;
        /** First unread message. */
        unread_id?: number;
        /** What members may do. */
        restrictions?: {
          /** Change the avatar. */
          avatar?: boolean;
          /** Rename. */
          rename?: boolean;
          /** Add members. */
          extend?: boolean;
          /** Call. */
          call?: boolean;
          /** Mute. */
          mute?: boolean;
          /** Leave. */
          leave?: boolean;
          /** Leave as owner. */
          leave_owner?: boolean;
          /** Post messages. */
          send?: boolean;
          /** See the members. */
          user_list?: boolean;
          /** Link to the bound object. */
          path?: string;
          /** Text of that link. */
          path_title?: string;
        };
        /** Last message. */
        last_message_id?: number;
        /** Last message the caller read. */
        last_id?: number;
        /** Marked message. */
        marked_id?: number;
        /** Drive folder of the chat's files. */
        disk_folder_id?: number;
        /** Kind of bound object. */
        entity_type?: string;
        /** ID of the bound object. */
        entity_id?: string;
        /** External data 1. */
        entity_data_1?: string;
        /** External data 2. */
        entity_data_2?: string;
        /** External data 3. */
        entity_data_3?: string;
        /** Users who muted the chat. */
        mute_list?: number[] | Record<string, boolean>;
        /** Chat managers. */
        manager_list?: number[];
        /** Creation date. */
        date_create?: string;
        /** Message type code of the chat. */
        message_type?: string;
        /** Public access data. */
        public?: string | {
          /** Public code. */
          code?: string;
          /** Public link. */
          link?: string;
        };
        /** The caller's role. */
        role?: string;
        /** Link to the bound object. */
        entity_link?: {
          /** Kind of bound object. */
          type?: string;
          /** Its URL. */
          url?: string;
          /** Its ID. */
          id?: string;
        };
        /** Whether the input field is shown. */
        text_field_enabled?: boolean;
        /** Chat background. */
        background_id?: number;
        /** Who may do what. */
        permissions?: {
          /** Add members. */
          manage_users_add?: string;
          /** Remove members. */
          manage_users_delete?: string;
          /** Change title, color and avatar. */
          manage_ui?: string;
          /** Change settings. */
          manage_settings?: string;
          /** Manage messages. */
          manage_messages?: string;
          /** Post messages. */
          can_post?: string;
        };
        /** New dialog. */
        is_new?: boolean;
        /** Who read how far. */
        readed_list?: {
          /** User. */
          user_id: number;
          /** Name. */
          user_name?: string;
          /** Last message read. */
          message_id?: number;
          /** When. */
          date?: string;
        }[];
        /** Views of the last message. */
        last_message_views?: {
          /** Message. */
          message_id?: number;
          /** First viewers. */
          first_viewers?: unknown[];
          /** Views. */
          count_of_viewers?: number;
        };
        /** Dialog ID as asked. */
        dialog_id?: string;
      };
    }[];
  };
  "im.search.user.list": {
    params: {
      /** Phrase to find (at least 2 characters). */
      FIND: string | number;
      /** `Y` searches business users only. */
      BUSINESS?: "Y" | "N";
      /** Entries to skip. */
      OFFSET?: B24Int;
      /** Page size (10 by default, at most 50). */
      LIMIT?: B24Int;
    };
    result: Record<string, {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }> | unknown[];
  };
  "im.user.get": {
    params: {
      /** User; the caller when left out. */
      ID?: B24Int;
      /** Ask for `avatar_hr` (always returned today). */
      AVATAR_HR?: "Y" | "N";
    };
    result: {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    };
  };
  "im.user.list.get": {
    params: {
      /** User IDs, as an array or JSON text. */
      ID: B24Int[] | string | number;
      /** Ask for `avatar_hr` (always returned today). */
      AVATAR_HR?: "Y" | "N";
      /** `array` returns a list; anything else an object keyed by ID. */
      RESULT_TYPE?: string | number;
    };
    result: {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }[] | Record<string, {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    }>;
  };
  "im.user.status.get": {
    params: Record<string, never>;
    result: "online" | "dnd" | "away" | "break" | boolean;
  };
  "im.user.status.idle.end": {
    params: Record<string, never>;
    result: boolean;
  };
  "im.user.status.idle.start": {
    params: {
      /** Minutes ago the user went away (10 by default, at least 1). */
      AGO?: B24Int;
    };
    result: boolean;
  };
  "im.user.status.set": {
    params: {
      /** New status, lowercase. */
      STATUS: "online" | "dnd" | "away" | "break";
    };
    result: boolean;
  };
  "im.v2.Event.get": {
    params: {
      /** `nextOffset` of the previous answer; events before it are acknowledged. */
      offset?: B24Int;
      /** Most events to return (1-1000, 100 by default). */
      limit?: B24Int;
    };
    result: {
      /** Pending events. */
      events: {
        /** Event ID. */
        eventId: number;
        /** Event type, e.g. `ONIMV2MESSAGEADD`. */
        type: string;
        /** When it happened. */
        date?: string;
        /** Event payload; its shape depends on `type`. */
        data?: Record<string, unknown>;
      }[];
      /** Pass as `offset` next time. */
      nextOffset: number;
      /** Whether more events are waiting. */
      hasMore: boolean;
    };
  };
  "im.v2.Event.subscribe": {
    params: Record<string, never>;
    result: boolean;
  };
  "im.v2.Event.unsubscribe": {
    params: Record<string, never>;
    result: boolean;
  };
  "im.v2.File.download": {
    params: {
      /** Dialog: `chat<ID>` or a user ID. */
      dialogId: string | number;
      /** Drive file ID. */
      fileId: B24Int;
    };
    result: {
      /** One-time link carrying a token. */
      downloadUrl: string;
    };
  };
  "im.v2.File.upload": {
    params: {
      /** Dialog: `chat<ID>` or a user ID. */
      dialogId: string | number;
      /** The file and its message. */
      fields: {
        /** File name with extension. */
        name: string | number;
        /** File content as base64 without a `data:` prefix (at most 100 MB). */
        content: string | number;
        /** Text sent with the file. */
        message?: string | number;
      };
    };
    result: {
      /** The uploaded file. */
      file: {
        /** Drive file ID. */
        id: number;
        /** Chat. */
        chatId?: number;
        /** Upload date. */
        date?: string | Record<string, unknown>;
        /** `file`, `image`, `video` or `audio`. */
        type?: string;
        /** File name. */
        name?: string;
        /** Extension. */
        extension?: string;
        /** Size in bytes. */
        size?: number;
        /** Image size, or `false`. */
        image?: {
          /** Height. */
          height?: number;
          /** Width. */
          width?: number;
        } | boolean;
        /** Upload status, e.g. `done`. */
        status?: string;
        /** Upload progress in percent. */
        progress?: number;
        /** Uploader. */
        authorId?: number;
        /** Uploader's name. */
        authorName?: string;
        /** Preview link. */
        urlPreview?: string;
        /** View link. */
        urlShow?: string;
        /** Download link. */
        urlDownload?: string;
        /** Attributes for the built-in viewer. */
        viewerAttrs?: {
          /** Viewer. */
          viewer?: string;
          /** Viewer type. */
          viewerType?: string;
          /** Source link. */
          src?: string;
          /** Reduced version link. */
          viewerResized?: string;
          /** Object ID. */
          objectId?: string;
          /** Viewer group. */
          viewerGroupBy?: string;
          /** Chat. */
          imChatId?: number;
          /** Title. */
          title?: string;
          /** Unified file link. */
          unifiedLink?: string;
          /** Actions as JSON text. */
          actions?: string;
        };
        /** Media preview links. */
        mediaUrl?: {
          /** Preview links by size in pixels. */
          preview?: Record<string, string>;
        };
        /** Can be transcribed. */
        isTranscribable?: boolean;
        /** Video note. */
        isVideoNote?: boolean;
        /** Voice note. */
        isVoiceNote?: boolean;
      };
      /** Message carrying the file. */
      messageId: number;
      /** Chat ID. */
      chatId: number;
      /** Dialog. */
      dialogId: string;
    };
  };
  "imbot.app.register": {
    params: {
      /** Bot that owns the app. */
      BOT_ID?: B24Int;
      /** App code. */
      CODE?: string | number;
      /** JS command kind: insert or send a bot command, call a number, open support. */
      JS_METHOD?: "PUT" | "SEND" | "CALL" | "SUPPORT";
      /** Argument of `JS_METHOD`: command text, phone number or open-line code. */
      JS_PARAM?: string | number;
      /** App icon, base64; without one the app is listed only under chat apps. */
      ICON_FILE?: B24File;
      /** Chats the app shows in; a `-admin` suffix limits it to admins. */
      CONTEXT?: "ALL" | "USER" | "CHAT" | "BOT" | "LINES" | "CALL" | "ALL-admin" | "USER-admin" | "CHAT-admin" | "BOT-admin" | "LINES-admin" | "CALL-admin";
      /** Also available to extranet users (default `N`). */
      EXTRANET_SUPPORT?: "Y" | "N";
      /** Also available in live chat. */
      LIVECHAT_SUPPORT?: "Y" | "N";
      /** Open the IFRAME as a movable window that survives dialog switches. */
      IFRAME_POPUP?: "Y" | "N";
      /** Titles per language (at least `de` and `en` advised). */
      LANG?: {
        /** Language, e.g. `en`. */
        LANGUAGE_ID?: string | number;
        /** Button or command title. */
        TITLE?: string | number;
        /** Description. */
        DESCRIPTION?: string | number;
        /** Copyright line (IFRAME apps). */
        COPYRIGHT?: string | number;
      }[];
      /** HTTPS URL of the IFRAME app. */
      IFRAME?: string | number;
      /** Wanted IFRAME width in px (at least 250). */
      IFRAME_WIDTH?: B24Int;
      /** Wanted IFRAME height in px (at least 50). */
      IFRAME_HEIGHT?: B24Int;
      /** Token for checking IFRAME calls, 32 characters. */
      HASH?: string | number;
      /** Hide the app. */
      HIDDEN?: "Y" | "N";
    };
    result: number;
  };
  "imbot.app.unregister": {
    params: {
      /** App to remove. */
      APP_ID: B24Int;
    };
    result: boolean;
  };
  "imbot.app.update": {
    params: {
      /** App to change. */
      APP_ID: B24Int;
      /** What to change; at least one field. */
      FIELDS: B24NotEmpty<{
        /** New HTTPS URL of the IFRAME. */
        IFRAME?: string | number;
        /** Wanted IFRAME width in px (at least 250). */
        IFRAME_WIDTH?: B24Int;
        /** Wanted IFRAME height in px (at least 50). */
        IFRAME_HEIGHT?: B24Int;
        /** JS command kind; wins over IFRAME fields when both are sent. */
        JS_METHOD?: "PUT" | "SEND" | "CALL" | "SUPPORT";
        /** Argument of `JS_METHOD`. */
        JS_PARAM?: string | number;
        /** Token for checking IFRAME calls, 32 characters. */
        HASH?: string | number;
        /** App icon, base64. */
        ICON_FILE?: B24File;
        /** Chats the app shows in; a `-admin` suffix limits it to admins. */
        CONTEXT?: "ALL" | "USER" | "CHAT" | "BOT" | "LINES" | "CALL" | "ALL-admin" | "USER-admin" | "CHAT-admin" | "BOT-admin" | "LINES-admin" | "CALL-admin";
        /** Also available to extranet users. */
        EXTRANET_SUPPORT?: "Y" | "N";
        /** Also available in live chat. */
        LIVECHAT_SUPPORT?: "Y" | "N";
        /** Open the IFRAME as a movable window. */
        IFRAME_POPUP?: "Y" | "N";
        /** Titles per language. */
        LANG?: {
          /** Language, e.g. `en`. */
          LANGUAGE_ID?: string | number;
          /** Button or command title. */
          TITLE?: string | number;
          /** Description. */
          DESCRIPTION?: string | number;
          /** Copyright line (IFRAME apps). */
          COPYRIGHT?: string | number;
        }[];
      }>;
    };
    result: boolean;
  };
  "imbot.bot.list": {
    params: Record<string, never>;
    result: Record<string, {
      ID: number;
      NAME: string;
      CODE: string;
      /** Works in open lines. */
      OPENLINE: "Y" | "N";
    }> | {
      ID: number;
      NAME: string;
      CODE: string;
      /** Works in open lines. */
      OPENLINE: "Y" | "N";
    }[];
  };
  "imbot.register": {
    params: B24AnyOf<B24AnyOf<B24AnyOf<{
      /** Bot code, unique on the portal. */
      CODE: string | number;
      /** `B` plain bot, `O` open-line bot, `H` human-like (types first), `S` supervisor (reads everything). */
      TYPE?: "B" | "O" | "H" | "S";
      /** Open-line mode; forced to `Y` for `TYPE=O`. */
      OPENLINE?: "Y" | "N";
      /** One URL for all five events; stands in for the separate `EVENT_*` URLs. */
      EVENT_HANDLER?: string | number;
      /** URL for ONIMBOTMESSAGEADD; needed unless `EVENT_HANDLER` is given. */
      EVENT_MESSAGE_ADD?: string | number;
      /** URL for ONIMBOTMESSAGEUPDATE. */
      EVENT_MESSAGE_UPDATE?: string | number;
      /** URL for ONIMBOTMESSAGEDELETE. */
      EVENT_MESSAGE_DELETE?: string | number;
      /** URL for ONIMBOTJOINCHAT; needed unless `EVENT_HANDLER` is given. */
      EVENT_WELCOME_MESSAGE?: string | number;
      /** URL for ONIMBOTDELETE; needed unless `EVENT_HANDLER` is given. */
      EVENT_BOT_DELETE?: string | number;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
      /** Bot profile; `NAME` or `LAST_NAME` is needed. */
      PROPERTIES: B24AnyOf<{
        /** First name; this or `LAST_NAME` must be non-empty. */
        NAME?: string | number;
        /** Last name; this or `NAME` must be non-empty. */
        LAST_NAME?: string | number;
        /** Color in the mobile app. */
        COLOR?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
        /** Contact email; must not be a real user's email. */
        EMAIL?: string | number;
        /** Birthday, `YYYY-MM-DD`. */
        PERSONAL_BIRTHDAY?: string | number;
        /** Position or short description. */
        WORK_POSITION?: string | number;
        /** Website. */
        PERSONAL_WWW?: string | number;
        /** `M` or `F`. */
        PERSONAL_GENDER?: "M" | "F";
        /** Avatar, base64 (up to 5000x5000). */
        PERSONAL_PHOTO?: B24File;
      }, "NAME" | "LAST_NAME">;
    }, "EVENT_MESSAGE_ADD" | "EVENT_HANDLER">, "EVENT_WELCOME_MESSAGE" | "EVENT_HANDLER">, "EVENT_BOT_DELETE" | "EVENT_HANDLER">;
    result: number;
  };
  "imbot.unregister": {
    params: {
      /** Bot to delete. */
      BOT_ID: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.update": {
    params: {
      /** Bot to change. */
      BOT_ID: B24Int;
      /** What to change; at least one field. */
      FIELDS: B24NotEmpty<{
        /** New bot code. */
        CODE?: string | number;
        /** One URL for all five events. */
        EVENT_HANDLER?: string | number;
        /** URL for ONIMBOTMESSAGEADD. */
        EVENT_MESSAGE_ADD?: string | number;
        /** URL for ONIMBOTMESSAGEUPDATE. */
        EVENT_MESSAGE_UPDATE?: string | number;
        /** URL for ONIMBOTMESSAGEDELETE. */
        EVENT_MESSAGE_DELETE?: string | number;
        /** URL for ONIMBOTJOINCHAT. */
        EVENT_WELCOME_MESSAGE?: string | number;
        /** URL for ONIMBOTDELETE. */
        EVENT_BOT_DELETE?: string | number;
        /** Profile fields to change. */
        PROPERTIES?: {
          /** First name; this or `LAST_NAME` must be non-empty. */
          NAME?: string | number;
          /** Last name; this or `NAME` must be non-empty. */
          LAST_NAME?: string | number;
          /** Color in the mobile app. */
          COLOR?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
          /** Contact email; must not be a real user's email. */
          EMAIL?: string | number;
          /** Birthday, `YYYY-MM-DD`. */
          PERSONAL_BIRTHDAY?: string | number;
          /** Position or short description. */
          WORK_POSITION?: string | number;
          /** Website. */
          PERSONAL_WWW?: string | number;
          /** `M` or `F`. */
          PERSONAL_GENDER?: "M" | "F";
          /** Avatar, base64 (up to 5000x5000). */
          PERSONAL_PHOTO?: B24File;
        };
      }>;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.add": {
    params: {
      /** `OPEN` open chat, `CHAT` closed chat (default). */
      TYPE?: "OPEN" | "CHAT";
      /** Chat title. */
      TITLE?: string | number;
      /** Chat description. */
      DESCRIPTION?: string | number;
      /** Chat color in the mobile app. */
      COLOR?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
      /** First message of the chat. */
      MESSAGE?: string | number;
      /** Members to add. */
      USERS?: B24Int[];
      /** Chat avatar, base64 (up to 5000x5000). */
      AVATAR?: B24File;
      /** Your own object type to tie the chat to. */
      ENTITY_TYPE?: string | number;
      /** Your own object ID within `ENTITY_TYPE`. */
      ENTITY_ID?: string | number;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: number;
  };
  "imbot.chat.get": {
    params: {
      /** Object type given when the chat was created. */
      ENTITY_TYPE: string | number;
      /** Object ID given when the chat was created. */
      ENTITY_ID: string | number;
    };
    result: {
      /** Chat ID. */
      ID: number;
    };
  };
  "imbot.chat.leave": {
    params: {
      /** Chat to leave. */
      CHAT_ID: B24Int;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.sendTyping": {
    params: {
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** User ID or `chat<ID>`. */
      DIALOG_ID: string | number;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.setManager": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** Member whose rights change. */
      USER_ID: B24Int;
      /** `Y` grant (default), `N` revoke. */
      IS_MANAGER?: "Y" | "N";
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.setOwner": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** New owner; must be a member. */
      USER_ID: B24Int;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** App key for calls without `clientId` in the auth (webhooks). */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.updateAvatar": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** Image, base64 (up to 5000x5000). */
      AVATAR: B24File;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.updateColor": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** New color. */
      COLOR: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "MARENGO" | "GRAY" | "GRAPHITE";
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.updateTitle": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** New title; surrounding whitespace is trimmed. */
      TITLE: string | number;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.user.add": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** Users to add. */
      USERS: B24Int[];
      /** Hide earlier history from them (default `Y`). */
      HIDE_HISTORY?: "Y" | "N";
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.user.delete": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** Member to remove. */
      USER_ID: B24Int;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.chat.user.list": {
    params: {
      /** Chat. */
      CHAT_ID: B24Int;
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: number[];
  };
  "imbot.dialog.get": {
    params: {
      /** User ID (personal dialog) or `chat<ID>`. */
      DIALOG_ID: string | number;
    };
    result: {
      id: number;
      dialog_id: string;
      name: string;
      /** `chat`, `open`, `private`, ... */
      type: string;
      owner: number;
      parent_chat_id?: number;
      parent_message_id?: number;
      description?: string;
      extranet?: boolean;
      /** Avatar URL, or empty. */
      avatar?: string;
      /** HEX color. */
      color?: string;
      counter?: number;
      user_counter?: number;
      message_count?: number;
      unread_id?: number;
      /** What may be done in the chat (avatar, rename, call, ...). */
      restrictions?: Record<string, boolean>;
      last_message_id?: number;
      last_id?: number;
      marked_id?: number;
      disk_folder_id?: number;
      entity_type?: string;
      entity_id?: string;
      entity_data_1?: string;
      entity_data_2?: string;
      entity_data_3?: string;
      mute_list?: number[] | Record<string, unknown>;
      date_create?: string;
      message_type?: string;
      public?: Record<string, unknown> | string;
      /** Your role: `owner`, `manager`, `member`, ... */
      role?: string;
      entity_link?: {
        type?: string;
        url?: string;
        id?: string;
      };
      text_field_enabled?: boolean;
      background_id?: string;
      /** Minimum role for each action. */
      permissions?: Record<string, string>;
      is_new?: boolean;
      readed_list?: {
        user_id: number;
        user_name: string;
        message_id: number;
        date: string;
      }[];
      manager_list?: number[];
      last_message_views?: {
        message_id: number;
        first_viewers: {
          user_id: number;
          user_name: string;
          date: string;
        }[];
        count_of_viewers: number;
      };
    };
  };
  "imbot.command.answer": {
    params: B24AnyOf<{
      /** Command answered; or give `COMMAND`. */
      COMMAND_ID?: B24Int;
      /** Command text; or give `COMMAND_ID`. */
      COMMAND?: string | number;
      /** Message that called the command (from ONIMCOMMANDADD). */
      MESSAGE_ID: B24Int;
      /** Reply text. */
      MESSAGE?: string | number;
      /** Rich attachment. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** Buttons under the reply. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** Context-menu items of the reply. */
      MENU?: {
        /** Menu items, in order. */
        ITEMS: {
          /** Item text. */
          TEXT: string | number;
          /** URL to open. */
          LINK?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Devices the item shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Show the item inactive. */
          DISABLED?: "Y" | "N";
        }[];
      } | {
        /** Item text. */
        TEXT: string | number;
        /** URL to open. */
        LINK?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Devices the item shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Show the item inactive. */
        DISABLED?: "Y" | "N";
      }[] | string | number;
      /** Send as a system message (default `N`). */
      SYSTEM?: "Y" | "N";
      /** Turn links in `MESSAGE` into rich links (default `Y`). */
      URL_PREVIEW?: "Y" | "N";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    }, "COMMAND_ID" | "COMMAND">;
    result: number;
  };
  "imbot.command.register": {
    params: {
      /** Bot that gets the command. */
      BOT_ID: B24Int;
      /** Command word, Latin letters and digits. */
      COMMAND: string | number;
      /** URL for ONIMCOMMANDADD. */
      EVENT_COMMAND_ADD: string | number;
      /** Title and params hint per language. */
      LANG: {
        /** Language, e.g. `en`. */
        LANGUAGE_ID: string | number;
        /** Command title in that language. */
        TITLE: string | number;
        /** Params hint in that language. */
        PARAMS?: string | number;
      }[];
      /** `Y` usable in any chat, `N` only where the bot is (default). */
      COMMON?: "Y" | "N";
      /** Hide from the command list (default `N`). */
      HIDDEN?: "Y" | "N";
      /** Usable by extranet users (default `N`). */
      EXTRANET_SUPPORT?: "Y" | "N";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: number;
  };
  "imbot.command.unregister": {
    params: {
      /** Command to remove. */
      COMMAND_ID: B24Int;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.command.update": {
    params: {
      /** Command to change. */
      COMMAND_ID: B24Int;
      /** What to change; at least one field. */
      FIELDS: B24NotEmpty<{
        /** New command word. */
        COMMAND?: string | number;
        /** New URL for ONIMCOMMANDADD. */
        EVENT_COMMAND_ADD?: string | number;
        /** Hide from the command list. */
        HIDDEN?: "Y" | "N";
        /** Usable by extranet users. */
        EXTRANET_SUPPORT?: "Y" | "N";
        /** Title and params hint per language. */
        LANG?: {
          /** Language, e.g. `en`. */
          LANGUAGE_ID: string | number;
          /** Command title in that language. */
          TITLE: string | number;
          /** Params hint in that language. */
          PARAMS?: string | number;
        }[];
      }>;
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.message.add": {
    params: B24AnyOf<B24AnyOf<{
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** User ID or `chat<ID>`; needed unless `FROM_USER_ID` + `TO_USER_ID` are given. */
      DIALOG_ID?: string | number;
      /** Sender of a private system message (with `TO_USER_ID`). */
      FROM_USER_ID?: B24Int;
      /** Recipient of a private system message (with `FROM_USER_ID`). */
      TO_USER_ID?: B24Int;
      /** Message text; surrounding whitespace is trimmed. */
      MESSAGE: string | number;
      /** Rich attachment. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** Buttons under the message. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** Context-menu items of the message. */
      MENU?: {
        /** Menu items, in order. */
        ITEMS: {
          /** Item text. */
          TEXT: string | number;
          /** URL to open. */
          LINK?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Devices the item shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Show the item inactive. */
          DISABLED?: "Y" | "N";
        }[];
      } | {
        /** Item text. */
        TEXT: string | number;
        /** URL to open. */
        LINK?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Devices the item shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Show the item inactive. */
        DISABLED?: "Y" | "N";
      }[] | string | number;
      /** Send as a system message (default `N`). */
      SYSTEM?: "Y" | "N";
      /** Turn links into rich links (default `Y`). */
      URL_PREVIEW?: "Y" | "N";
      /** Do not pass the message to open-line connectors (default `N`). */
      SKIP_CONNECTOR?: "Y" | "N";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    }, "DIALOG_ID" | "TO_USER_ID">, "DIALOG_ID" | "FROM_USER_ID">;
    result: number;
  };
  "imbot.message.delete": {
    params: {
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Message to delete. */
      MESSAGE_ID: B24Int;
      /** `Y` erase without a trace, `N` leave a deletion mark (default). */
      COMPLETE?: "Y" | "N";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.message.like": {
    params: {
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Message in a chat the bot is in. */
      MESSAGE_ID: B24Int;
      /** `plus` like, `minus` unlike, `auto` toggle (default). */
      ACTION?: "auto" | "plus" | "minus";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.message.update": {
    params: {
      /** Bot to act as; the app's first bot if omitted. */
      BOT_ID?: B24Int;
      /** Message to edit. */
      MESSAGE_ID: B24Int;
      /** New text; omitted keeps it, empty deletes the message. */
      MESSAGE?: string | number;
      /** New attachment; `N` removes it. */
      ATTACH?: {
        /** Attachment ID within the message. */
        ID?: B24Int;
        /** Color theme of the attachment. */
        COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Attachment color, `#RRGGBB`. */
        COLOR?: string | number;
        /** Content blocks, shown in order. */
        BLOCKS: Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
      } | Array<B24ExactlyOne<{
        /** Text block; BB codes allowed. */
        MESSAGE?: string | number;
        /** Link block. */
        LINK?: {
          /** Absolute URL or path from the portal root. */
          LINK: string | number;
          /** Link text; the URL when left out. */
          NAME?: string | number;
          /** Description under the title. */
          DESC?: string | number;
          /** HTML description, used instead of `DESC`. */
          HTML?: string | number;
          /** URL of a preview image. */
          PREVIEW?: string | number;
          /** Preview width in pixels. */
          WIDTH?: B24Int;
          /** Preview height in pixels. */
          HEIGHT?: B24Int;
          /** User the link opens. */
          USER_ID?: B24Int;
          /** Chat the link opens. */
          CHAT_ID?: B24Int;
          /** Bitrix24 Network user the link opens. */
          NETWORK_ID?: string | number;
        };
        /** User card block. */
        USER?: {
          /** Shown name. */
          NAME: string | number;
          /** Avatar URL. */
          AVATAR?: string | number;
          /** URL opened on click. */
          LINK?: string | number;
          /** User the card opens. */
          USER_ID?: B24Int;
          /** Chat the card opens. */
          CHAT_ID?: B24Int;
          /** Chat bot the card opens. */
          BOT_ID?: B24Int;
          /** Bitrix24 Network user the card opens. */
          NETWORK_ID?: string | number;
          /** How the avatar is drawn. */
          AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
        };
        /** Table of name-value pairs. */
        GRID?: {
          /** Layout of the pair. */
          DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
          /** Name (may be left out in `ROW` layout). */
          NAME?: string | number;
          /** Value; BB codes allowed. */
          VALUE?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
          /** Color theme of the value. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Value color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
          /** External link on the value. */
          LINK?: string | number;
          /** User the value links to. */
          USER_ID?: B24Int;
          /** Chat the value links to. */
          CHAT_ID?: B24Int;
        }[];
        /** One or more images. */
        IMAGE?: {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        }[] | {
          /** URL of the full image. */
          LINK: string | number;
          /** Image name. */
          NAME?: string | number;
          /** URL of a thumbnail; `LINK` when left out. */
          PREVIEW?: string | number;
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Height in pixels. */
          HEIGHT?: B24Int;
        };
        /** One or more files. */
        FILE?: {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        }[] | {
          /** URL of the file. */
          LINK: string | number;
          /** Shown file name. */
          NAME?: string | number;
          /** Size in bytes. */
          SIZE?: B24Int;
        };
        /** Divider line; `true` draws the default one. */
        DELIMITER?: {
          /** Width in pixels (200 by default). */
          SIZE?: B24Int;
          /** Color, `#RGB` or `#RRGGBB`. */
          COLOR?: string | number;
        } | B24Bool;
        /** Expanded link preview (fields not documented). */
        RICH_LINK?: Record<string, unknown>;
      }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
      /** New buttons; `N` removes them. */
      KEYBOARD?: {
        /** Bot that receives the button commands. */
        BOT_ID?: B24Int;
        /** Buttons, in order. */
        BUTTONS: Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">>;
      } | Array<B24NeededUnless<{
        /** Button text; needed on every button but line breaks. */
        TEXT?: string | number;
        /** `NEWLINE` starts a new row of buttons. */
        TYPE?: "NEWLINE";
        /** URL to open. */
        LINK?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Disable a `COMMAND` button once pressed. */
        BLOCK?: "Y" | "N";
        /** Show the button inactive. */
        DISABLED?: "Y" | "N";
        /** Devices the button shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Inline or full-width button. */
        DISPLAY?: "LINE" | "BLOCK";
        /** Width in pixels. */
        WIDTH?: B24Int;
        /** Background color, HEX. */
        BG_COLOR?: string | number;
        /** Background color theme. */
        BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
        /** Text color, HEX. */
        TEXT_COLOR?: string | number;
        /** Background color when inactive. */
        OFF_BG_COLOR?: string | number;
        /** Text color when inactive. */
        OFF_TEXT_COLOR?: string | number;
      }, "TEXT", "TYPE", "NEWLINE">> | string | number;
      /** New context-menu items; `N` removes them. */
      MENU?: {
        /** Menu items, in order. */
        ITEMS: {
          /** Item text. */
          TEXT: string | number;
          /** URL to open. */
          LINK?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Devices the item shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Show the item inactive. */
          DISABLED?: "Y" | "N";
        }[];
      } | {
        /** Item text. */
        TEXT: string | number;
        /** URL to open. */
        LINK?: string | number;
        /** Bot command to run. */
        COMMAND?: string | number;
        /** Params for `COMMAND`. */
        COMMAND_PARAMS?: string | number;
        /** Chat app to open (legacy). */
        APP_ID?: B24Int;
        /** Launch params for `APP_ID`. */
        APP_PARAMS?: string | number;
        /** Client-side action. */
        ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
        /** Text, phone number or dialog for `ACTION`. */
        ACTION_VALUE?: string | number;
        /** Devices the item shows on. */
        CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
        /** Show the item inactive. */
        DISABLED?: "Y" | "N";
      }[] | string | number;
      /** Turn links into rich links (default `Y`). */
      URL_PREVIEW?: "Y" | "N";
      /** Do not pass the edit to open-line connectors (default `N`). */
      SKIP_CONNECTOR?: "Y" | "N";
      /** Key tying the bot to a webhook; needed only with webhook auth. */
      CLIENT_ID?: string | number;
    };
    result: boolean;
  };
  "imbot.v2.Bot.get": {
    params: B24AnyOf<{
      /** Bot ID; or give `code`. */
      botId?: B24Int;
      /** Bot code; or give `botId`. */
      code?: string | number;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
    }, "botId" | "code">;
    result: {
      bot: {
        /** The bot's user ID. */
        id: number;
        code: string;
        /** Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`. */
        type: string;
        isHidden: boolean;
        isSupportOpenline: boolean;
        isReactionsEnabled: boolean;
        /** Chat background, or null. */
        backgroundId: string;
        language: string;
        moduleId?: string;
        eventMode?: "fetch" | "webhook";
        countMessage?: number;
        countCommand?: number;
        countChat?: number;
        countUser?: number;
      };
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
    };
  };
  "imbot.v2.Bot.list": {
    params: {
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Filter. */
      filter?: {
        /** Only bots of this type. */
        type?: "bot" | "network" | "openline" | "supervisor" | "personal";
      };
      /** Page size (default 50). */
      limit?: B24Int;
      /** Bots to skip (default 0). */
      offset?: B24Int;
    };
    result: {
      bots: {
        /** The bot's user ID. */
        id: number;
        code: string;
        /** Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`. */
        type: string;
        isHidden: boolean;
        isSupportOpenline: boolean;
        isReactionsEnabled: boolean;
        /** Chat background, or null. */
        backgroundId: string;
        language: string;
        moduleId?: string;
        eventMode?: "fetch" | "webhook";
        countMessage?: number;
        countCommand?: number;
        countChat?: number;
        countUser?: number;
      }[];
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
      hasNextPage: boolean;
    };
  };
  "imbot.v2.Bot.register": {
    params: {
      /** Bot settings. */
      fields: {
        /** Bot code, unique within the application. */
        code: string | number;
        /** Token to tie to the bot for webhook calls (at most 40 characters). */
        botToken?: string | number;
        /** Bot profile. */
        properties: {
          /** Name shown in chats. */
          name: string | number;
          /** Last name. */
          lastName?: string | number;
          /** Position shown in the profile. */
          workPosition?: string | number;
          /** Avatar color; picked automatically if omitted. */
          color?: "red" | "green" | "mint" | "lightBlue" | "darkBlue" | "purple" | "aqua" | "pink" | "lime" | "brown" | "azure" | "khaki" | "sand" | "marengo" | "gray" | "graphite";
          /** `M` or `F`. */
          gender?: "M" | "F";
          /** Avatar, base64 without a `data:` prefix. */
          avatar?: B24File;
        };
        /** Bot type (default `bot`). */
        type?: "bot" | "network" | "openline" | "supervisor" | "personal";
        /** `fetch` (poll with Event.get, default) or `webhook`. */
        eventMode?: "fetch" | "webhook";
        /** Event handler URL; needed for `eventMode=webhook`. */
        webhookUrl?: string | number;
        /** Hide from the contact list (default false). */
        isHidden?: B24Bool;
        /** Allow reactions (default true). */
        isReactionsEnabled?: B24Bool;
        /** Work in open lines (default false). */
        isSupportOpenline?: B24Bool;
        /** Chat background; omitted uses the user's own. */
        backgroundId?: "azure" | "mint" | "steel" | "slate" | "teal" | "cornflower" | "sky" | "peach" | "frost";
      };
    };
    result: {
      bot: {
        /** The bot's user ID. */
        id: number;
        code: string;
        /** Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`. */
        type: string;
        isHidden: boolean;
        isSupportOpenline: boolean;
        isReactionsEnabled: boolean;
        /** Chat background, or null. */
        backgroundId: string;
        language: string;
        moduleId?: string;
        eventMode?: "fetch" | "webhook";
        countMessage?: number;
        countCommand?: number;
        countChat?: number;
        countUser?: number;
      };
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
    };
  };
  "imbot.v2.Bot.unregister": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Bot.update": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** What to change. */
      fields: {
        /** Profile fields to change. */
        properties?: {
          /** Name. */
          name?: string | number;
          /** Last name. */
          lastName?: string | number;
          /** Position shown in the profile. */
          workPosition?: string | number;
          /** Avatar color. */
          color?: "red" | "green" | "mint" | "lightBlue" | "darkBlue" | "purple" | "aqua" | "pink" | "lime" | "brown" | "azure" | "khaki" | "sand" | "marengo" | "gray" | "graphite";
          /** `M` or `F`. */
          gender?: "M" | "F";
          /** Avatar, base64 without a `data:` prefix. */
          avatar?: B24File;
        };
        /** Hide from the contact list. */
        isHidden?: B24Bool;
        /** Allow reactions. */
        isReactionsEnabled?: B24Bool;
        /** Work in open lines. */
        isSupportOpenline?: B24Bool;
        /** Chat background; null resets to the user's own. */
        backgroundId?: "azure" | "mint" | "steel" | "slate" | "teal" | "cornflower" | "sky" | "peach" | "frost";
        /** `fetch` or `webhook`. */
        eventMode?: "fetch" | "webhook";
        /** Event handler URL for `webhook` mode. */
        webhookUrl?: string | number;
        /** New token (rotation); the call itself authenticates with the old one. */
        botToken?: string | number;
      };
    };
    result: {
      bot: {
        /** The bot's user ID. */
        id: number;
        code: string;
        /** Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`. */
        type: string;
        isHidden: boolean;
        isSupportOpenline: boolean;
        isReactionsEnabled: boolean;
        /** Chat background, or null. */
        backgroundId: string;
        language: string;
        moduleId?: string;
        eventMode?: "fetch" | "webhook";
        countMessage?: number;
        countCommand?: number;
        countChat?: number;
        countUser?: number;
      };
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
    };
  };
  "imbot.v2.Chat.add": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Chat settings. */
      fields?: {
        /** Chat title. */
        title?: string | number;
        /** Chat description. */
        description?: string | number;
        /** Chat color; picked automatically if omitted. */
        color?: "red" | "green" | "mint" | "lightBlue" | "darkBlue" | "purple" | "aqua" | "pink" | "lime" | "brown" | "azure" | "khaki" | "sand" | "marengo" | "gray" | "graphite";
        /** Chat avatar, base64. */
        avatar?: B24File;
        /** Members to add. */
        userIds?: B24Int[];
        /** Owner; the bot if omitted. */
        ownerId?: B24Int;
        /** First message of the chat. */
        message?: string | number;
      };
    };
    result: {
      chat: {
        id: number;
        dialogId: string;
        name: string;
        /** `chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, ... */
        type: string;
        owner: number;
        /** Internal type: `C`, `O`, `P`, ... */
        messageType?: string;
        /** HEX color, or null. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        description?: string;
        extranet?: boolean;
        /** The caller's role: `owner`, `manager`, `member`, `guest` or `none`. */
        role?: string;
        containsCollaber?: boolean;
        /** Users who muted the chat. */
        muteList?: number[] | Record<string, unknown>;
        entityType?: string;
        entityId?: string;
        entityData1?: string;
        entityData2?: string;
        entityData3?: string;
        /** Link to the tied external object. */
        entityLink?: Record<string, unknown>;
        diskFolderId?: number;
        /** The caller's permissions. */
        permissions?: Record<string, unknown>;
        parentChatId?: number;
        parentMessageId?: number;
        isNew?: boolean;
        /** Text input on (`Y`) or off (`N`). */
        textFieldEnabled?: boolean;
        backgroundId?: string;
        dateCreate?: string;
        lastMessageId?: number;
        /** Views of the last message, as JSON text. */
        lastMessageViews?: string;
        /** Last message read. */
        lastId?: number;
        managerList?: number[];
        markedId?: number;
        messageCount?: number;
        public?: Record<string, unknown> | string;
        /** First unread message. */
        unreadId?: number;
        /** Number of members. */
        userCounter?: number;
      };
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
    };
  };
  "imbot.v2.Chat.get": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
    };
    result: {
      chat: {
        id: number;
        dialogId: string;
        name: string;
        /** `chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, ... */
        type: string;
        owner: number;
        /** Internal type: `C`, `O`, `P`, ... */
        messageType?: string;
        /** HEX color, or null. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        description?: string;
        extranet?: boolean;
        /** The caller's role: `owner`, `manager`, `member`, `guest` or `none`. */
        role?: string;
        containsCollaber?: boolean;
        /** Users who muted the chat. */
        muteList?: number[] | Record<string, unknown>;
        entityType?: string;
        entityId?: string;
        entityData1?: string;
        entityData2?: string;
        entityData3?: string;
        /** Link to the tied external object. */
        entityLink?: Record<string, unknown>;
        diskFolderId?: number;
        /** The caller's permissions. */
        permissions?: Record<string, unknown>;
        parentChatId?: number;
        parentMessageId?: number;
        isNew?: boolean;
        /** Text input on (`Y`) or off (`N`). */
        textFieldEnabled?: boolean;
        backgroundId?: string;
        dateCreate?: string;
        lastMessageId?: number;
        /** Views of the last message, as JSON text. */
        lastMessageViews?: string;
        /** Last message read. */
        lastId?: number;
        managerList?: number[];
        markedId?: number;
        messageCount?: number;
        public?: Record<string, unknown> | string;
        /** First unread message. */
        unreadId?: number;
        /** Number of members. */
        userCounter?: number;
      };
    };
  };
  "imbot.v2.Chat.leave": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.setOwner": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** New owner. */
      userId: B24Int;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.update": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** What to change. */
      fields: {
        /** New title. */
        title?: string | number;
        /** New description. */
        description?: string | number;
        /** New color. */
        color?: "red" | "green" | "mint" | "lightBlue" | "darkBlue" | "purple" | "aqua" | "pink" | "lime" | "brown" | "azure" | "khaki" | "sand" | "marengo" | "gray" | "graphite";
        /** New avatar, base64. */
        avatar?: B24File;
      };
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.Manager.add": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Members to promote; non-members are skipped. */
      userIds: B24Int[];
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.Manager.delete": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Managers to demote. */
      userIds: B24Int[];
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.User.add": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Users to add; unknown or inactive ones are skipped. */
      userIds: B24Int[];
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.User.delete": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Member to remove. */
      userId: B24Int;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.User.list": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Sort order, e.g. `{"id": "ASC"}`. */
      order?: {
        /** By membership record ID. */
        id?: "ASC" | "DESC";
        /** By the member's last message. */
        lastSendMessageId?: "ASC" | "DESC";
        /** By user ID. */
        userId?: "ASC" | "DESC";
      };
      /** How many, 1 to 200 (default 50). */
      limit?: B24Int;
    };
    result: {
      id: number;
      active: boolean;
      /** Full name. */
      name: string;
      bot: boolean;
      /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
      type: string;
      firstName?: string;
      lastName?: string;
      workPosition?: string;
      /** Placeholder color, HEX. */
      color?: string;
      /** Avatar URL, or empty. */
      avatar?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday, or empty. */
      birthday?: string;
      extranet?: boolean;
      /** An open-line connector user. */
      connector?: boolean;
      externalAuthId?: string;
      /** `online`, `dnd`, ... */
      status?: string;
      idle?: string | boolean;
      lastActivityDate?: string | boolean;
      mobileLastDate?: string | boolean;
      desktopLastDate?: string | boolean;
      absent?: string | boolean;
      departments?: number[];
      /** Phone numbers, or false. */
      phones?: Record<string, unknown> | boolean;
      website?: string;
      email?: string;
    }[];
  };
  "imbot.v2.Chat.Message.send": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Message content; text or an attachment is needed. */
      fields?: {
        /** Text, at most 20,000 characters (the portal would cut a longer one). */
        message?: string | number;
        /** Rich attachment. */
        attach?: {
          /** Attachment ID within the message. */
          ID?: B24Int;
          /** Color theme of the attachment. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Attachment color, `#RRGGBB`. */
          COLOR?: string | number;
          /** Content blocks, shown in order. */
          BLOCKS: Array<B24ExactlyOne<{
            /** Text block; BB codes allowed. */
            MESSAGE?: string | number;
            /** Link block. */
            LINK?: {
              /** Absolute URL or path from the portal root. */
              LINK: string | number;
              /** Link text; the URL when left out. */
              NAME?: string | number;
              /** Description under the title. */
              DESC?: string | number;
              /** HTML description, used instead of `DESC`. */
              HTML?: string | number;
              /** URL of a preview image. */
              PREVIEW?: string | number;
              /** Preview width in pixels. */
              WIDTH?: B24Int;
              /** Preview height in pixels. */
              HEIGHT?: B24Int;
              /** User the link opens. */
              USER_ID?: B24Int;
              /** Chat the link opens. */
              CHAT_ID?: B24Int;
              /** Bitrix24 Network user the link opens. */
              NETWORK_ID?: string | number;
            };
            /** User card block. */
            USER?: {
              /** Shown name. */
              NAME: string | number;
              /** Avatar URL. */
              AVATAR?: string | number;
              /** URL opened on click. */
              LINK?: string | number;
              /** User the card opens. */
              USER_ID?: B24Int;
              /** Chat the card opens. */
              CHAT_ID?: B24Int;
              /** Chat bot the card opens. */
              BOT_ID?: B24Int;
              /** Bitrix24 Network user the card opens. */
              NETWORK_ID?: string | number;
              /** How the avatar is drawn. */
              AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
            };
            /** Table of name-value pairs. */
            GRID?: {
              /** Layout of the pair. */
              DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
              /** Name (may be left out in `ROW` layout). */
              NAME?: string | number;
              /** Value; BB codes allowed. */
              VALUE?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
              /** Color theme of the value. */
              COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
              /** Value color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
              /** External link on the value. */
              LINK?: string | number;
              /** User the value links to. */
              USER_ID?: B24Int;
              /** Chat the value links to. */
              CHAT_ID?: B24Int;
            }[];
            /** One or more images. */
            IMAGE?: {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            }[] | {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            };
            /** One or more files. */
            FILE?: {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            }[] | {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            };
            /** Divider line; `true` draws the default one. */
            DELIMITER?: {
              /** Width in pixels (200 by default). */
              SIZE?: B24Int;
              /** Color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
            } | B24Bool;
            /** Expanded link preview (fields not documented). */
            RICH_LINK?: Record<string, unknown>;
          }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
        } | Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
        /** Buttons under the message. */
        keyboard?: {
          /** Bot that receives the button commands. */
          BOT_ID?: B24Int;
          /** Buttons, in order. */
          BUTTONS: Array<B24NeededUnless<{
            /** Button text; needed on every button but line breaks. */
            TEXT?: string | number;
            /** `NEWLINE` starts a new row of buttons. */
            TYPE?: "NEWLINE";
            /** URL to open. */
            LINK?: string | number;
            /** Chat app to open (legacy). */
            APP_ID?: B24Int;
            /** Launch params for `APP_ID`. */
            APP_PARAMS?: string | number;
            /** Client-side action. */
            ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
            /** Text, phone number or dialog for `ACTION`. */
            ACTION_VALUE?: string | number;
            /** Bot command to run. */
            COMMAND?: string | number;
            /** Params for `COMMAND`. */
            COMMAND_PARAMS?: string | number;
            /** Disable a `COMMAND` button once pressed. */
            BLOCK?: "Y" | "N";
            /** Show the button inactive. */
            DISABLED?: "Y" | "N";
            /** Devices the button shows on. */
            CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
            /** Inline or full-width button. */
            DISPLAY?: "LINE" | "BLOCK";
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Background color, HEX. */
            BG_COLOR?: string | number;
            /** Background color theme. */
            BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Text color, HEX. */
            TEXT_COLOR?: string | number;
            /** Background color when inactive. */
            OFF_BG_COLOR?: string | number;
            /** Text color when inactive. */
            OFF_TEXT_COLOR?: string | number;
          }, "TEXT", "TYPE", "NEWLINE">>;
        } | Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">> | string | number;
        /** Send as a system message (default false). */
        system?: B24Bool;
        /** Show link previews (default true). */
        urlPreview?: B24Bool;
        /** Message this one replies to. */
        replyId?: B24Int;
        /** UUID of the message template. */
        templateId?: string | number;
        /** Messages to forward as `{uuid: messageId}` (at most 100). */
        forwardIds?: Record<string, B24Int>;
      };
    };
    result: {
      /** ID of the sent message. */
      id: number;
      /** New IDs of forwarded messages by UUID. */
      uuidMap?: Record<string, number> | unknown[];
    };
  };
  "imbot.v2.Chat.Message.update": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message to edit. */
      messageId: B24Int;
      /** What to change. */
      fields: {
        /** New text, at most 20,000 characters. */
        message?: string | number;
        /** New attachment. */
        attach?: {
          /** Attachment ID within the message. */
          ID?: B24Int;
          /** Color theme of the attachment. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Attachment color, `#RRGGBB`. */
          COLOR?: string | number;
          /** Content blocks, shown in order. */
          BLOCKS: Array<B24ExactlyOne<{
            /** Text block; BB codes allowed. */
            MESSAGE?: string | number;
            /** Link block. */
            LINK?: {
              /** Absolute URL or path from the portal root. */
              LINK: string | number;
              /** Link text; the URL when left out. */
              NAME?: string | number;
              /** Description under the title. */
              DESC?: string | number;
              /** HTML description, used instead of `DESC`. */
              HTML?: string | number;
              /** URL of a preview image. */
              PREVIEW?: string | number;
              /** Preview width in pixels. */
              WIDTH?: B24Int;
              /** Preview height in pixels. */
              HEIGHT?: B24Int;
              /** User the link opens. */
              USER_ID?: B24Int;
              /** Chat the link opens. */
              CHAT_ID?: B24Int;
              /** Bitrix24 Network user the link opens. */
              NETWORK_ID?: string | number;
            };
            /** User card block. */
            USER?: {
              /** Shown name. */
              NAME: string | number;
              /** Avatar URL. */
              AVATAR?: string | number;
              /** URL opened on click. */
              LINK?: string | number;
              /** User the card opens. */
              USER_ID?: B24Int;
              /** Chat the card opens. */
              CHAT_ID?: B24Int;
              /** Chat bot the card opens. */
              BOT_ID?: B24Int;
              /** Bitrix24 Network user the card opens. */
              NETWORK_ID?: string | number;
              /** How the avatar is drawn. */
              AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
            };
            /** Table of name-value pairs. */
            GRID?: {
              /** Layout of the pair. */
              DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
              /** Name (may be left out in `ROW` layout). */
              NAME?: string | number;
              /** Value; BB codes allowed. */
              VALUE?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
              /** Color theme of the value. */
              COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
              /** Value color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
              /** External link on the value. */
              LINK?: string | number;
              /** User the value links to. */
              USER_ID?: B24Int;
              /** Chat the value links to. */
              CHAT_ID?: B24Int;
            }[];
            /** One or more images. */
            IMAGE?: {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            }[] | {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            };
            /** One or more files. */
            FILE?: {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            }[] | {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            };
            /** Divider line; `true` draws the default one. */
            DELIMITER?: {
              /** Width in pixels (200 by default). */
              SIZE?: B24Int;
              /** Color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
            } | B24Bool;
            /** Expanded link preview (fields not documented). */
            RICH_LINK?: Record<string, unknown>;
          }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
        } | Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
        /** New buttons; `N` removes them. */
        keyboard?: {
          /** Bot that receives the button commands. */
          BOT_ID?: B24Int;
          /** Buttons, in order. */
          BUTTONS: Array<B24NeededUnless<{
            /** Button text; needed on every button but line breaks. */
            TEXT?: string | number;
            /** `NEWLINE` starts a new row of buttons. */
            TYPE?: "NEWLINE";
            /** URL to open. */
            LINK?: string | number;
            /** Chat app to open (legacy). */
            APP_ID?: B24Int;
            /** Launch params for `APP_ID`. */
            APP_PARAMS?: string | number;
            /** Client-side action. */
            ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
            /** Text, phone number or dialog for `ACTION`. */
            ACTION_VALUE?: string | number;
            /** Bot command to run. */
            COMMAND?: string | number;
            /** Params for `COMMAND`. */
            COMMAND_PARAMS?: string | number;
            /** Disable a `COMMAND` button once pressed. */
            BLOCK?: "Y" | "N";
            /** Show the button inactive. */
            DISABLED?: "Y" | "N";
            /** Devices the button shows on. */
            CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
            /** Inline or full-width button. */
            DISPLAY?: "LINE" | "BLOCK";
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Background color, HEX. */
            BG_COLOR?: string | number;
            /** Background color theme. */
            BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Text color, HEX. */
            TEXT_COLOR?: string | number;
            /** Background color when inactive. */
            OFF_BG_COLOR?: string | number;
            /** Text color when inactive. */
            OFF_TEXT_COLOR?: string | number;
          }, "TEXT", "TYPE", "NEWLINE">>;
        } | Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">> | string | number;
        /** Show link previews (default `Y`). */
        urlPreview?: "Y" | "N";
      };
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.Message.delete": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message to delete. */
      messageId: B24Int;
      /** Erase from the database instead of a soft delete (default false). */
      complete?: B24Bool;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.Message.get": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message to read. */
      messageId: B24Int;
    };
    result: {
      message: {
        id: number;
        chatId: number;
        /** 0 for system messages. */
        authorId: number;
        date: string;
        text: string;
        isSystem: boolean;
        uuid?: string;
        /** Where a forwarded message came from, or null. */
        forward?: {
          id?: string;
          userId?: number;
          chatId?: number;
          date?: string;
        };
        /** Attachments, keyboard, files and other extras. */
        params?: Record<string, unknown>;
        viewedByOthers?: boolean;
        unread?: boolean;
        viewed?: boolean;
      };
      user: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      };
    };
  };
  "imbot.v2.Chat.Message.getContext": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message in the middle of the window. */
      messageId: B24Int;
      /** Messages on each side, 1 to 50 (default 50). */
      range?: B24Int;
    };
    result: {
      /** Oldest first. */
      messages: {
        id: number;
        chatId: number;
        /** 0 for system messages. */
        authorId: number;
        date: string;
        text: string;
        isSystem: boolean;
        uuid?: string;
        /** Where a forwarded message came from, or null. */
        forward?: {
          id?: string;
          userId?: number;
          chatId?: number;
          date?: string;
        };
        /** Attachments, keyboard, files and other extras. */
        params?: Record<string, unknown>;
        viewedByOthers?: boolean;
        unread?: boolean;
        viewed?: boolean;
      }[];
      /** Authors of the messages. */
      users: {
        id: number;
        active: boolean;
        /** Full name. */
        name: string;
        bot: boolean;
        /** `employee`, `extranet`, `email`, `collaber` or `bot`. */
        type: string;
        firstName?: string;
        lastName?: string;
        workPosition?: string;
        /** Placeholder color, HEX. */
        color?: string;
        /** Avatar URL, or empty. */
        avatar?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday, or empty. */
        birthday?: string;
        extranet?: boolean;
        /** An open-line connector user. */
        connector?: boolean;
        externalAuthId?: string;
        /** `online`, `dnd`, ... */
        status?: string;
        idle?: string | boolean;
        lastActivityDate?: string | boolean;
        mobileLastDate?: string | boolean;
        desktopLastDate?: string | boolean;
        absent?: string | boolean;
        departments?: number[];
        /** Phone numbers, or false. */
        phones?: Record<string, unknown> | boolean;
        website?: string;
        email?: string;
      }[];
      hasPrevPage: boolean;
      hasNextPage: boolean;
    };
  };
  "imbot.v2.Chat.Message.read": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Last message to mark; all if omitted. */
      messageId?: B24Int;
    };
    result: {
      chatId: number;
      /** Last message marked read. */
      lastId: number;
      /** Unread messages left. */
      counter: number;
      /** Messages marked read now. */
      viewedMessages: number[];
    };
  };
  "imbot.v2.Chat.Message.Reaction.add": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message to react to. */
      messageId: B24Int;
      /** Reaction code. */
      reaction: "like" | "dislike" | "faceWithTearsOfJoy" | "redHeart" | "neutralFace" | "fire" | "cry" | "slightlySmilingFace" | "winkingFace" | "laugh" | "kiss" | "wonder" | "slightlyFrowningFace" | "loudlyCryingFace" | "faceWithStuckOutTongue" | "faceWithStuckOutTongueAndWinkingEye" | "smilingFaceWithSunglasses" | "confusedFace" | "flushedFace" | "thinkingFace" | "angry" | "smilingFaceWithHorns" | "faceWithThermometer" | "facepalm" | "poo" | "flexedBiceps" | "clappingHands" | "raisedHand" | "smilingFaceWithHeartEyes" | "smilingFaceWithHearts" | "pleadingFace" | "relievedFace" | "foldedHands" | "okHand" | "signHorns" | "loveYouGesture" | "clownFace" | "partyingFace" | "questionMark" | "exclamationMark" | "lightBulb" | "bomb" | "sleepingSymbol" | "crossMark" | "whiteHeavyCheckMark" | "eyes" | "handshake" | "hundredPoints";
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.Message.Reaction.delete": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Message. */
      messageId: B24Int;
      /** Reaction code to remove. */
      reaction: "like" | "dislike" | "faceWithTearsOfJoy" | "redHeart" | "neutralFace" | "fire" | "cry" | "slightlySmilingFace" | "winkingFace" | "laugh" | "kiss" | "wonder" | "slightlyFrowningFace" | "loudlyCryingFace" | "faceWithStuckOutTongue" | "faceWithStuckOutTongueAndWinkingEye" | "smilingFaceWithSunglasses" | "confusedFace" | "flushedFace" | "thinkingFace" | "angry" | "smilingFaceWithHorns" | "faceWithThermometer" | "facepalm" | "poo" | "flexedBiceps" | "clappingHands" | "raisedHand" | "smilingFaceWithHeartEyes" | "smilingFaceWithHearts" | "pleadingFace" | "relievedFace" | "foldedHands" | "okHand" | "signHorns" | "loveYouGesture" | "clownFace" | "partyingFace" | "questionMark" | "exclamationMark" | "lightBulb" | "bomb" | "sleepingSymbol" | "crossMark" | "whiteHeavyCheckMark" | "eyes" | "handshake" | "hundredPoints";
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.InputAction.notify": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Activity shown; plain typing if omitted. */
      statusMessageCode?: "IMBOT_AGENT_ACTION_THINKING" | "IMBOT_AGENT_ACTION_SEARCHING" | "IMBOT_AGENT_ACTION_GENERATING" | "IMBOT_AGENT_ACTION_ANALYZING" | "IMBOT_AGENT_ACTION_PROCESSING" | "IMBOT_AGENT_ACTION_TRANSLATING" | "IMBOT_AGENT_ACTION_CONNECTING" | "IMBOT_AGENT_ACTION_CHECKING" | "IMBOT_AGENT_ACTION_CALCULATING" | "IMBOT_AGENT_ACTION_READING_DOCS" | "IMBOT_AGENT_ACTION_COMPOSING";
      /** Seconds to show it, 1 to 600. */
      duration?: B24Int;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Chat.TextField.enabled": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** true on (default), false off. */
      enabled?: B24Bool;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Command.answer": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Command called. */
      commandId: B24Int;
      /** Message that called it. */
      messageId: B24Int;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** Reply content. */
      fields?: {
        /** Reply text, at most 20,000 characters. */
        message?: string | number;
        /** Rich attachment. */
        attach?: {
          /** Attachment ID within the message. */
          ID?: B24Int;
          /** Color theme of the attachment. */
          COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Attachment color, `#RRGGBB`. */
          COLOR?: string | number;
          /** Content blocks, shown in order. */
          BLOCKS: Array<B24ExactlyOne<{
            /** Text block; BB codes allowed. */
            MESSAGE?: string | number;
            /** Link block. */
            LINK?: {
              /** Absolute URL or path from the portal root. */
              LINK: string | number;
              /** Link text; the URL when left out. */
              NAME?: string | number;
              /** Description under the title. */
              DESC?: string | number;
              /** HTML description, used instead of `DESC`. */
              HTML?: string | number;
              /** URL of a preview image. */
              PREVIEW?: string | number;
              /** Preview width in pixels. */
              WIDTH?: B24Int;
              /** Preview height in pixels. */
              HEIGHT?: B24Int;
              /** User the link opens. */
              USER_ID?: B24Int;
              /** Chat the link opens. */
              CHAT_ID?: B24Int;
              /** Bitrix24 Network user the link opens. */
              NETWORK_ID?: string | number;
            };
            /** User card block. */
            USER?: {
              /** Shown name. */
              NAME: string | number;
              /** Avatar URL. */
              AVATAR?: string | number;
              /** URL opened on click. */
              LINK?: string | number;
              /** User the card opens. */
              USER_ID?: B24Int;
              /** Chat the card opens. */
              CHAT_ID?: B24Int;
              /** Chat bot the card opens. */
              BOT_ID?: B24Int;
              /** Bitrix24 Network user the card opens. */
              NETWORK_ID?: string | number;
              /** How the avatar is drawn. */
              AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
            };
            /** Table of name-value pairs. */
            GRID?: {
              /** Layout of the pair. */
              DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
              /** Name (may be left out in `ROW` layout). */
              NAME?: string | number;
              /** Value; BB codes allowed. */
              VALUE?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
              /** Color theme of the value. */
              COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
              /** Value color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
              /** External link on the value. */
              LINK?: string | number;
              /** User the value links to. */
              USER_ID?: B24Int;
              /** Chat the value links to. */
              CHAT_ID?: B24Int;
            }[];
            /** One or more images. */
            IMAGE?: {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            }[] | {
              /** URL of the full image. */
              LINK: string | number;
              /** Image name. */
              NAME?: string | number;
              /** URL of a thumbnail; `LINK` when left out. */
              PREVIEW?: string | number;
              /** Width in pixels. */
              WIDTH?: B24Int;
              /** Height in pixels. */
              HEIGHT?: B24Int;
            };
            /** One or more files. */
            FILE?: {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            }[] | {
              /** URL of the file. */
              LINK: string | number;
              /** Shown file name. */
              NAME?: string | number;
              /** Size in bytes. */
              SIZE?: B24Int;
            };
            /** Divider line; `true` draws the default one. */
            DELIMITER?: {
              /** Width in pixels (200 by default). */
              SIZE?: B24Int;
              /** Color, `#RGB` or `#RRGGBB`. */
              COLOR?: string | number;
            } | B24Bool;
            /** Expanded link preview (fields not documented). */
            RICH_LINK?: Record<string, unknown>;
          }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">>;
        } | Array<B24ExactlyOne<{
          /** Text block; BB codes allowed. */
          MESSAGE?: string | number;
          /** Link block. */
          LINK?: {
            /** Absolute URL or path from the portal root. */
            LINK: string | number;
            /** Link text; the URL when left out. */
            NAME?: string | number;
            /** Description under the title. */
            DESC?: string | number;
            /** HTML description, used instead of `DESC`. */
            HTML?: string | number;
            /** URL of a preview image. */
            PREVIEW?: string | number;
            /** Preview width in pixels. */
            WIDTH?: B24Int;
            /** Preview height in pixels. */
            HEIGHT?: B24Int;
            /** User the link opens. */
            USER_ID?: B24Int;
            /** Chat the link opens. */
            CHAT_ID?: B24Int;
            /** Bitrix24 Network user the link opens. */
            NETWORK_ID?: string | number;
          };
          /** User card block. */
          USER?: {
            /** Shown name. */
            NAME: string | number;
            /** Avatar URL. */
            AVATAR?: string | number;
            /** URL opened on click. */
            LINK?: string | number;
            /** User the card opens. */
            USER_ID?: B24Int;
            /** Chat the card opens. */
            CHAT_ID?: B24Int;
            /** Chat bot the card opens. */
            BOT_ID?: B24Int;
            /** Bitrix24 Network user the card opens. */
            NETWORK_ID?: string | number;
            /** How the avatar is drawn. */
            AVATAR_TYPE?: "USER" | "CHAT" | "BOT";
          };
          /** Table of name-value pairs. */
          GRID?: {
            /** Layout of the pair. */
            DISPLAY: "BLOCK" | "LINE" | "ROW" | "TABLE";
            /** Name (may be left out in `ROW` layout). */
            NAME?: string | number;
            /** Value; BB codes allowed. */
            VALUE?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
            /** Color theme of the value. */
            COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Value color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
            /** External link on the value. */
            LINK?: string | number;
            /** User the value links to. */
            USER_ID?: B24Int;
            /** Chat the value links to. */
            CHAT_ID?: B24Int;
          }[];
          /** One or more images. */
          IMAGE?: {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          }[] | {
            /** URL of the full image. */
            LINK: string | number;
            /** Image name. */
            NAME?: string | number;
            /** URL of a thumbnail; `LINK` when left out. */
            PREVIEW?: string | number;
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Height in pixels. */
            HEIGHT?: B24Int;
          };
          /** One or more files. */
          FILE?: {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          }[] | {
            /** URL of the file. */
            LINK: string | number;
            /** Shown file name. */
            NAME?: string | number;
            /** Size in bytes. */
            SIZE?: B24Int;
          };
          /** Divider line; `true` draws the default one. */
          DELIMITER?: {
            /** Width in pixels (200 by default). */
            SIZE?: B24Int;
            /** Color, `#RGB` or `#RRGGBB`. */
            COLOR?: string | number;
          } | B24Bool;
          /** Expanded link preview (fields not documented). */
          RICH_LINK?: Record<string, unknown>;
        }, "MESSAGE" | "LINK" | "USER" | "GRID" | "IMAGE" | "FILE" | "DELIMITER" | "RICH_LINK">> | string | number;
        /** Buttons under the reply. */
        keyboard?: {
          /** Bot that receives the button commands. */
          BOT_ID?: B24Int;
          /** Buttons, in order. */
          BUTTONS: Array<B24NeededUnless<{
            /** Button text; needed on every button but line breaks. */
            TEXT?: string | number;
            /** `NEWLINE` starts a new row of buttons. */
            TYPE?: "NEWLINE";
            /** URL to open. */
            LINK?: string | number;
            /** Chat app to open (legacy). */
            APP_ID?: B24Int;
            /** Launch params for `APP_ID`. */
            APP_PARAMS?: string | number;
            /** Client-side action. */
            ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
            /** Text, phone number or dialog for `ACTION`. */
            ACTION_VALUE?: string | number;
            /** Bot command to run. */
            COMMAND?: string | number;
            /** Params for `COMMAND`. */
            COMMAND_PARAMS?: string | number;
            /** Disable a `COMMAND` button once pressed. */
            BLOCK?: "Y" | "N";
            /** Show the button inactive. */
            DISABLED?: "Y" | "N";
            /** Devices the button shows on. */
            CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
            /** Inline or full-width button. */
            DISPLAY?: "LINE" | "BLOCK";
            /** Width in pixels. */
            WIDTH?: B24Int;
            /** Background color, HEX. */
            BG_COLOR?: string | number;
            /** Background color theme. */
            BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
            /** Text color, HEX. */
            TEXT_COLOR?: string | number;
            /** Background color when inactive. */
            OFF_BG_COLOR?: string | number;
            /** Text color when inactive. */
            OFF_TEXT_COLOR?: string | number;
          }, "TEXT", "TYPE", "NEWLINE">>;
        } | Array<B24NeededUnless<{
          /** Button text; needed on every button but line breaks. */
          TEXT?: string | number;
          /** `NEWLINE` starts a new row of buttons. */
          TYPE?: "NEWLINE";
          /** URL to open. */
          LINK?: string | number;
          /** Chat app to open (legacy). */
          APP_ID?: B24Int;
          /** Launch params for `APP_ID`. */
          APP_PARAMS?: string | number;
          /** Client-side action. */
          ACTION?: "PUT" | "SEND" | "COPY" | "CALL" | "DIALOG";
          /** Text, phone number or dialog for `ACTION`. */
          ACTION_VALUE?: string | number;
          /** Bot command to run. */
          COMMAND?: string | number;
          /** Params for `COMMAND`. */
          COMMAND_PARAMS?: string | number;
          /** Disable a `COMMAND` button once pressed. */
          BLOCK?: "Y" | "N";
          /** Show the button inactive. */
          DISABLED?: "Y" | "N";
          /** Devices the button shows on. */
          CONTEXT?: "MOBILE" | "DESKTOP" | "ALL";
          /** Inline or full-width button. */
          DISPLAY?: "LINE" | "BLOCK";
          /** Width in pixels. */
          WIDTH?: B24Int;
          /** Background color, HEX. */
          BG_COLOR?: string | number;
          /** Background color theme. */
          BG_COLOR_TOKEN?: "primary" | "secondary" | "alert" | "base";
          /** Text color, HEX. */
          TEXT_COLOR?: string | number;
          /** Background color when inactive. */
          OFF_BG_COLOR?: string | number;
          /** Text color when inactive. */
          OFF_TEXT_COLOR?: string | number;
        }, "TEXT", "TYPE", "NEWLINE">> | string | number;
        /** Send as a system message (default false). */
        system?: B24Bool;
        /** Show link previews (default true). */
        urlPreview?: B24Bool;
      };
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Command.list": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
    };
    result: {
      commands: {
        id: number;
        botId: number;
        /** With the leading `/`. */
        command: string;
        common: boolean;
        hidden: boolean;
        extranetSupport: boolean;
        title?: string;
        params?: string;
        /** Name of the owning bot. */
        category?: string;
        context?: string;
      }[];
    };
  };
  "imbot.v2.Command.register": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Command settings. */
      fields: {
        /** Command word without `/`. */
        command: string | number;
        /** Title per language code, e.g. `{"en": "Help"}`; needed unless hidden. */
        title?: Record<string, string | number>;
        /** Params hint per language code. */
        params?: Record<string, string | number>;
        /** Usable in any chat, not only where the bot is (default false). */
        common?: B24Bool;
        /** Hide from the command list (default false). */
        hidden?: B24Bool;
        /** Usable by extranet users (default false). */
        extranetSupport?: B24Bool;
      };
    };
    result: {
      command: {
        id: number;
        botId: number;
        /** With the leading `/`. */
        command: string;
        common: boolean;
        hidden: boolean;
        extranetSupport: boolean;
        title?: string;
        params?: string;
        /** Name of the owning bot. */
        category?: string;
        context?: string;
      };
    };
  };
  "imbot.v2.Command.unregister": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Command to remove. */
      commandId: B24Int;
    };
    result: {
      result: boolean;
    };
  };
  "imbot.v2.Command.update": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Command to change. */
      commandId: B24Int;
      /** What to change. */
      fields: {
        /** New command word without `/`. */
        command?: string | number;
        /** Titles per language code; a null value removes that language. */
        title?: Record<string, unknown>;
        /** Params hints per language code; a null value removes that language. */
        params?: Record<string, unknown>;
        /** Usable in any chat. */
        common?: B24Bool;
        /** Hide from the command list. */
        hidden?: B24Bool;
        /** Usable by extranet users. */
        extranetSupport?: B24Bool;
      };
    };
    result: {
      command: {
        id: number;
        botId: number;
        /** With the leading `/`. */
        command: string;
        common: boolean;
        hidden: boolean;
        extranetSupport: boolean;
        title?: string;
        params?: string;
        /** Name of the owning bot. */
        category?: string;
        context?: string;
      };
    };
  };
  "imbot.v2.Event.get": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** Confirms (drops) events with lower IDs; omit on the first call. */
      offset?: B24Int;
      /** At most this many events, 1 to 1000 (default 100). */
      limit?: B24Int;
      /** Also return the user's ONIMV2* events (needs the `im` scope). */
      withUserEvents?: B24Bool;
    };
    result: {
      events: {
        /** Event ID; pass on as `offset` to confirm. */
        eventId: number;
        /** Event name, e.g. `ONIMBOTV2MESSAGEADD`. */
        type: string;
        date: string;
        /** Event payload; its shape depends on `type`. */
        data: Record<string, unknown>;
      }[];
      /** `offset` for the next call. */
      nextOffset: number;
      /** More events are waiting. */
      hasMore: boolean;
    };
  };
  "imbot.v2.File.download": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** File ID on Drive. */
      fileId: B24Int;
    };
    result: {
      /** One-time link with a token in it. */
      downloadUrl: string;
    };
  };
  "imbot.v2.File.upload": {
    params: {
      /** Bot to act as. */
      botId: B24Int;
      /** The bot's token; needed with webhook auth, not with OAuth. */
      botToken?: string | number;
      /** `chat<ID>` for a group chat, the user ID for a personal one. */
      dialogId: string | number;
      /** The file and its message. */
      fields: {
        /** File name with extension. */
        name: string | number;
        /** File content, base64 without a `data:` prefix (file up to 100 MB). */
        content: string | number;
        /** Text posted with the file. */
        message?: string | number;
      };
    };
    result: {
      file: {
        /** File ID on Drive. */
        id: number;
        chatId: number;
        name: string;
        extension: string;
        /** Bytes. */
        size: number;
        date?: string;
        /** `file`, `image`, `video` or `audio`. */
        type?: string;
        /** Preview size, or false. */
        image?: {
          height: number;
          width: number;
        } | boolean;
        authorId?: number;
        authorName?: string;
        isTranscribable?: boolean;
        isVideoNote?: boolean;
        isVoiceNote?: boolean;
      };
      /** Message carrying the file. */
      messageId: number;
      chatId: number;
      dialogId: string;
    };
  };
  "imbot.v2.Revision.get": {
    params: Record<string, never>;
    result: {
      /** Server REST API revision. */
      rest: number;
      /** Web client protocol revision. */
      web: number;
      /** Mobile client protocol revision. */
      mobile: number;
      /** Desktop app protocol revision. */
      desktop: number;
    };
  };
  "placement.bind": {
    params: {
      /** The handler's URL: a domain name and `http` or `https` (no `localhost`), reachable from the internet. */
      HANDLER: string | number;
      /** Name in the interface (tab, menu item, ...). */
      TITLE?: string | number;
      /** Description in the interface (not used in practice). */
      DESCRIPTION?: string | number;
      /** Groups several handlers of the same placement (only some placements). */
      GROUP_NAME?: string | number;
      /** `TITLE`, `DESCRIPTION` and `GROUP_NAME` per language code (`en`, `de`, ...). */
      LANG_ALL?: Record<string, {
        /** Name shown in the interface. */
        TITLE?: string | number;
        /** Description (not used in practice). */
        DESCRIPTION?: string | number;
        /** Group of several handlers of the same placement. */
        GROUP_NAME?: string | number;
      }>;
      /** Bind for one user only (only `PAGE_BACKGROUND_WORKER`; others answer `ERROR_PLACEMENT_USER_MODE`). */
      USER_ID?: B24Int;
    } & (
      | { PLACEMENT: "IM_TEXTAREA"; OPTIONS: {
        /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
        iconName: string | number;
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
        context?: string | number;
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
        /** Icon colour from the messenger's palette. */
        color?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "ORANGE" | "MARENGO" | "GRAY" | "GRAPHITE";
        /** Block width in percent (default 100). */
        width?: B24Int;
        /** Block height in percent (default 100). */
        height?: B24Int;
      } }
      | { PLACEMENT: "IM_SIDEBAR"; OPTIONS: {
        /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
        iconName: string | number;
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
        context?: string | number;
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
        /** Icon colour from the messenger's palette. */
        color?: "RED" | "GREEN" | "MINT" | "LIGHT_BLUE" | "DARK_BLUE" | "PURPLE" | "AQUA" | "PINK" | "LIME" | "BROWN" | "AZURE" | "KHAKI" | "SAND" | "ORANGE" | "MARENGO" | "GRAY" | "GRAPHITE";
      } }
      | { PLACEMENT: "IM_CONTEXT_MENU"; OPTIONS?: {
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
        context?: string | number;
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
      } }
      | { PLACEMENT: "IMMOBILE_CONTEXT_MENU"; OPTIONS?: {
        /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
        context?: string | number;
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
      } }
      | { PLACEMENT: "IM_NAVIGATION"; OPTIONS: {
        /** Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters. */
        iconName: string | number;
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
      } }
      | { PLACEMENT: "IM_SMILES_SELECTOR"; OPTIONS?: {
        /** `Y`: extranet users see it too (default `N`). */
        extranet?: "Y" | "N";
        /** `ADMIN`: portal administrators only (default `USER`). */
        role?: "USER" | "ADMIN";
        /** Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored. */
        context?: string | number;
      } }
      | { PLACEMENT: "CONTACT_CENTER"; OPTIONS?: Record<string, never> }
    );
    result: boolean;
  };
  "placement.get": {
    params: Record<string, never>;
    result: {
      /** The placement code. */
      placement: string;
      /** The user it is bound for; 0 for everyone. */
      userId?: number;
      /** The handler's URL. */
      handler: string;
      /** The kept `OPTIONS` (`[]` when none). */
      options?: Record<string, unknown> | unknown[];
      title?: string;
      description?: string;
      /** `TITLE`, `DESCRIPTION`, `GROUP_NAME` per language. */
      langAll?: Record<string, Record<string, unknown>> | unknown[];
    }[];
  };
  "placement.list": {
    params: {
      /** Only the placements of this scope. */
      SCOPE?: string | number;
      /** `true`: the placements of every scope (ignored with `SCOPE`). */
      FULL?: B24Bool;
    };
    result: string[];
  };
  "placement.unbind": {
    params: {
      /** The placement code. */
      PLACEMENT: "IM_TEXTAREA" | "IM_SIDEBAR" | "IM_CONTEXT_MENU" | "IMMOBILE_CONTEXT_MENU" | "IM_NAVIGATION" | "IM_SMILES_SELECTOR" | "CONTACT_CENTER" | "SETTING_CONNECTOR";
      /** The handler's URL; without it every handler of the placement goes. */
      HANDLER?: string | number;
      /** Only the handlers bound for this user. */
      USER_ID?: B24Int;
    };
    result: {
      /** Counts each handler found, and each one removed, once. */
      count: number;
    };
  };
}

/** The method names of the table. */
export type B24MethodName = keyof B24Methods;

/** The list methods of the table: the params `client.list` takes (without the paging params it sets itself) and the type of the rows it yields. */
export interface B24Lists {
  "imopenlines.config.list.get": {
    params: {
      /** Selection: `select`, `order`, `filter`, `limit`, `offset`. */
      PARAMS?: {
        /** Fields to return. */
        select?: Array<string | number>;
        /** Sorting: field to `asc`/`desc`. */
        order?: Record<string, "asc" | "desc" | "ASC" | "DESC">;
        /** Filter: field to value. */
        filter?: Record<string, unknown>;
      };
      /** Extra data to include. */
      OPTIONS?: {
        /** Include `QUEUE` and `QUEUE_USERS_FIELDS`. */
        QUEUE?: "Y" | "N";
        /** Include `CONFIG_QUEUE` (users and departments). */
        CONFIG_QUEUE?: "Y" | "N";
        /** Only lines the user may access for this permission action. */
        CHECK_PERMISSION?: string | number;
      };
    };
    row: {
      /** Open channel ID. */
      ID?: number;
      /** Channel name. */
      LINE_NAME?: string;
      /** The channel is active. */
      ACTIVE?: "Y" | "N";
      /** Works with CRM. */
      CRM?: "Y" | "N";
      /** What to create in CRM for a new client. */
      CRM_CREATE?: string;
      /** Second CRM creation mode. */
      CRM_CREATE_SECOND?: string;
      /** Third CRM creation mode. */
      CRM_CREATE_THIRD?: "Y" | "N";
      /** Forward to the CRM responsible person. */
      CRM_FORWARD?: "Y" | "N";
      /** Send dialogs to the CRM tracker. */
      CRM_CHAT_TRACKER?: "Y" | "N";
      /** Change the responsible person on transfer. */
      CRM_TRANSFER_CHANGE?: "Y" | "N";
      /** CRM source mode. */
      CRM_SOURCE?: string;
      /** Distribution mode. */
      QUEUE_TYPE?: string;
      /** Seconds before passing to the next operator. */
      QUEUE_TIME?: number;
      /** Seconds before the no-answer scenario. */
      NO_ANSWER_TIME?: number;
      /** Check operator availability. */
      CHECK_AVAILABLE?: "Y" | "N";
      /** Show what the client is typing. */
      WATCH_TYPING?: "Y" | "N";
      /** Welcome bot on. */
      WELCOME_BOT_ENABLE?: "Y" | "N";
      /** Welcome message on. */
      WELCOME_MESSAGE?: "Y" | "N";
      /** Welcome message text. */
      WELCOME_MESSAGE_TEXT?: string;
      /** Ask for a rating. */
      VOTE_MESSAGE?: "Y" | "N";
      /** Time limit for rating. */
      VOTE_TIME_LIMIT?: number;
      /** Ask for a rating before closing. */
      VOTE_BEFORE_FINISH?: "Y" | "N";
      /** Delay closing after rating. */
      VOTE_CLOSING_DELAY?: "Y" | "N";
      /** Rating request, widget. */
      VOTE_MESSAGE_1_TEXT?: string;
      /** Reply to a good rating, widget. */
      VOTE_MESSAGE_1_LIKE?: string;
      /** Reply to a bad rating, widget. */
      VOTE_MESSAGE_1_DISLIKE?: string;
      /** Rating request, external channels. */
      VOTE_MESSAGE_2_TEXT?: string;
      /** Reply to a good rating, external channels. */
      VOTE_MESSAGE_2_LIKE?: string;
      /** Reply to a bad rating, external channels. */
      VOTE_MESSAGE_2_DISLIKE?: string;
      /** Show the consent message. */
      AGREEMENT_MESSAGE?: "Y" | "N";
      /** Consent ID. */
      AGREEMENT_ID?: number;
      /** Categories on. */
      CATEGORY_ENABLE?: "Y" | "N";
      /** Category ID. */
      CATEGORY_ID?: number;
      /** When the welcome bot joins. */
      WELCOME_BOT_JOIN?: string;
      /** Welcome bot ID. */
      WELCOME_BOT_ID?: number;
      /** Seconds before the bot hands over to the queue. */
      WELCOME_BOT_TIME?: number;
      /** When the welcome bot leaves. */
      WELCOME_BOT_LEFT?: string;
      /** No-answer scenario. */
      NO_ANSWER_RULE?: string;
      /** No-answer form ID. */
      NO_ANSWER_FORM_ID?: number;
      /** No-answer bot ID. */
      NO_ANSWER_BOT_ID?: number;
      /** No-answer text. */
      NO_ANSWER_TEXT?: string;
      /** Working hours on. */
      WORKTIME_ENABLE?: "Y" | "N";
      /** Start of working hours. */
      WORKTIME_FROM?: string;
      /** End of working hours. */
      WORKTIME_TO?: string;
      /** Time zone of working hours. */
      WORKTIME_TIMEZONE?: string;
      /** Holidays. */
      WORKTIME_HOLIDAYS?: string[];
      /** Days off. */
      WORKTIME_DAYOFF?: string[];
      /** Out-of-hours scenario. */
      WORKTIME_DAYOFF_RULE?: string;
      /** Out-of-hours form ID. */
      WORKTIME_DAYOFF_FORM_ID?: number;
      /** Out-of-hours bot ID. */
      WORKTIME_DAYOFF_BOT_ID?: number;
      /** Out-of-hours text. */
      WORKTIME_DAYOFF_TEXT?: string;
      /** Closing scenario. */
      CLOSE_RULE?: string;
      /** Closing form ID. */
      CLOSE_FORM_ID?: number;
      /** Closing bot ID. */
      CLOSE_BOT_ID?: number;
      /** Closing text. */
      CLOSE_TEXT?: string;
      /** Time until a closed session is fully closed. */
      FULL_CLOSE_TIME?: number;
      /** Auto-closing scenario. */
      AUTO_CLOSE_RULE?: string;
      /** Auto-closing form ID. */
      AUTO_CLOSE_FORM_ID?: number;
      /** Auto-closing bot ID. */
      AUTO_CLOSE_BOT_ID?: number;
      /** Time until auto-closing. */
      AUTO_CLOSE_TIME?: number;
      /** Auto-closing text. */
      AUTO_CLOSE_TEXT?: string;
      /** Time until an auto-closed session expires. */
      AUTO_EXPIRE_TIME?: number;
      /** Creation date, serialized. */
      DATE_CREATE?: unknown;
      /** Modification date, serialized. */
      DATE_MODIFY?: unknown;
      /** Who changed the settings last. */
      MODIFY_USER_ID?: number;
      /** Temporary channel. */
      TEMPORARY?: "Y" | "N";
      /** External ID, or null. */
      XML_ID?: string;
      /** Channel language. */
      LANGUAGE_ID?: string;
      /** Quick answers info block ID. */
      QUICK_ANSWERS_IBLOCK_ID?: number;
      /** Session priority. */
      SESSION_PRIORITY?: number;
      /** How `MAX_CHAT` counts dialogs. */
      TYPE_MAX_CHAT?: string;
      /** Most active dialogs per operator. */
      MAX_CHAT?: number;
      /** How operator data is shown. */
      OPERATOR_DATA?: string;
      /** Default operator display data. */
      DEFAULT_OPERATOR_DATA?: unknown[] | {
        /** Operator's name. */
        NAME?: string;
        /** Link to the operator's avatar. */
        AVATAR?: string;
        /** ID of the avatar file. */
        AVATAR_ID?: number;
      };
      /** First-answer time norm. */
      KPI_FIRST_ANSWER_TIME?: number;
      /** Alert on a late first answer. */
      KPI_FIRST_ANSWER_ALERT?: "Y" | "N";
      /** Who gets first-answer alerts, or null. */
      KPI_FIRST_ANSWER_LIST?: unknown[];
      /** First-answer alert text. */
      KPI_FIRST_ANSWER_TEXT?: string;
      /** Further-answer time norm. */
      KPI_FURTHER_ANSWER_TIME?: number;
      /** Alert on a late further answer. */
      KPI_FURTHER_ANSWER_ALERT?: "Y" | "N";
      /** Who gets further-answer alerts, or null. */
      KPI_FURTHER_ANSWER_LIST?: unknown[];
      /** Further-answer alert text. */
      KPI_FURTHER_ANSWER_TEXT?: string;
      /** Watch operator activity. */
      KPI_CHECK_OPERATOR_ACTIVITY?: "Y" | "N";
      /** Notify when the queue is empty. */
      SEND_NOTIFICATION_EMPTY_QUEUE?: "Y" | "N";
      /** Welcome form on. */
      USE_WELCOME_FORM?: "Y" | "N";
      /** Welcome form ID. */
      WELCOME_FORM_ID?: number;
      /** Show the welcome form later. */
      WELCOME_FORM_DELAY?: "Y" | "N";
      /** Greet in every session. */
      SEND_WELCOME_EACH_SESSION?: "Y" | "N";
      /** Ask before closing. */
      CONFIRM_CLOSE?: "Y" | "N";
      /** Ignore the welcome form's responsible person. */
      IGNORE_WELCOME_FORM_RESPONSIBLE?: "Y" | "N";
      /** Operator IDs in the queue. */
      QUEUE?: number[];
      /** Queue records by user ID (`config.get`). */
      QUEUE_FULL?: Record<string, {
        /** Queue record ID. */
        ID?: number;
        /** Position in the queue. */
        SORT?: number;
        /** User ID. */
        USER_ID?: number;
        /** Department ID. */
        DEPARTMENT_ID?: number;
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Queue members' display fields by user ID. */
      QUEUE_USERS_FIELDS?: Record<string, {
        /** Name, or null. */
        USER_NAME?: string;
        /** Position, or null. */
        USER_WORK_POSITION?: string;
        /** Avatar link, or null. */
        USER_AVATAR?: string;
        /** Avatar file ID. */
        USER_AVATAR_ID?: number;
      }>;
      /** Operators' online status is checked (`config.get`). */
      QUEUE_ONLINE?: "Y" | "N";
      /** The line's queue as configured (`OPTIONS.CONFIG_QUEUE=Y`). */
      CONFIG_QUEUE?: {
        /** User or department ID. */
        ENTITY_ID?: number;
        /** `user` or `department`. */
        ENTITY_TYPE?: string;
      }[];
    };
  };
  "imopenlines.v2.Operator.list": {
    params: B24Omit<B24Methods["imopenlines.v2.Operator.list"]["params"], "offset" | "limit">;
    row: {
      userId: number;
      configId: number;
      status: "online" | "offline" | "pause";
      activeSessions: number;
      maxChat: number;
      freeSlots: number;
      lastActivityDate: string;
    };
  };
  "imopenlines.v2.Session.list": {
    params: B24Omit<B24Methods["imopenlines.v2.Session.list"]["params"], "offset" | "limit">;
    row: {
      id: number;
      configId: number;
      source: string;
      operatorId: number;
      userId: number;
      userCode: string;
      chatId: number;
      dateCreate: string;
      dateClose: string;
      dateFirstAnswer: string;
      dateOperatorAnswer: string;
      status: "new" | "answered" | "closed" | "spam" | "paused";
      closeReason: "operator" | "auto" | "spam" | "client" | "replyLimit";
      vote: "like" | "dislike" | "none";
      voteHead: number;
      commentHead: string;
      crmEntityType: "lead" | "deal" | "contact" | "company";
      crmEntityId: number;
      queueTransfers: number;
      waitAnswer: number;
      waitClose: number;
      kpiFirstAnswer: boolean;
      messageCount: number;
    };
  };
  "imopenlines.v2.Session.Rating.list": {
    params: B24Omit<B24Methods["imopenlines.v2.Session.Rating.list"]["params"], "offset" | "limit">;
    row: {
      sessionId: number;
      configId: number;
      operatorId: number;
      source: string;
      vote: "like" | "dislike" | "none";
      voteHead: number;
      commentHead: string;
      dateVote: string;
      dateSessionClose: string;
    };
  };
  "im.department.colleagues.list": {
    params: B24Omit<B24Methods["im.department.colleagues.list"]["params"], "OFFSET" | "LIMIT">;
    row: number | {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    };
  };
  "im.dialog.messages.get": {
    params: B24Omit<B24Methods["im.dialog.messages.get"]["params"], "LIMIT">;
    row: {
      /** Message ID. */
      id: number;
      /** Chat. */
      chat_id?: number;
      /** Author; 0 for system messages. */
      author_id?: number;
      /** When posted. */
      date?: string;
      /** Text. */
      text?: string;
      /** Unread by the caller. */
      unread?: boolean;
      /** Client UUID; `null` for system messages. */
      uuid?: string;
      /** Text replacements. */
      replaces?: unknown[];
      /** Extra message data. */
      params?: Record<string, unknown> | unknown[];
      /** When it disappears. */
      disappearing_date?: string;
    };
  };
  "im.dialog.messages.search": {
    params: B24Omit<B24Methods["im.dialog.messages.search"]["params"], "LIMIT">;
    row: {
      /** Message ID. */
      id: number;
      /** Chat. */
      chatId?: number;
      /** Same as `chatId`. */
      chat_id?: number;
      /** Author. */
      authorId?: number;
      /** Same as `authorId`. */
      author_id?: number;
      /** When posted. */
      date?: string;
      /** Text. */
      text?: string;
      /** System message. */
      isSystem?: boolean;
      /** Client UUID. */
      uuid?: string;
      /** Forwarding data. */
      forward?: Record<string, unknown>;
      /** Extra message data. */
      params?: Record<string, unknown> | unknown[];
      /** Seen by others. */
      viewedByOthers?: boolean;
      /** Block data. */
      block?: Record<string, unknown>;
      /** Unread by the caller. */
      unread?: boolean;
      /** Seen by the caller. */
      viewed?: boolean;
      /** How many have seen it. */
      viewedCount?: number;
    };
  };
  "im.dialog.users.list": {
    params: B24Omit<B24Methods["im.dialog.users.list"]["params"], "OFFSET" | "LIMIT" | "LAST_ID">;
    row: {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    };
  };
  "im.notify.get": {
    params: B24Omit<B24Methods["im.notify.get"]["params"], "LIMIT">;
    row: {
      /** Notification ID. */
      id: number;
      /** Notification chat. */
      chat_id?: number;
      /** Author. */
      author_id?: number;
      /** When sent. */
      date?: string;
      /** Type. */
      notify_type?: number;
      /** Module. */
      notify_module?: string;
      /** Event code. */
      notify_event?: string;
      /** Tag. */
      notify_tag?: string;
      /** Extra tag. */
      notify_sub_tag?: string;
      /** Title. */
      notify_title?: string;
      /** Setting as `MODULE|EVENT`. */
      setting_name?: string;
      /** Text. */
      text?: string;
      /** Read or not. */
      notify_read?: "Y" | "N";
      /** Buttons as JSON text (confirmations). */
      notify_buttons?: string;
      /** Extra data. */
      params?: Record<string, unknown>;
    };
  };
  "im.notify.history.search": {
    params: B24Omit<B24Methods["im.notify.history.search"]["params"], "LIMIT">;
    row: {
      /** Notification ID. */
      id: number;
      /** Notification chat. */
      chat_id?: number;
      /** Author. */
      author_id?: number;
      /** When sent. */
      date?: string;
      /** Type. */
      notify_type?: number;
      /** Module. */
      notify_module?: string;
      /** Event code. */
      notify_event?: string;
      /** Tag. */
      notify_tag?: string;
      /** Extra tag. */
      notify_sub_tag?: string;
      /** Title. */
      notify_title?: string;
      /** Setting as `MODULE|EVENT`. */
      setting_name?: string;
      /** Text. */
      text?: string;
      /** Read or not. */
      notify_read?: "Y" | "N";
      /** Buttons as JSON text (confirmations). */
      notify_buttons?: string;
      /** Extra data. */
      params?: Record<string, unknown>;
    };
  };
  "im.recent.list": {
    params: B24Omit<B24Methods["im.recent.list"]["params"], "OFFSET" | "LIMIT">;
    row: {
      /** Dialog: a user ID or `chatXXX`. */
      id: string;
      /** Chat ID. */
      chat_id?: number;
      /** `user` or `chat`. */
      type?: string;
      /** Avatar. */
      avatar?: {
        /** Avatar URL; empty when unset. */
        url?: string;
        /** Color, HEX. */
        color?: string;
      };
      /** User name or chat title. */
      title?: string;
      /** Last message. */
      message?: {
        /** Message ID. */
        id?: number;
        /** Text without BB codes. */
        text?: string;
        /** Has files. */
        file?: boolean;
        /** Author. */
        author_id?: number;
        /** Has attachments. */
        attach?: boolean;
        /** Sticker. */
        sticker?: number;
        /** When posted. */
        date?: string;
        /** Delivery status. */
        status?: string;
        /** Client UUID. */
        uuid?: string;
      };
      /** Unread messages. */
      counter?: number;
      /** Last message read. */
      last_id?: number;
      /** Pinned. */
      pinned?: boolean;
      /** Manually marked unread. */
      unread?: boolean;
      /** Has a reminder. */
      has_reminder?: boolean;
      /** Entry updated. */
      date_update?: string;
      /** Last activity in the dialog. */
      date_last_activity?: string;
      /** User, for `user` entries. */
      user?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
      /** Chat data. */
      chat?: {
        /** Chat ID. */
        id?: number;
        /** Parent chat. */
        parent_chat_id?: number;
        /** Parent message. */
        parent_message_id?: number;
        /** Chat name. */
        name?: string;
        /** Chat title. */
        title?: string;
        /** Description. */
        description?: string;
        /** Owner. */
        owner?: number;
        /** Extranet users take part. */
        extranet?: boolean;
        /** Collab users take part. */
        contains_collaber?: boolean;
        /** Avatar URL; empty when unset. */
        avatar?: string;
        /** Color, HEX. */
        color?: string;
        /** Chat type. */
        type?: string;
        /** Unread messages for the caller. */
        counter?: number;
        /** Members. */
        user_counter?: number;
        /** Messages. */
        message_count?: number;
        /** First unread message. */
        unread_id?: number;
        /** What members may do. */
        restrictions?: {
          /** Change the avatar. */
          avatar?: boolean;
          /** Rename. */
          rename?: boolean;
          /** Add members. */
          extend?: boolean;
          /** Call. */
          call?: boolean;
          /** Mute. */
          mute?: boolean;
          /** Leave. */
          leave?: boolean;
          /** Leave as owner. */
          leave_owner?: boolean;
          /** Post messages. */
          send?: boolean;
          /** See the members. */
          user_list?: boolean;
          /** Link to the bound object. */
          path?: string;
          /** Text of that link. */
          path_title?: string;
        };
        /** Last message. */
        last_message_id?: number;
        /** Last message the caller read. */
        last_id?: number;
        /** Marked message. */
        marked_id?: number;
        /** Drive folder of the chat's files. */
        disk_folder_id?: number;
        /** Kind of bound object. */
        entity_type?: string;
        /** ID of the bound object. */
        entity_id?: string;
        /** External data 1. */
        entity_data_1?: string;
        /** External data 2. */
        entity_data_2?: string;
        /** External data 3. */
        entity_data_3?: string;
        /** Users who muted the chat. */
        mute_list?: number[] | Record<string, boolean>;
        /** Chat managers. */
        manager_list?: number[];
        /** Creation date. */
        date_create?: string;
        /** Message type code of the chat. */
        message_type?: string;
        /** Public access data. */
        public?: string | {
          /** Public code. */
          code?: string;
          /** Public link. */
          link?: string;
        };
        /** The caller's role. */
        role?: string;
        /** Link to the bound object. */
        entity_link?: {
          /** Kind of bound object. */
          type?: string;
          /** Its URL. */
          url?: string;
          /** Its ID. */
          id?: string;
        };
        /** Whether the input field is shown. */
        text_field_enabled?: boolean;
        /** Chat background. */
        background_id?: number;
        /** Who may do what. */
        permissions?: {
          /** Add members. */
          manage_users_add?: string;
          /** Remove members. */
          manage_users_delete?: string;
          /** Change title, color and avatar. */
          manage_ui?: string;
          /** Change settings. */
          manage_settings?: string;
          /** Manage messages. */
          manage_messages?: string;
          /** Post messages. */
          can_post?: string;
        };
        /** New dialog. */
        is_new?: boolean;
        /** Who read how far. */
        readed_list?: {
          /** User. */
          user_id: number;
          /** Name. */
          user_name?: string;
          /** Last message read. */
          message_id?: number;
          /** When. */
          date?: string;
        }[];
        /** Views of the last message. */
        last_message_views?: {
          /** Message. */
          message_id?: number;
          /** First viewers. */
          first_viewers?: unknown[];
          /** Views. */
          count_of_viewers?: number;
        };
        /** Dialog ID as asked. */
        dialog_id?: string;
      };
      /** Open-line data. */
      lines?: {
        /** Open-line session. */
        id?: number;
        /** Its status. */
        status?: number;
        /** Created. */
        date_create?: string;
      };
      /** Extra entry options. */
      options?: unknown[] | Record<string, unknown>;
    };
  };
  "im.search.chat.list": {
    params: B24Omit<B24Methods["im.search.chat.list"]["params"], "OFFSET" | "LIMIT">;
    row: {
      /** Chat ID. */
      id?: number;
      /** Parent chat. */
      parent_chat_id?: number;
      /** Parent message. */
      parent_message_id?: number;
      /** Chat name. */
      name?: string;
      /** Chat title. */
      title?: string;
      /** Description. */
      description?: string;
      /** Owner. */
      owner?: number;
      /** Extranet users take part. */
      extranet?: boolean;
      /** Collab users take part. */
      contains_collaber?: boolean;
      /** Avatar URL; empty when unset. */
      avatar?: string;
      /** Color, HEX. */
      color?: string;
      /** Chat type. */
      type?: string;
      /** Unread messages for the caller. */
      counter?: number;
      /** Members. */
      user_counter?: number;
      /** Messages. */
      message_count?: number;
      /** First unread message. */
      unread_id?: number;
      /** What members may do. */
      restrictions?: {
        /** Change the avatar. */
        avatar?: boolean;
        /** Rename. */
        rename?: boolean;
        /** Add members. */
        extend?: boolean;
        /** Call. */
        call?: boolean;
        /** Mute. */
        mute?: boolean;
        /** Leave. */
        leave?: boolean;
        /** Leave as owner. */
        leave_owner?: boolean;
        /** Post messages. */
        send?: boolean;
        /** See the members. */
        user_list?: boolean;
        /** Link to the bound object. */
        path?: string;
        /** Text of that link. */
        path_title?: string;
      };
      /** Last message. */
      last_message_id?: number;
      /** Last message the caller read. */
      last_id?: number;
      /** Marked message. */
      marked_id?: number;
      /** Drive folder of the chat's files. */
      disk_folder_id?: number;
      /** Kind of bound object. */
      entity_type?: string;
      /** ID of the bound object. */
      entity_id?: string;
      /** External data 1. */
      entity_data_1?: string;
      /** External data 2. */
      entity_data_2?: string;
      /** External data 3. */
      entity_data_3?: string;
      /** Users who muted the chat. */
      mute_list?: number[] | Record<string, boolean>;
      /** Chat managers. */
      manager_list?: number[];
      /** Creation date. */
      date_create?: string;
      /** Message type code of the chat. */
      message_type?: string;
      /** Public access data. */
      public?: string | {
        /** Public code. */
        code?: string;
        /** Public link. */
        link?: string;
      };
      /** The caller's role. */
      role?: string;
      /** Link to the bound object. */
      entity_link?: {
        /** Kind of bound object. */
        type?: string;
        /** Its URL. */
        url?: string;
        /** Its ID. */
        id?: string;
      };
      /** Whether the input field is shown. */
      text_field_enabled?: boolean;
      /** Chat background. */
      background_id?: number;
      /** Who may do what. */
      permissions?: {
        /** Add members. */
        manage_users_add?: string;
        /** Remove members. */
        manage_users_delete?: string;
        /** Change title, color and avatar. */
        manage_ui?: string;
        /** Change settings. */
        manage_settings?: string;
        /** Manage messages. */
        manage_messages?: string;
        /** Post messages. */
        can_post?: string;
      };
      /** New dialog. */
      is_new?: boolean;
      /** Who read how far. */
      readed_list?: {
        /** User. */
        user_id: number;
        /** Name. */
        user_name?: string;
        /** Last message read. */
        message_id?: number;
        /** When. */
        date?: string;
      }[];
      /** Views of the last message. */
      last_message_views?: {
        /** Message. */
        message_id?: number;
        /** First viewers. */
        first_viewers?: unknown[];
        /** Views. */
        count_of_viewers?: number;
      };
      /** Dialog ID as asked. */
      dialog_id?: string;
    };
  };
  "im.search.department.list": {
    params: B24Omit<B24Methods["im.search.department.list"]["params"], "OFFSET" | "LIMIT">;
    row: {
      /** Department ID. */
      id: number;
      /** Short name. */
      name: string;
      /** Name with its place in the company structure. */
      full_name?: string;
      /** Head of the department. */
      manager_user_id?: number;
      /** The head's data (with `USER_DATA=Y`). */
      manager_user_data?: {
        /** User ID. */
        id: number;
        /** Whether the account is active. */
        active?: boolean;
        /** Full name. */
        name?: string;
        /** First name. */
        first_name?: string;
        /** Last name. */
        last_name?: string;
        /** Job title. */
        work_position?: string;
        /** User color, HEX. */
        color?: string;
        /** Avatar URL. */
        avatar?: string;
        /** High-resolution avatar URL. */
        avatar_hr?: string;
        /** `M` or `F`. */
        gender?: string;
        /** Birthday as `DD-MM`, or empty. */
        birthday?: string | boolean;
        /** Extranet user. */
        extranet?: boolean;
        /** Bitrix24 Network user. */
        network?: boolean;
        /** Chat bot. */
        bot?: boolean;
        /** Open-line client. */
        connector?: boolean;
        /** External authorization code. */
        external_auth_id?: string;
        /** Chosen status. */
        status?: string;
        /** Since when away, or `false`. */
        idle?: string | boolean;
        /** Last activity. */
        last_activity_date?: string | boolean;
        /** Last activity in the mobile app, or `false`. */
        mobile_last_date?: string | boolean;
        /** Last activity in the desktop app, or `false`. */
        desktop_last_date?: string | boolean;
        /** End of absence, or `false`. */
        absent?: string | boolean;
        /** Department IDs. */
        departments?: number[];
        /** Phones, or `false`. */
        phones?: {
          /** Work phone. */
          work_phone?: string;
          /** Mobile phone. */
          personal_mobile?: string;
          /** Home phone. */
          personal_phone?: string;
          /** Internal extension. */
          inner_phone?: string;
        } | boolean;
        /** Bot data; `null` for people. */
        bot_data?: Record<string, unknown>;
        /** User type. */
        type?: string;
        /** Website. */
        website?: string;
        /** Email. */
        email?: string;
      };
    };
  };
  "im.search.user.list": {
    params: B24Omit<B24Methods["im.search.user.list"]["params"], "OFFSET" | "LIMIT">;
    row: {
      /** User ID. */
      id: number;
      /** Whether the account is active. */
      active?: boolean;
      /** Full name. */
      name?: string;
      /** First name. */
      first_name?: string;
      /** Last name. */
      last_name?: string;
      /** Job title. */
      work_position?: string;
      /** User color, HEX. */
      color?: string;
      /** Avatar URL. */
      avatar?: string;
      /** High-resolution avatar URL. */
      avatar_hr?: string;
      /** `M` or `F`. */
      gender?: string;
      /** Birthday as `DD-MM`, or empty. */
      birthday?: string | boolean;
      /** Extranet user. */
      extranet?: boolean;
      /** Bitrix24 Network user. */
      network?: boolean;
      /** Chat bot. */
      bot?: boolean;
      /** Open-line client. */
      connector?: boolean;
      /** External authorization code. */
      external_auth_id?: string;
      /** Chosen status. */
      status?: string;
      /** Since when away, or `false`. */
      idle?: string | boolean;
      /** Last activity. */
      last_activity_date?: string | boolean;
      /** Last activity in the mobile app, or `false`. */
      mobile_last_date?: string | boolean;
      /** Last activity in the desktop app, or `false`. */
      desktop_last_date?: string | boolean;
      /** End of absence, or `false`. */
      absent?: string | boolean;
      /** Department IDs. */
      departments?: number[];
      /** Phones, or `false`. */
      phones?: {
        /** Work phone. */
        work_phone?: string;
        /** Mobile phone. */
        personal_mobile?: string;
        /** Home phone. */
        personal_phone?: string;
        /** Internal extension. */
        inner_phone?: string;
      } | boolean;
      /** Bot data; `null` for people. */
      bot_data?: Record<string, unknown>;
      /** User type. */
      type?: string;
      /** Website. */
      website?: string;
      /** Email. */
      email?: string;
    };
  };
  "im.v2.Event.get": {
    params: B24Omit<B24Methods["im.v2.Event.get"]["params"], "limit">;
    row: {
      /** Event ID. */
      eventId: number;
      /** Event type, e.g. `ONIMV2MESSAGEADD`. */
      type: string;
      /** When it happened. */
      date?: string;
      /** Event payload; its shape depends on `type`. */
      data?: Record<string, unknown>;
    };
  };
  "imbot.v2.Bot.list": {
    params: B24Omit<B24Methods["imbot.v2.Bot.list"]["params"], "offset" | "limit">;
    row: {
      /** The bot's user ID. */
      id: number;
      code: string;
      /** Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`. */
      type: string;
      isHidden: boolean;
      isSupportOpenline: boolean;
      isReactionsEnabled: boolean;
      /** Chat background, or null. */
      backgroundId: string;
      language: string;
      moduleId?: string;
      eventMode?: "fetch" | "webhook";
      countMessage?: number;
      countCommand?: number;
      countChat?: number;
      countUser?: number;
    };
  };
  "imbot.v2.Event.get": {
    params: B24Omit<B24Methods["imbot.v2.Event.get"]["params"], "limit">;
    row: {
      /** Event ID; pass on as `offset` to confirm. */
      eventId: number;
      /** Event name, e.g. `ONIMBOTV2MESSAGEADD`. */
      type: string;
      date: string;
      /** Event payload; its shape depends on `type`. */
      data: Record<string, unknown>;
    };
  };
}
/** The list method names of the table. */
export type B24ListName = keyof B24Lists;
/** The params argument of a method: optional when no param is required. */
export type B24Params<M extends B24MethodName> = {} extends B24Methods[M]["params"]
  ? [params?: B24Methods[M]["params"]]
  : [params: B24Methods[M]["params"]];
/** The `result` a method resolves to. */
export type B24Result<M extends B24MethodName> = B24Methods[M]["result"];

/** Typed functions per method: `client.im.notify.answer({ ... })`. */
export interface B24Namespaces {
  readonly im: {
    readonly chat: {
      /** Creates a group chat and returns its ID. */
      add(...params: B24Params<"im.chat.add">): Promise<B24Result<"im.chat.add">>;
      /** Finds the chat bound to an external object; `null` when there is none. */
      get(...params: B24Params<"im.chat.get">): Promise<B24Result<"im.chat.get">>;
      /** Makes the current user leave a chat. */
      leave(...params: B24Params<"im.chat.leave">): Promise<B24Result<"im.chat.leave">>;
      /** Turns a chat's notifications off or back on for the current user. */
      mute(...params: B24Params<"im.chat.mute">): Promise<B24Result<"im.chat.mute">>;
      /** Hands a group chat over to another owner. */
      setOwner(...params: B24Params<"im.chat.setOwner">): Promise<B24Result<"im.chat.setOwner">>;
      /** Replaces a group chat's avatar. */
      updateAvatar(...params: B24Params<"im.chat.updateAvatar">): Promise<B24Result<"im.chat.updateAvatar">>;
      /** Changes a group chat's color. */
      updateColor(...params: B24Params<"im.chat.updateColor">): Promise<B24Result<"im.chat.updateColor">>;
      /** Renames a group chat. */
      updateTitle(...params: B24Params<"im.chat.updateTitle">): Promise<B24Result<"im.chat.updateTitle">>;
      readonly user: {
        /** Invites users into a chat. */
        add(...params: B24Params<"im.chat.user.add">): Promise<B24Result<"im.chat.user.add">>;
        /** Removes a user from a chat. */
        delete(...params: B24Params<"im.chat.user.delete">): Promise<B24Result<"im.chat.user.delete">>;
        /** Lists the IDs of a chat's members (empty when the caller may not see them). */
        list(...params: B24Params<"im.chat.user.list">): Promise<B24Result<"im.chat.user.list">>;
      };
    };
    readonly counters: {
      /** Returns the current user's unread counters for chats, dialogs, lines and notifications. */
      get(...params: B24Params<"im.counters.get">): Promise<B24Result<"im.counters.get">>;
    };
    readonly department: {
      readonly colleagues: {
        /** Lists the current user's colleagues (for a head: subordinates and superiors). */
        list(...params: B24Params<"im.department.colleagues.list">): Promise<B24Result<"im.department.colleagues.list">>;
      };
      readonly employees: {
        /** Lists the employees of departments, keyed by department ID. */
        get(...params: B24Params<"im.department.employees.get">): Promise<B24Result<"im.department.employees.get">>;
      };
      /** Returns departments by ID. */
      get(...params: B24Params<"im.department.get">): Promise<B24Result<"im.department.get">>;
      readonly managers: {
        /** Lists the heads of departments, keyed by department ID. */
        get(...params: B24Params<"im.department.managers.get">): Promise<B24Result<"im.department.managers.get">>;
      };
    };
    readonly dialog: {
      /** Returns a chat's data, settings and the caller's role in it. */
      get(...params: B24Params<"im.dialog.get">): Promise<B24Result<"im.dialog.get">>;
      readonly messages: {
        /** Returns a page of a dialog's messages (system ones too) with their users and files. */
        get(...params: B24Params<"im.dialog.messages.get">): Promise<B24Result<"im.dialog.messages.get">>;
        /** Searches a chat's messages by text and date. */
        search(...params: B24Params<"im.dialog.messages.search">): Promise<B24Result<"im.dialog.messages.search">>;
      };
      readonly read: {
        /** Marks a dialog's messages read up to a message (or all of them); `false` without access. */
        (...params: B24Params<"im.dialog.read">): Promise<B24Result<"im.dialog.read">>;
        /** Marks all of the current user's chats read. */
        all(...params: B24Params<"im.dialog.read.all">): Promise<B24Result<"im.dialog.read.all">>;
      };
      /** Marks a dialog's messages unread from a message on. */
      unread(...params: B24Params<"im.dialog.unread">): Promise<B24Result<"im.dialog.unread">>;
      readonly users: {
        /** Returns a page of a dialog's members with their data. */
        list(...params: B24Params<"im.dialog.users.list">): Promise<B24Result<"im.dialog.users.list">>;
      };
      /** Shows the "is typing" indicator in a dialog. */
      writing(...params: B24Params<"im.dialog.writing">): Promise<B24Result<"im.dialog.writing">>;
    };
    readonly disk: {
      readonly file: {
        /**
         * Posts files already on Drive into a chat (use `im.v2.File.upload` instead).
         * @deprecated
         */
        commit(...params: B24Params<"im.disk.file.commit">): Promise<B24Result<"im.disk.file.commit">>;
        /** Deletes a file its sender posted in a chat. */
        delete(...params: B24Params<"im.disk.file.delete">): Promise<B24Result<"im.disk.file.delete">>;
        /** Copies a chat file to the current user's Drive ("Saved Files"). */
        save(...params: B24Params<"im.disk.file.save">): Promise<B24Result<"im.disk.file.save">>;
      };
      readonly folder: {
        /**
         * Returns the Drive folder that holds a chat's files.
         * @deprecated
         */
        get(...params: B24Params<"im.disk.folder.get">): Promise<B24Result<"im.disk.folder.get">>;
      };
    };
    readonly message: {
      /** Posts a message in a chat and returns its ID. */
      add(...params: B24Params<"im.message.add">): Promise<B24Result<"im.message.add">>;
      /** Runs a chat bot's command on a message. */
      command(...params: B24Params<"im.message.command">): Promise<B24Result<"im.message.command">>;
      /** Deletes a message. */
      delete(...params: B24Params<"im.message.delete">): Promise<B24Result<"im.message.delete">>;
      /** Sets, removes or toggles the caller's "Like" on a message. */
      like(...params: B24Params<"im.message.like">): Promise<B24Result<"im.message.like">>;
      /** Creates a chat, task, feed post or calendar event from a message. */
      share(...params: B24Params<"im.message.share">): Promise<B24Result<"im.message.share">>;
      /** Edits a sent message; an empty `MESSAGE` deletes it. */
      update(...params: B24Params<"im.message.update">): Promise<B24Result<"im.message.update">>;
    };
    readonly notify: {
      /** Sends a personal or system notification to a user; returns its ID or `false`. */
      (...params: B24Params<"im.notify">): Promise<B24Result<"im.notify">>;
      /** Answers a notification that accepts a quick text reply. */
      answer(...params: B24Params<"im.notify.answer">): Promise<B24Result<"im.notify.answer">>;
      /** Presses a button of a notification. */
      confirm(...params: B24Params<"im.notify.confirm">): Promise<B24Result<"im.notify.confirm">>;
      /** Deletes notifications by ID or by tag. */
      delete(...params: B24Params<"im.notify.delete">): Promise<B24Result<"im.notify.delete">>;
      /** Returns a page of the current user's notifications, newest first. */
      get(...params: B24Params<"im.notify.get">): Promise<B24Result<"im.notify.get">>;
      readonly history: {
        /** Searches the current user's notification history. */
        search(...params: B24Params<"im.notify.history.search">): Promise<B24Result<"im.notify.history.search">>;
      };
      readonly personal: {
        /** Sends a personal notification from the current user; returns its ID or `false`. */
        add(...params: B24Params<"im.notify.personal.add">): Promise<B24Result<"im.notify.personal.add">>;
      };
      readonly read: {
        /** Marks a notification (or it and all later ones) read or unread. */
        (...params: B24Params<"im.notify.read">): Promise<B24Result<"im.notify.read">>;
        /** Marks all of the current user's notifications read. */
        all(...params: B24Params<"im.notify.read.all">): Promise<B24Result<"im.notify.read.all">>;
        /** Marks a list of notifications read or unread. */
        list(...params: B24Params<"im.notify.read.list">): Promise<B24Result<"im.notify.read.list">>;
      };
      readonly schema: {
        /** Lists the notification types of each module. */
        get(...params: B24Params<"im.notify.schema.get">): Promise<B24Result<"im.notify.schema.get">>;
      };
      readonly system: {
        /** Sends a system notification to a user; returns its ID or `false`. */
        add(...params: B24Params<"im.notify.system.add">): Promise<B24Result<"im.notify.system.add">>;
      };
    };
    readonly recent: {
      /** Returns the current user's recent chats (short form, no paging). */
      get(...params: B24Params<"im.recent.get">): Promise<B24Result<"im.recent.get">>;
      /** Removes a dialog from the current user's recent list. */
      hide(...params: B24Params<"im.recent.hide">): Promise<B24Result<"im.recent.hide">>;
      /** Returns a page of the current user's recent chats. */
      list(...params: B24Params<"im.recent.list">): Promise<B24Result<"im.recent.list">>;
      /** Pins a dialog at the top of the current user's recent list, or unpins it. */
      pin(...params: B24Params<"im.recent.pin">): Promise<B24Result<"im.recent.pin">>;
      /** Sets or clears a dialog's manual "unread" mark. */
      unread(...params: B24Params<"im.recent.unread">): Promise<B24Result<"im.recent.unread">>;
    };
    readonly revision: {
      /** Returns the portal's messenger API revisions, for compatibility checks. */
      get(...params: B24Params<"im.revision.get">): Promise<B24Result<"im.revision.get">>;
    };
    readonly search: {
      readonly chat: {
        /** Searches the chats the current user can see by title and member names. */
        list(...params: B24Params<"im.search.chat.list">): Promise<B24Result<"im.search.chat.list">>;
      };
      readonly department: {
        /** Searches departments by the start of words in their full name. */
        list(...params: B24Params<"im.search.department.list">): Promise<B24Result<"im.search.department.list">>;
      };
      readonly last: {
        /**
         * Adds a dialog to the recent-search history (old chat UI only).
         * @deprecated
         */
        add(...params: B24Params<"im.search.last.add">): Promise<B24Result<"im.search.last.add">>;
        /**
         * Removes a dialog from the recent-search history (old chat UI only).
         * @deprecated
         */
        delete(...params: B24Params<"im.search.last.delete">): Promise<B24Result<"im.search.last.delete">>;
        /**
         * Returns the recent-search history (old chat UI only).
         * @deprecated
         */
        get(...params: B24Params<"im.search.last.get">): Promise<B24Result<"im.search.last.get">>;
      };
      readonly user: {
        /** Searches users by name, position and department; keyed by user ID. */
        list(...params: B24Params<"im.search.user.list">): Promise<B24Result<"im.search.user.list">>;
      };
    };
    readonly user: {
      /** Returns a user's messenger data (the current user's by default). */
      get(...params: B24Params<"im.user.get">): Promise<B24Result<"im.user.get">>;
      readonly list: {
        /** Returns several users' messenger data, keyed by ID or as a list. */
        get(...params: B24Params<"im.user.list.get">): Promise<B24Result<"im.user.list.get">>;
      };
      readonly status: {
        /** Returns the status the current user set, or `false`. */
        get(...params: B24Params<"im.user.status.get">): Promise<B24Result<"im.user.status.get">>;
        readonly idle: {
          /** Clears the current user's automatic "Away" status (old chat UI only). */
          end(...params: B24Params<"im.user.status.idle.end">): Promise<B24Result<"im.user.status.idle.end">>;
          /** Sets the current user's automatic "Away" status (old chat UI only). */
          start(...params: B24Params<"im.user.status.idle.start">): Promise<B24Result<"im.user.status.idle.start">>;
        };
        /** Sets the current user's status. */
        set(...params: B24Params<"im.user.status.set">): Promise<B24Result<"im.user.status.set">>;
      };
    };
    readonly v2: {
      readonly Event: {
        /** Fetches the current user's pending events; `offset` acknowledges (removes) earlier ones. */
        get(...params: B24Params<"im.v2.Event.get">): Promise<B24Result<"im.v2.Event.get">>;
        /** Starts recording the current user's events for `im.v2.Event.get`. */
        subscribe(...params: B24Params<"im.v2.Event.subscribe">): Promise<B24Result<"im.v2.Event.subscribe">>;
        /** Stops recording the current user's events. */
        unsubscribe(...params: B24Params<"im.v2.Event.unsubscribe">): Promise<B24Result<"im.v2.Event.unsubscribe">>;
      };
      readonly File: {
        /** Returns a one-time download link for a chat file. */
        download(...params: B24Params<"im.v2.File.download">): Promise<B24Result<"im.v2.File.download">>;
        /** Uploads a file into a chat and posts it as a message, in one call. */
        upload(...params: B24Params<"im.v2.File.upload">): Promise<B24Result<"im.v2.File.upload">>;
      };
    };
  };
  readonly imbot: {
    readonly app: {
      /**
       * Registers a chat app (a JS command or an IFRAME window) for a bot; returns the app ID.
       * @deprecated
       */
      register(...params: B24Params<"imbot.app.register">): Promise<B24Result<"imbot.app.register">>;
      /**
       * Removes a chat app registered by this application.
       * @deprecated
       */
      unregister(...params: B24Params<"imbot.app.unregister">): Promise<B24Result<"imbot.app.unregister">>;
      /**
       * Changes a chat app's IFRAME, JS command, icon, context or titles.
       * @deprecated
       */
      update(...params: B24Params<"imbot.app.update">): Promise<B24Result<"imbot.app.update">>;
    };
    readonly bot: {
      /**
       * Lists the portal's chat bots, keyed by bot ID.
       * @deprecated
       */
      list(...params: B24Params<"imbot.bot.list">): Promise<B24Result<"imbot.bot.list">>;
    };
    readonly chat: {
      /**
       * Creates a group chat as the bot; returns the chat ID.
       * @deprecated
       */
      add(...params: B24Params<"imbot.chat.add">): Promise<B24Result<"imbot.chat.add">>;
      /**
       * Finds the chat tied to an `ENTITY_TYPE`/`ENTITY_ID` pair.
       * @deprecated
       */
      get(...params: B24Params<"imbot.chat.get">): Promise<B24Result<"imbot.chat.get">>;
      /**
       * Makes the bot leave a chat.
       * @deprecated
       */
      leave(...params: B24Params<"imbot.chat.leave">): Promise<B24Result<"imbot.chat.leave">>;
      /**
       * Shows "bot is typing" in a dialog.
       * @deprecated
       */
      sendTyping(...params: B24Params<"imbot.chat.sendTyping">): Promise<B24Result<"imbot.chat.sendTyping">>;
      /**
       * Grants or revokes a chat member's admin rights.
       * @deprecated
       */
      setManager(...params: B24Params<"imbot.chat.setManager">): Promise<B24Result<"imbot.chat.setManager">>;
      /**
       * Hands a chat over to a new owner.
       * @deprecated
       */
      setOwner(...params: B24Params<"imbot.chat.setOwner">): Promise<B24Result<"imbot.chat.setOwner">>;
      /**
       * Sets a chat's avatar.
       * @deprecated
       */
      updateAvatar(...params: B24Params<"imbot.chat.updateAvatar">): Promise<B24Result<"imbot.chat.updateAvatar">>;
      /**
       * Sets a chat's color in the mobile app.
       * @deprecated
       */
      updateColor(...params: B24Params<"imbot.chat.updateColor">): Promise<B24Result<"imbot.chat.updateColor">>;
      /**
       * Renames a chat.
       * @deprecated
       */
      updateTitle(...params: B24Params<"imbot.chat.updateTitle">): Promise<B24Result<"imbot.chat.updateTitle">>;
      readonly user: {
        /**
         * Adds users to a chat.
         * @deprecated
         */
        add(...params: B24Params<"imbot.chat.user.add">): Promise<B24Result<"imbot.chat.user.add">>;
        /**
         * Removes a user from a chat.
         * @deprecated
         */
        delete(...params: B24Params<"imbot.chat.user.delete">): Promise<B24Result<"imbot.chat.user.delete">>;
        /**
         * Lists the user IDs of a chat's members.
         * @deprecated
         */
        list(...params: B24Params<"imbot.chat.user.list">): Promise<B24Result<"imbot.chat.user.list">>;
      };
    };
    readonly command: {
      /**
       * Posts the bot's reply to a command call; returns the message ID.
       * @deprecated
       */
      answer(...params: B24Params<"imbot.command.answer">): Promise<B24Result<"imbot.command.answer">>;
      /**
       * Adds a slash command to a bot; returns the command ID.
       * @deprecated
       */
      register(...params: B24Params<"imbot.command.register">): Promise<B24Result<"imbot.command.register">>;
      /**
       * Removes a bot command.
       * @deprecated
       */
      unregister(...params: B24Params<"imbot.command.unregister">): Promise<B24Result<"imbot.command.unregister">>;
      /**
       * Changes a bot command.
       * @deprecated
       */
      update(...params: B24Params<"imbot.command.update">): Promise<B24Result<"imbot.command.update">>;
    };
    readonly dialog: {
      /**
       * Returns the data of a chat or personal dialog.
       * @deprecated
       */
      get(...params: B24Params<"imbot.dialog.get">): Promise<B24Result<"imbot.dialog.get">>;
    };
    readonly message: {
      /**
       * Sends a message as the bot; returns the message ID.
       * @deprecated
       */
      add(...params: B24Params<"imbot.message.add">): Promise<B24Result<"imbot.message.add">>;
      /**
       * Deletes a bot message.
       * @deprecated
       */
      delete(...params: B24Params<"imbot.message.delete">): Promise<B24Result<"imbot.message.delete">>;
      /**
       * Sets, removes or toggles the bot's like on a message.
       * @deprecated
       */
      like(...params: B24Params<"imbot.message.like">): Promise<B24Result<"imbot.message.like">>;
      /**
       * Edits a bot message.
       * @deprecated
       */
      update(...params: B24Params<"imbot.message.update">): Promise<B24Result<"imbot.message.update">>;
    };
    /**
     * Creates a chat bot and binds its event handler URLs; returns the bot ID.
     * @deprecated
     */
    register(...params: B24Params<"imbot.register">): Promise<B24Result<"imbot.register">>;
    /**
     * Deletes a chat bot together with its personal chats.
     * @deprecated
     */
    unregister(...params: B24Params<"imbot.unregister">): Promise<B24Result<"imbot.unregister">>;
    /**
     * Changes a chat bot's code, profile or event handler URLs (not its type).
     * @deprecated
     */
    update(...params: B24Params<"imbot.update">): Promise<B24Result<"imbot.update">>;
    readonly v2: {
      readonly Bot: {
        /** Returns a bot by ID or code (full details only to the owning app). */
        get(...params: B24Params<"imbot.v2.Bot.get">): Promise<B24Result<"imbot.v2.Bot.get">>;
        /** Lists this application's bots, a page at a time. */
        list(...params: B24Params<"imbot.v2.Bot.list">): Promise<B24Result<"imbot.v2.Bot.list">>;
        /** Registers a bot, or returns the existing one with the same code. A bot of an app gets no events until the app's installation is finished (an app with a UI calls `BX24.installFinish()` on its setup page). */
        register(...params: B24Params<"imbot.v2.Bot.register">): Promise<B24Result<"imbot.v2.Bot.register">>;
        /** Deletes a bot and its event subscriptions. */
        unregister(...params: B24Params<"imbot.v2.Bot.unregister">): Promise<B24Result<"imbot.v2.Bot.unregister">>;
        /** Changes a bot's profile, settings, event delivery or token. */
        update(...params: B24Params<"imbot.v2.Bot.update">): Promise<B24Result<"imbot.v2.Bot.update">>;
      };
      readonly Chat: {
        readonly InputAction: {
          /** Shows a "bot is typing" (or another activity) indicator in a dialog. */
          notify(...params: B24Params<"imbot.v2.Chat.InputAction.notify">): Promise<B24Result<"imbot.v2.Chat.InputAction.notify">>;
        };
        readonly Manager: {
          /** Makes chat members managers; the bot must own the chat. */
          add(...params: B24Params<"imbot.v2.Chat.Manager.add">): Promise<B24Result<"imbot.v2.Chat.Manager.add">>;
          /** Takes the manager role from chat members; the bot must own the chat. */
          delete(...params: B24Params<"imbot.v2.Chat.Manager.delete">): Promise<B24Result<"imbot.v2.Chat.Manager.delete">>;
        };
        readonly Message: {
          readonly Reaction: {
            /** Puts the bot's reaction on a message. */
            add(...params: B24Params<"imbot.v2.Chat.Message.Reaction.add">): Promise<B24Result<"imbot.v2.Chat.Message.Reaction.add">>;
            /** Takes the bot's reaction off a message. */
            delete(...params: B24Params<"imbot.v2.Chat.Message.Reaction.delete">): Promise<B24Result<"imbot.v2.Chat.Message.Reaction.delete">>;
          };
          /** Deletes a bot message (any message if the bot administers the chat). */
          delete(...params: B24Params<"imbot.v2.Chat.Message.delete">): Promise<B24Result<"imbot.v2.Chat.Message.delete">>;
          /** Returns a message and its author (supervisor and personal bots only). */
          get(...params: B24Params<"imbot.v2.Chat.Message.get">): Promise<B24Result<"imbot.v2.Chat.Message.get">>;
          /** Returns the messages around a message (supervisor and personal bots only). */
          getContext(...params: B24Params<"imbot.v2.Chat.Message.getContext">): Promise<B24Result<"imbot.v2.Chat.Message.getContext">>;
          /** Marks a dialog's messages read for the bot, up to a message or all. */
          read(...params: B24Params<"imbot.v2.Chat.Message.read">): Promise<B24Result<"imbot.v2.Chat.Message.read">>;
          /** Sends a message as the bot; returns its ID. */
          send(...params: B24Params<"imbot.v2.Chat.Message.send">): Promise<B24Result<"imbot.v2.Chat.Message.send">>;
          /** Edits one of the bot's own messages. */
          update(...params: B24Params<"imbot.v2.Chat.Message.update">): Promise<B24Result<"imbot.v2.Chat.Message.update">>;
        };
        readonly TextField: {
          /** Turns a dialog's text input on or off. */
          enabled(...params: B24Params<"imbot.v2.Chat.TextField.enabled">): Promise<B24Result<"imbot.v2.Chat.TextField.enabled">>;
        };
        readonly User: {
          /** Adds users to a chat the bot administers. */
          add(...params: B24Params<"imbot.v2.Chat.User.add">): Promise<B24Result<"imbot.v2.Chat.User.add">>;
          /** Removes a user from a chat the bot administers (true also if not a member). */
          delete(...params: B24Params<"imbot.v2.Chat.User.delete">): Promise<B24Result<"imbot.v2.Chat.User.delete">>;
          /** Lists a chat's members. */
          list(...params: B24Params<"imbot.v2.Chat.User.list">): Promise<B24Result<"imbot.v2.Chat.User.list">>;
        };
        /** Creates a group chat as the bot (the bot owns it unless `ownerId` is given). */
        add(...params: B24Params<"imbot.v2.Chat.add">): Promise<B24Result<"imbot.v2.Chat.add">>;
        /** Returns a chat the bot is a member of. */
        get(...params: B24Params<"imbot.v2.Chat.get">): Promise<B24Result<"imbot.v2.Chat.get">>;
        /** Makes the bot leave a chat. */
        leave(...params: B24Params<"imbot.v2.Chat.leave">): Promise<B24Result<"imbot.v2.Chat.leave">>;
        /** Hands a chat the bot owns over to another user. */
        setOwner(...params: B24Params<"imbot.v2.Chat.setOwner">): Promise<B24Result<"imbot.v2.Chat.setOwner">>;
        /** Changes a chat's title, description, color or avatar. */
        update(...params: B24Params<"imbot.v2.Chat.update">): Promise<B24Result<"imbot.v2.Chat.update">>;
      };
      readonly Command: {
        /** Replies to a slash command call, even in a chat the bot is not in. */
        answer(...params: B24Params<"imbot.v2.Command.answer">): Promise<B24Result<"imbot.v2.Command.answer">>;
        /** Lists a bot's slash commands. */
        list(...params: B24Params<"imbot.v2.Command.list">): Promise<B24Result<"imbot.v2.Command.list">>;
        /** Adds a slash command to a bot, or returns the existing one with the same word. */
        register(...params: B24Params<"imbot.v2.Command.register">): Promise<B24Result<"imbot.v2.Command.register">>;
        /** Removes a bot's slash command. */
        unregister(...params: B24Params<"imbot.v2.Command.unregister">): Promise<B24Result<"imbot.v2.Command.unregister">>;
        /** Changes a bot's slash command. */
        update(...params: B24Params<"imbot.v2.Command.update">): Promise<B24Result<"imbot.v2.Command.update">>;
      };
      readonly Event: {
        /** Fetches queued events of a `fetch`-mode bot, confirming those before `offset`. */
        get(...params: B24Params<"imbot.v2.Event.get">): Promise<B24Result<"imbot.v2.Event.get">>;
      };
      readonly File: {
        /** Returns a one-time download link for a chat file. */
        download(...params: B24Params<"imbot.v2.File.download">): Promise<B24Result<"imbot.v2.File.download">>;
        /** Uploads a file into a chat as the bot and posts it in a message. */
        upload(...params: B24Params<"imbot.v2.File.upload">): Promise<B24Result<"imbot.v2.File.upload">>;
      };
      readonly Revision: {
        /** Returns the messenger's API and client protocol revisions, for feature checks. */
        get(...params: B24Params<"imbot.v2.Revision.get">): Promise<B24Result<"imbot.v2.Revision.get">>;
      };
    };
  };
  readonly imconnector: {
    /** Turns a connector on or off for one open line. */
    activate(...params: B24Params<"imconnector.activate">): Promise<B24Result<"imconnector.activate">>;
    readonly chat: {
      readonly name: {
        /** Renames an open-line chat that comes from an external system. */
        set(...params: B24Params<"imconnector.chat.name.set">): Promise<B24Result<"imconnector.chat.name.set">>;
      };
    };
    readonly connector: {
      readonly data: {
        /** Stores the external channel's settings for a connector on one open line (replaces them as a whole). */
        set(...params: B24Params<"imconnector.connector.data.set">): Promise<B24Result<"imconnector.connector.data.set">>;
      };
    };
    readonly delete: {
      /** Deletes messages the external system sent into an open line. */
      messages(...params: B24Params<"imconnector.delete.messages">): Promise<B24Result<"imconnector.delete.messages">>;
    };
    /** Lists the connectors available on the portal. */
    list(...params: B24Params<"imconnector.list">): Promise<B24Result<"imconnector.list">>;
    /** Registers (or, with a known `ID`, updates) a custom open-line connector of the app. */
    register(...params: B24Params<"imconnector.register">): Promise<B24Result<"imconnector.register">>;
    readonly send: {
      /** Passes messages from the external system into an open line; returns the chat and session per message. */
      messages(...params: B24Params<"imconnector.send.messages">): Promise<B24Result<"imconnector.send.messages">>;
      readonly status: {
        /** Records that open-line messages reached the external system (also marks them read). */
        delivery(...params: B24Params<"imconnector.send.status.delivery">): Promise<B24Result<"imconnector.send.status.delivery">>;
        /** Records that open-line messages were read in the external system. */
        reading(...params: B24Params<"imconnector.send.status.reading">): Promise<B24Result<"imconnector.send.status.reading">>;
      };
    };
    /** Tells whether a connector is configured and working on an open line. */
    status(...params: B24Params<"imconnector.status">): Promise<B24Result<"imconnector.status">>;
    /** Removes a custom connector of the app. */
    unregister(...params: B24Params<"imconnector.unregister">): Promise<B24Result<"imconnector.unregister">>;
    readonly update: {
      /** Changes messages the external system already sent into an open line. */
      messages(...params: B24Params<"imconnector.update.messages">): Promise<B24Result<"imconnector.update.messages">>;
    };
  };
  readonly imopenlines: {
    readonly bot: {
      readonly session: {
        /** Ends the current open-line dialog on behalf of the app's chat bot. */
        finish(...params: B24Params<"imopenlines.bot.session.finish">): Promise<B24Result<"imopenlines.bot.session.finish">>;
        readonly message: {
          /** Sends an automatic message from the app's chat bot into an open-line dialog. */
          send(...params: B24Params<"imopenlines.bot.session.message.send">): Promise<B24Result<"imopenlines.bot.session.message.send">>;
        };
        /** Hands an open-line dialog from the chat bot to a free operator. */
        operator(...params: B24Params<"imopenlines.bot.session.operator">): Promise<B24Result<"imopenlines.bot.session.operator">>;
        /** Hands an open-line dialog from the chat bot to a given operator or line queue. */
        transfer(...params: B24Params<"imopenlines.bot.session.transfer">): Promise<B24Result<"imopenlines.bot.session.transfer">>;
      };
    };
    readonly config: {
      /** Adds a new open channel and returns its ID. */
      add(...params: B24Params<"imopenlines.config.add">): Promise<B24Result<"imopenlines.config.add">>;
      /** Deletes an open channel; false if there is no such channel. */
      delete(...params: B24Params<"imopenlines.config.delete">): Promise<B24Result<"imopenlines.config.delete">>;
      /** Returns the settings of one open channel, or false if there is none. */
      get(...params: B24Params<"imopenlines.config.get">): Promise<B24Result<"imopenlines.config.get">>;
      readonly list: {
        /** Lists open channels with their settings. */
        get(...params: B24Params<"imopenlines.config.list.get">): Promise<B24Result<"imopenlines.config.list.get">>;
      };
      readonly path: {
        /** Returns the address of the portal's public open-channels page. */
        get(...params: B24Params<"imopenlines.config.path.get">): Promise<B24Result<"imopenlines.config.path.get">>;
      };
      /** Changes the settings of an open channel; false if there is no such channel. */
      update(...params: B24Params<"imopenlines.config.update">): Promise<B24Result<"imopenlines.config.update">>;
    };
    readonly crm: {
      readonly chat: {
        /** Lists the open-line chats linked to a CRM item. */
        get(...params: B24Params<"imopenlines.crm.chat.get">): Promise<B24Result<"imopenlines.crm.chat.get">>;
        /** Returns the ID of the latest open-line chat linked to a CRM item. */
        getLastId(...params: B24Params<"imopenlines.crm.chat.getLastId">): Promise<B24Result<"imopenlines.crm.chat.getLastId">>;
        readonly user: {
          /** Adds a user or bot to the open-line chat of a CRM item; returns the chat ID (0 if none). */
          add(...params: B24Params<"imopenlines.crm.chat.user.add">): Promise<B24Result<"imopenlines.crm.chat.user.add">>;
          /** Removes a user or bot from the open-line chat of a CRM item; returns the chat ID (0 if none). */
          delete(...params: B24Params<"imopenlines.crm.chat.user.delete">): Promise<B24Result<"imopenlines.crm.chat.user.delete">>;
        };
      };
      readonly lead: {
        /** Creates a CRM lead from an open-line dialog (the caller must be its operator). */
        create(...params: B24Params<"imopenlines.crm.lead.create">): Promise<B24Result<"imopenlines.crm.lead.create">>;
      };
      readonly message: {
        /** Sends a message as an employee or bot into the open-line chat linked to a CRM item; returns the message ID. */
        add(...params: B24Params<"imopenlines.crm.message.add">): Promise<B24Result<"imopenlines.crm.message.add">>;
      };
    };
    readonly dialog: {
      /** Returns the data of an open-line chat, found by any one of its identifiers. */
      get(...params: B24Params<"imopenlines.dialog.get">): Promise<B24Result<"imopenlines.dialog.get">>;
    };
    readonly message: {
      readonly quick: {
        /** Saves a message of an open-line chat as a quick answer. */
        save(...params: B24Params<"imopenlines.message.quick.save">): Promise<B24Result<"imopenlines.message.quick.save">>;
      };
      readonly session: {
        /** Starts a new session and moves the given message into it. */
        start(...params: B24Params<"imopenlines.message.session.start">): Promise<B24Result<"imopenlines.message.session.start">>;
      };
    };
    readonly network: {
      /** Connects another portal's open channel from Bitrix24.Network; returns its network bot ID. */
      join(...params: B24Params<"imopenlines.network.join">): Promise<B24Result<"imopenlines.network.join">>;
      readonly message: {
        /** Sends a user a message on behalf of a Bitrix24.Network open channel (once a week per user). */
        add(...params: B24Params<"imopenlines.network.message.add">): Promise<B24Result<"imopenlines.network.message.add">>;
      };
    };
    readonly operator: {
      readonly another: {
        /** Ends an open-line dialog even if another operator has it. */
        finish(...params: B24Params<"imopenlines.operator.another.finish">): Promise<B24Result<"imopenlines.operator.another.finish">>;
      };
      /** Takes an open-line dialog for the calling operator. */
      answer(...params: B24Params<"imopenlines.operator.answer">): Promise<B24Result<"imopenlines.operator.answer">>;
      /** Ends the calling operator's open-line dialog. */
      finish(...params: B24Params<"imopenlines.operator.finish">): Promise<B24Result<"imopenlines.operator.finish">>;
      /** Passes the dialog to the next operator in the queue. */
      skip(...params: B24Params<"imopenlines.operator.skip">): Promise<B24Result<"imopenlines.operator.skip">>;
      /** Marks an open-line dialog as spam and ends it. */
      spam(...params: B24Params<"imopenlines.operator.spam">): Promise<B24Result<"imopenlines.operator.spam">>;
      /** Hands an open-line dialog to another operator or to another line's queue. */
      transfer(...params: B24Params<"imopenlines.operator.transfer">): Promise<B24Result<"imopenlines.operator.transfer">>;
    };
    readonly revision: {
      /** Returns the open-lines API revisions. */
      get(...params: B24Params<"imopenlines.revision.get">): Promise<B24Result<"imopenlines.revision.get">>;
    };
    readonly session: {
      readonly head: {
        /** Stores a supervisor's rating and/or comment for a finished session. */
        vote(...params: B24Params<"imopenlines.session.head.vote">): Promise<B24Result<"imopenlines.session.head.vote">>;
      };
      readonly history: {
        /** Returns the messages, users and files of an open-line session. */
        get(...params: B24Params<"imopenlines.session.history.get">): Promise<B24Result<"imopenlines.session.history.get">>;
      };
      /** Takes an open-line dialog over from its current operator. */
      intercept(...params: B24Params<"imopenlines.session.intercept">): Promise<B24Result<"imopenlines.session.intercept">>;
      /** Adds the calling operator to an active open-line dialog. */
      join(...params: B24Params<"imopenlines.session.join">): Promise<B24Result<"imopenlines.session.join">>;
      readonly mode: {
        /** Pins a dialog to the calling operator, or unpins it. */
        pin(...params: B24Params<"imopenlines.session.mode.pin">): Promise<B24Result<"imopenlines.session.mode.pin">>;
        /** Pins every available active dialog to the calling operator; returns the session IDs. */
        pinAll(...params: B24Params<"imopenlines.session.mode.pinAll">): Promise<B24Result<"imopenlines.session.mode.pinAll">>;
        /**
         * Turns silent mode of a dialog on or off.
         * @deprecated
         */
        silent(...params: B24Params<"imopenlines.session.mode.silent">): Promise<B24Result<"imopenlines.session.mode.silent">>;
        /** Unpins every dialog pinned to the calling operator; returns the session IDs. */
        unpinAll(...params: B24Params<"imopenlines.session.mode.unpinAll">): Promise<B24Result<"imopenlines.session.mode.unpinAll">>;
      };
      /** Opens the open-line chat of a user code and returns its ID. */
      open(...params: B24Params<"imopenlines.session.open">): Promise<B24Result<"imopenlines.session.open">>;
      /** Starts a new session in an open-line chat. */
      start(...params: B24Params<"imopenlines.session.start">): Promise<B24Result<"imopenlines.session.start">>;
    };
    readonly v2: {
      readonly Operator: {
        /** Operators with their current status and load; at most once every 30 seconds for a live widget. */
        list(...params: B24Params<"imopenlines.v2.Operator.list">): Promise<B24Result<"imopenlines.v2.Operator.list">>;
      };
      readonly Session: {
        readonly Rating: {
          /** Sessions rated by customers in a period of at most 366 days, a page at a time. */
          list(...params: B24Params<"imopenlines.v2.Session.Rating.list">): Promise<B24Result<"imopenlines.v2.Session.Rating.list">>;
        };
        readonly Stat: {
          /** Metrics of up to 100 sessions at once; an unknown or hidden session gets nulls. */
          get(...params: B24Params<"imopenlines.v2.Session.Stat.get">): Promise<B24Result<"imopenlines.v2.Session.Stat.get">>;
        };
        readonly Transfer: {
          /** Transfer history of up to 50 sessions at once. */
          list(...params: B24Params<"imopenlines.v2.Session.Transfer.list">): Promise<B24Result<"imopenlines.v2.Session.Transfer.list">>;
        };
        /** Open-line sessions with filters (combined with AND), a page at a time. */
        list(...params: B24Params<"imopenlines.v2.Session.list">): Promise<B24Result<"imopenlines.v2.Session.list">>;
      };
      readonly Stat: {
        /** Aggregate open-lines statistics for a period of at most 366 days (sessions, response times, ratings, KPI, by channel, hour and operator). */
        get(...params: B24Params<"imopenlines.v2.Stat.get">): Promise<B24Result<"imopenlines.v2.Stat.get">>;
      };
    };
  };
  readonly placement: {
    /** Binds a handler (a page of the app) to a placement; `OPTIONS` as the placement declares them. `SETTING_CONNECTOR` is refused: `imconnector.register` binds it. */
    bind(...params: B24Params<"placement.bind">): Promise<B24Result<"placement.bind">>;
    /** The handlers the application has bound, with their options and titles. */
    get(...params: B24Params<"placement.get">): Promise<B24Result<"placement.get">>;
    /** The placement codes available to the application (the app's scopes and the global ones; all with `FULL`). */
    list(...params: B24Params<"placement.list">): Promise<B24Result<"placement.list">>;
    /** Removes the application's handlers of a placement: the one with `HANDLER`, or all of them. */
    unbind(...params: B24Params<"placement.unbind">): Promise<B24Result<"placement.unbind">>;
  };
}

// The rows `methods()` resolves to (from the structs that write methods.json).
/**
 * One method of the table, as `methods()` lists it.
 */
export interface MethodInfo {
    /**
     * Wire name, e.g. `im.notify.answer`.
     */
    name: string;
    scopes: string[];
    deprecated: boolean;
    /**
     * `true` when the method only reads (safe to repeat).
     */
    reads: boolean;
    /**
     * The portal reports this method's errors inside an HTTP 200 `result`; they are raised.
     */
    errorsInResult: boolean;
    params: ParamInfo[];
    /**
     * Rules over the params (groups of fields; see `RuleInfo`).
     */
    rules: RuleInfo[];
    /**
     * How `list()` pages the method; absent for methods that are not lists.
     */
    paging?: PagingInfo;
}
/**
 * One parameter: wire name, type, whether it is required, allowed values and limits.
 */
export interface ParamInfo extends LimitInfo {
    name: string;
    required: boolean;
    type: TypeInfo;
}
/**
 * A param's limit, when it has one (at most one of these is set).
 */
export interface LimitInfo {
    maxChars?: number;
    maxJsonChars?: number;
    /**
     * A string of exactly this many characters.
     */
    exactChars?: number;
    /**
     * A string of at least this many characters.
     */
    minChars?: number;
    /**
     * A whole number from `min` to `max`, both included.
     */
    min?: number;
    max?: number;
    /**
     * At most this many array items or object keys.
     */
    maxItems?: number;
    /**
     * At most this many different array items (repeats do not count).
     */
    maxUniqueItems?: number;
}
/**
 * A type: `kind` plus what the kind needs (`values`, `fields`, `items`, `anyOf`).
 */
export interface TypeInfo {
    /**
     * `string`, `integer`, `number`, `boolean`, `date`, `time` (`HH:MM`), `file`, `any`, `enum`, `array`,
     * `object`, `map` or `either`.
     */
    kind: "string" | "integer" | "number" | "boolean" | "date" | "time" | "file" | "any" | "enum" | "array" | "object" | "map" | "either";
    /**
     * Allowed values of an `enum`.
     */
    values?: string[];
    /**
     * Fields of an `object`.
     */
    fields?: ParamInfo[];
    /**
     * Item type of an `array`, value type of a `map`.
     */
    items?: TypeInfo;
    /**
     * The choices of an `either`.
     */
    anyOf?: TypeInfo[];
    /**
     * Rules over the fields of an `object`, when it has any.
     */
    rules?: RuleInfo[];
}
/**
 * A rule over several fields of one object: exactly one of its members is set.
 * `anyOf`: at least one of the fields is given; `exactlyOne`: exactly one; `together`: all or
 * none; `notEmpty`: at least one field; `neededUnless`: that field is needed unless field
 * `when` is `is`; `atMostOne`: not two of the fields; `period`: ISO 8601 ends, `to` not before
 * `from` and at most `maxDays` after it; `needsOneOf` (with `groups`): when that field is given,
 * every field of one of the groups is too.
 */
export interface RuleInfo {
    atMostOne?: string[];
    period?: PeriodInfo;
    needsOneOf?: string;
    groups?: string[][];
    anyOf?: string[];
    exactlyOne?: string[];
    together?: string[];
    notEmpty?: boolean;
    neededUnless?: string;
    when?: string;
    is?: string;
    /**
     * `placementOptions`' type follows the placement code in `placementCode` (the
     * placements table; `placement.bind`).
     */
    placementCode?: string;
    placementOptions?: string;
}
/**
 * A period's two ends and its longest span in days.
 */
export interface PeriodInfo {
    from: string;
    to: string;
    maxDays: number;
}
/**
 * How a list method pages (see `schema::Paging`). Param names are dotted for nested ones.
 */
export interface PagingInfo {
    /**
     * `offset` (skip and take) or `cursor` (the next page starts from a value of this one).
     */
    kind: "offset" | "cursor";
    /**
     * Where the rows are inside `result`; `""` is `result` itself.
     */
    rowsAt: string;
    /**
     * The page size param and the most rows a page may hold.
     */
    sizeParam: string;
    maxSize: number;
    /**
     * How the last page is known: `total` (the reply's `total`/`next`), `flag` (`endField` of
     * `result` is false) or `shortPage` (fewer rows than asked for).
     */
    end: "total" | "flag" | "shortPage";
    endField?: string;
    /**
     * `offset` paging: the param that skips rows.
     */
    offsetParam?: string;
    /**
     * Rows may repeat across pages; repeats are dropped by this field.
     */
    repeatsBy?: string;
    /**
     * Params of another way to page the same list, which `list()` refuses.
     */
    otherPaging?: string[];
    /**
     * `offset` paging: the largest offset the portal accepts, when it caps the list (only
     * when one of `cappedWhen` is given, if that is set).
     */
    maxOffset?: number;
    cappedWhen?: string[];
    /**
     * `cursor` paging: the cursor param and where its value comes from.
     */
    cursor?: CursorInfo;
}
/**
 * A cursor: `param` takes `field` of the page (`from`: `min`, `max`, `last` row, or `result`).
 */
export interface CursorInfo {
    param: string;
    from: "min" | "max" | "last" | "result";
    field: string;
    /**
     * A stage param moving with the cursor, from the last row's `field`.
     */
    stage?: StageInfo;
    /**
     * The param that reads the list the other way when the caller starts with it.
     */
    reverse?: ReverseInfo;
}
/**
 * `param` is `values[i][1]` when the last row's `field` is `values[i][0]`, else `otherwise`.
 */
export interface StageInfo {
    param: string;
    field: string;
    values: [string, string][];
    otherwise: string;
}
/**
 * The other direction of a cursor list.
 */
export interface ReverseInfo {
    param: string;
    from: "min" | "max" | "last" | "result";
    field: string;
}
