//! The rows of the entity and quote lists: grouped, counted, sorted and filtered.
//!
//! Rows are derived from a briefing and a filter; the app keeps what is selected by identity
//! (an entity index, a source name), so a new filter or new annotations never lose it.
//!
//! A filter is fuzzy (nucleo's matcher: letters in order, prefixes and word starts ranked
//! first) on text folded as the article search folds it, so `sharaa's` keeps “Sharaa’s” and
//! `zurich` keeps “Zürich”.

use std::cell::RefCell;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::Pane;
use crate::model::{Briefing, Kind, Quote};
use crate::text::fold::fold_str;

/// A typed list filter, ready to score names.
pub struct Filter {
    /// `None` when nothing is typed: everything is kept, unranked.
    pattern: Option<Pattern>,
    /// What was typed, folded, its words joined by one space: the text an exact, whole-word
    /// or prefix match is looked for with.
    folded: String,
}

/// How a name matches what was typed, best last: the tier goes above the fuzzy score, so
/// "Canada" ranks the place Canada above "Self-employed Canadians" however the letters of
/// the longer name happen to score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tier {
    /// Letters in order, scattered.
    Fuzzy,
    /// What was typed starts a word: "shara" in "Ahmed al-Shara’a".
    WordStart,
    /// What was typed starts the name or is a whole word of it: "canada" in "Bank of Canada".
    WholeWordOrPrefix,
    /// The name is what was typed, folded.
    Exact,
}

/// Nucleo's scores stay far below this; the tier is put above it.
const TIER_STEP: u32 = 1 << 24;

fn tier(name: &str, typed: &str) -> Tier {
    if typed.is_empty() {
        return Tier::Fuzzy;
    }
    if name == typed {
        return Tier::Exact;
    }
    let is_word_char = |c: char| c.is_alphanumeric();
    let mut best = Tier::Fuzzy;
    for (at, _) in name.match_indices(typed) {
        let starts_word = !name[..at].chars().next_back().is_some_and(is_word_char);
        let ends_word = !name[at + typed.len()..]
            .chars()
            .next()
            .is_some_and(is_word_char);
        let found = match (at == 0, starts_word, ends_word) {
            (true, _, _) | (_, true, true) => Tier::WholeWordOrPrefix,
            (false, true, false) => Tier::WordStart,
            _ => Tier::Fuzzy,
        };
        best = best.max(found);
    }
    best
}

thread_local! {
    /// One matcher per thread: it holds scratch memory that every score reuses.
    static MATCHER: RefCell<Matcher> = RefCell::new(Matcher::new({
        let mut config = Config::DEFAULT;
        config.prefer_prefix = true;
        config
    }));
}

impl Filter {
    pub fn new(typed: &str) -> Self {
        let folded = fold_str(typed);
        let pattern = (!folded.trim().is_empty())
            .then(|| Pattern::parse(&folded, CaseMatching::Ignore, Normalization::Never));
        let folded = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        Filter { pattern, folded }
    }

    pub fn is_empty(&self) -> bool {
        self.pattern.is_none()
    }

    /// How well `text` matches (higher is better), or `None` when the filter drops it: an
    /// exact match first, then a prefix or whole word, then a word start, then the fuzzy
    /// matcher's order within each. An empty filter keeps everything with score 0.
    pub fn score(&self, text: &str) -> Option<u32> {
        let Some(pattern) = &self.pattern else {
            return Some(0);
        };
        let folded = fold_str(text);
        let mut chars = Vec::new();
        let fuzzy = MATCHER.with(|matcher| {
            let mut matcher = matcher.try_borrow_mut().ok()?;
            pattern.score(Utf32Str::new(&folded, &mut chars), &mut matcher)
        })?;
        let flat = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        let tier = tier(&flat, &self.folded) as u32;
        Some(tier * TIER_STEP + fuzzy.min(TIER_STEP - 1))
    }

    /// The best score among `texts`.
    pub fn best<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> Option<u32> {
        texts.into_iter().filter_map(|t| self.score(t)).max()
    }
}

/// Filters typed into the list panes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub briefings: String,
    pub entities: String,
    pub quotes: String,
}

