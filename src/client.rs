//! The client: validate → encode → send → decode, and the retry policy around it.

use crate::error::{decode, Error, Problem, Success};
use crate::methods;
use crate::transport::{Call, Transport};
use crate::validate::validate;
use futures_util::future::{FutureExt, LocalBoxFuture, Shared};
use serde_json::{Map, Value};
use std::cell::{Cell, RefCell};

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

/// A Bitrix24 client over one transport.
pub struct Client<T: Transport> {
    transport: T,
    oauth: Option<OAuth>,
}

impl<T: Transport> Client<T> {
    /// A client whose transport carries its own credentials (webhook URL, BX24 session).
    pub fn new(transport: T) -> Self {
        Client {
            transport,
            oauth: None,
        }
    }

    /// A client that sends `auth` in every body and calls `refresh` once on `expired_token`.
    pub fn with_oauth(
        transport: T,
        access_token: String,
        refresh: impl Fn() -> RefreshFuture + 'static,
    ) -> Self {
        Client {
            transport,
            oauth: Some(OAuth {
                token: RefCell::new(access_token),
                generation: Cell::new(0),
                refresh: Box::new(refresh),
                in_flight: RefCell::new(None),
            }),
        }
    }

    pub fn transport(&self) -> &T {
        &self.transport
    }

    /// Parses and validates params given as JSON text. Methods missing from the table pass
    /// unchecked (as long as params is an object), so users are never blocked by the table.
    pub fn prepare(&self, method: &str, params_json: &str) -> Result<Map<String, Value>, Error> {
        let not_object = || Error::InvalidParam {
            method: method.to_string(),
            field: "params".to_string(),
            problem: Problem::NotAnObject,
        };
        let params: Value = if params_json.trim().is_empty() {
            Value::Object(Map::new())
        } else {
            serde_json::from_str(params_json).map_err(|_| not_object())?
        };
        if let Some(entry) = methods::find(method) {
            validate(entry, &params)?;
        }
        match params {
            Value::Object(map) => Ok(map),
            _ => Err(not_object()),
        }
    }

    /// Validates and sends one call; resolves to the portal's successful reply.
    pub async fn call_json(&self, method: &str, params_json: &str) -> Result<Success, Error> {
        let params = self.prepare(method, params_json)?;
        self.send_prepared(method, params).await
    }

    /// Sends params that `prepare` accepted.
    pub async fn send_prepared(
        &self,
        method: &str,
        mut params: Map<String, Value>,
    ) -> Result<Success, Error> {
        let mut refreshed = false;
        loop {
            let generation = match &self.oauth {
                Some(oauth) => {
                    params.insert("auth".into(), Value::String(oauth.token.borrow().clone()));
                    oauth.generation.get()
                }
                None => 0,
            };
            let body = serde_json::to_string(&params).map_err(|e| Error::Network {
                method: method.to_string(),
                message: format!("could not encode params: {e}"),
            })?;
            let reply = self
                .transport
                .send(Call {
                    method,
                    body: &body,
                })
                .await
                .map_err(|e| Error::Network {
                    method: method.to_string(),
                    message: e.message,
                })?;
            match decode(method, reply.status, reply.body) {
                // An expired token is refused before the method runs: safe to repeat once.
                Err(e) if e.is_expired_token() && !refreshed => match &self.oauth {
                    Some(oauth) => {
                        oauth.refresh(method, generation).await?;
                        refreshed = true;
                    }
                    None => return Err(e),
                },
                outcome => return outcome,
            }
        }
    }
}
