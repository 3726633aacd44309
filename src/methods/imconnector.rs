//! `imconnector.*`: external messenger connectors for open lines.
//!
//! Every method here works only with an application's OAuth token (no webhooks).

use crate::schema::*;

pub static METHODS: &[Method] = &[
    method("imconnector.activate", &["imopenlines"])
        .doc("Turns a connector on or off for one open line.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req("ACTIVE", STR).doc("`1` (or `Y`) turns the connector on, `0` (or `N`) turns it off."),
        ])
        .result(BOOL),
    method("imconnector.chat.name.set", &["imconnector"])
        .doc("Renames an open-line chat that comes from an external system.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req("CHAT_ID", STR).doc("Chat ID in the external system."),
            req("NAME", STR).doc("New chat name."),
            opt("USER_ID", STR).doc("External user ID; needed only by connectors registered with `CHAT_GROUP=false`."),
        ])
        .result(obj(&[
            req("SUCCESS", BOOL).doc("Whether the chat was renamed."),
            req("DATA", obj(&[opt("RESULT", DICT).doc("Details of the rename.")])).doc("Rename details."),
        ])),
    method("imconnector.connector.data.set", &["imopenlines"])
        .doc("Stores the external channel's settings for a connector on one open line (replaces them as a whole).")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "DATA",
                obj(&[
                    opt("ID", STR).doc("Channel ID in the external system, e.g. `channel-123`."),
                    opt("URL", STR).doc("Link to the channel or chat in the external system."),
                    opt("URL_IM", STR).doc("Link for operators; `URL` if there is no separate one."),
                    opt("NAME", STR).doc("Channel name shown in the interface."),
                ]),
            )
            .doc("External channel settings, written as a whole."),
        ])
        .result(BOOL),
    method("imconnector.delete.messages", &["imopenlines"])
        .doc("Deletes messages the external system sent into an open line.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "MESSAGES",
                Ty::Array(&obj(&[
                    req("user", obj(&[req("id", STR).doc("External user ID, as sent with the message.")])).doc("Author in the external system."),
                    req("message", obj(&[req("id", STR).doc("External ID of the message to delete.")])).doc("Message to delete."),
                    req("chat", obj(&[req("id", STR).doc("External chat or channel ID, as sent with the message.")])).doc("Chat in the external system."),
                ])),
            )
            .doc("Messages to delete, each with `user`, `message` and `chat`."),
        ])
        .result(obj(&[
            req("SUCCESS", BOOL).doc("Whether the request was processed."),
            req("DATA", obj(&[req("RESULT", Ty::Array(&DELETED_MESSAGE)).doc("One entry per element of `MESSAGES`.")])).doc("Per-message outcome."),
        ])),
    method("imconnector.list", &["imopenlines"])
        .reads()
        .doc("Lists the connectors available on the portal.")
        .result(Ty::Map(&STR)),
    method("imconnector.register", &["imopenlines"])
        .errors_in_result()
        .doc("Registers (or, with a known `ID`, updates) a custom open-line connector of the app.")
        .params(&[
            req("ID", STR).doc("Connector code: lower-case letters, digits and `_`, no dots."),
            req("NAME", STR).doc("Connector name shown in the interface."),
            req(
                "ICON",
                obj(&[
                    req("DATA_IMAGE", STR).doc("SVG icon as a `data:image/svg+xml,` URI."),
                    opt("COLOR", STR).doc("Background color, e.g. `#69acc0`."),
                    opt("SIZE", STR).doc("Background size, e.g. `90%`."),
                    opt("POSITION", STR).doc("Background position, e.g. `center`."),
                ]),
            )
            .doc("Icon of the active connector."),
            req("PLACEMENT_HANDLER", STR).doc("URL of the app's connector-settings page (opened in a slider)."),
            opt(
                "ICON_DISABLED",
                obj(&[
                    opt("DATA_IMAGE", STR).doc("SVG icon as a `data:image/svg+xml,` URI."),
                    opt("COLOR", STR).doc("Background color."),
                    opt("SIZE", STR).doc("Background size."),
                    opt("POSITION", STR).doc("Background position."),
                ]),
            )
            .doc("Icon of the inactive connector."),
            opt("DEL_EXTERNAL_MESSAGES", BOOL).doc("Incoming messages may be deleted (default true)."),
            opt("EDIT_INTERNAL_MESSAGES", BOOL).doc("Operator messages may be edited (default true)."),
            opt("DEL_INTERNAL_MESSAGES", BOOL).doc("Operator messages may be deleted (default true)."),
            opt("NEWSLETTER", BOOL).doc("The channel may be used for CRM mailings (default true)."),
            opt("NEED_SYSTEM_MESSAGES", BOOL).doc("System messages are sent to the channel (default true)."),
            opt("NEED_SIGNATURE", BOOL).doc("Operator signature is added to messages (default true)."),
            opt("CHAT_GROUP", BOOL).doc("`true`: one chat per external `chat.id`; `false` (default): one per `user.id`."),
        ])
        .result(CONNECTOR_OUTCOME),
    method("imconnector.send.messages", &["imopenlines"])
        .doc("Passes messages from the external system into an open line; returns the chat and session per message.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "MESSAGES",
                Ty::Array(&obj(&[
                    req("user", obj(SENT_USER)).doc("Author in the external system."),
                    req("message", obj(SENT_MESSAGE).rules(SENT_MESSAGE_RULES)).doc("The message; give `text` or `files`."),
                    req("chat", obj(SENT_CHAT)).doc("Chat in the external system."),
                ])),
            )
            .doc("Messages, each with `user`, `message` and `chat`."),
        ])
        .result(obj(&[
            req("SUCCESS", BOOL).doc("Whether the request was processed."),
            req("DATA", obj(&[req("RESULT", Ty::Array(&PROCESSED_MESSAGE)).doc("One entry per element of `MESSAGES`.")])).doc("Per-message outcome."),
        ])),
    method("imconnector.send.status.delivery", &["imopenlines"])
        .doc("Records that open-line messages reached the external system (also marks them read).")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "MESSAGES",
                Ty::Array(&obj(&[
                    opt("im", obj(&STATUS_IM)).doc("Bitrix24 IDs from the `OnImConnectorMessageAdd` event."),
                    opt(
                        "message",
                        obj(&[
                            opt("id", STRS).doc("External message IDs (an array even for one)."),
                            opt("date", INT).doc("Delivery time, Unix seconds."),
                        ]),
                    )
                    .doc("The messages in the external system."),
                    opt("chat", obj(&STATUS_CHAT)).doc("Chat in the external system."),
                ])),
            )
            .doc("Delivery statuses, each with `im`, `message` and `chat`."),
        ])
        .result(STATUS_OUTCOME),
    method("imconnector.send.status.reading", &["imopenlines"])
        .doc("Records that open-line messages were read in the external system.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "MESSAGES",
                Ty::Array(&obj(&[
                    opt("im", obj(&STATUS_IM)).doc("Bitrix24 IDs from the `OnImConnectorMessageAdd` event."),
                    opt("message", obj(&[opt("id", STRS).doc("External message IDs (an array even for one).")])).doc("The messages in the external system."),
                    opt("chat", obj(&STATUS_CHAT)).doc("Chat in the external system."),
                ])),
            )
            .doc("Read statuses, each with `im`, `message` and `chat`."),
        ])
        .result(STATUS_OUTCOME),
    method("imconnector.status", &["imopenlines"])
        .reads()
        .doc("Tells whether a connector is configured and working on an open line.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            opt("LINE", INT).doc("Open line ID; without it line `0` is checked, which is rarely meaningful."),
        ])
        .result(obj(&[
            req("LINE", INT).doc("Open line ID."),
            req("CONNECTOR", STR).doc("Connector code."),
            req("ERROR", BOOL).doc("The connector is in an error state."),
            req("CONFIGURED", BOOL).doc("The connector is fully set up."),
            req("STATUS", BOOL).doc("The connector is usable."),
        ])),
    method("imconnector.unregister", &["imopenlines"])
        .errors_in_result()
        .doc("Removes a custom connector of the app.")
        .params(&[req("ID", STR).doc("Connector code given to `imconnector.register`.")])
        .result(CONNECTOR_OUTCOME),
    method("imconnector.update.messages", &["imopenlines"])
        .doc("Changes messages the external system already sent into an open line.")
        .params(&[
            req("CONNECTOR", STR).doc("Connector code (the `ID` given to `imconnector.register`)."),
            req("LINE", INT).doc("Open line ID."),
            req(
                "MESSAGES",
                Ty::Array(&obj(&[
                    req("user", obj(UPDATED_USER)).doc("Author in the external system."),
                    req("message", obj(SENT_MESSAGE).rules(SENT_MESSAGE_RULES)).doc("The message (same external `id` as when sent); give `text` or `files`."),
                    req("chat", obj(SENT_CHAT)).doc("Chat in the external system (same `id` as when sent)."),
                ])),
            )
            .doc("Messages to change, each with `user`, `message` and `chat`."),
        ])
        .result(obj(&[
            req("SUCCESS", BOOL).doc("Whether the request was processed."),
            req("DATA", obj(&[req("RESULT", Ty::Array(&PROCESSED_MESSAGE)).doc("One entry per element of `MESSAGES`.")])).doc("Per-message outcome."),
        ])),
];

