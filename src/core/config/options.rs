//! Every option a client accepts, declared once: `Config::from_json` checks the core's keys
//! against it, and `src/codegen/options.rs` makes of it the package's `options.js` (the keys the
//! JS entry checks itself) and `options.d.ts` (`ClientOptions`, `OAuthOptions`), and the
//! examples the type test compiles and runs. This file stands alone (no `crate::` paths):
//! `build.rs` compiles it too.

/// Where an option is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Any client: `Client.webhook(url, options)`, `Client.oauth({...})`, `Client.bx24(BX24, options)`.
    Client,
    /// `Client.oauth` only: the portal, the token, and how a new token is got.
    OAuth,
    /// `Client.oauth` in Node only, instead of `refresh`: the refresher built in.
    Refresher,
}

/// Who checks an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checker {
    /// The core (`Config::from_json`): JSON values.
    Core,
    /// The JS entry, by `typeof` (functions and objects cannot cross as JSON).
    Js(&'static str),
}

/// One option.
pub struct Opt {
    pub name: &'static str,
    pub group: Group,
    pub checker: Checker,
    /// The TS type (without `undefined`; `| null` is added when `nullable`).
    pub ts: &'static str,
    /// Must be given (in its group's variant).
    pub required: bool,
    /// The TS type when the OAuth refresher built in uses the option too (it needs more of it).
    pub refresher_ts: Option<&'static str>,
    /// `null` counts as not given.
    pub nullable: bool,
    /// The JSDoc.
    pub doc: &'static str,
    /// Values (JS expressions) the runtime accepts, which must compile. Core options' values are
    /// JSON, so the Rust tests feed them to `Config::from_json` too.
    pub accepts: &'static [&'static str],
    /// Values (JS expressions) the runtime refuses, which must not compile. Range checks of
    /// numbers are the runtime's alone: TS has no number ranges.
    pub refuses: &'static [&'static str],
}

const fn core(name: &'static str, ts: &'static str, doc: &'static str) -> Opt {
    Opt {
        name,
        group: Group::Client,
        checker: Checker::Core,
        ts,
        required: false,
        refresher_ts: None,
        nullable: false,
        doc,
        accepts: &[],
        refuses: &[],
    }
}

const fn js(
    group: Group,
    name: &'static str,
    type_of: &'static str,
    ts: &'static str,
    doc: &'static str,
) -> Opt {
    Opt {
        name,
        group,
        checker: Checker::Js(type_of),
        ts,
        required: false,
        refresher_ts: None,
        nullable: false,
        doc,
        accepts: &[],
        refuses: &[],
    }
}

impl Opt {
    const fn examples(
        mut self,
        accepts: &'static [&'static str],
        refuses: &'static [&'static str],
    ) -> Opt {
        self.accepts = accepts;
        self.refuses = refuses;
        self
    }
    const fn required(mut self) -> Opt {
        self.required = true;
        self
    }
    const fn refresher_ts(mut self, ts: &'static str) -> Opt {
        self.refresher_ts = Some(ts);
        self
    }
    const fn nullable(mut self) -> Opt {
        self.nullable = true;
        self
    }
}

/// Named TS types the options use (written into `options.d.ts` before the interfaces).
pub const TYPES: &[(&str, &str, &str)] = &[
    (
        "B24Plan",
        "The portal's request bucket: `standard` is 50 requests draining 2/s, `enterprise` 250 and 5/s.",
        "'standard' | 'enterprise' | { size: number; drain: number }",
    ),
    (
        "B24Fetch",
        "The `fetch` a client sends with: called as `fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' })`, resolving to `{ status, text() }`.",
        "(url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal; redirect?: 'manual' }) => Promise<{ status: number; type?: string; text(): Promise<string> }>",
    ),
    (
        "B24Store",
        "A limiter store as a client uses it: `reserve()` and `refused()` (the rest of `LimiterStore` is optional).",
        "Pick<LimiterStore, 'reserve' | 'refused'> & Partial<LimiterStore>",
    ),
    (
        "B24RefresherStore",
        "A limiter store the OAuth refresher built in shares too: also its lock and token record.",
        "B24Store & Pick<LimiterStore, 'lock' | 'readTokens' | 'writeTokens'>",
    ),
    (
        "B24LogFn",
        "One logging function: a line of text, then any details.",
        "(message: string, ...details: unknown[]) => void",
    ),
    (
        "B24Logger",
        "Where a client logs: `console`, or an object with at least one of `debug`, `info`, `warn`, `error` (or `log`, used for a level the logger lacks). Each request gets one line (`info` when answered, `warn` when sent again or refreshed, `error` when it failed), each wait and refresh one more, as `key=value` words: `b24 request method=im.notify.answer transport=webhook status=200 ms=34 attempt=1 waited_ms=0 refusals=0 refreshes=0 outcome=ok`. No line ever holds a token or the webhook secret.",
        "({ debug: B24LogFn } | { info: B24LogFn } | { warn: B24LogFn } | { error: B24LogFn } | { log: B24LogFn }) & { debug?: B24LogFn; info?: B24LogFn; warn?: B24LogFn; error?: B24LogFn; log?: B24LogFn }",
    ),
    (
        "B24Refresh",
        "Gives a new access token when the portal says `expired_token`.",
        "() => string | { accessToken: string } | { access_token: string } | Promise<string | { accessToken: string } | { access_token: string }>",
    ),
];

