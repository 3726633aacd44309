//! The error vocabulary, declared once: every code a `B24Error` can carry that is not a
//! method's own, and the code lists the JS side acts on. `src/codegen/codes.rs` turns this into
//! the package's `codes.js` and `codes.d.ts` (the `B24ErrorCode` union), so JS and TS never keep
//! a list of their own. This file stands alone (no `crate::` paths): `build.rs` compiles it too.

/// A code and what it means (the JSDoc of its member of the TS union).
pub struct Code {
    pub name: &'static str,
    pub doc: &'static str,
}

const fn code(name: &'static str, doc: &'static str) -> Code {
    Code { name, doc }
}

/// The codes this library gives (in capitals); any other code is the portal's.
pub const LIBRARY_CODES: &[Code] = &[
    code(
        "INVALID_PARAM",
        "Refused by validation before anything was sent; `field` names the param.",
    ),
    code(
        "INVALID_CONFIG",
        "The client or its options were set up wrongly; nothing was sent.",
    ),
    code(
        "BAD_REPLY",
        "The answer was not the portal's JSON; `kind` says what it was.",
    ),
    code(
        "NETWORK",
        "No answer, and nothing was carried out (or the method only reads).",
    ),
    code(
        "OUTCOME_UNKNOWN",
        "A write got no readable answer and may have been carried out: it was not sent again.",
    ),
    code("TIMEOUT", "Not sent: the call's deadline would pass first."),
    code("ABORTED", "Not sent: the caller's signal aborted the call."),
    code(
        "LIST_CAPPED",
        "`list()` reached the portal's offset cap: the rows up to it were read, the rest cannot be; narrow the filter.",
    ),
    code(
        "STORE_UNAVAILABLE",
        "Not sent: the shared limiter store gave no slot.",
    ),
    code(
        "REFRESH_FAILED",
        "The access token expired and no new one came; `kind` says why.",
    ),
    code(
        "SKIPPED",
        "A batch command that surely did not run (after a failure with `halt`).",
    ),
    code(
        "UNKNOWN_ERROR",
        "The portal reported an error without a usable code.",
    ),
    code(
        "INVALID_EVENT",
        "An inbound event or placement request that could not be read.",
    ),
    code(
        "UNVERIFIED_EVENT",
        "An inbound event or placement request that could not be verified as the portal's.",
    ),
];

/// The system error codes any method can return (the docs' table of system errors).
pub const SYSTEM_CODES: &[&str] = &[
    "INTERNAL_SERVER_ERROR",
    "ERROR_UNEXPECTED_ANSWER",
    "QUERY_LIMIT_EXCEEDED",
    "ERROR_BATCH_METHOD_NOT_ALLOWED",
    "ERROR_BATCH_LENGTH_EXCEEDED",
    "NO_AUTH_FOUND",
    "INVALID_REQUEST",
    "OVERLOAD_LIMIT",
    "ACCESS_DENIED",
    "INVALID_CREDENTIALS",
    "ERROR_MANIFEST_IS_NOT_AVAILABLE",
    "insufficient_scope",
    "expired_token",
    "user_access_error",
    "PORTAL_DELETED",
    "OPERATION_TIME_LIMIT",
    "ERROR_METHOD_NOT_FOUND",
];

/// The portal's refusals: it did not carry the call out, so the call is sent again (the
/// retryable codes; `Error::is_refusal`).
pub const REFUSAL_CODES: &[&str] = &["QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT"];

/// The reasons a refresh may give for failing (the OAuth refresher's codes); any other text
/// is not repeated, since it may hold anything.
pub const REFRESH_REASONS: &[&str] = &[
    "REAUTHORIZE",
    "PAYMENT_REQUIRED",
    "PORTAL_NOT_FOUND",
    "OUTCOME_UNKNOWN",
    "NETWORK",
    "BAD_REPLY",
    "PERSIST_FAILED",
    "STORE_UNAVAILABLE",
    "TIMEOUT",
];

/// `kind` of an unreadable answer (`BadReplyKind::as_str`, in its order).
pub const REPLY_KINDS: &[&str] = &[
    "html",
    "empty",
    "truncated",
    "not_json",
    "no_result",
    "redirect",
    "bad_status",
    "no_rows",
    "no_progress",
];

/// Node's error codes for a request that provably never left the machine (no connection was
/// made, the name did not resolve, the URL was unusable): such a request is `NETWORK` ("never
/// sent"), safe to send again; any other failure may have reached the server.
pub const NEVER_SENT: &[&str] = &[
    "ECONNREFUSED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EAI_NONAME",
    "ENETUNREACH",
    "EHOSTUNREACH",
    "ERR_INVALID_URL",
];
