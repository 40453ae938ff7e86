//! Paragraphs and sentences.

use crate::model::Span;

/// Paragraphs: runs of non-blank lines... (first cut: every non-empty line is a paragraph,
/// as briefings put one paragraph on a line).
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let span = super::trim_span(text, Span::new(start, start + line.len()));
        if !span.is_empty() {
            out.push(span);
        }
        start += line.len();
    }
    out
}

/// Sentences within paragraphs.
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let _ = text;
    paragraphs.to_vec()
}
