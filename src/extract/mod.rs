//! Text in, annotations out: sentences, names and their kinds, entities, dates and quotations.
//!
//! Everything here is pure and deterministic: no I/O, no clock, no randomness. The only shared
//! state is the gazetteer, built once from the compiled-in assets.

pub mod gazetteer;
pub mod segment;

use crate::model::{Annotations, Span};

/// Finds everything the extractor knows how to find in `text`.
pub fn extract(text: &str) -> Annotations {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    Annotations {
        paragraphs,
        sentences,
        entities: Vec::new(),
        quotes: Vec::new(),
    }
}

/// Longest title, in characters, before it is shortened on a word boundary.
const TITLE_MAX_CHARS: usize = 80;

/// The first line when it reads as a headline, else the first sentence, shortened on a word
/// boundary.
pub fn title(text: &str, annotations: &Annotations) -> String {
    let first_line = text.lines().map(str::trim).find(|line| !line.is_empty());
    let Some(line) = first_line else {
        return String::new();
    };
    let headline = line.chars().count() <= TITLE_MAX_CHARS
        && !line.ends_with(['.', ',', ';', ':'])
        && text.lines().filter(|l| !l.trim().is_empty()).count() > 1;
    let chosen = if headline {
        line
    } else {
        annotations
            .sentences
            .first()
            .map(|s| s.slice(text).trim())
            .unwrap_or(line)
    };
    shorten(chosen, TITLE_MAX_CHARS)
}

fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max_chars.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max_chars.saturating_sub(1)).collect();
    }
    out.push('…');
    out
}

/// Trims whitespace off both ends of a span.
pub fn trim_span(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    Span::new(start, end.max(start))
}
