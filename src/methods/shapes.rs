//! Param shapes used by more than one family: rich message parts (attachments, keyboards,
//! context menus). Documented in the `im` pages ("Attachments", "Working with Keyboards",
//! "Working with Context Menu") and the chat-bot 2.0 pages they point to (`ATTACH` block
//! collection, "Keyboards in Messages").

use crate::schema::*;

/// The color themes of attachments, grid values and buttons.
const COLOR_TOKEN: Ty = Ty::Enum(&["primary", "secondary", "alert", "base"]);

/// A `GRID` element: one name-value pair.
const GRID_ITEM: Ty = obj(&[
    req("DISPLAY", Ty::Enum(&["BLOCK", "LINE", "ROW", "TABLE"])).doc("Layout of the pair."),
    opt("NAME", STR).doc("Name (may be left out in `ROW` layout)."),
    opt("VALUE", STR).doc("Value; BB codes allowed."),
    opt("WIDTH", INT).doc("Width in pixels."),
    opt("HEIGHT", INT).doc("Height in pixels."),
    opt("COLOR_TOKEN", COLOR_TOKEN).doc("Color theme of the value."),
    opt("COLOR", STR).doc("Value color, `#RGB` or `#RRGGBB`."),
    opt("LINK", STR).doc("External link on the value."),
    opt("USER_ID", INT).doc("User the value links to."),
    opt("CHAT_ID", INT).doc("Chat the value links to."),
]);

/// An `IMAGE` block entry.
const IMAGE_ITEM: Ty = obj(&[
    req("LINK", STR).doc("URL of the full image."),
    opt("NAME", STR).doc("Image name."),
    opt("PREVIEW", STR).doc("URL of a thumbnail; `LINK` when left out."),
    opt("WIDTH", INT).doc("Width in pixels."),
    opt("HEIGHT", INT).doc("Height in pixels."),
]);

/// A `FILE` block entry.
const FILE_ITEM: Ty = obj(&[
    req("LINK", STR).doc("URL of the file."),
    opt("NAME", STR).doc("Shown file name."),
    opt("SIZE", INT).doc("Size in bytes."),
]);

/// One attachment block: an object whose single key names the block type.
const ATTACH_BLOCK: Ty = obj(&[
    opt("MESSAGE", STR).doc("Text block; BB codes allowed."),
    opt(
        "LINK",
        obj(&[
            req("LINK", STR).doc("Absolute URL or path from the portal root."),
            opt("NAME", STR).doc("Link text; the URL when left out."),
            opt("DESC", STR).doc("Description under the title."),
            opt("HTML", STR).doc("HTML description, used instead of `DESC`."),
            opt("PREVIEW", STR).doc("URL of a preview image."),
            opt("WIDTH", INT).doc("Preview width in pixels."),
            opt("HEIGHT", INT).doc("Preview height in pixels."),
            opt("USER_ID", INT).doc("User the link opens."),
            opt("CHAT_ID", INT).doc("Chat the link opens."),
            opt("NETWORK_ID", STR).doc("Bitrix24 Network user the link opens."),
        ]),
    )
    .doc("Link block."),
    opt(
        "USER",
        obj(&[
            req("NAME", STR).doc("Shown name."),
            opt("AVATAR", STR).doc("Avatar URL."),
            opt("LINK", STR).doc("URL opened on click."),
            opt("USER_ID", INT).doc("User the card opens."),
            opt("CHAT_ID", INT).doc("Chat the card opens."),
            opt("BOT_ID", INT).doc("Chat bot the card opens."),
            opt("NETWORK_ID", STR).doc("Bitrix24 Network user the card opens."),
            opt("AVATAR_TYPE", Ty::Enum(&["USER", "CHAT", "BOT"])).doc("How the avatar is drawn."),
        ]),
    )
    .doc("User card block."),
    opt("GRID", Ty::Array(&GRID_ITEM)).doc("Table of name-value pairs."),
    opt("IMAGE", Ty::Either(&[Ty::Array(&IMAGE_ITEM), IMAGE_ITEM])).doc("One or more images."),
    opt("FILE", Ty::Either(&[Ty::Array(&FILE_ITEM), FILE_ITEM])).doc("One or more files."),
    // The legacy pages send `{"DELIMITER": true}` for a default divider.
    opt(
        "DELIMITER",
        Ty::Either(&[
            obj(&[
                opt("SIZE", INT).doc("Width in pixels (200 by default)."),
                opt("COLOR", STR).doc("Color, `#RGB` or `#RRGGBB`."),
            ]),
            BOOL,
        ]),
    )
    .doc("Divider line; `true` draws the default one."),
    opt("RICH_LINK", DICT).doc("Expanded link preview (fields not documented)."),
])
.rules(&[Rule::ExactlyOne(&[
    "MESSAGE",
    "LINK",
    "USER",
    "GRID",
    "IMAGE",
    "FILE",
    "DELIMITER",
    "RICH_LINK",
])]);

