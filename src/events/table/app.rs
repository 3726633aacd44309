//! The app's lifecycle, and the offline queue's signal. The lifecycle pages are not in the docs
//! snapshot; the fields follow the upstream pages (`api-reference/common/events/on-app-*.md`).

use crate::events::{event, Event};
use crate::schema::*;

pub static EVENTS: &[Event] = &[
    event("ONAPPINSTALL", &[])
        .doc("The app was installed: store `auth.application_token` for `auth.member_id`.")
        .data(crate::schema::obj(&[
            opt("VERSION", STR).doc("The installed version."),
            opt("ACTIVE", YN),
            opt("INSTALLED", YN).doc("`N` while the installation is not finished."),
            opt("LANGUAGE_ID", STR),
        ])),
    event("ONAPPUPDATE", &[])
        .doc("A new version of the app was installed.")
        .data(crate::schema::obj(&[
            opt("VERSION", STR),
            opt("PREVIOUS_VERSION", STR),
            opt("LANGUAGE_ID", STR),
        ])),
    event("ONAPPUNINSTALL", &[])
        // The upstream page spells it ONAPPSUNINSTALL in its example and table.
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
