//! A value per JS realm, for the `no_std` .wasm: what `thread_local!` and `OnceLock` are in a
//! std build. A wasm32-unknown-unknown module without the `atomics` feature runs on the one
//! thread of its realm, so a plain static is that realm's own.

use core::cell::OnceCell;

#[cfg(target_feature = "atomics")]
compile_error!("Local assumes a single-threaded module: build without the atomics feature");

/// Made by `init` on first use, then kept for the life of the module.
pub struct Local<T> {
    cell: OnceCell<T>,
    init: fn() -> T,
}

// SAFETY: the module has one thread (see the compile_error above), so no second thread can
// ever reach the value.
unsafe impl<T> Sync for Local<T> {}

impl<T> Local<T> {
    pub const fn new(init: fn() -> T) -> Self {
        Local {
            cell: OnceCell::new(),
            init,
        }
    }

    pub fn get(&self) -> &T {
        self.cell.get_or_init(self.init)
    }

    /// `LocalKey::try_with`'s shape, so a realm value reads the same in both builds; it never
    /// fails here (a module has no thread teardown).
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, core::convert::Infallible> {
        Ok(f(self.get()))
    }
}

/// A value made at compile time, kept for the life of the module (`thread_local!` with a const
/// initialiser): no lazy set-up, so no code to build or drop it on first use.
pub struct Static<T>(T);

// SAFETY: as for `Local`: one thread.
unsafe impl<T> Sync for Static<T> {}

impl<T> Static<T> {
    pub const fn new(value: T) -> Self {
        Static(value)
    }

    /// `LocalKey::try_with`'s shape, as for `Local`.
    pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, core::convert::Infallible> {
        Ok(f(&self.0))
    }
}

/// `OnceLock`'s shape for the `no_std` .wasm: set once, by the first caller's `init`.
pub struct Once<T>(OnceCell<T>);

// SAFETY: as for `Local`: one thread.
unsafe impl<T> Sync for Once<T> {}

impl<T> Once<T> {
    pub const fn new() -> Self {
        Once(OnceCell::new())
    }

    pub fn get_or_init(&self, init: impl FnOnce() -> T) -> &T {
        self.0.get_or_init(init)
    }
}

impl<T> Default for Once<T> {
    fn default() -> Self {
        Once::new()
    }
}
