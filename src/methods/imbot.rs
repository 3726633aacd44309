//! `imbot.*` and `imbot.v2.*`: chat bots.
//!
//! The classic `imbot.*` methods (UPPER_CASE params, all deprecated) come first, then the
//! `imbot.v2.*` methods (camelCase params, `botId` + `botToken` on every bot call).

use super::shapes::{ATTACH, ATTACH_MAX_JSON, KEYBOARD, MENU, MESSAGE_MAX_CHARS};
use crate::schema::*;

pub static METHODS: &[Method] = &[
    // ----- chat apps (imbot.app.*) -----
    method("imbot.app.register", &["imbot"])
        .deprecated()
        .doc("Registers a chat app (a JS command or an IFRAME window) for a bot; returns the app ID.")
        .params(&[
            opt("BOT_ID", INT).doc("Bot that owns the app."),
            opt("CODE", STR).doc("App code."),
            opt("JS_METHOD", APP_JS_METHOD).doc("JS command kind: insert or send a bot command, call a number, open support."),
            opt("JS_PARAM", STR).doc("Argument of `JS_METHOD`: command text, phone number or open-line code."),
            opt("ICON_FILE", FILE).doc("App icon, base64; without one the app is listed only under chat apps."),
            opt("CONTEXT", APP_CONTEXT).doc("Chats the app shows in; a `-admin` suffix limits it to admins."),
            opt("EXTRANET_SUPPORT", YN).doc("Also available to extranet users (default `N`)."),
            opt("LIVECHAT_SUPPORT", YN).doc("Also available in live chat."),
            opt("IFRAME_POPUP", YN).doc("Open the IFRAME as a movable window that survives dialog switches."),
            opt("LANG", Ty::Array(&APP_LANG)).doc("Titles per language (at least `de` and `en` advised)."),
            opt("IFRAME", STR).doc("HTTPS URL of the IFRAME app."),
            opt("IFRAME_WIDTH", INT).doc("Wanted IFRAME width in px (at least 250)."),
            opt("IFRAME_HEIGHT", INT).doc("Wanted IFRAME height in px (at least 50)."),
            opt("HASH", STR).exact_chars(32).doc("Token for checking IFRAME calls, 32 characters."),
            opt("HIDDEN", YN).doc("Hide the app."),
        ])
        .result(INT),
    method("imbot.app.unregister", &["imbot"])
        .deprecated()
        .doc("Removes a chat app registered by this application.")
        .params(&[req("APP_ID", INT).doc("App to remove.")])
        .result(BOOL),
    method("imbot.app.update", &["imbot"])
        .deprecated()
        .doc("Changes a chat app's IFRAME, JS command, icon, context or titles.")
        .params(&[
            req("APP_ID", INT).doc("App to change."),
            req(
                "FIELDS",
                obj(&[
                    opt("IFRAME", STR).doc("New HTTPS URL of the IFRAME."),
                    opt("IFRAME_WIDTH", INT).doc("Wanted IFRAME width in px (at least 250)."),
                    opt("IFRAME_HEIGHT", INT).doc("Wanted IFRAME height in px (at least 50)."),
                    opt("JS_METHOD", APP_JS_METHOD).doc("JS command kind; wins over IFRAME fields when both are sent."),
                    opt("JS_PARAM", STR).doc("Argument of `JS_METHOD`."),
                    opt("HASH", STR).exact_chars(32).doc("Token for checking IFRAME calls, 32 characters."),
                    opt("ICON_FILE", FILE).doc("App icon, base64."),
                    opt("CONTEXT", APP_CONTEXT).doc("Chats the app shows in; a `-admin` suffix limits it to admins."),
                    opt("EXTRANET_SUPPORT", YN).doc("Also available to extranet users."),
                    opt("LIVECHAT_SUPPORT", YN).doc("Also available in live chat."),
                    opt("IFRAME_POPUP", YN).doc("Open the IFRAME as a movable window."),
                    opt("LANG", Ty::Array(&APP_LANG)).doc("Titles per language."),
                ])
                .rules(&[Rule::NotEmpty]),
            )
            // The portal reads every change from FIELDS (CIMRestService::appUpdate), as the
            // page's example sends them; the page's table lists them at the top level.
            .doc("What to change; at least one field."),
        ])
        .result(BOOL),
    // ----- bots (imbot.register / update / unregister / bot.list) -----
    method("imbot.bot.list", &["imbot"])
        .reads()
        .deprecated()
        .doc("Lists the portal's chat bots, keyed by bot ID.")
        .result(Ty::Either(&[Ty::Map(&OLD_BOT_ITEM), Ty::Array(&OLD_BOT_ITEM)])),
    method("imbot.register", &["imbot"])
        .deprecated()
        .doc("Creates a chat bot and binds its event handler URLs; returns the bot ID.")
        .rules(&[
            Rule::AnyOf(&["EVENT_MESSAGE_ADD", "EVENT_HANDLER"]),
            Rule::AnyOf(&["EVENT_WELCOME_MESSAGE", "EVENT_HANDLER"]),
            Rule::AnyOf(&["EVENT_BOT_DELETE", "EVENT_HANDLER"]),
        ])
        .params(&[
            req("CODE", STR).doc("Bot code, unique on the portal."),
            opt("TYPE", Ty::Enum(&["B", "O", "H", "S"])).doc("`B` plain bot, `O` open-line bot, `H` human-like (types first), `S` supervisor (reads everything)."),
            opt("OPENLINE", YN).doc("Open-line mode; forced to `Y` for `TYPE=O`."),
            opt("EVENT_HANDLER", STR).doc("One URL for all five events; stands in for the separate `EVENT_*` URLs."),
            opt("EVENT_MESSAGE_ADD", STR).doc("URL for ONIMBOTMESSAGEADD; needed unless `EVENT_HANDLER` is given."),
            opt("EVENT_MESSAGE_UPDATE", STR).doc("URL for ONIMBOTMESSAGEUPDATE."),
            opt("EVENT_MESSAGE_DELETE", STR).doc("URL for ONIMBOTMESSAGEDELETE."),
            opt("EVENT_WELCOME_MESSAGE", STR).doc("URL for ONIMBOTJOINCHAT; needed unless `EVENT_HANDLER` is given."),
            opt("EVENT_BOT_DELETE", STR).doc("URL for ONIMBOTDELETE; needed unless `EVENT_HANDLER` is given."),
            CLIENT_ID,
            req("PROPERTIES", obj(OLD_BOT_PROPERTIES).rules(&[Rule::AnyOf(&["NAME", "LAST_NAME"])])).doc("Bot profile; `NAME` or `LAST_NAME` is needed."),
        ])
        .result(INT),
    method("imbot.unregister", &["imbot"])
        .deprecated()
        .doc("Deletes a chat bot together with its personal chats.")
        .params(&[req("BOT_ID", INT).doc("Bot to delete."), CLIENT_ID])
        .result(BOOL),
    method("imbot.update", &["imbot"])
        .deprecated()
        // FIELDS must change something: CIMRestService::botUpdate (im_rest.php lines 4590-4854)
        // throws WRONG_REQUEST "Update fields can't be empty" when no field and no event handler
        // is given (4811-4815).
        .doc("Changes a chat bot's code, profile or event handler URLs (not its type).")
        .params(&[
            req("BOT_ID", INT).doc("Bot to change."),
            req("FIELDS", obj(&[
                opt("CODE", STR).doc("New bot code."),
                opt("EVENT_HANDLER", STR).doc("One URL for all five events."),
                opt("EVENT_MESSAGE_ADD", STR).doc("URL for ONIMBOTMESSAGEADD."),
                opt("EVENT_MESSAGE_UPDATE", STR).doc("URL for ONIMBOTMESSAGEUPDATE."),
                opt("EVENT_MESSAGE_DELETE", STR).doc("URL for ONIMBOTMESSAGEDELETE."),
                opt("EVENT_WELCOME_MESSAGE", STR).doc("URL for ONIMBOTJOINCHAT."),
                opt("EVENT_BOT_DELETE", STR).doc("URL for ONIMBOTDELETE."),
                opt("PROPERTIES", obj(OLD_BOT_PROPERTIES)).doc("Profile fields to change."),
            ]).rules(&[Rule::NotEmpty]))
            .doc("What to change; at least one field."),
            CLIENT_ID,
        ])
        .result(BOOL),
    // ----- chats (imbot.chat.*, imbot.dialog.get) -----
    method("imbot.chat.add", &["imbot"])
        .deprecated()
        .doc("Creates a group chat as the bot; returns the chat ID.")
        .params(&[
            opt("TYPE", Ty::Enum(&["OPEN", "CHAT"])).doc("`OPEN` open chat, `CHAT` closed chat (default)."),
            opt("TITLE", STR).doc("Chat title."),
            opt("DESCRIPTION", STR).doc("Chat description."),
            opt("COLOR", OLD_COLOR).doc("Chat color in the mobile app."),
            opt("MESSAGE", STR).doc("First message of the chat."),
            opt("USERS", INTS).doc("Members to add."),
            opt("AVATAR", FILE).doc("Chat avatar, base64 (up to 5000x5000)."),
            opt("ENTITY_TYPE", STR).doc("Your own object type to tie the chat to."),
            opt("ENTITY_ID", STR).doc("Your own object ID within `ENTITY_TYPE`."),
            OLD_BOT_ID,
            CLIENT_ID,
        ])
        .result(INT),
    method("imbot.chat.get", &["imbot"])
        .reads()
        .deprecated()
        .doc("Finds the chat tied to an `ENTITY_TYPE`/`ENTITY_ID` pair.")
        .params(&[
            req("ENTITY_TYPE", STR).doc("Object type given when the chat was created."),
            req("ENTITY_ID", STR).doc("Object ID given when the chat was created."),
        ])
        .result(obj(&[req("ID", INT).doc("Chat ID.")])),
    method("imbot.chat.leave", &["imbot"])
        .deprecated()
        .doc("Makes the bot leave a chat.")
        .params(&[req("CHAT_ID", INT).doc("Chat to leave."), OLD_BOT_ID, CLIENT_ID])
        .result(BOOL),
    method("imbot.chat.sendTyping", &["imbot"])
        .deprecated()
        .doc("Shows \"bot is typing\" in a dialog.")
        .params(&[OLD_BOT_ID, req("DIALOG_ID", STR).doc("User ID or `chat<ID>`."), CLIENT_ID])
        .result(BOOL),
    method("imbot.chat.setManager", &["imbot"])
        .deprecated()
        .doc("Grants or revokes a chat member's admin rights.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat."),
            req("USER_ID", INT).doc("Member whose rights change."),
            opt("IS_MANAGER", YN).doc("`Y` grant (default), `N` revoke."),
            OLD_BOT_ID,
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.chat.setOwner", &["imbot"])
        .deprecated()
        .doc("Hands a chat over to a new owner.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat."),
            req("USER_ID", INT).doc("New owner; must be a member."),
            OLD_BOT_ID,
            opt("CLIENT_ID", STR).doc("App key for calls without `clientId` in the auth (webhooks)."),
        ])
        .result(BOOL),
    method("imbot.chat.updateAvatar", &["imbot"])
        .deprecated()
        .doc("Sets a chat's avatar.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat."),
            req("AVATAR", FILE).doc("Image, base64 (up to 5000x5000)."),
            OLD_BOT_ID,
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.chat.updateColor", &["imbot"])
        .deprecated()
        .doc("Sets a chat's color in the mobile app.")
        .params(&[req("CHAT_ID", INT).doc("Chat."), req("COLOR", OLD_COLOR).doc("New color."), OLD_BOT_ID, CLIENT_ID])
        .result(BOOL),
    method("imbot.chat.updateTitle", &["imbot"])
        .deprecated()
        .doc("Renames a chat.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat."),
            req("TITLE", STR).doc("New title; surrounding whitespace is trimmed."),
            OLD_BOT_ID,
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.chat.user.add", &["imbot"])
        .deprecated()
        .doc("Adds users to a chat.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat."),
            req("USERS", INTS).doc("Users to add."),
            opt("HIDE_HISTORY", YN).doc("Hide earlier history from them (default `Y`)."),
            OLD_BOT_ID,
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.chat.user.delete", &["imbot"])
        .deprecated()
        .doc("Removes a user from a chat.")
        .params(&[req("CHAT_ID", INT).doc("Chat."), req("USER_ID", INT).doc("Member to remove."), OLD_BOT_ID, CLIENT_ID])
        .result(BOOL),
    method("imbot.chat.user.list", &["imbot"])
        .reads()
        .deprecated()
        .doc("Lists the user IDs of a chat's members.")
        .params(&[req("CHAT_ID", INT).doc("Chat."), OLD_BOT_ID, CLIENT_ID])
        .result(INTS),
    method("imbot.dialog.get", &["imbot"])
        .reads()
        .deprecated()
        .doc("Returns the data of a chat or personal dialog.")
        .params(&[req("DIALOG_ID", STR).doc("User ID (personal dialog) or `chat<ID>`.")])
        .result(OLD_DIALOG),
    // ----- commands (imbot.command.*) -----
    method("imbot.command.answer", &["imbot"])
        .deprecated()
        .doc("Posts the bot's reply to a command call; returns the message ID.")
        .rules(&[Rule::AnyOf(&["COMMAND_ID", "COMMAND"])])
        .params(&[
            opt("COMMAND_ID", INT).doc("Command answered; or give `COMMAND`."),
            opt("COMMAND", STR).doc("Command text; or give `COMMAND_ID`."),
            req("MESSAGE_ID", INT).doc("Message that called the command (from ONIMCOMMANDADD)."),
            opt("MESSAGE", STR).doc("Reply text."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich attachment."),
            opt("KEYBOARD", KEYBOARD).doc("Buttons under the reply."),
            opt("MENU", MENU).doc("Context-menu items of the reply."),
            opt("SYSTEM", YN).doc("Send as a system message (default `N`)."),
            opt("URL_PREVIEW", YN).doc("Turn links in `MESSAGE` into rich links (default `Y`)."),
            CLIENT_ID,
        ])
        .result(INT),
    method("imbot.command.register", &["imbot"])
        .deprecated()
        .doc("Adds a slash command to a bot; returns the command ID.")
        .params(&[
            req("BOT_ID", INT).doc("Bot that gets the command."),
            req("COMMAND", STR).doc("Command word, Latin letters and digits."),
            req("EVENT_COMMAND_ADD", STR).doc("URL for ONIMCOMMANDADD."),
            req("LANG", Ty::Array(&COMMAND_LANG)).doc("Title and params hint per language."),
            opt("COMMON", YN).doc("`Y` usable in any chat, `N` only where the bot is (default)."),
            opt("HIDDEN", YN).doc("Hide from the command list (default `N`)."),
            opt("EXTRANET_SUPPORT", YN).doc("Usable by extranet users (default `N`)."),
            CLIENT_ID,
        ])
        .result(INT),
    method("imbot.command.unregister", &["imbot"])
        .deprecated()
        .doc("Removes a bot command.")
        .params(&[req("COMMAND_ID", INT).doc("Command to remove."), CLIENT_ID])
        .result(BOOL),
    method("imbot.command.update", &["imbot"])
        .deprecated()
        .doc("Changes a bot command.")
        .params(&[
            req("COMMAND_ID", INT).doc("Command to change."),
            req("FIELDS", obj(&[
                opt("COMMAND", STR).doc("New command word."),
                opt("EVENT_COMMAND_ADD", STR).doc("New URL for ONIMCOMMANDADD."),
                opt("HIDDEN", YN).doc("Hide from the command list."),
                opt("EXTRANET_SUPPORT", YN).doc("Usable by extranet users."),
                opt("LANG", Ty::Array(&COMMAND_LANG)).doc("Title and params hint per language."),
            ]).rules(&[Rule::NotEmpty]))
            .doc("What to change; at least one field."),
            CLIENT_ID,
        ])
        .result(BOOL),
    // ----- messages (imbot.message.*) -----
    method("imbot.message.add", &["imbot"])
        .deprecated()
        .doc("Sends a message as the bot; returns the message ID.")
        // DIALOG_ID, or FROM_USER_ID and TO_USER_ID together: the portal's
        // CIMRestService::botMessageAdd (im/classes/general/im_rest.php, lines 4856-5026 of the
        // newest copy in the code index) sends a system message when both user IDs are given
        // (4905-4909) and otherwise needs a valid DIALOG_ID (4913-4916); TO_USER_ID alone is
        // refused as DIALOG_ID_EMPTY. MESSAGE is always needed (4920-4923), ATTACH or not.
        .rules(&[Rule::AnyOf(&["DIALOG_ID", "TO_USER_ID"]), Rule::AnyOf(&["DIALOG_ID", "FROM_USER_ID"])])
        .params(&[
            OLD_BOT_ID,
            opt("DIALOG_ID", STR).doc("User ID or `chat<ID>`; needed unless `FROM_USER_ID` + `TO_USER_ID` are given."),
            opt("FROM_USER_ID", INT).doc("Sender of a private system message (with `TO_USER_ID`)."),
            opt("TO_USER_ID", INT).doc("Recipient of a private system message (with `FROM_USER_ID`)."),
            req("MESSAGE", STR).doc("Message text; surrounding whitespace is trimmed."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich attachment."),
            opt("KEYBOARD", KEYBOARD).doc("Buttons under the message."),
            opt("MENU", MENU).doc("Context-menu items of the message."),
            opt("SYSTEM", YN).doc("Send as a system message (default `N`)."),
            opt("URL_PREVIEW", YN).doc("Turn links into rich links (default `Y`)."),
            opt("SKIP_CONNECTOR", YN).doc("Do not pass the message to open-line connectors (default `N`)."),
            CLIENT_ID,
        ])
        .result(INT),
    method("imbot.message.delete", &["imbot"])
        .deprecated()
        .doc("Deletes a bot message.")
        .params(&[
            OLD_BOT_ID,
            req("MESSAGE_ID", INT).doc("Message to delete."),
            opt("COMPLETE", YN).doc("`Y` erase without a trace, `N` leave a deletion mark (default)."),
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.message.like", &["imbot"])
        .deprecated()
        .doc("Sets, removes or toggles the bot's like on a message.")
        .params(&[
            OLD_BOT_ID,
            req("MESSAGE_ID", INT).doc("Message in a chat the bot is in."),
            opt("ACTION", Ty::Enum(&["auto", "plus", "minus"])).doc("`plus` like, `minus` unlike, `auto` toggle (default)."),
            CLIENT_ID,
        ])
        .result(BOOL),
    method("imbot.message.update", &["imbot"])
        .deprecated()
        .doc("Edits a bot message.")
        .params(&[
            OLD_BOT_ID,
            req("MESSAGE_ID", INT).doc("Message to edit."),
            opt("MESSAGE", STR).doc("New text; omitted keeps it, empty deletes the message."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("New attachment; `N` removes it."),
            opt("KEYBOARD", KEYBOARD).doc("New buttons; `N` removes them."),
            opt("MENU", MENU).doc("New context-menu items; `N` removes them."),
            opt("URL_PREVIEW", YN).doc("Turn links into rich links (default `Y`)."),
            opt("SKIP_CONNECTOR", YN).doc("Do not pass the edit to open-line connectors (default `N`)."),
            CLIENT_ID,
        ])
        .result(BOOL),
    // ----- imbot.v2: bots -----
    method("imbot.v2.Bot.get", &["imbot"])
        .reads()
        .doc("Returns a bot by ID or code (full details only to the owning app).")
        .rules(&[Rule::AnyOf(&["botId", "code"])])
        .params(&[opt("botId", INT).doc("Bot ID; or give `code`."), opt("code", STR).doc("Bot code; or give `botId`."), BOT_TOKEN])
        .result(obj(&[req("bot", V2_BOT), req("users", Ty::Array(&V2_USER))])),
    method("imbot.v2.Bot.list", &["imbot"])
        .reads()
        .doc("Lists this application's bots, a page at a time.")
        .params(&[
            BOT_TOKEN,
            opt("filter", obj(&[opt("type", V2_BOT_TYPE).doc("Only bots of this type.")])).doc("Filter."),
            opt("limit", INT).doc("Page size (default 50)."),
            opt("offset", INT).doc("Bots to skip (default 0)."),
        ])
        .result(obj(&[
            req("bots", Ty::Array(&V2_BOT)),
            req("users", Ty::Array(&V2_USER)),
            req("hasNextPage", BOOL),
        ]))
        .paging(Paging::offset("offset", "limit", 50, "bots", End::Flag("hasNextPage"))),
    method("imbot.v2.Bot.register", &["imbot"])
        .doc("Registers a bot, or returns the existing one with the same code. A bot of an app gets no events until the app's installation is finished (an app with a UI calls `BX24.installFinish()` on its setup page).")
        .params(&[req("fields", obj(&[
            req("code", STR).doc("Bot code, unique within the application."),
            opt("botToken", STR).max_chars(40).doc("Token to tie to the bot for webhook calls (at most 40 characters)."),
            req("properties", obj(&[
                req("name", STR).doc("Name shown in chats."),
                opt("lastName", STR).doc("Last name."),
                opt("workPosition", STR).doc("Position shown in the profile."),
                opt("color", V2_COLOR).doc("Avatar color; picked automatically if omitted."),
                opt("gender", Ty::Enum(&["M", "F"])).doc("`M` or `F`."),
                opt("avatar", FILE).doc("Avatar, base64 without a `data:` prefix."),
            ]))
            .doc("Bot profile."),
            opt("type", V2_BOT_TYPE).doc("Bot type (default `bot`)."),
            opt("eventMode", V2_EVENT_MODE).doc("`fetch` (poll with Event.get, default) or `webhook`."),
            opt("webhookUrl", STR).doc("Event handler URL; needed for `eventMode=webhook`."),
            opt("isHidden", BOOL).doc("Hide from the contact list (default false)."),
            opt("isReactionsEnabled", BOOL).doc("Allow reactions (default true)."),
            opt("isSupportOpenline", BOOL).doc("Work in open lines (default false)."),
            opt("backgroundId", V2_BACKGROUND).doc("Chat background; omitted uses the user's own."),
        ]))
        .doc("Bot settings.")])
        .result(obj(&[req("bot", V2_BOT), req("users", Ty::Array(&V2_USER))])),
    method("imbot.v2.Bot.unregister", &["imbot"])
        .doc("Deletes a bot and its event subscriptions.")
        .params(&[BOT_ID, BOT_TOKEN])
        .result(V2_DONE),
    method("imbot.v2.Bot.update", &["imbot"])
        .doc("Changes a bot's profile, settings, event delivery or token.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("fields", obj(&[
                opt("properties", obj(&[
                    opt("name", STR).doc("Name."),
                    opt("lastName", STR).doc("Last name."),
                    opt("workPosition", STR).doc("Position shown in the profile."),
                    opt("color", V2_COLOR).doc("Avatar color."),
                    opt("gender", Ty::Enum(&["M", "F"])).doc("`M` or `F`."),
                    opt("avatar", FILE).doc("Avatar, base64 without a `data:` prefix."),
                ]))
                .doc("Profile fields to change."),
                opt("isHidden", BOOL).doc("Hide from the contact list."),
                opt("isReactionsEnabled", BOOL).doc("Allow reactions."),
                opt("isSupportOpenline", BOOL).doc("Work in open lines."),
                opt("backgroundId", V2_BACKGROUND).doc("Chat background; null resets to the user's own."),
                opt("eventMode", V2_EVENT_MODE).doc("`fetch` or `webhook`."),
                opt("webhookUrl", STR).doc("Event handler URL for `webhook` mode."),
                opt("botToken", STR).max_chars(40).doc("New token (rotation); the call itself authenticates with the old one."),
            ]))
            .doc("What to change."),
        ])
        .result(obj(&[req("bot", V2_BOT), req("users", Ty::Array(&V2_USER))])),
    // ----- imbot.v2: chats -----
    method("imbot.v2.Chat.add", &["imbot"])
        .doc("Creates a group chat as the bot (the bot owns it unless `ownerId` is given).")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            opt("fields", obj(&[
                opt("title", STR).doc("Chat title."),
                opt("description", STR).doc("Chat description."),
                opt("color", V2_COLOR).doc("Chat color; picked automatically if omitted."),
                opt("avatar", FILE).doc("Chat avatar, base64."),
                opt("userIds", INTS).doc("Members to add."),
                opt("ownerId", INT).doc("Owner; the bot if omitted."),
                opt("message", STR).doc("First message of the chat."),
            ]))
            .doc("Chat settings."),
        ])
        .result(obj(&[req("chat", V2_CHAT), req("users", Ty::Array(&V2_USER))])),
    method("imbot.v2.Chat.get", &["imbot"])
        .reads()
        .doc("Returns a chat the bot is a member of.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID])
        .result(obj(&[req("chat", V2_CHAT)])),
    method("imbot.v2.Chat.leave", &["imbot"])
        .doc("Makes the bot leave a chat.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID])
        .result(V2_DONE),
    method("imbot.v2.Chat.setOwner", &["imbot"])
        .doc("Hands a chat the bot owns over to another user.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, req("userId", INT).doc("New owner.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.update", &["imbot"])
        .doc("Changes a chat's title, description, color or avatar.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            DIALOG_ID,
            req("fields", obj(&[
                opt("title", STR).doc("New title."),
                opt("description", STR).doc("New description."),
                opt("color", V2_COLOR).doc("New color."),
                opt("avatar", FILE).doc("New avatar, base64."),
            ]))
            .doc("What to change."),
        ])
        .result(V2_DONE),
    method("imbot.v2.Chat.Manager.add", &["imbot"])
        .doc("Makes chat members managers; the bot must own the chat.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, req("userIds", INTS).doc("Members to promote; non-members are skipped.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.Manager.delete", &["imbot"])
        .doc("Takes the manager role from chat members; the bot must own the chat.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, req("userIds", INTS).doc("Managers to demote.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.User.add", &["imbot"])
        .doc("Adds users to a chat the bot administers.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, req("userIds", INTS).doc("Users to add; unknown or inactive ones are skipped.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.User.delete", &["imbot"])
        .doc("Removes a user from a chat the bot administers (true also if not a member).")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, req("userId", INT).doc("Member to remove.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.User.list", &["imbot"])
        .reads()
        .doc("Lists a chat's members.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            DIALOG_ID,
            opt("order", obj(&[
                opt("id", SORT).doc("By membership record ID."),
                opt("lastSendMessageId", SORT).doc("By the member's last message."),
                opt("userId", SORT).doc("By user ID."),
            ]))
            .doc("Sort order, e.g. `{\"id\": \"ASC\"}`."),
            opt("limit", INT).range(1, 200).doc("How many, 1 to 200 (default 50)."),
        ])
        .result(Ty::Array(&V2_USER)),
    // ----- imbot.v2: messages -----
    method("imbot.v2.Chat.Message.send", &["imbot"])
        .doc("Sends a message as the bot; returns its ID.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            DIALOG_ID,
            opt("fields", obj(&[
                opt("message", STR).max_chars(MESSAGE_MAX_CHARS).doc("Text, at most 20,000 characters (the portal would cut a longer one)."),
                opt("attach", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich attachment."),
                opt("keyboard", KEYBOARD).doc("Buttons under the message."),
                opt("system", BOOL).doc("Send as a system message (default false)."),
                opt("urlPreview", BOOL).doc("Show link previews (default true)."),
                opt("replyId", INT).doc("Message this one replies to."),
                opt("templateId", STR).doc("UUID of the message template."),
                opt("forwardIds", Ty::Map(&INT)).max_items(100).doc("Messages to forward as `{uuid: messageId}` (at most 100)."),
            ]))
            .doc("Message content; text or an attachment is needed."),
        ])
        .result(obj(&[
            req("id", INT).doc("ID of the sent message."),
            opt("uuidMap", Ty::Either(&[Ty::Map(&INT), Ty::Array(&ANY)])).doc("New IDs of forwarded messages by UUID."),
        ])),
    method("imbot.v2.Chat.Message.update", &["imbot"])
        .doc("Edits one of the bot's own messages.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("messageId", INT).doc("Message to edit."),
            req("fields", obj(&[
                opt("message", STR).max_chars(MESSAGE_MAX_CHARS).doc("New text, at most 20,000 characters."),
                opt("attach", ATTACH).max_json(ATTACH_MAX_JSON).doc("New attachment."),
                opt("keyboard", KEYBOARD).doc("New buttons; `N` removes them."),
                opt("urlPreview", YN).doc("Show link previews (default `Y`)."),
            ]))
            .doc("What to change."),
        ])
        .result(V2_DONE),
    method("imbot.v2.Chat.Message.delete", &["imbot"])
        .doc("Deletes a bot message (any message if the bot administers the chat).")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("messageId", INT).doc("Message to delete."),
            opt("complete", BOOL).doc("Erase from the database instead of a soft delete (default false)."),
        ])
        .result(V2_DONE),
    method("imbot.v2.Chat.Message.get", &["imbot"])
        .reads()
        .doc("Returns a message and its author (supervisor and personal bots only).")
        .params(&[BOT_ID, BOT_TOKEN, req("messageId", INT).doc("Message to read.")])
        .result(obj(&[req("message", V2_MESSAGE), req("user", V2_USER)])),
    method("imbot.v2.Chat.Message.getContext", &["imbot"])
        .reads()
        .doc("Returns the messages around a message (supervisor and personal bots only).")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("messageId", INT).doc("Message in the middle of the window."),
            opt("range", INT).range(1, 50).doc("Messages on each side, 1 to 50 (default 50)."),
        ])
        .result(obj(&[
            req("messages", Ty::Array(&V2_MESSAGE)).doc("Oldest first."),
            req("users", Ty::Array(&V2_USER)).doc("Authors of the messages."),
            req("hasPrevPage", BOOL),
            req("hasNextPage", BOOL),
        ])),
    method("imbot.v2.Chat.Message.read", &["imbot"])
        .doc("Marks a dialog's messages read for the bot, up to a message or all.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, opt("messageId", INT).doc("Last message to mark; all if omitted.")])
        .result(obj(&[
            req("chatId", INT),
            req("lastId", INT).doc("Last message marked read."),
            req("counter", INT).doc("Unread messages left."),
            req("viewedMessages", INTS).doc("Messages marked read now."),
        ])),
    method("imbot.v2.Chat.Message.Reaction.add", &["imbot"])
        .doc("Puts the bot's reaction on a message.")
        .params(&[BOT_ID, BOT_TOKEN, req("messageId", INT).doc("Message to react to."), req("reaction", REACTION).doc("Reaction code.")])
        .result(V2_DONE),
    method("imbot.v2.Chat.Message.Reaction.delete", &["imbot"])
        .doc("Takes the bot's reaction off a message.")
        .params(&[BOT_ID, BOT_TOKEN, req("messageId", INT).doc("Message."), req("reaction", REACTION).doc("Reaction code to remove.")])
        .result(V2_DONE),
    // ----- imbot.v2: chat UI -----
    method("imbot.v2.Chat.InputAction.notify", &["imbot"])
        .doc("Shows a \"bot is typing\" (or another activity) indicator in a dialog.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            DIALOG_ID,
            opt("statusMessageCode", Ty::Enum(&[
                "IMBOT_AGENT_ACTION_THINKING",
                "IMBOT_AGENT_ACTION_SEARCHING",
                "IMBOT_AGENT_ACTION_GENERATING",
                "IMBOT_AGENT_ACTION_ANALYZING",
                "IMBOT_AGENT_ACTION_PROCESSING",
                "IMBOT_AGENT_ACTION_TRANSLATING",
                "IMBOT_AGENT_ACTION_CONNECTING",
                "IMBOT_AGENT_ACTION_CHECKING",
                "IMBOT_AGENT_ACTION_CALCULATING",
                "IMBOT_AGENT_ACTION_READING_DOCS",
                "IMBOT_AGENT_ACTION_COMPOSING",
            ]))
            .doc("Activity shown; plain typing if omitted."),
            opt("duration", INT).range(1, 600).doc("Seconds to show it, 1 to 600."),
        ])
        .result(V2_DONE),
    method("imbot.v2.Chat.TextField.enabled", &["imbot"])
        .doc("Turns a dialog's text input on or off.")
        .params(&[BOT_ID, BOT_TOKEN, DIALOG_ID, opt("enabled", BOOL).doc("true on (default), false off.")])
        .result(V2_DONE),
    // ----- imbot.v2: commands -----
    method("imbot.v2.Command.answer", &["imbot"])
        .doc("Replies to a slash command call, even in a chat the bot is not in.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("commandId", INT).doc("Command called."),
            req("messageId", INT).doc("Message that called it."),
            DIALOG_ID,
            opt("fields", obj(&[
                opt("message", STR).max_chars(MESSAGE_MAX_CHARS).doc("Reply text, at most 20,000 characters."),
                opt("attach", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich attachment."),
                opt("keyboard", KEYBOARD).doc("Buttons under the reply."),
                opt("system", BOOL).doc("Send as a system message (default false)."),
                opt("urlPreview", BOOL).doc("Show link previews (default true)."),
            ]))
            .doc("Reply content."),
        ])
        .result(V2_DONE),
    method("imbot.v2.Command.list", &["imbot"])
        .reads()
        .doc("Lists a bot's slash commands.")
        .params(&[BOT_ID, BOT_TOKEN])
        .result(obj(&[req("commands", Ty::Array(&V2_COMMAND))])),
    method("imbot.v2.Command.register", &["imbot"])
        .doc("Adds a slash command to a bot, or returns the existing one with the same word.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("fields", obj(&[
                req("command", STR).doc("Command word without `/`."),
                opt("title", Ty::Map(&STR)).doc("Title per language code, e.g. `{\"en\": \"Help\"}`; needed unless hidden."),
                opt("params", Ty::Map(&STR)).doc("Params hint per language code."),
                opt("common", BOOL).doc("Usable in any chat, not only where the bot is (default false)."),
                opt("hidden", BOOL).doc("Hide from the command list (default false)."),
                opt("extranetSupport", BOOL).doc("Usable by extranet users (default false)."),
            ]))
            .doc("Command settings."),
        ])
        .result(obj(&[req("command", V2_COMMAND)])),
    method("imbot.v2.Command.unregister", &["imbot"])
        .doc("Removes a bot's slash command.")
        .params(&[BOT_ID, BOT_TOKEN, req("commandId", INT).doc("Command to remove.")])
        .result(V2_DONE),
    method("imbot.v2.Command.update", &["imbot"])
        .doc("Changes a bot's slash command.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            req("commandId", INT).doc("Command to change."),
            req("fields", obj(&[
                opt("command", STR).doc("New command word without `/`."),
                opt("title", DICT).doc("Titles per language code; a null value removes that language."),
                opt("params", DICT).doc("Params hints per language code; a null value removes that language."),
                opt("common", BOOL).doc("Usable in any chat."),
                opt("hidden", BOOL).doc("Hide from the command list."),
                opt("extranetSupport", BOOL).doc("Usable by extranet users."),
            ]))
            .doc("What to change."),
        ])
        .result(obj(&[req("command", V2_COMMAND)])),
    // ----- imbot.v2: events, files, revision -----
    method("imbot.v2.Event.get", &["imbot"])
        .doc("Fetches queued events of a `fetch`-mode bot, confirming those before `offset`.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            opt("offset", INT).doc("Confirms (drops) events with lower IDs; omit on the first call."),
            opt("limit", INT).range(1, 1000).doc("At most this many events, 1 to 1000 (default 100)."),
            opt("withUserEvents", BOOL).doc("Also return the user's ONIMV2* events (needs the `im` scope)."),
        ])
        .result(obj(&[
            req("events", Ty::Array(&obj(&[
                req("eventId", INT).doc("Event ID; pass on as `offset` to confirm."),
                req("type", STR).doc("Event name, e.g. `ONIMBOTV2MESSAGEADD`."),
                req("date", DATE),
                req("data", DICT).doc("Event payload; its shape depends on `type`."),
            ]))),
            req("nextOffset", INT).doc("`offset` for the next call."),
            req("hasMore", BOOL).doc("More events are waiting."),
        ]))
        .paging(Paging::cursor("offset", CursorFrom::Result("nextOffset"), "limit", 1000, "events", End::Flag("hasMore"))),
    method("imbot.v2.File.download", &["imbot"])
        .doc("Returns a one-time download link for a chat file.")
        .params(&[BOT_ID, BOT_TOKEN, req("fileId", INT).doc("File ID on Drive.")])
        .result(obj(&[req("downloadUrl", STR).doc("One-time link with a token in it.")])),
    method("imbot.v2.File.upload", &["imbot"])
        .doc("Uploads a file into a chat as the bot and posts it in a message.")
        .params(&[
            BOT_ID,
            BOT_TOKEN,
            DIALOG_ID,
            req("fields", obj(&[
                req("name", STR).doc("File name with extension."),
                req("content", STR).doc("File content, base64 without a `data:` prefix (file up to 100 MB)."),
                opt("message", STR).doc("Text posted with the file."),
            ]))
            .doc("The file and its message."),
        ])
        .result(obj(&[
            req("file", V2_FILE),
            req("messageId", INT).doc("Message carrying the file."),
            req("chatId", INT),
            req("dialogId", STR),
        ])),
    method("imbot.v2.Revision.get", &["imbot"])
        .reads()
        .doc("Returns the messenger's API and client protocol revisions, for feature checks.")
        .result(obj(&[
            req("rest", INT).doc("Server REST API revision."),
            req("web", INT).doc("Web client protocol revision."),
            req("mobile", INT).doc("Mobile client protocol revision."),
            req("desktop", INT).doc("Desktop app protocol revision."),
        ])),
];

