// Generated from src/error/codes.rs by b24-codegen: do not edit.

/** Codes the library itself gives; any other `code` is the portal's own. */
export type B24LibraryCode =
  /** Refused by validation before anything was sent; `field` names the param. */
  | "INVALID_PARAM"
  /** The client or its options were set up wrongly; nothing was sent. */
  | "INVALID_CONFIG"
  /** The answer was not the portal's JSON; `kind` says what it was. */
  | "BAD_REPLY"
  /** No answer, and nothing was carried out (or the method only reads). */
  | "NETWORK"
  /** A write got no readable answer and may have been carried out: it was not sent again. */
  | "OUTCOME_UNKNOWN"
  /** Not sent: the call's deadline would pass first. */
  | "TIMEOUT"
  /** Not sent: the caller's signal aborted the call. */
  | "ABORTED"
  /** `list()` reached the portal's offset cap: the rows up to it were read, the rest cannot be; narrow the filter. */
  | "LIST_CAPPED"
  /** Not sent: the shared limiter store gave no slot. */
  | "STORE_UNAVAILABLE"
  /** The access token expired and no new one came; `kind` says why. */
  | "REFRESH_FAILED"
  /** A batch command that surely did not run (after a failure with `halt`). */
  | "SKIPPED"
  /** The portal reported an error without a usable code. */
  | "UNKNOWN_ERROR"
  /** An inbound event or placement request that could not be read. */
  | "INVALID_EVENT"
  /** An inbound event or placement request that could not be verified as the portal's. */
  | "UNVERIFIED_EVENT";

/** System error codes any method can return (the docs' system error table). */
export type B24SystemCode = "INTERNAL_SERVER_ERROR" | "ERROR_UNEXPECTED_ANSWER" | "QUERY_LIMIT_EXCEEDED" | "ERROR_BATCH_METHOD_NOT_ALLOWED" | "ERROR_BATCH_LENGTH_EXCEEDED" | "NO_AUTH_FOUND" | "INVALID_REQUEST" | "OVERLOAD_LIMIT" | "ACCESS_DENIED" | "INVALID_CREDENTIALS" | "ERROR_MANIFEST_IS_NOT_AVAILABLE" | "insufficient_scope" | "expired_token" | "user_access_error" | "PORTAL_DELETED" | "OPERATION_TIME_LIMIT" | "ERROR_METHOD_NOT_FOUND";
/** Why a built-in OAuth refresh failed (`REFRESH_FAILED`). */
export type B24RefreshReason = "REAUTHORIZE" | "PAYMENT_REQUIRED" | "PORTAL_NOT_FOUND" | "OUTCOME_UNKNOWN" | "NETWORK" | "BAD_REPLY" | "PERSIST_FAILED" | "STORE_UNAVAILABLE" | "TIMEOUT";
/** What was wrong with an unreadable answer (`BAD_REPLY`, `OUTCOME_UNKNOWN`). */
export type B24ReplyKind = "html" | "empty" | "truncated" | "not_json" | "no_result" | "redirect" | "bad_status" | "no_rows" | "no_progress";
/** Every code a `B24Error` can carry; method-specific portal codes are plain strings. */
export type B24ErrorCode = B24LibraryCode | B24SystemCode | (string & {});

/** Codes this library gives; any other `code` is the portal's own. */
export declare const LIBRARY_CODES: readonly ["INVALID_PARAM", "INVALID_CONFIG", "BAD_REPLY", "NETWORK", "OUTCOME_UNKNOWN", "TIMEOUT", "ABORTED", "LIST_CAPPED", "STORE_UNAVAILABLE", "REFRESH_FAILED", "SKIPPED", "UNKNOWN_ERROR", "INVALID_EVENT", "UNVERIFIED_EVENT"];
/** System error codes any method can return (the docs' system error table). */
export declare const SYSTEM_CODES: readonly ["INTERNAL_SERVER_ERROR", "ERROR_UNEXPECTED_ANSWER", "QUERY_LIMIT_EXCEEDED", "ERROR_BATCH_METHOD_NOT_ALLOWED", "ERROR_BATCH_LENGTH_EXCEEDED", "NO_AUTH_FOUND", "INVALID_REQUEST", "OVERLOAD_LIMIT", "ACCESS_DENIED", "INVALID_CREDENTIALS", "ERROR_MANIFEST_IS_NOT_AVAILABLE", "insufficient_scope", "expired_token", "user_access_error", "PORTAL_DELETED", "OPERATION_TIME_LIMIT", "ERROR_METHOD_NOT_FOUND"];
/** The portal's refusals: the call was not carried out and is sent again (retryable). */
export declare const REFUSAL_CODES: readonly ["QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT"];
/** Why a built-in OAuth refresh failed (`kind` of `REFRESH_FAILED`). */
export declare const REFRESH_REASONS: readonly ["REAUTHORIZE", "PAYMENT_REQUIRED", "PORTAL_NOT_FOUND", "OUTCOME_UNKNOWN", "NETWORK", "BAD_REPLY", "PERSIST_FAILED", "STORE_UNAVAILABLE", "TIMEOUT"];
/** What was wrong with an unreadable answer (`kind` of `BAD_REPLY`, `OUTCOME_UNKNOWN`). */
export declare const REPLY_KINDS: readonly ["html", "empty", "truncated", "not_json", "no_result", "redirect", "bad_status", "no_rows", "no_progress"];
/** Node's error codes for a request that provably never left the machine: `NETWORK`, safe to send again. */
export declare const NEVER_SENT: readonly ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "ENETUNREACH", "EHOSTUNREACH", "ERR_INVALID_URL"];
