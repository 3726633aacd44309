//! The text of every error of the library, as templates: the one source of it. The codegen
//! writes them into the package's `messages.js` (JS composes `B24Error`'s `description` and
//! `message`); natively `Display` renders them (`messages::render`). Which template and which
//! slot values an error has is `Error::parts` (`messages.rs`). Plain data: `build.rs` compiles
//! this file too.

/// (name, template). A slot `{x}` takes the value named `x`; nothing else is special. What
/// crosses to JS is a template's position here ([`index`]), not its name.
pub const TEMPLATES: &[(&str, &str)] = &[
    // Messages: where the call was, then the description.
    ("message", "{method}: {description}"),
    ("message_b24", "b24: {description}"),
    ("message_api", "{method}: {code} (HTTP {status}): {description}"),
    ("message_bad_reply", "{method}: bad reply (HTTP {status}): {description}"),
    // A refused param: its name, then the problem.
    ("missing", "{field} is required"),
    ("one_of_missing_1", "{field} is required unless {names} is given"),
    ("one_of_missing", "{field} is required unless one of {names} is given"),
    ("exactly_one", "{field} needs exactly one of {names} to be given"),
    ("together", "{field} is required: {names} are given together or not at all"),
    ("empty", "{field} must have at least one field"),
    ("missing_unless", "{field} is required unless {when} is \"{is}\""),
    ("out_of_range", "{field} must be a whole number from {min} to {max}"),
    ("too_many", "{field} has {got} items; at most {max}"),
    ("too_short_1", "{field} is {got} character long; must be at least {min}"),
    ("too_short", "{field} is {got} characters long; must be at least {min}"),
    ("not_length", "{field} is {got} characters long; must be exactly {want}"),
    ("unknown", "{field} is not a parameter of this method"),
    ("wrong_type", "{field} must be {expected}"),
    ("not_allowed", "{field} must be one of {values}"),
    ("too_long", "{field} is {got} characters long; at most {max}"),
    ("not_an_object", "{field} must be a JSON object"),
    ("bad_key", "{field} must be letters, digits, _ or -"),
    ("duplicate_key", "{field} is used by two commands"),
    ("nested_batch", "{field} cannot be a batch inside a batch"),
    ("bad_reference", "{field} refers to no earlier command of the batch"),
    ("bad_method_name", "{field} must be a Bitrix24 method name: dotted segments of letters, digits and _ (e.g. im.notify.answer)"),
    ("inexact_number", "{field} must be a finite number that JSON carries exactly (integers up to 2^53)"),
    ("too_deep", "{field} is nested too deeply"),
    ("set_by_list", "{field} is set by list() itself (the page position and size; order, which is by ID ascending when idField is given)"),
    ("list_option", "{field} {why}"),
    // The table's own reason (placement.bind of a placement bound another way).
    ("refused", "{field} {why}"),
    ("not_with", "{field} cannot be given together with another of {names}"),
    ("ends_before_start", "{field} is before {from}"),
    ("period_too_long", "{field} is more than {max_days} days after the period's start"),
    ("needs_one_of", "{field} needs {groups} to be given"),
    ("unresolved_reference", "{field} refers to a field that the earlier command's result does not have"),
    ("php_name", "{field} is a name the portal's query parser would change inside a batch command (spaces and dots become _, brackets nest): send this command with call()"),
    // An unreadable reply.
    ("reply_html", "the server answered with an HTML page, not the portal's JSON"),
    ("reply_empty", "the server answered with an empty body"),
    ("reply_truncated", "the answer's JSON stops in the middle"),
    ("reply_not_json", "the answer is not JSON"),
    ("reply_no_result", "the answer has neither result nor error"),
    ("reply_redirect", "the server answered with a redirect, which is not followed"),
    ("reply_bad_status", "the HTTP status is outside 100-599"),
    ("reply_no_rows", "the list page has no rows where the method's paging puts them"),
    ("reply_no_progress", "the list page does not move on (its position stands still or goes back); reading stopped"),
    // The other failures; `{text}` is a text the error carries (scrubbed of secrets).
    ("text", "{text}"),
    ("outcome_unknown", "no readable answer ({text}); the request may have been carried out and was not sent again"),
    ("not_sent", "not sent: {text}"),
    ("skipped_halt", "not run: an earlier command of the batch failed and halt was set"),
    ("skipped_reference", "not run: it refers to $result[{key}], which has no result"),
    ("refresh_failed", "the access token expired and refresh() failed: {text}"),
];

/// The position of the template `name` in [`TEMPLATES`], computed at compile time (the .wasm
/// carries the number, neither the name nor the table); past the end for a name not in it,
/// which `messages.rs`'s `t!` turns into a build error.
pub const fn index(name: &str) -> u8 {
    let mut i = 0;
    while i < TEMPLATES.len() {
        if same(TEMPLATES[i].0, name) {
            return i as u8;
        }
        i += 1;
    }
    TEMPLATES.len() as u8
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
