//! Text in, annotations out: sentences, names and their kinds, entities, dates and quotations.
//!
//! Everything here is pure and deterministic: no I/O, no clock, no randomness. The only shared
//! state is the gazetteer, built once from the compiled-in assets.

pub mod aliases;
pub mod dates;
pub mod gazetteer;
pub mod hash;
pub mod lexicon;
pub mod names;
pub mod quotes;
pub mod segment;

use crate::model::{Annotations, Entity, Kind, Span};

/// Finds everything the extractor knows how to find in `text`.
pub fn extract(text: &str) -> Annotations {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let tokens = segment::tokens(text, &sentences);
    let names = names::find(text, &tokens);
    let mut entities = aliases::group(text, &names);
    aliases::nest_known_names(text, &mut entities);
    entities.extend(date_entities(text, &dates::find(text, &tokens)));
    remove_overlaps(&mut entities);
    entities.sort_by_key(|e| e.mentions.first().copied().unwrap_or_default());
    let quotes = quotes::find(text, &paragraphs, &sentences, &tokens, &entities);
    Annotations {
        paragraphs,
        sentences,
        entities,
        quotes,
    }
}

/// Dates grouped by their exact text: "Wednesday" twice is one entity.
fn date_entities(text: &str, spans: &[Span]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    for &span in spans {
        let surface = span.slice(text);
        match entities.iter_mut().find(|e| e.name == surface) {
            Some(entity) => entity.mentions.push(span),
            None => entities.push(Entity {
                name: surface.to_string(),
                kind: Kind::Date,
                aliases: Vec::new(),
                roles: Vec::new(),
                mentions: vec![span],
            }),
        }
    }
    entities
}

/// Keeps mentions from crossing: a name may sit inside another ("Texas" in "University of
/// Texas"), but two mentions that cross, or the same span twice, keep only the one found
/// first (names before dates, in entity order). Entities left without mentions are dropped.
fn remove_overlaps(entities: &mut Vec<Entity>) {
    let mentions = entities.iter().map(|e| e.mentions.len()).sum();
    let mut kept = KeptSpans::with_capacity(mentions);
    for entity in entities.iter_mut() {
        let mut own: Option<Span> = None;
        // Of an entity's own mentions that nest ("New York" in "New York City"), the longer
        // comes first and stays.
        entity
            .mentions
            .sort_unstable_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        entity.mentions.dedup();
        entity.mentions.retain(|&m| {
            let own_overlap = own.is_some_and(|o| o.overlaps(m));
            if m.is_empty() || own_overlap || kept.crosses(m) {
                return false;
            }
            own = Some(m);
            kept.insert(m);
            true
        });
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// Spans kept by [`remove_overlaps`], as sorted (start, end) pairs; nested spans may share a
/// start.
struct KeptSpans {
    by_start: SortedPairs,
    /// The same spans as (end, start): whether any span ends inside a mention is one range
    /// query, and nearly always answered "none".
    by_end: SortedPairs,
    /// How many pairs a vector holds before they move to a B-tree.
    few: usize,
}

impl Default for KeptSpans {
    fn default() -> Self {
        KeptSpans::with_capacity(0)
    }
}

/// Pairs kept sorted and unique: in a vector while they are few (a binary search and a short
/// move per insert, several times cheaper than a B-tree's), in a B-tree once they are many,
/// so inserting stays cheap however many a huge text keeps.
enum SortedPairs {
    Few(Vec<(usize, usize)>),
    Many(std::collections::BTreeSet<(usize, usize)>),
}

impl SortedPairs {
    /// The pairs from `from` (inclusive) to `to` (exclusive), in order.
    fn range(&self, from: (usize, usize), to: (usize, usize)) -> PairRange<'_> {
        match self {
            SortedPairs::Few(pairs) => {
                let first = pairs.partition_point(|&p| p < from);
                let end = first + pairs[first..].partition_point(|&p| p < to);
                PairRange::Few(pairs[first..end].iter())
            }
            SortedPairs::Many(pairs) if from < to => PairRange::Many(pairs.range(from..to)),
            SortedPairs::Many(_) => PairRange::Few([].iter()),
        }
    }

    /// Inserts `pair`, moving the pairs to a B-tree once there are more than `few`.
    fn insert(&mut self, pair: (usize, usize), few: usize) {
        match self {
            SortedPairs::Few(pairs) => {
                let at = pairs.partition_point(|&p| p < pair);
                if pairs.get(at) != Some(&pair) {
                    pairs.insert(at, pair);
                }
                if pairs.len() > few {
                    *self = SortedPairs::Many(pairs.drain(..).collect());
                }
            }
            SortedPairs::Many(pairs) => {
                pairs.insert(pair);
            }
        }
    }
}

/// The pairs of a [`SortedPairs::range`].
enum PairRange<'p> {
    Few(std::slice::Iter<'p, (usize, usize)>),
    Many(std::collections::btree_set::Range<'p, (usize, usize)>),
}

impl Iterator for PairRange<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            PairRange::Few(pairs) => pairs.next().copied(),
            PairRange::Many(pairs) => pairs.next().copied(),
        }
    }
}

