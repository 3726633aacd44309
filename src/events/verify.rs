//! Whether an event came from the portal: its `auth[application_token]` against the token the
//! app stored for that portal (`auth[member_id]`) when it was installed. The store itself is
//! the app's (JS side); this decides, given what the store holds.

use super::{EventError, Parsed, Unverified};

/// What the app does with its token store after a passed check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The token matches: run the handler.
    Verified,
    /// `ONAPPINSTALL` for a portal with no stored token (or the same one): store it.
    Install,
    /// `ONAPPUNINSTALL` with the stored token: forget it after the handler.
    Uninstall,
}

/// Checks `parsed` against `stored`, the token kept for its `member_id` (`None`: none kept).
///
/// A first `ONAPPINSTALL` is trusted: no token exists to check it against (the docs advise
/// checking its `access_token` with a call, which the JS handler's `verifyInstall` hook can
/// do). An `ONAPPINSTALL` for a portal that already has another token is refused, so a forged
/// install cannot replace the stored token.
pub fn verify(parsed: &Parsed, stored: Option<&str>) -> Result<Verdict, EventError> {
    verify_parts(
        parsed.event.name,
        parsed.member_id(),
        parsed.application_token(),
        stored,
    )
}

/// `verify` over the parts it reads: the event's table name, its `auth[member_id]` and
/// `auth[application_token]`, and the stored token.
pub fn verify_parts(
    event: &str,
    member_id: Option<&str>,
    token: Option<&str>,
    stored: Option<&str>,
) -> Result<Verdict, EventError> {
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(EventError::Unverified(Unverified::NoToken));
    };
    if member_id.is_none_or(str::is_empty) {
        return Err(EventError::Unverified(Unverified::NoMemberId));
    }
    let install = event == "ONAPPINSTALL";
    let stored = stored.filter(|s| !s.is_empty());
    // The same work whether a token is stored or not: the answer time tells no `member_id`.
    let compared = tokens_equal(token, stored.unwrap_or(token));
    match stored {
        None if install => Ok(Verdict::Install),
        None => Err(EventError::Unverified(Unverified::UnknownPortal)),
        Some(_) if !compared => Err(EventError::Unverified(Unverified::Mismatch)),
        Some(_) if install => Ok(Verdict::Install),
        Some(_) if event == "ONAPPUNINSTALL" => Ok(Verdict::Uninstall),
        Some(_) => Ok(Verdict::Verified),
    }
}

/// Compares two tokens in time that depends on their lengths only, never on where they first
/// differ (so the answer time tells nothing about the stored token).
pub fn tokens_equal(given: &str, stored: &str) -> bool {
    let (a, b) = (given.as_bytes(), stored.as_bytes());
    let mut diff = u8::from(a.len() != b.len());
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0);
        diff |= core::hint::black_box(x ^ y);
    }
    core::hint::black_box(diff) == 0
}

/// What a placement POST's `APPLICATION_TOKEN` check leaves to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlacementVerdict {
    /// The token matches the one stored for the portal.
    Verified,
    /// No token to compare (older portals send none; or none is stored for the portal yet):
    /// the request's access token must be checked with the portal.
    AskPortal,
}

/// Checks a placement POST's `APPLICATION_TOKEN` against the token stored for its
/// `member_id`. A token that differs from the stored one is refused; a missing one (either
/// side) is left to the portal (`AskPortal`).
pub fn verify_placement(
    member_id: Option<&str>,
    token: Option<&str>,
    stored: Option<&str>,
) -> Result<PlacementVerdict, EventError> {
    if member_id.is_none_or(str::is_empty) {
        return Err(EventError::Unverified(Unverified::NoMemberId));
    }
    let token = token.filter(|t| !t.is_empty());
    let stored = stored.filter(|s| !s.is_empty());
    match (token, stored) {
        (Some(token), Some(stored)) if tokens_equal(token, stored) => {
            Ok(PlacementVerdict::Verified)
        }
        (Some(_), Some(_)) => Err(EventError::Unverified(Unverified::Mismatch)),
        _ => Ok(PlacementVerdict::AskPortal),
    }
}
