//! `App::file_changed`: a briefing file changed, appeared or went away on disk.
//!
//! The watcher (`crate::tui::watch`) reads and extracts the file off the UI thread; here the
//! result is installed. A good version replaces the briefing keeping the reader's place and
//! selection ([`App::replace_briefing`]); a file that cannot be read any more keeps its last
//! good version on screen, marked stale, until it can be read again.

use std::path::Path;

use super::{App, FileState, Slot};
use crate::corpus::{LoadProblem, display_path};
use crate::model::Briefing;

impl App {
    /// Installs what reading `path` (as it was loaded) gave after it changed on disk.
    /// A file named twice (`briefing dir dir/a.txt`) is two entries, and both are updated.
    pub fn file_changed(&mut self, path: &Path, outcome: Result<Briefing, LoadProblem>) {
        let key = path.display().to_string();
        let indices: Vec<usize> = (0..self.library.slots.len())
            .filter(|&index| self.library.slots[index].briefing.path == key)
            .collect();
        if let Some((&last, earlier)) = indices.split_last() {
            for &index in earlier {
                self.file_changed_at(index, path, outcome.clone());
            }
            return self.file_changed_at(last, path, outcome);
        }
        self.file_changed_at(usize::MAX, path, outcome);
    }

    /// [`App::file_changed`] for the entry at `index` (none when out of range).
    fn file_changed_at(
        &mut self,
        index: usize,
        path: &Path,
        outcome: Result<Briefing, LoadProblem>,
    ) {
        let name = display_path(path);
        let index = (index < self.library.slots.len()).then_some(index);
        match (index, outcome) {
            (Some(index), Ok(briefing)) => {
                self.replace_briefing(index, briefing);
                self.message = Some(format!("reloaded {name}"));
            }
            (Some(index), Err(problem)) => {
                let Some(slot) = self.library.slots.get_mut(index) else {
                    return;
                };
                if slot.file == FileState::Read {
                    slot.stale = Some(problem.to_string());
                    self.message = Some(format!(
                        "{name}: {problem}; showing the last version read (stale)"
                    ));
                } else {
                    // Never read yet, so there is no last version to show.
                    slot.file = FileState::Unreadable(problem.to_string());
                    self.message = Some(format!("{name}: {problem}"));
                }
            }
            (None, Ok(briefing)) => {
                let index = self.library.slots.len();
                self.library.names.insert(index, &briefing);
                self.library.slots.push(Slot::new(briefing, true));
                // One briefing had no list; a second one needs it to be reachable.
                if self.library.slots.len() == 2 {
                    self.show_briefings = true;
                }
                self.rebuild_rows();
                self.relayout();
                self.message = Some(format!("added {name}"));
            }
            (None, Err(problem)) => self.message = Some(format!("{name} skipped: {problem}")),
        }
    }
}
