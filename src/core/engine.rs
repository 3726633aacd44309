//! A client's state: where its calls go, its settings, its token, and the secrets its errors
//! must never show. Ops (`exchange`, `ops`) read and update it; it does no I/O.

use super::config::Config;
use super::log::{Level, Log};
use super::scrub::Secrets;
use crate::error::Error;
use crate::prelude::*;
use crate::transport::Endpoint;

/// How requests reach the portal.
#[derive(Debug)]
pub enum Route {
    /// POST JSON to `<webhook URL><method>`.
    Webhook(Endpoint),
    /// POST JSON with `auth` in the body to `<endpoint><method>`.
    OAuth(Endpoint),
    /// `BX24.callMethod(method, params)` inside a placement iframe: the host holds the token.
    Bx24,
}

/// What a client did, for callers and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// Requests sent (a batch counts once).
    pub requests: u64,
    /// Requests sent again (refused, expired token, lost read).
    pub retries: u64,
    /// 503/429 refusals received.
    pub refusals: u64,
    /// Milliseconds spent waiting for the limits.
    pub waited_ms: f64,
}

/// A refresh that failed: calls that were already waiting for it share its failure instead
/// of starting another.
#[derive(Clone, Debug)]
pub(crate) struct RefreshFailure {
    pub reason: Option<&'static str>,
    pub generation: u64,
    /// `Engine::sends` when it failed: requests numbered up to this were sent before it.
    pub after_send: u64,
    pub message: String,
}

#[derive(Debug)]
pub struct Engine {
    pub(crate) route: Route,
    /// The key of the portal's shared limits: scheme and host, never the secret path.
    pub(crate) portal: String,
    pub(crate) config: Config,
    token: String,
    /// Bumped on every new token, so a call knows whether a refresh happened since it was sent.
    pub(crate) generation: u64,
    pub(crate) refresh_failure: Option<RefreshFailure>,
    /// Requests sent so far: orders a send against a refresh's failure (a clock cannot: two
    /// events share a millisecond).
    pub(crate) sends: u64,
    secrets: Secrets,
    pub(crate) stats: Stats,
    /// The portal's bucket is kept by the app's limiter store (shared across processes):
    /// ops ask the JS side to reserve each slot there instead of booking it here.
    pub(crate) shared_bucket: bool,
    /// Lines for the app's logger, when it gave one.
    pub(crate) log: Log,
}

fn check_token(token: &str) -> Result<(), Error> {
    if token.is_empty() || token.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Error::InvalidConfig {
            message: "accessToken must be a non-empty string without spaces".into(),
        });
    }
    Ok(())
}

impl Engine {
    fn new(route: Route, portal: String, options_json: &str) -> Result<Engine, Error> {
        Ok(Engine {
            route,
            portal,
            config: Config::from_json(options_json)?,
            token: String::new(),
            generation: 0,
            refresh_failure: None,
            sends: 0,
            secrets: Secrets::default(),
            stats: Stats::default(),
            shared_bucket: false,
            log: Log::default(),
        })
    }

    /// A client of an incoming webhook URL (`https://<portal>/rest/<user>/<secret>/`).
    pub fn webhook(url: &str, options_json: &str) -> Result<Engine, Error> {
        let endpoint = Endpoint::webhook(url)?;
        let portal = endpoint.origin();
        let secret = endpoint.secret().map(str::to_string);
        let mut engine = Engine::new(Route::Webhook(endpoint), portal, options_json)?;
        if let Some(secret) = secret {
            engine.secrets.add(&secret);
        }
        Ok(engine)
    }

    /// A client of an OAuth app: `endpoint` is the portal's REST URL (`client_endpoint`).
    pub fn oauth(endpoint: &str, access_token: &str, options_json: &str) -> Result<Engine, Error> {
        check_token(access_token)?;
        let endpoint = Endpoint::oauth(endpoint)?;
        let portal = endpoint.origin();
        let mut engine = Engine::new(Route::OAuth(endpoint), portal, options_json)?;
        engine.token = access_token.to_string();
        engine.secrets.add(access_token);
        Ok(engine)
    }

