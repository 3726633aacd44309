//! Where calls go. The I/O itself is the JS entry's (fetch, BX24.callMethod); the core only
//! addresses requests.

mod endpoint;

pub use endpoint::Endpoint;
