//! Where calls go: a webhook URL or an OAuth REST endpoint, checked once when a client is made.

use crate::error::Error;
use crate::prelude::*;
use crate::text;

/// A base URL that a method name is appended to. Its text holds the webhook secret, so it has
/// no `Display` and its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
}

impl core::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Endpoint(<hidden>)")
    }
}

fn config_error(message: &str) -> Error {
    Error::InvalidConfig {
        message: message.to_string(),
    }
}

/// Hosts where plain http cannot leak anything: this machine.
fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    if host == "localhost" || host == "[::1]" {
        return true;
    }
    let octets: Vec<&str> = host.split('.').collect();
    // Digits only: `u8::from_str` would take "+1".
    octets.len() == 4
        && octets[0] == "127"
        && octets.iter().all(|o| {
            !o.is_empty()
                && o.len() <= 3
                && o.bytes().all(|b| b.is_ascii_digit())
                && o.parse::<u8>().is_ok()
        })
}

/// A host name or address: letters, digits, `-` and `.`, or a bracketed IPv6 literal.
fn is_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !inner.is_empty()
            && inner
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    }
    !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// A port: 1 to 65535, digits only.
fn is_port(port: &str) -> bool {
    !port.is_empty()
        && port.len() <= 5
        && port.bytes().all(|b| b.is_ascii_digit())
        && port.parse::<u16>().is_ok_and(|p| p > 0)
}

impl Endpoint {
    /// Checks a base URL: `https://`, or `http://` on a loopback host; no query or fragment.
    /// `what` names the URL in messages ("webhook URL", "OAuth endpoint").
    pub fn parse(url: &str, what: &str) -> Result<Endpoint, Error> {
        let url = url.trim();
        let (scheme, rest) = text::split_once(url, "://")
            .ok_or_else(|| config_error(&["the ", what, " must start with https://"].concat()))?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.contains('@') {
            return Err(config_error(
                &["the ", what, " must not contain user:password@"].concat(),
            ));
        }
        let (host, port) = match authority.rsplit_once(':') {
            // An IPv6 literal has colons of its own; only a colon after `]` starts a port.
            Some((host, port)) if !port.contains(']') => (host, Some(port)),
            _ => (authority, None),
        };
        if host.is_empty() {
            return Err(config_error(&["the ", what, " has no host"].concat()));
        }
        if !is_host(host) {
            return Err(config_error(
                &[
                    "the ",
                    what,
                    "'s host must be letters, digits, - and . (or an [IPv6] address)",
                ]
                .concat(),
            ));
        }
        if port.is_some_and(|p| !is_port(p)) {
            return Err(config_error(
                &["the ", what, "'s port must be a number from 1 to 65535"].concat(),
            ));
        }
        if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(config_error(
                &[
                    "the ",
                    what,
                    " must not contain spaces or control characters",
                ]
                .concat(),
            ));
        }
        if url.contains('?') || url.contains('#') {
            return Err(config_error(
                &["the ", what, " must not have a query or fragment"].concat(),
            ));
        }
        match scheme.to_ascii_lowercase().as_str() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(config_error(&["the ", what, " must use https:// (plain http is allowed only for 127.0.0.1, localhost and [::1])"].concat()))
            }
            _ => return Err(config_error(&["the ", what, " must start with https://"].concat())),
        }
        let mut base = url.to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Endpoint { base })
    }

    /// A webhook URL, `https://<portal>/rest/<user>/<secret>/`.
    pub fn webhook(url: &str) -> Result<Endpoint, Error> {
        let endpoint = Endpoint::parse(url, "webhook URL")?;
        let path = text::split_once(&endpoint.base, "://")
            .map(|(_, r)| r)
            .unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        // host, "rest", user, secret
        if segments.len() < 4 || segments.iter().rev().nth(2) != Some(&"rest") {
            return Err(config_error(
                "the webhook URL must look like https://<portal>/rest/<user id>/<secret>/",
            ));
        }
        Ok(endpoint)
    }

    /// An OAuth REST endpoint, `https://<portal>/rest/` (the app's `client_endpoint`).
    pub fn oauth(url: &str) -> Result<Endpoint, Error> {
        Endpoint::parse(url, "OAuth endpoint")
    }

    /// The webhook's secret (the last path segment), to keep out of every error.
    pub fn secret(&self) -> Option<&str> {
        self.base.trim_end_matches('/').rsplit('/').next()
    }

    /// `scheme://host[:port]`: names the portal without its secret path, once however it is
    /// written (the key of its limits): lower case, no default port (`:443`, `:80`, `:0443`),
    /// no trailing dot of a fully qualified name (`portal.` is `portal`).
    pub fn origin(&self) -> String {
        let (scheme, rest) = text::split_once(&self.base, "://").unwrap_or(("", &self.base));
        let scheme = scheme.to_ascii_lowercase();
        let authority = rest
            .split('/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let (host, port) = match authority.rsplit_once(':') {
            Some((host, port)) if !port.contains(']') => (host, port.parse::<u16>().ok()),
            _ => (authority.as_str(), None),
        };
        let host = host.strip_suffix('.').unwrap_or(host);
        let default_port = match scheme.as_str() {
            "https" => Some(443),
            "http" => Some(80),
            _ => None,
        };
        match port {
            Some(port) if Some(port) != default_port => {
                [&scheme, "://", host, ":", &text::unsigned(port.into())].concat()
            }
            _ => [&scheme, "://", host].concat(),
        }
    }

    /// The URL for one method. It holds the webhook secret: never log it or put it in an error.
    pub fn url_for(&self, method: &str) -> String {
        [self.base.as_str(), method].concat()
    }
}

#[cfg(test)]
mod tests;
