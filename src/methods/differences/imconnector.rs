//! Deliberate differences from the docs in the `imconnector` family.

use super::{differs, Difference, Kind::*};

pub static ROWS: &[Difference] = &[
    differs(
        "imconnector.register",
        "CONNECTOR_ID_REQUIRED",
        ErrorInResult,
        "the page shows failures as HTTP 200 with result.result=false; raised as errors",
    ),
    differs(
        "imconnector.unregister",
        "APPLICATION_UNREGISTRATION_ERROR",
        ErrorInResult,
        "the page shows failures as HTTP 200 with result.result=false; raised as errors",
    ),
    differs(
        "imconnector.delete.messages",
        "MESSAGES.user",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.delete.messages",
        "MESSAGES.message",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.delete.messages",
        "MESSAGES.chat",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.user",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.message",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.chat",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.user.picture",
        FollowsPage,
        "the page gives the avatar as {url}",
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.message.files",
        FollowsPage,
        "the page gives each file as {url, name}",
    ),
    differs(
        "imconnector.update.messages",
        "MESSAGES.user",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.update.messages",
        "MESSAGES.message",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.update.messages",
        "MESSAGES.chat",
        FollowsPage,
        "the page calls user, message and chat the three required blocks of each message",
    ),
    differs(
        "imconnector.update.messages",
        "MESSAGES.user.picture",
        FollowsPage,
        "the page gives the avatar as {url}",
    ),
    differs(
        "imconnector.update.messages",
        "MESSAGES.message.files",
        FollowsPage,
        "the page gives each file as {url, name}",
    ),
];
