//! Briefings arriving and changing: a listed file read, its annotations delivered, a new
//! version replacing the old (keeping the selection and the reading place), and the read
//! marks kept for each text.

use std::path::PathBuf;
use std::sync::Arc;

use crate::corpus::{LoadError, LoadProblem};
use crate::model::{Annotations, Briefing};

use super::{App, FileState, Lit, Pane, Slot, find_same_entity, library, read_marks};

impl App {
    /// Installs the read marks loaded from the state file.
    pub fn set_read_marks(&mut self, marks: read_marks::ReadMarks) {
        self.library.read_marks = marks;
        for index in 0..self.library.slots.len() {
            self.refresh_read(index);
        }
        self.note_reading();
    }

    pub fn read_marks(&self) -> &read_marks::ReadMarks {
        &self.library.read_marks
    }

    /// The read marks to save, once after each change.
    pub fn take_read_marks_to_save(&mut self) -> Option<&read_marks::ReadMarks> {
        std::mem::take(&mut self.library.read_marks_changed).then_some(&self.library.read_marks)
    }

    fn read_key(&self, index: usize) -> Option<(String, u64)> {
        self.library.read_key(index)
    }

    fn refresh_read(&mut self, index: usize) {
        self.library.refresh_read(index);
    }

    /// Marks the briefing on screen read once it is being read: shown with the focus away
    /// from the briefing list (walking the list with j/k only previews).
    pub(crate) fn note_reading(&mut self) {
        if self.focus == Pane::Briefings || self.library.read_noted == Some(self.library.current) {
            return;
        }
        let Some((path, hash)) = self.read_key(self.library.current) else {
            return;
        };
        self.library.read_noted = Some(self.library.current);
        if self.library.read_marks.insert(&path, hash) {
            self.library.read_marks_changed = true;
        }
        self.refresh_read(self.library.current);
    }

    /// `u`: marks the briefing on screen read or unread.
    pub(crate) fn toggle_read(&mut self) {
        let Some((path, hash)) = self.read_key(self.library.current) else {
            self.message = Some("this briefing has not been read from disk yet".into());
            return;
        };
        self.library.read_noted = Some(self.library.current);
        let now_read = if self.library.read_marks.contains(&path, hash) {
            self.library.read_marks.remove(&path, hash);
            false
        } else {
            self.library.read_marks.insert(&path, hash);
            true
        };
        self.library.read_marks_changed = true;
        self.refresh_read(self.library.current);
        self.message = Some(
            if now_read {
                "marked read"
            } else {
                "marked unread"
            }
            .into(),
        );
    }

    /// Installs the text of listed file `index` when the background load has read it, or
    /// marks it unreadable and reports it. A file live reload has already read (or found
    /// unreadable) keeps what the reload said: that is the newer word on it.
    pub fn file_read(&mut self, index: usize, outcome: Result<Arc<String>, LoadProblem>) {
        let Some(slot) = self.library.slots.get_mut(index) else {
            return;
        };
        if slot.file != FileState::Unread {
            return;
        }
        match outcome {
            Ok(text) => {
                let title = crate::extract::headline(slot.briefing.meta.as_deref())
                    .unwrap_or_else(|| crate::extract::title(&text, &Annotations::default()));
                slot.briefing.title = library::title_or_file_name(title, &slot.briefing.path);
                slot.briefing.text = text;
                slot.file = FileState::Read;
                // The empty placeholder's layout must not be reused for the text.
                slot.version += 1;
                self.refresh_read(index);
                self.note_reading();
                if index == self.library.current {
                    self.search_again();
                    self.rebuild_rows();
                    self.relayout();
                } else {
                    self.refilter_briefing(index);
                }
            }
            Err(problem) => {
                slot.file = FileState::Unreadable(problem.to_string());
                let error = LoadError {
                    path: PathBuf::from(&slot.briefing.path),
                    problem,
                };
                self.report_skipped(&error);
            }
        }
    }

    /// Records what a listed file says beside its text, delivered with it by the background
    /// load (before [`App::file_read`]).
    pub fn set_meta(&mut self, index: usize, meta: Option<Box<crate::model::Meta>>) {
        if let Some(slot) = self.library.slots.get_mut(index)
            && slot.file == FileState::Unread
        {
            slot.briefing.meta = meta;
        }
    }

