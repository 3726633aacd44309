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

#[test]
fn one_portal_has_one_origin_however_its_url_is_written() {
    let origin = |url: &str| Endpoint::oauth(url).unwrap().origin();
    for url in [
        "https://portal.example/rest/",
        "https://portal.example:443/rest/",
        "https://portal.example:0443/rest/",
        "https://portal.example./rest/",
        "https://PORTAL.example.:443/rest/",
        "HTTPS://portal.example/rest/",
    ] {
        assert_eq!(origin(url), "https://portal.example", "{url}");
    }
    assert_eq!(
        origin("https://portal.example:8443/rest/"),
        "https://portal.example:8443"
    );
    assert_eq!(origin("http://127.0.0.1:80/rest/"), "http://127.0.0.1");
    assert_eq!(origin("http://127.0.0.1:443/rest/"), "http://127.0.0.1:443");
    assert_eq!(origin("https://[::1]:443/rest/"), "https://[::1]");
    assert_eq!(origin("http://[::1]:8080/rest/"), "http://[::1]:8080");
}
