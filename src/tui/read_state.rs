//! The read marks' state file: `$XDG_STATE_HOME/briefing/read-marks` (or
//! `~/.local/state/briefing/read-marks`). The marks themselves are pure
//! ([`crate::app::read_marks`]); this is the file around them. Nothing here is fatal: a file
//! that cannot be read or understood is reported and replaced, one that cannot be written is
//! reported, and reading goes on.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::read_marks::ReadMarks;
use crate::corpus::LoadProblem;

/// The largest state file read: a mark is a line of some 80 bytes.
const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

/// Where the marks are kept, `None` when neither `XDG_STATE_HOME` nor `HOME` is set.
pub fn path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| Path::new(&home).join(".local").join("state"))
        })?;
    Some(base.join("briefing").join("read-marks"))
}

/// The marks in the file at `path`, and the problem to show in the status bar when the file
/// could not be used (it is then replaced at the next save). A missing file is no problem.
pub fn load(path: &Path) -> (ReadMarks, Option<String>) {
    let shown = crate::corpus::display_path(path);
    let text = crate::corpus::read_regular(path, MAX_STATE_BYTES).and_then(|bytes| {
        String::from_utf8(bytes)
            .map_err(|error| LoadProblem::NotUtf8(error.utf8_error().valid_up_to()))
    });
    match text {
        Err(LoadProblem::Missing) => (ReadMarks::default(), None),
        Err(problem) => (
            ReadMarks::default(),
            Some(format!("read marks {shown}: {problem}; starting afresh")),
        ),
        Ok(text) => match ReadMarks::parse(&text) {
            Ok(marks) => (marks, None),
            Err(error) => (
                ReadMarks::default(),
                Some(format!("read marks {shown} {error}; starting afresh")),
            ),
        },
    }
}

/// Writes `marks` to `path` atomically: a temporary file in the same folder, then a rename
/// over the old file, so a crash mid-write never leaves half a file.
pub fn save(path: &Path, marks: &ReadMarks) -> Result<(), String> {
    let shown = crate::corpus::display_path(path);
    let fail = |error: std::io::Error| format!("cannot save read marks to {shown}: {error}");
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(fail)?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temporary).and_then(|mut file| {
        file.write_all(marks.serialise().as_bytes())?;
        file.sync_all()
    });
    if let Err(error) = written.and_then(|()| std::fs::rename(&temporary, path)) {
        let _ = std::fs::remove_file(&temporary);
        return Err(fail(error));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_survive_a_save_and_a_load() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("briefing").join("read-marks");
        let mut marks = ReadMarks::default();
        marks.insert("/news/a.txt", 42);
        save(&path, &marks).expect("save");
        assert_eq!(load(&path), (marks, None));
        // Only the file itself is left: the temporary was renamed over it.
        let names: Vec<_> = std::fs::read_dir(path.parent().expect("parent"))
            .expect("read_dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("read-marks")]);
    }

    #[test]
    fn a_missing_file_is_no_problem_and_a_corrupt_one_is_reported() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("read-marks");
        assert_eq!(load(&path), (ReadMarks::default(), None));
        std::fs::write(&path, b"\x00\x01garbage").expect("write");
        let (marks, problem) = load(&path);
        assert!(marks.is_empty());
        assert!(problem.is_some_and(|p| p.contains("read-marks")));
        std::fs::write(&path, "something else\n").expect("write");
        let (_, problem) = load(&path);
        assert!(
            problem
                .as_deref()
                .is_some_and(|p| p.contains("does not start with")),
            "{problem:?}"
        );
    }

    #[test]
    fn an_unwritable_folder_is_an_error_message() {
        let dir = tempfile::tempdir().expect("tempdir");
        // A file where the folder should be: creating the folder fails, whoever runs this.
        let blocker = dir.path().join("briefing");
        std::fs::write(&blocker, "").expect("write");
        let error = save(&blocker.join("read-marks"), &ReadMarks::default());
        assert!(error.is_err_and(|e| e.starts_with("cannot save read marks")));
    }
}
