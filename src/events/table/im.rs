//! The im.v2 user events: what `im.v2.Event.get` (and `imbot.v2.Event.get` with
//! `withUserEvents`) delivers for a user subscribed with `im.v2.Event.subscribe`.

use super::shapes::*;
use crate::events::{event, Event};
use crate::schema::*;

/// A section of the im.v2 event formats page.
macro_rules! page {
    ($anchor:literal) => {
        concat!(
            "im/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.md",
            $anchor
        )
    };
}

pub static EVENTS: &[Event] = &[
    event("ONIMV2MESSAGEADD", &["im"])
        .doc("A new message in a chat the subscribed user is in.")
        .page(page!("#onimv2messageadd"))
        .data(crate::schema::obj(&[
            req("message", V2_MESSAGE),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author."),
            opt("language", STR).doc("The portal's language, e.g. `en`."),
        ])),
    event("ONIMV2MESSAGEUPDATE", &["im"])
        .doc("A message in one of the user's chats was edited.")
        .page(page!("#onimv2messageupdate"))
        .data(crate::schema::obj(&[
            req("message", V2_MESSAGE).doc("The message after the edit."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author."),
            opt("language", STR),
        ])),
    event("ONIMV2MESSAGEDELETE", &["im"])
        .doc("A message in one of the user's chats was deleted.")
        .page(page!("#onimv2messagedelete"))
        .data(crate::schema::obj(&[
            req("messageId", INT).doc("The deleted message."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The author of the deleted message."),
            opt("language", STR),
        ])),
    event("ONIMV2REACTIONCHANGE", &["im"])
        .doc("A reaction to a message in one of the user's chats was added or removed.")
        .page(page!("#onimv2reactionchange"))
        .data(crate::schema::obj(&[
            req("reaction", STR).doc("The reaction code, e.g. `like`."),
            req("action", REACTION_ACTION).doc("`add` or `delete`."),
            req("message", V2_MESSAGE),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("Who changed the reaction."),
            opt("language", STR),
        ])),
    event("ONIMV2JOINCHAT", &["im"])
        .doc("A member was added to one of the user's chats.")
        .page(page!("#onimv2joinchat"))
        .data(crate::schema::obj(&[
            req("dialogId", STR).doc("The chat, e.g. `chat5`."),
            req("chat", V2_CHAT),
            opt("user", V2_USER).doc("The member added."),
            opt("language", STR),
        ])),
];
