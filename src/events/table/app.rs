//! The app's lifecycle, and the offline queue's signal (`common/api-reference/common/events/`
//! and `common/api-reference/events/` of the docs).

use crate::events::{event, Event};
use crate::schema::*;

pub static EVENTS: &[Event] = &[
    event("ONAPPINSTALL", &[])
        .page("common/api-reference/common/events/on-app-install.md")
        .doc("The app was installed: store `auth.application_token` for `auth.member_id`.")
        .data(crate::schema::obj(&[
            opt("VERSION", STR).doc("The installed version."),
            opt("ACTIVE", YN),
            opt("INSTALLED", YN).doc("`N` while the installation is not finished."),
            opt("LANGUAGE_ID", STR),
        ])),
    event("ONAPPUPDATE", &[])
        .page("common/api-reference/common/events/on-app-update.md")
        .doc("A new version of the app was installed.")
        .data(crate::schema::obj(&[
            opt("VERSION", STR),
            opt("PREVIOUS_VERSION", STR),
            opt("LANGUAGE_ID", STR),
        ])),
    event("ONAPPUNINSTALL", &[])
        .page("common/api-reference/common/events/on-app-uninstall.md")
        // Older copies of the page (before b24restdocs 63051d88) spelled it ONAPPSUNINSTALL.
        .aliases(&["ONAPPSUNINSTALL"])
        .doc("The app was uninstalled; only the token check proves the portal sent it.")
        .data(crate::schema::obj(&[
            opt("LANGUAGE_ID", STR),
            opt("CLEAN", INT).doc("`1` when the user asked to delete the app's data."),
        ])),
    event("ONOFFLINEEVENT", &[])
        .doc("New records wait in the offline queue: read them with `event.offline.get`.")
        .page("common/api-reference/events/on-offline-event.md")
        .data(DICT),
];
