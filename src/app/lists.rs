//! The rows of the entity and quote lists: grouped, counted, sorted and filtered.
//!
//! Rows are derived from a briefing and a filter; the app keeps what is selected by identity
//! (an entity index, a source name), so a new filter or new annotations never lose it.

use crate::model::{Briefing, Kind, Quote};

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

/// Entities grouped by kind (in [`Kind::ALL`] order), most-mentioned first, keeping those whose
/// name or an alias fuzzily matches `filter`.
pub fn entity_rows(briefing: &Briefing, filter: &str) -> Vec<EntityRow> {
    let entities = briefing.entities();
    let mut rows = Vec::new();
    for kind in Kind::ALL {
        let mut members: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].kind == kind)
            .filter(|&i| {
                let entity = &entities[i];
                fuzzy_matches(filter, &entity.name)
                    || entity.aliases.iter().any(|a| fuzzy_matches(filter, a))
            })
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by(|&a, &b| {
            entities[b]
                .mentions
                .len()
                .cmp(&entities[a].mentions.len())
                .then_with(|| entities[a].name.cmp(&entities[b].name))
        });
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
    let Some(source) = quote.source else {
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
/// keeping quotes whose words or source fuzzily match `filter`. Scare quotes are left out,
/// as the export files them apart: the extractor decided which is which.
pub fn quote_rows(briefing: &Briefing, filter: &str) -> Vec<QuoteRow> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let quotations = briefing.quotes().iter().enumerate();
    for (index, quote) in quotations.filter(|(_, q)| q.is_quotation()) {
        let name = source_name(briefing, quote);
        if !fuzzy_matches(filter, &name) && !fuzzy_matches(filter, briefing.slice(quote.inner)) {
            continue;
        }
        match groups.iter_mut().find(|(group, _)| *group == name) {
            Some((_, members)) => members.push(index),
            None => groups.push((name, vec![index])),
        }
    }
    // A stable sort keeps sources with equal counts in order of their first quote.
    groups.sort_by_key(|group| std::cmp::Reverse(group.1.len()));
    let mut rows = Vec::new();
    for (name, members) in groups {
        rows.push(QuoteRow::Source {
            name,
            count: members.len(),
        });
        rows.extend(members.into_iter().map(QuoteRow::Quote));
    }
    rows
}

/// Briefings whose title or file name fuzzily match `filter`, as indices.
pub fn briefing_rows(briefings: &[&Briefing], filter: &str) -> Vec<usize> {
    (0..briefings.len())
        .filter(|&i| briefing_matches(briefings[i], filter))
        .collect()
}

/// Whether the briefing list's `filter` keeps `briefing`: its title or file name match.
pub fn briefing_matches(briefing: &Briefing, filter: &str) -> bool {
    fuzzy_matches(filter, &briefing.title) || fuzzy_matches(filter, &briefing.id)
}

/// Whether the letters of `pattern` appear in `text` in order, ignoring case and spaces:
/// "shr" finds "al-Shara’a". An empty pattern matches everything.
pub fn fuzzy_matches(pattern: &str, text: &str) -> bool {
    let mut haystack = text.chars().flat_map(char::to_lowercase);
    pattern
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .all(|wanted| haystack.any(|c| c == wanted))
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
}