// ----- shared params of the classic methods -----

/// `CLIENT_ID` of the classic methods (webhook calls only).
const CLIENT_ID: Param =
    opt("CLIENT_ID", STR).doc("Key tying the bot to a webhook; needed only with webhook auth.");

/// Optional `BOT_ID` of the classic chat and message methods.
const OLD_BOT_ID: Param = opt("BOT_ID", INT).doc("Bot to act as; the app's first bot if omitted.");

/// Chat colors of the classic methods.
const OLD_COLOR: Ty = Ty::Enum(&[
    "RED",
    "GREEN",
    "MINT",
    "LIGHT_BLUE",
    "DARK_BLUE",
    "PURPLE",
    "AQUA",
    "PINK",
    "LIME",
    "BROWN",
    "AZURE",
    "KHAKI",
    "SAND",
    "MARENGO",
    "GRAY",
    "GRAPHITE",
]);

/// The profile of a classic bot (`PROPERTIES` of `imbot.register`/`imbot.update`).
const OLD_BOT_PROPERTIES: &[Param] = &[
    opt("NAME", STR).doc("First name; this or `LAST_NAME` must be non-empty."),
    opt("LAST_NAME", STR).doc("Last name; this or `NAME` must be non-empty."),
    opt("COLOR", OLD_COLOR).doc("Color in the mobile app."),
    opt("EMAIL", STR).doc("Contact email; must not be a real user's email."),
    opt("PERSONAL_BIRTHDAY", STR).doc("Birthday, `YYYY-MM-DD`."),
    opt("WORK_POSITION", STR).doc("Position or short description."),
    opt("PERSONAL_WWW", STR).doc("Website."),
    opt("PERSONAL_GENDER", Ty::Enum(&["M", "F"])).doc("`M` or `F`."),
    opt("PERSONAL_PHOTO", FILE).doc("Avatar, base64 (up to 5000x5000)."),
];

