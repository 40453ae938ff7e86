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

use crate::model::{Annotations, Briefing, Document, Entity, Kind, Span};

/// Finds everything the extractor knows how to find in `text`.
pub fn extract(text: &str) -> Annotations {
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let tokens = segment::tokens(text, &sentences);
    let names = names::find(text, &tokens);
    let mut entities = aliases::group(text, &names);
    // Each stage's list is freed once the next has what it needs: a text of a name or a date
    // every few bytes holds about a hundred bytes per name and twenty per date.
    drop(names);
    aliases::nest_known_names(text, &mut entities);
    let mut dates = dates::find(text, &tokens);
    settle_dates_and_names(&mut entities, &mut dates);
    entities.extend(date_entities(text, &dates));
    drop(dates);
    // Nearly every mention overlaps no other: both steps settle those at once.
    let overlapping = overlapping_spans(&entities);
    remove_overlaps(&mut entities, &overlapping);
    drop_names_only_inside_others(&mut entities, &overlapping);
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
/// `overlapping` holds every mention that overlaps another ([`overlapping_spans`]).
fn remove_overlaps(entities: &mut Vec<Entity>, overlapping: &[Span]) {
    for entity in entities.iter_mut() {
        // Of an entity's own mentions that nest ("New York" in "New York City"), the longer
        // comes first and stays.
        entity
            .mentions
            .sort_unstable_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        entity.mentions.dedup();
    }
    // A mention that overlaps no other cannot cross one, nor be crossed: it stays without
    // being asked about or kept for the others to be asked against.
    let mut kept = KeptSpans::default();
    for entity in entities.iter_mut() {
        let mut own: Option<Span> = None;
        entity.mentions.retain(|&m| {
            if m.is_empty() {
                return false;
            }
            if overlapping.binary_search(&m).is_ok() {
                let own_overlap = own.is_some_and(|o| o.overlaps(m));
                if own_overlap || kept.crosses(m) {
                    return false;
                }
                kept.insert(m);
            }
            own = Some(m);
            true
        });
    }
    entities.retain(|e| !e.mentions.is_empty());
}

/// The mentions (of any entity, none empty) that overlap another, sorted: one sweep in text
/// order, each span asked about the spans before it (how far they reach) and the one after it.
/// A mention repeated in one entity counts as overlapping.
fn overlapping_spans(entities: &[Entity]) -> Vec<Span> {
    let mut spans: Vec<Span> = (entities.iter())
        .flat_map(|e| e.mentions.iter().copied())
        .filter(|m| !m.is_empty())
        .collect();
    spans.sort_unstable();
    let mut overlapping = Vec::new();
    let mut reach = 0;
    for (index, &span) in spans.iter().enumerate() {
        let next_starts_inside = spans
            .get(index + 1)
            .is_some_and(|next| next.start < span.end);
        if reach > span.start || next_starts_inside {
            overlapping.push(span);
        }
        reach = reach.max(span.end);
    }
    overlapping
}

/// A name the text only ever uses inside a longer name ("England" in "the Bank of England",
/// "Kenya" in "Athletics Kenya") is part of that name, not something the story is about: its
/// entity goes. Inside an organisation's name a place or a body is the organisation's word
/// even where the text also names it alone: "Delhi" in "Delhi Transport Corporation",
/// "Kenya" in "Central Bank of Kenya", as news annotation reads them; inside a place's or a
/// person's name ("Kowloon" in "Kowloon West") a name also used alone keeps its mention.
/// Mentions no longer cross here ([`remove_overlaps`]), so one sweep in text order finds the
/// enclosed ones; a mention outside `overlapping` (those that overlapped another before) is
/// inside none.
fn drop_names_only_inside_others(entities: &mut Vec<Entity>, overlapping: &[Span]) {
    let mut standalone = vec![false; entities.len()];
    let mut spans: Vec<(Span, usize)> = Vec::new();
    for (index, entity) in entities.iter().enumerate() {
        if entity.kind == Kind::Date {
            continue;
        }
        for &m in &entity.mentions {
            if overlapping.binary_search(&m).is_ok() {
                spans.push((m, index));
            } else {
                standalone[index] = true;
            }
        }
    }
    spans.sort_unstable_by_key(|(m, _)| (m.start, std::cmp::Reverse(m.end)));
    let mut inside_a_body: Vec<(usize, Span)> = Vec::new();
    // The span reaching furthest before the current run of equal spans: a span ending at or
    // before its end sits inside it, and opens it when it starts where it does.
    let mut widest_before: Option<(Span, usize)> = None;
    let mut widest: Option<(Span, usize)> = None;
    let mut previous: Option<Span> = None;
    for &(span, index) in &spans {
        if previous != Some(span) {
            widest_before = widest;
        }
        match widest_before {
            Some((outer, owner)) if previous.is_some() && span.end <= outer.end => {
                if entities[owner].kind == Kind::Organization {
                    inside_a_body.push((index, span));
                }
            }
            _ => standalone[index] = true,
        }
        if widest.is_none_or(|(outer, _)| span.end > outer.end) {
            widest = Some((span, index));
        }
        previous = Some(span);
    }
    // Each entity's mentions are read once, however many of them a body's name holds.
    inside_a_body.sort_unstable_by_key(|&(index, span)| (index, span.start, span.end));
    for run in inside_a_body.chunk_by(|a, b| a.0 == b.0) {
        let entity = &mut entities[run[0].0];
        if matches!(entity.kind, Kind::Place | Kind::Organization) {
            entity.mentions.retain(|m| {
                run.binary_search_by_key(&(m.start, m.end), |&(_, s)| (s.start, s.end))
                    .is_err()
            });
        }
    }
    let mut index = 0;
    entities.retain(|e| {
        let keep = e.kind == Kind::Date || (standalone[index] && !e.mentions.is_empty());
        index += 1;
        keep
    });
}

/// The spans [`remove_overlaps`] has kept, as (start, end) pairs in order: a B-tree, so that
/// a text of many overlapping names stays linear-logarithmic.
#[derive(Default)]
struct KeptSpans(BTreeSet<(usize, usize)>);

impl KeptSpans {
    fn insert(&mut self, m: Span) {
        self.0.insert((m.start, m.end));
    }

    /// Whether `m` crosses a kept span: one starting inside `m` that ends after it (or `m`
    /// itself), or one starting before `m` that ends inside it. Those starting before `m` are
    /// looked for among the 16 nearest start offsets only: nesting keeps the list short, and
    /// the bound keeps a text of many overlapping names linear.
    fn crosses(&self, m: Span) -> bool {
        let holds_or_overhangs =
            |&(s, e): &(usize, usize)| (s > m.start && e > m.end) || (s == m.start && e == m.end);
        if self
            .0
            .range((m.start, 0)..(m.end, 0))
            .any(holds_or_overhangs)
        {
            return true;
        }
        let mut starts = 0;
        let mut previous_start = None;
        for &(s, e) in self.0.range(..(m.start, 0)).rev() {
            if previous_start != Some(s) {
                previous_start = Some(s);
                starts += 1;
                if starts > 16 {
                    break;
                }
            }
            if e > m.start && e < m.end {
                return true;
            }
        }
        false
    }
}

/// Longest title, in characters, before it is shortened on a word boundary.
const TITLE_MAX_CHARS: usize = 80;

impl Briefing {
    /// Runs the extractor over a loaded document.
    pub fn from_document(document: Document) -> Self {
        let annotations = extract(&document.text);
        // A page's or a feed item's own headline is the title; a plain text's is read from it.
        let title = headline(document.meta.as_deref())
            .unwrap_or_else(|| title(&document.text, &annotations));
        Briefing {
            id: document.id,
            path: document.path,
            title,
            text: std::sync::Arc::new(document.text),
            annotations,
            meta: document.meta,
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

/// The title a briefing's source gives it (a page's headline, a feed item's title), shortened
/// as a title read from the text is.
pub fn headline(meta: Option<&crate::model::Meta>) -> Option<String> {
    meta?
        .title
        .as_deref()
        .map(|title| shorten(title, TITLE_MAX_CHARS))
}

/// `text` with its runs of whitespace made single spaces, cut on a word boundary to fewer
/// than `max_chars` characters and ended with "…" when it has more. The words are joined only
/// until they pass `max_chars`: a first sentence may be a whole text of megabytes.
fn shorten(text: &str, max_chars: usize) -> String {
    // Room for `max_chars` characters of four bytes at most, or the whole text.
    let mut joined = String::with_capacity(text.len().min(max_chars * 4));
    let mut joined_chars = 0;
    for word in text.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
            joined_chars += 1;
        }
        joined.push_str(word);
        joined_chars += word.chars().count();
        if joined_chars > max_chars {
            break;
        }
    }
    if joined_chars <= max_chars {
        return joined;
    }
    // The words that fit are among those joined, which run past `max_chars`.
    cut_on_word(&joined, max_chars)
}

/// Words joined by single spaces (more than `max_chars` characters of them) cut on a word
/// boundary to fewer than `max_chars` characters and ended with "…".
fn cut_on_word(joined: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for word in joined.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max_chars.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = joined.chars().take(max_chars.saturating_sub(1)).collect();
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
mod overlap_tests {
    use super::*;

    fn kept(spans: &[(usize, usize)]) -> KeptSpans {
        let mut kept = KeptSpans::default();
        for &(start, end) in spans {
            kept.insert(Span::new(start, end));
        }
        kept
    }

    #[test]
    fn a_span_sharing_a_kept_span_s_start_nests_in_either_order() {
        let longer_first = kept(&[(10, 30)]);
        assert!(!longer_first.crosses(Span::new(10, 20)));
        let shorter_first = kept(&[(10, 20)]);
        assert!(!shorter_first.crosses(Span::new(10, 30)));
        assert!(shorter_first.crosses(Span::new(15, 30)));
        assert!(shorter_first.crosses(Span::new(10, 20)));
    }

    #[test]
    fn a_span_ending_inside_counts_only_among_the_sixteen_nearest_starts() {
        // (0, 100) ends inside (95, 105); sixteen spans start between them, then seventeen.
        let near: Vec<(usize, usize)> = (0..=16).map(|k| (k * 5, 100)).collect();
        let sixteen_between = kept(&near[..16]);
        assert!(sixteen_between.crosses(Span::new(95, 105)));
        let mut far = vec![(0, 100)];
        far.extend((1..=16).map(|k| (k * 5, k * 5 + 1)));
        let seventeen_before = kept(&far);
        assert!(!seventeen_before.crosses(Span::new(95, 105)));
        assert!(kept(&far[..16]).crosses(Span::new(95, 105)));
    }

    /// [`remove_overlaps`] with every mention asked about the kept spans.
    fn remove_overlaps_asking_every_mention(entities: &mut Vec<Entity>) {
        let mut kept = KeptSpans::default();
        for entity in entities.iter_mut() {
            let mut own: Option<Span> = None;
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

    /// An unnamed entity of `kind` with a mention at each (start, length).
    fn entity(kind: Kind, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            name: String::new(),
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: (mentions.iter())
                .map(|&(start, len)| Span::new(start, start + len))
                .collect(),
            grounds: Default::default(),
        }
    }

    proptest::proptest! {
        /// Nesting, crossing, repeated and empty spans of a few entities over a short text.
        #[test]
        fn mentions_overlapping_no_other_stay_unasked(
            spans in proptest::collection::vec(
                proptest::collection::vec((0usize..120, 0usize..30), 1..24),
                1..10,
            ),
        ) {
            let entities: Vec<Entity> = (spans.iter())
                .map(|mentions| entity(Kind::Person, mentions))
                .collect();
            let mut asked_about_all = entities.clone();
            remove_overlaps_asking_every_mention(&mut asked_about_all);
            let mut kept = entities;
            let overlapping = overlapping_spans(&kept);
            remove_overlaps(&mut kept, &overlapping);
            proptest::prop_assert_eq!(kept, asked_about_all);
        }

        /// Names inside others, some opening an organisation's, beside dates.
        #[test]
        fn names_overlapping_no_other_stand_on_their_own(
            spans in proptest::collection::vec(
                (0usize..4, proptest::collection::vec((0usize..120, 1usize..30), 1..12)),
                1..10,
            ),
        ) {
            const KINDS: [Kind; 4] = [Kind::Person, Kind::Place, Kind::Organization, Kind::Date];
            let mut entities: Vec<Entity> = (spans.iter())
                .map(|(kind, mentions)| entity(KINDS[*kind], mentions))
                .collect();
            let overlapping = overlapping_spans(&entities);
            remove_overlaps(&mut entities, &overlapping);
            let mut every_span: Vec<Span> =
                entities.iter().flat_map(|e| e.mentions.iter().copied()).collect();
            every_span.sort_unstable();
            let mut swept_whole = entities.clone();
            drop_names_only_inside_others(&mut swept_whole, &every_span);
            drop_names_only_inside_others(&mut entities, &overlapping);
            proptest::prop_assert_eq!(entities, swept_whole);
        }
    }
}

#[cfg(test)]
mod shorten_tests {
    use super::{cut_on_word, shorten};
    use proptest::prelude::*;

    /// The words joined whole, then cut: what `shorten` gives without joining them all.
    fn joined_then_cut(text: &str, max_chars: usize) -> String {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.chars().count() <= max_chars {
            return text;
        }
        cut_on_word(&text, max_chars)
    }

    proptest! {
        #[test]
        fn shortens_as_the_joined_words_would(
            text in "[a-zé ’\\t\\n]{0,40}|( ?[A-Za-z]{1,30}[ \\n]{1,3}){0,8}",
            max_chars in 0usize..24,
        ) {
            prop_assert_eq!(shorten(&text, max_chars), joined_then_cut(&text, max_chars));
        }
    }
}