/// The list panes' state: each list's rows as derived from the briefings and its filter, what
/// is selected in it (by identity), its sort order and first row shown, and the entity
/// list's concordance.
#[derive(Debug, Clone, Default)]
pub struct Lists {
    pub(super) filters: Filters,
    pub(super) selected_entity: Option<usize>,
    pub(super) selected_quote: Option<QuoteRow>,
    pub(super) entity_rows: Vec<EntityRow>,
    pub(super) quote_rows: Vec<QuoteRow>,
    pub(super) briefing_rows: Vec<usize>,
    /// The first row shown of the briefing, entity and quote lists.
    pub(super) list_tops: [usize; 3],
    pub(super) entity_sort: EntitySort,
    pub(super) briefing_sort: BriefingSort,
    /// Whether the entity pane shows the concordance (`c`) in place of the list.
    pub(super) context_lines: bool,
    /// The concordance row (an index into the selected entity's mentions) while `c` shows it.
    pub(super) concordance_row: usize,
}

impl Lists {
    /// The filter typed into list `pane`.
    pub(super) fn filter_mut(&mut self, pane: Pane) -> Option<&mut String> {
        match pane {
            Pane::Briefings => Some(&mut self.filters.briefings),
            Pane::Entities => Some(&mut self.filters.entities),
            Pane::Quotes => Some(&mut self.filters.quotes),
            Pane::Article => None,
        }
    }

    /// Derives every list's rows again, the entity and quote lists from briefing `current`;
    /// a selection the new rows no longer show moves to the first row.
    pub(super) fn rebuild(&mut self, briefings: &[&Briefing], current: usize) {
        self.briefing_rows = briefing_rows(briefings, &self.filters.briefings);
        if self.briefing_sort != BriefingSort::FileName {
            let sort = self.briefing_sort;
            self.briefing_rows
                .sort_by(|&a, &b| sort.compare(briefings, a, b));
        }
        let Some(briefing) = briefings.get(current) else {
            return;
        };
        self.entity_rows = sorted_entity_rows(briefing, &self.filters.entities, self.entity_sort);
        self.quote_rows = quote_rows(briefing, &self.filters.quotes);
        let entity_shown = |i: usize| self.entity_rows.contains(&EntityRow::Entity(i));
        if !self.selected_entity.is_some_and(entity_shown) {
            self.selected_entity = self.first_entity();
        }
        if !self
            .selected_quote
            .as_ref()
            .is_some_and(|q| self.quote_rows.contains(q))
        {
            self.selected_quote = self.quote_rows.first().cloned();
        }
    }

    /// The row index of the selection in list `pane`; the briefing list's is briefing
    /// `current`.
    pub(super) fn selected_row(&self, pane: Pane, current: usize) -> Option<usize> {
        match pane {
            Pane::Briefings => self.briefing_rows.iter().position(|&i| i == current),
            Pane::Entities => {
                let selected = self.selected_entity?;
                self.entity_rows
                    .iter()
                    .position(|row| *row == EntityRow::Entity(selected))
            }
            Pane::Quotes => {
                let selected = self.selected_quote.as_ref()?;
                self.quote_rows.iter().position(|row| row == selected)
            }
            Pane::Article => None,
        }
    }

    /// The entity on the first row of the entity list.
    pub(super) fn first_entity(&self) -> Option<usize> {
        self.entity_rows.iter().find_map(|row| match row {
            EntityRow::Entity(i) => Some(*i),
            EntityRow::Heading { .. } => None,
        })
    }

    /// Keeps or drops briefing `index` in the filtered briefing list after its title changed.
    /// One briefing at a time: a load delivers ten thousand of them, and filtering the whole
    /// list for each would grow with the square of the archive.
    pub(super) fn refilter_briefing(&mut self, briefings: &[&Briefing], index: usize) {
        let Some(briefing) = briefings.get(index) else {
            return;
        };
        let keep = briefing_matches(briefing, &self.filters.briefings);
        if self.briefing_sort != BriefingSort::FileName {
            // Its title or quotations may have moved it: take it out and put it back.
            self.briefing_rows.retain(|&row| row != index);
            if keep {
                let sort = self.briefing_sort;
                let at = self
                    .briefing_rows
                    .partition_point(|&row| sort.compare(briefings, row, index).is_lt());
                self.briefing_rows.insert(at, index);
            }
            return;
        }
        match (self.briefing_rows.binary_search(&index), keep) {
            (Ok(row), false) => {
                self.briefing_rows.remove(row);
            }
            (Err(row), true) => self.briefing_rows.insert(row, index),
            _ => {}
        }
    }
}

