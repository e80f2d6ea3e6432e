//! `waymark precache --dist DIR`: the service worker's list of files to keep for offline use,
//! made from the build output (no hand-kept list). Reads `public/sw.js`, puts the manifest in
//! place of its `/*precache*/null` marker, and writes `DIR/sw.js`. The manifest names every
//! file with the SHA-256 of its content: the worker checks each file it downloads against it
//! and refuses to install a deployment caught half-way (some files new, some old). The
//! version is a hash of all of them (and of the worker's template), so any change to the
//! build changes `sw.js` and the browser installs the new version in the background.
//!
//! Kept: the page (`./`), the widget, the QR module, the catalog, every service and region,
//! icons, recordings, the frame's origin list, and every locale's words. All locales, not just
//! the default: a village kiosk serves people of several languages, and someone who switches
//! to Uyghur while the line is down must not meet a dead end; they cost about 190 KB raw
//! (~30 KB brotli), once. Nothing else is ever cached: the worker serves only these files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sha2::{Digest, Sha256};

/// Lower-case hex of a SHA-256 digest (what the worker computes with `crypto.subtle`).
fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

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

/// The manifest for the build in `dist`, for the worker made from `template`:
/// `{"version": "…", "files": {"./": "<sha-256>", "index.html": "<sha-256>", …}}` (`./` is
/// the page the scope's address serves, `index.html`), and the bytes precached.
pub fn manifest(dist: &Path, template: &str) -> (String, u64) {
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
    // The version covers the worker's own code too: a changed worker with the same files is
    // a new cache, never a reinstall over the one in use.
    let mut version = Sha256::new();
    version.update(template.as_bytes());
    let mut bytes = 0;
    let mut hashed = Vec::new();
    for (rel, path) in entries {
        let content = std::fs::read(path).unwrap_or_default();
        bytes += content.len() as u64;
        let hash = hex(&Sha256::digest(&content));
        version.update(rel.as_bytes());
        version.update([0]);
        version.update(hash.as_bytes());
        hashed.push((rel, hash));
    }
    let page = hashed.iter().find(|(rel, _)| rel == "index.html");
    let listed: serde_json::Map<String, serde_json::Value> = page
        .map(|(_, hash)| ("./".to_string(), hash.clone()))
        .into_iter()
        .chain(hashed.iter().cloned())
        .map(|(rel, hash)| (rel, hash.into()))
        .collect();
    let version = hex(&version.finalize())[..16].to_string();
    let json = serde_json::json!({ "version": version, "files": listed });
    (json.to_string(), bytes)
}

pub fn run(dist: &Path) -> ExitCode {
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
    let (manifest, bytes) = manifest(dist, &template);
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
    fn every_file_is_listed_with_its_hash_and_the_version_follows_the_content() {
        let dir = std::env::temp_dir().join(format!("waymark-precache-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("locales/ug")).expect("dir");
        std::fs::write(dir.join("index.html"), "a").expect("write");
        std::fs::write(dir.join("locales/ug/widget.ftl"), "x").expect("write");
        std::fs::write(dir.join("sw.js"), "old worker").expect("write");
        let (first, bytes) = manifest(&dir, "template");
        assert_eq!(bytes, 2);
        // sha256("a") and sha256("x"), as `crypto.subtle.digest` gives them in the worker.
        let a = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
        let x = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
        assert!(
            first.contains(&format!(
                r#""files":{{"./":"{a}","index.html":"{a}","locales/ug/widget.ftl":"{x}"}}"#
            )),
            "{first}"
        );
        std::fs::write(dir.join("sw.js"), "another worker").expect("write");
        assert_eq!(
            manifest(&dir, "template").0,
            first,
            "the worker written into the build is not part of its version"
        );
        assert_ne!(manifest(&dir, "a changed template").0, first);
        std::fs::write(dir.join("locales/ug/widget.ftl"), "y").expect("write");
        assert_ne!(manifest(&dir, "template").0, first);
        std::fs::write(dir.join("index.html"), "b").expect("write");
        assert_ne!(manifest(&dir, "template").0, first);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
