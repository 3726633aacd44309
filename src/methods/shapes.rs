//! Param shapes used by more than one family: rich message parts (attachments, keyboards,
//! context menus). Documented in the `im` chat-bot pages ("Attachments", "Keyboards", "Menu").

use crate::schema::*;

/// One attachment block: `{ "MESSAGE": ... }`, `{ "LINK": {...} }`, `{ "IMAGE": [...] }` etc.
const ATTACH_BLOCK: Ty = Ty::Map(&ANY);

/// An attachment: a list of blocks, an object with `BLOCKS`, or the same as JSON text.
pub const ATTACH: Ty = Ty::Either(&[
    Ty::Array(&ATTACH_BLOCK),
    Ty::Object(&[
        opt("ID", INT).doc("Attachment ID, for later updates."),
        opt("COLOR_TOKEN", Ty::Enum(&["primary", "secondary", "alert", "base"])).doc("Color theme of the attachment."),
        opt("COLOR", STR).doc("Side-stripe color, `#RRGGBB`."),
        req("BLOCKS", Ty::Array(&ATTACH_BLOCK)).doc("Content blocks."),
    ]),
    STR,
]);

/// The documented upper bound of a serialized attachment.
pub const ATTACH_MAX_JSON: u32 = 60_000;

/// Buttons under a message: a list of buttons, `{ "BUTTONS": [...] }`, or JSON text.
pub const KEYBOARD: Ty = Ty::Either(&[Ty::Array(&DICT), Ty::Object(&[req("BUTTONS", Ty::Array(&DICT))]), STR]);

/// Context-menu items of a message: a list of items, `{ "ITEMS": [...] }`, or JSON text.
pub const MENU: Ty = Ty::Either(&[Ty::Array(&DICT), Ty::Object(&[req("ITEMS", Ty::Array(&DICT))]), STR]);
