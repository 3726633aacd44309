//! One request's life, from its limits' wait to a decoded answer: the only place that decides
//! when a request is sent again. A request is repeated only when it cannot have been carried
//! out twice: the portal refused it (`QUERY_LIMIT_EXCEEDED`, `OPERATION_TIME_LIMIT`), its token
//! had expired (once, after a refresh), or it only reads. A write whose answer was lost or
//! unreadable is never repeated: it ends as `OUTCOME_UNKNOWN`.

use super::engine::Engine;
use super::log::{word, Level};
use crate::error::{decode, BadReplyKind, Error, Success};
use crate::limits::MIN_WAIT_MS;
use crate::prelude::*;
use crate::schema::Access;
use crate::text::unsigned;

/// What an exchange needs next; its op turns it into the `Step` the I/O loop sees (a `Send`
/// then carries the request).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Next {
    /// Send the current request (`body`), then report `on_reply` or `on_lost`.
    Send,
    /// Wait this many ms, then ask again.
    Wait(f64),
    /// Get a new access token (one per client at a time: share it), install it with
    /// `Engine::set_token` or record the failure with `Engine::refresh_failed`, then ask again.
    Refresh,
    /// A request is in flight: report its answer first.
    Pending,
    /// Reserve a slot of the portal's bucket in the app's limiter store, then report the wait
    /// it gave with `on_reserved`.
    Reserve,
    /// Tell the limiter store that the portal refused a request (its bucket is full), then
    /// ask again.
    ReportRefusal,
    Done,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    /// Ready to book the limits and send.
    Ready,
    /// Waiting for the limiter store's answer to a reservation.
    Reserving,
    /// Limits booked; send when the time comes.
    Waiting {
        until_ms: f64,
    },
    InFlight,
    /// The token expired; waiting for the refresh.
    NeedsToken,
    Finished,
}

/// Why an answer did not arrive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lost {
    /// The request surely never left (refused connection, bad address).
    NotSent,
    /// It may have reached the portal.
    MaybeSent,
    /// The call's deadline passed while it was in flight.
    Deadline,
}

#[derive(Debug)]
pub struct Exchange {
    /// The wire method: a method name, or `batch`.
    pub(crate) method: String,
    access: Access,
    /// The JSON object text to send, without auth.
    params_json: String,
    state: State,
    refusals: u32,
    lost_reads: u32,
    refreshed: bool,
    /// A refusal the limiter store has not been told of yet.
    refusal_to_report: bool,
    used_generation: u64,
    sent_at_ms: f64,
    /// Which request of the client this was (`Engine::sends`).
    send_number: u64,
    outcome: Option<Result<Success, Error>>,
    /// For log lines: when the attempt under way began to wait for its turn, how long the
    /// last one sent waited, how many requests it is, and why it is sent again.
    waiting_since_ms: Option<f64>,
    waited_ms: f64,
    attempts: u32,
    commands: usize,
    retry_reason: &'static str,
}

impl Exchange {
    pub fn new(method: String, access: Access, params_json: String) -> Exchange {
        Exchange {
            method,
            access,
            params_json,
            state: State::Ready,
            refusals: 0,
            lost_reads: 0,
            refreshed: false,
            refusal_to_report: false,
            used_generation: 0,
            sent_at_ms: 0.0,
            send_number: 0,
            outcome: None,
            waiting_since_ms: None,
            waited_ms: 0.0,
            attempts: 0,
            commands: 0,
            retry_reason: "",
        }
    }

    /// A batch request of `commands` commands (its log lines say how many).
    pub fn with_commands(mut self, commands: usize) -> Exchange {
        self.commands = commands;
        self
    }