/// Every option, in the order the types show them.
pub const OPTIONS: &[Opt] = &[
    core(
        "plan",
        "B24Plan | false",
        "The portal's bucket, shared by every client of the same portal in this JS realm, so calls wait instead of being refused. Default `standard`; `false` turns the limiter off.",
    )
    .nullable()
    .examples(
        &["\"standard\"", "\"enterprise\"", "{ \"size\": 100, \"drain\": 3 }", "false", "null"],
        &["\"free\"", "true", "{ \"size\": 100 }", "{ \"size\": 100, \"drain\": 3, \"burst\": 5 }"],
    ),
    core(
        "operatingLimit",
        "number",
        "Seconds of operating time per method per ten minutes (1 to 600, default 480).",
    )
    .examples(&["480"], &["\"480\"", "null"]),
    core(
        "timeoutMs",
        "number",
        "One deadline per call (1 to 2^31 - 1 ms, default 90,000), covering the limits' waits, `refresh()`, the request and reading its body. A read past it is `NETWORK`, a write in flight `OUTCOME_UNKNOWN`, a call not yet sent `TIMEOUT`.",
    )
    .examples(&["30000"], &["\"30s\"", "false"]),
    core(
        "refusalRetries",
        "number",
        "How often a refused call (503/429) is sent again (0 to 100, default 8).",
    )
    .examples(&["0", "8"], &["true"]),
    core(
        "readRetries",
        "number",
        "How often a read whose answer was lost is sent again (0 to 10, default 2).",
    )
    .examples(&["2"], &["\"2\""]),
    js(
        Group::Client,
        "fetch",
        "function",
        "B24Fetch",
        "The `fetch` to send requests with (e.g. one through a proxy). Default: the global `fetch` in browsers, a keep-alive `node:http` one in Node. Redirects are never followed: one to another origin would carry the token there.",
    )
    .nullable()
    .examples(
        &["async () => ({ status: 200, text: async () => '{\"result\":true}' })", "null"],
        &["'https://proxy.example'"],
    ),
    js(
        Group::Client,
        "store",
        "object",
        "B24Store",
        "Where the request bucket (and, for the OAuth refresher, the lock and token record) lives: `b24-wasm/store` for one process, `b24-wasm/redis` for many. See store.md.",
    )
    .nullable()
    .refresher_ts("B24RefresherStore")
    .examples(
        &["createMemoryStore()", "{ reserve: async () => 0, refused: async () => {} }", "null"],
        &["{}", "{ reserve: async () => 0 }", "'redis://localhost:6379'"],
    ),
    js(
        Group::Client,
        "logger",
        "object",
        "B24Logger",
        "Where the client logs what it sends, waits and retries: `console`, or an object with at least one of `debug`, `info`, `warn`, `error` (or `log`). Secrets are scrubbed.",
    )
    .nullable()
    .examples(&["console", "{ warn: (line: string) => void line }", "null"], &["true", "'debug'", "(line: string) => void line", "{}"]),
    js(
        Group::OAuth,
        "endpoint",
        "string",
        "string | URL",
        "The portal's REST endpoint (`client_endpoint`), e.g. `https://example.bitrix24.com/rest/`, as text or a `URL`; an international domain name goes out as punycode.",
    )
    .required()
    .examples(
        &["'https://example.bitrix24.com/rest/'", "new URL('https://example.bitrix24.com/rest/')"],
        &["42", "{ href: 'https://example.bitrix24.com/rest/' }"],
    ),
    js(Group::OAuth, "accessToken", "string", "string", "The access token in use now.")
        .required()
        .examples(&["'token'"], &["null", "{ accessToken: 'token' }"]),
    js(
        Group::OAuth,
        "refresh",
        "function",
        "B24Refresh",
        "Called once when the portal says `expired_token`; concurrent calls share one refresh. Leave it out in Node to have the package refresh by itself (`clientId`, `clientSecret`, `refreshToken`, `onTokens`).",
    )
    .required()
    .examples(&["async () => 'new-token'", "() => ({ access_token: 'new-token' })"], &["'new-token'"]),
    js(Group::Refresher, "clientId", "string", "string", "The app's `client_id`.")
        .required()
        .examples(&["'app.123'"], &["123"]),
    js(
        Group::Refresher,
        "clientSecret",
        "string",
        "string",
        "The app's `client_secret`: sent only to the OAuth server, never in an error or a log line. Node only: it must never be in browser code.",
    )
    .required()
    .examples(&["'secret'"], &["null"]),
    js(Group::Refresher, "refreshToken", "string", "string", "The refresh token in use now.")
        .required()
        .examples(&["'refresh'"], &["undefined"]),
    js(
        Group::Refresher,
        "onTokens",
        "function",
        "(tokens: TokenRecord) => unknown",
        "Saves the new pair (the old refresh token is dead once it exists); awaited before the new access token is used.",
    )
    .required()
    .examples(&["async (tokens: TokenRecord) => void tokens"], &["true"]),
    js(
        Group::Refresher,
        "oauthUrl",
        "string",
        "string",
        "The OAuth server's token URL (default `https://oauth.bitrix.info/oauth/token/`); https only, except loopback.",
    )
    .examples(&["'https://oauth.bitrix.info/oauth/token/'"], &["42"]),
];

