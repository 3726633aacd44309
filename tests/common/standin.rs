//! Starts the Bitrix24 stand-in (`tests/standin/server.mjs`) as a child process on a random
//! loopback port, and talks to it: a blocking HTTP transport for the client, and its control API.

use b24_wasm::client::{Clock, Options};
use b24_wasm::transport::{Call, Endpoint, Reply, Transport, TransportError};
use b24_wasm::Client;
use futures::future::LocalBoxFuture;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::rc::Rc;

pub struct Standin {
    child: Child,
    pub url: String,
}

impl Standin {
    pub fn start(args: &[&str]) -> Standin {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/standin/server.mjs");
        let mut child = Command::new("node")
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

/// POSTs JSON bodies to an endpoint with a blocking client: the native stand-in for `fetch`.
pub struct HttpTransport {
    pub endpoint: Endpoint,
}

/// Wall-clock time; sleeping blocks the thread, which is all a test under `block_on` needs.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or(0.0)
    }

    fn sleep(&self, ms: f64) -> LocalBoxFuture<'static, ()> {
        std::thread::sleep(std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0));
        Box::pin(async {})
    }
}

/// A client of the stand-in's webhook with the given limits.
pub fn webhook_client(standin: &Standin, options: Options) -> Client<HttpTransport> {
    let endpoint = Endpoint::webhook(&standin.webhook_url()).unwrap();
    Client::new(HttpTransport { endpoint }, Rc::new(SystemClock), options)
}

/// No client-side limiter: for tests of what the portal answers.
pub fn unlimited() -> Options {
    Options {
        plan: None,
        ..Options::default()
    }
}

impl Transport for HttpTransport {
    fn portal(&self) -> String {
        self.endpoint.origin()
    }

    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        let agent = ureq::AgentBuilder::new()
            .timeout(std::time::Duration::from_secs(10))
            .build();
        let result = agent
            .post(&self.endpoint.url_for(call.method))
            .set("Content-Type", "application/json")
            .send_string(call.body);
        let response = match result {
            Ok(response) => response,
            Err(ureq::Error::Status(_, response)) => response,
            Err(ureq::Error::Transport(e)) => {
                // Only a refused connection proves the request never left.
                let maybe_sent = e.kind() != ureq::ErrorKind::ConnectionFailed;
                return Err(TransportError {
                    message: e.kind().to_string(),
                    maybe_sent,
                });
            }
        };
        let status = response.status();
        let body = response.into_string().map_err(|e| TransportError {
            message: e.to_string(),
            maybe_sent: true,
        })?;
        Ok(Reply { status, body })
    }
}
