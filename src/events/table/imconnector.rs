//! Connector events: what an app's open-line connector must pass on to its external channel.

use super::shapes::*;
use crate::events::{event, Event};
use crate::schema::*;

/// A page of the connector event docs.
macro_rules! page {
    ($file:literal) => {
        concat!(
            "imconnector/api-reference/imopenlines/imconnector/events/",
            $file
        )
    };
}

/// The Bitrix24 side of a connector message.
static IM_REF: Ty = crate::schema::obj(&[
    req("chat_id", INT).doc("The open-line chat in Bitrix24."),
    req("message_id", INT).doc("The message in Bitrix24."),
]);

/// The external chat of a connector message.
static EXTERNAL_CHAT: Ty =
    crate::schema::obj(&[req("id", STR).doc("The chat's ID in the external system.")]);

pub static EVENTS: &[Event] = &[
    event("ONIMCONNECTORMESSAGEADD", &["imconnector"])
        .doc("An operator wrote in an open-line chat: send the message to the external channel.")
        .page(page!("on-im-connector-message-add.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line."),
            req(
                "MESSAGES",
                Ty::Array(&crate::schema::obj(&[
                    req("im", IM_REF),
                    req(
                        "message",
                        crate::schema::obj(&[
                            opt("user_id", INT).doc("The user the message is written as."),
                            opt("text", STR).doc("The text, with BB codes."),
                            opt("files", Ty::Array(&ANY)),
                            opt("attach", ANY),
                        ]),
                    ),
                    req("chat", EXTERNAL_CHAT),
                ])),
            )
            .doc("The messages to send."),
        ])),
    event("ONIMCONNECTORMESSAGEUPDATE", &["imconnector"])
        .doc("An operator edited a message: change it in the external channel.")
        .page(page!("on-im-connector-message-update.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line."),
            req(
                "MESSAGES",
                Ty::Array(&crate::schema::obj(&[
                    req("im", IM_REF),
                    req(
                        "message",
                        crate::schema::obj(&[
                            req("id", STRS).doc("The message's IDs in the external system."),
                            opt("text", STR).doc("The new text."),
                        ]),
                    ),
                    req("chat", EXTERNAL_CHAT),
                ])),
            )
            .doc("The edited messages."),
        ])),
    event("ONIMCONNECTORMESSAGEDELETE", &["imconnector"])
        .doc("An operator deleted a message: delete it in the external channel.")
        .page(page!("on-im-connector-message-delete.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line."),
            req(
                "MESSAGES",
                Ty::Array(&crate::schema::obj(&[
                    req("im", IM_REF),
                    req(
                        "message",
                        crate::schema::obj(&[
                            req("id", STR).doc("The message's ID in the external system.")
                        ]),
                    ),
                    req("chat", EXTERNAL_CHAT),
                ])),
            )
            .doc("The deleted messages."),
        ])),
    event("ONIMCONNECTORDIALOGSTART", &["imconnector"])
        .doc("A dialog (open-line session) started on the connector.")
        .page(page!("on-im-connector-dialog-start.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line (the docs send it as text)."),
            req("DATA", Ty::Array(&SESSION_RECORD)).doc("The dialogs."),
        ])),
    event("ONIMCONNECTORDIALOGFINISH", &["imconnector"])
        .doc("A dialog (open-line session) on the connector was closed.")
        .page(page!("on-im-connector-dialog-finish.md"))
        .data(crate::schema::obj(&[
            req("CONNECTOR", STR).doc("The connector ID."),
            req("LINE", INT).doc("The open line (the docs send it as text)."),
            req("DATA", Ty::Array(&SESSION_RECORD)).doc("The dialogs."),
        ])),
    event("ONIMCONNECTORLINEDELETE", &["imconnector"])
        .doc("An open line was deleted; `data` is its ID.")
        .page(page!("on-im-connector-line-delete.md"))
        .data(INT),
    event("ONIMCONNECTORSTATUSDELETE", &["imconnector"])
        .doc("The connector was turned off for an open line.")
        .page(page!("on-im-connector-status-delete.md"))
        .data(crate::schema::obj(&[
            req("connector", STR).doc("The connector turned off."),
            req("line", INT).doc("The open line."),
        ])),
];