/// The user's avatar: `{ "url": ... }`.
const PICTURE: Ty = obj(&[req("url", STR).doc("Public link to the image.")]);

/// One file of an external message: `{ "url": ..., "name": ... }`.
const MESSAGE_FILE: Ty = obj(&[
    req("url", STR).doc("Link to the file, reachable from Bitrix24."),
    opt("name", STR).doc("File name."),
]);

/// `MESSAGES[].user` of `imconnector.send.messages` (names limited to 25 characters).
const SENT_USER: &[Param] = &[
    req("id", STR).doc("User ID in the external system."),
    opt("last_name", STR)
        .max_chars(25)
        .doc("Last name: letters, spaces, hyphens, apostrophes."),
    opt("name", STR)
        .max_chars(25)
        .doc("First name: letters, spaces, hyphens, apostrophes."),
    opt("picture", PICTURE).doc("Avatar, `{\"url\": ...}`."),
    opt("url", STR).doc("Profile link in the external system."),
    opt("gender", Ty::Enum(&["male", "female"])).doc("`male` or `female`."),
    opt("email", STR).doc("E-mail."),
    opt("phone", STR).doc("Phone number."),
    opt("skip_phone_validate", Ty::Enum(&["Y"]))
        .doc("`Y` stores the phone in CRM without validating it."),
];

