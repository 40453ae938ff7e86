//! Quotations without marks: block quotations after a speech verb and a colon, and pull
//! quotations a page prints twice.

use super::attribution::attribution_before;
use super::{Context, quote_overlapping, sentence_of};
use crate::extract::hash::FastMap;
use crate::model::{Quote, QuoteKind, Source, SourceRule, Span};

/// A quotation without marks, its span and inner span the same.
/// Its source is found by `rule`: a quotation without marks is known by its speaker.
fn unmarked_quote(
    context: &Context,
    span: Span,
    source: Source,
    cue: Option<Span>,
    rule: SourceRule,
) -> Quote {
    let mut quote = Quote::new(span, span);
    quote.set_source(Some(source));
    quote.set_cue(cue);
    quote.set_kind(QuoteKind::Quotation);
    quote.set_source_rule(Some((rule, context.resolution(source))));
    quote
}

pub(super) fn is_double_quotation_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Whether `text` holds a double quotation mark. Each mark starts with '"' or the lead byte of
/// “ ” „ or « », so only those places are decoded.
pub(super) fn has_double_quotation_mark(text: &str) -> bool {
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()).any(|at| {
        text[at..]
            .chars()
            .next()
            .is_some_and(is_double_quotation_mark)
    })
}

/// Whether `text` has at least `n` words, as `split_whitespace` splits them.
pub(super) fn has_words(text: &str, n: usize) -> bool {
    let mut words = 0;
    crate::extract::segment::word_initials(text, |_| {
        words += 1;
        words < n
    });
    words >= n
}

/// Whether a quotation someone said stands within `span` (scare quotes may: a block
/// quotation holds them).
fn speech_within(quotes: &[Quote], span: Span) -> bool {
    let first = quotes.partition_point(|q| q.span().end <= span.start);
    quotes[first..]
        .iter()
        .take_while(|q| q.span().start < span.end)
        .any(Quote::is_quotation)
}

/// Block quotations: a paragraph that ends with a speech verb and a colon ("the Church denied
/// these allegations:") introduces the next paragraph as its words when that paragraph has no
/// quotation marks of its own. The quotation runs until a sentence that reports speech
/// itself ("They also claimed …"), where narration resumes.
pub(super) fn block_quotes(
    context: &Context,
    paragraphs: &[Span],
    sentences: &[Span],
    quotes: &[Quote],
) -> Vec<Quote> {
    let text = context.text;
    let mut out = Vec::new();
    for pair in paragraphs.windows(2) {
        let (intro, block) = (pair[0], pair[1]);
        if !intro.slice(text).ends_with(':') || speech_within(quotes, block) {
            continue;
        }
        let Some(last_sentence) = sentence_of(sentences, intro.end - 1) else {
            continue;
        };
        let sentence = sentences[last_sentence];
        let floor = context.token_at(sentence.start);
        let limit = context.token_at(intro.end);
        let found = attribution_before(context, floor, limit.saturating_sub(1), SourceRule::Block);
        let Some((attribution, source)) = found.and_then(|a| Some((a, a.source?))) else {
            continue;
        };
        let first = sentences.partition_point(|s| s.end <= block.start);
        let mut end = block.start;
        for quoted in sentences[first..].iter().take_while(|s| s.end <= block.end) {
            let from = context.token_at(quoted.start);
            let to = context.token_at(quoted.end);
            if (from..to).any(|k| context.is_cue(k)) {
                break;
            }
            end = quoted.end;
        }
        if end > block.start {
            let span = Span::new(block.start, end);
            out.push(unmarked_quote(
                context,
                span,
                source,
                attribution.cue,
                SourceRule::Block,
            ));
        }
    }
    out
}