impl DoubleEndedIterator for PairRange<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            PairRange::Few(pairs) => pairs.next_back().copied(),
            PairRange::Many(pairs) => pairs.next_back().copied(),
        }
    }
}

impl KeptSpans {
    /// Room for `spans` (as many as the vectors will hold), so they never grow.
    fn with_capacity(spans: usize) -> Self {
        const FEW: usize = 1024;
        let pairs = || SortedPairs::Few(Vec::with_capacity(spans.min(FEW + 1)));
        KeptSpans {
            by_start: pairs(),
            by_end: pairs(),
            few: FEW,
        }
    }

    /// Spans starting inside `m` must end inside it; spans starting before `m` that end
    /// inside it cross it (among those of the 16 nearest starts before `m`). Nesting keeps
    /// these lists short.
    fn crosses(&self, m: Span) -> bool {
        // A kept span sharing m's start holds m when it ends later; any other kept span
        // starting inside m must end inside it.
        let inside =
            |(s, e): (usize, usize)| (s > m.start && e > m.end) || (s == m.start && e == m.end);
        if self.by_start.range((m.start, 0), (m.end, 0)).any(inside) {
            return true;
        }
        // Spans starting before `m` that end inside it, nearest start first; only if there
        // are any, walk back to the 16th nearest start to see whether one is that near.
        let mut ending_inside = self
            .by_end
            .range((m.start + 1, 0), (m.end, 0))
            .map(|(_, s)| s)
            .filter(|&s| s < m.start)
            .peekable();
        if ending_inside.peek().is_none() {
            return false;
        }
        let nearest = ending_inside.max().unwrap_or(0);
        let mut starts = 0;
        let mut previous_start = None;
        for (s, _) in self.by_start.range((0, 0), (m.start, 0)).rev() {
            if previous_start != Some(s) {
                previous_start = Some(s);
                starts += 1;
            }
            if starts > 16 || s < nearest {
                return false;
            }
            if s == nearest {
                return true;
            }
        }
        false
    }

    fn insert(&mut self, m: Span) {
        self.by_start.insert((m.start, m.end), self.few);
        self.by_end.insert((m.end, m.start), self.few);
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
        && text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .nth(1)
            .is_some();
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

#[cfg(test)]
mod kept_spans_tests {
    use super::*;

    /// The plain form of [`KeptSpans::crosses`]: scan back over the 16 nearest starts.
    fn crosses_by_scan(kept: &std::collections::BTreeSet<(usize, usize)>, m: Span) -> bool {
        let inside =
            |(s, e): (usize, usize)| (s > m.start && e > m.end) || (s == m.start && e == m.end);
        let mut starts = 0;
        let mut previous_start = None;
        let mut near = |&(s, _): &(usize, usize)| {
            if previous_start != Some(s) {
                previous_start = Some(s);
                starts += 1;
            }
            starts <= 16
        };
        let ends_inside = |(_, e): (usize, usize)| e > m.start && e < m.end;
        kept.range((m.start, 0)..(m.end, 0)).copied().any(inside)
            || kept
                .range(..(m.start, 0))
                .rev()
                .take_while(|p| near(p))
                .copied()
                .any(ends_inside)
    }

    #[test]
    fn a_span_sharing_a_kept_span_s_start_nests_in_either_order() {
        let mut longer_first = KeptSpans::default();
        longer_first.insert(Span::new(10, 30));
        assert!(!longer_first.crosses(Span::new(10, 20)));
        let mut shorter_first = KeptSpans::default();
        shorter_first.insert(Span::new(10, 20));
        assert!(!shorter_first.crosses(Span::new(10, 30)));
        assert!(shorter_first.crosses(Span::new(15, 30)));
    }

    #[test]
    fn the_end_index_answers_like_the_scan() {
        // A fixed pseudo-random sequence of spans, short and long, over a small text so
        // that nesting, sharing starts and crossing all happen often.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for round in 0..200 {
            // Odd rounds move their spans from vectors to B-trees early on.
            let mut kept = KeptSpans {
                few: if round % 2 == 0 { 1024 } else { 20 },
                ..KeptSpans::default()
            };
            let mut all = std::collections::BTreeSet::new();
            let text_len = 20 + round * 5;
            for _ in 0..300 {
                let start = next(text_len);
                let len = if next(4) == 0 { next(60) } else { next(6) } + 1;
                let m = Span::new(start, start + len);
                let expected = crosses_by_scan(&all, m);
                assert_eq!(kept.crosses(m), expected, "{m:?} in round {round}");
                if !expected {
                    kept.insert(m);
                    all.insert((m.start, m.end));
                }
            }
            let is_many = matches!(kept.by_start, SortedPairs::Many(_));
            assert_eq!(is_many, round % 2 == 1 && all.len() > 20, "round {round}");
        }
    }
}
