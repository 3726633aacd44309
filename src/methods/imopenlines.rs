//! `imopenlines.*`: open lines (channels), their sessions, operators and chat bots.

use super::shapes::{ATTACH, ATTACH_MAX_JSON, KEYBOARD};
use crate::schema::*;

pub static METHODS: &[Method] = &[
    method("imopenlines.message.quick.save", &["imopenlines"])
        .doc("Saves a message of an open-line chat as a quick answer.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat the message is in."),
            req("MESSAGE_ID", INT).doc("Message to save as a quick answer."),
        ])
        .result(BOOL),
    method("imopenlines.crm.message.add", &["imopenlines"])
        .doc("Sends a message as an employee or bot into the open-line chat linked to a CRM item; returns the message ID.")
        .params(&[
            req("CRM_ENTITY_TYPE", Ty::Enum(&["lead", "deal", "company", "contact"])).doc("Kind of CRM item the chat is linked to."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
            req("USER_ID", INT).doc("Sender: a user or bot that is in the chat and can read the CRM item."),
            req("CHAT_ID", INT).doc("Open-line chat linked to the CRM item."),
            req("MESSAGE", STR).doc("Message text."),
        ])
        .result(INT),
    method("imopenlines.bot.session.message.send", &["imopenlines", "imbot"])
        .doc("Sends an automatic message from the app's chat bot into an open-line dialog.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat to send the message to."),
            opt("NAME", Ty::Enum(&["WELCOME", "DEFAULT"])).doc("`WELCOME` sends the line's greeting; `DEFAULT` sends `MESSAGE`."),
            opt("MESSAGE", STR).doc("Text for `NAME=DEFAULT`."),
        ])
        .result(BOOL),
    method("imopenlines.config.add", &["imopenlines"])
        .doc("Adds a new open channel and returns its ID.")
        .params(&[opt("PARAMS", obj(CONFIG_FIELDS)).doc("Open channel settings.")])
        .result(INT),
    method("imopenlines.bot.session.finish", &["imopenlines", "imbot"])
        .doc("Ends the current open-line dialog on behalf of the app's chat bot.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat whose dialog is ended."),
            opt("CLIENT_ID", STR).doc("Webhooks only: the bot's `CLIENT_ID` or `botToken`."),
        ])
        .result(BOOL),
    method("imopenlines.bot.session.operator", &["imopenlines", "imbot"])
        .doc("Hands an open-line dialog from the chat bot to a free operator.")
        .params(&[req("CHAT_ID", INT).doc("Chat to hand to an operator.")])
        .result(BOOL),
    method("imopenlines.bot.session.transfer", &["imopenlines", "imbot"])
        .rules(&[Rule::AnyOf(&["USER_ID", "QUEUE_ID", "TRANSFER_ID"])])
        .doc("Hands an open-line dialog from the chat bot to a given operator or line queue.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat whose dialog is handed over."),
            opt("USER_ID", INT).doc("Employee to hand the dialog to (checked first)."),
            opt("QUEUE_ID", INT).doc("Open line (`ID` from `imopenlines.config.list.get`) whose queue gets the dialog."),
            opt("TRANSFER_ID", Ty::Either(&[INT, STR])).doc("A user ID, or `queue<QUEUE_ID>` (used when the other two are absent)."),
            opt("LEAVE", YN).doc("`Y`: the bot leaves at once; `N` (default): it stays until the transfer is accepted."),
            opt("CLIENT_ID", STR).doc("Webhooks only: the bot's `CLIENT_ID` or `botToken`."),
        ])
        .result(BOOL),
    method("imopenlines.config.delete", &["imopenlines"])
        .doc("Deletes an open channel; false if there is no such channel.")
        .params(&[req("CONFIG_ID", INT).doc("Open channel ID.")])
        .result(BOOL),
    method("imopenlines.config.get", &["imopenlines"])
        .reads()
        .doc("Returns the settings of one open channel, or false if there is none.")
        .params(&[
            req("CONFIG_ID", INT).doc("Open channel ID."),
            opt("WITH_QUEUE", YN).doc("Include the operator queue."),
            opt("SHOW_OFFLINE", YN).doc("Include offline operators in the queue."),
        ])
        .result(Ty::Either(&[obj(CONFIG_ROW), BOOL])),
    method("imopenlines.config.list.get", &["imopenlines"])
        .reads()
        .doc("Lists open channels with their settings.")
        .params(&[
            opt(
                "PARAMS",
                obj(&[
                    opt("select", STRS).doc("Fields to return."),
                    opt("order", Ty::Map(&SORT_DIRECTION)).doc("Sorting: field to `asc`/`desc`."),
                    opt("filter", DICT).doc("Filter: field to value."),
                    opt("limit", INT).range(1, 200).doc("Page size, at most 200 (default 50)."),
                    opt("offset", INT).doc("Number of channels to skip."),
                ]),
            )
            .doc("Selection: `select`, `order`, `filter`, `limit`, `offset`."),
            opt(
                "OPTIONS",
                obj(&[
                    opt("QUEUE", YN).doc("Include `QUEUE` and `QUEUE_USERS_FIELDS`."),
                    opt("CONFIG_QUEUE", YN).doc("Include `CONFIG_QUEUE` (users and departments)."),
                    opt("CHECK_PERMISSION", STR).doc("Only lines the user may access for this permission action."),
                ]),
            )
            .doc("Extra data to include."),
        ])
        .result(Ty::Array(&obj(CONFIG_ROW)))
        .paging(Paging::offset("PARAMS.offset", "PARAMS.limit", 200, "", End::ShortPage)),
    method("imopenlines.config.path.get", &["imopenlines"])
        .reads()
        .doc("Returns the address of the portal's public open-channels page.")
        .result(obj(&[
            req("SERVER_ADDRESS", STR).doc("Portal base address."),
            req("PUBLIC_PATH", STR).doc("Path of the public page."),
        ])),
    method("imopenlines.config.update", &["imopenlines"])
        .doc("Changes the settings of an open channel; false if there is no such channel.")
        .params(&[
            req("CONFIG_ID", INT).doc("Open channel ID."),
            opt("PARAMS", obj(CONFIG_FIELDS)).doc("Settings to change (as for `imopenlines.config.add`)."),
        ])
        .result(BOOL),
    method("imopenlines.crm.chat.get", &["imopenlines"])
        .reads()
        .doc("Lists the open-line chats linked to a CRM item.")
        .params(&[
            req("CRM_ENTITY_TYPE", CRM_ENTITY_TYPE).doc("Kind of CRM item."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
            opt("ACTIVE_ONLY", YN).doc("`Y` (default): active chats only; `N`: all."),
        ])
        .result(Ty::Array(&obj(&[
            req("CHAT_ID", INT).doc("Chat ID."),
            opt("CONNECTOR_ID", STR).doc("Connector code."),
            opt("CONNECTOR_TITLE", STR).doc("Connector name."),
        ]))),
    method("imopenlines.crm.chat.getLastId", &["imopenlines"])
        .reads()
        .doc("Returns the ID of the latest open-line chat linked to a CRM item.")
        .params(&[
            req("CRM_ENTITY_TYPE", CRM_ENTITY_TYPE).doc("Kind of CRM item."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
        ])
        .result(INT),
    method("imopenlines.crm.chat.user.add", &["imopenlines"])
        .doc("Adds a user or bot to the open-line chat of a CRM item; returns the chat ID (0 if none).")
        .params(&[
            req("CRM_ENTITY_TYPE", CRM_ENTITY_TYPE).doc("Kind of CRM item."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
            req("USER_ID", INT).doc("User or bot to add."),
            opt("CHAT_ID", INT).doc("Chat; default: the item's latest chat."),
        ])
        .result(INT),
    method("imopenlines.crm.chat.user.delete", &["imopenlines"])
        .doc("Removes a user or bot from the open-line chat of a CRM item; returns the chat ID (0 if none).")
        .params(&[
            req("CRM_ENTITY_TYPE", CRM_ENTITY_TYPE).doc("Kind of CRM item."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
            req("USER_ID", INT).doc("User or bot to remove."),
            opt("CHAT_ID", INT).doc("Chat; default: the item's latest chat."),
        ])
        .result(INT),
    method("imopenlines.crm.lead.create", &["imopenlines"])
        .doc("Creates a CRM lead from an open-line dialog (the caller must be its operator).")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.dialog.get", &["imopenlines"])
        .reads()
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID", "SESSION_ID", "USER_CODE"])])
        .doc("Returns the data of an open-line chat, found by any one of its identifiers.")
        .params(&[
            opt("CHAT_ID", INT).doc("Open-line chat ID."),
            opt("DIALOG_ID", STR).doc("Dialog ID, `chat<ID>`."),
            opt("SESSION_ID", INT).doc("Session ID."),
            opt("USER_CODE", STR).doc("User code `<connector>|<LINE_ID>|<CHAT>|<USER>`."),
        ])
        .result(obj(DIALOG)),
    method("imopenlines.message.session.start", &["imopenlines"])
        .doc("Starts a new session and moves the given message into it.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat."),
            req("MESSAGE_ID", INT).doc("Message of that chat to start from."),
        ])
        .result(BOOL),
    method("imopenlines.network.join", &["imopenlines"])
        .doc("Connects another portal's open channel from Bitrix24.Network; returns its network bot ID.")
        .params(&[req("CODE", STR).max_chars(32).doc("32-character code of the channel.")])
        .result(INT),
    method("imopenlines.network.message.add", &["imopenlines"])
        .doc("Sends a user a message on behalf of a Bitrix24.Network open channel (once a week per user).")
        .params(&[
            req("CODE", STR).max_chars(32).doc("32-character code of the channel."),
            req("USER_ID", INT).doc("Recipient."),
            req("MESSAGE", STR).doc("Message text (chat formatting allowed)."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Attachment."),
            opt("KEYBOARD", KEYBOARD).doc("Keyboard; only link buttons are allowed here."),
            opt("URL_PREVIEW", YN).doc("`N` turns off link previews (default `Y`)."),
        ])
        .result(BOOL),
    method("imopenlines.operator.another.finish", &["imopenlines"])
        .doc("Ends an open-line dialog even if another operator has it.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.operator.answer", &["imopenlines"])
        .doc("Takes an open-line dialog for the calling operator.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.operator.finish", &["imopenlines"])
        .doc("Ends the calling operator's open-line dialog.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.operator.skip", &["imopenlines"])
        .doc("Passes the dialog to the next operator in the queue.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.operator.spam", &["imopenlines"])
        .doc("Marks an open-line dialog as spam and ends it.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.operator.transfer", &["imopenlines"])
        .rules(&[Rule::AnyOf(&["TRANSFER_ID", "USER_ID", "QUEUE_ID"])])
        .doc("Hands an open-line dialog to another operator or to another line's queue.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat."),
            opt("TRANSFER_ID", Ty::Either(&[INT, STR])).doc("A user ID, or `queue<QUEUE_ID>`."),
            opt("USER_ID", INT).doc("Operator to hand the dialog to."),
            opt("QUEUE_ID", INT).doc("Open line (`ID` from `imopenlines.config.list.get`) to hand the dialog to."),
        ])
        .result(BOOL),
    method("imopenlines.revision.get", &["imopenlines"])
        .reads()
        .doc("Returns the open-lines API revisions.")
        .result(obj(&[
            req("rest", INT).doc("Revision for REST clients."),
            req("web", INT).doc("Revision for web and desktop clients."),
            req("mobile", INT).doc("Revision for mobile clients."),
        ])),
    method("imopenlines.session.head.vote", &["imopenlines"])
        .rules(&[Rule::AnyOf(&["RATING", "COMMENT"])])
        .doc("Stores a supervisor's rating and/or comment for a finished session.")
        .params(&[
            req("SESSION_ID", INT).doc("Session ID."),
            opt("RATING", Ty::Enum(&["1", "2", "3", "4", "5"])).doc("Rating from 1 to 5."),
            opt("COMMENT", STR).doc("Comment on the rating."),
        ])
        .result(BOOL),
    method("imopenlines.session.history.get", &["imopenlines"])
        .reads()
        .rules(&[Rule::AnyOf(&["SESSION_ID", "CHAT_ID"])])
        .doc("Returns the messages, users and files of an open-line session.")
        .params(&[
            opt("SESSION_ID", INT).doc("Session ID (preferred)."),
            opt("CHAT_ID", INT).doc("Numeric chat ID; its latest session is used."),
        ])
        .result(obj(HISTORY)),
    method("imopenlines.session.intercept", &["imopenlines"])
        .doc("Takes an open-line dialog over from its current operator.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.session.join", &["imopenlines"])
        .doc("Adds the calling operator to an active open-line dialog.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
    method("imopenlines.session.mode.pin", &["imopenlines"])
        .doc("Pins a dialog to the calling operator, or unpins it.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat."),
            opt("ACTIVATE", YN).doc("`Y` (default) pins, `N` unpins."),
        ])
        .result(BOOL),
    method("imopenlines.session.mode.pinAll", &["imopenlines"])
        .doc("Pins every available active dialog to the calling operator; returns the session IDs.")
        .result(INTS),
    method("imopenlines.session.mode.silent", &["imopenlines"])
        .deprecated()
        .doc("Turns silent mode of a dialog on or off.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat."),
            opt("ACTIVATE", STR).doc("`Y` turns silent mode on; any other value turns it off."),
        ])
        .result(BOOL),
    method("imopenlines.session.mode.unpinAll", &["imopenlines"])
        .doc("Unpins every dialog pinned to the calling operator; returns the session IDs.")
        .result(INTS),
    method("imopenlines.session.open", &["imopenlines"])
        .doc("Opens the open-line chat of a user code and returns its ID.")
        .params(&[req("USER_CODE", STR).doc("User code `<connector>|<LINE_ID>|<CHAT>|<USER>`.")])
        .result(obj(&[req("chatId", INT).doc("Open-line chat ID.")])),
    method("imopenlines.session.start", &["imopenlines"])
        .doc("Starts a new session in an open-line chat.")
        .params(&[req("CHAT_ID", INT).doc("Open-line chat.")])
        .result(BOOL),
];