/// One bot of `imbot.bot.list`.
const OLD_BOT_ITEM: Ty = obj(&[
    req("ID", INT),
    req("NAME", STR),
    req("CODE", STR),
    req("OPENLINE", YN).doc("Works in open lines."),
]);

/// One language of a classic command (`LANG` of `imbot.command.register`/`update`).
const COMMAND_LANG: Ty = obj(&[
    req("LANGUAGE_ID", STR).doc("Language, e.g. `en`."),
    req("TITLE", STR).doc("Command title in that language."),
    opt("PARAMS", STR).doc("Params hint in that language."),
]);

/// One language of a chat app (`LANG` of `imbot.app.register`/`update`).
const APP_LANG: Ty = obj(&[
    opt("LANGUAGE_ID", STR).doc("Language, e.g. `en`."),
    opt("TITLE", STR).doc("Button or command title."),
    opt("DESCRIPTION", STR).doc("Description."),
    opt("COPYRIGHT", STR).doc("Copyright line (IFRAME apps)."),
]);

/// What a chat app's JS command does.
const APP_JS_METHOD: Ty = Ty::Enum(&["PUT", "SEND", "CALL", "SUPPORT"]);

/// Where a chat app is offered; `-admin` limits it to portal admins.
const APP_CONTEXT: Ty = Ty::Enum(&[
    "ALL",
    "USER",
    "CHAT",
    "BOT",
    "LINES",
    "CALL",
    "ALL-admin",
    "USER-admin",
    "CHAT-admin",
    "BOT-admin",
    "LINES-admin",
    "CALL-admin",
]);

