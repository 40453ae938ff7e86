//! Seats named by several places joined with dashes: Canadian ridings ("the MP for Sault Ste.
//! Marie—Algoma", "who represents Gaspésie—Les Îles-de-la-Madeleine—Listuguj") are one
//! place, though each of their parts reads as a name of its own.

use super::{Evidence, NameMention, is_capitalised};
use crate::extract::lexicon;
use crate::model::{Kind, Span};

const DASH: &str = "—";

/// How many words a part of a seat's name may have ("Sault Ste. Marie" has three).
const MAX_PART_WORDS: usize = 5;

/// How long a word of a seat's name may be.
const MAX_WORD_CHARS: usize = 40;

pub(super) const RIDING_RULE: &str = "seat named by places joined with dashes";

/// Replaces the names inside each seat named by dash-joined places after a seat's cue ("MP
/// for", "riding of", "represents") with the one place they make.
pub(super) fn join_ridings(text: &str, out: &mut Vec<NameMention>) {
    let mut seats: Vec<Span> = Vec::new();
    // The dashes written against words are few; each is read once, and one inside a seat
    // already found is past.
    for at in memchr::memmem::find_iter(text.as_bytes(), DASH.as_bytes()) {
        if seats.last().is_some_and(|seat| at < seat.end) {
            continue;
        }
        if let Some(seat) = seat_around(text, at) {
            seats.push(seat);
        }
    }
    super::replace_names_within(
        out,
        &seats,
        (Kind::Place, Evidence::Likely, None, RIDING_RULE),
    );
}

/// The seat's name around the dash at byte `dash`: capitalised parts joined by dashes with
/// no space, the first right after a seat's cue.
fn seat_around(text: &str, dash: usize) -> Option<Span> {
    let before = &text[..dash];
    let after = &text[dash + DASH.len()..];
    if !before.ends_with(char::is_alphabetic) || !after.starts_with(char::is_uppercase) {
        return None;
    }
    let start = part_start(text, dash)?;
    let mut end = dash;
    loop {
        let rest = &text[end..];
        let Some(part) = rest.strip_prefix(DASH) else {
            break;
        };
        end += DASH.len() + part_length(part)?;
    }
    Some(Span::new(start, end))
}

/// Where the first part of a seat's name starts, reading back from the dash at `dash`: up to
/// a few capitalised words, right after a seat's cue.
fn part_start(text: &str, dash: usize) -> Option<usize> {
    let mut start = dash;
    for _ in 0..MAX_PART_WORDS {
        let word_start = word_start_before(text, start)?;
        let word = &text[word_start..start];
        if !is_capitalised(word) {
            return None;
        }
        start = word_start;
        let lead = text[..start].trim_end();
        if lexicon::SEAT_CUES
            .iter()
            .any(|cue| ends_with_words(lead, cue))
        {
            return Some(start);
        }
        if !text[..start].ends_with(' ') {
            return None;
        }
        start -= 1;
    }
    None
}

/// Where the word ending at byte `end` starts, read back over at most [`MAX_WORD_CHARS`]
/// characters (a text without spaces is not read back to its start at every dash).
fn word_start_before(text: &str, end: usize) -> Option<usize> {
    let before = &text[..end];
    let mut start = end;
    for (k, c) in before.char_indices().rev().take(MAX_WORD_CHARS + 1) {
        if c.is_whitespace() || c == '(' || c == '—' {
            return Some(start);
        }
        start = k;
    }
    (start == 0).then_some(0)
}

/// The length of a seat's part at the start of `rest`: capitalised words (particles of
/// places allowed inside: "Les Îles-de-la-Madeleine"), one space apart, without a full stop
/// that ends the sentence.
fn part_length(rest: &str) -> Option<usize> {
    let mut length = 0;
    for count in 0..MAX_PART_WORDS {
        let from = &rest[length..];
        let word_length = from
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’')))
            .unwrap_or(from.len());
        let word = &from[..word_length];
        if !is_capitalised(word) {
            // (The space before a word that is no part of the name is not the name's.)
            return (count > 0).then(|| length - 1);
        }
        length += word_length;
        // ("Beauport—Limoilou. The …": a full stop no abbreviation's ends the sentence, and
        // is the seat's only where another part follows it.)
        let after = &rest[length..];
        let stop_ends = word
            .strip_suffix('.')
            .is_some_and(|stem| !lexicon::contains(lexicon::ABBREVIATIONS, stem));
        if stop_ends && !after.starts_with(DASH) {
            return Some(length - 1);
        }
        if stop_ends || !after.starts_with(' ') {
            return Some(length);
        }
        length += 1;
    }
    Some(length - 1)
}

/// Whether `text` ends with the words of `cue`, a whole word at its start.
fn ends_with_words(text: &str, cue: &str) -> bool {
    text.strip_suffix(cue)
        .is_some_and(|head| head.is_empty() || head.ends_with([' ', '(', '\n']))
}
