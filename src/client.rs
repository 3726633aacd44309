//! The client: validate → encode → send → decode, and the retry policy around it.
//!
//! Retries: a call is repeated only when it cannot have been carried out twice: the portal
//! refused it (`QUERY_LIMIT_EXCEEDED`, `OPERATION_TIME_LIMIT`, `expired_token` once, after a
//! refresh), or the method only reads. A write whose answer was lost is never repeated; the
//! caller gets `OUTCOME_UNKNOWN`.

use crate::error::{decode, Error, Problem, Success};
use crate::limits::{Limits, Operating, Plan};
use crate::methods;
use crate::schema::Access;
use crate::transport::{Call, Transport};
use crate::validate::validate;
use futures_util::future::{FutureExt, LocalBoxFuture, Shared};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// The time source of the environment: epoch milliseconds and a way to wait.
pub trait Clock {
    fn now_ms(&self) -> f64;
    fn sleep(&self, ms: f64) -> LocalBoxFuture<'static, ()>;
}

/// A clock whose time moves only when something sleeps: deterministic tests of waiting.
#[derive(Debug, Default)]
pub struct VirtualClock {
    now: Cell<f64>,
    slept: Cell<f64>,
}

impl VirtualClock {
    pub fn starting_at(now_ms: f64) -> Rc<Self> {
        Rc::new(VirtualClock {
            now: Cell::new(now_ms),
            slept: Cell::new(0.0),
        })
    }

    /// Milliseconds spent sleeping so far.
    pub fn slept_ms(&self) -> f64 {
        self.slept.get()
    }
}

impl Clock for Rc<VirtualClock> {
    fn now_ms(&self) -> f64 {
        self.now.get()
    }

    fn sleep(&self, ms: f64) -> LocalBoxFuture<'static, ()> {
        let ms = ms.max(0.0);
        self.now.set(self.now.get() + ms);
        self.slept.set(self.slept.get() + ms);
        Box::pin(async {})
    }
}

/// How a client treats the portal's limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// The portal's bucket; `None` sends without waiting (the portal may then refuse).
    pub plan: Option<Plan>,
    /// Seconds of operating time per method per ten minutes before the portal blocks it.
    pub operating_limit: f64,
    /// How often a refused call (503/429) is sent again before the error is given up.
    pub refusal_retries: u32,
    /// How often a read whose answer was lost is sent again.
    pub read_retries: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            plan: Some(Plan::STANDARD),
            operating_limit: Operating::DEFAULT_LIMIT_SECONDS,
            refusal_retries: 8,
            read_retries: 2,
        }
    }
}

/// What a client did, for callers and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// HTTP requests sent (a batch counts once).
    pub requests: u64,
    /// Requests sent again (refused, expired token, lost read).
    pub retries: u64,
    /// 503/429 refusals received.
    pub refusals: u64,
    /// Milliseconds spent waiting for the limits.
    pub waited_ms: f64,
}

thread_local! {
    /// One `Limits` per portal, shared by every client of that portal in this JS realm.
    static PORTALS: RefCell<HashMap<String, Rc<RefCell<Limits>>>> = RefCell::new(HashMap::new());
}

/// The shared limits of `portal`, made with `options` when first asked for.
fn shared_limits(portal: &str, options: &Options) -> Option<Rc<RefCell<Limits>>> {
    let plan = options.plan?;
    // try_with: `with` would pull a panic message (and its formatting) into the .wasm.
    PORTALS
        .try_with(|portals| {
            let mut portals = portals.borrow_mut();
            let limits = portals.entry(portal.to_string()).or_insert_with(|| {
                Rc::new(RefCell::new(Limits::new(plan, options.operating_limit)))
            });
            // A client told of another plan (e.g. after an upgrade) updates the shared bucket.
            if limits.borrow().bucket.plan() != plan {
                limits.borrow_mut().bucket = crate::limits::Bucket::new(plan);
            }
            Rc::clone(limits)
        })
        .ok()
}

/// What the user's `refresh()` hands back: a new access token, or why there is none.
pub type RefreshFuture = LocalBoxFuture<'static, Result<String, String>>;

