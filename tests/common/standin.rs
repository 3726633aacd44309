//! Starts the Bitrix24 stand-in (`tests/standin/server.mjs`) as a child process on a random
//! loopback port, and talks to it: a blocking HTTP transport for the client, and its control API.

use b24_wasm::batch::{Command, Outcome};
use b24_wasm::core::{BatchOp, CallOp, Engine, Input, ListOp, Lost, Op, Request, Step};
use b24_wasm::{Error, Success};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

pub struct Standin {
    child: Child,
    pub url: String,
}

impl Standin {
    pub fn start(args: &[&str]) -> Standin {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/standin/server.mjs");
        let mut child = std::process::Command::new("node")
            .arg(script)
            .args(args)
            // A pipe: the stand-in exits when this process (and so the pipe) goes away.
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("node must be on PATH to run the stand-in");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("stand-in prints its URL");
        let url = line
            .trim()
            .strip_prefix("B24_STANDIN_URL=")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        Standin { child, url }
    }

    pub fn webhook_url(&self) -> String {
        format!("{}/rest/1/standin-secret/", self.url)
    }

    pub fn oauth_endpoint(&self) -> String {
        format!("{}/rest/", self.url)
    }

    fn control(&self, verb: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/_standin/{path}", self.url);
        let request = ureq::request(verb, &url);
        let response = match body {
            Some(Value::Null) => request.send_string(""),
            Some(body) => request.send_string(&body.to_string()),
            None => request.call(),
        }
        .unwrap_or_else(|e| panic!("control {path}: {e}"));
        let text = response.into_string().expect("control reply");
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("control reply is JSON")
        }
    }

    /// The requests the stand-in received, in order.
    pub fn requests(&self) -> Vec<Value> {
        match self.control("GET", "requests", None) {
            Value::Array(list) => list,
            other => panic!("requests: {other}"),
        }
    }

    pub fn set_options(&self, options: Value) {
        self.control("POST", "options", Some(options));
    }

    pub fn stats(&self) -> Value {
        self.control("GET", "stats", None)
    }

    pub fn reset(&self) {
        self.control("POST", "reset", Some(Value::Null));
    }

    pub fn fault(&self, fault: Value) {
        self.control("POST", "faults", Some(fault));
    }

    pub fn new_token(&self) -> String {
        self.control("POST", "tokens", Some(Value::Null))["accessToken"]
            .as_str()
            .expect("token")
            .to_string()
    }

    pub fn expire_all_tokens(&self) {
        self.control("POST", "tokens/expire", Some(Value::Null));
    }
}

impl Drop for Standin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The core's I/O loop over real HTTP, blocking: what the JS entry does with fetch and
/// setTimeout, here with ureq and thread::sleep.
pub struct Driver {
    pub engine: Engine,
    /// The app's refresh(): a new access token, or why there is none.
    pub refresh: Option<Box<dyn FnMut() -> Result<String, String>>>,
}

/// Epoch milliseconds.
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// POSTs one request; the status and body, or why nothing came back.
fn post(url: &str, body: &str) -> Result<(u32, String), (Lost, String)> {
    let agent = ureq::AgentBuilder::new()
        .timeout(std::time::Duration::from_secs(10))
        .redirects(0)
        .build();
    let response = match agent
        .post(url)
        .set("Content-Type", "application/json")
        .send_string(body)
    {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(ureq::Error::Transport(e)) => {
            // Only a refused connection proves the request never left.
            let lost = if e.kind() == ureq::ErrorKind::ConnectionFailed {
                Lost::NotSent
            } else {
                Lost::MaybeSent
            };
            return Err((lost, e.kind().to_string()));
        }
    };
    let status = u32::from(response.status());
    response
        .into_string()
        .map(|body| (status, body))
        .map_err(|e| (Lost::MaybeSent, e.to_string()))
}

/// What the loop hands the op next.
enum Answer {
    Poll,
    Reply(u32, String),
    Lost(Lost, String),
}

fn send(request: &Request) -> Answer {
    match post(&request.target, &request.body) {
        Ok((status, text)) => Answer::Reply(status, text),
        Err((lost, message)) => Answer::Lost(lost, message),
    }
}

/// A finished call's outcome.
fn call_outcome(op: Op) -> Result<Success, Error> {
    match op {
        Op::Call(mut call) => call.take_outcome().expect("a finished call has an outcome"),
        _ => unreachable!("a call op"),
    }
}

impl Driver {
    /// The loop every driver runs (the JS entry's too): hands the op what happened, does the
    /// step it answers; returns the step it stopped at (`Rows` or `Done`).
    pub fn run(&mut self, op: &mut Op) -> Step {
        let mut input = Answer::Poll;
        loop {
            let step = match &input {
                Answer::Poll => op.handle(&mut self.engine, now_ms(), Input::Poll, None),
                Answer::Reply(status, text) => {
                    let reply = Input::Reply {
                        status: *status,
                        body: text.clone(),
                    };
                    op.handle(&mut self.engine, now_ms(), reply, None)
                }
                Answer::Lost(lost, message) => {
                    let lost = Input::Lost {
                        lost: *lost,
                        message,
                    };
                    op.handle(&mut self.engine, now_ms(), lost, None)
                }
            };
            input = Answer::Poll;
            match step {
                Step::Send(request) => input = send(&request),
                Step::Wait(ms) => {
                    std::thread::sleep(std::time::Duration::from_secs_f64(ms / 1000.0))
                }
                Step::Refresh => {
                    let refresh = self
                        .refresh
                        .as_mut()
                        .expect("an OAuth driver has a refresh()");
                    match refresh() {
                        Ok(token) => {
                            if self.engine.set_token(&token).is_err() {
                                self.engine.refresh_failed(now_ms(), "no usable token", "");
                            }
                        }
                        Err(message) => self.engine.refresh_failed(now_ms(), &message, ""),
                    }
                }
                step @ (Step::Pending | Step::Rows | Step::Done) => return step,
                Step::Reserve | Step::ReportRefusal => panic!("the native driver has no store"),
            }
        }
    }

