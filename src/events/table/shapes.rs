//! Shapes several events share: the `auth` block, the chat-bot 2.0 objects (`Message`, `Chat`,
//! `User`, as events carry them), and the open-line session records. They are `static`, not
//! `const`: every event then points at one copy of their fields in the `.wasm`.

use crate::schema::*;

/// The keys of an `auth` block (the docs' "auth parameters in events" table, plus `expires`,
/// `user_id` and `client_id`, which the examples carry), then any `extra` fields.
macro_rules! auth_fields {
    ($($extra:expr),* $(,)?) => {
        &[
            opt("access_token", STR).secret().doc("OAuth 2.0 token of the user the event acts for; absent when no user could be tied to it."),
            opt("expires", INT).doc("When `access_token` expires, Unix time."),
            opt("expires_in", INT).doc("Seconds until `access_token` expires."),
            opt("scope", STR).doc("Scopes, comma-separated."),
            opt("domain", STR).doc("The portal's address."),
            opt("server_endpoint", STR).doc("The OAuth server that refreshes tokens."),
            opt("status", APP_STATUS).doc("The app's status: `L` local, `F` free, `D` demo, `T` trial, `P` paid."),
            opt("client_endpoint", STR).doc("The portal's REST endpoint."),
            opt("member_id", STR).doc("The portal's unique ID: the key of the stored application token."),
            opt("user_id", INT).doc("The user the tokens belong to."),
            opt("client_id", STR).doc("The app's client ID."),
            opt("refresh_token", STR).secret().doc("Token that renews `access_token`; sent with few events (ONAPPINSTALL)."),
            opt("application_token", STR).secret().doc("Proof that the portal sent the event: compare it with the token stored at install."),
            $($extra),*
        ]
    };
}
pub(crate) use auth_fields;

pub const APP_STATUS: Ty = Ty::Enum(&["L", "F", "D", "T", "P"]);

/// An `auth` block: the envelope's, or a bot's own tokens.
pub static AUTH: Ty = crate::schema::obj(auth_fields!());

/// Chat and message types of the classic events.
pub const CHAT_TYPE: Ty = Ty::Enum(&["P", "C", "O", "L", "S", "N", "J", "T", "A", "B", "X"]);

pub const GENDER: Ty = Ty::Enum(&["M", "F"]);

/// An ISO 8601 date, or `false` when there is none (`"0"` in webhook mode).
pub const DATE_OR_FALSE: Ty = Ty::Either(&[DATE, BOOL]);

/// A bot as events carry it: in webhook mode `{id, code, auth}`, in fetch mode the full bot
/// object without `auth`.
pub static V2_BOT: Ty = crate::schema::obj(&[
    req("id", INT).doc("The bot's user ID."),
    req("code", STR).doc("The bot's code."),
    opt("auth", AUTH).doc("The bot's OAuth tokens for calls back (webhook mode only)."),
    opt("type", STR).doc("Bot type: `bot`, `network`, `openline`, `supervisor` or `personal`."),
    opt("isHidden", BOOL),
    opt("isSupportOpenline", BOOL),
    opt("isReactionsEnabled", BOOL),
    opt("backgroundId", STR).doc("Chat background, or null."),
    opt("language", STR),
    opt("moduleId", STR),
    opt("eventMode", Ty::Enum(&["fetch", "webhook"])),
    opt("countMessage", INT),
    opt("countCommand", INT),
    opt("countChat", INT),
    opt("countUser", INT),
]);

/// A message (`Message` of the chat-bot 2.0 objects).
pub static V2_MESSAGE: Ty = crate::schema::obj(&[
    req("id", INT),
    req("chatId", INT),
    req("authorId", INT).doc("0 for system messages."),
    req("text", STR).doc("The text (at most 20,000 characters)."),
    opt("date", DATE).doc("When it was written, or null."),
    opt("isSystem", BOOL),
    opt("uuid", STR).doc("UUID for deduplication."),
    opt(
        "forward",
        crate::schema::obj(&[
            opt("id", STR),
            opt("userId", INT),
            opt("chatId", INT),
            opt("date", DATE),
        ]),
    )
    .doc("Where a forwarded message came from, or null."),
    opt("params", DICT).doc("Attachments, keyboard, files and other extras."),
    opt("viewedByOthers", BOOL),
]);

