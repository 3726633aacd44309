// Generated from src/error/codes.rs by b24-codegen: do not edit.
/** Codes this library gives; any other `code` is the portal's own. */
export const LIBRARY_CODES = Object.freeze(["INVALID_PARAM", "INVALID_CONFIG", "BAD_REPLY", "NETWORK", "OUTCOME_UNKNOWN", "TIMEOUT", "ABORTED", "LIST_CAPPED", "STORE_UNAVAILABLE", "REFRESH_FAILED", "SKIPPED", "UNKNOWN_ERROR", "INVALID_EVENT", "UNVERIFIED_EVENT"]);
/** System error codes any method can return (the docs' system error table). */
export const SYSTEM_CODES = Object.freeze(["INTERNAL_SERVER_ERROR", "ERROR_UNEXPECTED_ANSWER", "QUERY_LIMIT_EXCEEDED", "ERROR_BATCH_METHOD_NOT_ALLOWED", "ERROR_BATCH_LENGTH_EXCEEDED", "NO_AUTH_FOUND", "INVALID_REQUEST", "OVERLOAD_LIMIT", "ACCESS_DENIED", "INVALID_CREDENTIALS", "ERROR_MANIFEST_IS_NOT_AVAILABLE", "insufficient_scope", "expired_token", "user_access_error", "PORTAL_DELETED", "OPERATION_TIME_LIMIT", "ERROR_METHOD_NOT_FOUND"]);
/** The portal's refusals: the call was not carried out and is sent again (retryable). */
export const REFUSAL_CODES = Object.freeze(["QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT"]);
/** Why a built-in OAuth refresh failed (`kind` of `REFRESH_FAILED`). */
export const REFRESH_REASONS = Object.freeze(["REAUTHORIZE", "PAYMENT_REQUIRED", "PORTAL_NOT_FOUND", "OUTCOME_UNKNOWN", "NETWORK", "BAD_REPLY", "PERSIST_FAILED", "STORE_UNAVAILABLE", "TIMEOUT"]);
/** What was wrong with an unreadable answer (`kind` of `BAD_REPLY`, `OUTCOME_UNKNOWN`). */
export const REPLY_KINDS = Object.freeze(["html", "empty", "truncated", "not_json", "no_result", "redirect", "bad_status", "no_rows", "no_progress"]);
/** Node's error codes for a request that provably never left the machine: `NETWORK`, safe to send again. */
export const NEVER_SENT = Object.freeze(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "ENETUNREACH", "EHOSTUNREACH", "ERR_INVALID_URL"]);
