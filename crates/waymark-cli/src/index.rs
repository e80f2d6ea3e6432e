//! `waymark index`: the home page's list of life events and their services, written at build
//! time from the service files (no hand-kept list), as JSON the widget reads:
//! `[["hardship", "dibao", "linshi-jiuzhu"], ["old-age", …], …]`.

use crate::check::json_files;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use waymark_engine::merge::life_event_index;
use waymark_engine::{Catalog, Flow};

/// Build the index from `public/`; `Err` names the file that is broken (`waymark check`
/// says what is wrong with it).
pub fn build() -> Result<String, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let catalog_path = Path::new("public/catalog.json");
    let catalog = Catalog::from_json(&read(catalog_path)?)
        .map_err(|_| format!("{}: broken; run `waymark check`", catalog_path.display()))?;
    let mut services = Vec::new();
    for path in json_files(Path::new("public/services")) {
        let flow = Flow::from_json(&read(&path)?, &catalog)
            .map_err(|_| format!("{}: broken; run `waymark check`", path.display()))?;
        services.push((flow.id, flow.life_events));
    }
    let index = life_event_index(&catalog, &services);
    serde_json::to_string(&index).map_err(|e| e.to_string())
}

pub fn run(args: &[String]) -> ExitCode {
    let out = match args {
        [flag, file] if flag == "--out" => PathBuf::from(file),
        _ => {
            eprintln!("usage: waymark index --out FILE");
            return ExitCode::from(2);
        }
    };
    let written = build().and_then(|json| {
        std::fs::write(&out, json + "\n").map_err(|e| format!("cannot write {}: {e}", out.display()))
    });
    match written {
        Ok(()) => {
            println!("wrote {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