/// A row of the entity list: a kind's heading, or an entity (an index into the briefing's
/// entities). Headings cannot be selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntityRow {
    Heading { kind: Kind, count: usize },
    Entity(usize),
}

/// A row of the quote list: a source with its quote count, or a quote (an index into the
/// briefing's quotes). Both can be selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteRow {
    Source { name: String, count: usize },
    Quote(usize),
}

/// How the entity list orders each kind's entities (`s` cycles). Dates are always in time
/// order, the others as chosen; a filter ranks its best matches first whatever the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EntitySort {
    #[default]
    Mentions,
    Name,
    FirstAppearance,
}

impl EntitySort {
    pub fn next(self) -> Self {
        match self {
            EntitySort::Mentions => EntitySort::Name,
            EntitySort::Name => EntitySort::FirstAppearance,
            EntitySort::FirstAppearance => EntitySort::Mentions,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntitySort::Mentions => "by mentions",
            EntitySort::Name => "by name",
            EntitySort::FirstAppearance => "by first appearance",
        }
    }
}

/// How the briefing list is ordered (`s` in it cycles): as listed (by file name), by title,
/// or by number of quotations, most first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BriefingSort {
    #[default]
    FileName,
    Title,
    Quotations,
    /// Newest first, by the date the source gives (`Meta::date`); undated briefings last.
    Date,
}

impl BriefingSort {
    /// The next order; `dated` says whether any briefing has a date, else the date order
    /// (which would be the file order) is passed over.
    pub fn next(self, dated: bool) -> Self {
        match self {
            BriefingSort::FileName => BriefingSort::Title,
            BriefingSort::Title => BriefingSort::Quotations,
            BriefingSort::Quotations if dated => BriefingSort::Date,
            BriefingSort::Quotations | BriefingSort::Date => BriefingSort::FileName,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BriefingSort::FileName => "by file name",
            BriefingSort::Title => "by title",
            BriefingSort::Quotations => "by quotations",
            BriefingSort::Date => "by date",
        }
    }

