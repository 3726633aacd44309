//! Deliberate differences from the docs in the `placement` family.

use super::{differs, Difference, Kind::*};

const CODES_WHY: &str = "the method pages type PLACEMENT as any string; the table takes the codes of the placement pages of our scopes (widgets/im/*, mobile-app, contact-center, setting-connector: src/placements/), so a typo or a code of another scope is refused before the wire; those go through callUnchecked";

pub static ROWS: &[Difference] = &[
    differs("placement.bind", "PLACEMENT", FollowsPage, CODES_WHY),
    differs("placement.unbind", "PLACEMENT", FollowsPage, CODES_WHY),
    differs(
        "placement.bind",
        "PLACEMENT",
        ExampleRefused,
        "the example binds the placeholder PLACEMENT_CODE with PAGE_BACKGROUND_WORKER's OPTIONS (errorHandlerUrl); the placement pages' own examples validate (src/placements/tests.rs)",
    ),
    differs(
        "placement.unbind",
        "PLACEMENT",
        ExampleRefused,
        "the example unbinds CRM_LEAD_DETAIL_TAB, a crm placement outside the table's scopes",
    ),
];
