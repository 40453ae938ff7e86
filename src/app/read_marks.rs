//! Which briefings the reader has read: a set of (path, content hash) marks.
//!
//! Pure: the terminal shell reads and writes the state file (see `src/tui.rs`); this module
//! only parses and writes its text. A briefing whose text changed on disk has a new hash, so
//! it shows as unread again.

use std::collections::HashSet;
use std::path::Path;

/// The first line of the state file, naming its format.
const HEADER: &str = "briefing read marks 1";

/// The most marks kept: the oldest are dropped beyond it, so the file stays small.
const MAX_MARKS: usize = 50_000;

/// A stable hash of a briefing's text (64-bit FNV-1a): the same text gives the same hash in
/// every run and on every machine, which a seeded hasher would not promise.
pub fn text_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The path a mark is kept under: absolute (without resolving links), so running from
/// another directory finds the same marks.
pub fn mark_path(path: &str) -> String {
    std::path::absolute(Path::new(path))
        .map_or_else(|_| path.to_string(), |p| p.display().to_string())
}

/// Why a state file's text was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("does not start with {HEADER:?}")]
    Header,
    #[error("line {0} is not a hash and a path")]
    Line(usize),
}

/// The set of read marks, in the order they were made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadMarks {
    order: Vec<(u64, String)>,
    set: HashSet<(u64, String)>,
}

impl ReadMarks {
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    pub fn contains(&self, path: &str, hash: u64) -> bool {
        self.set.contains(&(hash, path.to_string()))
    }

    /// Marks `path` with text hash `hash` read; false when it already was.
    pub fn insert(&mut self, path: &str, hash: u64) -> bool {
        let key = (hash, path.to_string());
        if !self.set.insert(key.clone()) {
            return false;
        }
        self.order.push(key);
        true
    }

    /// Marks it unread; false when it was not marked.
    pub fn remove(&mut self, path: &str, hash: u64) -> bool {
        let key = (hash, path.to_string());
        if !self.set.remove(&key) {
            return false;
        }
        self.order.retain(|k| *k != key);
        true
    }

    /// Reads a state file's text. An empty text is an empty set (a file being created).
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let mut marks = ReadMarks::default();
        let mut lines = text.lines();
        match lines.next() {
            None => return Ok(marks),
            Some(HEADER) => {}
            Some(_) => return Err(ParseError::Header),
        }
        for (number, line) in lines.enumerate() {
            if line.is_empty() {
                continue;
            }
            let parsed = line.split_once('\t').and_then(|(hash, path)| {
                let valid = hash.len() == 16 && !path.is_empty();
                valid
                    .then(|| u64::from_str_radix(hash, 16).ok())
                    .flatten()
                    .map(|hash| (hash, path))
            });
            let Some((hash, path)) = parsed else {
                return Err(ParseError::Line(number + 2));
            };
            marks.insert(path, hash);
        }
        Ok(marks)
    }

    /// The state file's text: the header, then one `hash<TAB>path` line per mark, the newest
    /// [`MAX_MARKS`]. A path with a line break cannot be written on one line and is left out.
    pub fn serialise(&self) -> String {
        let mut out = String::with_capacity(32 + self.order.len() * 64);
        out.push_str(HEADER);
        out.push('\n');
        let skip = self.order.len().saturating_sub(MAX_MARKS);
        for (hash, path) in self.order.iter().skip(skip) {
            if path.contains(['\n', '\r']) {
                continue;
            }
            out.push_str(&format!("{hash:016x}\t{path}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_and_tells_texts_apart() {
        // FNV-1a's published value for "a", so the hash cannot drift between versions.
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(text_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(text_hash("Putin spoke."), text_hash("Putin spoke!"));
    }

    #[test]
    fn marks_round_trip_through_the_file_text() {
        let mut marks = ReadMarks::default();
        assert!(marks.insert("/news/a.txt", 1));
        assert!(marks.insert("/news/with\ttab b.txt", u64::MAX));
        assert!(!marks.insert("/news/a.txt", 1));
        let text = marks.serialise();
        assert!(text.starts_with("briefing read marks 1\n"), "{text}");
        assert_eq!(ReadMarks::parse(&text), Ok(marks));
    }

    #[test]
    fn a_mark_is_for_one_text_of_one_path() {
        let mut marks = ReadMarks::default();
        marks.insert("/a", 7);
        assert!(marks.contains("/a", 7));
        assert!(!marks.contains("/a", 8));
        assert!(!marks.contains("/b", 7));
        assert!(marks.remove("/a", 7));
        assert!(!marks.remove("/a", 7));
        assert!(marks.is_empty());
    }

    #[test]
    fn corrupt_text_is_an_error_naming_the_line() {
        assert_eq!(ReadMarks::parse("garbage"), Err(ParseError::Header));
        let bad = "briefing read marks 1\n00000000000000ff\t/a\nnot a mark\n";
        assert_eq!(ReadMarks::parse(bad), Err(ParseError::Line(3)));
        let short = "briefing read marks 1\nff\t/a\n";
        assert_eq!(ReadMarks::parse(short), Err(ParseError::Line(2)));
        assert_eq!(ReadMarks::parse(""), Ok(ReadMarks::default()));
    }

    #[test]
    fn paths_with_line_breaks_are_left_out_and_the_oldest_marks_dropped() {
        let mut marks = ReadMarks::default();
        marks.insert("/bad\nname", 1);
        for i in 0..(MAX_MARKS as u64 + 2) {
            marks.insert("/a", i);
        }
        let parsed = ReadMarks::parse(&marks.serialise());
        let Ok(parsed) = parsed else {
            panic!("{parsed:?}");
        };
        assert_eq!(parsed.len(), MAX_MARKS);
        assert!(!parsed.contains("/a", 0) && !parsed.contains("/a", 1));
        assert!(parsed.contains("/a", MAX_MARKS as u64 + 1));
    }
}
