//! Deliberate differences from the docs in the `imconnector` family.

use super::{differs, Difference, Kind::*};

/// imconnector.send.messages: the page and the portal's code agree; the extraction lost it.
const SENT_BLOCKS_WHY: &str = "the page calls user, message and chat the three required blocks of each message, and the portal refuses a message without any of them: CustomConnectors::sendMessages (imconnector/lib/rest/customconnectors.php of the imconnector module, lines 577-663 in yuliai/bitrix-modules at 1e97fbb) checks isset(user, message, chat) for each element of MESSAGES (lines 611-620)";

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
        SENT_BLOCKS_WHY,
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.message",
        FollowsPage,
        SENT_BLOCKS_WHY,
    ),
    differs(
        "imconnector.send.messages",
        "MESSAGES.chat",
        FollowsPage,
        SENT_BLOCKS_WHY,
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