    /// One call, validated, sent and decoded.
    pub fn call_json(&mut self, method: &str, params_json: &str) -> Result<Success, Error> {
        let op = CallOp::new(&self.engine, method, params_json, now_ms())?;
        let mut op = Op::Call(Box::new(op));
        self.run(&mut op);
        call_outcome(op)
    }

    /// Many calls at once: every op books its limits first, then each is sent when its wait
    /// is over (one at a time: the stand-in answers quickly).
    pub fn call_all(&mut self, method: &str, params: &[String]) -> Vec<Result<Success, Error>> {
        // Each op with when it is due, and the step it answered to its last input, not yet done.
        let mut ops: Vec<(Op, f64, Option<Step>)> = params
            .iter()
            .map(|p| {
                let op = CallOp::new(&self.engine, method, p, now_ms()).unwrap();
                (Op::Call(Box::new(op)), 0.0, None)
            })
            .collect();
        loop {
            let mut pending = false;
            // Every op due now steps first (so all of them book their limits at once), then
            // the ones told to send are sent.
            let mut sending = Vec::new();
            for (i, (op, wake, last)) in ops.iter_mut().enumerate() {
                if *wake > now_ms() {
                    pending = true;
                    continue;
                }
                let step = last
                    .take()
                    .unwrap_or_else(|| op.handle(&mut self.engine, now_ms(), Input::Poll, None));
                match step {
                    Step::Send(request) => sending.push((i, request)),
                    Step::Wait(ms) => *wake = now_ms() + ms,
                    _ => continue,
                }
                pending = true;
            }
            for (i, request) in sending {
                let (op, _, last) = &mut ops[i];
                let step = match send(&request) {
                    Answer::Reply(status, body) => {
                        let reply = Input::Reply { status, body };
                        op.handle(&mut self.engine, now_ms(), reply, None)
                    }
                    Answer::Lost(lost, message) => {
                        let lost = Input::Lost {
                            lost,
                            message: &message,
                        };
                        op.handle(&mut self.engine, now_ms(), lost, None)
                    }
                    Answer::Poll => unreachable!("send answers or loses"),
                };
                *last = Some(step);
            }
            if !pending {
                break;
            }
            let next = ops.iter().map(|(_, w, _)| *w).fold(f64::INFINITY, f64::min);
            let idle = next - now_ms();
            if idle > 0.0 && idle.is_finite() {
                std::thread::sleep(std::time::Duration::from_secs_f64(idle / 1000.0));
            }
        }
        ops.into_iter().map(|(op, _, _)| call_outcome(op)).collect()
    }

    /// A batch; `commands` as `(key, method, params)`.
    pub fn batch(&mut self, commands: Vec<Command>, halt: bool) -> Result<Vec<Outcome>, Error> {
        let rows: Vec<Value> = commands
            .iter()
            .map(|c| serde_json::json!([c.key, c.method, c.params]))
            .collect();
        let op = BatchOp::new(
            &self.engine,
            &Value::Array(rows).to_string(),
            halt,
            now_ms(),
        )?;
        let mut op = Op::Batch(Box::new(op));
        self.run(&mut op);
        match &op {
            Op::Batch(op) => Ok(op.outcomes(&self.engine)),
            _ => unreachable!("a batch op"),
        }
    }

    /// Every row of a list, page by page; `options` as `{ idField, rowsAt, limit }` JSON.
    pub fn list(
        &mut self,
        method: &str,
        params: &Value,
        options: &str,
    ) -> Result<Vec<Value>, Error> {
        let mut op = Op::List(Box::new(ListOp::new(method, &params.to_string(), options)?));
        let mut rows = Vec::new();
        while self.run(&mut op) == Step::Rows {
            let Op::List(list) = &mut op else {
                unreachable!("a list op")
            };
            let page: Value = serde_json::from_str(&list.take_rows()).unwrap();
            rows.extend(page["rows"].as_array().unwrap().iter().cloned());
        }
        match op.take_error(&self.engine) {
            Some(e) => Err(e),
            None => Ok(rows),
        }
    }

    pub fn stats(&self) -> b24_wasm::core::Stats {
        self.engine.stats()
    }
}

/// A client of the stand-in's webhook with the given options (JSON text).
pub fn webhook_client(standin: &Standin, options: &str) -> Driver {
    Driver {
        engine: Engine::webhook(&standin.webhook_url(), options).unwrap(),
        refresh: None,
    }
}

/// No client-side limiter: for tests of what the portal answers.
pub const UNLIMITED: &str = r#"{"plan":false}"#;