/// A viewer of a message in `imbot.dialog.get`.
const OLD_VIEWER: Ty = obj(&[
    req("user_id", INT),
    req("user_name", STR),
    req("date", DATE),
]);

/// The chat data of `imbot.dialog.get`.
const OLD_DIALOG: Ty = obj(&[
    req("id", INT),
    req("dialog_id", STR),
    req("name", STR),
    req("type", STR).doc("`chat`, `open`, `private`, ..."),
    req("owner", INT),
    opt("parent_chat_id", INT),
    opt("parent_message_id", INT),
    opt("description", STR),
    opt("extranet", BOOL),
    opt("avatar", STR).doc("Avatar URL, or empty."),
    opt("color", STR).doc("HEX color."),
    opt("counter", INT),
    opt("user_counter", INT),
    opt("message_count", INT),
    opt("unread_id", INT),
    opt("restrictions", Ty::Map(&BOOL))
        .doc("What may be done in the chat (avatar, rename, call, ...)."),
    opt("last_message_id", INT),
    opt("last_id", INT),
    opt("marked_id", INT),
    opt("disk_folder_id", INT),
    opt("entity_type", STR),
    opt("entity_id", STR),
    opt("entity_data_1", STR),
    opt("entity_data_2", STR),
    opt("entity_data_3", STR),
    opt("mute_list", Ty::Either(&[INTS, DICT])),
    opt("date_create", DATE),
    opt("message_type", STR),
    opt("public", Ty::Either(&[DICT, STR])),
    opt("role", STR).doc("Your role: `owner`, `manager`, `member`, ..."),
    opt(
        "entity_link",
        obj(&[opt("type", STR), opt("url", STR), opt("id", STR)]),
    ),
    opt("text_field_enabled", BOOL),
    opt("background_id", STR),
    opt("permissions", Ty::Map(&STR)).doc("Minimum role for each action."),
    opt("is_new", BOOL),
    opt(
        "readed_list",
        Ty::Array(&obj(&[
            req("user_id", INT),
            req("user_name", STR),
            req("message_id", INT),
            req("date", DATE),
        ])),
    ),
    opt("manager_list", INTS),
    opt(
        "last_message_views",
        obj(&[
            req("message_id", INT),
            req("first_viewers", Ty::Array(&OLD_VIEWER)),
            req("count_of_viewers", INT),
        ]),
    ),
]);

