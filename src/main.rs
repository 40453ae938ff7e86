//! The `briefing` command line: `briefing [PATH...]` opens the TUI, `briefing export [PATH...]`
//! prints the JSON export.

#![forbid(unsafe_code)]

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use clap::{Parser, Subcommand};
use rayon::prelude::*;

use briefing::corpus;

use briefing::export::{self, ExportWriter};
use briefing::model::{Briefing, Document};

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
    /// Colours for a dark or a light terminal background (NO_COLOR still wins)
    #[arg(long, value_parser = ["dark", "light"])]
    theme: Option<String>,
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
        #[arg(long, conflicts_with = "jsonl")]
        pretty: bool,
        /// JSON Lines: one briefing per line as it is ready, then `{"corpus": …}`
        #[arg(long)]
        jsonl: bool,
    },
}

/// Prints one `briefing: …` line on stderr. A closed or broken stderr is ignored: a report
/// must never turn into a panic.
fn report(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "briefing: {message}");
}

/// Whether a write failed only because the reader went away (`briefing export | head`): the
/// reader's choice, not an error, so it ends the run quietly.
///
/// The export writes through `serde_json`, which wraps the write error in its own error type
/// (and the export turns that into `ErrorKind::Other`), so the wrapped error is looked at too.
fn is_broken_pipe(error: &io::Error) -> bool {
    let wrapped = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<serde_json::Error>())
        .and_then(serde_json::Error::io_error_kind);
    error.kind() == io::ErrorKind::BrokenPipe || wrapped == Some(io::ErrorKind::BrokenPipe)
}

/// What the TUI opens on: the bundled seeds, or the first briefing of the paths read and the
/// rest only listed, so a large folder shows at once. The paths skipped before the first
/// briefing are reported here, in order; None when no path gives a briefing.
fn open(paths: &[PathBuf], recursive: bool) -> Option<briefing::tui::Start> {
    if paths.is_empty() {
        return Some(briefing::tui::Start {
            documents: corpus::seeds(),
            ..Default::default()
        });
    }
    let opening = corpus::open(paths, recursive);
    for error in &opening.skipped {
        report(error);
    }
    let first = opening.first?;
    Some(briefing::tui::Start {
        skipped: opening.skipped,
        documents: std::iter::once(first).chain(opening.more).collect(),
        rest: opening.rest,
    })
}

/// How many briefings are read and extracted in parallel before they are written, in input
/// order: enough to keep every core busy, few enough that only a sliver of the corpus and of the
/// output waits in memory.
const EXPORT_CHUNK: usize = 256;

/// The most bytes of input one slice holds (one larger file goes alone). At most three slices
/// are in memory at once (one extracted, one queued, one written), so a folder of files at the
/// size cap cannot exhaust memory however many cores extract them.
const EXPORT_CHUNK_BYTES: u64 = 128 * 1024 * 1024;

/// Files from this size on are encoded by the writing thread straight into the output, in
/// their turn, rather than into memory beside the others: a briefing's JSON can be many times
/// its text (a text made of short quotations, each an object with its spans), and a large
/// file's would not fit the memory budget of twelve times the input.
const STREAM_FROM_BYTES: usize = 1024 * 1024;

/// One briefing ready to write: encoded in parallel (with its id and names for `corpus`), or
/// extracted and left for the writer to encode as it writes.
enum Encoded {
    Body(Vec<u8>, String, briefing::corpus_index::BriefingKeys),
    Extracted(Box<Briefing>),
}

/// What one listed path gave the export: its encoded briefings (a feed or a JSON Lines file
/// gives many), and why it or a part of it was skipped, in the order of the file.
type Exported = Vec<Result<io::Result<Encoded>, corpus::LoadError>>;

/// Standard output as a plain file where the system allows it. `io::stdout` buffers by line
/// and reads every byte written through it for a line break; the export writes whole chunks
/// of briefings, three times the size of the corpus, and needs neither.
fn unbuffered_stdout() -> Box<dyn Write + Send> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(stdout) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(stdout));
        }
    }
    Box::new(io::stdout())
}

/// The export's output while it streams: nothing is written until the first briefing is
/// encoded, so a run where no path loads prints only its reports.
///
/// Once the output fails (the reader left: `export | head`), nothing more is written, but the
/// slices still come and their skipped paths are still reported, so the reports and the exit
/// status are those of a whole run, wherever the bad files sort.
struct ExportStream {
    pretty: bool,
    /// One briefing per line (`--jsonl`).
    lines: bool,
    writer: Option<ExportWriter<BufWriter<Box<dyn Write + Send>>>>,
    skipped: bool,
    /// Why the output stopped, if it did.
    failed: Option<io::Error>,
}

impl ExportStream {
    fn new(pretty: bool, lines: bool) -> Self {
        ExportStream {
            pretty,
            lines,
            writer: None,
            skipped: false,
            failed: None,
        }
    }

    /// Whether the output has stopped: the briefings need no extraction any more.
    fn stopped(&self) -> bool {
        self.failed.is_some()
    }

