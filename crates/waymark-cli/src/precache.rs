//! `waymark precache --dist DIR`: the service worker's list of files to keep for offline use,
//! made from the build output (no hand-kept list). Reads `public/sw.js`, puts the manifest in
//! place of its `/*precache*/null` marker, and writes `DIR/sw.js`. The manifest's version is a
//! hash of every file's content, so any change to the build changes `sw.js` and the browser
//! installs the new version in the background.
//!
//! Kept: the page (`./`), the widget, the QR module, the catalog, every service and region,
//! icons, and every locale's words. All locales, not just the default: a village kiosk serves
//! people of several languages, and someone who switches to Uyghur while the line is down must
//! not meet a dead end; they cost about 190 KB raw (~30 KB brotli), once. Anything else
//! (recordings, later) is cached by the service worker when first used.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// FNV-1a, 64 bits: a content fingerprint (not a security hash).
fn fnv(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Whether a file (path relative to the build, `/`-separated) is precached.
pub fn precached(rel: &str) -> bool {
    !(rel == "sw.js" || rel.ends_with(".map"))
}

/// The manifest for the build in `dist`: `{"version": "…", "files": ["./", "index.html", …]}`
/// and its size in bytes.
pub fn manifest(dist: &Path) -> (String, u64) {
    let mut files = Vec::new();
    walk(dist, &mut files);
    let mut entries: Vec<(String, PathBuf)> = files
        .into_iter()
        .filter_map(|p| {
            let rel = p.strip_prefix(dist).ok()?.to_string_lossy().replace('\\', "/");
            precached(&rel).then_some((rel, p))
        })
        .collect();
    entries.sort();
    let (mut version, mut bytes) = (FNV_START, 0);
    for (rel, path) in &entries {
        let content = std::fs::read(path).unwrap_or_default();
        bytes += content.len() as u64;
        version = fnv(rel.as_bytes(), version);
        version = fnv(&content, version);
    }
    let urls: Vec<String> = std::iter::once("./".to_string())
        .chain(entries.into_iter().map(|(r, _)| r))
        .collect();
    let json = serde_json::json!({ "version": format!("{version:016x}"), "files": urls });
    (json.to_string(), bytes)
}

pub fn run(args: &[String]) -> ExitCode {
    let dist = match crate::dist_arg("precache", args) {
        Ok(dir) => dir,
        Err(code) => return code,
    };
    let template = match std::fs::read_to_string("public/sw.js") {
        Ok(t) if t.contains("/*precache*/null") => t,
        Ok(_) => {
            eprintln!("error: public/sw.js has no /*precache*/null marker");
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("error: public/sw.js: {e}");
            return ExitCode::from(1);
        }
    };
    let (manifest, bytes) = manifest(&dist);
    let out = dist.join("sw.js");
    match std::fs::write(&out, template.replace("/*precache*/null", &manifest)) {
        Ok(()) => {
            println!("wrote {} (precache: {bytes} bytes)", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_but_the_worker_itself_is_precached() {
        assert!(precached("waymark_bg.wasm"));
        assert!(precached("locales/zh-CN/services/dibao.ftl"));
        assert!(precached("locales/ug/widget.ftl"));
        assert!(precached("qr/waymark_qr_bg.wasm"));
        assert!(!precached("sw.js"));
    }

    #[test]
    fn the_version_follows_the_content() {
        let dir = std::env::temp_dir().join(format!("waymark-precache-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("locales/ug")).expect("dir");
        std::fs::write(dir.join("index.html"), "a").expect("write");
        std::fs::write(dir.join("locales/ug/widget.ftl"), "x").expect("write");
        std::fs::write(dir.join("sw.js"), "old worker").expect("write");
        let (first, bytes) = manifest(&dir);
        assert_eq!(bytes, 2);
        assert!(
            first.contains(r#""files":["./","index.html","locales/ug/widget.ftl"]"#),
            "{first}"
        );
        std::fs::write(dir.join("sw.js"), "another worker").expect("write");
        assert_eq!(
            manifest(&dir).0,
            first,
            "the worker itself is not part of its version"
        );
        std::fs::write(dir.join("locales/ug/widget.ftl"), "y").expect("write");
        assert_ne!(manifest(&dir).0, first);
        std::fs::write(dir.join("index.html"), "b").expect("write");
        assert_ne!(manifest(&dir).0, first);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
