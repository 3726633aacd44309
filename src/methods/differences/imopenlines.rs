//! Deliberate differences from the docs in the `imopenlines` family.

use super::{differs, Difference, Kind::*};

pub static ROWS: &[Difference] = &[
    differs("imopenlines.config.add", "PARAMS.QUEUE", FollowsPage, "the page types QUEUE entries as {ENTITY_TYPE: user|department, ENTITY_ID}"),
    differs("imopenlines.config.add", "PARAMS.OPERATOR_DATA", FollowsPage, "the page lists profile, queue, hide"),
    differs("imopenlines.config.add", "PARAMS.DEFAULT_OPERATOR_DATA", FollowsPage, "the page lists the fields NAME, AVATAR, AVATAR_ID"),
    differs("imopenlines.config.update", "PARAMS", FollowsPage, "the page says PARAMS has the fields of imopenlines.config.add PARAMS"),
    differs("imopenlines.config.list.get", "PARAMS.order", DocsError, "the page lists asc/desc but its example and error table use ASC/DESC; a field-to-direction map accepting both"),
    differs("imopenlines.network.message.add", "ATTACH", FollowsPage, "the page points to the attachments article; typed with the shared ATTACH shape"),
    differs("imopenlines.network.message.add", "KEYBOARD", FollowsPage, "the page points to the keyboards article; typed with the shared KEYBOARD shape"),
    differs("imopenlines.network.message.add", "URL_PREVIEW", FollowsPage, "the page gives Y (default) and N"),
    differs("imopenlines.session.head.vote", "RATING", FollowsPage, "the page allows ratings 1 to 5"),
];