    /// Installs the annotations of briefing `index` when the background extraction delivers
    /// them, keeping what was selected (by name) and where the reader was.
    pub fn set_annotations(&mut self, index: usize, annotations: Annotations) {
        let Some(slot) = self.library.slots.get(index) else {
            return;
        };
        let title = crate::extract::title(&slot.briefing.text, &annotations);
        self.set_extraction(index, title, annotations);
    }

    /// [`App::set_annotations`] with the title already made from them (the background load
    /// makes it, and then drops the sentences the title is made from).
    pub fn set_extraction(&mut self, index: usize, title: String, annotations: Annotations) {
        let Some(slot) = self.library.slots.get(index) else {
            return;
        };
        if slot.extracted || slot.file != FileState::Read {
            // The file was reloaded (and extracted) while its first extraction still ran:
            // these annotations belong to the older text.
            return;
        }
        // A page's or a feed item's own headline stays the title.
        let title = crate::extract::headline(slot.briefing.meta.as_deref()).unwrap_or(title);
        // The text is shared, not copied: this is one of ten thousand deliveries.
        let briefing = Briefing {
            id: slot.briefing.id.clone(),
            path: slot.briefing.path.clone(),
            title,
            text: Arc::clone(&slot.briefing.text),
            annotations,
            meta: slot.briefing.meta.clone(),
        };
        self.replace_briefing(index, briefing);
    }

    /// Replaces one briefing (new text, new annotations, or both) without losing the
    /// selection: the selected and lit entity are found again by name, and the reading
    /// position follows the text it was on when the edit was above or below it.
    pub fn replace_briefing(&mut self, index: usize, briefing: Briefing) {
        let Some(slot) = self.library.slots.get(index) else {
            return;
        };
        let old_text = &slot.briefing.text;
        let new_text = &briefing.text;
        let same_text = old_text == new_text;
        let anchor = carry_offset(old_text, new_text, slot.anchor);
        let reading = carry_offset(old_text, new_text, self.reader.anchor);
        let version = slot.version + u64::from(!same_text);
        let is_current = index == self.library.current;
        // The open dossier's rows hold this briefing's entity and quotation numbers, which
        // the new annotations may give to others: it closes rather than point at them.
        if self
            .dossier
            .as_ref()
            .is_some_and(|d| d.rows.iter().any(|r| r.briefing() == index))
        {
            self.dossier = None;
            self.message = Some("the dossier closed: one of its briefings changed".into());
        }
        let selected_name = is_current
            .then(|| {
                self.lists
                    .selected_entity
                    .and_then(|i| self.entity(i))
                    .cloned()
            })
            .flatten();
        let lit_name = match (&self.reader.lit, is_current) {
            (Some(Lit::Entity(i)), true) => self.entity(*i).cloned(),
            _ => None,
        };
        self.library.identity.forget(index, slot.extracted);
        let mut replacement = Slot::new(briefing, true);
        replacement.anchor = anchor;
        replacement.version = version;
        self.library.names.replace(
            index,
            &self.library.slots[index].briefing,
            &replacement.briefing,
        );
        self.library.slots[index] = replacement;
        self.refresh_read(index);
        if !is_current {
            // Its title may have changed, and with it whether the list's filter keeps it.
            self.refilter_briefing(index);
            return;
        }
        self.index_mentions();
        self.reader.anchor = reading;
        self.lists.selected_entity =
            selected_name.and_then(|e| find_same_entity(self.briefing(), &e));
        match lit_name {
            Some(entity) => {
                self.reader.lit = find_same_entity(self.briefing(), &entity).map(Lit::Entity);
            }
            // Quotes have no names to find again by; a source does, and is kept.
            None if matches!(self.reader.lit, Some(Lit::Quote(_))) => self.reader.lit = None,
            None => {}
        }
        // The search runs again on the new text, and the targets follow it and `lit`.
        self.search_again();
        self.reader.cursor = self
            .reader
            .cursor
            .min(self.reader.targets.len().saturating_sub(1));
        self.rebuild_rows();
        self.relayout();
    }
}

/// Where byte `offset` of `old` lands in `new`: it stays put when the texts agree up to it,
/// moves with the end when they agree from it on, and is otherwise kept in the changed part
/// (clamped); always on a character boundary of `new`.
fn carry_offset(old: &str, new: &str, offset: usize) -> usize {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let mut carried = if offset <= prefix {
        offset
    } else if old.len().saturating_sub(offset) <= suffix {
        offset + new.len() - old.len()
    } else {
        offset
    }
    .min(new.len());
    while !new.is_char_boundary(carried) {
        carried -= 1;
    }
    carried
}
