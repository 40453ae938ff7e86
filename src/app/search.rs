//! Case-insensitive search of an article's text, returning byte spans of the hits.

use crate::model::Span;

/// Every non-overlapping occurrence of `query` in `text`, ignoring case, in text order.
///
/// Characters are compared by their simple lower case, so a hit always covers whole
/// characters of the original text and its span can be drawn as is.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let mut levels = Vec::new();
    hits(text, &mut levels, query)
}

/// Every occurrence of one query, overlapping ones included: the matches of a longer query
/// are among these, each one character longer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    query: String,
    matches: Vec<Span>,
}

/// The hits of `query`, reusing `levels` (the matches of the queries typed before it).
///
/// Typing one more character narrows the last level's matches; deleting one drops back to the
/// level before. Only a query that shares no prefix with the levels reads the whole text.
/// `levels` must have been built on this same `text`.
pub fn hits(text: &str, levels: &mut Vec<Level>, query: &str) -> Vec<Span> {
    while levels
        .last()
        .is_some_and(|level| !query.starts_with(level.query.as_str()))
    {
        levels.pop();
    }
    for (at, c) in query.char_indices() {
        let prefix = &query[..at + c.len_utf8()];
        if levels
            .last()
            .is_some_and(|level| level.query.len() >= prefix.len())
        {
            continue;
        }
        let matches = match levels.last() {
            Some(level) => narrow(text, &level.matches, c),
            None => every(text, c),
        };
        levels.push(Level {
            query: prefix.to_string(),
            matches,
        });
    }
    levels
        .last()
        .filter(|level| !query.is_empty() && level.query == query)
        .map(|level| non_overlapping(&level.matches))
        .unwrap_or_default()
}

/// Every character of `text` that folds to `c`'s fold.
fn every(text: &str, c: char) -> Vec<Span> {
    let wanted = fold(c);
    text.char_indices()
        .filter(|(_, candidate)| fold(*candidate) == wanted)
        .map(|(start, candidate)| Span::new(start, start + candidate.len_utf8()))
        .collect()
}

/// The matches that go on with a character folding to `c`'s fold, one character longer.
fn narrow(text: &str, matches: &[Span], c: char) -> Vec<Span> {
    let wanted = fold(c);
    matches
        .iter()
        .filter_map(|span| {
            let next = text.get(span.end..)?.chars().next()?;
            (fold(next) == wanted).then(|| Span::new(span.start, span.end + next.len_utf8()))
        })
        .collect()
}

/// The leftmost non-overlapping matches, as a reader counts hits.
fn non_overlapping(matches: &[Span]) -> Vec<Span> {
    let mut hits: Vec<Span> = Vec::new();
    for span in matches {
        if hits.last().is_none_or(|last| last.end <= span.start) {
            hits.push(*span);
        }
    }
    hits
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_hit_ignoring_case() {
        let text = "Moscow, MOSCOW and moscow’s";
        let hits = find_all(text, "moscow");
        let found: Vec<&str> = hits.iter().map(|s| s.slice(text)).collect();
        assert_eq!(found, ["Moscow", "MOSCOW", "moscow"]);
    }

    #[test]
    fn hits_do_not_overlap_and_handle_multibyte_text() {
        assert_eq!(find_all("aaaa", "aa").len(), 2);
        let text = "Ünal met ÜNAL";
        assert_eq!(find_all(text, "ünal").len(), 2);
        assert!(find_all(text, "").is_empty());
    }

    #[test]
    fn typing_and_deleting_narrow_and_widen_the_same_as_a_fresh_search() {
        // "aab" in "aaab" starts inside the first "aa" hit: narrowing must start from every
        // match, not only the non-overlapping hits.
        let text = "aaab, AAB and aab’s; Ünal ünal";
        let mut levels = Vec::new();
        for query in ["a", "aa", "aab", "aa", "a", "ü", "ün", "ünal", "x", ""] {
            assert_eq!(
                hits(text, &mut levels, query),
                find_all_fresh(text, query),
                "{query}"
            );
        }
    }

    /// The plain scan the levels must agree with.
    fn find_all_fresh(text: &str, query: &str) -> Vec<Span> {
        let wanted: Vec<char> = query.chars().map(fold).collect();
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut resume = 0;
        for (start, _) in text.char_indices() {
            if start < resume {
                continue;
            }
            let mut chars = text[start..].char_indices();
            let mut end = start;
            let all = wanted.iter().all(|w| match chars.next() {
                Some((offset, c)) if fold(c) == *w => {
                    end = start + offset + c.len_utf8();
                    true
                }
                _ => false,
            });
            if all {
                found.push(Span::new(start, end));
                resume = end;
            }
        }
        found
    }
}