    /// Reports the skipped paths and writes the briefings, in order.
    fn write(&mut self, chunk: Vec<Exported>) {
        let mut bodies = Vec::with_capacity(chunk.len());
        for exported in chunk.into_iter().flatten() {
            match exported {
                Ok(body) => bodies.push(body),
                Err(error) => {
                    self.skipped = true;
                    report(&error);
                }
            }
        }
        if self.failed.is_none()
            && let Err(error) = self.write_bodies(bodies)
        {
            self.failed = Some(error);
        }
    }

    fn write_bodies(&mut self, encoded: Vec<io::Result<Encoded>>) -> io::Result<()> {
        let encoded = encoded.into_iter().collect::<io::Result<Vec<_>>>()?;
        if encoded.is_empty() {
            return Ok(());
        }
        let writer = match &mut self.writer {
            Some(writer) => writer,
            None => {
                let out = BufWriter::with_capacity(1 << 16, unbuffered_stdout());
                let writer = if self.lines {
                    ExportWriter::begin_lines(out)?
                } else {
                    ExportWriter::begin(out, self.pretty)?
                };
                self.writer.insert(writer)
            }
        };
        // Runs of encoded bodies go in one vectored write each; an extracted briefing is
        // encoded into the output between them.
        let mut bodies = Vec::with_capacity(encoded.len());
        for item in encoded {
            match item {
                Encoded::Body(body, id, keys) => {
                    writer.link(id, &keys);
                    bodies.push(body);
                }
                Encoded::Extracted(briefing) => {
                    writer.encoded_all(&bodies)?;
                    bodies.clear();
                    writer.briefing(&briefing)?;
                }
            }
        }
        writer.encoded_all(&bodies)?;
        // A line is worth reading as soon as it is whole: a pipeline downstream starts on it.
        if self.lines {
            writer.flush()?;
        }
        Ok(())
    }

    /// Closes the JSON, and says the exit code: 0, 1 when some paths were skipped, 2 when no
    /// briefing was written or the output failed. A reader that left early (a broken pipe) is
    /// no failure: the status is the skipped paths', all of them checked.
    fn finish(self) -> ExitCode {
        let code = u8::from(self.skipped);
        let finished = match self.failed {
            Some(error) => Err(error),
            None => match self.writer {
                Some(writer) => writer
                    .finish()
                    .and_then(|mut out| out.flush())
                    .map(|()| true),
                None => Ok(false),
            },
        };
        match finished {
            Ok(true) => ExitCode::from(code),
            Ok(false) => {
                report("nothing to export");
                ExitCode::from(2)
            }
            Err(error) if is_broken_pipe(&error) => ExitCode::from(code),
            Err(error) => {
                report(format_args!("cannot write the export: {error}"));
                ExitCode::from(2)
            }
        }
    }
}

/// Reads, extracts and encodes each slice of briefings in parallel, then reports its skipped
/// paths and writes its briefings in input order, so the output is byte for byte what a
/// sequential run writes, and each text is dropped once its briefing is encoded. A slice is
/// written on a thread of its own while the next one is extracted, so the cores never wait for
/// the output. Slices are bounded in files and in bytes ([`EXPORT_CHUNK_BYTES`]).
///
/// Ids are given from the whole listing first ([`corpus::unique_ids`]), so they are unique
/// and do not depend on how the work is cut.
fn export(paths: &[PathBuf], recursive: bool, pretty: bool, lines: bool) -> ExitCode {
    let mut stream = ExportStream::new(pretty, lines);
    if paths.is_empty() {
        let seeds = corpus::seeds();
        stream.write(
            seeds
                .into_par_iter()
                .map(|seed| vec![Ok(encode(seed, pretty))])
                .collect(),
        );
        return stream.finish();
    }
    let stopped = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (chunks, to_write) = mpsc::sync_channel::<Vec<Exported>>(1);
        let stopped = &stopped;
        let writing = scope.spawn(move || {
            // The extractor's tables are built while the paths are listed, not by the first
            // briefing's extraction while the other core waits for them.
            briefing::extract::gazetteer::get();
            for chunk in to_write {
                stream.write(chunk);
                if stream.stopped() {
                    stopped.store(true, Ordering::Relaxed);
                }
            }
            stream.finish()
        });
        let entries = corpus::list(paths, recursive);
        let ids = corpus::unique_ids(entries.iter().filter_map(|entry| entry.as_deref().ok()));
        let mut listed: Vec<(&corpus::Entry, Option<String>)> = Vec::with_capacity(entries.len());
        let mut ids = ids.into_iter();
        for entry in &entries {
            listed.push((entry, entry.as_ref().ok().and_then(|_| ids.next())));
        }
        let mut rest = &listed[..];
        while !rest.is_empty() {
            let len = briefing::budget::slice_len(
                rest.iter().map(|(entry, _)| listed_size(entry)),
                EXPORT_CHUNK,
                EXPORT_CHUNK_BYTES,
            );
            let (chunk, after) = rest.split_at(len.min(rest.len()));
            rest = after;
            // Once the output is gone the files are still read, to report every one that
            // cannot be used, but no longer extracted.
            let check_only = stopped.load(Ordering::Relaxed);
            let exported = chunk
                .par_iter()
                .map(|(entry, id)| read_and_encode(entry, id.as_deref(), pretty, check_only))
                .collect();
            if chunks.send(exported).is_err() {
                break;
            }
        }
        drop(chunks);
        writing.join().unwrap_or_else(|_| {
            report("the export stopped on an internal error");
            ExitCode::from(2)
        })
    })
}

