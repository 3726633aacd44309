//! Deliberate differences from the docs in the `imopenlines` family.

use super::{differs, Difference, Kind::*};

pub static ROWS: &[Difference] = &[
    differs("imopenlines.config.add", "PARAMS.QUEUE", FollowsPage, "the page types QUEUE entries as {ENTITY_TYPE: user|department, ENTITY_ID}"),
    differs("imopenlines.config.add", "PARAMS.OPERATOR_DATA", FollowsPage, "the page lists profile, queue, hide"),
    differs("imopenlines.config.add", "PARAMS.DEFAULT_OPERATOR_DATA", FollowsPage, "the page lists the fields NAME, AVATAR, AVATAR_ID"),
];