// ----- shared params and objects of imbot.v2 -----

/// `botId` of the v2 bot calls.
const BOT_ID: Param = req("botId", INT).doc("Bot to act as.");

/// `botToken` of the v2 bot calls.
const BOT_TOKEN: Param =
    opt("botToken", STR).doc("The bot's token; needed with webhook auth, not with OAuth.");

/// `dialogId` of the v2 chat calls.
const DIALOG_ID: Param =
    req("dialogId", STR).doc("`chat<ID>` for a group chat, the user ID for a personal one.");

const V2_BOT_TYPE: Ty = Ty::Enum(&["bot", "network", "openline", "supervisor", "personal"]);

const V2_EVENT_MODE: Ty = Ty::Enum(&["fetch", "webhook"]);

/// Chat and avatar colors of imbot.v2.
const V2_COLOR: Ty = Ty::Enum(&[
    "red",
    "green",
    "mint",
    "lightBlue",
    "darkBlue",
    "purple",
    "aqua",
    "pink",
    "lime",
    "brown",
    "azure",
    "khaki",
    "sand",
    "marengo",
    "gray",
    "graphite",
]);

/// Chat backgrounds of imbot.v2 bots.
const V2_BACKGROUND: Ty = Ty::Enum(&[
    "azure",
    "mint",
    "steel",
    "slate",
    "teal",
    "cornflower",
    "sky",
    "peach",
    "frost",
]);