/// `MESSAGES[].user` of `imconnector.update.messages`.
const UPDATED_USER: &[Param] = &[
    req("id", STR).doc("User ID in the external system."),
    opt("last_name", STR).doc("Last name."),
    opt("name", STR).doc("First name."),
    opt("picture", PICTURE).doc("Avatar, `{\"url\": ...}`."),
    opt("url", STR).doc("Profile link in the external system."),
    opt("gender", Ty::Enum(&["male", "female"])).doc("`male` or `female`."),
    opt("email", STR).doc("E-mail."),
    opt("phone", STR).doc("Phone number."),
    opt("skip_phone_validate", Ty::Enum(&["Y"]))
        .doc("`Y` stores the phone in CRM without validating it."),
];

/// `MESSAGES[].message` of `imconnector.send.messages`/`update.messages`.
const SENT_MESSAGE: &[Param] = &[
    opt("id", STR).doc("Message ID in the external system."),
    opt("date", INT).doc("Message time, Unix seconds."),
    opt("text", STR).doc("Message text (with chat formatting)."),
    opt("files", Ty::Array(&MESSAGE_FILE)).doc("Files, each `{url, name}`."),
    opt("disable_crm", Ty::Enum(&["Y"])).doc("`Y` skips the CRM tracker for this message."),
    opt("user_id", INT).doc("Bitrix24 employee on whose behalf the message goes."),
];

