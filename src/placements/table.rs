//! One entry per placement of our scopes, from its page under
//! `spec/docs/common/api-reference/widgets/` (`IMMOBILE_CONTEXT_MENU`'s page is upstream's
//! `api-reference/widgets/mobile-app.md`, vendored beside them).
//!
//! `PLACEMENT_OPTIONS` fields are required as the pages mark them, except `URI`: the standard
//! data's page says it is absent when the browser sent no `Referer` or the widget was opened
//! from another domain, so it is optional everywhere.

use super::{mistake, placement, Mistake, Placement};
use crate::schema::*;

/// `OPTIONS` keys shared by the messenger placements.
const ICON_NAME: Param = req("iconName", STR)
    .max_chars(50)
    .doc("Font Awesome 4 icon name, e.g. `fa-paperclip` (Bitrix24 adds the `fa` class itself); Latin letters, spaces and `-`, up to 50 characters.");
const EXTRANET: Param = opt("extranet", YN).doc("`Y`: extranet users see it too (default `N`).");
const CONTEXT: Param = opt("context", STR).doc(
    "Chats it shows in, `;`-separated: `ALL` (default), `USER`, `CHAT`, `LINES`, `CRM`. With `ALL` the others are ignored.",
);
const ROLE: Param = opt("role", Ty::Enum(&["USER", "ADMIN"]))
    .doc("`ADMIN`: portal administrators only (default `USER`).");
const COLOR: Param = opt(
    "color",
    Ty::Enum(&[
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
        "ORANGE",
        "MARENGO",
        "GRAY",
        "GRAPHITE",
    ]),
)
.doc("Icon colour from the messenger's palette.");
const WIDTH: Param = opt("width", INT)
    .range(0, i64::MAX)
    .doc("Block width in percent (default 100).");
const HEIGHT: Param = opt("height", INT)
    .range(0, i64::MAX)
    .doc("Block height in percent (default 100).");

/// `PLACEMENT_OPTIONS` keys.
const DIALOG_ID: Param = req("dialogId", STR)
    .doc("The chat: `chatNNN` for a group chat, the other user's ID for a private one (`im.dialog.get` reads it).");
const URI: Param = opt("URI", STR).doc("Path and query of the page the widget was opened from (`/online/` in the messenger); absent without a `Referer`.");

const APP_CONTEXT: Mistake = mistake(
    "`placement.bind` returns `WRONG_AUTH_TYPE` (`Application context required`)",
    "Bind from the application (its OAuth token); a webhook cannot bind a placement.",
);
const NOT_INSTALLED: Mistake = mistake(
    "The item does not show although `placement.bind` returned `true`",
    "Finish the application's installation (`BX24.installFinish`), then reopen the chat.",
);
const ICON_MISSING: Mistake = mistake(
    "`placement.bind` returns `ERROR_ARGUMENT`",
    "`OPTIONS.iconName` is required here; the field's name comes back in `argument`.",
);
const BAD_CONTEXT: Mistake = mistake(
    "Registration fails because of `context`, or the item shows in other chats",
    "Only `ALL`, `USER`, `CHAT`, `LINES`, `CRM`, `;`-separated; `ALL` with others means `ALL`.",
);

