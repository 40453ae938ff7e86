//! The `briefing` command line: `briefing [PATH...]` opens the TUI, `briefing export [PATH...]`
//! prints the JSON export.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use rayon::prelude::*;

use briefing::corpus::{self, Loaded};
use briefing::export::ExportWriter;
use briefing::model::Briefing;

#[derive(Parser)]
#[command(
    name = "briefing",
    version,
    about = "Read news briefings: who is in them, who said what",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Briefing files or folders (default: the bundled seed briefings)
    paths: Vec<PathBuf>,
    /// Descend into subfolders
    #[arg(short, long)]
    recursive: bool,
    /// Turn mouse support on (wheel scrolls, click focuses)
    #[arg(long)]
    mouse: bool,
    /// Print the default configuration file and exit
    #[arg(long)]
    print_config: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print the briefings' annotations as JSON (see the README for the format)
    Export {
        /// Briefing files or folders (default: the bundled seed briefings)
        paths: Vec<PathBuf>,
        /// Descend into subfolders
        #[arg(short, long)]
        recursive: bool,
        /// Indent the JSON
        #[arg(long)]
        pretty: bool,
    },
}

fn load(paths: &[PathBuf], recursive: bool) -> Loaded {
    if paths.is_empty() {
        return Loaded {
            documents: corpus::seeds(),
            errors: Vec::new(),
        };
    }
    let loaded = corpus::load(paths, recursive);
    for error in &loaded.errors {
        eprintln!("briefing: {error}");
    }
    loaded
}

/// How many briefings are extracted in parallel before they are written, in input order.
const EXPORT_CHUNK: usize = 256;

fn export(loaded: Loaded, pretty: bool) -> io::Result<()> {
    let stdout = io::stdout().lock();
    let mut writer = ExportWriter::begin(BufWriter::with_capacity(1 << 16, stdout), pretty)?;
    let mut documents = loaded.documents;
    while !documents.is_empty() {
        let rest = documents.split_off(documents.len().min(EXPORT_CHUNK));
        let chunk: Vec<Briefing> = documents
            .into_par_iter()
            .map(Briefing::from_document)
            .collect();
        for briefing in &chunk {
            writer.briefing(briefing)?;
        }
        documents = rest;
    }
    writer.finish()?.flush()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Export {
            paths,
            recursive,
            pretty,
        }) => {
            let loaded = load(&paths, recursive);
            let code = loaded.exit_code();
            if loaded.documents.is_empty() {
                eprintln!("briefing: nothing to export");
                return ExitCode::from(2);
            }
            match export(loaded, pretty) {
                Ok(()) => ExitCode::from(code as u8),
                // A closed pipe (`briefing export | head`) is the reader's choice, not an error.
                Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
                    ExitCode::from(code as u8)
                }
                Err(error) => {
                    eprintln!("briefing: cannot write the export: {error}");
                    ExitCode::from(2)
                }
            }
        }
        None => {
            if cli.print_config {
                print!("{}", briefing::tui::default_config());
                return ExitCode::SUCCESS;
            }
            let loaded = load(&cli.paths, cli.recursive);
            let code = loaded.exit_code();
            if loaded.documents.is_empty() {
                eprintln!("briefing: nothing to show");
                return ExitCode::from(2);
            }
            let options = briefing::tui::Options { mouse: cli.mouse };
            match briefing::tui::run(loaded.documents, loaded.errors, options) {
                Ok(()) => ExitCode::from(code as u8),
                Err(error) => {
                    eprintln!("briefing: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
