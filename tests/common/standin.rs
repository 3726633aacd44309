//! Starts the Bitrix24 stand-in (`tests/standin/server.mjs`) as a child process on a random
//! loopback port, and talks to it: a blocking HTTP transport for the client, and its control API.

use b24_wasm::transport::{Call, Endpoint, Reply, Transport, TransportError};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

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

impl Transport for HttpTransport {
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
                return Err(TransportError {
                    message: e.kind().to_string(),
                })
            }
        };
        let status = response.status();
        let body = response.into_string().map_err(|e| TransportError {
            message: e.to_string(),
        })?;
        Ok(Reply { status, body })
    }
}
