//! Searching an article's text as the reader types, folded the way [`crate::text::fold`]
//! says (case, diacritics, apostrophes, quotation marks, dashes), on texts of any length.
//!
//! A search never holds its hits: a 60 MB article has millions of them, and a list of spans
//! would cost tens of bytes each. It finds what the screen needs when asked — the hits on
//! the rows shown, the next or previous hit from a position — and a [`Tally`] counts the rest
//! once: on the spot for a short text, on a thread of its own for a long one, so typing never
//! waits for it. The tally keeps one checkpoint per 64 KiB of text (hits before it, where the
//! scan resumes), which is what makes counting a hit's place, skipping stretches without hits
//! and drawing the scrollbar's marks cheap.
//!
//! Hits are leftmost and non-overlapping, counted from the start of the text, and each covers
//! whole characters of the original text (a trailing combining mark included), so its span can
//! be drawn and copied as is.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::model::Span;
use crate::text::fold::{fold_char, fold_query, may_start_with};

/// Bytes of text per checkpoint of a tally.
const CHUNK: usize = 64 * 1024;
/// Texts up to this long are counted on the spot; longer ones in the background.
const COUNT_AT_ONCE: usize = 1 << 20;
/// Bytes a keystroke reads looking for the first hit before the count has come in.
const TYPING_BUDGET: usize = 4 << 20;

/// A folded query, ready to be matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    folded: Vec<char>,
    /// Which bytes may start a hit: ASCII folding to the first character, and lead bytes of
    /// characters that may fold to it. Never a continuation byte, so a candidate is always a
    /// character boundary.
    starts: [bool; 256],
}

impl Pattern {
    /// The pattern for `query`, or `None` when it folds to nothing.
    pub fn new(query: &str) -> Option<Self> {
        let folded = fold_query(query);
        let first = *folded.first()?;
        let mut starts = [false; 256];
        for (byte, start) in starts.iter_mut().enumerate() {
            *start = u8::try_from(byte).is_ok_and(|b| may_start_with(first, b));
        }
        Some(Pattern { folded, starts })
    }

    /// The end of a hit starting at `start`, when one does.
    fn match_at(&self, text: &str, start: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let wanted = &self.folded;
        let mut matched = 0;
        let mut at = start;
        while matched < wanted.len() {
            let byte = *bytes.get(at)?;
            if byte.is_ascii() {
                if fold_char(char::from(byte)).as_slice() != [wanted[matched]] {
                    return None;
                }
                matched += 1;
                at += 1;
                continue;
            }
            let c = text.get(at..)?.chars().next()?;
            let folded = fold_char(c);
            let folded = folded.as_slice();
            if folded.is_empty() && matched == 0 {
                return None;
            }
            if wanted.get(matched..matched + folded.len()) != Some(folded) {
                return None;
            }
            matched += folded.len();
            at += c.len_utf8();
        }
        // A combining mark after the last character belongs to it.
        while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
            if c.is_ascii() || !fold_char(c).as_slice().is_empty() {
                break;
            }
            at += c.len_utf8();
        }
        Some(at)
    }

    /// The first match starting in `from..to`, overlapping ones included: the caller decides
    /// where to go on from.
    fn next_match(&self, text: &str, from: usize, to: usize) -> Option<Span> {
        let bytes = text.as_bytes();
        let to = to.min(bytes.len());
        let mut at = from;
        while at < to {
            at += bytes
                .get(at..to)?
                .iter()
                .position(|&b| self.starts[usize::from(b)])?;
            if let Some(end) = self.match_at(text, at) {
                return Some(Span::new(at, end));
            }
            at += 1;
        }
        None
    }

    /// The non-overlapping hits starting in `from..to`, scanning from `from`.
    fn hits(&self, text: &str, from: usize, to: usize) -> impl Iterator<Item = Span> {
        let mut at = from;
        std::iter::from_fn(move || {
            let hit = self.next_match(text, at, to)?;
            at = hit.end.max(hit.start + 1);
            Some(hit)
        })
    }
}

