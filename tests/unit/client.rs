//! Unit tests of `src/client.rs`: a child module of it (so private items are in reach), kept out of
//! `src/` with the other tests.

use super::*;
use crate::transport::{Reply, TransportError};
use futures::executor::block_on;

/// Each test its own portal, so that their limits do not mix.
fn unique_portal() -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    format!(
        "test://{}",
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )
}

fn clock() -> Rc<dyn Clock> {
    Rc::new(VirtualClock::starting_at(0.0))
}

/// Answers `expired_token` to every token but the current one; records each body.
struct TokenPortal {
    portal: String,
    current: Rc<RefCell<String>>,
    bodies: RefCell<Vec<Value>>,
}

impl Transport for TokenPortal {
    fn portal(&self) -> String {
        self.portal.clone()
    }

    async fn send(&self, call: Call<'_>) -> Result<Reply, TransportError> {
        let body: Value = serde_json::from_str(call.body).unwrap_or_default();
        let fresh = body["auth"].as_str() == Some(self.current.borrow().as_str());
        self.bodies.borrow_mut().push(body);
        // Yield once so that concurrent calls interleave like real requests.
        yield_now().await;
        Ok(if fresh {
            Reply {
                status: 200,
                body: r#"{"result":true}"#.into(),
            }
        } else {
            Reply { status: 401, body: r#"{"error":"expired_token","error_description":"The access token provided has expired."}"#.into() }
        })
    }
}

/// Pending once, then ready: lets the executor run the other joined calls.
async fn yield_now() {
    let mut yielded = false;
    futures::future::poll_fn(|cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await
}

fn portal(current: &str) -> (TokenPortal, Rc<RefCell<String>>) {
    let current = Rc::new(RefCell::new(current.to_string()));
    (
        TokenPortal {
            portal: unique_portal(),
            current: Rc::clone(&current),
            bodies: RefCell::new(Vec::new()),
        },
        current,
    )
}

#[test]
fn concurrent_calls_share_one_refresh_and_each_repeats_once() {
    let (transport, current) = portal("new");
    let refreshes = Rc::new(Cell::new(0));
    let counter = Rc::clone(&refreshes);
    let client = Client::with_oauth(
        transport,
        clock(),
        Options::default(),
        "old".into(),
        move || {
            counter.set(counter.get() + 1);
            Box::pin(async { Ok("new".to_string()) })
        },
    );
    let params = r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#;
    let (a, b, c) = block_on(futures::future::join3(
        client.call_json("im.notify.answer", params),
        client.call_json("im.notify.answer", params),
        client.call_json("im.notify.answer", params),
    ));
    assert!(a.is_ok() && b.is_ok() && c.is_ok());
    assert_eq!(refreshes.get(), 1, "one refresh for three expired calls");
    let bodies = client.transport().bodies.borrow();
    assert_eq!(bodies.len(), 6, "each call: the refused try and one repeat");
    assert_eq!(bodies.iter().filter(|b| b["auth"] == "new").count(), 3);
    assert_eq!(*current.borrow(), "new");
}

#[test]
fn a_second_expiry_is_not_refreshed_again() {
    let (transport, _) = portal("never");
    let refreshes = Rc::new(Cell::new(0));
    let counter = Rc::clone(&refreshes);
    let client = Client::with_oauth(
        transport,
        clock(),
        Options::default(),
        "old".into(),
        move || {
            counter.set(counter.get() + 1);
            Box::pin(async { Ok("still-expired".to_string()) })
        },
    );
    let e = block_on(client.call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#))
        .unwrap_err();
    assert!(e.is_expired_token());
    assert_eq!(refreshes.get(), 1);
    assert_eq!(client.transport().bodies.borrow().len(), 2);
}

#[test]
fn a_failed_refresh_is_reported_and_not_retried() {
    let (transport, _) = portal("new");
    let client = Client::with_oauth(transport, clock(), Options::default(), "old".into(), || {
        Box::pin(async { Err("no refresh token".to_string()) })
    });
    let e = block_on(client.call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#))
        .unwrap_err();
    assert_eq!(e.code(), "REFRESH_FAILED");
    assert!(e.to_string().contains("no refresh token"));
    assert!(
        !e.to_string().contains("old"),
        "the token never shows in an error"
    );
    assert_eq!(client.transport().bodies.borrow().len(), 1);
}

#[test]
fn webhook_clients_send_no_auth_and_do_not_refresh() {
    let (transport, _) = portal("nothing");
    let client = Client::new(transport, clock(), Options::default());
    let e = block_on(client.call_json("im.notify.answer", r#"{"NOTIFY_ID":1,"ANSWER_TEXT":"a"}"#))
        .unwrap_err();
    assert!(e.is_expired_token());
    let bodies = client.transport().bodies.borrow();
    assert_eq!(bodies.len(), 1);
    assert!(bodies[0].get("auth").is_none());
}

#[test]
fn auth_goes_first_and_the_params_text_is_kept() {
    assert_eq!(with_auth("{}", "t1"), r#"{"auth":"t1"}"#);
    assert_eq!(with_auth(" { } ", "t1"), r#"{"auth":"t1"}"#);
    assert_eq!(
        with_auth(r#"{"A":1.50,"B":[1]}"#, "t1"),
        r#"{"auth":"t1","A":1.50,"B":[1]}"#
    );
    let odd = with_auth(r#"{"A":1}"#, "a\"b\\c\n");
    let parsed: Value = serde_json::from_str(&odd).unwrap();
    assert_eq!(parsed["auth"], "a\"b\\c\n");
    assert_eq!(parsed["A"], 1);
}

#[test]
fn unknown_methods_pass_unvalidated_but_params_must_be_an_object() {
    let (transport, _) = portal("x");
    let client = Client::new(transport, clock(), Options::default());
    assert!(client
        .prepare("crm.contact.list", r#"{"anything":[1]}"#)
        .is_ok());
    assert_eq!(client.prepare("crm.contact.list", "").unwrap().json, "{}");
    assert!(matches!(
        client.prepare("crm.contact.list", "[1]"),
        Err(Error::InvalidParam { .. })
    ));
    assert!(
        matches!(
            client.prepare("IM.NOTIFY.ANSWER", "{}"),
            Err(Error::InvalidParam { .. })
        ),
        "method names ignore case"
    );
}
