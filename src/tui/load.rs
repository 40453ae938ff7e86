//! Loading in the background: the files listed after the first briefing are read, and every
//! briefing is extracted, off the UI thread, each result delivered on its own.
//!
//! The UI starts on the briefings already read (the first one of a folder, or the bundled
//! seeds) and the files listed after them, which show their file names until they are read. A
//! worker thread extracts the first briefing (the one on screen) while it reads the listed
//! files in parallel, then extracts the rest in parallel. Each result is one [`Delivery`];
//! [`Loading::deliver`] hands them to the [`App`]. A text is read once and shared (`Arc`)
//! between the app and the worker, so memory holds it once.
//!
//! Paths that cannot be used are reported on stderr after the UI ends, in the order of the
//! paths, exactly as a load that read everything first would have reported them
//! ([`Loading::finish_reading`] and [`Loading::skipped`]).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use rayon::prelude::*;

use crate::app::App;
use crate::budget::ByteBudget;
use crate::corpus::{self, Entry, LoadError, LoadProblem};
use crate::corpus_index::{BriefingKeys, CorpusIndex};
use crate::model::{Annotations, Document, Meta};

use super::watch::SeenFiles;

/// The most bytes of text extracted at once: extraction takes memory in proportion to the
/// text, so a folder of files at the 64 MiB cap is extracted a few at a time, not one per core.
const EXTRACTION_BUDGET: u64 = 256 * 1024 * 1024;

/// A briefing's text as the worker holds it: its index, and the text it shares with the app.
type Shared = (usize, Arc<String>);

/// One result of the background work.
#[derive(Debug)]
pub enum Delivery {
    /// A listed file was read: its text, or why it cannot be used.
    Read {
        index: usize,
        outcome: Result<Arc<String>, LoadProblem>,
        /// What the file says beside its text (a page's headline, outlet, date).
        meta: Option<Box<Meta>>,
    },
    /// A briefing's annotations, and the title made from them.
    Extracted {
        index: usize,
        title: String,
        annotations: Annotations,
    },
    /// Every briefing extracted: the cross-briefing index, made off the UI thread.
    Corpus(Box<LinkedCorpus>),
}

/// The corpus index of the first extractions, with each briefing's keys (by index).
#[derive(Debug)]
pub struct LinkedCorpus {
    pub keys: Vec<Option<BriefingKeys>>,
    pub index: CorpusIndex,
}

/// A listed path after the briefings the UI starts on.
#[derive(Debug)]
enum Listed {
    /// A file to read, shown as briefing `index`.
    File { index: usize, path: PathBuf },
    /// A path the listing already found unusable (a missing file, an empty folder).
    Skipped(LoadError),
}

/// The background work for one app: its deliveries, and what is needed to report the paths
/// it could not use.
#[derive(Debug)]
pub struct Loading {
    deliveries: Receiver<Delivery>,
    listed: Vec<Listed>,
    /// Why a listed file could not be read, by briefing index: the first read's word, kept
    /// for the report even when live reload reads the file again later.
    problems: HashMap<usize, LoadProblem>,
    /// Listed files whose first read has not been delivered yet.
    unread: usize,
}

impl Loading {
    /// Makes the app on `documents` (already read; the first one is shown) and the files
    /// listed after them in `rest`, and starts the background work. `skipped_before` are the
    /// paths found unusable before the first document; they count in the status bar's
    /// "path(s) skipped", as do the unusable paths in `rest`. Each file's first read is
    /// recorded in `seen` when live reload is on.
    pub fn open(
        skipped_before: &[LoadError],
        documents: Vec<Document>,
        rest: Vec<Entry>,
        seen: Option<SeenFiles>,
    ) -> (App, Loading) {
        // Files found unreadable before the first document are listed first, as `skipped`
        // rows, like the unreadable files after it; missing paths and empty folders are not
        // briefings and are only reported.
        let unreadable: Vec<(PathBuf, LoadProblem)> = skipped_before
            .iter()
            .filter(|error| is_unreadable_file(&error.problem))
            .map(|error| (error.path.clone(), error.problem.clone()))
            .collect();
        let lead = unreadable.len();
        let mut listed = Vec::with_capacity(rest.len());
        let mut unread = Vec::new();
        for entry in rest {
            match entry {
                Ok(path) => {
                    let index = lead + documents.len() + unread.len();
                    unread.push(path.clone());
                    listed.push(Listed::File { index, path });
                }
                Err(error) => listed.push(Listed::Skipped(error)),
            }
        }
        let read_count = documents.len();
        let mut app = App::opening_after(&unreadable, documents, unread.clone());
        for error in skipped_before {
            app.report_skipped(error);
        }
        for item in &listed {
            if let Listed::Skipped(error) = item {
                app.report_skipped(error);
            }
        }
        // The documents are the first slots, in order.
        let texts: Vec<Shared> = (lead..lead + read_count)
            .filter_map(|index| Some((index, Arc::clone(&app.slot(index)?.briefing.text))))
            .collect();
        let files: Vec<(usize, PathBuf)> = listed
            .iter()
            .filter_map(|item| match item {
                Listed::File { index, path } => Some((*index, path.clone())),
                Listed::Skipped(_) => None,
            })
            .collect();
        let (sender, deliveries) = mpsc::channel();
        let loading = Loading {
            deliveries,
            unread: files.len(),
            listed,
            problems: HashMap::new(),
        };
        std::thread::spawn(move || work(texts, files, seen.as_ref(), &sender));
        (app, loading)
    }

