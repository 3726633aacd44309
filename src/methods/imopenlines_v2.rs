//! `imopenlines.v2.*`: open-lines statistics (sessions, ratings, transfers, operator load and
//! the aggregate report), read-only and camelCase, with ISO 8601 dates and JSON bodies
//! (`imopenlines/api-reference/imopenlines/statistics/` of the docs).
//!
//! What the pages say, and how each is kept here:
//! - list params (`configIdList`, `operatorIdList`, `userIdList`, `sourceList`): at most 1000
//!   items; `sessionId` of the batch methods: at most 100 (`Session.Stat.get`) or 50
//!   (`Session.Transfer.list`) different ids (the portal drops repeats first).
//! - dates are ISO 8601; a period is at most 366 days and does not end before it starts
//!   (`Rule::Period`); the report's period is required.
//! - `kpiFirstAnswer` needs a full creation or close period; `status` and `closeReason` are
//!   not given together (`Session.list`).
//! - flags are `true`/`false`, `"Y"`/`"N"` or `1`/`0`.
//! - the three lists page by `offset`/`limit` (1-200, default 50) with `hasNextPage`, and
//!   `offset` stops at 10,000 (for `Operator.list` only when filtering by `status` or
//!   `hasFreeSlots`): `list()` ends such a list with `LIST_CAPPED` when it reaches the cap.

use crate::schema::*;

/// A flag as the statistics pages take it: `true`, `Y`, `1` or `false`, `N`, `0`.
const FLAG: Ty = Ty::Either(&[BOOL, Ty::Enum(&["1", "0"])]);
/// The most items of a filter list.
const LIST_MAX: u32 = 1000;
/// The longest period the reports cover, in days.
const PERIOD_DAYS: u32 = 366;
/// The largest `offset` the portal accepts on its lists.
const MAX_OFFSET: u32 = 10_000;

const CONFIG_ID: Param =
    opt("configId", INT).doc("Open channel ID (from imopenlines.config.list.get).");
const CONFIG_IDS: Param = opt("configIdList", INTS)
    .max_items(LIST_MAX)
    .doc("Open channel IDs, at most 1000; used instead of `configId` when both are given.");
const OPERATOR_ID: Param = opt("operatorId", INT).doc("Operator (user) ID.");
const OPERATOR_IDS: Param = opt("operatorIdList", INTS)
    .max_items(LIST_MAX)
    .doc("Operator IDs, at most 1000; used instead of `operatorId` when both are given.");
const SOURCE: Param =
    opt("source", STR).doc("Channel code (from imconnector.list), e.g. `livechat`.");
const SOURCES: Param = opt("sourceList", STRS)
    .max_items(LIST_MAX)
    .doc("Channel codes, at most 1000; used instead of `source` when both are given.");
const HAS_VOTE_HEAD: Param =
    opt("hasVoteHead", FLAG).doc("Only sessions with (or without) a supervisor rating.");
const OFFSET: Param = opt("offset", INT)
    .range(0, MAX_OFFSET as i64)
    .doc("Rows to skip (default 0; at most 10,000).");
const LIMIT: Param = opt("limit", INT)
    .range(1, 200)
    .doc("Page size, 1 to 200 (default 50).");

const SESSION_STATUS: Ty = Ty::Enum(&["new", "answered", "closed", "spam", "paused"]);
const CLOSE_REASON: Ty = Ty::Enum(&["operator", "auto", "spam", "client", "replyLimit"]);
const VOTE: Ty = Ty::Enum(&["like", "dislike", "none"]);
const CRM_TYPE: Ty = Ty::Enum(&["lead", "deal", "contact", "company"]);

/// A session (`data-types.md#session`); fields the page marks `| null` may be null.
const SESSION: Ty = obj(&[
    req("id", INT),
    req("configId", INT),
    req("source", STR),
    req("operatorId", INT),
    req("userId", INT),
    req("userCode", STR),
    req("chatId", INT),
    req("dateCreate", STR),
    req("dateClose", STR),
    req("dateFirstAnswer", STR),
    req("dateOperatorAnswer", STR),
    req("status", SESSION_STATUS),
    req("closeReason", CLOSE_REASON),
    req("vote", VOTE),
    req("voteHead", INT),
    req("commentHead", STR),
    req("crmEntityType", CRM_TYPE),
    req("crmEntityId", INT),
    req("queueTransfers", INT),
    req("waitAnswer", INT),
    req("waitClose", INT),
    req("kpiFirstAnswer", BOOL),
    req("messageCount", INT),
]);