/// Every hit counted, with one checkpoint per [`CHUNK`] bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Checkpoint `i`, at the first character boundary at or after `i * CHUNK`: where the scan
    /// of that stretch resumes (past a hit reaching into it) and how many hits start before.
    checkpoints: Vec<(usize, usize)>,
    total: usize,
}

impl Tally {
    /// Counts every hit of `pattern` in `text`; `None` when `cancel` is set on the way.
    pub fn count(text: &str, pattern: &Pattern, cancel: &AtomicBool) -> Option<Tally> {
        let mut checkpoints = Vec::with_capacity(text.len() / CHUNK + 1);
        let mut total = 0;
        let mut resume = 0;
        for chunk in 0..text.len().div_ceil(CHUNK).max(1) {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let start = boundary(text, chunk * CHUNK);
            let end = boundary(text, (chunk + 1) * CHUNK);
            resume = resume.max(start);
            checkpoints.push((resume, total));
            for hit in pattern.hits(text, resume, end) {
                total += 1;
                resume = hit.end;
            }
        }
        Some(Tally { checkpoints, total })
    }

    /// Hits starting in stretch `chunk`.
    fn in_chunk(&self, chunk: usize) -> usize {
        let next = self
            .checkpoints
            .get(chunk + 1)
            .map_or(self.total, |(_, before)| *before);
        next - self
            .checkpoints
            .get(chunk)
            .map_or(next, |(_, before)| *before)
    }
}

/// The first character boundary at or after `at` (the end past the text).
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A count running on its own thread. Dropping the last copy of the search stops it.
#[derive(Debug)]
struct Counting {
    result: Arc<Mutex<Option<Tally>>>,
    cancel: Arc<AtomicBool>,
}

impl Drop for Counting {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// The article search: what was typed, the hit the walk is on, and the count.
#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    /// The hit `n`/`N` last went to (or typing found), if any.
    pub current: Option<Span>,
    pattern: Option<Arc<Pattern>>,
    tally: Option<Arc<Tally>>,
    counting: Option<Arc<Counting>>,
}

impl PartialEq for Search {
    fn eq(&self, other: &Self) -> bool {
        self.query == other.query && self.current == other.current
    }
}

impl Eq for Search {}

impl Search {
    /// Starts searching `text` for `query`: a short text is counted at once, a long one on a
    /// thread of its own (see [`Search::poll`]).
    pub fn new(query: &str, text: &Arc<String>) -> Self {
        let pattern = Pattern::new(query).map(Arc::new);
        let mut search = Search {
            query: query.to_string(),
            current: None,
            pattern: pattern.clone(),
            tally: None,
            counting: None,
        };
        let Some(pattern) = pattern else {
            search.tally = Some(Arc::new(Tally {
                checkpoints: Vec::new(),
                total: 0,
            }));
            return search;
        };
        if text.len() <= COUNT_AT_ONCE {
            search.tally = Tally::count(text, &pattern, &AtomicBool::new(false)).map(Arc::new);
            return search;
        }
        let result = Arc::new(Mutex::new(None));
        let cancel = Arc::new(AtomicBool::new(false));
        let (shared, into, stop) = (Arc::clone(text), Arc::clone(&result), Arc::clone(&cancel));
        let counted = Arc::clone(&pattern);
        let spawned = std::thread::Builder::new()
            .name("search-count".into())
            .spawn(move || {
                if let Some(tally) = Tally::count(&shared, &counted, &stop)
                    && let Ok(mut slot) = into.lock()
                {
                    *slot = Some(tally);
                }
            });
        match spawned {
            Ok(_) => search.counting = Some(Arc::new(Counting { result, cancel })),
            // No thread to be had: count here rather than never.
            Err(_) => {
                search.tally = Tally::count(text, &pattern, &AtomicBool::new(false)).map(Arc::new)
            }
        }
        search
    }

    /// Takes the background count when it has finished; true when it just did.
    pub fn poll(&mut self) -> bool {
        let Some(counting) = &self.counting else {
            return false;
        };
        let tally = counting.result.lock().ok().and_then(|mut slot| slot.take());
        match tally {
            Some(tally) => {
                self.tally = Some(Arc::new(tally));
                self.counting = None;
                true
            }
            None => false,
        }
    }

