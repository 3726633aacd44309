//! `im.*`: chats, messages, notifications, users and departments.

use super::shapes::{ATTACH, ATTACH_MAX_JSON, KEYBOARD, MENU};
use crate::schema::*;

pub static METHODS: &[Method] = &[
    // --- Chats ---
    method("im.chat.add", &["im"])
        .doc("Creates a group chat and returns its ID.")
        .params(&[
            opt("USERS", INTS).doc("Users to add; the caller joins as owner."),
            opt("TYPE", Ty::Enum(&["OPEN", "CHAT"])).doc("`OPEN` (open) or `CHAT` (closed, the default)."),
            opt("TITLE", STR).doc("Chat title; generated when left out."),
            opt("DESCRIPTION", STR).doc("Chat description."),
            opt("COLOR", CHAT_COLOR).doc("Chat color."),
            opt("MESSAGE", STR).doc("First message posted in the chat."),
            opt("AVATAR", STR).doc("Avatar image as base64 (at most 5000x5000)."),
            opt("ENTITY_TYPE", Ty::Enum(&["VIDEOCONF", "AI_ASSISTANT_PRIVATE", "LINES", "LIVECHAT", "ANNOUNCEMENT", "CALENDAR", "MAIL", "CRM", "SONET_GROUP", "TASKS", "CALL"]))
                .doc("Kind of external object the chat is bound to."),
            opt("ENTITY_ID", STR).doc("ID of that object, e.g. `DEAL|1663` for CRM."),
            opt("COPILOT_MAIN_ROLE", STR).doc("BitrixGPT role code, e.g. `copilot_assistant`."),
        ])
        .result(INT),
    method("im.chat.get", &["im"])
        .reads()
        .doc("Finds the chat bound to an external object; `null` when there is none.")
        .params(&[
            req("ENTITY_TYPE", Ty::Enum(&["VIDEOCONF", "AI_ASSISTANT_PRIVATE", "LINES", "LIVECHAT", "ANNOUNCEMENT", "CALENDAR", "MAIL", "CRM", "SONET_GROUP", "TASKS_TASK", "TASKS", "CALL"]))
                .doc("Kind of external object."),
            req("ENTITY_ID", STR).doc("ID of the object, e.g. `DEAL|1663` for CRM."),
        ])
        .result(obj(&[req("ID", INT).doc("Chat ID.")])),
    method("im.chat.leave", &["im"])
        .doc("Makes the current user leave a chat.")
        .params(&[req("CHAT_ID", INT).doc("Chat to leave.")])
        .result(BOOL),
    method("im.chat.mute", &["im"])
        .doc("Turns a chat's notifications off or back on for the current user.")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID; or give `CHAT_ID`."),
            opt("MUTE", YN).doc("`Y` mutes (the default), `N` unmutes."),
        ])
        .result(BOOL),
    method("im.chat.setOwner", &["im"])
        .doc("Hands a group chat over to another owner.")
        // CIMRestService::chatSetOwner (im/classes/general/im_rest.php, lines 1417-1467): a
        // DIALOG_ID becomes the CHAT_ID (1423-1431, refused unless it is a chat), then
        // CHAT_ID <= 0 is CHAT_ID_EMPTY (1438) and USER_ID <= 0 is USER_ID_EMPTY (1443).
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID without the `chat` prefix; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog as `chatXXX`; or give `CHAT_ID`."),
            req("USER_ID", INT).doc("New owner."),
        ])
        .result(BOOL),
    method("im.chat.updateAvatar", &["im"])
        .doc("Replaces a group chat's avatar.")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID without the `chat` prefix; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog as `chatXXX`; or give `CHAT_ID`."),
            req("AVATAR", STR).doc("Image as base64 (at most 5000x5000)."),
        ])
        .result(BOOL),
    method("im.chat.updateColor", &["im"])
        .doc("Changes a group chat's color.")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID without the `chat` prefix; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog as `chatXXX`; or give `CHAT_ID`."),
            req("COLOR", CHAT_COLOR).doc("New color."),
        ])
        .result(BOOL),
    method("im.chat.updateTitle", &["im"])
        .doc("Renames a group chat.")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID without the `chat` prefix; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog as `chatXXX`; or give `CHAT_ID`."),
            req("TITLE", STR).doc("New title (trimmed)."),
        ])
        .result(BOOL),
    method("im.chat.user.add", &["im"])
        .doc("Invites users into a chat.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat to add them to."),
            req("USERS", INTS).doc("Users to add."),
            opt("HIDE_HISTORY", YN).doc("`Y` (the default) hides earlier messages from them."),
        ])
        .result(BOOL),
    method("im.chat.user.delete", &["im"])
        .doc("Removes a user from a chat.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat to remove the user from."),
            req("USER_ID", INT).doc("User to remove."),
        ])
        .result(BOOL),
    method("im.chat.user.list", &["im"])
        .reads()
        .doc("Lists the IDs of a chat's members (empty when the caller may not see them).")
        .params(&[req("CHAT_ID", INT).doc("Chat to list.")])
        .result(INTS),
    method("im.counters.get", &["im"])
        .reads()
        .doc("Returns the current user's unread counters for chats, dialogs, lines and notifications.")
        .result(obj(&[
            req(
                "TYPE",
                obj(&[
                    req("ALL", INT).doc("Unread messages and notifications in all."),
                    req("NOTIFY", INT).doc("Unread notifications."),
                    req("CHAT", INT).doc("Unread messages in group chats."),
                    req("LINES", INT).doc("Unread messages in open lines."),
                    req("DIALOG", INT).doc("Unread messages in one-on-one dialogs."),
                    req("MESSENGER", INT).doc("Unread messages, notifications left out."),
                ]),
            )
            .doc("Totals by kind."),
            req("CHAT", COUNTERS).doc("Unread count by chat ID."),
            req("CHAT_MUTED", COUNTERS).doc("Unread count by ID of muted chats."),
            req("CHAT_UNREAD", COUNTERS).doc("Chats marked unread."),
            req("LINES", COUNTERS).doc("Unread count by open-line chat."),
            req("DIALOG", COUNTERS).doc("Unread count by user ID of one-on-one dialogs."),
            req("DIALOG_UNREAD", COUNTERS).doc("Dialogs marked unread."),
        ])),
    // --- Departments ---
    method("im.department.colleagues.list", &["im"])
        .reads()
        .doc("Lists the current user's colleagues (for a head: subordinates and superiors).")
        .params(&[
            opt("USER_DATA", YN).doc("`Y` returns user objects instead of IDs."),
            opt("OFFSET", INT).doc("Entries to skip."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (10 by default, at most 50)."),
        ])
        .result(USER_IDS_OR_USERS)
        .paging(Paging::offset("OFFSET", "LIMIT", 50, "", End::Total)),
    method("im.department.employees.get", &["im"])
        .reads()
        .doc("Lists the employees of departments, keyed by department ID.")
        .params(&[
            req("ID", DEPARTMENT_IDS).doc("Department IDs, as an array or JSON text."),
            opt("USER_DATA", YN).doc("`Y` returns user objects instead of IDs."),
        ])
        .result(Ty::Map(&USER_IDS_OR_USERS)),
    method("im.department.get", &["im"])
        .reads()
        .doc("Returns departments by ID.")
        .params(&[
            req("ID", DEPARTMENT_IDS).doc("Department IDs, as an array or JSON text."),
            opt("USER_DATA", YN).doc("`Y` adds the head's user object."),
        ])
        .result(Ty::Array(&DEPARTMENT)),
    method("im.department.managers.get", &["im"])
        .reads()
        .doc("Lists the heads of departments, keyed by department ID.")
        .params(&[
            req("ID", DEPARTMENT_IDS).doc("Department IDs, as an array or JSON text."),
            opt("USER_DATA", YN).doc("`Y` returns user objects instead of IDs."),
        ])
        .result(Ty::Map(&USER_IDS_OR_USERS)),
    // --- Dialogs and messages ---
    method("im.dialog.get", &["im"])
        .reads()
        .doc("Returns a chat's data, settings and the caller's role in it.")
        .params(&[req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID.")])
        .result(CHAT),
    method("im.dialog.messages.get", &["im"])
        .reads()
        .doc("Returns a page of a dialog's messages (system ones too) with their users and files.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("LAST_ID", INT).doc("Return messages older than this one."),
            opt("FIRST_ID", INT).doc("Return messages newer than this one."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (20 by default, at most 50; unread ones may add more)."),
        ])
        .result(obj(&[
            req("chat_id", INT).doc("Chat ID."),
            req("messages", Ty::Array(&MESSAGE)).doc("Messages, newest first."),
            req("users", Ty::Array(&USER)).doc("Authors of the messages."),
            req("files", Ty::Array(&FILE_INFO)).doc("Files of the messages."),
        ]))
        .paging(Paging::cursor("LAST_ID", CursorFrom::Min("id"), "LIMIT", 50, "messages", End::ShortPage).reverse("FIRST_ID", CursorFrom::Max("id"))),
    method("im.dialog.messages.search", &["im"])
        .reads()
        .doc("Searches a chat's messages by text and date.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat to search in."),
            opt("SEARCH_MESSAGE", STR).doc("Text to look for (more than 2 characters)."),
            opt("DATE_FROM", DATE).doc("Start of the period."),
            opt("DATE_TO", DATE).doc("End of the period."),
            opt("DATE", DATE).doc("Search the 24 hours from this moment."),
            opt("ORDER", obj(&[opt("ID", Ty::Enum(&["ASC", "DESC"])).doc("Order by message ID.")])).doc("Sort order; `{\"ID\": \"DESC\"}` by default."),
            opt("LIMIT", INT).range(1, 200).doc("Page size (50 by default, at most 200)."),
            opt("LAST_ID", INT).doc("Last message of the previous page."),
        ])
        .result(obj(&[
            req("messages", Ty::Array(&MESSAGE_V2)).doc("Messages found."),
            opt("users", Ty::Array(&USER_V2)).doc("Authors of the messages."),
            opt("files", Ty::Array(&FILE_INFO)).doc("Files of the messages."),
            opt("additionalMessages", Ty::Array(&MESSAGE_V2)).doc("Messages quoted or forwarded by those found."),
            opt("copilot", DICT).doc("BitrixGPT data."),
            opt("stickers", Ty::Array(&ANY)).doc("Stickers of the messages."),
            opt(
                "reactions",
                Ty::Array(&obj(&[
                    req("messageId", INT).doc("Message."),
                    opt("reactionCounters", DICT).doc("Count by reaction."),
                    opt("reactionUsers", DICT).doc("Users by reaction."),
                    opt("ownReactions", Ty::Array(&STR)).doc("The caller's reactions."),
                ])),
            )
            .doc("Reactions to the messages."),
            opt("tariffRestrictions", obj(&[opt("isHistoryLimitExceeded", BOOL).doc("The plan's history limit was reached.")])).doc("Plan limits on history."),
            opt(
                "usersShort",
                Ty::Array(&obj(&[
                    req("id", INT).doc("User ID."),
                    opt("name", STR).doc("Full name."),
                    opt("avatar", STR).doc("Avatar URL."),
                ])),
            )
            .doc("Short data of users who reacted."),
        ]))
        .paging(Paging::cursor("LAST_ID", CursorFrom::Last("id"), "LIMIT", 200, "messages", End::ShortPage)),
    method("im.dialog.read", &["im"])
        .doc("Marks a dialog's messages read up to a message (or all of them); `false` without access.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("MESSAGE_ID", INT).doc("Last message to mark read; all unread when left out."),
        ])
        .result(Ty::Either(&[
            obj(&[
                req("dialogId", STR).doc("Dialog."),
                req("chatId", INT).doc("Chat ID."),
                req("lastId", INT).doc("Last read message."),
                req("counter", INT).doc("Unread messages left."),
            ]),
            BOOL,
        ])),
    method("im.dialog.read.all", &["im"])
        .doc("Marks all of the current user's chats read.")
        .result(BOOL),
    method("im.dialog.unread", &["im"])
        .doc("Marks a dialog's messages unread from a message on.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            req("MESSAGE_ID", INT).doc("First message to mark unread."),
        ])
        .result(BOOL),
    method("im.dialog.users.list", &["im"])
        .reads()
        .doc("Returns a page of a dialog's members with their data.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("SKIP_EXTERNAL", YN).doc("`Y` leaves out system users (bots, connectors...)."),
            opt("SKIP_EXTERNAL_EXCEPT_TYPES", STR).doc("Comma-separated system user types to keep, e.g. `bot, email`."),
            opt("LIMIT", INT).range(1, 200).doc("Page size (50 by default, at most 200)."),
            opt("LAST_ID", INT).doc("Last user of the previous page."),
            opt("OFFSET", INT).doc("Entries to skip."),
        ])
        .result(Ty::Array(&USER))
        .paging(Paging::offset("OFFSET", "LIMIT", 200, "", End::Total).other_paging(&["LAST_ID"])),
    method("im.dialog.writing", &["im"])
        .doc("Shows the \"is typing\" indicator in a dialog.")
        .params(&[req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID.")])
        .result(BOOL),
    // --- Files ---
    method("im.disk.file.commit", &["im"])
        .deprecated()
        .doc("Posts files already on Drive into a chat (use `im.v2.File.upload` instead).")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"]), Rule::AnyOf(&["FILE_ID", "UPLOAD_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID; or give `CHAT_ID`."),
            opt("FILE_ID", Ty::Either(&[INT, INTS])).doc("Drive file ID(s); or give `UPLOAD_ID`."),
            opt("UPLOAD_ID", Ty::Either(&[INT, INTS])).doc("Drive file ID(s) of fresh uploads; or give `FILE_ID`."),
            opt("MESSAGE", STR).doc("Text sent with the files."),
            opt("SILENT_MODE", YN).doc("Open-line chats: whether the client is notified."),
            opt("AS_FILE", YN).doc("With `UPLOAD_ID`: send images uncompressed, as files."),
        ])
        .result(obj(&[
            req("FILES", Ty::Map(&FILE_INFO)).doc("Posted files, keyed `upload<ID>`."),
            opt("DISK_ID", INTS).doc("Drive IDs of the files."),
            opt("FILE_MODELS", Ty::Map(&DRIVE_FILE)).doc("Drive records of the files, keyed `upload<ID>`."),
            req("MESSAGE_ID", INT).doc("Message carrying the files."),
        ])),
    method("im.disk.file.delete", &["im"])
        .doc("Deletes a file its sender posted in a chat.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat the file is in."),
            req("FILE_ID", INT).doc("File to delete."),
        ])
        .result(BOOL),
    method("im.disk.file.save", &["im"])
        .doc("Copies a chat file to the current user's Drive (\"Saved Files\").")
        .params(&[req("FILE_ID", INT).doc("File to copy.")])
        .result(obj(&[
            req("folder", ID_NAME).doc("The \"Saved Files\" folder."),
            req("file", ID_NAME).doc("The saved copy."),
        ])),
    method("im.disk.folder.get", &["im"])
        .reads()
        .deprecated()
        .doc("Returns the Drive folder that holds a chat's files.")
        .rules(&[Rule::AnyOf(&["CHAT_ID", "DIALOG_ID"])])
        .params(&[
            opt("CHAT_ID", INT).doc("Chat ID; or give `DIALOG_ID`."),
            opt("DIALOG_ID", STR).doc("Dialog as `chatXXX`; or give `CHAT_ID`."),
        ])
        .result(obj(&[req("ID", INT).doc("Folder ID.")])),
    method("im.message.add", &["im"])
        .doc("Posts a message in a chat and returns its ID.")
        .rules(&[Rule::AnyOf(&["MESSAGE", "ATTACH"])])
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("MESSAGE", STR).doc("Text with BB codes; or give `ATTACH`."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich content blocks; or give `MESSAGE`."),
            opt("KEYBOARD", KEYBOARD).doc("Buttons under the message."),
            opt("MENU", MENU).doc("Extra context-menu items."),
            opt("SYSTEM", YN).doc("`Y` posts a system message."),
            opt("URL_PREVIEW", YN).doc("`N` keeps links plain (rich previews are on by default)."),
            opt("REPLY_ID", INT).doc("Message of the same chat this one answers."),
        ])
        .result(INT),
    method("im.message.command", &["im"])
        .doc("Runs a chat bot's command on a message.")
        .params(&[
            req("MESSAGE_ID", INT).doc("Message the command runs on."),
            req("BOT_ID", INT).doc("Bot that owns the command."),
            req("COMMAND", STR).doc("Command as the bot registered it."),
            opt("COMMAND_PARAMS", STR).doc("Command arguments."),
        ])
        .result(BOOL),
    method("im.message.delete", &["im"])
        .doc("Deletes a message.")
        .params(&[req("MESSAGE_ID", INT).doc("Message to delete.")])
        .result(BOOL),
    method("im.message.like", &["im"])
        .doc("Sets, removes or toggles the caller's \"Like\" on a message.")
        .params(&[
            req("MESSAGE_ID", INT).doc("Message to react to."),
            opt("ACTION", Ty::Enum(&["auto", "plus", "minus"])).doc("`plus` sets, `minus` removes, `auto` (the default) toggles."),
        ])
        .result(BOOL),
    method("im.message.share", &["im"])
        .doc("Creates a chat, task, feed post or calendar event from a message.")
        .params(&[
            req("MESSAGE_ID", INT).doc("Message to start from."),
            req("DIALOG_ID", STR).doc("Dialog the message is in: `chatXXX`, `sgXXX` or a user ID."),
            req("TYPE", Ty::Enum(&["CHAT", "TASK", "POST", "CALEND"])).doc("What to create."),
        ])
        .result(BOOL),
    method("im.message.update", &["im"])
        .doc("Edits a sent message; an empty `MESSAGE` deletes it.")
        .params(&[
            req("MESSAGE_ID", INT).doc("Message to edit."),
            opt("MESSAGE", STR).doc("New text; unchanged when left out."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("New attachment; `N` removes it."),
            opt("KEYBOARD", KEYBOARD).doc("New buttons; `N` removes them."),
            opt("MENU", MENU).doc("New context-menu items; `N` removes them."),
            opt("URL_PREVIEW", YN).doc("Whether links get rich previews."),
            opt("IS_EDITED", YN).doc("`N` hides the \"edited\" mark when only `ATTACH` changes."),
        ])
        .result(BOOL),
    // --- Notifications ---
    method("im.notify", &["im"])
        .doc("Sends a personal or system notification to a user; returns its ID or `false`.")
        .params(&[
            req("USER_ID", INT).doc("Recipient."),
            opt("TYPE", Ty::Enum(&["USER", "SYSTEM"])).doc("`USER` (the default) or `SYSTEM`."),
            req("MESSAGE", STR).doc("Notification text."),
            opt("MESSAGE_OUT", STR).doc("Text for email and other outside channels."),
            opt("TAG", STR).doc("Unique tag; older notifications with it are removed."),
            opt("SUB_TAG", STR).doc("Extra tag, not unique."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich content blocks."),
            opt("CLIENT_ID", STR).doc("App ID; webhooks only, with `TAG`/`SUB_TAG`."),
        ])
        .result(NOTIFY_ID),
    method("im.notify.answer", &["im"])
        .doc("Answers a notification that accepts a quick text reply.")
        .params(&[
            req("NOTIFY_ID", INT).doc("Notification that accepts a quick reply."),
            req("ANSWER_TEXT", STR).doc("Reply text."),
        ])
        .result(obj(&[
            req("result_message", Ty::Array(&STR)),
        ])),
    method("im.notify.confirm", &["im"])
        .doc("Presses a button of a notification.")
        .params(&[
            req("NOTIFY_ID", INT).doc("Notification with buttons."),
            req("NOTIFY_VALUE", STR).doc("Value of the chosen button."),
        ])
        .result(obj(&[req("result_message", Ty::Either(&[STRS, BOOL])).doc("What the button's handler answered, or `false`.")])),
    method("im.notify.delete", &["im"])
        .doc("Deletes notifications by ID or by tag.")
        .rules(&[Rule::AnyOf(&["ID", "TAG", "SUB_TAG"])])
        .params(&[
            opt("ID", INT).doc("Notification to delete; or give `TAG` or `SUB_TAG`."),
            opt("TAG", STR).doc("Delete the app's notifications with this tag."),
            opt("SUB_TAG", STR).doc("Delete the app's notifications with this extra tag."),
            opt("CLIENT_ID", STR).doc("App ID; webhooks only."),
        ])
        .result(BOOL),
    method("im.notify.get", &["im"])
        .reads()
        .doc("Returns a page of the current user's notifications, newest first.")
        .params(&[
            opt("LAST_ID", INT).doc("Last notification of the previous page; give with `LAST_TYPE`."),
            opt("LAST_TYPE", Ty::Enum(&["1", "3"])).doc("Paging stage: `1` confirmations, `3` plain notifications."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (at most 50)."),
            opt("CONVERT_TEXT", STR).doc("`Y` converts the texts for display."),
        ])
        .result(obj(&[
            opt("total_count", INT).doc("Notifications in all."),
            opt("total_unread_count", INT).doc("Unread notifications."),
            opt("chat_id", INT).doc("The user's notification chat."),
            req("notifications", Ty::Array(&NOTIFICATION)).doc("Notifications of the page."),
            req("users", Ty::Array(&USER)).doc("Authors of the notifications."),
        ]))
        .paging(Paging::cursor("LAST_ID", CursorFrom::Last("id"), "LIMIT", 50, "notifications", End::ShortPage).stage(Stage {
            param: "LAST_TYPE",
            field: "notify_type",
            values: &[("1", "1")],
            otherwise: "3",
        })),
    method("im.notify.history.search", &["im"])
        .reads()
        .doc("Searches the current user's notification history.")
        .rules(&[Rule::Together(&["SEARCH_DATE_FROM", "SEARCH_DATE_TO"])])
        .params(&[
            opt("SEARCH_TEXT", STR).doc("Text to find (at least 3 characters without other filters)."),
            opt("SEARCH_TYPE", STR).doc("Type as `MODULE` or `MODULE|EVENT`."),
            opt("SEARCH_TYPES", STRS).doc("Several types as `MODULE` or `MODULE|EVENT`."),
            opt("SEARCH_DATE", DATE).doc("Day to search."),
            opt("SEARCH_DATE_FROM", DATE).doc("Start of a date range; give with `SEARCH_DATE_TO`."),
            opt("SEARCH_DATE_TO", DATE).doc("End of a date range; give with `SEARCH_DATE_FROM`."),
            opt("SEARCH_AUTHORS", INTS).doc("Authors to keep."),
            opt("LAST_ID", INT).doc("Last notification of the previous page."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (at most 50)."),
            opt("CONVERT_TEXT", STR).doc("`Y` converts the texts for display."),
            opt("GROUP_TAG", STR).doc("Group tag to filter by."),
        ])
        .result(obj(&[
            opt("chat_id", INT).doc("The user's notification chat."),
            opt("total_results", INT).doc("Matches in all (first page only)."),
            req("notifications", Ty::Array(&NOTIFICATION)).doc("Notifications found."),
            req("users", Ty::Array(&USER)).doc("Authors of the notifications."),
        ]))
        .paging(Paging::cursor("LAST_ID", CursorFrom::Last("id"), "LIMIT", 50, "notifications", End::ShortPage)),
    method("im.notify.personal.add", &["im"])
        .doc("Sends a personal notification from the current user; returns its ID or `false`.")
        .params(&[
            req("USER_ID", INT).doc("Recipient."),
            req("MESSAGE", STR).doc("Notification text with BB codes."),
            opt("MESSAGE_OUT", STR).doc("Text for email and other outside channels."),
            opt("TAG", STR).doc("Unique tag; older notifications with it are removed."),
            opt("SUB_TAG", STR).doc("Extra tag, not unique."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich content blocks."),
            opt("CLIENT_ID", STR).doc("App ID; webhooks only, with `TAG`/`SUB_TAG`."),
        ])
        .result(NOTIFY_ID),
    method("im.notify.read", &["im"])
        .doc("Marks a notification (or it and all later ones) read or unread.")
        .params(&[
            opt("ID", INT).doc("Notification; nothing changes when left out."),
            opt("ACTION", YN).doc("`Y` (the default) read, `N` unread."),
            opt("ONLY_CURRENT", STR).doc("`Y` changes only `ID`; otherwise `ID` and newer ones."),
        ])
        .result(BOOL),
    method("im.notify.read.all", &["im"])
        .doc("Marks all of the current user's notifications read.")
        .result(obj(&[
            req("result", BOOL).doc("Whether it worked."),
            req("newCounter", INT).doc("Unread notifications left."),
        ])),
    method("im.notify.read.list", &["im"])
        .doc("Marks a list of notifications read or unread.")
        .params(&[
            req("IDS", INTS).doc("Notifications; processing stops at a value <= 0."),
            opt("ACTION", YN).doc("`Y` (the default) read, `N` unread."),
        ])
        .result(BOOL),
    method("im.notify.schema.get", &["im"])
        .reads()
        .doc("Lists the notification types of each module.")
        .result(Ty::Map(&obj(&[
            req("NAME", STR).doc("Module name."),
            req("MODULE_ID", STR).doc("Module ID."),
            req(
                "LIST",
                Ty::Array(&obj(&[
                    req("ID", STR).doc("Type as `MODULE|EVENT`."),
                    req("NAME", STR).doc("Type name."),
                ])),
            )
            .doc("Notification types of the module."),
        ]))),
    method("im.notify.system.add", &["im"])
        .doc("Sends a system notification to a user; returns its ID or `false`.")
        .params(&[
            req("USER_ID", INT).doc("Recipient."),
            req("MESSAGE", STR).doc("Notification text with BB codes."),
            opt("MESSAGE_OUT", STR).doc("Text for email and other outside channels."),
            opt("TAG", STR).doc("Unique tag; older notifications with it are removed."),
            opt("SUB_TAG", STR).doc("Extra tag, not unique."),
            opt("ATTACH", ATTACH).max_json(ATTACH_MAX_JSON).doc("Rich content blocks."),
            opt("CLIENT_ID", STR).doc("App ID; webhooks only, with `TAG`/`SUB_TAG`."),
        ])
        .result(NOTIFY_ID),
    // --- Recent list ---
    method("im.recent.get", &["im"])
        .reads()
        .doc("Returns the current user's recent chats (short form, no paging).")
        .params(&[
            opt("SKIP_OPENLINES", YN).doc("`Y` leaves out open-line chats."),
            opt("SKIP_CHAT", YN).doc("`Y` leaves out group chats."),
            opt("SKIP_DIALOG", YN).doc("`Y` leaves out one-on-one dialogs."),
            opt("LAST_UPDATE", DATE).doc("Only entries changed since this moment."),
            opt("ONLY_OPENLINES", YN).doc("`Y` keeps only open-line chats."),
            opt("LAST_SYNC_DATE", DATE).doc("Changes since the previous fetch (at most 7 days back)."),
        ])
        .result(Ty::Array(&RECENT_ITEM)),
    method("im.recent.hide", &["im"])
        .doc("Removes a dialog from the current user's recent list.")
        .params(&[req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID.")])
        .result(BOOL),
    method("im.recent.list", &["im"])
        .reads()
        .doc("Returns a page of the current user's recent chats.")
        .params(&[
            opt("SKIP_OPENLINES", YN).doc("`Y` leaves out open-line chats."),
            opt("SKIP_DIALOG", YN).doc("`Y` leaves out one-on-one dialogs."),
            opt("SKIP_CHAT", YN).doc("`Y` leaves out group chats."),
            opt("LAST_MESSAGE_DATE", DATE).doc("Date of the last entry of the previous page."),
            opt("UNREAD_ONLY", YN).doc("`Y` keeps only dialogs with unread messages."),
            opt("PARSE_TEXT", YN).doc("`Y` parses the last message's text."),
            opt("GET_ORIGINAL_TEXT", YN).doc("`Y` returns the last message's text untouched."),
            opt("SKIP_UNDISTRIBUTED_OPENLINES", YN).doc("`Y` leaves out open-line chats not yet assigned."),
            opt("ONLY_COPILOT", YN).doc("`Y` keeps only BitrixGPT chats."),
            opt("ONLY_CHANNEL", YN).doc("`Y` keeps only channels."),
            opt("CAN_MANAGE_MESSAGES", YN).doc("`Y` keeps only chats where the caller manages messages."),
            opt("OFFSET", INT).doc("Entries to skip; step by `LIMIT`."),
            opt("LIMIT", INT).range(1, 200).doc("Page size (50 by default, at most 200)."),
        ])
        .result(obj(&[
            req("items", Ty::Array(&RECENT_ITEM)).doc("Dialogs of the page."),
            opt("hasMorePages", BOOL).doc("Old name of `hasMore`."),
            opt("hasMore", BOOL).doc("Whether another page follows."),
            opt("copilot", COPILOT).doc("BitrixGPT data for the entries."),
            opt("messagesAutoDeleteConfigs", Ty::Array(&ANY)).doc("Auto-delete settings by chat."),
        ]))
        .paging(Paging::offset("OFFSET", "LIMIT", 200, "items", End::Flag("hasMore")).repeats_by("id")),
    method("im.recent.pin", &["im"])
        .doc("Pins a dialog at the top of the current user's recent list, or unpins it.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("PIN", YN).doc("`Y` (the default) pins, `N` unpins."),
        ])
        .result(BOOL),
    method("im.recent.unread", &["im"])
        .doc("Sets or clears a dialog's manual \"unread\" mark.")
        .params(&[
            req("DIALOG_ID", STR).doc("Dialog: `chatXXX`, `sgXXX` or a user ID."),
            opt("ACTION", YN).doc("`Y` (the default) sets the mark, `N` clears it and reads the dialog."),
        ])
        .result(BOOL),
    method("im.revision.get", &["im"])
        .reads()
        .doc("Returns the portal's messenger API revisions, for compatibility checks.")
        .result(obj(&[
            req("rest", INT).doc("REST API revision."),
            req("web", INT).doc("Web client API revision."),
            req("mobile", INT).doc("Mobile API revision."),
            req("desktop", INT).doc("Desktop API revision."),
            opt("im_revision_mobile", INT).doc("Same as `mobile`."),
        ])),
    // --- Search ---
    method("im.search.chat.list", &["im"])
        .reads()
        .doc("Searches the chats the current user can see by title and member names.")
        .rules(&[Rule::AnyOf(&["FIND", "FIND_LINES"])])
        .params(&[
            opt("FIND", STR).min_chars(2).doc("Phrase to find (at least 2 characters); wins over `FIND_LINES`."),
            opt("FIND_LINES", STR).min_chars(2).doc("Phrase to find among open-line chats (at least 2 characters)."),
            opt("OFFSET", INT).doc("Entries to skip."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (10 by default, at most 50)."),
        ])
        .result(Ty::Array(&CHAT))
        .paging(Paging::offset("OFFSET", "LIMIT", 50, "", End::Total)),
    method("im.search.department.list", &["im"])
        .reads()
        .doc("Searches departments by the start of words in their full name.")
        .params(&[
            req("FIND", STR).doc("Phrase to find; a very short one returns all departments."),
            opt("USER_DATA", YN).doc("`Y` adds the head's user object."),
            opt("OFFSET", INT).doc("Entries to skip."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (10 by default, at most 50)."),
        ])
        .result(Ty::Array(&DEPARTMENT))
        .paging(Paging::offset("OFFSET", "LIMIT", 50, "", End::Total)),
    method("im.search.last.add", &["im"])
        .deprecated()
        .doc("Adds a dialog to the recent-search history (old chat UI only).")
        .params(&[req("DIALOG_ID", STR).doc("Dialog: a user ID or `chatXXX`.")])
        .result(BOOL),
    method("im.search.last.delete", &["im"])
        .deprecated()
        .doc("Removes a dialog from the recent-search history (old chat UI only).")
        .params(&[req("DIALOG_ID", STR).doc("Dialog: a user ID or `chatXXX`.")])
        .result(BOOL),
    method("im.search.last.get", &["im"])
        .reads()
        .deprecated()
        .doc("Returns the recent-search history (old chat UI only).")
        .params(&[
            opt("SKIP_OPENLINES", YN).doc("`Y` leaves out open-line chats."),
            opt("SKIP_CHAT", YN).doc("`Y` leaves out group chats."),
            opt("SKIP_DIALOG", YN).doc("`Y` leaves out one-on-one dialogs."),
        ])
        .result(Ty::Array(&obj(&[
            req("id", STR).doc("Dialog: `chatXXX` or a user ID."),
            req("type", STR).doc("`chat` or `user`."),
            opt("avatar", AVATAR).doc("Avatar of the entry."),
            opt("title", STR).doc("Chat title or user name."),
            opt("user", USER).doc("User, for `user` entries."),
            opt("chat", CHAT).doc("Chat, for `chat` entries."),
        ]))),
    method("im.search.user.list", &["im"])
        .reads()
        .doc("Searches users by name, position and department; keyed by user ID.")
        .params(&[
            req("FIND", STR).min_chars(2).doc("Phrase to find (at least 2 characters)."),
            opt("BUSINESS", YN).doc("`Y` searches business users only."),
            opt("OFFSET", INT).doc("Entries to skip."),
            opt("LIMIT", INT).range(1, 50).doc("Page size (10 by default, at most 50)."),
        ])
        // An empty result comes as `[]`.
        .result(Ty::Either(&[Ty::Map(&USER), Ty::Array(&ANY)]))
        .paging(Paging::offset("OFFSET", "LIMIT", 50, "", End::Total)),
    // --- Users ---
    method("im.user.get", &["im"])
        .reads()
        .doc("Returns a user's messenger data (the current user's by default).")
        .params(&[
            opt("ID", INT).doc("User; the caller when left out."),
            opt("AVATAR_HR", YN).doc("Ask for `avatar_hr` (always returned today)."),
        ])
        .result(USER),
    method("im.user.list.get", &["im"])
        .reads()
        .doc("Returns several users' messenger data, keyed by ID or as a list.")
        .params(&[
            req("ID", Ty::Either(&[INTS, STR])).doc("User IDs, as an array or JSON text."),
            opt("AVATAR_HR", YN).doc("Ask for `avatar_hr` (always returned today)."),
            opt("RESULT_TYPE", STR).doc("`array` returns a list; anything else an object keyed by ID."),
        ])
        .result(Ty::Either(&[Ty::Array(&USER), Ty::Map(&USER)])),
    method("im.user.status.get", &["im"])
        .reads()
        .doc("Returns the status the current user set, or `false`.")
        .result(Ty::Either(&[USER_STATUS, BOOL])),
    method("im.user.status.idle.end", &["im"])
        .doc("Clears the current user's automatic \"Away\" status (old chat UI only).")
        .result(BOOL),
    method("im.user.status.idle.start", &["im"])
        .doc("Sets the current user's automatic \"Away\" status (old chat UI only).")
        .params(&[opt("AGO", INT).doc("Minutes ago the user went away (10 by default, at least 1).")])
        .result(BOOL),
    method("im.user.status.set", &["im"])
        .doc("Sets the current user's status.")
        .params(&[req("STATUS", USER_STATUS).doc("New status, lowercase.")])
        .result(BOOL),
    // --- im.v2 ---
    method("im.v2.Event.get", &["im"])
        .doc("Fetches the current user's pending events; `offset` acknowledges (removes) earlier ones.")
        .params(&[
            opt("offset", INT).doc("`nextOffset` of the previous answer; events before it are acknowledged."),
            opt("limit", INT).range(1, 1000).doc("Most events to return (1-1000, 100 by default)."),
        ])
        .result(obj(&[
            req(
                "events",
                Ty::Array(&obj(&[
                    req("eventId", INT).doc("Event ID."),
                    req("type", STR).doc("Event type, e.g. `ONIMV2MESSAGEADD`."),
                    opt("date", DATE).doc("When it happened."),
                    opt("data", DICT).doc("Event payload; its shape depends on `type`."),
                ])),
            )
            .doc("Pending events."),
            req("nextOffset", INT).doc("Pass as `offset` next time."),
            req("hasMore", BOOL).doc("Whether more events are waiting."),
        ]))
        .paging(Paging::cursor("offset", CursorFrom::Result("nextOffset"), "limit", 1000, "events", End::Flag("hasMore"))),
    method("im.v2.Event.subscribe", &["im"])
        .doc("Starts recording the current user's events for `im.v2.Event.get`.")
        .result(BOOL),
    method("im.v2.Event.unsubscribe", &["im"])
        .doc("Stops recording the current user's events.")
        .result(BOOL),
    method("im.v2.File.download", &["im"])
        .reads()
        .doc("Returns a one-time download link for a chat file.")
        .params(&[
            req("dialogId", STR).doc("Dialog: `chat<ID>` or a user ID."),
            req("fileId", INT).doc("Drive file ID."),
        ])
        .result(obj(&[req("downloadUrl", STR).doc("One-time link carrying a token.")])),
    method("im.v2.File.upload", &["im"])
        .doc("Uploads a file into a chat and posts it as a message, in one call.")
        .params(&[
            req("dialogId", STR).doc("Dialog: `chat<ID>` or a user ID."),
            req(
                "fields",
                obj(&[
                    req("name", STR).doc("File name with extension."),
                    req("content", STR).doc("File content as base64 without a `data:` prefix (at most 100 MB)."),
                    opt("message", STR).doc("Text sent with the file."),
                ]),
            )
            .doc("The file and its message."),
        ])
        .result(obj(&[
            req("file", FILE_INFO).doc("The uploaded file."),
            req("messageId", INT).doc("Message carrying the file."),
            req("chatId", INT).doc("Chat ID."),
            req("dialogId", STR).doc("Dialog."),
        ])),
];

/// Chat colors.
const CHAT_COLOR: Ty = Ty::Enum(&[
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

/// User statuses.
const USER_STATUS: Ty = Ty::Enum(&["online", "dnd", "away", "break"]);

/// Department IDs: an array, or the same as JSON text.
const DEPARTMENT_IDS: Ty = Ty::Either(&[INTS, STR]);

/// A notification ID, or `false` when none was created.
const NOTIFY_ID: Ty = Ty::Either(&[INT, BOOL]);

/// Counters keyed by chat or user ID; an empty set comes as `[]`.
const COUNTERS: Ty = Ty::Either(&[Ty::Map(&INT), Ty::Array(&ANY)]);

/// A date, or `false` when not set.
const DATE_OR_FALSE: Ty = Ty::Either(&[DATE, BOOL]);

/// `{id, name}` of a Drive folder or file.
const ID_NAME: Ty = obj(&[req("id", INT).doc("ID."), req("name", STR).doc("Name.")]);

/// An entry's avatar in recent lists.
const AVATAR: Ty = obj(&[
    opt("url", STR).doc("Avatar URL; empty when unset."),
    opt("color", STR).doc("Color, HEX."),
]);

/// A user's phones.
const PHONES: Ty = obj(&[
    opt("work_phone", STR).doc("Work phone."),
    opt("personal_mobile", STR).doc("Mobile phone."),
    opt("personal_phone", STR).doc("Home phone."),
    opt("inner_phone", STR).doc("Internal extension."),
]);

/// A user as the messenger describes it (snake_case fields).
const USER: Ty = obj(&[
    req("id", INT).doc("User ID."),
    opt("active", BOOL).doc("Whether the account is active."),
    opt("name", STR).doc("Full name."),
    opt("first_name", STR).doc("First name."),
    opt("last_name", STR).doc("Last name."),
    opt("work_position", STR).doc("Job title."),
    opt("color", STR).doc("User color, HEX."),
    opt("avatar", STR).doc("Avatar URL."),
    opt("avatar_hr", STR).doc("High-resolution avatar URL."),
    opt("gender", STR).doc("`M` or `F`."),
    opt("birthday", Ty::Either(&[STR, BOOL])).doc("Birthday as `DD-MM`, or empty."),
    opt("extranet", BOOL).doc("Extranet user."),
    opt("network", BOOL).doc("Bitrix24 Network user."),
    opt("bot", BOOL).doc("Chat bot."),
    opt("connector", BOOL).doc("Open-line client."),
    opt("external_auth_id", STR).doc("External authorization code."),
    opt("status", STR).doc("Chosen status."),
    opt("idle", DATE_OR_FALSE).doc("Since when away, or `false`."),
    opt("last_activity_date", DATE_OR_FALSE).doc("Last activity."),
    opt("mobile_last_date", DATE_OR_FALSE).doc("Last activity in the mobile app, or `false`."),
    opt("desktop_last_date", DATE_OR_FALSE).doc("Last activity in the desktop app, or `false`."),
    opt("absent", DATE_OR_FALSE).doc("End of absence, or `false`."),
    opt("departments", INTS).doc("Department IDs."),
    opt("phones", Ty::Either(&[PHONES, BOOL])).doc("Phones, or `false`."),
    opt("bot_data", DICT).doc("Bot data; `null` for people."),
    opt("type", STR).doc("User type."),
    opt("website", STR).doc("Website."),
    opt("email", STR).doc("Email."),
]);

/// A user in the newer camelCase form (`im.dialog.messages.search`).
const USER_V2: Ty = obj(&[
    req("id", INT).doc("User ID."),
    opt("active", BOOL).doc("Whether the account is active."),
    opt("name", STR).doc("Full name."),
    opt("firstName", STR).doc("First name."),
    opt("lastName", STR).doc("Last name."),
    opt("workPosition", STR).doc("Job title."),
    opt("color", STR).doc("User color, HEX."),
    opt("avatar", STR).doc("Avatar URL."),
    opt("avatarHr", STR).doc("High-resolution avatar URL."),
    opt("gender", STR).doc("`M` or `F`."),
    opt("birthday", Ty::Either(&[STR, BOOL])).doc("Birthday as `DD-MM`, or empty."),
    opt("extranet", BOOL).doc("Extranet user."),
    opt("network", BOOL).doc("Bitrix24 Network user."),
    opt("bot", BOOL).doc("Chat bot."),
    opt("connector", BOOL).doc("Open-line client."),
    opt("externalAuthId", STR).doc("External authorization code."),
    opt("status", STR).doc("Chosen status."),
    opt("idle", DATE_OR_FALSE).doc("Since when away, or `false`."),
    opt("lastActivityDate", DATE_OR_FALSE).doc("Last activity."),
    opt("mobileLastDate", DATE_OR_FALSE).doc("Last activity in the mobile app, or `false`."),
    opt("desktopLastDate", DATE_OR_FALSE).doc("Last activity in the desktop app, or `false`."),
    opt("absent", DATE_OR_FALSE).doc("End of absence, or `false`."),
    opt("departments", INTS).doc("Department IDs."),
    opt("phones", Ty::Either(&[PHONES, BOOL])).doc("Phones, or `false`."),
    opt("botData", DICT).doc("Bot data; `null` for people."),
    opt("type", STR).doc("User type."),
    opt("website", STR).doc("Website."),
    opt("email", STR).doc("Email."),
]);

/// User IDs, or user objects when `USER_DATA=Y`.
const USER_IDS_OR_USERS: Ty = Ty::Either(&[INTS, Ty::Array(&USER)]);

/// A department.
const DEPARTMENT: Ty = obj(&[
    req("id", INT).doc("Department ID."),
    req("name", STR).doc("Short name."),
    opt("full_name", STR).doc("Name with its place in the company structure."),
    opt("manager_user_id", INT).doc("Head of the department."),
    opt("manager_user_data", USER).doc("The head's data (with `USER_DATA=Y`)."),
]);

/// What members may do in a chat.
const RESTRICTIONS: Ty = obj(&[
    opt("avatar", BOOL).doc("Change the avatar."),
    opt("rename", BOOL).doc("Rename."),
    opt("extend", BOOL).doc("Add members."),
    opt("call", BOOL).doc("Call."),
    opt("mute", BOOL).doc("Mute."),
    opt("leave", BOOL).doc("Leave."),
    opt("leave_owner", BOOL).doc("Leave as owner."),
    opt("send", BOOL).doc("Post messages."),
    opt("user_list", BOOL).doc("See the members."),
    opt("path", STR).doc("Link to the bound object."),
    opt("path_title", STR).doc("Text of that link."),
]);

/// Which member group (`member`, `manager`, `owner`) may do what in a chat.
const PERMISSIONS: Ty = obj(&[
    opt("manage_users_add", STR).doc("Add members."),
    opt("manage_users_delete", STR).doc("Remove members."),
    opt("manage_ui", STR).doc("Change title, color and avatar."),
    opt("manage_settings", STR).doc("Change settings."),
    opt("manage_messages", STR).doc("Manage messages."),
    opt("can_post", STR).doc("Post messages."),
]);

/// A chat as `im.dialog.get`, `im.search.chat.list` and the recent lists describe it.
const CHAT: Ty = obj(&[
    opt("id", INT).doc("Chat ID."),
    opt("parent_chat_id", INT).doc("Parent chat."),
    opt("parent_message_id", INT).doc("Parent message."),
    opt("name", STR).doc("Chat name."),
    opt("title", STR).doc("Chat title."),
    opt("description", STR).doc("Description."),
    opt("owner", INT).doc("Owner."),
    opt("extranet", BOOL).doc("Extranet users take part."),
    opt("contains_collaber", BOOL).doc("Collab users take part."),
    opt("avatar", STR).doc("Avatar URL; empty when unset."),
    opt("color", STR).doc("Color, HEX."),
    opt("type", STR).doc("Chat type."),
    opt("counter", INT).doc("Unread messages for the caller."),
    opt("user_counter", INT).doc("Members."),
    opt("message_count", INT).doc("Messages."),
    opt("unread_id", INT).doc("First unread message."),
    opt("restrictions", RESTRICTIONS).doc("What members may do."),
    opt("last_message_id", INT).doc("Last message."),
    opt("last_id", INT).doc("Last message the caller read."),
    opt("marked_id", INT).doc("Marked message."),
    opt("disk_folder_id", INT).doc("Drive folder of the chat's files."),
    opt("entity_type", STR).doc("Kind of bound object."),
    opt("entity_id", STR).doc("ID of the bound object."),
    opt("entity_data_1", STR).doc("External data 1."),
    opt("entity_data_2", STR).doc("External data 2."),
    opt("entity_data_3", STR).doc("External data 3."),
    opt("mute_list", Ty::Either(&[Ty::Array(&INT), Ty::Map(&BOOL)]))
        .doc("Users who muted the chat."),
    opt("manager_list", INTS).doc("Chat managers."),
    opt("date_create", DATE).doc("Creation date."),
    opt("message_type", STR).doc("Message type code of the chat."),
    opt(
        "public",
        Ty::Either(&[
            STR,
            obj(&[
                opt("code", STR).doc("Public code."),
                opt("link", STR).doc("Public link."),
            ]),
        ]),
    )
    .doc("Public access data."),
    opt("role", STR).doc("The caller's role."),
    opt(
        "entity_link",
        obj(&[
            opt("type", STR).doc("Kind of bound object."),
            opt("url", STR).doc("Its URL."),
            opt("id", STR).doc("Its ID."),
        ]),
    )
    .doc("Link to the bound object."),
    opt("text_field_enabled", BOOL).doc("Whether the input field is shown."),
    opt("background_id", INT).doc("Chat background."),
    opt("permissions", PERMISSIONS).doc("Who may do what."),
    opt("is_new", BOOL).doc("New dialog."),
    opt(
        "readed_list",
        Ty::Array(&obj(&[
            req("user_id", INT).doc("User."),
            opt("user_name", STR).doc("Name."),
            opt("message_id", INT).doc("Last message read."),
            opt("date", DATE).doc("When."),
        ])),
    )
    .doc("Who read how far."),
    opt(
        "last_message_views",
        obj(&[
            opt("message_id", INT).doc("Message."),
            opt("first_viewers", Ty::Array(&ANY)).doc("First viewers."),
            opt("count_of_viewers", INT).doc("Views."),
        ]),
    )
    .doc("Views of the last message."),
    opt("dialog_id", STR).doc("Dialog ID as asked."),
]);

/// A message in `im.dialog.messages.get`.
const MESSAGE: Ty = obj(&[
    req("id", INT).doc("Message ID."),
    opt("chat_id", INT).doc("Chat."),
    opt("author_id", INT).doc("Author; 0 for system messages."),
    opt("date", DATE).doc("When posted."),
    opt("text", STR).doc("Text."),
    opt("unread", BOOL).doc("Unread by the caller."),
    opt("uuid", STR).doc("Client UUID; `null` for system messages."),
    opt("replaces", Ty::Array(&ANY)).doc("Text replacements."),
    // Keys vary with the kind of message (LIKE, CODE, NOTIFY, ATTACH...); empty comes as `[]`.
    opt("params", Ty::Either(&[DICT, Ty::Array(&ANY)])).doc("Extra message data."),
    opt("disappearing_date", DATE).doc("When it disappears."),
]);

/// A message in the newer camelCase form (`im.dialog.messages.search`).
const MESSAGE_V2: Ty = obj(&[
    req("id", INT).doc("Message ID."),
    opt("chatId", INT).doc("Chat."),
    opt("chat_id", INT).doc("Same as `chatId`."),
    opt("authorId", INT).doc("Author."),
    opt("author_id", INT).doc("Same as `authorId`."),
    opt("date", DATE).doc("When posted."),
    opt("text", STR).doc("Text."),
    opt("isSystem", BOOL).doc("System message."),
    opt("uuid", STR).doc("Client UUID."),
    opt("forward", DICT).doc("Forwarding data."),
    opt("params", Ty::Either(&[DICT, Ty::Array(&ANY)])).doc("Extra message data."),
    opt("viewedByOthers", BOOL).doc("Seen by others."),
    opt("block", DICT).doc("Block data."),
    opt("unread", BOOL).doc("Unread by the caller."),
    opt("viewed", BOOL).doc("Seen by the caller."),
    opt("viewedCount", INT).doc("How many have seen it."),
]);

/// A chat file (camelCase fields).
const FILE_INFO: Ty = obj(&[
    req("id", INT).doc("Drive file ID."),
    opt("chatId", INT).doc("Chat."),
    opt("date", Ty::Either(&[DATE, DICT])).doc("Upload date."),
    opt("type", STR).doc("`file`, `image`, `video` or `audio`."),
    opt("name", STR).doc("File name."),
    opt("extension", STR).doc("Extension."),
    opt("size", INT).doc("Size in bytes."),
    opt(
        "image",
        Ty::Either(&[
            obj(&[
                opt("height", INT).doc("Height."),
                opt("width", INT).doc("Width."),
            ]),
            BOOL,
        ]),
    )
    .doc("Image size, or `false`."),
    opt("status", STR).doc("Upload status, e.g. `done`."),
    opt("progress", INT).doc("Upload progress in percent."),
    opt("authorId", INT).doc("Uploader."),
    opt("authorName", STR).doc("Uploader's name."),
    opt("urlPreview", STR).doc("Preview link."),
    opt("urlShow", STR).doc("View link."),
    opt("urlDownload", STR).doc("Download link."),
    opt(
        "viewerAttrs",
        obj(&[
            opt("viewer", STR).doc("Viewer."),
            opt("viewerType", STR).doc("Viewer type."),
            opt("src", STR).doc("Source link."),
            opt("viewerResized", STR).doc("Reduced version link."),
            opt("objectId", STR).doc("Object ID."),
            opt("viewerGroupBy", STR).doc("Viewer group."),
            opt("imChatId", INT).doc("Chat."),
            opt("title", STR).doc("Title."),
            opt("unifiedLink", STR).doc("Unified file link."),
            opt("actions", STR).doc("Actions as JSON text."),
        ]),
    )
    .doc("Attributes for the built-in viewer."),
    opt(
        "mediaUrl",
        obj(&[opt("preview", Ty::Map(&STR)).doc("Preview links by size in pixels.")]),
    )
    .doc("Media preview links."),
    opt("isTranscribable", BOOL).doc("Can be transcribed."),
    opt("isVideoNote", BOOL).doc("Video note."),
    opt("isVoiceNote", BOOL).doc("Voice note."),
]);

/// A Drive file record (`FILE_MODELS` of `im.disk.file.commit`).
const DRIVE_FILE: Ty = obj(&[
    req("id", INT).doc("Drive file ID."),
    opt("name", STR).doc("Name."),
    opt("createTime", Ty::Either(&[DATE, DICT])).doc("Created."),
    opt("updateTime", Ty::Either(&[DATE, DICT])).doc("Updated."),
    opt("deleteTime", Ty::Either(&[DATE, DICT])).doc("Deleted."),
    opt("code", STR).doc("Type code."),
    opt("xmlId", STR).doc("External ID."),
    opt("storageId", INT).doc("Storage."),
    opt("realObjectId", INT).doc("Real object."),
    opt("parentId", INT).doc("Parent folder."),
    opt("deletedType", INT).doc("Deletion type."),
    opt("createdBy", STR).doc("Creator."),
    opt("updatedBy", STR).doc("Last editor."),
    opt("deletedBy", STR).doc("Deleter."),
    opt("uniqueCode", STR).doc("Unique code."),
    opt("typeFile", INT).doc("File type code."),
    opt("globalContentVersion", INT).doc("Content version."),
    opt("fileId", INT).doc("Underlying file."),
    opt("size", INT).doc("Size in bytes."),
    opt("etag", STR).doc("ETag."),
    opt(
        "links",
        obj(&[
            opt("download", STR).doc("Download link."),
            opt("showInGrid", STR).doc("Link to show it in Drive."),
            opt("preview", STR).doc("Preview link."),
        ]),
    )
    .doc("Links."),
]);

/// A notification.
const NOTIFICATION: Ty = obj(&[
    req("id", INT).doc("Notification ID."),
    opt("chat_id", INT).doc("Notification chat."),
    opt("author_id", INT).doc("Author."),
    opt("date", DATE).doc("When sent."),
    opt("notify_type", INT).doc("Type."),
    opt("notify_module", STR).doc("Module."),
    opt("notify_event", STR).doc("Event code."),
    opt("notify_tag", STR).doc("Tag."),
    opt("notify_sub_tag", STR).doc("Extra tag."),
    opt("notify_title", STR).doc("Title."),
    opt("setting_name", STR).doc("Setting as `MODULE|EVENT`."),
    opt("text", STR).doc("Text."),
    opt("notify_read", YN).doc("Read or not."),
    opt("notify_buttons", STR).doc("Buttons as JSON text (confirmations)."),
    opt("params", DICT).doc("Extra data."),
]);

/// An entry of the recent list.
const RECENT_ITEM: Ty = obj(&[
    req("id", STR).doc("Dialog: a user ID or `chatXXX`."),
    opt("chat_id", INT).doc("Chat ID."),
    opt("type", STR).doc("`user` or `chat`."),
    opt("avatar", AVATAR).doc("Avatar."),
    opt("title", STR).doc("User name or chat title."),
    opt(
        "message",
        obj(&[
            opt("id", INT).doc("Message ID."),
            opt("text", STR).doc("Text without BB codes."),
            opt("file", BOOL).doc("Has files."),
            opt("author_id", INT).doc("Author."),
            opt("attach", BOOL).doc("Has attachments."),
            opt("sticker", INT).doc("Sticker."),
            opt("date", DATE).doc("When posted."),
            opt("status", STR).doc("Delivery status."),
            opt("uuid", STR).doc("Client UUID."),
        ]),
    )
    .doc("Last message."),
    opt("counter", INT).doc("Unread messages."),
    opt("last_id", INT).doc("Last message read."),
    opt("pinned", BOOL).doc("Pinned."),
    opt("unread", BOOL).doc("Manually marked unread."),
    opt("has_reminder", BOOL).doc("Has a reminder."),
    opt("date_update", DATE).doc("Entry updated."),
    opt("date_last_activity", DATE).doc("Last activity in the dialog."),
    opt("user", USER).doc("User, for `user` entries."),
    opt("chat", CHAT).doc("Chat data."),
    opt(
        "lines",
        obj(&[
            opt("id", INT).doc("Open-line session."),
            opt("status", INT).doc("Its status."),
            opt("date_create", DATE).doc("Created."),
        ]),
    )
    .doc("Open-line data."),
    opt("options", Ty::Either(&[Ty::Array(&ANY), DICT])).doc("Extra entry options."),
]);

/// BitrixGPT data of `im.recent.list`.
const COPILOT: Ty = obj(&[
    opt("chats", ANY).doc("BitrixGPT chats."),
    opt("messages", ANY).doc("BitrixGPT messages."),
    opt(
        "roles",
        Ty::Map(&obj(&[
            req("code", STR).doc("Role code."),
            opt("name", STR).doc("Name."),
            opt("desc", STR).doc("Description."),
            opt("avatar", Ty::Map(&STR)).doc("Avatar URLs by size."),
            opt("default", BOOL).doc("Default role."),
            opt(
                "prompts",
                Ty::Array(&obj(&[
                    req("code", STR).doc("Prompt code."),
                    opt("promptType", STR).doc("Prompt type."),
                    opt("title", STR).doc("Title."),
                    opt("text", STR).doc("Prompt text."),
                    opt("isNew", BOOL).doc("New prompt."),
                ])),
            )
            .doc("Ready prompts."),
        ])),
    )
    .doc("Roles by code."),
    opt("recommendedRoles", STRS).doc("Recommended role codes."),
]);