const SORT: Ty = Ty::Enum(&["ASC", "DESC"]);

/// Reaction codes of `imbot.v2.Chat.Message.Reaction.*`.
const REACTION: Ty = Ty::Enum(&[
    "like",
    "dislike",
    "faceWithTearsOfJoy",
    "redHeart",
    "neutralFace",
    "fire",
    "cry",
    "slightlySmilingFace",
    "winkingFace",
    "laugh",
    "kiss",
    "wonder",
    "slightlyFrowningFace",
    "loudlyCryingFace",
    "faceWithStuckOutTongue",
    "faceWithStuckOutTongueAndWinkingEye",
    "smilingFaceWithSunglasses",
    "confusedFace",
    "flushedFace",
    "thinkingFace",
    "angry",
    "smilingFaceWithHorns",
    "faceWithThermometer",
    "facepalm",
    "poo",
    "flexedBiceps",
    "clappingHands",
    "raisedHand",
    "smilingFaceWithHeartEyes",
    "smilingFaceWithHearts",
    "pleadingFace",
    "relievedFace",
    "foldedHands",
    "okHand",
    "signHorns",
    "loveYouGesture",
    "clownFace",
    "partyingFace",
    "questionMark",
    "exclamationMark",
    "lightBulb",
    "bomb",
    "sleepingSymbol",
    "crossMark",
    "whiteHeavyCheckMark",
    "eyes",
    "handshake",
    "hundredPoints",
]);