/// A chat (`Chat` of the chat-bot 2.0 objects, without the per-user `role` and `muteList`).
pub static V2_CHAT: Ty = crate::schema::obj(&[
    req("id", INT),
    req("dialogId", STR).doc("`chat<ID>`, or a user ID for a private chat."),
    opt("name", STR),
    opt("type", STR)
        .doc("`chat`, `open`, `private`, `channel`, `openChannel`, `copilot`, `thread`, ..."),
    opt("messageType", STR).doc("Internal type: `C`, `O`, `P`, ..."),
    opt("owner", INT),
    opt("color", STR).doc("HEX color, or null."),
    opt("avatar", STR).doc("Avatar URL, or empty."),
    opt("description", STR),
    opt("extranet", BOOL),
    opt("containsCollaber", BOOL),
    opt("entityType", STR).doc("Tied object type, e.g. `LINES` for open lines."),
    opt("entityId", STR),
    opt("entityData1", STR),
    opt("entityData2", STR),
    opt("entityData3", STR),
    opt("entityLink", DICT),
    opt("diskFolderId", INT),
    opt("permissions", DICT),
    opt("parentChatId", INT),
    opt("parentMessageId", INT),
    opt("isNew", BOOL),
    opt("textFieldEnabled", YN),
    opt("backgroundId", STR),
]);

/// A user (`User` of the chat-bot 2.0 objects, without `network`, `botData`, `avatarHr`).
pub static V2_USER: Ty = crate::schema::obj(&[
    req("id", INT),
    opt("active", BOOL),
    opt("name", STR).doc("Full name."),
    opt("firstName", STR),
    opt("lastName", STR),
    opt("workPosition", STR),
    opt("color", STR),
    opt("avatar", STR),
    opt("gender", GENDER),
    opt("birthday", STR),
    opt("extranet", BOOL),
    opt("bot", BOOL),
    opt("connector", BOOL).doc("An open-line connector user."),
    opt("externalAuthId", STR),
    opt("status", STR),
    opt("idle", DATE_OR_FALSE),
    opt("lastActivityDate", DATE_OR_FALSE),
    opt("mobileLastDate", DATE_OR_FALSE),
    opt("desktopLastDate", DATE_OR_FALSE),
    opt("absent", DATE_OR_FALSE),
    opt("departments", INTS),
    opt("phones", Ty::Either(&[DICT, BOOL])).doc("Phone numbers, or false."),
    opt("website", STR),
    opt("email", STR),
    opt("type", STR).doc("`employee`, `extranet`, `email`, `collaber` or `bot`."),
]);

/// A reaction change: the code and whether it was added or removed.
pub const REACTION_ACTION: Ty = Ty::Enum(&["add", "delete"]);

/// The connector of an open-line record.
pub static LINE_CONNECTOR: Ty = crate::schema::obj(&[
    req("connector_id", STR),
    req("line_id", INT),
    req("chat_id", INT),
    req("user_id", INT).doc("The user's ID in the external system."),
]);

/// An open-line session record (session start and finish, dialog start and finish).
pub static SESSION_RECORD: Ty = crate::schema::obj(&[
    req("connector", LINE_CONNECTOR),
    req(
        "session",
        crate::schema::obj(&[
            req("id", INT),
            req("closed", YN),
            req("parent_id", INT).doc("The previous session."),
            req("close_term", INT).doc("Minutes until the session closes by itself."),
        ]),
    ),
    req("chat", crate::schema::obj(&[req("id", INT)])),
    req(
        "user",
        crate::schema::obj(&[req("id", INT).doc("The user's ID in the external system.")]),
    ),
]);

/// A message record of the open-line update and delete events.
pub static LINE_MESSAGE_REF: Ty = crate::schema::obj(&[
    req(
        "im",
        crate::schema::obj(&[req("chat_id", INT), req("message_id", INT)]),
    ),
    req("message", crate::schema::obj(&[req("id", INT)])),
    req("chat", crate::schema::obj(&[req("id", INT)])),
]);
