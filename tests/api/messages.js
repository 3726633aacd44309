// Generated from src/error/templates.rs by b24-codegen: do not edit.
/** Every error's text, by position; a slot `{x}` takes the error's value `x`. */
export const TEMPLATES = Object.freeze([
  "{method}: {description}", // message
  "b24: {description}", // message_b24
  "{method}: {code} (HTTP {status}): {description}", // message_api
  "{method}: bad reply (HTTP {status}): {description}", // message_bad_reply
  "{field} is required", // missing
  "{field} is required unless {names} is given", // one_of_missing_1
  "{field} is required unless one of {names} is given", // one_of_missing
  "{field} needs exactly one of {names} to be given", // exactly_one
  "{field} is required: {names} are given together or not at all", // together
  "{field} must have at least one field", // empty
  "{field} is required unless {when} is \"{is}\"", // missing_unless
  "{field} must be a whole number from {min} to {max}", // out_of_range
  "{field} has {got} items; at most {max}", // too_many
  "{field} is {got} character long; must be at least {min}", // too_short_1
  "{field} is {got} characters long; must be at least {min}", // too_short
  "{field} is {got} characters long; must be exactly {want}", // not_length
  "{field} is not a parameter of this method", // unknown
  "{field} must be {expected}", // wrong_type
  "{field} must be one of {values}", // not_allowed
  "{field} is {got} characters long; at most {max}", // too_long
  "{field} must be a JSON object", // not_an_object
  "{field} must be letters, digits, _ or -", // bad_key
  "{field} is used by two commands", // duplicate_key
  "{field} cannot be a batch inside a batch", // nested_batch
  "{field} refers to no earlier command of the batch", // bad_reference
  "{field} must be a Bitrix24 method name: dotted segments of letters, digits and _ (e.g. im.notify.answer)", // bad_method_name
  "{field} must be a finite number that JSON carries exactly (integers up to 2^53)", // inexact_number
  "{field} is nested too deeply", // too_deep
  "{field} is set by list() itself (the page position and size; order, which is by ID ascending when idField is given)", // set_by_list
  "{field} {why}", // list_option
  "{field} {why}", // refused
  "{field} cannot be given together with another of {names}", // not_with
  "{field} is before {from}", // ends_before_start
  "{field} is more than {max_days} days after the period's start", // period_too_long
  "{field} needs {groups} to be given", // needs_one_of
  "{field} refers to a field that the earlier command's result does not have", // unresolved_reference
  "{field} is a name the portal's query parser would change inside a batch command (spaces and dots become _, brackets nest): send this command with call()", // php_name
  "the server answered with an HTML page, not the portal's JSON", // reply_html
  "the server answered with an empty body", // reply_empty
  "the answer's JSON stops in the middle", // reply_truncated
  "the answer is not JSON", // reply_not_json
  "the answer has neither result nor error", // reply_no_result
  "the server answered with a redirect, which is not followed", // reply_redirect
  "the HTTP status is outside 100-599", // reply_bad_status
  "the list page has no rows where the method's paging puts them", // reply_no_rows
  "the list page does not move on (its position stands still or goes back); reading stopped", // reply_no_progress
  "{text}", // text
  "no readable answer ({text}); the request may have been carried out and was not sent again", // outcome_unknown
  "not sent: {text}", // not_sent
  "not run: an earlier command of the batch failed and halt was set", // skipped_halt
  "not run: it refers to $result[{key}], which has no result", // skipped_reference
  "the access token expired and refresh() failed: {text}", // refresh_failed
]);
