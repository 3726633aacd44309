//! `messages.js` from the error templates (`src/error/templates.rs`): the one table of error
//! text, which `error.js` composes a `B24Error`'s `description` and `message` from.

use super::quote;
use crate::error::templates::TEMPLATES;

/// `messages.js`: the templates as one frozen array, in the table's order: an error names its
/// templates by position (the names stay in comments, which a bundler drops).
pub fn messages_js() -> String {
    let mut out = String::from(
        "// Generated from src/error/templates.rs by b24-codegen: do not edit.\n\
         /** Every error's text, by position; a slot `{x}` takes the error's value `x`. */\n\
         export const TEMPLATES = Object.freeze([\n",
    );
    for (name, template) in TEMPLATES {
        out.push_str("  ");
        out.push_str(&quote(template));
        out.push_str(", // ");
        out.push_str(name);
        out.push('\n');
    }
    out.push_str("]);\n");
    out
}
