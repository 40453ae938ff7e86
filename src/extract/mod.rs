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

use std::collections::BTreeSet;
use std::ops::Range;

use crate::model::{Annotations, Briefing, Document, Entity, Kind, Span};

/// Finds everything the extractor knows how to find in `text`.
pub fn extract(text: &str) -> Annotations {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let tokens = segment::tokens(text, &sentences);
    let names = names::find(text, &tokens);
    let mut entities = aliases::group(text, &names);
    aliases::nest_known_names(text, &mut entities);
    let mut dates = dates::find(text, &tokens);
    settle_dates_and_names(&mut entities, &mut dates);
    entities.extend(date_entities(text, &dates));
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
fn date_entities(text: &str, dates: &[dates::DateMention]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    // Each surface's entity, so that a text of many different dates is not read once per
    // date.
    let mut by_surface: hash::FastMap<&str, usize> = hash::FastMap::default();
    for date in dates {
        let span = date.span;
        let surface = span.slice(text);
        match by_surface.get(surface) {
            Some(&index) => entities[index].mentions.push(span),
            None => {
                by_surface.insert(surface, entities.len());
                entities.push(Entity {
                    name: surface.to_string(),
                    kind: Kind::Date,
                    aliases: Vec::new(),
                    roles: Vec::new(),
                    mentions: vec![span],
                    grounds: crate::model::Grounds {
                        grouped_by: Default::default(),
                        kind_rule: "date",
                    },
                });
            }
        }
    }
    entities
}

/// Where a date and a name share words, decides which keeps them. A name that runs past a
/// date on both sides holds it ("Good Friday Agreement", "Expo 2020"): the date goes. A date
/// whose own words make it one (`sure`: "Apr 3", "Easter", "Canada Day") takes its words
/// from a name found over or across them ("Apr", "Easter" as a person, "Canada"): that
/// mention goes. Otherwise the name found first stays, as [`remove_overlaps`] keeps it.
fn settle_dates_and_names(entities: &mut [Entity], dates: &mut Vec<dates::DateMention>) {
    if dates.is_empty() {
        return;
    }
    let mut held = vec![false; dates.len()];
    for entity in entities.iter_mut() {
        entity.mentions.retain(|&m| {
            // Dates are in text order and never overlap: those overlapping `m` are a run.
            let first = dates.partition_point(|d| d.span.end <= m.start);
            let mut keep = true;
            for (k, date) in dates[first..].iter().enumerate() {
                if date.span.start >= m.end {
                    break;
                }
                if m.covers(date.span) && m != date.span {
                    held[first + k] = true;
                } else if date.sure {
                    keep = false;
                }
            }
            keep
        });
    }
    let mut index = 0;
    dates.retain(|_| {
        index += 1;
        !held[index - 1]
    });
}

/// Keeps mentions from crossing: a name may sit inside another ("Texas" in "University of
/// Texas"), but two mentions that cross, or the same span twice, keep only the one found
/// first (names before dates, in entity order). Entities left without mentions are dropped.
fn remove_overlaps(entities: &mut Vec<Entity>) {
    let mentions = entities.iter().map(|e| e.mentions.len()).sum();
    let all = entities.iter().flat_map(|e| &e.mentions);
    let text_end = all.map(|m| m.end).max().unwrap_or(0);
    let mut kept = KeptSpans::new(mentions, text_end);
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

/// Spans kept by [`remove_overlaps`], and the offsets where they start and end.
///
/// Nearly every mention is crossed by nothing kept: no kept span starts or ends inside it,
/// which the offsets' bits say at once. Only the few others ask the spans themselves, so
/// keeping a span is a push rather than an insert into sorted lists.
struct KeptSpans {
    starts: OffsetBits,
    ends: OffsetBits,
    spans: KeptPairs,
    /// How many spans a list holds before they move to B-trees.
    few: usize,
}

/// The kept spans as (start, end) pairs: in the order kept, scanned, while they are few;
/// sorted by start and by end in B-trees once they are many, so a huge text's questions stay
/// ranges.
enum KeptPairs {
    Few(Vec<(usize, usize)>),
    Many {
        by_start: BTreeSet<(usize, usize)>,
        /// The same spans as (end, start).
        by_end: BTreeSet<(usize, usize)>,
    },
}

impl KeptSpans {
    /// Room for `spans` (as many as the list will hold), so it never grows, over a text whose
    /// spans end at `text_end` at the latest.
    fn new(spans: usize, text_end: usize) -> Self {
        const FEW: usize = 256;
        KeptSpans {
            starts: OffsetBits::new(text_end),
            ends: OffsetBits::new(text_end),
            spans: KeptPairs::Few(Vec::with_capacity(spans.min(FEW + 1))),
            few: FEW,
        }
    }

    /// Spans starting inside `m` must end inside it; spans starting before `m` that end
    /// inside it cross it (among those of the 16 nearest starts before `m`). Nesting keeps
    /// these lists short.
    fn crosses(&self, m: Span) -> bool {
        let inner = m.start + 1..m.end;
        // A kept span sharing m's start holds m when it ends later; any other kept span
        // starting inside m must end inside it.
        let same_span = self.starts.contains(m.start) && self.ends.contains(m.end);
        if (same_span || self.starts.any(inner.clone())) && self.holds_or_overhangs(m) {
            return true;
        }
        if !self.ends.any(inner) {
            return false;
        }
        // Spans starting before `m` that end inside it cross it when the nearest start of
        // theirs is among the 16 nearest starts before `m`.
        let Some(nearest) = self.nearest_start_ending_inside(m) else {
            return false;
        };
        self.starts.count(nearest..m.start, 17) <= 16
    }

    /// Whether a kept span is `m` itself, or starts inside `m` and ends after it.
    fn holds_or_overhangs(&self, m: Span) -> bool {
        let inside =
            |(s, e): (usize, usize)| (s > m.start && e > m.end) || (s == m.start && e == m.end);
        match &self.spans {
            KeptPairs::Few(pairs) => pairs.iter().any(|&(s, e)| s < m.end && inside((s, e))),
            KeptPairs::Many { by_start, .. } => by_start
                .range((m.start, 0)..(m.end, 0))
                .copied()
                .any(inside),
        }
    }

    /// The latest start of the kept spans that start before `m` and end inside it.
    fn nearest_start_ending_inside(&self, m: Span) -> Option<usize> {
        let ends_inside = |(s, e): (usize, usize)| s < m.start && e > m.start && e < m.end;
        match &self.spans {
            KeptPairs::Few(pairs) => (pairs.iter().copied().filter(|&p| ends_inside(p)))
                .map(|(s, _)| s)
                .max(),
            KeptPairs::Many { by_end, .. } => (by_end.range((m.start + 1, 0)..(m.end, 0)))
                .map(|&(_, s)| s)
                .filter(|&s| s < m.start)
                .max(),
        }
    }

    fn insert(&mut self, m: Span) {
        self.starts.insert(m.start);
        self.ends.insert(m.end);
        match &mut self.spans {
            KeptPairs::Few(pairs) => {
                pairs.push((m.start, m.end));
                if pairs.len() > self.few {
                    self.spans = KeptPairs::Many {
                        by_start: pairs.iter().copied().collect(),
                        by_end: pairs.iter().map(|&(s, e)| (e, s)).collect(),
                    };
                }
            }
            KeptPairs::Many { by_start, by_end } => {
                by_start.insert((m.start, m.end));
                by_end.insert((m.end, m.start));
            }
        }
    }
}

/// A set of text offsets, one bit each.
struct OffsetBits(Vec<u64>);

impl OffsetBits {
    /// Room for the offsets up to `last`.
    fn new(last: usize) -> Self {
        OffsetBits(vec![0; last / 64 + 1])
    }

    fn insert(&mut self, offset: usize) {
        if let Some(word) = self.0.get_mut(offset / 64) {
            *word |= 1 << (offset % 64);
        }
    }

    fn contains(&self, offset: usize) -> bool {
        self.0
            .get(offset / 64)
            .is_some_and(|word| word & (1 << (offset % 64)) != 0)
    }

    fn any(&self, offsets: Range<usize>) -> bool {
        self.count(offsets, 1) > 0
    }

    /// How many offsets of `offsets` are in the set, counted a word at a time until there
    /// are `enough`.
    fn count(&self, offsets: Range<usize>, enough: u32) -> u32 {
        let mut count = 0;
        let mut at = offsets.start;
        while at < offsets.end && count < enough {
            let word_start = at - at % 64;
            let from = at % 64;
            let to = (offsets.end - word_start).min(64);
            // Bits `from..to` of the word; `to - from` is 1 to 64.
            let mask = (u64::MAX >> (64 - (to - from))) << from;
            let word = self.0.get(at / 64).copied().unwrap_or(0);
            count += (word & mask).count_ones();
            at = word_start + 64;
        }
        count
    }
}

/// Longest title, in characters, before it is shortened on a word boundary.
const TITLE_MAX_CHARS: usize = 80;

impl Briefing {
    /// Runs the extractor over a loaded document.
    pub fn from_document(document: Document) -> Self {
        let annotations = extract(&document.text);
        let title = title(&document.text, &annotations);
        Briefing {
            id: document.id,
            path: document.path,
            title,
            text: std::sync::Arc::new(document.text),
            annotations,
        }
    }
}

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
        let mut longer_first = KeptSpans::new(1, 64);
        longer_first.insert(Span::new(10, 30));
        assert!(!longer_first.crosses(Span::new(10, 20)));
        let mut shorter_first = KeptSpans::new(1, 64);
        shorter_first.insert(Span::new(10, 20));
        assert!(!shorter_first.crosses(Span::new(10, 30)));
        assert!(shorter_first.crosses(Span::new(15, 30)));
    }

    #[test]
    fn the_offset_bits_and_spans_answer_like_the_scan() {
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
            let text_len = 20 + round * 5;
            let mut kept = KeptSpans {
                few: if round % 2 == 0 { 1024 } else { 20 },
                ..KeptSpans::new(0, text_len + 60)
            };
            let mut all = std::collections::BTreeSet::new();
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
            let is_many = matches!(kept.spans, KeptPairs::Many { .. });
            assert_eq!(is_many, round % 2 == 1 && all.len() > 20, "round {round}");
        }
    }
}