/// `{"result": true}`: the answer of most v2 writes.
const V2_DONE: Ty = obj(&[req("result", BOOL)]);

/// An ISO 8601 date, or `false` when there is none.
const DATE_OR_FALSE: Ty = Ty::Either(&[DATE, BOOL]);

/// A user (`User` of the v2 objects); the short form has only the required fields.
const V2_USER: Ty = obj(&[
    req("id", INT),
    req("active", BOOL),
    req("name", STR).doc("Full name."),
    req("bot", BOOL),
    req("type", STR).doc("`employee`, `extranet`, `email`, `collaber` or `bot`."),
    opt("firstName", STR),
    opt("lastName", STR),
    opt("workPosition", STR),
    opt("color", STR).doc("Placeholder color, HEX."),
    opt("avatar", STR).doc("Avatar URL, or empty."),
    opt("gender", STR).doc("`M` or `F`."),
    opt("birthday", STR).doc("Birthday, or empty."),
    opt("extranet", BOOL),
    opt("connector", BOOL).doc("An open-line connector user."),
    opt("externalAuthId", STR),
    opt("status", STR).doc("`online`, `dnd`, ..."),
    opt("idle", DATE_OR_FALSE),
    opt("lastActivityDate", DATE_OR_FALSE),
    opt("mobileLastDate", DATE_OR_FALSE),
    opt("desktopLastDate", DATE_OR_FALSE),
    opt("absent", DATE_OR_FALSE),
    opt("departments", INTS),
    opt("phones", Ty::Either(&[DICT, BOOL])).doc("Phone numbers, or false."),
    opt("website", STR),
    opt("email", STR),
]);

