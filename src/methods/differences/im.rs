//! Deliberate differences from the docs in the `im` family.

use super::{differs, Difference, Kind::*};

/// A system error code shown with another HTTP status than the system table.
const CREDENTIALS_401: &str = "the page shows INVALID_CREDENTIALS with HTTP 401; the system table says 403. The library reports the status the portal actually sends and never rewrites it";

pub static ROWS: &[Difference] = &[
    differs(
        "im.dialog.messages.search",
        "ORDER",
        FollowsPage,
        "the page documents ORDER as {ID: ASC|DESC}",
    ),
    differs(
        "im.message.add",
        "ATTACH",
        FollowsPage,
        "typed from the Attachments pages (full form with BLOCKS, bare block list, or JSON text)",
    ),
    differs(
        "im.message.add",
        "KEYBOARD",
        FollowsPage,
        "typed from the Keyboards pages (BUTTONS object, bare button list, or JSON text)",
    ),
    differs(
        "im.message.add",
        "MENU",
        FollowsPage,
        "typed from the Context Menu page (ITEMS object, bare item list, or JSON text)",
    ),
    differs(
        "im.message.update",
        "ATTACH",
        FollowsPage,
        "typed from the Attachments pages (full form with BLOCKS, bare block list, or JSON text)",
    ),
    differs(
        "im.message.update",
        "KEYBOARD",
        FollowsPage,
        "typed from the Keyboards pages (BUTTONS object, bare button list, or JSON text)",
    ),
    differs(
        "im.message.update",
        "MENU",
        FollowsPage,
        "typed from the Context Menu page (ITEMS object, bare item list, or JSON text)",
    ),
    differs(
        "im.notify",
        "ATTACH",
        FollowsPage,
        "typed from the Attachments pages (full form with BLOCKS, bare block list, or JSON text)",
    ),
    differs(
        "im.notify.personal.add",
        "ATTACH",
        FollowsPage,
        "typed from the Attachments pages (full form with BLOCKS, bare block list, or JSON text)",
    ),
    differs(
        "im.notify.system.add",
        "ATTACH",
        FollowsPage,
        "typed from the Attachments pages (full form with BLOCKS, bare block list, or JSON text)",
    ),
    differs(
        "im.chat.add",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.chat.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.counters.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.dialog.read.all",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.notify.read",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.notify.read.all",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.notify.schema.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.recent.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.recent.list",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.revision.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.search.last.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.user.status.get",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.user.status.idle.end",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "im.user.status.idle.start",
        "INVALID_CREDENTIALS",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "imconnector.list",
        "ACCESS_DENIED",
        StatusDiffers,
        CREDENTIALS_401,
    ),
    differs(
        "imopenlines.session.open",
        "ACCESS_DENIED",
        StatusDiffers,
        CREDENTIALS_401,
    ),
];
