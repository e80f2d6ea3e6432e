//! `waymark`: the site editors' tool.
//!
//! ```text
//! waymark check [SERVICE.json …]   check content (default: everything under public/ and locales/)
//! waymark schema [--out DIR]        write the JSON Schemas editors' tools use (default public/schema)
//! waymark compile --dist DIR        write the content as the widget reads it into a build (build step)
//! waymark index --dist DIR          write the services' titles and the recordings' index into a build (build step)
//! waymark precache --dist DIR       write the service worker with its offline file list (build step)
//! waymark completions SHELL         print a completion script for bash, zsh, fish or powershell
//! ```
//!
//! Diagnostics are printed rustc-style, `path:line:col: error[code]: message` then `help: …`.
//! `check` exits 1 when anything is wrong, 0 when there are only warnings or nothing.
//! Usage errors exit 2 (clap's). Run it from the project root.

mod check;
mod compile;
mod coverage;
mod ftl;
mod index;
mod precache;

use clap::{CommandFactory, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The site editors' tool for Waymark content: checks services, the catalog, regions and
/// their words, and writes the files a build needs.
#[derive(Parser)]
#[command(
    name = "waymark",
    version,
    about = "Check Waymark content and prepare it for the web site.",
    long_about = "Check Waymark content and prepare it for the web site.\n\n\
        Run it from the project folder (the one with public/ and locales/ in it). \
        Problems are printed as `file:line:col: error[code]: message`, each with a `help:` line \
        saying how to fix it. Errors make waymark exit with code 1; warnings do not.",
    arg_required_else_help = true,
    after_help = "Most of the time you need only `waymark check`. \
        See `waymark help <command>` for what each command does."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check services, the catalog, regions and their words for mistakes.
    #[command(
        long_about = "Check services, the catalog, regions and their words for mistakes.\n\n\
        With no files named, checks everything: every service in public/services/, the catalog \
        (public/catalog.json), every region in public/regions/, the words for each in \
        locales/zh-CN/, and how much of them every other language in locales/ has translated. \
        It also tries sample answers to find questions and outcomes no answers lead to.\n\n\
        Exits with code 1 if there is any error, 0 if there are only warnings (unused words, \
        unused materials, outcomes nothing reaches, missing translations) or nothing at all."
    )]
    Check {
        /// Service files to check, e.g. public/services/dibao.json (default: every service
        /// in public/services/, and the translations too).
        #[arg(value_name = "SERVICE.json")]
        services: Vec<PathBuf>,
    },
    /// Write the JSON Schemas that editors such as VS Code use to explain each field.
    #[command(
        long_about = "Write the JSON Schemas that let editors such as VS Code explain and \
        autocomplete every field of service, catalog and region files.\n\n\
        Only needed after the engine's types change; the schemas are made from them."
    )]
    Schema {
        /// The folder to write service.schema.json, catalog.schema.json and
        /// region.schema.json into.
        #[arg(long, value_name = "DIR", default_value = "public/schema")]
        out: PathBuf,
    },
    /// Build step: write the content as the guide reads it into a build.
    #[command(
        long_about = "Build step: write the content as the guide reads it into a build.\n\n\
        Reads the services, the catalog and the regions under --content (default public/), \
        compiles and checks them as `waymark check` does, and writes DIR/compiled/services/<id>.bin, \
        DIR/compiled/regions/<id>.bin and DIR/compiled/home.bin (the home page's questions, \
        with each life event and its services). A file with errors stops it: run \
        `waymark check`. scripts/build.sh runs it; you do not need to."
    )]
    Compile {
        /// Where the editors' files are (catalog.json, services/, regions/).
        #[arg(long, value_name = "DIR", default_value = "public")]
        content: PathBuf,
        /// The build to write into.
        #[arg(long, value_name = "DIR")]
        dist: PathBuf,
    },
    /// Build step: write every service's title and the recordings into a build.
    #[command(
        long_about = "Build step: write every service's title and the recordings into a build.\n\n\
        Writes DIR/locales/<lang>/titles.ftl (every service's title in each language, for the \
        home page) and DIR/audio/index.json (the recordings found in DIR/audio/<lang>/). \
        scripts/build.sh runs it; you do not need to."
    )]
    Index {
        /// The build folder to write into (services/index.json, locales/<lang>/titles.ftl,
        /// audio/index.json).
        #[arg(long, value_name = "DIR")]
        dist: PathBuf,
    },
    /// Build step: write the service worker with the files it keeps for use offline.
    #[command(
        long_about = "Build step: write the service worker with the files it keeps for use \
        offline.\n\n\
        Reads public/sw.js and writes DIR/sw.js with every file of the build in DIR and a \
        fingerprint (SHA-256) of each, so the guide still works when the connection drops and \
        a half-finished upload is never used. Run it after every other step of a build; \
        scripts/build.sh does."
    )]
    Precache {
        /// The build folder whose files are listed; sw.js is written into it.
        #[arg(long, value_name = "DIR")]
        dist: PathBuf,
    },
    /// Print a script that lets your shell complete waymark's commands with Tab.
    #[command(
        long_about = "Print a shell completion script, so the shell can finish waymark's \
        commands and options when you press Tab.\n\n\
        For example, for bash: `waymark completions bash > ~/.local/share/bash-completion/completions/waymark`"
    )]
    Completions {
        /// The shell to write the script for.
        shell: clap_complete::Shell,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check { services } => check::run(&services),
        Command::Schema { out } => schema(&out),
        Command::Compile { content, dist } => compile::run(&content, &dist),
        Command::Index { dist } => index::run(&dist),
        Command::Precache { dist } => precache::run(&dist),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "waymark", &mut std::io::stdout());
            ExitCode::SUCCESS
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

fn schema(out: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(out) {
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
