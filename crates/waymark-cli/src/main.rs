//! `waymark`: the site editors' tool.
//!
//! ```text
//! waymark check [paths…]   check service files (default: every file in public/services/)
//! ```
//!
//! Diagnostics are printed rustc-style, `path:line:col: error[code]: message` then `help: …`,
//! and the exit code is 1 when anything is wrong, 0 when all is clean.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use waymark_engine::{Catalog, Diagnostic, Flow};

const USAGE: &str = "usage: waymark check [--catalog FILE] [SERVICE.json …]\n\
  Checks service files against the content rules (default: public/services/*.json).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
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

fn check(args: &[String]) -> ExitCode {
    let mut catalog_path = PathBuf::from("public/catalog.json");
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--catalog" {
            match it.next() {
                Some(p) => catalog_path = PathBuf::from(p),
                None => {
                    eprintln!("error: --catalog needs a file\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else {
            paths.push(PathBuf::from(a));
        }
    }
    if paths.is_empty() {
        paths = match list_services(Path::new("public/services")) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: cannot read public/services: {e}\n  help: run from the project root, or name the files to check");
                return ExitCode::from(2);
            }
        };
    }

    let mut errors = 0;
    let catalog = match read(&catalog_path).map(|t| Catalog::from_json(&t)) {
        Err(e) => {
            eprintln!("{}: error: cannot read the catalog: {e}", catalog_path.display());
            return ExitCode::from(1);
        }
        Ok(Err(diags)) => {
            report(&catalog_path, &diags);
            return ExitCode::from(1);
        }
        Ok(Ok(c)) => c,
    };
    for path in &paths {
        let text = match read(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: error: cannot read: {e}", path.display());
                errors += 1;
                continue;
            }
        };
        if let Err(diags) = Flow::from_json(&text, &catalog) {
            report(path, &diags);
            errors += diags.len();
        }
    }
    if errors == 0 {
        println!("checked {} service file(s): no problems", paths.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("found {errors} problem(s) in {} file(s)", paths.len());
        ExitCode::from(1)
    }
}

fn report(path: &Path, diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{}", d.render(&path.display().to_string()));
    }
}

fn read(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path)
}

fn list_services(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    out.sort();
    Ok(out)
}
