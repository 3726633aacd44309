//! How a validated, encoded call reaches the portal. A transport moves bytes and nothing
//! else: decoding, refresh and retries live once, in `crate::client`.

mod endpoint;

pub use endpoint::Endpoint;

use std::future::Future;

/// One request: the method's wire name and its JSON body (auth included where needed).
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    pub method: &'a str,
    pub body: &'a str,
}

/// The portal's answer, untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

/// No answer arrived. The message is safe to show: it never holds a URL or a secret.
#[derive(Clone, Debug, PartialEq)]
pub struct TransportError {
    pub message: String,
    /// The request may have reached the portal (the connection broke after it was sent, or
    /// nothing tells otherwise). `false` only when it surely did not (e.g. connection refused).
    pub maybe_sent: bool,
}

/// Sends one call and hands back the reply as it came.
pub trait Transport {
    fn send(&self, call: Call<'_>) -> impl Future<Output = Result<Reply, TransportError>>;

    /// Which portal the calls go to (scheme and host, never the secret path): clients of the
    /// same portal share its limits.
    fn portal(&self) -> String;
}