/// Examples that depend on where an option is given (`context`, key, value, accepted), beside
/// the options' own: keys that are no option where a user might try them, and what the
/// refresher built in needs more of. Contexts: `webhook`, `oauth` (with `refresh`),
/// `oauth-self` (the Node refresher's keys).
pub const CONTEXT_EXAMPLES: &[(&str, &str, &str, bool)] = &[
    ("webhook", "signal", "new AbortController().signal", false),
    ("webhook", "timeout", "1000", false),
    (
        "webhook",
        "endpoint",
        "'https://example.bitrix24.com/rest/'",
        false,
    ),
    ("webhook", "refresh", "async () => 'token'", false),
    ("webhook", "clientSecret", "'secret'", false),
    ("oauth", "clientSecret", "'secret'", false),
    ("oauth-self", "refresh", "async () => 'token'", false),
    ("oauth-self", "store", "createMemoryStore()", true),
    (
        "oauth-self",
        "store",
        "{ reserve: async () => 0, refused: async () => {} }",
        false,
    ),
];

/// The client options, by name (the keys `Config::from_json` knows).
pub fn client_options() -> impl Iterator<Item = &'static Opt> {
    OPTIONS.iter().filter(|o| o.group == Group::Client)
}

const fn client_count() -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < OPTIONS.len() {
        if matches!(OPTIONS[i].group, Group::Client) {
            count += 1;
        }
        i += 1;
    }
    count
}

/// The client options' names, each with whether the JS entry checks it (`Checker::Js`), taken
/// from `OPTIONS` at compile time: `Config::from_json` reads these, since reading `OPTIONS` at
/// run time would put every option's docs and examples into the .wasm (about 1 KB gzip).
pub const CLIENT_KEYS: [(&str, bool); client_count()] = {
    let mut keys = [("", false); client_count()];
    let (mut i, mut k) = (0, 0);
    while i < OPTIONS.len() {
        if matches!(OPTIONS[i].group, Group::Client) {
            keys[k] = (
                OPTIONS[i].name,
                matches!(OPTIONS[i].checker, Checker::Js(_)),
            );
            k += 1;
        }
        i += 1;
    }
    keys
};
