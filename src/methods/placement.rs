//! `placement.*`: binding an app's pages to places in the portal's interface, for the
//! placements of our scopes (`crate::placements`). Every method works only with an
//! application's OAuth token (`WRONG_AUTH_TYPE` through a webhook); `bind`, `unbind` and `get`
//! only for an administrator.

use crate::placements::CODES;
use crate::schema::*;

/// `LANG_ALL`: per language, the texts shown in the interface.
const LANG_TEXTS: Ty = Ty::Map(&obj(&[
    opt("TITLE", STR).doc("Name shown in the interface."),
    opt("DESCRIPTION", STR).doc("Description (not used in practice)."),
    opt("GROUP_NAME", STR).doc("Group of several handlers of the same placement."),
]));

pub static METHODS: &[Method] = &[
    method("placement.bind", &["placement"])
        .doc("Binds a handler (a page of the app) to a placement; `OPTIONS` as the placement declares them. `SETTING_CONNECTOR` is refused: `imconnector.register` binds it.")
        .params(&[
            req("PLACEMENT", Ty::Enum(CODES)).doc("The placement code (the placements of the `im`, `imopenlines`, `imconnector` and `contact_center` pages)."),
            req("HANDLER", STR).doc("The handler's URL: a domain name and `http` or `https` (no `localhost`), reachable from the internet."),
            opt("TITLE", STR).doc("Name in the interface (tab, menu item, ...)."),
            opt("DESCRIPTION", STR).doc("Description in the interface (not used in practice)."),
            opt("GROUP_NAME", STR).doc("Groups several handlers of the same placement (only some placements)."),
            opt("LANG_ALL", LANG_TEXTS).doc("`TITLE`, `DESCRIPTION` and `GROUP_NAME` per language code (`en`, `de`, ...)."),
            opt("OPTIONS", DICT).doc("Display options; which keys depends on the placement (see the placements table)."),
            opt("USER_ID", INT).doc("Bind for one user only (only `PAGE_BACKGROUND_WORKER`; others answer `ERROR_PLACEMENT_USER_MODE`)."),
        ])
        .rules(&[Rule::PlacementOptions {
            by: "PLACEMENT",
            options: "OPTIONS",
        }])
        .result(BOOL),
    method("placement.get", &["placement"])
        .reads()
        .doc("The handlers the application has bound, with their options and titles.")
        .result(Ty::Array(&obj(&[
            req("placement", STR).doc("The placement code."),
            opt("userId", INT).doc("The user it is bound for; 0 for everyone."),
            req("handler", STR).doc("The handler's URL."),
            opt("options", Ty::Either(&[DICT, Ty::Array(&ANY)])).doc("The kept `OPTIONS` (`[]` when none)."),
            opt("title", STR),
            opt("description", STR),
            opt("langAll", Ty::Either(&[Ty::Map(&DICT), Ty::Array(&ANY)])).doc("`TITLE`, `DESCRIPTION`, `GROUP_NAME` per language."),
        ]))),
    method("placement.list", &["placement"])
        .reads()
        .doc("The placement codes available to the application (the app's scopes and the global ones; all with `FULL`).")
        .params(&[
            opt("SCOPE", STR).doc("Only the placements of this scope."),
            opt("FULL", BOOL).doc("`true`: the placements of every scope (ignored with `SCOPE`)."),
        ])
        .result(STRS),
    method("placement.unbind", &["placement"])
        .doc("Removes the application's handlers of a placement: the one with `HANDLER`, or all of them.")
        .params(&[
            req("PLACEMENT", Ty::Enum(CODES)).doc("The placement code."),
            opt("HANDLER", STR).doc("The handler's URL; without it every handler of the placement goes."),
            opt("USER_ID", INT).doc("Only the handlers bound for this user."),
        ])
        .result(obj(&[req("count", INT).doc("Counts each handler found, and each one removed, once.")])),
];