/// The page: each sent message carries its text, its files, or both.
const SENT_MESSAGE_RULES: &[Rule] = &[Rule::AnyOf(&["text", "files"])];

/// `MESSAGES[].chat` of `imconnector.send.messages`/`update.messages`.
const SENT_CHAT: &[Param] = &[
    req("id", STR).doc("Chat or channel ID in the external system."),
    opt("name", STR).doc("Chat or channel name."),
    opt("url", STR).doc("Link to the chat or channel."),
];

/// `MESSAGES[].im` of the status methods.
const STATUS_IM: [Param; 2] = [
    opt("chat_id", INT).doc("Open-line chat ID in Bitrix24."),
    opt("message_id", INT).doc("Message ID in Bitrix24."),
];

/// `MESSAGES[].chat` of the status methods.
const STATUS_CHAT: [Param; 1] = [opt("id", STR).doc("Chat or channel ID in the external system.")];

/// Result of the status methods.
const STATUS_OUTCOME: Ty = obj(&[
    req("SUCCESS", BOOL).doc("Whether the statuses were recorded."),
    req("DATA", Ty::Array(&ANY)).doc("Empty on success."),
]);

/// Result of `imconnector.register`/`unregister`; on failure `result` is false with an error.
const CONNECTOR_OUTCOME: Ty = obj(&[
    req("result", BOOL).doc("Whether it worked."),
    opt("error", STR).doc("Error code, when `result` is false."),
    opt("error_description", STR).doc("Error text, when `result` is false."),
]);

/// One processed message of `imconnector.send.messages`/`update.messages`.
const PROCESSED_MESSAGE: Ty = obj(&[
    opt("user", STR).doc("Internal Bitrix24 user ID of the author."),
    opt(
        "message",
        obj(&[
            opt("id", STR).doc("External message ID."),
            opt("date", Ty::Either(&[INT, DICT])).doc("Message date after processing."),
            opt("text", STR).doc("Message text."),
            opt("files", Ty::Array(&ANY)).doc("Message files."),
        ]),
    )
    .doc("The message after processing."),
    opt(
        "chat",
        obj(&[
            opt("id", STR).doc("External chat ID."),
            opt("name", STR).doc("Chat name."),
            opt("description", STR).doc("Chat description, e.g. the original link."),
        ]),
    )
    .doc("The chat after processing."),
    opt(
        "extra",
        obj(&[
            opt("skip_phone_validate", STR).doc("`Y` when phone validation was skipped."),
            opt("disable_tracker", STR).doc("`Y` when the CRM tracker was off."),
        ]),
    )
    .doc("Processing flags."),
    req("SUCCESS", BOOL).doc("Whether this message was processed."),
    opt("ERRORS", STRS).doc("Error texts, when `SUCCESS` is false."),
    opt(
        "session",
        obj(&[
            opt("ID", INT).doc("Open-line session ID."),
            opt("CHAT_ID", INT).doc("Bitrix24 chat ID."),
        ]),
    )
    .doc("Open-line session, when there is one."),
]);

/// One processed message of `imconnector.delete.messages`.
const DELETED_MESSAGE: Ty = obj(&[
    opt("user", STR).doc("Internal Bitrix24 user ID of the author."),
    opt(
        "message",
        obj(&[
            opt("id", STR).doc("External message ID."),
            opt("date", Ty::Either(&[INT, DICT])).doc("Message time, if it was given."),
            opt("text", STR).doc("Message text, if it was given."),
            opt("files", Ty::Array(&ANY)).doc("Message files, if they were given."),
        ]),
    )
    .doc("The deleted message."),
    opt(
        "chat",
        obj(&[
            opt("id", STR).doc("External chat ID."),
            opt("description", STR).doc("Chat description, when a link was given."),
        ]),
    )
    .doc("The chat."),
    req("SUCCESS", BOOL).doc("Whether this message was deleted."),
    opt("ERRORS", STRS).doc("Error texts, when `SUCCESS` is false."),
]);
