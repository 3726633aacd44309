//! Chat-bot events: the classic `ONIMBOT*` events (deprecated; `data[BOT][<id>]` and
//! `data[COMMAND][<id>]` are keyed by bot and command ID) and the chat-bot 2.0 `ONIMBOTV2*`
//! events (one bot per delivery, `data[bot]`).

use super::shapes::*;
use crate::events::{event, Event};
use crate::schema::*;

/// A page of the classic bot docs.
macro_rules! classic {
    ($tail:literal) => {
        concat!("imbot/api-reference/chat-bots/outdated", $tail)
    };
}

/// A section of the chat-bot 2.0 event formats page.
macro_rules! v2 {
    ($anchor:literal) => {
        concat!(
            "imbot/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.md",
            $anchor
        )
    };
}

pub static CLASSIC: &[Event] = &[
    event("ONIMBOTMESSAGEADD", &["imbot"])
        .deprecated()
        .doc("A user wrote to the bot: in its private chat, or mentioning it in a group chat.")
        .page(classic!("/messages/events/on-imbot-message-add.md"))
        .data(crate::schema::obj(&[
            req("BOT", Ty::Map(&BOT_ITEM))
                .doc("The bots the message is for, keyed by bot ID, each with its own tokens."),
            req("PARAMS", ADDED_MESSAGE).doc("The message."),
            opt("USER", OLD_USER).doc("The author; empty for system messages."),
        ])),
    event("ONIMBOTMESSAGEUPDATE", &["imbot"])
        .deprecated()
        .doc("A message in a chat with the bot was edited.")
        .page(classic!("/messages/events/on-imbot-message-update.md"))
        .data(crate::schema::obj(&[
            req("BOT", Ty::Map(&BOT_ITEM)).doc("The bots the event is for, keyed by bot ID."),
            req("PARAMS", CHANGED_MESSAGE).doc("The message after the edit."),
            opt("USER", OLD_USER).doc("The author; may be empty."),
        ])),
    event("ONIMBOTMESSAGEDELETE", &["imbot"])
        .deprecated()
        .doc("A message in a chat with the bot was deleted.")
        .page(classic!("/messages/events/on-imbot-message-delete.md"))
        .data(crate::schema::obj(&[
            req("BOT", Ty::Map(&BOT_ITEM)).doc("The bots the event is for, keyed by bot ID."),
            req("PARAMS", CHANGED_MESSAGE).doc("The deleted message."),
            opt("USER", OLD_USER).doc("The author; may be empty."),
        ])),
    event("ONIMBOTJOINCHAT", &["imbot"])
        .deprecated()
        .doc("The bot joined a chat, or a user opened a private chat with it (the welcome event).")
        .page(classic!("/chats/events/on-imbot-join-chat.md"))
        .data(crate::schema::obj(&[
            req("BOT", Ty::Map(&BOT_ITEM)).doc("The bots the event is for, keyed by bot ID."),
            req(
                "PARAMS",
                crate::schema::obj(&[
                    req("DIALOG_ID", STR)
                        .doc("The chat: `chat<ID>`, or the user's ID for a private chat."),
                    req("BOT_ID", INT),
                    opt("CHAT_TYPE", CHAT_TYPE),
                    opt("MESSAGE_TYPE", CHAT_TYPE),
                    opt("USER_ID", INT).doc("The user who added the bot."),
                    opt("TO_USER_ID", INT).doc("Private chat: the user."),
                    opt("FROM_USER_ID", INT).doc("Private chat: the bot."),
                    opt("CHAT_ID", INT).doc("Group chat only."),
                    opt("CHAT_AUTHOR_ID", INT).doc("Group chat only: its owner."),
                    opt("CHAT_ENTITY_TYPE", STR),
                    opt("CHAT_ENTITY_ID", STR),
                    opt("ACCESS_HISTORY", INT).doc("`1` when the bot may read the history."),
                    opt("SILENT_JOIN", YN).doc("Added without a system message."),
                    opt("LANGUAGE", STR),
                ]),
            )
            .doc("Where the bot was added."),
            opt("USER", OLD_USER).doc("The user who added the bot; may be empty."),
        ])),
    event("ONIMCOMMANDADD", &["imbot"])
        .deprecated()
        .doc("A user called one of the bot's slash commands (or pressed a command button).")
        .page(classic!("/commands/events/on-im-command-add.md"))
        .data(crate::schema::obj(&[
            req("COMMAND", Ty::Map(&COMMAND_ITEM))
                .doc("The commands called, keyed by command ID, each with its bot's tokens."),
            req("PARAMS", ADDED_MESSAGE).doc("The message the command was in."),
            opt("USER", OLD_USER).doc("The author; empty for system messages."),
        ])),
    event("ONIMBOTDELETE", &["imbot"])
        .deprecated()
        .doc("The bot was deleted (with its app).")
        .page(classic!("/events/on-imbot-delete.md"))
        .data(crate::schema::obj(&[
            req("BOT_ID", INT).doc("The deleted bot."),
            opt("BOT_CODE", STR),
        ])),
];