pub static PLACEMENTS: &[Placement] = &[
    placement("IM_TEXTAREA", &["placement", "im"], &[ICON_NAME, EXTRANET, CONTEXT, ROLE, COLOR, WIDTH, HEIGHT], obj(&[DIALOG_ID, URI]))
        .doc("An item in the panel above the chat's message input.")
        .page("common/api-reference/widgets/im/textarea.md")
        .mistakes(&[APP_CONTEXT, ICON_MISSING, NOT_INSTALLED, BAD_CONTEXT]),
    placement("IM_SIDEBAR", &["placement", "im"], &[ICON_NAME, EXTRANET, CONTEXT, ROLE, COLOR], obj(&[DIALOG_ID, URI]))
        .doc("An item in the chat's sidebar (its *Applications* block).")
        .page("common/api-reference/widgets/im/sidebar.md")
        .mistakes(&[APP_CONTEXT, ICON_MISSING, NOT_INSTALLED, BAD_CONTEXT]),
    placement(
        "IM_CONTEXT_MENU",
        &["placement", "im"],
        &[EXTRANET, CONTEXT, ROLE],
        obj(&[
            req("messageId", STR).doc("The message whose menu opened the widget (a string of digits)."),
            DIALOG_ID,
            URI,
        ]),
    )
    .doc("An item in a message's context menu (under *More*).")
    .page("common/api-reference/widgets/im/context-menu.md")
    .mistakes(&[
        APP_CONTEXT,
        NOT_INSTALLED,
        mistake("The item is not found in the menu", "It is added last: hover over *More*."),
        BAD_CONTEXT,
    ]),
    placement("IMMOBILE_CONTEXT_MENU", &["placement", "im"], &[CONTEXT, EXTRANET, ROLE], obj(&[DIALOG_ID]))
        .doc("An item of the *Apps* menu above the input in a chat of the mobile app; opens as a page of its own.")
        .page("upstream:api-reference/widgets/mobile-app.md")
        .mistakes(&[
            mistake("The handler expects `URI`", "This placement never receives `URI`; `dialogId` is its only key."),
            mistake(
                "Access is limited with `role` and `context`",
                "The mobile app applies neither: check the user's rights and the chat type in the handler.",
            ),
            mistake(
                "`iconName` is passed",
                "The portal drops it (every item of the menu has the same icon); the library refuses it before the wire.",
            ),
        ]),
    placement("IM_NAVIGATION", &["placement", "im"], &[ICON_NAME, EXTRANET, ROLE], obj(&[URI]))
        .doc("An item in the messenger's navigation row; the app takes the messenger's whole working area.")
        .page("common/api-reference/widgets/im/navigation.md")
        .mistakes(&[
            APP_CONTEXT,
            ICON_MISSING,
            mistake("The item is not found in the navigation row", "It is added last, usually under *More*."),
            mistake(
                "The display is limited with `context`",
                "The navigation item belongs to no chat: `context` does not apply; use `role` and `extranet`.",
            ),
        ]),
    placement("IM_SMILES_SELECTOR", &["placement"], &[EXTRANET, ROLE, CONTEXT], obj(&[URI]))
        .deprecated()
        .doc("Archived: a tab of the old emoji window. `placement.bind` still accepts it, but the handler is never called (stickers replaced emoji in im 25.1600.0).")
        .page("common/api-reference/widgets/im/smile-selector.md"),
    placement(
        "CONTACT_CENTER",
        &["placement", "contact_center"],
        &[],
        obj(&[
            opt("ID", STR).doc("The binding's ID, as `placement.get` gives it: tells which of the app's tiles was opened."),
            opt("URI", STR).doc("The Contact Center page the tile was opened from."),
        ]),
    )
    .doc("A tile in the Contact Center's *Partner solutions* block, usually a form to connect a channel of your own. Keeps no `OPTIONS`.")
    .page("common/api-reference/widgets/contact-center.md")
    .mistakes(&[mistake(
        "`OPTIONS` are passed to `placement.bind`",
        "This placement keeps none (`placement.get` shows an empty list).",
    )]),
    placement(
        "SETTING_CONNECTOR",
        &["imopenlines"],
        &[],
        obj(&[
            opt("CONNECTOR", STR).doc("The connector's `ID` from `imconnector.register`, in lower case (the method lower-cases it)."),
            opt("LINE", STR).doc("The open line the settings are opened for (`imopenlines.config.get`)."),
            opt("ACTIVE_STATUS", BOOL).doc("The connector is on for this line (`imconnector.activate`)."),
            opt("CONNECTION_STATUS", BOOL).doc("The connection to the external service is confirmed."),
            opt("REGISTER_STATUS", BOOL).doc("The channel is registered in the external service."),
            opt("ERROR_STATUS", BOOL).doc("The connector has an error (`imconnector.set.error`)."),
            opt("STATUS", BOOL).doc("All of the above are fine (what `imconnector.status` gives)."),
            URI,
        ]),
    )
    .bound_by(
        "imconnector.register",
        "PLACEMENT_HANDLER",
        "must not be SETTING_CONNECTOR: that placement is bound by imconnector.register's PLACEMENT_HANDLER; placement.bind accepts the code, but its binding never shows on the connector's settings page",
    )
    .doc("The settings page of an open-line connector of your own, in the connector's slider.")
    .page("common/api-reference/widgets/setting-connector.md")
    .mistakes(&[
        mistake(
            "The handler was bound with `placement.bind`",
            "The binding is made but never shown: pass the page's address as `PLACEMENT_HANDLER` to `imconnector.register` (again, with the same `ID`, to change it).",
        ),
        mistake(
            "The settings page is looked for before the channel is connected",
            "Click *Connect* in the connector's slider and choose an open line first.",
        ),
        mistake(
            "The connector ID does not match the stored one",
            "`imconnector.register` lower-cases `ID`, and `PLACEMENT_OPTIONS.CONNECTOR` carries the lower-cased value: compare in one case.",
        ),
    ]),
];