/// One operator queue entry of an open channel.
const QUEUE_ENTRY: Ty = obj(&[
    req("ENTITY_TYPE", Ty::Enum(&["user", "department"])).doc("`user` or `department`."),
    req("ENTITY_ID", INT).doc("ID of the user or department."),
]);

const WEEKDAY: Ty = Ty::Enum(&["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);

const OPERATOR_DATA: [Param; 3] = [
    opt("NAME", STR).doc("Operator's name."),
    opt("AVATAR", STR).doc("Link to the operator's avatar."),
    opt("AVATAR_ID", INT).doc("ID of the avatar file."),
];

/// The settings of an open channel (`PARAMS` of `imopenlines.config.add`/`update`).
const CONFIG_FIELDS: &[Param] = &[
    opt("LINE_NAME", STR).doc("Name of the open channel"),
    opt("ACTIVE", YN).doc("Channel activity."),
    opt("QUEUE", Ty::Array(&QUEUE_ENTRY)).doc("Queue of operators: users and departments."),
    opt("QUEUE_TYPE", Ty::Enum(&["evenly", "strictly", "all"])).doc("Request distribution mode."),
    opt("QUEUE_TIME", INT).doc("Time in seconds before the request is passed to the next operator"),
    opt("NO_ANSWER_TIME", INT).doc("Time in seconds before the no-answer scenario is triggered"),
    opt("WELCOME_MESSAGE", YN).doc("Send a welcome message."),
    opt("WELCOME_MESSAGE_TEXT", STR).doc("Text of the welcome message"),
    opt("WORKTIME_ENABLE", YN).doc("Consider the channel's working hours."),
    opt("WORKTIME_FROM", TIME).doc("Start of working hours in `HH:MM` format"),
    opt("WORKTIME_TO", TIME).doc("End of working hours in `HH:MM` format"),
    opt("WORKTIME_TIMEZONE", STR).doc("Time zone, for example `Europe/Berlin`"),
    opt("CRM", YN).doc("Search for the client in CRM."),
    opt("CRM_CREATE", STR).doc("What to create in CRM for a new client"),
    opt("VOTE_MESSAGE", YN).doc("Request service quality rating."),
    opt("LANGUAGE_ID", STR).doc("Language of the channel, for example `de`"),
    opt("CRM_CREATE_SECOND", STR).doc("Additional mode for creating a CRM object"),
    opt("CRM_CREATE_THIRD", YN).doc("Create a third CRM object."),
    opt("CRM_CHAT_TRACKER", YN).doc("Enable chat tracker for CRM."),
    opt("CRM_FORWARD", YN).doc("Forward the request to the responsible person in CRM."),
    opt("CRM_TRANSFER_CHANGE", YN)
        .doc("Change the responsible person in CRM when transferring the dialogue."),
    opt("CRM_SOURCE", STR).doc("Source for the created CRM object"),
    opt("MAX_CHAT", INT).doc("Maximum number of simultaneous dialogues for the operator"),
    opt(
        "TYPE_MAX_CHAT",
        Ty::Enum(&["answered", "answered_new", "closed"]),
    )
    .doc("Type of `MAX_CHAT` restriction."),
    opt("CATEGORY_ENABLE", YN).doc("Enable categories."),
    opt("CATEGORY_ID", INT).doc("Identifier of the category"),
    opt("SESSION_PRIORITY", INT).doc("Session priority in the queue"),
    opt("WELCOME_BOT_ENABLE", YN).doc("Enable welcome chatbot."),
    opt("WELCOME_BOT_JOIN", Ty::Enum(&["first", "always"])).doc("When to connect the bot."),
    opt("WELCOME_BOT_ID", INT).doc("Identifier of the chatbot"),
    opt("WELCOME_BOT_TIME", INT)
        .doc("After how many seconds to transfer the dialogue from the bot to the queue"),
    opt("WELCOME_BOT_LEFT", Ty::Enum(&["queue", "close"])).doc("When to disconnect the bot."),
    opt("CHECK_AVAILABLE", YN).doc("Check the availability of the operator during distribution."),
    opt("WATCH_TYPING", YN).doc("Show typing indicator."),
    opt("SEND_WELCOME_EACH_SESSION", YN).doc("Send a greeting in each session."),
    opt("OPERATOR_DATA", Ty::Enum(&["profile", "queue", "hide"])).doc("Format of operator data."),
    opt("DEFAULT_OPERATOR_DATA", obj(&OPERATOR_DATA)).doc("Default operator data."),
    opt("NO_ANSWER_RULE", Ty::Enum(&["none", "text"]))
        .doc("Scenario if the operator did not respond."),
    opt("NO_ANSWER_FORM_ID", INT).doc("Identifier of the CRM form for the no-answer scenario"),
    opt("NO_ANSWER_BOT_ID", INT).doc("Identifier of the chatbot for the no-answer scenario"),
    opt("NO_ANSWER_TEXT", STR).doc("Text for the no-answer scenario"),
    opt("WORKTIME_DAYOFF", Ty::Array(&WEEKDAY)).doc("Days off."),
    opt("WORKTIME_HOLIDAYS", STR).doc("Holidays in string format, listed as `DD.MM,DD.MM`"),
    opt("WORKTIME_DAYOFF_RULE", Ty::Enum(&["none", "text"]))
        .doc("Scenario during non-working hours."),
    opt("WORKTIME_DAYOFF_FORM_ID", INT).doc("Identifier of the CRM form for non-working hours"),
    opt("WORKTIME_DAYOFF_BOT_ID", INT).doc("Identifier of the chatbot for non-working hours"),
    opt("WORKTIME_DAYOFF_TEXT", STR).doc("Text message during non-working hours"),
    opt("CLOSE_RULE", Ty::Enum(&["none", "text"])).doc("Scenario upon closure."),
    opt("CLOSE_FORM_ID", INT).doc("Identifier of the CRM form upon closure"),
    opt("CLOSE_BOT_ID", INT).doc("Identifier of the chatbot upon closure"),
    opt("CLOSE_TEXT", STR).doc("Text message upon closure"),
    opt("VOTE_TIME_LIMIT", INT).doc("Time limit for voting"),
    opt("VOTE_CLOSING_DELAY", YN).doc("Close the session immediately after rating."),
    opt("VOTE_BEFORE_FINISH", YN).doc("Request rating before completion."),
    opt("VOTE_MESSAGE_1_TEXT", STR).doc("Text for rating request in the widget"),
    opt("VOTE_MESSAGE_1_LIKE", STR).doc("Text after positive rating in the widget"),
    opt("VOTE_MESSAGE_1_DISLIKE", STR).doc("Text after negative rating in the widget"),
    opt("VOTE_MESSAGE_2_TEXT", STR).doc("Text for rating request in external channels"),
    opt("VOTE_MESSAGE_2_LIKE", STR).doc("Text after positive rating in external channels"),
    opt("VOTE_MESSAGE_2_DISLIKE", STR).doc("Text after negative rating in external channels"),
    opt("AUTO_CLOSE_RULE", Ty::Enum(&["none", "text"])).doc("Auto-closing scenario."),
    opt("FULL_CLOSE_TIME", INT).doc("Time for full closure after manual closure"),
    opt("AUTO_CLOSE_TIME", INT).doc("Time until auto-closure"),
    opt("AUTO_CLOSE_FORM_ID", INT).doc("Identifier of the CRM form for auto-closure"),
    opt("AUTO_CLOSE_BOT_ID", INT).doc("Identifier of the chatbot for auto-closure"),
    opt("AUTO_CLOSE_TEXT", STR).doc("Text upon auto-closure"),
    opt("AUTO_EXPIRE_TIME", INT).doc("Lifetime of automatically closed session"),
    opt("TEMPORARY", YN).doc("Create a temporary channel."),
    opt("QUICK_ANSWERS_IBLOCK_ID", INT).doc("Identifier of the quick answers info block"),
    opt("KPI_FIRST_ANSWER_TIME", INT).doc("Control of the first response time"),
    opt("KPI_FIRST_ANSWER_ALERT", YN).doc("Enable notification for the first response."),
    opt("KPI_FIRST_ANSWER_LIST", Ty::Array(&ANY))
        .doc("List of recipients for the first response notification"),
    opt("KPI_FIRST_ANSWER_TEXT", STR).doc("Text of the first response notification"),
    opt("KPI_FURTHER_ANSWER_TIME", INT).doc("Control of subsequent response times"),
    opt("KPI_FURTHER_ANSWER_ALERT", YN).doc("Enable notification for subsequent responses."),
    opt("KPI_FURTHER_ANSWER_LIST", Ty::Array(&ANY))
        .doc("List of recipients for subsequent response notifications"),
    opt("KPI_FURTHER_ANSWER_TEXT", STR).doc("Text of the subsequent response notification"),
    opt("KPI_CHECK_OPERATOR_ACTIVITY", YN).doc("Monitor operator activity."),
    opt("USE_WELCOME_FORM", YN).doc("Use welcome CRM form."),
    opt("WELCOME_FORM_ID", INT).doc("Identifier of the welcome CRM form"),
    opt("WELCOME_FORM_DELAY", YN).doc("Show the form with a delay."),
    opt("CONFIRM_CLOSE", YN).doc("Request confirmation for closure."),
    opt("IGNORE_WELCOME_FORM_RESPONSIBLE", YN)
        .doc("Ignore the responsible person in the welcome form."),
];

/// The kinds of CRM item an open-line chat can be linked to.
const CRM_ENTITY_TYPE: Ty = Ty::Enum(&["lead", "deal", "company", "contact"]);

/// A sort direction (the page lists lower case, its example and errors use upper case).
const SORT_DIRECTION: Ty = Ty::Enum(&["asc", "desc", "ASC", "DESC"]);

/// A queue member's display fields, keyed by user ID in config results.
const QUEUE_USER_FIELDS: Ty = obj(&[
    opt("USER_NAME", STR).doc("Name, or null."),
    opt("USER_WORK_POSITION", STR).doc("Position, or null."),
    opt("USER_AVATAR", STR).doc("Avatar link, or null."),
    opt("USER_AVATAR_ID", INT).doc("Avatar file ID."),
]);

/// One open channel as `imopenlines.config.get`/`config.list.get` return it (values mostly
/// come as strings; `select` decides which fields are there).
const CONFIG_ROW: &[Param] = &[
    opt("ID", INT).doc("Open channel ID."),
    opt("LINE_NAME", STR).doc("Channel name."),
    opt("ACTIVE", YN).doc("The channel is active."),
    opt("CRM", YN).doc("Works with CRM."),
    opt("CRM_CREATE", STR).doc("What to create in CRM for a new client."),
    opt("CRM_CREATE_SECOND", STR).doc("Second CRM creation mode."),
    opt("CRM_CREATE_THIRD", YN).doc("Third CRM creation mode."),
    opt("CRM_FORWARD", YN).doc("Forward to the CRM responsible person."),
    opt("CRM_CHAT_TRACKER", YN).doc("Send dialogs to the CRM tracker."),
    opt("CRM_TRANSFER_CHANGE", YN).doc("Change the responsible person on transfer."),
    opt("CRM_SOURCE", STR).doc("CRM source mode."),
    opt("QUEUE_TYPE", STR).doc("Distribution mode."),
    opt("QUEUE_TIME", INT).doc("Seconds before passing to the next operator."),
    opt("NO_ANSWER_TIME", INT).doc("Seconds before the no-answer scenario."),
    opt("CHECK_AVAILABLE", YN).doc("Check operator availability."),
    opt("WATCH_TYPING", YN).doc("Show what the client is typing."),
    opt("WELCOME_BOT_ENABLE", YN).doc("Welcome bot on."),
    opt("WELCOME_MESSAGE", YN).doc("Welcome message on."),
    opt("WELCOME_MESSAGE_TEXT", STR).doc("Welcome message text."),
    opt("VOTE_MESSAGE", YN).doc("Ask for a rating."),
    opt("VOTE_TIME_LIMIT", INT).doc("Time limit for rating."),
    opt("VOTE_BEFORE_FINISH", YN).doc("Ask for a rating before closing."),
    opt("VOTE_CLOSING_DELAY", YN).doc("Delay closing after rating."),
    opt("VOTE_MESSAGE_1_TEXT", STR).doc("Rating request, widget."),
    opt("VOTE_MESSAGE_1_LIKE", STR).doc("Reply to a good rating, widget."),
    opt("VOTE_MESSAGE_1_DISLIKE", STR).doc("Reply to a bad rating, widget."),
    opt("VOTE_MESSAGE_2_TEXT", STR).doc("Rating request, external channels."),
    opt("VOTE_MESSAGE_2_LIKE", STR).doc("Reply to a good rating, external channels."),
    opt("VOTE_MESSAGE_2_DISLIKE", STR).doc("Reply to a bad rating, external channels."),
    opt("AGREEMENT_MESSAGE", YN).doc("Show the consent message."),
    opt("AGREEMENT_ID", INT).doc("Consent ID."),
    opt("CATEGORY_ENABLE", YN).doc("Categories on."),
    opt("CATEGORY_ID", INT).doc("Category ID."),
    opt("WELCOME_BOT_JOIN", STR).doc("When the welcome bot joins."),
    opt("WELCOME_BOT_ID", INT).doc("Welcome bot ID."),
    opt("WELCOME_BOT_TIME", INT).doc("Seconds before the bot hands over to the queue."),
    opt("WELCOME_BOT_LEFT", STR).doc("When the welcome bot leaves."),
    opt("NO_ANSWER_RULE", STR).doc("No-answer scenario."),
    opt("NO_ANSWER_FORM_ID", INT).doc("No-answer form ID."),
    opt("NO_ANSWER_BOT_ID", INT).doc("No-answer bot ID."),
    opt("NO_ANSWER_TEXT", STR).doc("No-answer text."),
    opt("WORKTIME_ENABLE", YN).doc("Working hours on."),
    opt("WORKTIME_FROM", STR).doc("Start of working hours."),
    opt("WORKTIME_TO", STR).doc("End of working hours."),
    opt("WORKTIME_TIMEZONE", STR).doc("Time zone of working hours."),
    opt("WORKTIME_HOLIDAYS", STRS).doc("Holidays."),
    opt("WORKTIME_DAYOFF", STRS).doc("Days off."),
    opt("WORKTIME_DAYOFF_RULE", STR).doc("Out-of-hours scenario."),
    opt("WORKTIME_DAYOFF_FORM_ID", INT).doc("Out-of-hours form ID."),
    opt("WORKTIME_DAYOFF_BOT_ID", INT).doc("Out-of-hours bot ID."),
    opt("WORKTIME_DAYOFF_TEXT", STR).doc("Out-of-hours text."),
    opt("CLOSE_RULE", STR).doc("Closing scenario."),
    opt("CLOSE_FORM_ID", INT).doc("Closing form ID."),
    opt("CLOSE_BOT_ID", INT).doc("Closing bot ID."),
    opt("CLOSE_TEXT", STR).doc("Closing text."),
    opt("FULL_CLOSE_TIME", INT).doc("Time until a closed session is fully closed."),
    opt("AUTO_CLOSE_RULE", STR).doc("Auto-closing scenario."),
    opt("AUTO_CLOSE_FORM_ID", INT).doc("Auto-closing form ID."),
    opt("AUTO_CLOSE_BOT_ID", INT).doc("Auto-closing bot ID."),
    opt("AUTO_CLOSE_TIME", INT).doc("Time until auto-closing."),
    opt("AUTO_CLOSE_TEXT", STR).doc("Auto-closing text."),
    opt("AUTO_EXPIRE_TIME", INT).doc("Time until an auto-closed session expires."),
    opt("DATE_CREATE", ANY).doc("Creation date, serialized."),
    opt("DATE_MODIFY", ANY).doc("Modification date, serialized."),
    opt("MODIFY_USER_ID", INT).doc("Who changed the settings last."),
    opt("TEMPORARY", YN).doc("Temporary channel."),
    opt("XML_ID", STR).doc("External ID, or null."),
    opt("LANGUAGE_ID", STR).doc("Channel language."),
    opt("QUICK_ANSWERS_IBLOCK_ID", INT).doc("Quick answers info block ID."),
    opt("SESSION_PRIORITY", INT).doc("Session priority."),
    opt("TYPE_MAX_CHAT", STR).doc("How `MAX_CHAT` counts dialogs."),
    opt("MAX_CHAT", INT).doc("Most active dialogs per operator."),
    opt("OPERATOR_DATA", STR).doc("How operator data is shown."),
    opt(
        "DEFAULT_OPERATOR_DATA",
        Ty::Either(&[Ty::Array(&ANY), obj(&OPERATOR_DATA)]),
    )
    .doc("Default operator display data."),
    opt("KPI_FIRST_ANSWER_TIME", INT).doc("First-answer time norm."),
    opt("KPI_FIRST_ANSWER_ALERT", YN).doc("Alert on a late first answer."),
    opt("KPI_FIRST_ANSWER_LIST", Ty::Array(&ANY)).doc("Who gets first-answer alerts, or null."),
    opt("KPI_FIRST_ANSWER_TEXT", STR).doc("First-answer alert text."),
    opt("KPI_FURTHER_ANSWER_TIME", INT).doc("Further-answer time norm."),
    opt("KPI_FURTHER_ANSWER_ALERT", YN).doc("Alert on a late further answer."),
    opt("KPI_FURTHER_ANSWER_LIST", Ty::Array(&ANY)).doc("Who gets further-answer alerts, or null."),
    opt("KPI_FURTHER_ANSWER_TEXT", STR).doc("Further-answer alert text."),
    opt("KPI_CHECK_OPERATOR_ACTIVITY", YN).doc("Watch operator activity."),
    opt("SEND_NOTIFICATION_EMPTY_QUEUE", YN).doc("Notify when the queue is empty."),
    opt("USE_WELCOME_FORM", YN).doc("Welcome form on."),
    opt("WELCOME_FORM_ID", INT).doc("Welcome form ID."),
    opt("WELCOME_FORM_DELAY", YN).doc("Show the welcome form later."),
    opt("SEND_WELCOME_EACH_SESSION", YN).doc("Greet in every session."),
    opt("CONFIRM_CLOSE", YN).doc("Ask before closing."),
    opt("IGNORE_WELCOME_FORM_RESPONSIBLE", YN).doc("Ignore the welcome form's responsible person."),
    opt("QUEUE", INTS).doc("Operator IDs in the queue."),
    opt(
        "QUEUE_FULL",
        Ty::Map(&obj(&[
            opt("ID", INT).doc("Queue record ID."),
            opt("SORT", INT).doc("Position in the queue."),
            opt("USER_ID", INT).doc("User ID."),
            opt("DEPARTMENT_ID", INT).doc("Department ID."),
            opt("USER_NAME", STR).doc("Name, or null."),
            opt("USER_WORK_POSITION", STR).doc("Position, or null."),
            opt("USER_AVATAR", STR).doc("Avatar link, or null."),
            opt("USER_AVATAR_ID", INT).doc("Avatar file ID."),
        ])),
    )
    .doc("Queue records by user ID (`config.get`)."),
    opt("QUEUE_USERS_FIELDS", Ty::Map(&QUEUE_USER_FIELDS))
        .doc("Queue members' display fields by user ID."),
    opt("QUEUE_ONLINE", YN).doc("Operators' online status is checked (`config.get`)."),
    opt(
        "CONFIG_QUEUE",
        Ty::Array(&obj(&[
            opt("ENTITY_ID", INT).doc("User or department ID."),
            opt("ENTITY_TYPE", STR).doc("`user` or `department`."),
        ])),
    )
    .doc("The line's queue as configured (`OPTIONS.CONFIG_QUEUE=Y`)."),
];

/// `{type, url, id}`: what an open-line chat is linked to.
const ENTITY_LINK: Ty = obj(&[
    opt("type", STR).doc("Channel type, `LINES`."),
    opt("url", STR).doc("Link to the external object, or \"\"."),
    opt("id", STR).doc("External dialog ID."),
]);

/// Who may do what in a chat (`imopenlines.dialog.get`).
const DIALOG_PERMISSIONS: Ty = obj(&[
    opt("manage_users_add", STR).doc("Who may add members."),
    opt("manage_users_delete", STR).doc("Who may remove members."),
    opt("manage_ui", STR).doc("Who may change the chat's look."),
    opt("manage_settings", STR).doc("Who may change settings."),
    opt("manage_messages", STR).doc("Who may manage messages."),
    opt("can_post", STR).doc("Who may post."),
]);

/// One reader or viewer of a message.
const VIEWER: Ty = obj(&[
    opt("user_id", INT).doc("User ID."),
    opt("user_name", STR).doc("User name."),
    opt("message_id", INT).doc("Last message read."),
    opt("date", DATE).doc("When, or null."),
]);

/// The chat data `imopenlines.dialog.get` returns.
const DIALOG: &[Param] = &[
    req("id", INT).doc("Chat ID."),
    opt("parent_chat_id", INT).doc("Parent chat ID."),
    opt("parent_message_id", INT).doc("Parent message ID."),
    opt("name", STR).doc("Chat name."),
    opt("description", STR).doc("Description, or null."),
    opt("owner", INT).doc("Owner ID."),
    opt("extranet", BOOL).doc("Extranet chat."),
    opt("avatar", STR).doc("Avatar URL, or \"\"."),
    opt("color", STR).doc("Chat color, `#RRGGBB`."),
    opt("type", STR).doc("Chat type, `lines`."),
    opt("counter", INT).doc("Unread messages of the caller."),
    opt("user_counter", INT).doc("Members with unread messages."),
    opt("message_count", INT).doc("Messages in the chat."),
    opt("unread_id", INT).doc("First unread message, or 0."),
    opt(
        "restrictions",
        obj(&[
            opt("avatar", BOOL).doc("Avatar may be changed."),
            opt("rename", BOOL).doc("Chat may be renamed."),
            opt("extend", BOOL).doc("Settings may be extended."),
            opt("call", BOOL).doc("Calls are allowed."),
            opt("mute", BOOL).doc("Notifications may be muted."),
            opt("leave", BOOL).doc("Members may leave."),
            opt("leave_owner", BOOL).doc("The owner may leave."),
            opt("send", BOOL).doc("Messages may be sent."),
            opt("user_list", BOOL).doc("Members may be listed."),
        ]),
    )
    .doc("What may be done with the chat."),
    opt("last_message_id", INT).doc("Last message ID."),
    opt("last_id", INT).doc("Service ID of the last message."),
    opt("marked_id", INT).doc("Marked message, or 0."),
    opt("disk_folder_id", INT).doc("Drive folder of the chat's files."),
    opt("entity_type", STR).doc("Channel type, `LINES`."),
    opt("entity_id", STR).doc("User code `<connector>|<LINE_ID>|<CHAT>|<USER>`."),
    opt("entity_data_1", STR).doc("Session data; the 6th `|` field is the session ID."),
    opt("entity_data_2", STR).doc("CRM links."),
    opt("entity_data_3", STR).doc("Service flag."),
    opt("mute_list", Ty::Either(&[INTS, Ty::Map(&BOOL)])).doc("Users who muted the chat."),
    opt("date_create", DATE).doc("When the chat was created."),
    opt("message_type", STR).doc("Message type of the chat."),
    opt("public", STR).doc("Public flag."),
    opt("role", STR).doc("The caller's role in the chat."),
    opt("entity_link", ENTITY_LINK).doc("What the chat is linked to."),
    opt("text_field_enabled", BOOL).doc("The input field is available."),
    opt("background_id", INT).doc("Background ID, or null."),
    opt("permissions", DIALOG_PERMISSIONS).doc("The caller's rights in the chat."),
    opt("is_new", BOOL).doc("New chat."),
    opt("readed_list", Ty::Array(&VIEWER)).doc("Who read up to which message."),
    opt("manager_list", INTS).doc("Operators who manage the chat."),
    opt(
        "last_message_views",
        obj(&[
            opt("message_id", INT).doc("Message the views are of."),
            opt("first_viewers", Ty::Array(&VIEWER)).doc("First viewers."),
            opt("count_of_viewers", INT).doc("Other viewers."),
        ]),
    )
    .doc("Views of the last message."),
    opt("dialog_id", STR).doc("Dialog ID, `chat<ID>`."),
];

/// A date, or `false` when there is none.
const DATE_OR_FALSE: Ty = Ty::Either(&[DATE, BOOL]);

/// A message in `imopenlines.session.history.get`.
const HISTORY_MESSAGE: Ty = obj(&[
    opt("id", INT).doc("Message ID."),
    opt("chatid", INT).doc("Chat ID."),
    opt("senderid", INT).doc("Sender ID (0: system)."),
    opt("recipientid", STR).doc("Recipient, `chat<ID>`."),
    opt("date", DATE).doc("When it was sent."),
    opt("text", STR).doc("Text."),
    opt("textlegacy", STR).doc("Text in the legacy format."),
    opt("params", DICT).doc("Service parameters (files, attachments...)."),
]);

/// A user in `imopenlines.session.history.get`.
const HISTORY_USER: Ty = obj(&[
    opt("id", INT).doc("User ID."),
    opt("name", STR).doc("Full name."),
    opt("active", BOOL).doc("Active account."),
    opt("firstName", STR).doc("First name."),
    opt("lastName", STR).doc("Last name."),
    opt("workPosition", STR).doc("Position, or null."),
    opt("color", STR).doc("User color."),
    opt("avatar", STR).doc("Avatar link."),
    opt("avatarId", INT).doc("Avatar file ID, or null."),
    opt("birthday", STR).doc("Birthday, `DD-MM`."),
    opt("gender", STR).doc("Gender."),
    opt("phoneDevice", BOOL).doc("Has a phone device."),
    opt("phones", Ty::Either(&[BOOL, DICT])).doc("Phones, or false."),
    opt("extranet", BOOL).doc("Extranet user."),
    opt("network", BOOL).doc("Bitrix24.Network user."),
    opt("bot", BOOL).doc("Bot."),
    opt("connector", BOOL).doc("Connector (client) user."),
    opt("profile", STR).doc("Profile link."),
    opt("externalAuthId", STR).doc("External auth type."),
    opt("status", STR).doc("Online status, or null."),
    opt("idle", DATE_OR_FALSE).doc("Idle since, or false."),
    opt("lastActivityDate", DATE_OR_FALSE).doc("Last activity."),
    opt("mobileLastDate", DATE_OR_FALSE).doc("Last mobile activity, or false."),
    opt("desktopLastDate", DATE_OR_FALSE).doc("Last desktop activity, or false."),
    opt("departments", INTS).doc("Department IDs."),
    opt("absent", DATE_OR_FALSE).doc("Absent until, or false."),
    opt("type", STR).doc("User type."),
    opt("services", ANY).doc("Services, or null."),
    opt("botData", ANY).doc("Bot data, or null."),
]);

/// A chat in `imopenlines.session.history.get`.
const HISTORY_CHAT: Ty = obj(&[
    opt("id", INT).doc("Chat ID."),
    opt("parentChatId", INT).doc("Parent chat ID."),
    opt("parentMessageId", INT).doc("Parent message ID."),
    opt("name", STR).doc("Chat name."),
    opt("owner", INT).doc("Owner ID."),
    opt("color", STR).doc("Chat color."),
    opt("extranet", BOOL).doc("Extranet chat."),
    opt("avatar", STR).doc("Avatar link."),
    opt("call", STR).doc("Call type."),
    opt("callNumber", STR).doc("Call number."),
    opt("entityType", STR).doc("Chat entity type, `LINES`."),
    opt("entityId", STR).doc("User code `<connector>|<LINE_ID>|<CHAT>|<USER>`."),
    opt("entityData1", STR).doc("Session data."),
    opt("entityData2", STR).doc("CRM links."),
    opt("entityData3", STR).doc("Service data."),
    opt("messageCount", INT).doc("Messages in the chat."),
    opt("public", STR).doc("Public flag."),
    opt("muteList", Ty::Either(&[Ty::Map(&BOOL), Ty::Array(&ANY)])).doc("Muted flag by user ID."),
    opt("managerList", INTS).doc("Operators who manage the chat."),
    opt("dateCreate", DATE).doc("When the chat was created."),
    opt("type", STR).doc("Chat type."),
    opt("entityLink", ENTITY_LINK).doc("What the chat is linked to."),
    opt(
        "permissions",
        obj(&[
            opt("manageUsersAdd", STR).doc("Who may add members."),
            opt("manageUsersDelete", STR).doc("Who may remove members."),
            opt("manageUi", STR).doc("Who may change the chat's look."),
            opt("manageSettings", STR).doc("Who may change settings."),
            opt("manageMessages", STR).doc("Who may manage messages."),
            opt("canPost", STR).doc("Who may post."),
        ]),
    )
    .doc("Rights in the chat."),
    opt("textFieldEnabled", BOOL).doc("The input field is available."),
    opt("backgroundId", INT).doc("Background ID, or null."),
    opt("messageType", STR).doc("Message type of the chat."),
    opt("isNew", BOOL).doc("New chat."),
]);

/// A file in `imopenlines.session.history.get`.
const HISTORY_FILE: Ty = obj(&[
    opt("id", INT).doc("File ID."),
    opt("chatid", INT).doc("Chat ID."),
    opt("date", DATE).doc("When it was uploaded."),
    opt("type", STR).doc("File type."),
    opt("name", STR).doc("File name."),
    opt("extension", STR).doc("Extension."),
    opt("size", INT).doc("Size in bytes."),
    opt(
        "image",
        Ty::Either(&[
            obj(&[
                opt("width", INT).doc("Width."),
                opt("height", INT).doc("Height."),
            ]),
            BOOL,
        ]),
    )
    .doc("Image size, or false."),
    opt("status", STR).doc("Processing status."),
    opt("progress", INT).doc("Processing progress, %."),
    opt("authorid", INT).doc("Author ID."),
    opt("authorname", STR).doc("Author name."),
    opt("urlpreview", STR).doc("Preview URL."),
    opt("urlshow", STR).doc("View URL."),
    opt("urldownload", STR).doc("Download URL."),
    opt("viewerattrs", DICT).doc("Viewer attributes."),
    opt("mediaurl", Ty::Either(&[DICT, STR])).doc("Media URLs."),
    opt("istranscribable", BOOL).doc("Can be transcribed."),
    opt("isvideonote", BOOL).doc("Video note."),
    opt("isvoicenote", BOOL).doc("Voice note."),
]);

/// The result of `imopenlines.session.history.get`. Keyed collections come as `[]` when empty.
const HISTORY: &[Param] = &[
    opt("chatId", INT).doc("Chat ID."),
    opt("canJoin", YN).doc("The caller may join the dialog."),
    opt("canVoteHead", YN).doc("The caller may rate as supervisor."),
    opt("sessionId", INT).doc("Session ID."),
    opt("sessionVoteHead", INT).doc("Supervisor's rating."),
    opt("sessionCommentHead", STR).doc("Supervisor's comment, or null."),
    opt("userId", STR).doc("Dialog ID, `chat<ID>`."),
    opt(
        "message",
        Ty::Either(&[Ty::Map(&HISTORY_MESSAGE), Ty::Array(&ANY)]),
    )
    .doc("Messages by ID."),
    opt(
        "usersMessage",
        Ty::Either(&[Ty::Map(&INTS), Ty::Array(&ANY)]),
    )
    .doc("Message IDs by dialog."),
    opt(
        "users",
        Ty::Either(&[Ty::Map(&HISTORY_USER), Ty::Array(&ANY)]),
    )
    .doc("Participants by user ID."),
    opt(
        "openlines",
        obj(&[opt(
            "canvoteashead",
            Ty::Either(&[Ty::Map(&BOOL), Ty::Array(&ANY)]),
        )
        .doc("Line ID to whether the supervisor may rate.")]),
    )
    .doc("Open-line data."),
    opt(
        "userInGroup",
        Ty::Either(&[
            Ty::Map(&obj(&[
                opt("id", INT).doc("Department ID."),
                opt("users", INTS).doc("User IDs."),
            ])),
            Ty::Array(&ANY),
        ]),
    )
    .doc("Users by department."),
    opt("woUserInGroup", Ty::Either(&[Ty::Array(&ANY), DICT]))
        .doc("Users outside those departments."),
    opt(
        "chat",
        Ty::Either(&[Ty::Map(&HISTORY_CHAT), Ty::Array(&ANY)]),
    )
    .doc("Chats by ID."),
    opt(
        "userBlockChat",
        Ty::Either(&[Ty::Map(&Ty::Map(&BOOL)), Ty::Array(&ANY)]),
    )
    .doc("Blocked flags by chat and user."),
    opt("userInChat", Ty::Either(&[Ty::Map(&INTS), Ty::Array(&ANY)])).doc("Member IDs by chat."),
    opt(
        "files",
        Ty::Either(&[Ty::Map(&HISTORY_FILE), Ty::Array(&ANY)]),
    )
    .doc("Files by ID."),
];