/// One bot's tokens and identity, under `data[BOT][<bot id>]`.
static BOT_ITEM: Ty = crate::schema::obj(auth_fields!(
    opt("AUTH", AUTH).doc("The same tokens as an `auth` block."),
    req("BOT_ID", INT),
    opt("BOT_CODE", STR),
));

/// One called command, under `data[COMMAND][<command id>]`.
static COMMAND_ITEM: Ty = crate::schema::obj(auth_fields!(
    opt("AUTH", AUTH).doc("The bot's tokens as an `auth` block."),
    req("BOT_ID", INT),
    opt("BOT_CODE", STR),
    req("COMMAND", STR).doc("The command, without the slash."),
    req("COMMAND_ID", INT),
    opt("COMMAND_PARAMS", STR).doc("The text after the command."),
    opt(
        "COMMAND_CONTEXT",
        Ty::Enum(&["TEXTAREA", "KEYBOARD", "MENU"])
    )
    .doc("Typed (`TEXTAREA`) or a button (`KEYBOARD`)."),
    req("MESSAGE_ID", INT).doc("The message to answer."),
));

/// The author of a message (classic events).
static OLD_USER: Ty = crate::schema::obj(&[
    opt("ID", INT),
    opt("NAME", STR).doc("Full name."),
    opt("FIRST_NAME", STR),
    opt("LAST_NAME", STR),
    opt("WORK_POSITION", STR),
    opt("GENDER", GENDER),
    opt("IS_BOT", YN),
    opt("IS_CONNECTOR", YN),
    opt("IS_NETWORK", YN),
    opt("IS_EXTRANET", YN),
]);

/// A new message as the classic add and command events carry it.
static ADDED_MESSAGE: Ty = crate::schema::obj(&[
    req("DIALOG_ID", STR).doc("Where to answer: `chat<ID>`, or the user's ID for a private chat."),
    req("MESSAGE_ID", INT),
    opt("MESSAGE", STR).doc("The text; in a group chat without the bot's mention."),
    opt("MESSAGE_ORIGINAL", STR).doc("Group chat: the text with the mention's BB code."),
    opt("TEMPLATE_ID", STR),
    opt("MESSAGE_TYPE", CHAT_TYPE),
    opt("CHAT_TYPE", CHAT_TYPE),
    opt("FROM_USER_ID", INT),
    opt("AUTHOR_ID", INT),
    opt("TO_CHAT_ID", INT),
    opt("TO_USER_ID", INT),
    opt("SYSTEM", YN),
    opt("CHAT_ID", INT).doc("Group chats only, like the other `CHAT_*` fields."),
    opt("CHAT_PARENT_ID", INT),
    opt("CHAT_PARENT_MID", INT),
    opt("CHAT_TITLE", STR),
    opt("CHAT_AUTHOR_ID", INT),
    opt("CHAT_AVATAR", STR).doc("`0` when none is set."),
    opt("CHAT_COLOR", STR),
    opt("CHAT_ENTITY_TYPE", STR),
    opt("CHAT_ENTITY_ID", STR),
    opt("CHAT_ENTITY_DATA_1", STR),
    opt("CHAT_ENTITY_DATA_2", STR),
    opt("CHAT_ENTITY_DATA_3", STR),
    opt("CHAT_EXTRANET", YN),
    opt("CHAT_PREV_MESSAGE_ID", INT),
    opt("CHAT_CAN_POST", STR),
    opt("CHAT_USER_COUNT", INT),
    opt("RID", INT),
    opt("IS_MANAGER", YN),
    opt("BOT_IN_CHAT", Ty::Map(&INT)).doc("Bots in the chat, keyed by bot ID."),
    opt("MENTIONED_LIST", Ty::Map(&INT)).doc("Users and bots mentioned, keyed by user ID."),
    opt("SKIP_USER_CHECK", YN),
    opt("PUSH", YN),
    opt("PUSH_IMPORTANT", YN),
    opt("RECENT_ADD", YN),
    opt("RECENT_SKIP_AUTHOR", YN),
    opt("CONVERT", YN),
    opt("SKIP_COMMAND", YN),
    opt("SKIP_COUNTER_INCREMENTS", YN),
    opt("SILENT_CONNECTOR", YN),
    opt("SKIP_CONNECTOR", YN),
    opt("IMPORTANT_CONNECTOR", YN),
    opt("NO_SESSION_OL", YN),
    opt("FAKE_RELATION", INT),
    opt("SKIP_URL_INDEX", YN),
    opt("COMMAND_CONTEXT", STR),
    opt("PLATFORM_CONTEXT", STR).doc("Where it was written from, e.g. `web`."),
    opt("LANGUAGE", STR),
]);

