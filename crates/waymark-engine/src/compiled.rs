//! What the widget reads: content compiled at build time by `waymark compile` from the editors'
//! files (which `waymark check` has already found sound), written as JSON and read back here
//! with serde. The widget carries no parser for conditions, no type checker, no flow compiler
//! and no diagnostics: a compiled file is either read whole or refused with one line saying
//! why (the guide shows its friendly failure, and the line to editors).
//!
//! Paths under the build (`dist/`), each made from the source of the same name:
//! - `compiled/services/<id>.bin`: a service's [`Flow`] (its region's values unbound);
//! - `compiled/regions/<id>.bin`: a [`Region`] (its offices checked against the catalog);
//! - `compiled/home.bin`: the home page ([`Home`]): its own small flow and the index of
//!   life events and their services.
//!
//! **Format: postcard** (a compact binary serde format), after [`MAGIC`]. Measured on the
//! demo content against compact JSON read by serde_json (issue 17's notes have the table):
//! reading the compiled types through serde_json put about 12 KB brotli of visitor code into
//! the widget (every struct and enum read as a map with named fields and its error messages),
//! postcard's sequence-only reading a fraction of that, and its files are smaller too (dibao:
//! 2,511 bytes of JSON, 595 brotli). Drafts stay JSON, written and read by serde-json-wasm (the
//! same text serde_json wrote, in a fraction of its code): they live in storage, where a
//! person's own browser tools show them readably, and earlier deployments' drafts keep being
//! read.

use crate::flow::{is_word_id, Flow, Region};
use serde::de::DeserializeOwned;

/// The folder of the build the compiled files are in.
pub const DIR: &str = "compiled";

/// The extension of compiled files.
pub const EXT: &str = "bin";

/// The first bytes of every compiled file: what it is, and the format's version (bump it when
/// a compiled type changes shape; the service worker replaces a build's files together, so a
/// widget never meets another build's files, but a half-copied deployment could).
pub const MAGIC: &[u8; 8] = b"waymark\x01";

/// The home page, compiled: its questions and the index they were made from.
#[derive(Debug, Clone, serde::Deserialize)]
#[cfg_attr(feature = "compile", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Home {
    /// Each life event that has services, followed by their ids: `["birth", "chusheng", "yibao"]`.
    pub index: Vec<Vec<String>>,
    /// The home questions ([`crate::merge::home_flow`]).
    pub flow: Flow,
}

/// Read a compiled file: `Err` says what is wrong. Larger than [`crate::MAX_FILE_BYTES`] is
/// refused unread; every length in it is checked against the bytes left, and nesting is
/// bounded by the condition trees the compiler accepted (a file made by hand that nests
/// deeper is still read within the depth postcard's recursion allows).
pub fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    if bytes.len() > crate::MAX_FILE_BYTES {
        return Err(format!(
            "the file is too large (more than {} KB)",
            crate::MAX_FILE_BYTES / 1024
        ));
    }
    let body = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a compiled file of this version of Waymark: run the build again")?;
    match postcard::take_from_bytes(body) {
        Ok((value, [])) => Ok(value),
        Ok(_) => Err("the file goes on after its end: run the build again".into()),
        Err(e) => Err(format!("the file is damaged ({e}): run the build again")),
    }
}

/// A compiled service, whose id must be `id` (the file asked for).
pub fn service(bytes: &[u8], id: &str) -> Result<Flow, String> {
    let flow: Flow = read(bytes)?;
    if flow.id != id {
        return Err(format!("this is the service `{}`, not `{id}`", flow.id));
    }
    Ok(flow)
}

/// A compiled region.
pub fn region(bytes: &[u8]) -> Result<Region, String> {
    read(bytes)
}

/// The compiled home page. Its index names words and questions, so every entry must be a life
/// event id followed by at least one service id, each a word id.
pub fn home(bytes: &[u8]) -> Result<Home, String> {
    let home: Home = read(bytes)?;
    let sound = |entry: &Vec<String>| entry.len() > 1 && entry.iter().all(|id| is_word_id(id));
    if home.index.is_empty() || !home.index.iter().all(sound) {
        return Err("the index must list life events, each followed by its services' ids".into());
    }
    Ok(home)
}

/// What `waymark compile` writes: [`MAGIC`], then the value.
#[cfg(feature = "compile")]
pub fn write<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(postcard::to_allocvec(value).unwrap_or_default());
    out
}