/// A listed file's size as the listing's memory budget counts it: 0 for what will not be
/// read (a path already known to be unusable, a file over the size cap).
fn listed_size(entry: &corpus::Entry) -> u64 {
    entry
        .as_ref()
        .ok()
        .and_then(|path| std::fs::metadata(path).ok())
        .map_or(0, |metadata| metadata.len())
        .min(corpus::MAX_FILE_BYTES)
}

fn read_and_encode(
    entry: &corpus::Entry,
    id: Option<&str>,
    pretty: bool,
    check_only: bool,
) -> Exported {
    let file = match entry {
        Ok(file) => file,
        Err(error) => return vec![Err(error.clone())],
    };
    let id = id.map_or_else(|| corpus::document_id(file), str::to_string);
    let error = |problem| corpus::LoadError {
        path: file.clone(),
        problem,
    };
    let read = match corpus::read_documents(file, &id) {
        Ok(read) => read,
        Err(problem) => return vec![Err(error(problem))],
    };
    let skipped = read.skipped.into_iter().map(|problem| Err(error(problem)));
    if check_only {
        return skipped.collect();
    }
    // A feed or a JSON Lines file can be thousands of briefings: they are extracted in
    // parallel too, and kept in their order.
    let mut exported: Exported = read
        .documents
        .into_par_iter()
        .map(|document| Ok(encode(document, pretty)))
        .collect();
    exported.extend(skipped);
    exported
}

fn encode(document: Document, pretty: bool) -> io::Result<Encoded> {
    let briefing = Briefing::from_document(document);
    if briefing.text.len() >= STREAM_FROM_BYTES {
        return Ok(Encoded::Extracted(Box::new(briefing)));
    }
    let keys = briefing::corpus_index::BriefingKeys::of(briefing.entities());
    let body = export::encode(&briefing, pretty)?;
    Ok(Encoded::Body(body, briefing.id, keys))
}

/// Writes `text` to stdout and says how that went: 0 when written (or when the reader went
/// away: its choice), 2 with one line on stderr when it could not be written (`> /dev/full`).
/// `print!` would panic instead.
fn print(text: &str, what: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            report(format_args!("cannot write {what}: {error}"));
            ExitCode::from(2)
        }
    }
}

/// What clap's own outcomes end in: `--help` and `--version` are written as [`print`] writes,
/// so a full or closed stdout is reported rather than ignored; usage errors go to stderr with
/// clap's status (2).
fn clap_exit(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let rendered = error.render();
            // Styled on a terminal, as clap writes it; plain into a file or a pipe.
            let text = if io::stdout().is_terminal() {
                rendered.ansi().to_string()
            } else {
                rendered.to_string()
            };
            let what = if error.kind() == ErrorKind::DisplayHelp {
                "the help"
            } else {
                "the version"
            };
            print(&text, what)
        }
        _ => {
            let _ = error.print();
            ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error),
    };
    match cli.command {
        Some(Command::Export {
            paths,
            recursive,
            pretty,
            jsonl,
        }) => export(&paths, recursive, pretty, jsonl),
        None => {
            if cli.print_config {
                return print(&briefing::tui::default_config(), "the configuration");
            }
            let Some(start) = open(&cli.paths, cli.recursive) else {
                report("nothing to show");
                return ExitCode::from(2);
            };
            // Drawn into a file or a pipe, the reader would be invisible and the output
            // escape codes: refuse, and point at what gives text.
            if !io::stdout().is_terminal() {
                report(
                    "standard output is not a terminal; the reader needs one \
                     (`briefing export` prints JSON)",
                );
                return ExitCode::from(2);
            }
            let skipped_before = !start.skipped.is_empty();
            let options = briefing::tui::Options {
                mouse: cli.mouse,
                watch: cli.paths,
                recursive: cli.recursive,
                theme: cli.theme.as_deref().and_then(|name| {
                    briefing::ui::theme::Theme::named(name, briefing::ui::theme::Theme::from_env())
                }),
            };
            let finished = briefing::tui::run(start, options);
            for error in &finished.skipped {
                report(error);
            }
            // As `Loaded::exit_code`: 1 when some paths were skipped (none loading is 2, above).
            let code = u8::from(skipped_before || !finished.skipped.is_empty());
            match finished.outcome {
                Ok(ended) => ExitCode::from(ended.signal_status().unwrap_or(code)),
                Err(error) => {
                    eprintln!("briefing: {error:#}");
                    ExitCode::from(2)
                }
            }
        }
    }
}