/// Pull quotations: news pages repeat a striking sentence of a quotation in large type, often
/// with the speaker's name under it, and the text keeps both copies. A sentence of eight words
/// or more that occurs exactly twice, once or twice outside quotation marks, is such a
/// quotation wherever it stands unmarked, when it has a source; neighbouring repeated
/// sentences of one paragraph are one quotation. Its source is the name on the line right
/// after it ("… suppressive. Valeska Paris", or a line "Charles Bolden, NASA Administrator"),
/// else its other copy's: the quotation the twin stands in, or the twin's own name line.
pub(super) fn pull_quotes(
    context: &Context,
    paragraphs: &[Span],
    sentences: &[Span],
    quotes: &[Quote],
) -> Vec<Quote> {
    const MIN_WORDS: usize = 8;
    let text = context.text;
    let key = |s: Span| pull_key(text, s);
    // Each sentence's words: how many times they occur, and the first two sentences. Every
    // sentence is counted, and only those printed twice are asked whether they are long
    // enough: all copies of the same words are.
    let mut copies: FastMap<&str, (usize, usize, usize)> =
        FastMap::with_capacity_and_hasher(sentences.len(), Default::default());
    for (index, &sentence) in sentences.iter().enumerate() {
        copies
            .entry(key(sentence))
            .and_modify(|(count, _, second)| {
                if *count == 1 {
                    *second = index;
                }
                *count += 1;
            })
            .or_insert((1, index, 0));
    }
    // Each unmarked copy and the index of its twin.
    let mut pulled: Vec<(usize, usize)> = Vec::new();
    let twins = copies
        .iter()
        .filter(|&(words, &(count, _, _))| count == 2 && has_words(words, MIN_WORDS));
    for (_, &(_, first, second)) in twins {
        for (copy, twin) in [(first, second), (second, first)] {
            let sentence = sentences[copy];
            let unmarked = !has_double_quotation_mark(sentence.slice(text))
                && quote_overlapping(quotes, sentence).is_none();
            if unmarked {
                pulled.push((copy, twin));
            }
        }
    }
    if pulled.is_empty() {
        return Vec::new();
    }
    pulled.sort_unstable();
    let paragraph_of = |offset: usize| paragraphs.partition_point(|p| p.end <= offset);
    // Runs of neighbouring pulled sentences in one paragraph, with their twins.
    let mut runs: Vec<(Span, Vec<usize>)> = Vec::new();
    for &(copy, twin) in &pulled {
        let sentence = sentences[copy];
        match runs.last_mut() {
            Some((span, twins))
                if sentence_of(sentences, span.end - 1) == copy.checked_sub(1)
                    && paragraph_of(span.start) == paragraph_of(sentence.start) =>
            {
                span.end = sentence.end;
                twins.push(twin);
            }
            _ => runs.push((sentence, vec![twin])),
        }
    }
    let sources = pull_sources(context, sentences, quotes, &runs);
    // Without a name under it or a quoted twin, a repeated sentence is only repeated.
    runs.into_iter()
        .zip(sources)
        .filter_map(|((span, _), found)| {
            let (source, rule) = found?;
            Some(unmarked_quote(context, span, source, None, rule))
        })
        .collect()
}

/// The words a pull quotation is matched by: its sentence without spaces and marks around.
fn pull_key(text: &str, span: Span) -> &str {
    span.slice(text)
        .trim_matches(|c: char| c.is_whitespace() || is_double_quotation_mark(c))
}

/// Each run's source: the name line right after it, else its twin's speaker (the quotation
/// the twin stands in, or the twin run's own name line).
fn pull_sources(
    context: &Context,
    sentences: &[Span],
    quotes: &[Quote],
    runs: &[(Span, Vec<usize>)],
) -> Vec<Option<(Source, SourceRule)>> {
    let text = context.text;
    let key = |s: Span| pull_key(text, s);
    let mut sources: Vec<Option<(Source, SourceRule)>> = runs
        .iter()
        .map(|(span, _)| {
            context
                .name_right_after(*span)
                .map(|s| (s, SourceRule::DashLine))
        })
        .collect();
    for (index, (_, twins)) in runs.iter().enumerate() {
        if sources[index].is_some() {
            continue;
        }
        let twin_source = twins.iter().find_map(|&twin| {
            let at = sentences[twin];
            if let Some(q) = quote_overlapping(quotes, at) {
                // Only a twin wholly inside a quotation's words shares its speaker.
                let words = key(at);
                let inside = quotes[q].inner().slice(text).contains(words);
                let source = quotes[q].source().filter(|_| inside);
                return source.map(|s| (s, SourceRule::Repeated));
            }
            // Runs are sorted and apart: a binary search, so a text printed twice over
            // (every sentence a twin) stays linear.
            let run = runs.partition_point(|(span, _)| span.end <= at.start);
            runs.get(run)
                .filter(|(span, _)| span.covers(at))
                .and_then(|_| sources[run])
                .map(|(s, _)| (s, SourceRule::Repeated))
        });
        sources[index] = twin_source;
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_counts_and_marks_agree_with_the_char_by_char_forms() {
        for text in [
            "",
            " ",
            "one",
            "  one two\tthree\nfour\u{b}five\u{c}six\rseven eight ",
            "one\u{a0}two\u{2003}three\u{1c}four",
            "é è ê ë “quoted” «angle» „low”",
            "a b c d e f g",
            "a b c d e f g h",
        ] {
            let count = text.split_whitespace().count();
            for n in 0..10 {
                assert_eq!(has_words(text, n), count >= n, "{text:?} {n}");
            }
            assert_eq!(
                has_double_quotation_mark(text),
                text.contains(is_double_quotation_mark),
                "{text:?}"
            );
        }
    }
}