const OPERATOR_LOAD: Ty = obj(&[
    req("userId", INT),
    req("configId", INT),
    req("status", Ty::Enum(&["online", "offline", "pause"])),
    req("activeSessions", INT),
    req("maxChat", INT),
    req("freeSlots", INT),
    req("lastActivityDate", STR),
]);

const SESSION_STAT: Ty = obj(&[
    req("sessionId", INT),
    req("waitAnswer", INT),
    req("waitClose", INT),
    req("messagesCount", INT),
    req("messagesOperatorCount", INT),
    req("messagesClientCount", INT),
    req("transfersCount", INT),
    req("kpiFirstAnswer", BOOL),
    req("vote", VOTE),
    req("voteHead", INT),
]);

const RATING: Ty = obj(&[
    req("sessionId", INT),
    req("configId", INT),
    req("operatorId", INT),
    req("source", STR),
    req("vote", VOTE),
    req("voteHead", INT),
    req("commentHead", STR),
    req("dateVote", STR),
    req("dateSessionClose", STR),
]);

const TRANSFER: Ty = obj(&[
    req("sessionId", INT),
    req("date", STR),
    req("fromOperatorId", INT),
    req("toOperatorId", INT),
    req("fromConfigId", INT),
    req("toConfigId", INT),
    req("reason", Ty::Enum(&["manual", "queue", "auto", "line"])),
    req("mode", Ty::Enum(&["MANUAL", "AUTO", "BOT"])),
    req("type", Ty::Enum(&["USER", "QUEUE"])),
    req("initiatorId", INT),
]);

const STAT_RESULT: Ty = obj(&[
    req("totalSessions", INT),
    req("closedSessions", INT),
    req("spamSessions", INT),
    req("avgWaitAnswer", NUM),
    req("avgSessionDuration", NUM),
    req("likeCount", INT),
    req("dislikeCount", INT),
    req("votedSessions", INT),
    req("positiveRate", NUM),
    req("kpiFirstAnswerOk", INT),
    req("kpiFirstAnswerFail", INT),
    req(
        "sessionsBySource",
        Ty::Array(&obj(&[req("source", STR), req("count", INT)])),
    ),
    req("sessionsByHour", INTS),
    req(
        "sessionsByOperator",
        Ty::Array(&obj(&[
            req("operatorId", INT),
            req("count", INT),
            req("avgWaitAnswer", NUM),
            req("positiveRate", NUM),
        ])),
    ),
]);

/// A page of rows under `field`, and whether another follows.
macro_rules! page_of {
    ($field:literal, $row:expr) => {
        obj(&[req($field, Ty::Array(&$row)), req("hasNextPage", BOOL)])
    };
}

