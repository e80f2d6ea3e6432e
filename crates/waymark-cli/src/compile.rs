//! `waymark compile --content DIR --dist DIR`: the content as the widget reads it, made at build
//! time so the widget carries no parser, type checker or flow compiler (see
//! `waymark_engine::compiled`). From the editors' files under `--content` (default `public/`):
//! - `DIST/compiled/services/<id>.bin`: each service, compiled and type-checked;
//! - `DIST/compiled/regions/<id>.bin`: each region, its offices checked against the catalog;
//! - `DIST/compiled/home.bin`: the home page's questions and the index of life events and
//!   their services they are made from (no hand-kept list of services); none when fewer than
//!   two life events have services (nothing to choose from).
//!
//! A file with an error stops the build, naming it: `waymark check` says what is wrong.

use crate::check::json_files;
use std::path::Path;
use std::process::ExitCode;
use waymark_engine::compiled::{self, Home};
use waymark_engine::merge::{home_flow, life_event_index};
use waymark_engine::{Catalog, Flow, Region};

fn read(p: &Path) -> Result<String, String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(p: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(p, bytes).map_err(|e| format!("cannot write {}: {e}", p.display()))
}

fn broken(p: &Path) -> String {
    format!("{}: has errors; run `waymark check` to see them", p.display())
}

/// Every compiled file, as (path under the build, its bytes), from the content in `content`.
pub fn build(content: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let catalog_path = content.join("catalog.json");
    let catalog = Catalog::from_json(&read(&catalog_path)?).map_err(|_| broken(&catalog_path))?;
    let (dir, ext) = (compiled::DIR, compiled::EXT);
    let mut out = Vec::new();
    let mut services = Vec::new();
    for path in json_files(&content.join("services")) {
        let flow = Flow::from_json(&read(&path)?, &catalog).map_err(|_| broken(&path))?;
        out.push((format!("{dir}/services/{}.{ext}", flow.id), compiled::write(&flow)));
        services.push((flow.id, flow.life_events));
    }
    for path in json_files(&content.join("regions")) {
        let region = Region::from_json(&read(&path)?, &catalog).map_err(|_| broken(&path))?;
        out.push((format!("{dir}/regions/{}.{ext}", region.id), compiled::write(&region)));
    }
    // The home page asks "what has happened" among the life events that have services: with
    // fewer than two there is nothing to ask, and no home page (a deployment of one service).
    let index = life_event_index(&catalog, &services);
    if let Some(flow) = home_flow(&catalog, &index) {
        out.push((format!("{dir}/home.{ext}"), compiled::write(&Home { index, flow })));
    }
    Ok(out)
}

pub fn run(content: &Path, dist: &Path) -> ExitCode {
    let written = build(content).and_then(|files| {
        let _ = std::fs::remove_dir_all(dist.join(compiled::DIR));
        for (rel, bytes) in &files {
            write(&dist.join(rel), bytes)?;
        }
        Ok(files.len())
    });
    match written {
        Ok(n) => {
            println!("wrote {n} files into {}/{}", dist.display(), compiled::DIR);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