    /// Hands the app everything delivered so far; true when anything arrived.
    pub fn deliver(&mut self, app: &mut App) -> bool {
        let mut any = false;
        while let Ok(delivery) = self.deliveries.try_recv() {
            self.apply(app, delivery);
            any = true;
        }
        any
    }

    /// Waits for the next delivery and hands it to the app; false once the work is over.
    pub fn deliver_next(&mut self, app: &mut App) -> bool {
        match self.deliveries.recv() {
            Ok(delivery) => {
                self.apply(app, delivery);
                true
            }
            Err(_) => false,
        }
    }

    /// Waits until every listed file has been read once, so [`Loading::skipped`] is
    /// complete. Extraction is not waited for.
    pub fn finish_reading(&mut self, app: &mut App) {
        while self.unread > 0 && self.deliver_next(app) {}
    }

    /// How many listed files have not been read yet.
    pub fn unread(&self) -> usize {
        self.unread
    }

    /// The paths after the first briefing that could not be used, in the order of the paths:
    /// those the listing found and those whose read failed, as delivered so far.
    pub fn skipped(&self) -> Vec<LoadError> {
        self.listed
            .iter()
            .filter_map(|item| match item {
                Listed::Skipped(error) => Some(error.clone()),
                Listed::File { index, path } => self.problems.get(index).map(|problem| LoadError {
                    path: path.clone(),
                    problem: problem.clone(),
                }),
            })
            .collect()
    }

    fn apply(&mut self, app: &mut App, delivery: Delivery) {
        match delivery {
            Delivery::Read {
                index,
                outcome,
                meta,
            } => {
                self.unread = self.unread.saturating_sub(1);
                if let Err(problem) = &outcome {
                    self.problems.insert(index, problem.clone());
                }
                if meta.is_some() {
                    app.set_meta(index, meta);
                }
                app.file_read(index, outcome);
            }
            Delivery::Extracted {
                index,
                title,
                annotations,
            } => app.set_extraction(index, title, annotations),
            Delivery::Corpus(linked) => app.set_corpus(linked.keys, linked.index),
        }
    }
}

/// Extracts briefing `index` for the app, which keeps every briefing's annotations at once,
/// so they are trimmed here, off the UI thread: the title is made from the sentences, and
/// then the sentence and paragraph spans are dropped (nothing on screen uses them, and for
/// ten thousand briefings they are megabytes), and the vectors give back the room they grew
/// into.
///
/// A text the extractor panics on gets no annotations rather than ending the worker, so the
/// other briefings still arrive (the panic itself is reported when the UI ends).
fn extract(index: usize, text: &str) -> Delivery {
    let mut annotations =
        std::panic::catch_unwind(|| crate::extract::extract(text)).unwrap_or_default();
    let title = crate::extract::title(text, &annotations);
    annotations.sentences = Vec::new();
    annotations.paragraphs = Vec::new();
    annotations.shrink_to_fit();
    Delivery::Extracted {
        index,
        title,
        annotations,
    }
}

/// The UI has gone (its end of the channel is dropped): the rest of the work is not needed.
#[derive(Debug)]
struct Gone;

fn send(sender: &Sender<Delivery>, delivery: Delivery) -> Result<(), Gone> {
    sender.send(delivery).map_err(|_| Gone)
}

