//! A thin async driver of a [`Pager`] over a [`Client`], kept so the current wasm skin and the
//! native tests compile; the JS entry's I/O loop replaces it.

use super::{ListOptions, PageRequest, Pager};
use crate::client::Client;
use crate::error::{BadReplyKind, Error};
use crate::methods;
use crate::transport::Transport;
use serde_json::Value;

/// One fetch's rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub rows: Vec<Value>,
    /// How many rows the list has, once the portal said.
    pub total: Option<u64>,
}

/// A list being read; `next` fetches the following rows.
pub struct Lister {
    pager: Pager,
}

impl Lister {
    /// Checks the params (like a call) and the options; nothing is sent yet.
    pub fn new(method: &str, params: Value, options: ListOptions) -> Result<Lister, Error> {
        Ok(Lister {
            pager: Pager::new(method, methods::find(method), params, options)?,
        })
    }

    pub fn total(&self) -> Option<u64> {
        self.pager.total()
    }

    /// Rows handed out so far.
    pub fn rows(&self) -> u64 {
        self.pager.rows()
    }

    /// Fetches the next rows; `None` once the list is exhausted.
    pub async fn next<T: Transport>(&mut self, client: &Client<T>) -> Result<Option<Page>, Error> {
        // A page may bring no new rows (all of them repeats of the previous page): go on.
        while let Some(request) = self.pager.next_request() {
            let rows = match request {
                PageRequest::Single { params } => {
                    let method = self.pager.method().to_string();
                    let success = client.call_json(&method, &params.to_string()).await?;
                    let reply: Value =
                        serde_json::from_str(&success.body).map_err(|_| Error::BadReply {
                            method: method.clone(),
                            status: 200,
                            kind: BadReplyKind::NotJson,
                        })?;
                    self.pager
                        .on_single(&reply["result"], success.total, success.next)?
                }
                PageRequest::Batch { commands } => {
                    let outcomes = client.batch(commands, false).await?;
                    self.pager.on_batch(&outcomes)?
                }
            };
            if !rows.is_empty() {
                return Ok(Some(Page {
                    rows,
                    total: self.pager.total(),
                }));
            }
        }
        Ok(None)
    }
}
