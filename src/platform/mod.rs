//! Thin wrappers over browser APIs. Every call into the browser goes through here, so each
//! can fail soft (an error value, never a panic) and be replaced in one place.

pub mod dom;
pub mod fetch;
pub mod host;
pub mod qr;
pub mod speech;
pub mod storage;
pub mod sw;