/// Whether `problem` is about a file that exists but cannot be read as a briefing (rather
/// than a path that is not a briefing file at all).
fn is_unreadable_file(problem: &LoadProblem) -> bool {
    match problem {
        LoadProblem::PermissionDenied
        | LoadProblem::NotUtf8(_)
        | LoadProblem::Utf16
        | LoadProblem::Utf32
        | LoadProblem::Binary
        | LoadProblem::TooLarge(_)
        | LoadProblem::Io(_)
        | LoadProblem::NoArticleText
        | LoadProblem::TooDeep(_)
        | LoadProblem::UnknownEncoding(_)
        | LoadProblem::NotAFeed(_)
        | LoadProblem::NoBriefing(_) => true,
        LoadProblem::Part(_)
        | LoadProblem::Missing
        | LoadProblem::NotRegular(_)
        | LoadProblem::EmptyFolder
        | LoadProblem::Loop => false,
    }
}

/// The worker: the briefing on screen is extracted while the listed files are read, then the
/// rest are extracted. It stops as soon as a delivery finds the UI gone.
fn work(
    mut texts: Vec<Shared>,
    files: Vec<(usize, PathBuf)>,
    seen: Option<&SeenFiles>,
    sender: &Sender<Delivery>,
) {
    // Indices start after the unreadable files listed first.
    let count = texts
        .iter()
        .map(|text| text.0)
        .chain(files.iter().map(|file| file.0))
        .max()
        .map_or(0, |last| last + 1);
    let keys = std::sync::Mutex::new(Vec::with_capacity(count));
    let budget = ByteBudget::new(EXTRACTION_BUDGET);
    // The permit is held for the extraction only, which waits on nothing else. Each
    // briefing's keys are made as it is extracted, for the index made at the end.
    let extract_within_budget = |index: usize, text: &Shared| {
        let delivery = {
            let _permit = budget.acquire(text.1.len() as u64);
            extract(index, &text.1)
        };
        if let Delivery::Extracted { annotations, .. } = &delivery
            && let Ok(mut keys) = keys.lock()
        {
            keys.push((index, BriefingKeys::of(&annotations.entities)));
        }
        delivery
    };
    let shown = (!texts.is_empty()).then(|| texts.remove(0));
    let send_shown = || match &shown {
        Some(text) => send(sender, extract_within_budget(text.0, text)),
        None => Ok(()),
    };
    // Both at once: a long first briefing must not hold up the list, nor the list it.
    let (shown_sent, read) = rayon::join(send_shown, || read_all(files, seen, sender));
    let (Ok(()), Ok(read)) = (shown_sent, read) else {
        return;
    };
    texts.extend(read.into_iter().flatten());
    let extracted = texts
        .into_par_iter()
        .try_for_each_with(sender.clone(), |sender, text| {
            let delivery = extract_within_budget(text.0, &text);
            // The worker's share of the text goes now; the app's stays.
            drop(text);
            send(sender, delivery)
        });
    if extracted.is_ok()
        && let Ok(made) = keys.into_inner()
    {
        let mut keys = vec![None; count];
        for (index, made) in made {
            if let Some(slot) = keys.get_mut(index) {
                *slot = Some(made);
            }
        }
        let index = CorpusIndex::build(keys.iter().map(Option::as_ref));
        let _ = send(
            sender,
            Delivery::Corpus(Box::new(LinkedCorpus { keys, index })),
        );
    }
}

/// Reads the listed files in parallel, delivering each, and returns the texts read for
/// extraction (in order; `None` for a file that could not be used).
fn read_all(
    files: Vec<(usize, PathBuf)>,
    seen: Option<&SeenFiles>,
    sender: &Sender<Delivery>,
) -> Result<Vec<Option<Shared>>, Gone> {
    files
        .into_par_iter()
        .map_with(sender.clone(), |sender, (index, path)| {
            let read = corpus::read_file(&path);
            let meta = read
                .as_ref()
                .ok()
                .and_then(|document| document.meta.clone());
            let outcome = read.map(|document| Arc::new(document.text));
            if let Some(seen) = seen {
                seen.record_first_read(&path, &outcome);
            }
            let text = outcome.as_ref().ok().map(|text| (index, Arc::clone(text)));
            send(
                sender,
                Delivery::Read {
                    index,
                    outcome,
                    meta,
                },
            )
            .map(|()| text)
        })
        .collect()
}
