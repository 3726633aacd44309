//! `options.js`, `options.d.ts` and `options.examples.json` from the option declaration
//! (`src/core/config/options.rs`): the keys the JS entry checks itself, the option types, and
//! the values the type test compiles and runs (`tests/js/types.test.mjs`).

use super::{key, quote};
use crate::core::config::options::{Checker, Group, Opt, CONTEXT_EXAMPLES, OPTIONS, TYPES};

const HEADER: &str = "// Generated from src/core/config/options.rs by b24-codegen: do not edit.\n";

fn in_group(group: Group) -> impl Iterator<Item = &'static Opt> {
    OPTIONS.iter().filter(move |o| o.group == group)
}

fn type_of_map(group: Group) -> String {
    let fields: Vec<String> = in_group(group)
        .filter_map(|o| match o.checker {
            Checker::Js(type_of) => Some(format!("{}: {}", key(o.name), quote(type_of))),
            Checker::Core => None,
        })
        .collect();
    format!("{{ {} }}", fields.join(", "))
}

fn names(group: Group) -> String {
    let quoted: Vec<String> = in_group(group).map(|o| quote(o.name)).collect();
    format!("[{}]", quoted.join(", "))
}

/// (name, JSDoc, JS value) of each list `options.js` exports.
fn lists() -> [(&'static str, &'static str, String); 4] {
    [
        ("CLIENT_OPTIONS", "Every option any client takes.", names(Group::Client)),
        ("JS_OPTIONS", "Client options the JS entry checks itself (the core checks the rest): key -> the `typeof` its value must have.", type_of_map(Group::Client)),
        ("OAUTH_KEYS", "`Client.oauth`'s own keys -> the `typeof` each must have.", type_of_map(Group::OAuth)),
        ("REFRESHER_KEYS", "`Client.oauth` keys of the refresher built in (Node only), instead of `refresh`.", names(Group::Refresher)),
    ]
}

/// `options.js`: the key lists the JS entry needs.
pub fn options_js() -> String {
    let mut out = String::from(HEADER);
    for (name, doc, value) in lists() {
        out.push_str(&format!(
            "/** {doc} */\nexport const {name} = Object.freeze({value});\n"
        ));
    }
    out
}

fn field(out: &mut String, option: &Opt, optional: bool) {
    out.push_str(&format!("  /** {} */\n", option.doc.replace("*/", "*\\/")));
    let null = if option.nullable { " | null" } else { "" };
    let mark = if optional { "?" } else { "" };
    out.push_str(&format!(
        "  {}{mark}: {}{null};\n",
        key(option.name),
        option.ts
    ));
}

fn never(out: &mut String, group: Group) {
    for option in in_group(group) {
        out.push_str(&format!("  {}?: never;\n", key(option.name)));
    }
}

/// `options.d.ts`: `ClientOptions`, the `Client.oauth` variants and the types they use.
pub fn options_dts() -> String {
    let mut out = String::from(HEADER);
    out.push_str("import type { LimiterStore, TokenRecord } from './store.js';\n\n");
    for (name, doc, ts) in TYPES {
        out.push_str(&format!("/** {doc} */\nexport type {name} = {ts};\n"));
    }
    out.push_str("\n/** The options of every client (`Client.webhook`, `Client.oauth`, `Client.bx24`). */\nexport interface ClientOptions {\n");
    for option in in_group(Group::Client) {
        field(&mut out, option, !option.required);
    }
    out.push_str("}\n\n/** `Client.oauth` with your own `refresh()` (browsers and servers). */\nexport interface OAuthRefreshOptions extends ClientOptions {\n");
    for option in in_group(Group::OAuth) {
        field(&mut out, option, !option.required);
    }
    never(&mut out, Group::Refresher);
    out.push_str("}\n\n/** `Client.oauth` refreshing by itself (Node only: the client secret must never reach a browser). */\nexport interface OAuthSelfRefreshOptions extends ClientOptions {\n");
    for option in in_group(Group::OAuth) {
        if option.name == "refresh" {
            out.push_str(&format!("  {}?: never;\n", key(option.name)));
        } else {
            field(&mut out, option, !option.required);
        }
    }
    for option in in_group(Group::Refresher) {
        field(&mut out, option, !option.required);
    }
    // Client options the refresher uses too, with what it needs of them.
    for option in in_group(Group::Client) {
        if let Some(ts) = option.refresher_ts {
            field(&mut out, &Opt { ts, ..*option }, !option.required);
        }
    }
    out.push_str("}\n\n/** The options of `Client.oauth` in Node: your own `refresh()`, or the refresher built in. */\nexport type OAuthOptions = OAuthRefreshOptions | OAuthSelfRefreshOptions;\n");
    out.push_str("/** The options of `Client.oauth` outside Node: your own `refresh()`, which asks your server. */\nexport type OAuthBrowserOptions = OAuthRefreshOptions;\n\n");
    for (name, doc, value) in lists() {
        let ts = if value.starts_with('[') {
            format!("readonly {}", value)
        } else {
            format!(
                "{{ readonly {} }}",
                value
                    .trim_start_matches("{ ")
                    .trim_end_matches(" }")
                    .replace(", ", "; readonly ")
            )
        };
        out.push_str(&format!(
            "/** {doc} */\nexport declare const {name}: {ts};\n"
        ));
    }
    out
}

/// `options.examples.json`: one line per example, `{ context, key, value, accepted }`, for the
/// test that compiles each and creates a client with it. Client options are tried on a webhook
/// and an OAuth client, `Client.oauth`'s own keys with `refresh()`, the refresher's without.
pub fn options_examples_json() -> String {
    let mut rows = Vec::new();
    let mut row = |context: &str, key: &str, value: &str, accepted: bool| {
        rows.push(format!(
            "{{\"context\": {}, \"key\": {}, \"value\": {}, \"accepted\": {accepted}}}",
            quote(context),
            quote(key),
            quote(value)
        ));
    };
    for option in OPTIONS {
        let contexts: &[&str] = match option.group {
            Group::Client => &["webhook", "oauth"],
            Group::OAuth => &["oauth"],
            Group::Refresher => &["oauth-self"],
        };
        for context in contexts {
            for value in option.accepts {
                row(context, option.name, value, true);
            }
            for value in option.refuses {
                row(context, option.name, value, false);
            }
        }
    }
    for (context, name, value, accepted) in CONTEXT_EXAMPLES {
        row(context, name, value, *accepted);
    }
    format!("[\n{}\n]\n", rows.join(",\n"))
}
