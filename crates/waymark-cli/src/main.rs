//! `waymark`: the site editors' tool.
//!
//! ```text
//! waymark check [SERVICE.json …]   check content (default: everything under public/ and locales/)
//! waymark schema [--out DIR]        write the JSON Schemas editors' tools use (default public/schema)
//! waymark index --dist DIR          write the home page's index and titles into a build (build step)
//! waymark precache --dist DIR       write the service worker with its offline file list (build step)
//! ```
//!
//! Diagnostics are printed rustc-style, `path:line:col: error[code]: message` then `help: …`.
//! `check` exits 1 when anything is wrong, 0 when there are only warnings or nothing.
//! Run it from the project root.

mod check;
mod coverage;
mod ftl;
mod index;
mod precache;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: waymark check [SERVICE.json …]\n       waymark schema [--out DIR]\n       waymark index --dist DIR\n       waymark precache --dist DIR\n\
  check     checks services, the catalog, regions and their words (default: all of public/services/)\n\
  schema    writes the JSON Schemas for service, catalog and region files (default: public/schema/)\n\
  index     writes the home page's life events → services index and service titles into a build\n\
  precache  writes the service worker (dist/sw.js) with the files it keeps for offline use";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check::run(&args[1..]),
        Some("schema") => schema(&args[1..]),
        Some("index") => index::run(&args[1..]),
        Some("precache") => precache::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The build directory of a build step (`waymark index|precache --dist DIR`), or the usage
/// error (exit 2) to return.
pub fn dist_arg(command: &str, args: &[String]) -> Result<PathBuf, ExitCode> {
    match args {
        [flag, dir] if flag == "--dist" => Ok(PathBuf::from(dir)),
        _ => {
            eprintln!("usage: waymark {command} --dist DIR");
            Err(ExitCode::from(2))
        }
    }
}

/// The JSON Schemas, generated from the engine's types (never hand-written).
pub fn schemas() -> Vec<(&'static str, String)> {
    use waymark_engine::model::{CatalogFile, RegionFile, Service};
    let pretty = |s: schemars::Schema| serde_json::to_string_pretty(&s).unwrap_or_default() + "\n";
    vec![
        ("service.schema.json", pretty(schemars::schema_for!(Service))),
        ("catalog.schema.json", pretty(schemars::schema_for!(CatalogFile))),
        ("region.schema.json", pretty(schemars::schema_for!(RegionFile))),
    ]
}

fn schema(args: &[String]) -> ExitCode {
    let out = match args {
        [] => PathBuf::from("public/schema"),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot create {}: {e}", out.display());
        return ExitCode::from(1);
    }
    for (name, text) in schemas() {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