    /// One log line for the request that just ended (answered, lost or aborted in flight).
    /// `now_ms` is `None` when the request was cut short (an abort): its time is unknown.
    fn note_request(&self, engine: &mut Engine, now_ms: Option<f64>, status: Option<u32>) {
        if !engine.log.enabled() {
            return;
        }
        let (level, outcome) = match (&self.state, &self.outcome) {
            (State::Finished, Some(Ok(_))) => (Level::Info, "ok".to_string()),
            (State::Finished, Some(Err(e))) => (Level::Error, ["error:", &word(e.code())].concat()),
            (State::NeedsToken, _) => (Level::Warn, "refresh:expired_token".to_string()),
            _ => (Level::Warn, ["retry:", self.retry_reason].concat()),
        };
        let commands = match self.commands {
            0 => String::new(),
            n => [" commands=", &unsigned(n as u64)].concat(),
        };
        let status = status.map_or_else(|| "-".to_string(), |s| unsigned(s.into()));
        let ms = now_ms.map_or_else(
            || "-".to_string(),
            |now| unsigned((now - self.sent_at_ms).max(0.0) as u64),
        );
        let line = [
            "b24 request method=",
            &word(&self.method),
            &commands,
            " transport=",
            engine.transport(),
            " status=",
            &status,
            " ms=",
            &ms,
            " attempt=",
            &unsigned(self.attempts.into()),
            " waited_ms=",
            &unsigned(self.waited_ms.max(0.0) as u64),
            " refusals=",
            &unsigned(self.refusals.into()),
            " refreshes=",
            if self.refreshed { "1" } else { "0" },
            " outcome=",
            &outcome,
        ]
        .concat();
        engine.note(level, line);
        if let (State::Waiting { until_ms }, Some(now)) = (self.state, now_ms) {
            self.note_wait(engine, until_ms - now, "retry");
        }
    }

    fn note_wait(&self, engine: &mut Engine, wait_ms: f64, cause: &str) {
        if engine.log.enabled() {
            let line = [
                "b24 wait method=",
                &word(&self.method),
                " ms=",
                &unsigned(wait_ms as u64),
                " for=",
                cause,
            ]
            .concat();
            engine.note(Level::Debug, line);
        }
    }

    fn finish(&mut self, engine: &Engine, outcome: Result<Success, Error>) {
        self.outcome = Some(outcome.map_err(|e| engine.clean(e)));
        self.state = State::Finished;
    }

    fn not_sent(&self, code: &'static str, message: String) -> Error {
        Error::NotSent {
            method: self.method.clone(),
            code,
            message,
        }
    }

    /// The request to send now, once `step` said `Send`.
    pub fn body(&self, engine: &Engine) -> String {
        engine.body(&self.params_json)
    }

    pub fn is_finished(&self) -> bool {
        self.state == State::Finished
    }

    pub fn is_in_flight(&self) -> bool {
        self.state == State::InFlight
    }

    pub fn take_outcome(&mut self) -> Option<Result<Success, Error>> {
        self.outcome.take()
    }

