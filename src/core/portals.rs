//! The limits of every portal this JS realm talks to, shared by all clients of a portal and
//! kept bounded: a portal whose bucket has drained and whose operating windows have ended is
//! forgotten, which loses nothing (a new entry starts in the same state).

use crate::limits::{Bucket, Limits, Plan};
use crate::prelude::*;
use core::cell::RefCell;

/// Below this many portals nothing is swept; above it, a sweep runs whenever the map has
/// doubled since the last one (amortised constant time per call).
const SWEEP_FLOOR: usize = 64;

struct Registry {
    /// Sorted by portal, searched by halves; boxed, so that adding one moves 16 bytes per
    /// portal after it. (A BTreeMap of this value type was 4.5 KB of .wasm; hash maps need std.)
    portals: Vec<(String, Box<Limits>)>,
    swept_at_len: usize,
}

impl Registry {
    const fn new() -> Self {
        Registry {
            portals: Vec::new(),
            swept_at_len: 0,
        }
    }

    /// The limits of `portal`, made for `plan` when first asked for. Not inlined: `with_limits`
    /// is generic over its closure, and each of its six uses had its own copy of this.
    #[inline(never)]
    fn limits(
        &mut self,
        portal: &str,
        plan: Plan,
        operating_limit: f64,
        now_ms: f64,
    ) -> Option<&mut Limits> {
        self.sweep(now_ms);
        let at = match self
            .portals
            .binary_search_by(|(key, _)| key.as_str().cmp(portal))
        {
            Ok(at) => at,
            Err(at) => {
                let limits = Box::new(Limits::new(plan, operating_limit));
                self.portals.insert(at, (portal.to_string(), limits));
                at
            }
        };
        let limits = &mut self.portals.get_mut(at)?.1;
        // A client told of another plan (e.g. after an upgrade) updates the shared bucket.
        if limits.bucket.plan() != plan {
            limits.bucket = Bucket::new(plan);
        }
        Some(limits)
    }

    fn sweep(&mut self, now_ms: f64) {
        if self.portals.len() < SWEEP_FLOOR.max(self.swept_at_len * 2) {
            return;
        }
        self.portals
            .retain(|(_, l)| !(l.bucket.is_idle(now_ms) && l.operating.is_idle(now_ms)));
        self.swept_at_len = self.portals.len();
    }
}

#[cfg(not(target_arch = "wasm32"))]
std::thread_local! {
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry::new()) };
}
// The .wasm has no std (and so no thread_local!): one registry per module, i.e. per realm.
#[cfg(target_arch = "wasm32")]
static REGISTRY: crate::wasm::local::Static<RefCell<Registry>> =
    crate::wasm::local::Static::new(RefCell::new(Registry::new()));

/// Runs `f` on the limits of `portal`, made for `plan` when first asked for. `None` only if
/// the realm is shutting down.
pub fn with_limits<R>(
    portal: &str,
    plan: Plan,
    operating_limit: f64,
    now_ms: f64,
    f: impl FnOnce(&mut Limits) -> R,
) -> Option<R> {
    // try_with: `with` would pull a panic message (and its formatting) into the .wasm.
    REGISTRY
        .try_with(|registry| {
            let mut registry = registry.try_borrow_mut().ok()?;
            registry
                .limits(portal, plan, operating_limit, now_ms)
                .map(f)
        })
        .ok()
        .flatten()
}

/// How many portals are remembered now (for the memory tests).
pub fn remembered() -> usize {
    REGISTRY
        .try_with(|r| r.try_borrow().map(|r| r.portals.len()).unwrap_or(0))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
