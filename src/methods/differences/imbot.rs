//! Deliberate differences from the docs in the `imbot` family.

use super::{differs, Difference, Kind::*};

/// A system error code shown with another HTTP status than the system table.
const ACCESS_DENIED_400: &str = "the page uses ACCESS_DENIED with HTTP 400 for its own meaning (the bot is not in the chat); the system table's ACCESS_DENIED is 403 (REST needs a commercial plan). The library reports the status the portal sends; switch on code and status together";

const YN_WHY: &str = "the page shows a Y/N flag (example 'N', default N)";
const ATTACH_WHY: &str = "typed with the shared ATTACH shape from the Attachments page";
const KEYBOARD_WHY: &str = "typed with the shared KEYBOARD shape from the Keyboards page";
const MENU_WHY: &str = "typed with the shared MENU shape from the Context Menu page";
const OLD_COLOR_WHY: &str = "the page lists the 16 colors RED..GRAPHITE in the description";
const V2_COLOR_WHY: &str =
    "the page links the available-colors table of imbot.v2.Chat.add (red..graphite)";
/// imbot.app.update: the page's table and its example disagree; the portal's code decides.
const APP_UPDATE_FIELDS: &str = "the page's table lists it at the top level, but its PHP example sends it inside FIELDS, and the portal reads it only there: CIMRestService::appUpdate (im/classes/general/im_rest.php of the im module, lines 6507-6666 of the newest copy in the code index; older copies in yuliai/bitrix-modules) reads each change as $arParams['FIELDS'][NAME] (from line 6540: CONTEXT, HASH 6544, JS_METHOD 6550, IFRAME 6587) and only CLIENT_ID (6518) and APP_ID (6529) at the top; the table has it in FIELDS";
const CONTEXT_WHY: &str =
    "the page lists ALL, USER, CHAT, BOT, LINES, CALL, each also with the -admin postfix";

pub static ROWS: &[Difference] = &[
    // imbot.app.*
    differs("imbot.app.register", "CONTEXT", FollowsPage, CONTEXT_WHY),
    differs("imbot.app.register", "EXTRANET_SUPPORT", FollowsPage, YN_WHY),
    differs("imbot.app.register", "LIVECHAT_SUPPORT", FollowsPage, YN_WHY),
    differs("imbot.app.register", "IFRAME_POPUP", FollowsPage, YN_WHY),
    differs("imbot.app.register", "HIDDEN", FollowsPage, YN_WHY),
    differs("imbot.app.register", "LANG.COPYRIGHT", FollowsPage, "the IFRAME table of the page lists COPYRIGHT (LANG)"),
    differs("imbot.app.unregister", "APP_ID", DocsError, "the page marks nothing required, but APP_ID is the only param and names the app to remove; kept required"),
    differs("imbot.app.update", "IFRAME", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "IFRAME_WIDTH", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "IFRAME_HEIGHT", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "JS_METHOD", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "JS_PARAM", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "HASH", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "ICON_FILE", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "CONTEXT", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "EXTRANET_SUPPORT", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "LIVECHAT_SUPPORT", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "IFRAME_POPUP", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "LANG", DocsError, APP_UPDATE_FIELDS),
    differs("imbot.app.update", "FIELDS", DocsError, "not in the page's table, but in its example and in what the portal reads (see the rows above); at least one field, stricter than the portal, which answers true and changes nothing when FIELDS is empty (im_rest.php lines 6656-6665): a call that cannot change anything is refused as a caller's mistake"),
    // imbot.register / imbot.update
    differs("imbot.register", "PROPERTIES.COLOR", FollowsPage, OLD_COLOR_WHY),
    differs("imbot.update", "FIELDS.PROPERTIES.COLOR", FollowsPage, OLD_COLOR_WHY),
    // imbot.command.answer
    differs("imbot.command.answer", "ATTACH", FollowsPage, ATTACH_WHY),
    differs("imbot.command.answer", "KEYBOARD", FollowsPage, KEYBOARD_WHY),
    differs("imbot.command.answer", "MENU", FollowsPage, MENU_WHY),
    differs("imbot.command.answer", "URL_PREVIEW", FollowsPage, "the page lists Y and N"),
    // imbot.message.*
    differs("imbot.message.add", "ATTACH", FollowsPage, ATTACH_WHY),
    differs("imbot.message.add", "KEYBOARD", FollowsPage, KEYBOARD_WHY),
    differs("imbot.message.add", "MENU", FollowsPage, MENU_WHY),
    differs("imbot.message.update", "ATTACH", FollowsPage, ATTACH_WHY),
    differs("imbot.message.update", "KEYBOARD", FollowsPage, KEYBOARD_WHY),
    differs("imbot.message.update", "MENU", FollowsPage, MENU_WHY),
    // imbot.v2.Bot.*
    differs("imbot.v2.Bot.list", "filter", FollowsPage, "the page names the one filter field: type (a bot type)"),
    differs("imbot.v2.Bot.register", "fields.type", FollowsPage, "the page's error table lists the types bot, network, openline, supervisor, personal"),
    differs("imbot.v2.Bot.register", "fields.properties.color", FollowsPage, V2_COLOR_WHY),
    differs("imbot.v2.Bot.update", "fields.properties.color", FollowsPage, V2_COLOR_WHY),
    differs("imbot.v2.Bot.update", "fields.backgroundId", FollowsPage, "the page links the backgrounds table of imbot.v2.Bot.register"),
    differs("imbot.v2.Bot.update", "fields.eventMode", FollowsPage, "the page lists fetch and webhook"),
    // imbot.v2.Chat.*
    differs("imbot.v2.Chat.User.list", "order", FollowsPage, "the page names the sort fields id, lastSendMessageId, userId with ASC or DESC"),
    differs("imbot.v2.Chat.Message.Reaction.delete", "reaction", FollowsPage, "the page links the reaction codes of imbot.v2.Chat.Message.Reaction.add"),
    differs("imbot.v2.Chat.Message.send", "fields.attach", FollowsPage, ATTACH_WHY),
    differs("imbot.v2.Chat.Message.send", "fields.keyboard", FollowsPage, KEYBOARD_WHY),
    differs("imbot.v2.Chat.Message.update", "fields.attach", FollowsPage, ATTACH_WHY),
    differs("imbot.v2.Chat.Message.update", "fields.keyboard", FollowsPage, KEYBOARD_WHY),
    // imbot.v2.Command.*
    differs("imbot.v2.Command.answer", "fields.attach", FollowsPage, ATTACH_WHY),
    differs("imbot.v2.Command.answer", "fields.keyboard", FollowsPage, KEYBOARD_WHY),
    differs("imbot.v2.Chat.InputAction.notify", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.Manager.add", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.Manager.delete", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.Message.delete", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.Message.read", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.Message.update", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.TextField.enabled", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.User.add", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.User.delete", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.User.list", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.get", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.leave", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.setOwner", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
    differs("imbot.v2.Chat.update", "ACCESS_DENIED", StatusDiffers, ACCESS_DENIED_400),
];
