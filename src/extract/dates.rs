//! Dates: weekdays, months with or without day and year, and years.
//!
//! "Wednesday", "December 2024", "May 18, 2015", "14 September", "in 2015". A month that is
//! also a common word ("May", "March") counts only next to a number or after a preposition of
//! time; a bare number counts as a year only between 1800 and 2099 after such a preposition.

use std::sync::LazyLock;

use super::lexicon;
use super::segment::{Token, TokenKind};
use crate::model::Span;

/// `word` without any repeats of `ending` at its end, like `trim_end_matches`, whose searcher
/// cost more to set up than these short comparisons.
fn strip_all_suffixes<'w>(mut word: &'w str, ending: &str) -> &'w str {
    while let Some(stem) = word.strip_suffix(ending) {
        word = stem;
    }
    word
}

fn is_day_number(word: &str) -> bool {
    let digits = ["st", "nd", "rd", "th"]
        .into_iter()
        .fold(word, strip_all_suffixes);
    digits.len() <= 2
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.chars().all(|c| c.is_ascii_digit())
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2099).contains(&y))
}

/// Whether a word starting with each byte may be a weekday or a month, by the lists' first
/// letters: one lookup for every token instead of one in each list.
static DAY_INITIALS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    std::array::from_fn(|byte| {
        let byte = byte as u8;
        lexicon::WEEKDAYS.has_word_starting_with(byte)
            || lexicon::MONTHS.has_word_starting_with(byte)
    })
});

/// Date spans in text order; they never overlap.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Span> {
    let word = |i: usize| tokens.get(i).map(|t| t.text(text)).unwrap_or("");
    let same_sentence = |a: usize, b: usize| {
        tokens
            .get(a)
            .zip(tokens.get(b))
            .is_some_and(|(x, y)| x.sentence == y.sentence)
    };
    let before_is_time_word = |i: usize| {
        i.checked_sub(1).is_some_and(|p| {
            lexicon::with_lower(word(p), |w| lexicon::TIME_PREPOSITIONS.contains(&w))
        })
    };
    // A year is a number of four digits: its token's length says so before its text is read.
    let may_be_year = |token: &Token| token.kind == TokenKind::Number && token.span.len() == 4;
    let day_initials = &*DAY_INITIALS;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        // Punctuation is no weekday, month or year.
        if token.kind == TokenKind::Punct {
            i += 1;
            continue;
        }
        // Most words start with no weekday's or month's letter and can only be a year. The
        // first byte is read from the text directly: taking every token's text as a string
        // first was most of this loop. (An empty token's byte is the next one's, which at
        // most lets its empty text be looked up in vain.)
        let may_name_a_day =
            (text.as_bytes().get(token.span.start)).is_some_and(|&b| day_initials[usize::from(b)]);
        if !may_name_a_day {
            if may_be_year(token) && is_year(word(i)) && before_is_time_word(i) {
                out.push(token.span);
            }
            i += 1;
            continue;
        }
        let w = word(i);
        let stem = super::names::strip_possessive(w);
        if lexicon::WEEKDAYS.contains(&stem) {
            let start = tokens[i].span.start;
            out.push(Span::new(start, start + stem.len()));
            i += 1;
            continue;
        }
        if lexicon::MONTHS.contains(&stem) {
            let start = tokens[i].span.start;
            let mut end = start + stem.len();
            let mut j = i + 1;
            let mut has_number = false;
            // "14 September": a day before the month.
            let mut first = i;
            if i > 0 && is_day_number(word(i - 1)) && same_sentence(i - 1, i) {
                first = i - 1;
                has_number = true;
            }
            if same_sentence(i, j) && is_day_number(word(j)) && stem.len() == w.len() {
                end = tokens[j].span.end;
                has_number = true;
                j += 1;
                if word(j) == "," && is_year(word(j + 1)) && same_sentence(i, j + 1) {
                    end = tokens[j + 1].span.end;
                    j += 2;
                }
            }
            if same_sentence(i, j) && is_year(word(j)) && stem.len() == w.len() {
                end = tokens[j].span.end;
                has_number = true;
                j += 1;
            }
            let ambiguous = lexicon::AMBIGUOUS_MONTHS.contains(&stem);
            let sentence_start = tokens[i].sentence_start;
            if !ambiguous || has_number || (before_is_time_word(i) && !sentence_start) {
                let start = tokens[first].span.start;
                if out.last().is_some_and(|last: &Span| last.end > start) {
                    out.pop();
                }
                out.push(Span::new(start, end));
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        if may_be_year(token) && is_year(w) && before_is_time_word(i) {
            out.push(token.span);
        }
        i += 1;
    }
    out
}