/// An edited or deleted message (classic update and delete events).
static CHANGED_MESSAGE: Ty = crate::schema::obj(&[
    req("DIALOG_ID", STR),
    req("MESSAGE_ID", INT),
    opt("ID", INT).doc("The message ID again."),
    opt("CHAT_ID", INT),
    opt("AUTHOR_ID", INT),
    opt("MESSAGE", STR).doc("The text after the edit; for a deletion, the system notice."),
    opt("MESSAGE_ORIGINAL", STR),
    opt("MESSAGE_TYPE", CHAT_TYPE),
    opt("CHAT_TYPE", CHAT_TYPE),
    opt("CHAT_AUTHOR_ID", INT),
    opt("CHAT_ENTITY_TYPE", STR),
    opt("CHAT_ENTITY_ID", STR),
    opt("CHAT_ENTITY_DATA_1", STR),
    opt("CHAT_ENTITY_DATA_2", STR),
    opt("CHAT_ENTITY_DATA_3", STR),
    opt("FROM_USER_ID", INT),
    opt("TO_USER_ID", INT).doc("`0` means every member."),
    opt("CHAT_USER_COUNT", INT),
    opt("MENTIONED_LIST", Ty::Map(&INT)),
    opt("PLATFORM_CONTEXT", STR),
    opt("LANGUAGE", STR),
]);

pub static V2: &[Event] = &[
    event("ONIMBOTV2MESSAGEADD", &["imbot"])
        .doc("A message to the bot: in a chat it is in, in private or by mention.")
        .page(v2!("#onimbotv2messageadd"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("message", V2_MESSAGE),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author."),
            opt("language", STR).doc("The portal's language, e.g. `en`."),
        ])),
    event("ONIMBOTV2MESSAGEUPDATE", &["imbot"])
        .doc("A message in the bot's chat was edited.")
        .page(v2!("#onimbotv2messageupdate"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("message", V2_MESSAGE).doc("The message after the edit."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2MESSAGEDELETE", &["imbot"])
        .doc("A message in the bot's chat was deleted.")
        .page(v2!("#onimbotv2messagedelete"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("messageId", INT).doc("The deleted message."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author of the deleted message."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2REACTIONCHANGE", &["imbot"])
        .doc("A reaction to one of the bot's messages was added or removed.")
        .page(v2!("#onimbotv2reactionchange"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("reaction", STR).doc("The reaction code, e.g. `like`."),
            req("action", REACTION_ACTION).doc("`add` or `delete`."),
            req("message", V2_MESSAGE),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("Who changed the reaction."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2COMMANDADD", &["imbot"])
        .doc("A user called one of the bot's slash commands; one event per command in a message.")
        .page(v2!("#onimbotv2commandadd"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req(
                "command",
                crate::schema::obj(&[
                    req("id", INT).doc("The registered command."),
                    req("command", STR).doc("The command as called, e.g. `/help`."),
                    opt("params", STR).doc("The text after the command."),
                    opt("context", Ty::Enum(&["textarea", "keyboard", "menu"])).doc("Typed, a button, or a context menu."),
                ]),
            ),
            req("message", V2_MESSAGE).doc("The message with the command."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("Who called it."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2JOINCHAT", &["imbot"])
        .doc("The bot was added to a chat.")
        .page(v2!("#onimbotv2joinchat"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("dialogId", STR).doc("The chat, e.g. `chat5`."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("Who added the bot."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2CONTEXTGET", &["imbot"])
        .doc("A user opened a chat with the bot passing context data (e.g. a link with `BOT_CONTEXT`).")
        .page(v2!("#onimbotv2contextget"))
        .data(crate::schema::obj(&[
            req("bot", V2_BOT),
            req("dialogId", STR).doc("The chat: the user's ID in private, `chat<ID>` in a group."),
            req("context", DICT).doc("The data passed when the chat was opened."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("Who opened the chat."),
            opt("language", STR),
        ])),
    event("ONIMBOTV2DELETE", &["imbot"])
        .doc("The bot was deleted; the last event it receives.")
        .page(v2!("#onimbotv2delete"))
        .data(crate::schema::obj(&[req("bot", V2_BOT)])),
];