    pub fn step(&mut self, engine: &mut Engine, now_ms: f64, deadline_ms: f64) -> Next {
        if self.waiting_since_ms.is_none()
            && !matches!(self.state, State::InFlight | State::Finished)
        {
            self.waiting_since_ms = Some(now_ms);
        }
        loop {
            match self.state {
                State::Finished => return Next::Done,
                State::InFlight => return Next::Pending,
                State::Reserving => return Next::Reserve,
                _ if self.refusal_to_report => {
                    self.refusal_to_report = false;
                    return Next::ReportRefusal;
                }
                _ if now_ms >= deadline_ms => {
                    let cause = match self.state {
                        State::NeedsToken => "refresh() did not give a token",
                        _ => "it waited",
                    };
                    let error = self.not_sent(
                        "TIMEOUT",
                        [
                            "the call's deadline of ",
                            &unsigned(engine.config.timeout_ms as u64),
                            " ms passed while ",
                            cause,
                        ]
                        .concat(),
                    );
                    self.finish(engine, Err(error));
                }
                State::NeedsToken => {
                    if engine.generation != self.used_generation {
                        self.state = State::Ready;
                        continue;
                    }
                    if let Some(failure) = &engine.refresh_failure {
                        if failure.generation == self.used_generation
                            && self.send_number <= failure.after_send
                        {
                            let error = Error::Refresh {
                                method: self.method.clone(),
                                message: failure.message.clone(),
                                reason: failure.reason,
                            };
                            self.finish(engine, Err(error));
                            continue;
                        }
                    }
                    return Next::Refresh;
                }
                State::Ready if engine.shared_bucket => {
                    // The operating limit stays this process's; the bucket is the store's.
                    let operating = self.operating_wait(engine, now_ms);
                    if operating >= MIN_WAIT_MS {
                        return self.wait(engine, now_ms, deadline_ms, operating, State::Ready);
                    }
                    self.state = State::Reserving;
                    return Next::Reserve;
                }
                State::Ready => {
                    let wait = self.book_limits(engine, now_ms, deadline_ms);
                    if wait < MIN_WAIT_MS {
                        return self.send(engine, now_ms);
                    }
                    let then = State::Waiting {
                        until_ms: now_ms + wait,
                    };
                    return self.wait(engine, now_ms, deadline_ms, wait, then);
                }
                State::Waiting { until_ms } => {
                    let left = until_ms - now_ms;
                    if left >= MIN_WAIT_MS {
                        return Next::Wait(left);
                    }
                    return self.send(engine, now_ms);
                }
            }
        }
    }

    /// Waits `wait` ms and then goes on in `then`, unless that passes the deadline.
    fn wait(
        &mut self,
        engine: &mut Engine,
        now_ms: f64,
        deadline_ms: f64,
        wait: f64,
        then: State,
    ) -> Next {
        if now_ms + wait > deadline_ms {
            let error = self.not_sent(
                "TIMEOUT",
                [
                    "the portal's limits would hold it for ",
                    &unsigned(wait as u64),
                    " ms, past the call's deadline",
                ]
                .concat(),
            );
            self.finish(engine, Err(error));
            return Next::Done;
        }
        engine.stats.waited_ms += wait;
        self.state = then;
        self.note_wait(engine, wait, "limits");
        Next::Wait(wait)
    }

    /// The limiter store's answer to `Reserve`: how long to wait before sending (`NaN` when the
    /// store failed, which ends the call unsent).
    pub fn on_reserved(
        &mut self,
        engine: &mut Engine,
        now_ms: f64,
        wait_ms: f64,
        deadline_ms: f64,
    ) {
        if self.state != State::Reserving {
            return;
        }
        if now_ms >= deadline_ms {
            let error = self.not_sent(
                "TIMEOUT",
                "the call's deadline passed while the limiter store reserved its slot".into(),
            );
            self.finish(engine, Err(error));
            return;
        }
        if !wait_ms.is_finite() || wait_ms < 0.0 {
            let error = self.not_sent("STORE_UNAVAILABLE", "the limiter store gave no slot".into());
            self.finish(engine, Err(error));
            return;
        }
        // A wait from a store is capped like any other a reply can cause.
        let wait = wait_ms.min(crate::limits::OPERATING_WINDOW_MS);
        if wait < MIN_WAIT_MS {
            self.state = State::Waiting { until_ms: now_ms };
        } else {
            let then = State::Waiting {
                until_ms: now_ms + wait,
            };
            // `wait` ends the call if the deadline would pass; its step is asked for again.
            let _ = self.wait(engine, now_ms, deadline_ms, wait, then);
        }
    }

    fn operating_wait(&self, engine: &Engine, now_ms: f64) -> f64 {
        engine
            .limits(now_ms, |l| l.operating.wait_ms(&self.method, now_ms))
            .unwrap_or(0.0)
    }