/// An OAuth token and the way to get a new one when the portal says it expired.
struct OAuth {
    token: RefCell<String>,
    /// Bumped on every new token, so a call knows whether a refresh happened since it was sent.
    generation: Cell<u64>,
    refresh: Box<dyn Fn() -> RefreshFuture>,
    /// The refresh under way: concurrent calls wait on this one instead of starting their own.
    in_flight: RefCell<Option<Shared<RefreshFuture>>>,
}

impl OAuth {
    /// Gets a new token unless one arrived since `used` was current.
    async fn refresh(&self, method: &str, used: u64) -> Result<(), Error> {
        if self.generation.get() != used {
            return Ok(());
        }
        let pending = self
            .in_flight
            .borrow_mut()
            .get_or_insert_with(|| (self.refresh)().shared())
            .clone();
        let outcome = pending.await;
        // The first waiter to wake installs the token; the others find the slot empty.
        if self.in_flight.borrow_mut().take().is_some() {
            if let Ok(token) = &outcome {
                *self.token.borrow_mut() = token.clone();
                self.generation.set(self.generation.get() + 1);
            }
        }
        outcome.map(|_| ()).map_err(|message| Error::Refresh {
            method: method.to_string(),
            message,
        })
    }
}

/// Params that passed validation, as the JSON object text to send.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    pub json: String,
}

/// `{"auth":"<token>", ...params}`: the token first, the params' own text unchanged.
fn with_auth(params: &str, token: &str) -> String {
    let inner = params.trim().strip_prefix('{').unwrap_or("}").trim_start();
    let mut body = String::with_capacity(params.len() + token.len() + 12);
    body.push_str("{\"auth\":\"");
    for c in token.chars() {
        match c {
            '"' => body.push_str("\\\""),
            '\\' => body.push_str("\\\\"),
            c if (c as u32) < 0x20 => body.push_str(&format!("\\u{:04x}", c as u32)),
            c => body.push(c),
        }
    }
    body.push('"');
    if !inner.starts_with('}') {
        body.push(',');
    }
    body.push_str(inner);
    body
}

/// A Bitrix24 client over one transport.
pub struct Client<T: Transport> {
    transport: T,
    oauth: Option<OAuth>,
    clock: Rc<dyn Clock>,
    options: Options,
    limits: Option<Rc<RefCell<Limits>>>,
    stats: Cell<Stats>,
}

impl<T: Transport> Client<T> {
    /// A client whose transport carries its own credentials (webhook URL, BX24 session).
    pub fn new(transport: T, clock: Rc<dyn Clock>, options: Options) -> Self {
        let limits = shared_limits(&transport.portal(), &options);
        Client {
            transport,
            oauth: None,
            clock,
            options,
            limits,
            stats: Cell::new(Stats::default()),
        }
    }

    /// A client that sends `auth` in every body and calls `refresh` once on `expired_token`.
    pub fn with_oauth(
        transport: T,
        clock: Rc<dyn Clock>,
        options: Options,
        access_token: String,
        refresh: impl Fn() -> RefreshFuture + 'static,
    ) -> Self {
        Client {
            oauth: Some(OAuth {
                token: RefCell::new(access_token),
                generation: Cell::new(0),
                refresh: Box::new(refresh),
                in_flight: RefCell::new(None),
            }),
            ..Client::new(transport, clock, options)
        }
    }

    pub fn stats(&self) -> Stats {
        self.stats.get()
    }

