//! A client's settings, read from the options object the JS caller gave (as JSON text), with
//! every key and type checked: a wrong option is refused by name, never ignored.

use crate::error::Error;
use crate::limits::{Operating, Plan};
use crate::prelude::*;
use serde_json::{Map, Value};

/// The deadline of a call when none is given: the portal's own execution limit (60 s) plus
/// room for the limits' waits and the network.
pub const DEFAULT_TIMEOUT_MS: f64 = 90_000.0;
/// The longest deadline: what a JS timer can hold (2^31 - 1 ms, about 24.8 days).
pub const MAX_TIMEOUT_MS: f64 = 2_147_483_647.0;

pub mod options;
use options::CLIENT_KEYS;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// The portal's bucket; `None` sends without waiting (the portal may then refuse).
    pub plan: Option<Plan>,
    /// Seconds of operating time per method per ten minutes before the portal blocks it.
    pub operating_limit: f64,
    /// One deadline per call, covering limits' waits, refresh, the request and its body.
    pub timeout_ms: f64,
    /// How often a refused call (503/429) is sent again before the error is given up.
    pub refusal_retries: u32,
    /// How often a read whose answer was lost is sent again.
    pub read_retries: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            plan: Some(Plan::STANDARD),
            operating_limit: Operating::DEFAULT_LIMIT_SECONDS,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            refusal_retries: 8,
            read_retries: 2,
        }
    }
}

fn bad(message: String) -> Error {
    Error::InvalidConfig { message }
}

/// A finite number within `[min, max]`, or an error naming `key`. `range` is the same bounds
/// as text (formatting floats would pull float printing into the .wasm).
fn number_in(key: &str, value: &Value, (min, max): (f64, f64), range: &str) -> Result<f64, Error> {
    match value.as_f64() {
        Some(n) if n.is_finite() && n >= min && n <= max => Ok(n),
        _ => Err(bad(
            ["options.", key, " must be a number from ", range].concat()
        )),
    }
}

fn plan(value: &Value) -> Result<Option<Plan>, Error> {
    let refuse =
        || bad("options.plan must be 'standard', 'enterprise', { size, drain } or false".into());
    match value {
        Value::Null => Ok(Some(Plan::STANDARD)),
        Value::Bool(false) => Ok(None),
        Value::String(s) if s == "standard" => Ok(Some(Plan::STANDARD)),
        Value::String(s) if s == "enterprise" => Ok(Some(Plan::ENTERPRISE)),
        Value::Object(fields) => {
            if let Some(key) = fields.keys().find(|k| *k != "size" && *k != "drain") {
                return Err(bad(["options.plan.", key, " is not an option"].concat()));
            }
            let size = number_in(
                "plan.size",
                fields.get("size").unwrap_or(&Value::Null),
                (2.0, 1e6),
                "2 to 1000000",
            )?;
            let drain = number_in(
                "plan.drain",
                fields.get("drain").unwrap_or(&Value::Null),
                (0.001, 1e6),
                "0.001 to 1000000",
            )?;
            Ok(Some(Plan { size, drain }))
        }
        _ => Err(refuse()),
    }
}

impl Config {
    /// Reads options given as a JSON object text (`""` or `null` for none).
    pub fn from_json(text: &str) -> Result<Config, Error> {
        let text = text.trim();
        if text.is_empty() || text == "null" {
            return Ok(Config::default());
        }
        match crate::json::value(text) {
            Ok(Value::Object(fields)) => Config::from_fields(&fields),
            _ => Err(bad("options must be an object".into())),
        }
    }

    fn from_fields(fields: &Map<String, Value>) -> Result<Config, Error> {
        let mut config = Config::default();
        for (key, value) in fields {
            match key.as_str() {
                "plan" => config.plan = plan(value)?,
                "operatingLimit" => {
                    config.operating_limit = number_in(key, value, (1.0, 600.0), "1 to 600")?;
                }
                "timeoutMs" => {
                    config.timeout_ms =
                        number_in(key, value, (1.0, MAX_TIMEOUT_MS), "1 to 2147483647")?;
                }
                "refusalRetries" => {
                    config.refusal_retries =
                        number_in(key, value, (0.0, 100.0), "0 to 100")? as u32;
                }
                "readRetries" => {
                    config.read_retries = number_in(key, value, (0.0, 10.0), "0 to 10")? as u32;
                }
                // Keys the JS entry handles itself (functions and objects that cannot cross as
                // JSON); it checks their types and leaves them out of the JSON it hands over.
                _ if CLIENT_KEYS.iter().any(|&(name, js)| js && name == key) => {}
                _ => {
                    let mut message = [
                        "options.",
                        &crate::core::name::printable(key),
                        " is not an option (",
                    ]
                    .concat();
                    // Pushed one by one: a join would link its own copy for &str.
                    for (i, (name, _)) in CLIENT_KEYS.iter().enumerate() {
                        if i > 0 {
                            message.push_str(", ");
                        }
                        message.push_str(name);
                    }
                    message.push(')');
                    return Err(bad(message));
                }
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests;