    fn send(&mut self, engine: &mut Engine, now_ms: f64) -> Next {
        self.state = State::InFlight;
        self.sent_at_ms = now_ms;
        self.waited_ms = now_ms - self.waiting_since_ms.take().unwrap_or(now_ms);
        self.attempts += 1;
        self.used_generation = engine.generation;
        engine.sends += 1;
        self.send_number = engine.sends;
        engine.stats.requests += 1;
        Next::Send
    }

    /// Books the portal's limits for one request; the wait before it may go. A request that
    /// would wait past `deadline_ms` is not going: it keeps no slot of the shared bucket, or
    /// one held-back method (a reply may claim any operating time) would hold every other
    /// method of the portal, in every client, behind slots nobody uses.
    fn book_limits(&self, engine: &Engine, now_ms: f64, deadline_ms: f64) -> f64 {
        engine
            .limits(now_ms, |limits| {
                let operating = limits.operating.wait_ms(&self.method, now_ms);
                if now_ms + operating > deadline_ms {
                    return operating;
                }
                // The bucket slot is booked after the operating wait, when the call will go.
                let wait = operating + limits.bucket.reserve(now_ms + operating);
                if now_ms + wait > deadline_ms {
                    limits.bucket.cancel();
                }
                wait
            })
            .unwrap_or(0.0)
    }

    fn retry_after(&mut self, engine: &mut Engine, now_ms: f64, wait_ms: f64) {
        engine.stats.retries += 1;
        self.state = if wait_ms >= MIN_WAIT_MS {
            State::Waiting {
                until_ms: now_ms + wait_ms,
            }
        } else {
            State::Ready
        };
    }

