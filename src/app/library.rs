//! `Library`, the briefings' part of `App`: every listed briefing with the state of its file
//! (read, unread, skipped, stale), which one is on screen, the indexes across briefings (names,
//! the corpus identities) and the read marks.

use std::path::Path;
use std::sync::Arc;

use crate::corpus::LoadError;
use crate::model::{Annotations, Briefing};

use super::{identity, names, read_marks};

/// Whether a briefing's file has been read. A large folder is listed first and read in the
/// background, so the list can show every briefing before most of them are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    /// Listed, not read yet: the title is the file name and the text is empty.
    Unread,
    Read,
    /// Listed, but it could not be used (why, as the report on stderr says it).
    Unreadable(String),
}

/// One listed briefing.
#[derive(Debug, Clone)]
pub struct Slot {
    pub briefing: Briefing,
    pub file: FileState,
    /// False until the background extraction has delivered its annotations.
    pub extracted: bool,
    /// The reading position saved when another briefing is shown.
    pub(super) anchor: usize,
    /// Why the file cannot be read any more, when it changed on disk into something that
    /// does not load: the last good version stays on screen, marked stale.
    pub stale: Option<String>,
    /// Bumped whenever the briefing is replaced, so a cached layout of an older text (even
    /// one of the same length) is never reused.
    pub(super) version: u64,
    /// Whether the reader has read this text of the file (see [`read_marks`]).
    pub read: bool,
}

/// The file name of `path`, for a briefing that has no title of its own.
fn file_name(path: &str) -> String {
    Path::new(path).file_name().map_or_else(
        || path.to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// A briefing whose text gives no title (an empty file, one of blank lines) goes by its file
/// name rather than a blank row.
pub(super) fn title_or_file_name(title: String, path: &str) -> String {
    if title.trim().is_empty() {
        file_name(path)
    } else {
        title
    }
}

impl Slot {
    pub(super) fn new(mut briefing: Briefing, extracted: bool) -> Self {
        let title = std::mem::take(&mut briefing.title);
        briefing.title = title_or_file_name(title, &briefing.path);
        Slot {
            briefing,
            file: FileState::Read,
            extracted,
            anchor: 0,
            stale: None,
            version: 0,
            read: false,
        }
    }

    /// A listed file not read yet: its file name stands in for the title until it is read.
    pub(super) fn unread(path: &Path, empty_text: &Arc<String>) -> Self {
        let title = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let briefing = Briefing {
            id: crate::corpus::document_id(path),
            // As `corpus::read_file` names it, so live reload finds it by the same path.
            path: path.display().to_string(),
            title,
            text: Arc::clone(empty_text),
            annotations: Annotations::default(),
            meta: None,
        };
        Slot {
            file: FileState::Unread,
            ..Slot::new(briefing, false)
        }
    }

    /// What the lists say while this briefing has no annotations to show: it is still being
    /// read or extracted, or it could not be read.
    pub fn pending_note(&self) -> Option<&'static str> {
        match self.file {
            FileState::Unread => Some("reading…"),
            FileState::Unreadable(_) => Some("skipped: cannot be read"),
            FileState::Read if !self.extracted => Some("extracting…"),
            FileState::Read => None,
        }
    }

    /// Whether annotations for this briefing may still arrive.
    pub fn awaits_annotations(&self) -> bool {
        !self.extracted && !matches!(self.file, FileState::Unreadable(_))
    }
}

/// The briefings and what is known across them.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub(super) slots: Vec<Slot>,
    /// The briefing on screen.
    pub(super) current: usize,
    /// Which briefings name each (lower-cased) name or alias, for "also in N briefings".
    pub(super) names: names::NameIndex,
    /// The folder's cross-briefing identities.
    pub(super) identity: identity::Identity,
    /// Paths that could not be used, counted for the status bar, and the first of them.
    pub(super) skipped: usize,
    pub(super) first_skipped: Option<String>,
    /// The briefings read, by path and text; `read_marks_changed` says they must be saved.
    pub(super) read_marks: read_marks::ReadMarks,
    pub(super) read_marks_changed: bool,
    /// The briefing on screen already marked read while it is shown, so `u` can mark it
    /// unread without it being marked again at once.
    pub(super) read_noted: Option<usize>,
}

impl Library {
    /// The briefing on screen.
    pub(super) fn current_slot(&self) -> &Slot {
        // `from_slots` is only reached with the documents `tui::run` checked are not empty;
        // an empty app still draws from this fallback instead of panicking.
        static EMPTY: std::sync::OnceLock<Slot> = std::sync::OnceLock::new();
        self.slots.get(self.current).unwrap_or_else(|| {
            EMPTY.get_or_init(|| {
                Slot::new(
                    Briefing {
                        id: String::new(),
                        path: String::new(),
                        title: String::new(),
                        text: Arc::default(),
                        annotations: Annotations::default(),
                        meta: None,
                    },
                    true,
                )
            })
        })
    }

    /// How many briefings `is` holds for.
    pub(super) fn count(&self, is: impl Fn(&Slot) -> bool) -> usize {
        self.slots.iter().filter(|slot| is(slot)).count()
    }

    /// The mark key of briefing `index`: its absolute path and its text's hash. `None` while
    /// the file has not been read (its text is not known yet).
    pub(super) fn read_key(&self, index: usize) -> Option<(String, u64)> {
        let slot = self.slots.get(index)?;
        (slot.file == FileState::Read).then(|| {
            (
                read_marks::mark_path(&slot.briefing.path),
                read_marks::text_hash(&slot.briefing.text),
            )
        })
    }

    /// Sets briefing `index`'s read flag from the marks.
    pub(super) fn refresh_read(&mut self, index: usize) {
        let read = self
            .read_key(index)
            .is_some_and(|(path, hash)| self.read_marks.contains(&path, hash));
        if let Some(slot) = self.slots.get_mut(index) {
            slot.read = read;
        }
    }

    /// Counts a path that could not be used, keeping the first for the message.
    pub(super) fn count_skipped(&mut self, error: &LoadError) {
        self.skipped += 1;
        self.first_skipped.get_or_insert_with(|| error.to_string());
    }

    /// "3 path(s) skipped: …", once one was.
    pub(super) fn skip_message(&self) -> Option<String> {
        let first = self.first_skipped.as_ref()?;
        Some(format!("{} path(s) skipped: {first}", self.skipped))
    }
}