/// A bot (`Bot` of the v2 objects); the owning app also gets mode and counters.
const V2_BOT: Ty = obj(&[
    req("id", INT).doc("The bot's user ID."),
    req("code", STR),
    req("type", STR).doc("Bot type, e.g. `bot`, `supervisor`, `personal`, `openline`."),
    req("isHidden", BOOL),
    req("isSupportOpenline", BOOL),
    req("isReactionsEnabled", BOOL),
    req("backgroundId", STR).doc("Chat background, or null."),
    req("language", STR),
    opt("moduleId", STR),
    opt("eventMode", V2_EVENT_MODE),
    opt("countMessage", INT),
    opt("countCommand", INT),
    opt("countChat", INT),
    opt("countUser", INT),
]);

/// A chat (`Chat` of the v2 objects).
const V2_CHAT: Ty = obj(&[
    req("id", INT),
    req("dialogId", STR),
    req("name", STR),
    req("type", STR).doc("`chat`, `open`, `channel`, `openChannel`, `copilot`, `thread`, ..."),
    req("owner", INT),
    opt("messageType", STR).doc("Internal type: `C`, `O`, `P`, ..."),
    opt("color", STR).doc("HEX color, or null."),
    opt("avatar", STR).doc("Avatar URL, or empty."),
    opt("description", STR),
    opt("extranet", BOOL),
    opt("role", STR).doc("The caller's role: `owner`, `manager`, `member`, `guest` or `none`."),
    opt("containsCollaber", BOOL),
    opt("muteList", Ty::Either(&[INTS, DICT])).doc("Users who muted the chat."),
    opt("entityType", STR),
    opt("entityId", STR),
    opt("entityData1", STR),
    opt("entityData2", STR),
    opt("entityData3", STR),
    opt("entityLink", DICT).doc("Link to the tied external object."),
    opt("diskFolderId", INT),
    opt("permissions", DICT).doc("The caller's permissions."),
    opt("parentChatId", INT),
    opt("parentMessageId", INT),
    opt("isNew", BOOL),
    opt("textFieldEnabled", BOOL).doc("Text input on (`Y`) or off (`N`)."),
    opt("backgroundId", STR),
    opt("dateCreate", DATE),
    opt("lastMessageId", INT),
    opt("lastMessageViews", STR).doc("Views of the last message, as JSON text."),
    opt("lastId", INT).doc("Last message read."),
    opt("managerList", INTS),
    opt("markedId", INT),
    opt("messageCount", INT),
    opt("public", Ty::Either(&[DICT, STR])),
    opt("unreadId", INT).doc("First unread message."),
    opt("userCounter", INT).doc("Number of members."),
]);

/// A message (`Message` of the v2 objects).
const V2_MESSAGE: Ty = obj(&[
    req("id", INT),
    req("chatId", INT),
    req("authorId", INT).doc("0 for system messages."),
    req("date", DATE),
    req("text", STR),
    req("isSystem", BOOL),
    opt("uuid", STR),
    opt(
        "forward",
        obj(&[
            opt("id", STR),
            opt("userId", INT),
            opt("chatId", INT),
            opt("date", DATE),
        ]),
    )
    .doc("Where a forwarded message came from, or null."),
    opt("params", DICT).doc("Attachments, keyboard, files and other extras."),
    opt("viewedByOthers", BOOL),
    opt("unread", BOOL),
    opt("viewed", BOOL),
]);

/// A file (`File` of the v2 objects).
const V2_FILE: Ty = obj(&[
    req("id", INT).doc("File ID on Drive."),
    req("chatId", INT),
    req("name", STR),
    req("extension", STR),
    req("size", INT).doc("Bytes."),
    opt("date", DATE),
    opt("type", STR).doc("`file`, `image`, `video` or `audio`."),
    opt(
        "image",
        Ty::Either(&[obj(&[req("height", INT), req("width", INT)]), BOOL]),
    )
    .doc("Preview size, or false."),
    opt("authorId", INT),
    opt("authorName", STR),
    opt("isTranscribable", BOOL),
    opt("isVideoNote", BOOL),
    opt("isVoiceNote", BOOL),
]);

/// A slash command (`Command` of the v2 objects).
const V2_COMMAND: Ty = obj(&[
    req("id", INT),
    req("botId", INT),
    req("command", STR).doc("With the leading `/`."),
    req("common", BOOL),
    req("hidden", BOOL),
    req("extranetSupport", BOOL),
    opt("title", STR),
    opt("params", STR),
    opt("category", STR).doc("Name of the owning bot."),
    opt("context", STR),
]);