    /// The answer arrived: `status` as the transport gave it, `body` its text.
    pub fn on_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        if self.state != State::InFlight {
            return;
        }
        self.take_reply(engine, now_ms, status, body);
        self.note_request(engine, Some(now_ms), Some(status));
    }

    fn take_reply(&mut self, engine: &mut Engine, now_ms: f64, status: u32, body: String) {
        let round_trip = now_ms - self.sent_at_ms;
        engine.limits(now_ms, |l| l.bucket.observe_round_trip(round_trip));
        let outcome = match u16::try_from(status) {
            Ok(status) => decode(&self.method, status, body),
            Err(_) => Err(Error::BadReply {
                method: self.method.clone(),
                status: u16::MAX,
                kind: BadReplyKind::BadStatus,
            }),
        };
        match outcome {
            Ok(success) => {
                engine.limits(now_ms, |l| {
                    l.operating
                        .observe(&self.method, success.operating, success.operating_reset_at)
                });
                self.finish(engine, Ok(success));
            }
            // Refusals happen before the method runs: sending again cannot do it twice.
            Err(e) if e.is_refusal() && self.refusals < engine.config.refusal_retries => {
                self.refusals += 1;
                self.retry_reason = if e.code() == "OPERATION_TIME_LIMIT" {
                    "OPERATION_TIME_LIMIT"
                } else {
                    "QUERY_LIMIT_EXCEEDED"
                };
                engine.stats.refusals += 1;
                let backoff = match engine.config.plan {
                    Some(_) => {
                        let blocked = e.code() == "OPERATION_TIME_LIMIT";
                        engine.limits(now_ms, |l| {
                            if blocked {
                                l.operating.blocked(&self.method, now_ms)
                            } else {
                                l.bucket.refused(now_ms)
                            }
                        });
                        self.refusal_to_report = engine.shared_bucket && !blocked;
                        0.0
                    }
                    // No limiter: back off a little more each time.
                    None => 500.0 * f64::from(self.refusals),
                };
                self.retry_after(engine, now_ms, backoff);
            }
            // An expired token is refused before the method runs: safe to repeat once.
            Err(e) if e.is_expired_token() && engine.is_oauth() && !self.refreshed => {
                self.refreshed = true;
                engine.stats.retries += 1;
                self.state = State::NeedsToken;
            }
            Err(Error::BadReply { status, kind, .. }) => {
                self.unreadable(engine, now_ms, status, kind)
            }
            Err(e) => {
                if e.is_refusal() {
                    engine.stats.refusals += 1;
                }
                self.finish(engine, Err(e));
            }
        }
    }

    /// An answer came but cannot be read: a read is asked again; a write's outcome is unknown.
    fn unreadable(&mut self, engine: &mut Engine, now_ms: f64, status: u16, kind: BadReplyKind) {
        // A redirect or a nonsense status is no transient fault: asking again changes nothing.
        let transient = !matches!(kind, BadReplyKind::Redirect | BadReplyKind::BadStatus);
        match self.access {
            Access::Read if transient && self.lost_reads < engine.config.read_retries => {
                self.lost_reads += 1;
                self.retry_reason = kind.as_str();
                self.retry_after(engine, now_ms, 250.0 * f64::from(self.lost_reads));
            }
            Access::Read => {
                let error = Error::BadReply {
                    method: self.method.clone(),
                    status,
                    kind,
                };
                self.finish(engine, Err(error));
            }
            Access::Write => {
                let error = Error::OutcomeUnknown {
                    method: self.method.clone(),
                    message: ["HTTP ", &unsigned(status.into()), ", ", kind.as_str()].concat(),
                    status: Some(status),
                    kind: Some(kind),
                };
                self.finish(engine, Err(error));
            }
        }
    }

    /// No answer arrived; `message` (scrubbed before it leaves) says why.
    pub fn on_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        if self.state != State::InFlight {
            return;
        }
        self.take_lost(engine, now_ms, lost, message);
        self.note_request(engine, Some(now_ms), None);
    }

    fn take_lost(&mut self, engine: &mut Engine, now_ms: f64, lost: Lost, message: &str) {
        let method = self.method.clone();
        let message = match lost {
            Lost::Deadline => [
                "no answer within the call's deadline of ",
                &unsigned(engine.config.timeout_ms as u64),
                " ms",
            ]
            .concat(),
            _ => message.to_string(),
        };
        let error = match (lost, self.access) {
            (Lost::NotSent, _) => Error::Network { method, message },
            (Lost::MaybeSent, Access::Read) if self.lost_reads < engine.config.read_retries => {
                // A read changes nothing: asking again is harmless.
                self.lost_reads += 1;
                self.retry_reason = "no_answer";
                self.retry_after(engine, now_ms, 250.0 * f64::from(self.lost_reads));
                return;
            }
            (_, Access::Read) => Error::Network { method, message },
            (_, Access::Write) => Error::OutcomeUnknown {
                method,
                message,
                status: None,
                kind: None,
            },
        };
        self.finish(engine, Err(error));
    }

    /// The caller gave up (an AbortSignal). In flight, a write's outcome is unknown and a read
    /// is lost (`NETWORK`); `ABORTED` ("not sent") only when no attempt can have reached the
    /// portal's method: none was sent, or each one sent was refused before it ran.
    pub fn abort(&mut self, engine: &mut Engine, reason: &str) {
        if self.state == State::Finished {
            return;
        }
        let method = self.method.clone();
        let in_flight = self.state == State::InFlight;
        let error = if in_flight {
            let message = ["aborted (", reason, ") while the request was in flight"].concat();
            match self.access {
                Access::Read => Error::Network { method, message },
                Access::Write => Error::OutcomeUnknown {
                    method,
                    message,
                    status: None,
                    kind: None,
                },
            }
        } else if self.lost_reads > 0 {
            // A read waiting to be asked again: an earlier attempt was sent and got no answer.
            let message = [
                "aborted (",
                reason,
                ") before a repeat; the earlier attempt got no answer",
            ]
            .concat();
            Error::Network { method, message }
        } else {
            self.not_sent("ABORTED", ["aborted (", reason, ")"].concat())
        };
        self.finish(engine, Err(error));
        if in_flight {
            self.note_request(engine, None, None);
        }
    }
}

// Property tests: proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