/// An attachment: an object with `BLOCKS`, a bare list of blocks, or the same as JSON text.
pub const ATTACH: Ty = Ty::Either(&[
    obj(&[
        opt("ID", INT).doc("Attachment ID within the message."),
        opt("COLOR_TOKEN", COLOR_TOKEN).doc("Color theme of the attachment."),
        opt("COLOR", STR).doc("Attachment color, `#RRGGBB`."),
        req("BLOCKS", Ty::Array(&ATTACH_BLOCK)).doc("Content blocks, shown in order."),
    ]),
    Ty::Array(&ATTACH_BLOCK),
    STR,
]);

/// The documented upper bound of a serialized attachment.
pub const ATTACH_MAX_JSON: u32 = 60_000;

/// The longest text of an imbot.v2 message (the pages: "Maximum length — 20,000 characters";
/// the portal cuts a longer one and adds " (...)", so it is refused before anything is lost).
pub const MESSAGE_MAX_CHARS: u32 = 20_000;

/// What a button or menu item does on the client side.
const ACTION: Ty = Ty::Enum(&["PUT", "SEND", "COPY", "CALL", "DIALOG"]);

/// Where a button or menu item is shown.
const CONTEXT: Ty = Ty::Enum(&["MOBILE", "DESKTOP", "ALL"]);

/// One keyboard button (or a `{"TYPE": "NEWLINE"}` line break).
const BUTTON: Ty = obj(&[
    opt("TEXT", STR).doc("Button text; needed on every button but line breaks."),
    opt("TYPE", Ty::Enum(&["NEWLINE"])).doc("`NEWLINE` starts a new row of buttons."),
    opt("LINK", STR).doc("URL to open."),
    opt("APP_ID", INT).doc("Chat app to open (legacy)."),
    opt("APP_PARAMS", STR).doc("Launch params for `APP_ID`."),
    opt("ACTION", ACTION).doc("Client-side action."),
    opt("ACTION_VALUE", STR).doc("Text, phone number or dialog for `ACTION`."),
    opt("COMMAND", STR).doc("Bot command to run."),
    opt("COMMAND_PARAMS", STR).doc("Params for `COMMAND`."),
    opt("BLOCK", YN).doc("Disable a `COMMAND` button once pressed."),
    opt("DISABLED", YN).doc("Show the button inactive."),
    opt("CONTEXT", CONTEXT).doc("Devices the button shows on."),
    opt("DISPLAY", Ty::Enum(&["LINE", "BLOCK"])).doc("Inline or full-width button."),
    opt("WIDTH", INT).doc("Width in pixels."),
    opt("BG_COLOR", STR).doc("Background color, HEX."),
    opt("BG_COLOR_TOKEN", COLOR_TOKEN).doc("Background color theme."),
    opt("TEXT_COLOR", STR).doc("Text color, HEX."),
    opt("OFF_BG_COLOR", STR).doc("Background color when inactive."),
    opt("OFF_TEXT_COLOR", STR).doc("Text color when inactive."),
])
.rules(&[Rule::NeededUnless {
    field: "TEXT",
    when: "TYPE",
    is: "NEWLINE",
}]);

/// Buttons under a message: `{ "BUTTONS": [...] }`, a bare list of buttons, or JSON text
/// (`"N"` removes the keyboard on update).
pub const KEYBOARD: Ty = Ty::Either(&[
    obj(&[
        opt("BOT_ID", INT).doc("Bot that receives the button commands."),
        req("BUTTONS", Ty::Array(&BUTTON)).doc("Buttons, in order."),
    ]),
    Ty::Array(&BUTTON),
    STR,
]);

/// One context-menu item.
const MENU_ITEM: Ty = obj(&[
    req("TEXT", STR).doc("Item text."),
    opt("LINK", STR).doc("URL to open."),
    opt("COMMAND", STR).doc("Bot command to run."),
    opt("COMMAND_PARAMS", STR).doc("Params for `COMMAND`."),
    opt("APP_ID", INT).doc("Chat app to open (legacy)."),
    opt("APP_PARAMS", STR).doc("Launch params for `APP_ID`."),
    opt("ACTION", ACTION).doc("Client-side action."),
    opt("ACTION_VALUE", STR).doc("Text, phone number or dialog for `ACTION`."),
    opt("CONTEXT", CONTEXT).doc("Devices the item shows on."),
    opt("DISABLED", YN).doc("Show the item inactive."),
]);

/// Context-menu items of a message: `{ "ITEMS": [...] }`, a bare list of items, or JSON text
/// (`"N"` removes the menu on update).
pub const MENU: Ty = Ty::Either(&[
    obj(&[req("ITEMS", Ty::Array(&MENU_ITEM)).doc("Menu items, in order.")]),
    Ty::Array(&MENU_ITEM),
    STR,
]);
