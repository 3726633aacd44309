//! `im.*`: chats, messages, notifications, users and departments.

use crate::schema::*;

pub static METHODS: &[Method] = &[
    method("im.notify.answer", &["im"])
        .doc("Answers a notification that accepts a quick text reply.")
        .params(&[
            req("NOTIFY_ID", INT).doc("Notification that accepts a quick reply."),
            req("ANSWER_TEXT", STR).doc("Reply text."),
        ])
        .result(Ty::Object(&[
            req("result_message", Ty::Array(&STR)),
        ])),
];