    /// The order of briefings `a` and `b` (indices into `briefings`, listed by file name).
    pub fn compare(self, briefings: &[&Briefing], a: usize, b: usize) -> std::cmp::Ordering {
        let (Some(x), Some(y)) = (briefings.get(a), briefings.get(b)) else {
            return a.cmp(&b);
        };
        match self {
            BriefingSort::FileName => std::cmp::Ordering::Equal,
            BriefingSort::Title => fold_str(&x.title).cmp(&fold_str(&y.title)),
            BriefingSort::Quotations => y.quotes().len().cmp(&x.quotes().len()),
            BriefingSort::Date => match (briefing_date(x), briefing_date(y)) {
                (Some(x), Some(y)) => y.cmp(x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        }
        .then(a.cmp(&b))
    }
}

/// The briefing's date as the date order compares it.
fn briefing_date(briefing: &Briefing) -> Option<&str> {
    briefing.meta.as_deref()?.sortable_date()
}

/// Where a date's name falls in time, as far as it says: (year, month, day), each 0 when it
/// is not given, a date with no year after every dated one. "12 December 2024" and
/// "December 12, 2024" are (2024, 12, 12); "Wednesday" is (MAX, 0, 0).
pub fn time_key(name: &str) -> (u32, u32, u32) {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let (mut year, mut month, mut day) = (u32::MAX, 0, 0);
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        if let Ok(number) = word.parse::<u32>() {
            match (word.len(), number) {
                (4, 1000..=2999) => year = number,
                (1 | 2, 1..=31) => day = number,
                _ => {}
            }
        } else if word.len() >= 3 {
            let lower = word.to_lowercase();
            if let Some(index) = MONTHS.iter().position(|m| lower.starts_with(m)) {
                month = index as u32 + 1;
            }
        }
    }
    (year, month, day)
}

/// Entities grouped by kind (in [`Kind::ALL`] order), most-mentioned first, keeping those whose
/// name or an alias fuzzily matches `filter`; with a filter, the best matches come first, and
/// the kind holding the best match.
pub fn entity_rows(briefing: &Briefing, filter: &str) -> Vec<EntityRow> {
    sorted_entity_rows(briefing, filter, EntitySort::Mentions)
}

/// [`entity_rows`] in the order `sort` asks for.
pub fn sorted_entity_rows(briefing: &Briefing, filter: &str, sort: EntitySort) -> Vec<EntityRow> {
    let filter = Filter::new(filter);
    let entities = briefing.entities();
    let scores: Vec<Option<u32>> = entities
        .iter()
        .map(|e| {
            filter
                .best(std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str)))
        })
        .collect();
    let mut groups = Vec::new();
    for kind in Kind::ALL {
        let mut members: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].kind == kind && scores[i].is_some())
            .collect();
        if members.is_empty() {
            continue;
        }
        let first = |i: usize| entities[i].mentions.first().map_or(usize::MAX, |m| m.start);
        let by_name =
            |a: usize, b: usize| fold_str(&entities[a].name).cmp(&fold_str(&entities[b].name));
        members.sort_by(|&a, &b| {
            let chosen = match (kind, sort) {
                (Kind::Date, _) => time_key(&entities[a].name)
                    .cmp(&time_key(&entities[b].name))
                    .then_with(|| first(a).cmp(&first(b))),
                (_, EntitySort::Mentions) => {
                    entities[b].mentions.len().cmp(&entities[a].mentions.len())
                }
                (_, EntitySort::Name) => by_name(a, b),
                (_, EntitySort::FirstAppearance) => first(a).cmp(&first(b)),
            };
            scores[b]
                .cmp(&scores[a])
                .then(chosen)
                .then_with(|| by_name(a, b))
        });
        groups.push((kind, members));
    }
    // With a filter, the kind holding the best match comes first: "Canada" the place above
    // a group whose name only has its letters. Stable, so ties keep the kinds' order.
    if !filter.is_empty() {
        groups.sort_by_key(|(_, members)| {
            std::cmp::Reverse(members.first().and_then(|&i| scores[i]))
        });
    }
    let mut rows = Vec::new();
    for (kind, members) in groups {
        rows.push(EntityRow::Heading {
            kind,
            count: members.len(),
        });
        rows.extend(members.into_iter().map(EntityRow::Entity));
    }
    rows
}

/// The name a quote's source goes by: the entity it names, else its own words.
pub fn source_name(briefing: &Briefing, quote: &Quote) -> String {
    let Some(source) = quote.source() else {
        return "unattributed".to_string();
    };
    if let Some(entity) = source.entity.and_then(|i| briefing.entities().get(i)) {
        return entity.name.clone();
    }
    let words = briefing.slice(source.span).trim();
    if words.is_empty() {
        "unattributed".to_string()
    } else {
        words.to_string()
    }
}

/// The quotations (not scare quotes) of the source called `name`, in text order.
pub fn quotes_of(briefing: &Briefing, name: &str) -> Vec<usize> {
    let quotes = briefing.quotes();
    (0..quotes.len())
        .filter(|&i| quotes[i].is_quotation() && source_name(briefing, &quotes[i]) == name)
        .collect()
}