    fn count(&self, change: impl FnOnce(&mut Stats)) {
        let mut stats = self.stats.get();
        change(&mut stats);
        self.stats.set(stats);
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Parses and validates params given as JSON text; returns the text to send. Methods
    /// missing from the table pass unchecked (as long as params is an object), so users are
    /// never blocked by the table.
    pub fn prepare(&self, method: &str, params_json: &str) -> Result<Prepared, Error> {
        let not_object = || Error::InvalidParam {
            method: method.to_string(),
            field: "params".to_string(),
            problem: Problem::NotAnObject,
        };
        let text = params_json.trim();
        let text = if text.is_empty() { "{}" } else { text };
        let params: Value = serde_json::from_str(text).map_err(|_| not_object())?;
        if let Some(entry) = methods::find(method) {
            validate(entry, &params)?;
        }
        match params {
            // The text is sent as given: re-encoding it would only risk changing numbers.
            Value::Object(_) => Ok(Prepared {
                json: text.to_string(),
            }),
            _ => Err(not_object()),
        }
    }

    /// Validates and sends one call; resolves to the portal's successful reply.
    pub async fn call_json(&self, method: &str, params_json: &str) -> Result<Success, Error> {
        let prepared = self.prepare(method, params_json)?;
        self.send_prepared(method, &prepared).await
    }

    /// Sends params that `prepare` accepted.
    pub async fn send_prepared(&self, method: &str, prepared: &Prepared) -> Result<Success, Error> {
        let access = methods::find(method).map_or(Access::Write, |m| m.access);
        self.send(method, access, &prepared.json).await
    }

    /// Waits until the portal's limits let `method` through.
    async fn wait_for_limits(&self, method: &str) {
        let Some(limits) = &self.limits else { return };
        let now = self.clock.now_ms();
        let wait = {
            let mut limits = limits.borrow_mut();
            let operating = limits.operating.wait_ms(method, now);
            // The bucket slot is booked after the operating wait, when the call will go.
            operating + limits.bucket.reserve(now + operating)
        };
        if wait > 0.0 {
            self.count(|s| s.waited_ms += wait);
            self.clock.sleep(wait).await;
        }
    }

    /// Sends one request with the retry policy; `params_json` is a validated JSON object.
    pub async fn send(
        &self,
        method: &str,
        access: Access,
        params_json: &str,
    ) -> Result<Success, Error> {
        let mut refreshed = false;
        let (mut refusals, mut lost_reads) = (0, 0);
        loop {
            self.wait_for_limits(method).await;
            let (body, generation) = match &self.oauth {
                Some(oauth) => (
                    with_auth(params_json, &oauth.token.borrow()),
                    oauth.generation.get(),
                ),
                None => (params_json.to_string(), 0),
            };
            self.count(|s| s.requests += 1);
            let reply = match self
                .transport
                .send(Call {
                    method,
                    body: &body,
                })
                .await
            {
                Ok(reply) => reply,
                Err(lost) => {
                    if access == Access::Read && lost_reads < self.options.read_retries {
                        // A read changes nothing: asking again is harmless.
                        lost_reads += 1;
                        self.count(|s| s.retries += 1);
                        self.clock.sleep(250.0 * f64::from(lost_reads)).await;
                        continue;
                    }
                    return Err(if lost.maybe_sent && access == Access::Write {
                        Error::OutcomeUnknown {
                            method: method.to_string(),
                            message: lost.message,
                        }
                    } else {
                        Error::Network {
                            method: method.to_string(),
                            message: lost.message,
                        }
                    });
                }
            };
            let outcome = decode(method, reply.status, reply.body);
            let now = self.clock.now_ms();
            match outcome {
                Ok(success) => {
                    if let Some(limits) = &self.limits {
                        limits.borrow_mut().operating.observe(
                            method,
                            success.operating,
                            success.operating_reset_at,
                        );
                    }
                    return Ok(success);
                }
                // Refusals happen before the method runs: sending again cannot do it twice.
                Err(e) if e.is_refusal() && refusals < self.options.refusal_retries => {
                    refusals += 1;
                    self.count(|s| {
                        s.refusals += 1;
                        s.retries += 1;
                    });
                    match &self.limits {
                        Some(limits) if e.code() == "OPERATION_TIME_LIMIT" => {
                            limits.borrow_mut().operating.blocked(method, now)
                        }
                        Some(limits) => limits.borrow_mut().bucket.refused(now),
                        // No limiter: back off a little more each time.
                        None => self.clock.sleep(500.0 * f64::from(refusals)).await,
                    }
                }
                // An expired token is refused before the method runs: safe to repeat once.
                Err(e) if e.is_expired_token() && !refreshed => match &self.oauth {
                    Some(oauth) => {
                        oauth.refresh(method, generation).await?;
                        refreshed = true;
                        self.count(|s| s.retries += 1);
                    }
                    None => return Err(e),
                },
                Err(e) => {
                    if e.is_refusal() {
                        self.count(|s| s.refusals += 1);
                    }
                    return Err(e);
                }
            }
        }
    }
}

// Unit tests live in tests/unit/, as a child module of this one.
#[cfg(test)]
#[path = "../tests/unit/client.rs"]
mod tests;