    /// Blocks until the count is in (tests and benchmarks; the UI polls).
    pub fn wait(&mut self) {
        while self.counting.is_some() && !self.poll() {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    /// How many hits the text holds, once counted.
    pub fn total(&self) -> Option<usize> {
        self.tally.as_ref().map(|t| t.total)
    }

    /// The hits reaching into `range`, in text order: what the rows on screen light.
    pub fn hits_in(&self, text: &str, range: Span) -> Vec<Span> {
        let Some(pattern) = &self.pattern else {
            return Vec::new();
        };
        // A hit reaching into the range starts at most a few characters before it; with the
        // tally the scan starts at the stretch's checkpoint, so hits match the count's.
        let from = match &self.tally {
            Some(tally) => {
                let chunk = range.start.saturating_sub(pattern.folded.len() * 4) / CHUNK;
                tally
                    .checkpoints
                    .get(chunk)
                    .map_or(0, |(resume, _)| *resume)
            }
            None => boundary(text, range.start.saturating_sub(pattern.folded.len() * 4)),
        };
        pattern
            .hits(text, from, range.end)
            .filter(|hit| hit.end > range.start)
            .collect()
    }

    /// The first hit starting in `from..to`.
    pub fn first_in(&self, text: &str, from: usize, to: usize) -> Option<Span> {
        let pattern = self.pattern.as_deref()?;
        let Some(tally) = &self.tally else {
            return pattern.hits(text, boundary(text, from), to).next();
        };
        let to = to.min(text.len());
        let mut chunk = from / CHUNK;
        while chunk < tally.checkpoints.len() && chunk * CHUNK < to {
            if tally.in_chunk(chunk) > 0 {
                let resume = tally.checkpoints[chunk].0;
                let end = boundary(text, (chunk + 1) * CHUNK).min(to);
                if let Some(hit) = pattern.hits(text, resume, end).find(|h| h.start >= from) {
                    return Some(hit);
                }
            }
            chunk += 1;
        }
        None
    }

    /// The first hit at or after `from`, else the first of the text. Before the count is in,
    /// only [`TYPING_BUDGET`] bytes are read each way, so a keystroke stays quick.
    pub fn first_from(&self, text: &str, from: usize) -> Option<Span> {
        let budget = if self.tally.is_some() {
            usize::MAX
        } else {
            TYPING_BUDGET
        };
        self.first_in(text, from, from.saturating_add(budget))
            .or_else(|| self.first_in(text, 0, from.min(budget)))
    }

    /// The last hit starting before `before`, wrapping to the last of the text.
    pub fn last_before(&self, text: &str, before: usize) -> Option<Span> {
        self.last_in(text, before)
            .or_else(|| self.last_in(text, text.len() + 1))
    }

    fn last_in(&self, text: &str, before: usize) -> Option<Span> {
        let pattern = self.pattern.as_deref()?;
        let mut chunk = before.min(text.len()).saturating_sub(1) / CHUNK;
        loop {
            let (resume, skip) = match &self.tally {
                Some(tally) => (
                    tally.checkpoints.get(chunk).map_or(0, |(r, _)| *r),
                    tally.in_chunk(chunk) == 0,
                ),
                None => (boundary(text, chunk * CHUNK), false),
            };
            if !skip {
                let end = boundary(text, (chunk + 1) * CHUNK).min(before);
                if let Some(hit) = pattern.hits(text, resume, end).last() {
                    return Some(hit);
                }
            }
            chunk = chunk.checked_sub(1)?;
        }
    }

    /// The place of `hit` among all hits, from 0, once counted.
    pub fn ordinal(&self, text: &str, hit: Span) -> Option<usize> {
        let pattern = self.pattern.as_deref()?;
        let tally = self.tally.as_ref()?;
        let chunk = hit.start / CHUNK;
        let (resume, before) = *tally.checkpoints.get(chunk)?;
        Some(before + pattern.hits(text, resume, hit.start).count())
    }

    /// Whether the count is still running.
    pub fn counting(&self) -> bool {
        self.tally.is_none()
    }
}

/// Every hit of `query` in `text`, in text order: a whole scan, for short texts and tests.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    match Pattern::new(query) {
        Some(pattern) => pattern.hits(text, 0, text.len()).collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn finds_every_hit_ignoring_case() {
        assert_eq!(
            found("Moscow, MOSCOW and moscow’s", "moscow"),
            ["Moscow", "MOSCOW", "moscow"]
        );
    }

    #[test]
    fn typed_apostrophes_quotes_and_plain_letters_find_typeset_text() {
        let text = "Ahmed al-Shara’a met Sharaa’s envoy in Zürich. “We will stay,” he said.";
        assert_eq!(found(text, "al-shara'a"), ["al-Shara’a"]);
        assert_eq!(found(text, "sharaa's"), ["Sharaa’s"]);
        assert_eq!(found(text, "zurich"), ["Zürich"]);
        assert_eq!(found(text, "\"we will"), ["“We will"]);
        assert_eq!(found(text, "ZÜRICH"), ["Zürich"]);
    }

    #[test]
    fn a_hit_keeps_a_combining_mark_after_it() {
        let text = "Zu\u{0308}rich and Zürich";
        assert_eq!(found(text, "zu"), ["Zu\u{0308}", "Zü"]);
        assert_eq!(found(text, "zurich"), ["Zu\u{0308}rich", "Zürich"]);
    }

    #[test]
    fn hits_do_not_overlap_and_handle_multibyte_text() {
        assert_eq!(find_all("aaaa", "aa").len(), 2);
        let text = "Ünal met ÜNAL";
        assert_eq!(find_all(text, "ünal").len(), 2);
        assert_eq!(find_all(text, "unal").len(), 2);
        assert!(find_all(text, "").is_empty());
        assert!(find_all(text, "\u{0308}").is_empty());
    }

    /// A text longer than one stretch, with hits straddling stretch boundaries.
    fn long_text() -> String {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < CHUNK * 5 + 100 {
            text.push_str(if i % 7 == 0 {
                "Zürich’s aaa "
            } else {
                "plain words "
            });
            i += 1;
        }
        text
    }

    #[test]
    fn the_tally_walks_and_counts_the_same_hits_as_a_whole_scan() {
        let text = Arc::new(long_text());
        for query in ["zurich's", "aa", "a", "s", "nothing here"] {
            let all = find_all(&text, query);
            let search = Search::new(query, &text);
            assert_eq!(search.total(), Some(all.len()), "{query}");
            let mut walked = Vec::new();
            let mut at = search.first_in(&text, 0, text.len());
            while let Some(hit) = at {
                walked.push(hit);
                at = search.first_in(&text, hit.end, text.len());
            }
            assert_eq!(walked, all, "{query}");
            for (place, hit) in all.iter().enumerate().step_by(97) {
                assert_eq!(search.ordinal(&text, *hit), Some(place), "{query}");
                let previous = search.last_before(&text, hit.start);
                let expected = if place == 0 {
                    all.last()
                } else {
                    all.get(place - 1)
                };
                assert_eq!(previous.as_ref(), expected, "{query}");
            }
            let range = Span::new(CHUNK - 40, CHUNK + 40);
            let shown: Vec<Span> = all
                .iter()
                .copied()
                .filter(|h| h.end > range.start && h.start < range.end)
                .collect();
            assert_eq!(search.hits_in(&text, range), shown, "{query}");
        }
    }

    #[test]
    fn a_long_text_is_counted_in_the_background() {
        let text = Arc::new(long_text().repeat(4));
        assert!(text.len() > COUNT_AT_ONCE);
        let mut search = Search::new("zurich", &text);
        // The first hit is found before the count is in.
        assert!(search.first_from(&text, 0).is_some());
        search.wait();
        assert_eq!(search.total(), Some(find_all(&text, "zurich").len()));
        assert!(!search.counting());
    }
}
