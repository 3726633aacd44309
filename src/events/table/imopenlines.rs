//! Open-line events: messages and sessions of the lines an app's connector serves.

use super::shapes::*;
use crate::events::{event, Event};
use crate::schema::*;

/// A page of the open-line event docs.
macro_rules! page {
    ($file:literal) => {
        concat!(
            "imopenlines/api-reference/imopenlines/openlines/events/",
            $file
        )
    };
}

pub static EVENTS: &[Event] = &[
    event("ONOPENLINEMESSAGEADD", &["imopenlines"])
        .doc("A message was added to an open-line chat served by the app's connector.")
        .page(page!("on-open-line-message-add.md"))
        .data(crate::schema::obj(&[req(
            "DATA",
            Ty::Array(&crate::schema::obj(&[
                req("connector", LINE_CONNECTOR),
                req("chat", crate::schema::obj(&[req("id", INT)])),
                req(
                    "message",
                    crate::schema::obj(&[
                        req("id", INT),
                        req("date", STR).doc("When it was added; may be empty."),
                        req("text", STR),
                        req("files", Ty::Array(&ANY)),
                        req("attach", ANY).doc("Attached data."),
                        req("system", YN),
                        req("user_id", INT),
                    ]),
                ),
                req("ref", Ty::Array(&ANY))
                    .doc("Tracker codes (`trackId`) tying the message to a CRM object."),
                req(
                    "extra",
                    crate::schema::obj(&[
                        req("EXTRA_URL", STR).doc("External link for Bitrix24.Network.")
                    ]),
                ),
            ])),
        )
        .doc("The messages.")])),
    event("ONOPENLINEMESSAGEUPDATE", &["imopenlines"])
        .doc("A message in an open-line chat served by the app's connector was edited.")
        .page(page!("on-open-line-message-update.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line."),
            req("DATA", Ty::Array(&LINE_MESSAGE_REF)).doc("The edited messages."),
        ])),
    event("ONOPENLINEMESSAGEDELETE", &["imopenlines"])
        .doc("A message in an open-line chat served by the app's connector was deleted.")
        .page(page!("on-open-line-message-delete.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line."),
            req("DATA", Ty::Array(&LINE_MESSAGE_REF)).doc("The deleted messages."),
        ])),
    event("ONSESSIONSTART", &["imopenlines"])
        .doc("An open-line session started.")
        .page(page!("on-session-start.md"))
        .data(crate::schema::obj(&[req(
            "DATA",
            Ty::Array(&SESSION_RECORD),
        )
        .doc("The sessions.")])),
    event("ONSESSIONFINISH", &["imopenlines"])
        .doc("An open-line session was closed.")
        .page(page!("on-session-finish.md"))
        .data(crate::schema::obj(&[req(
            "DATA",
            Ty::Array(&SESSION_RECORD),
        )
        .doc("The sessions.")])),
];