/// Quotations grouped by source, sources with the most quotes first (then by first quote),
/// keeping quotes whose words or source fuzzily match `filter`; with a filter, the sources
/// of the best matches come first. Scare quotes are left out, as the export files them
/// apart: the extractor decided which is which.
pub fn quote_rows(briefing: &Briefing, filter: &str) -> Vec<QuoteRow> {
    let filter = Filter::new(filter);
    let mut groups: Vec<(String, Vec<usize>, u32)> = Vec::new();
    let quotations = briefing.quotes().iter().enumerate();
    for (index, quote) in quotations.filter(|(_, q)| q.is_quotation()) {
        let name = source_name(briefing, quote);
        let Some(score) = filter.best([name.as_str(), briefing.slice(quote.inner())]) else {
            continue;
        };
        match groups.iter_mut().find(|(group, _, _)| *group == name) {
            Some((_, members, best)) => {
                members.push(index);
                *best = (*best).max(score);
            }
            None => groups.push((name, vec![index], score)),
        }
    }
    // A stable sort keeps sources with equal counts in order of their first quote.
    groups.sort_by_key(|group| (std::cmp::Reverse(group.2), std::cmp::Reverse(group.1.len())));
    let mut rows = Vec::new();
    for (name, members, _) in groups {
        rows.push(QuoteRow::Source {
            name,
            count: members.len(),
        });
        rows.extend(members.into_iter().map(QuoteRow::Quote));
    }
    rows
}

/// Briefings whose title or file name fuzzily match `filter`, as indices, in folder order.
pub fn briefing_rows(briefings: &[&Briefing], filter: &str) -> Vec<usize> {
    let filter = Filter::new(filter);
    (0..briefings.len())
        .filter(|&i| {
            filter
                .best([briefings[i].title.as_str(), briefings[i].id.as_str()])
                .is_some()
        })
        .collect()
}

/// Whether the briefing list's `filter` keeps `briefing`: its title or file name match.
pub fn briefing_matches(briefing: &Briefing, filter: &str) -> bool {
    Filter::new(filter)
        .best([briefing.title.as_str(), briefing.id.as_str()])
        .is_some()
}

/// Whether `pattern` fuzzily matches `text` (see [`Filter`]): "shr" finds "al-Shara’a". An
/// empty pattern matches everything.
pub fn fuzzy_matches(pattern: &str, text: &str) -> bool {
    Filter::new(pattern).score(text).is_some()
}

/// `text` cut to `max` characters with an ellipsis, on one line.
pub fn shorten(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut out: String = flat.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_matching_takes_letters_in_order() {
        assert!(fuzzy_matches("shr", "Ahmed al-Shara’a"));
        assert!(fuzzy_matches("AHM shara", "Ahmed al-Shara’a"));
        assert!(fuzzy_matches("", "anything"));
        assert!(!fuzzy_matches("rhs", "Shara"));
    }

    #[test]
    fn dates_fall_in_time_order() {
        let mut names = [
            "Wednesday",
            "December 2024",
            "2015",
            "12 December 2024",
            "March 3, 2011",
        ];
        names.sort_by_key(|n| time_key(n));
        assert_eq!(
            names,
            [
                "March 3, 2011",
                "2015",
                "December 2024",
                "12 December 2024",
                "Wednesday"
            ]
        );
    }

    #[test]
    fn filters_fold_like_the_search() {
        assert!(fuzzy_matches("al-shara'a", "Ahmed al-Shara’a"));
        assert!(fuzzy_matches("zurich", "Zürich"));
        assert!(fuzzy_matches("ZÜRICH", "Zurich"));
    }

    #[test]
    fn exact_then_whole_word_or_prefix_then_word_start_rank_above_fuzzy() {
        let filter = Filter::new("Canada");
        let score = |name: &str| filter.score(name).unwrap_or(0);
        let exact = score("Canada");
        let whole_word = score("Bank of Canada");
        let prefix = score("Canadair");
        let word_start = score("Pro-Canadanian League");
        let fuzzy = score("Self-employed Canadians");
        assert!(exact > whole_word, "{exact} {whole_word}");
        assert!(whole_word > word_start && prefix > word_start);
        assert!(word_start > fuzzy, "{word_start} {fuzzy}");
        // Folding and spacing do not change the tier.
        assert_eq!(Filter::new("  canada ").score("CANADA"), Some(exact));
    }

    #[test]
    fn prefixes_and_word_starts_rank_above_scattered_letters() {
        let filter = Filter::new("sha");
        let prefix = filter.score("Shaibani").unwrap_or(0);
        let word_start = filter.score("Ahmed al-Shara’a").unwrap_or(0);
        let scattered = filter.score("Syrian Human rights Agency").unwrap_or(0);
        assert!(
            prefix > scattered && word_start > scattered,
            "{prefix} {word_start} {scattered}"
        );
    }
}