    /// A client over `BX24.callMethod`; `portal` names the host portal for the limits.
    pub fn bx24(portal: &str, options_json: &str) -> Result<Engine, Error> {
        Engine::new(Route::Bx24, ["bx24:", portal].concat(), options_json)
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// Installs the token a refresh gave. Every call waiting for it is then sent again once.
    pub fn set_token(&mut self, token: &str) -> Result<(), Error> {
        check_token(token).map_err(|_| Error::Refresh {
            method: "refresh".into(),
            message: "refresh() gave no usable access token".into(),
            reason: None,
        })?;
        self.token = token.to_string();
        self.secrets.add(token);
        self.generation += 1;
        self.refresh_failure = None;
        self.note(Level::Info, "b24 refresh outcome=ok".into());
        Ok(())
    }

    /// Records that the refresh for the current token failed; `message` is scrubbed. Calls
    /// sent before now share the failure; later ones may ask for a refresh again.
    pub fn refresh_failed(&mut self, _now_ms: f64, message: &str, reason: &str) {
        let reason = crate::error::REFRESH_REASONS
            .iter()
            .copied()
            .find(|r| *r == reason);
        self.refresh_failure = Some(RefreshFailure {
            reason,
            generation: self.generation,
            after_send: self.sends,
            message: self.scrub(message),
        });
        let reason = reason.unwrap_or("none");
        self.note(
            Level::Warn,
            ["b24 refresh outcome=failed reason=", reason].concat(),
        );
    }

    /// Sends log lines to the app's logger from now on.
    pub fn use_logger(&mut self) {
        self.log.enable();
    }

    /// Keeps a line for the logger (scrubbed here); free when there is none.
    pub(crate) fn note(&mut self, level: Level, line: String) {
        if self.log.enabled() {
            let line = self.scrub(&line);
            self.log.push(level, line);
        }
    }

    /// The log lines not yet taken (see `Log::take`).
    pub fn take_log(&mut self) -> String {
        self.log.take()
    }

    /// How requests go, for log lines.
    pub(crate) fn transport(&self) -> &'static str {
        match self.route {
            Route::Webhook(_) => "webhook",
            Route::OAuth(_) => "oauth",
            Route::Bx24 => "bx24",
        }
    }

    /// Runs `f` on this portal's shared limits; `None` without a plan (no limiter).
    pub(crate) fn limits<R>(
        &self,
        now_ms: f64,
        f: impl FnOnce(&mut crate::limits::Limits) -> R,
    ) -> Option<R> {
        let plan = self.config.plan?;
        super::portals::with_limits(&self.portal, plan, self.config.operating_limit, now_ms, f)
    }

    /// Hands the bucket to the app's limiter store (no effect without a plan).
    pub fn use_shared_bucket(&mut self) {
        self.shared_bucket = self.config.plan.is_some();
    }

    /// The key of the portal's limits (scheme and host: no secret).
    pub fn portal(&self) -> &str {
        &self.portal
    }

    /// The plan a shared store should enforce: the portal's less the spare slots the local
    /// bucket keeps for arrivals that bunch up (it measures this portal's round trips whichever
    /// bucket books the slots); a single spare slot would let a fleet send more at once than one
    /// process alone may.
    pub fn store_plan(&self, now_ms: f64) -> Option<crate::limits::Plan> {
        let plan = self.config.plan?;
        let shared = super::portals::with_limits(
            &self.portal,
            plan,
            self.config.operating_limit,
            now_ms,
            |l| l.bucket.shared_plan(),
        );
        Some(shared.unwrap_or_else(|| crate::limits::Bucket::new(plan).shared_plan()))
    }

    pub fn is_oauth(&self) -> bool {
        matches!(self.route, Route::OAuth(_))
    }

    /// Where a request for `method` goes: a URL, or for BX24 the method name itself.
    pub(crate) fn target(&self, method: &str) -> String {
        match &self.route {
            Route::Webhook(endpoint) | Route::OAuth(endpoint) => endpoint.url_for(method),
            Route::Bx24 => method.to_string(),
        }
    }

    /// The body to send for `params_json` (a JSON object text), with the token for OAuth.
    pub(crate) fn body(&self, params_json: &str) -> String {
        match self.route {
            Route::OAuth(_) => with_auth(params_json, &self.token),
            _ => params_json.to_string(),
        }
    }

    /// `text` without any secret this client knows.
    pub fn scrub(&self, text: &str) -> String {
        self.secrets.scrub(text)
    }

    /// `error` as it may leave the library: every text scrubbed.
    pub fn clean(&self, error: Error) -> Error {
        error.map_text(|text| self.scrub(text))
    }
}

/// `{"auth":"<token>", ...params}`: the token first, the params' own text unchanged.
fn with_auth(params: &str, token: &str) -> String {
    let inner = params.trim().strip_prefix('{').unwrap_or("}").trim_start();
    let mut body = String::with_capacity(params.len() + token.len() + 12);
    body.push_str("{\"auth\":");
    crate::batch::json_string(&mut body, token);
    if !inner.starts_with('}') {
        body.push(',');
    }
    body.push_str(inner);
    body
}

#[cfg(test)]
mod tests;
