//! Where calls go: a webhook URL or an OAuth REST endpoint, checked once when a client is made.

use crate::error::Error;

/// A base URL that a method name is appended to. Its text holds the webhook secret, so it has
/// no `Display` and its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct Endpoint {
    base: String,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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
    octets.len() == 4
        && octets[0] == "127"
        && octets
            .iter()
            .all(|o| !o.is_empty() && o.parse::<u8>().is_ok())
}

impl Endpoint {
    /// Checks a base URL: `https://`, or `http://` on a loopback host; no query or fragment.
    /// `what` names the URL in messages ("webhook URL", "OAuth endpoint").
    pub fn parse(url: &str, what: &str) -> Result<Endpoint, Error> {
        let url = url.trim();
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| config_error(&format!("the {what} must start with https://")))?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.contains('@') {
            return Err(config_error(&format!(
                "the {what} must not contain user:password@"
            )));
        }
        let host = match authority.rsplit_once(':') {
            // An IPv6 literal has colons of its own; only a colon after `]` starts a port.
            Some((host, port)) if !port.contains(']') => host,
            _ => authority,
        };
        if host.is_empty() {
            return Err(config_error(&format!("the {what} has no host")));
        }
        if url.contains('?') || url.contains('#') {
            return Err(config_error(&format!(
                "the {what} must not have a query or fragment"
            )));
        }
        match scheme.to_ascii_lowercase().as_str() {
            "https" => {}
            "http" if is_loopback(host) => {}
            "http" => {
                return Err(config_error(&format!(
                    "the {what} must use https:// (plain http is allowed only for 127.0.0.1, localhost and [::1])"
                )))
            }
            _ => return Err(config_error(&format!("the {what} must start with https://"))),
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
        let path = endpoint
            .base
            .split_once("://")
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

    /// `scheme://host[:port]`: names the portal without its secret path.
    pub fn origin(&self) -> String {
        let (scheme, rest) = self.base.split_once("://").unwrap_or(("", &self.base));
        let host = rest.split('/').next().unwrap_or_default();
        format!("{scheme}://{host}").to_ascii_lowercase()
    }

    /// The URL for one method. It holds the webhook secret: never log it or put it in an error.
    pub fn url_for(&self, method: &str) -> String {
        format!("{}{}", self.base, method)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(url: &str) -> String {
        match Endpoint::webhook(url) {
            Err(Error::InvalidConfig { message }) => message,
            other => panic!("{url}: {other:?}"),
        }
    }

    #[test]
    fn https_everywhere_http_only_on_loopback() {
        for ok in [
            "https://example.bitrix24.com/rest/1/abc/",
            "https://example.bitrix24.com/rest/1/abc",
            "http://127.0.0.1:8080/rest/1/abc/",
            "http://127.5.6.7/rest/1/abc/",
            "http://localhost:3000/rest/1/abc/",
            "http://[::1]:3000/rest/1/abc/",
        ] {
            let e = Endpoint::webhook(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert!(e
                .url_for("im.notify.answer")
                .ends_with("/abc/im.notify.answer"));
        }
        assert!(refused("http://example.bitrix24.com/rest/1/abc/").contains("https://"));
        assert!(refused("http://127.0.0.1.example.com/rest/1/abc/").contains("https://"));
        assert!(refused("http://128.0.0.1/rest/1/abc/").contains("https://"));
        assert!(refused("ftp://example.com/rest/1/abc/").contains("https://"));
        assert!(refused("example.com/rest/1/abc/").contains("https://"));
        assert!(refused("https://user:pw@example.com/rest/1/abc/").contains("user:password@"));
        assert!(refused("https://example.com/rest/1/abc/?x=1").contains("query"));
        assert!(refused("https://example.com/").contains("/rest/<user id>/<secret>/"));
    }

    #[test]
    fn the_secret_never_shows() {
        let e = Endpoint::webhook("https://example.bitrix24.com/rest/1/s3cr3t/").unwrap();
        assert!(!format!("{e:?}").contains("s3cr3t"));
        let message = refused("http://example.com/rest/1/s3cr3t/");
        assert!(!message.contains("s3cr3t"));
    }

    #[test]
    fn oauth_endpoints_need_no_rest_path_shape() {
        let e = Endpoint::oauth("https://example.bitrix24.com/rest").unwrap();
        assert_eq!(
            e.url_for("im.notify.answer"),
            "https://example.bitrix24.com/rest/im.notify.answer"
        );
        assert!(Endpoint::oauth("http://example.com/rest/").is_err());
    }
}