/// Offset paging as the statistics lists page, with the portal's cap on `offset`.
const fn stat_paging(rows: &'static str, capped_when: &'static [&'static str]) -> Paging {
    Paging::offset("offset", "limit", 200, rows, End::Flag("hasNextPage"))
        .max_offset(MAX_OFFSET, capped_when)
}

pub static METHODS: &[Method] = &[
    method("imopenlines.v2.Stat.get", &["imopenlines"])
        .reads()
        .doc("Aggregate open-lines statistics for a period of at most 366 days (sessions, response times, ratings, KPI, by channel, hour and operator).")
        .params(&[
            req("dateFrom", DATE).doc("Start of the period, ISO 8601 (`2026-06-01T00:00:00+02:00`)."),
            req("dateTo", DATE).doc("End of the period, ISO 8601; at most 366 days after `dateFrom`."),
            CONFIG_ID,
            CONFIG_IDS,
            SOURCE,
            SOURCES,
            OPERATOR_ID,
            OPERATOR_IDS,
        ])
        .rules(&[Rule::Period { from: "dateFrom", to: "dateTo", max_days: PERIOD_DAYS }])
        .result(STAT_RESULT),
    method("imopenlines.v2.Operator.list", &["imopenlines"])
        .reads()
        .doc("Operators with their current status and load; at most once every 30 seconds for a live widget.")
        .params(&[
            CONFIG_ID,
            CONFIG_IDS,
            opt("userId", INT).doc("Operator (user) ID."),
            opt("userIdList", INTS).max_items(LIST_MAX).doc("Operator IDs, at most 1000; used instead of `userId` when both are given."),
            opt("status", Ty::Enum(&["online", "offline", "pause"])).doc("`online` (not paused), `offline` or `pause`."),
            opt("hasFreeSlots", FLAG).doc("Only operators with (or without) free slots."),
            opt("offset", INT).doc("Rows to skip (default 0; at most 10,000 when filtering by `status` or `hasFreeSlots`)."),
            LIMIT,
        ])
        .result(page_of!("operators", OPERATOR_LOAD))
        .paging(stat_paging("operators", &["status", "hasFreeSlots"])),
    method("imopenlines.v2.Session.list", &["imopenlines"])
        .reads()
        .doc("Open-line sessions with filters (combined with AND), a page at a time.")
        .params(&[
            CONFIG_ID,
            CONFIG_IDS,
            OPERATOR_ID,
            OPERATOR_IDS,
            SOURCE,
            SOURCES,
            opt("status", SESSION_STATUS).doc("Session status; not with `closeReason`."),
            opt("closeReason", CLOSE_REASON).doc("Why the session closed; not with `status`."),
            opt("dateCreateFrom", DATE).doc("Created from, ISO 8601."),
            opt("dateCreateTo", DATE).doc("Created until, ISO 8601; at most 366 days after `dateCreateFrom`."),
            opt("dateCloseFrom", DATE).doc("Closed from, ISO 8601."),
            opt("dateCloseTo", DATE).doc("Closed until, ISO 8601; at most 366 days after `dateCloseFrom`."),
            opt("vote", Ty::Enum(&["like", "dislike", "none", "any"])).doc("Customer rating; `any`: any rating."),
            HAS_VOTE_HEAD,
            opt("kpiFirstAnswer", FLAG).doc("First-response KPI met (or not); needs a full creation or close period."),
            opt("hasCrm", FLAG).doc("Only sessions with (or without) a CRM link the user can read."),
            opt("waitAnswerFrom", INT).doc("Least time to first response, seconds."),
            opt("waitAnswerTo", INT).doc("Most time to first response, seconds."),
            opt("waitCloseFrom", INT).doc("Least time to close, seconds."),
            opt("waitCloseTo", INT).doc("Most time to close, seconds."),
            opt("order", Ty::Enum(&["dateCreate", "dateClose", "waitAnswer", "waitClose"])).doc("Sort field (default `dateCreate`; the others only with a full period)."),
            opt("orderDirection", Ty::Enum(&["asc", "desc"])).doc("Sort direction (default `desc`)."),
            OFFSET,
            LIMIT,
        ])
        .rules(&[
            Rule::AtMostOne(&["status", "closeReason"]),
            Rule::Period { from: "dateCreateFrom", to: "dateCreateTo", max_days: PERIOD_DAYS },
            Rule::Period { from: "dateCloseFrom", to: "dateCloseTo", max_days: PERIOD_DAYS },
            Rule::NeedsOneOf {
                field: "kpiFirstAnswer",
                groups: &[&["dateCreateFrom", "dateCreateTo"], &["dateCloseFrom", "dateCloseTo"]],
            },
        ])
        .result(page_of!("sessions", SESSION))
        .paging(stat_paging("sessions", &[])),
    method("imopenlines.v2.Session.Stat.get", &["imopenlines"])
        .reads()
        .doc("Metrics of up to 100 sessions at once; an unknown or hidden session gets nulls.")
        .params(&[req("sessionId", INTS).max_unique_items(100).doc("Session IDs, at most 100 (from imopenlines.v2.Session.list).")])
        .result(obj(&[req("sessions", Ty::Array(&SESSION_STAT))])),
    method("imopenlines.v2.Session.Rating.list", &["imopenlines"])
        .reads()
        .doc("Sessions rated by customers in a period of at most 366 days, a page at a time.")
        .params(&[
            req("dateVoteFrom", DATE).doc("Start of the rating period, ISO 8601."),
            req("dateVoteTo", DATE).doc("End of the rating period, ISO 8601; at most 366 days after `dateVoteFrom`."),
            CONFIG_ID,
            CONFIG_IDS,
            OPERATOR_ID,
            OPERATOR_IDS,
            SOURCE,
            SOURCES,
            opt("vote", Ty::Enum(&["like", "dislike"])).doc("Customer rating."),
            HAS_VOTE_HEAD,
            OFFSET,
            LIMIT,
        ])
        .rules(&[Rule::Period { from: "dateVoteFrom", to: "dateVoteTo", max_days: PERIOD_DAYS }])
        .result(page_of!("ratings", RATING))
        .paging(stat_paging("ratings", &[])),
    method("imopenlines.v2.Session.Transfer.list", &["imopenlines"])
        .reads()
        .doc("Transfer history of up to 50 sessions at once.")
        .params(&[req("sessionId", INTS).max_unique_items(50).doc("Session IDs, at most 50 (from imopenlines.v2.Session.list).")])
        .result(obj(&[req("transfers", Ty::Array(&TRANSFER))])),
];
