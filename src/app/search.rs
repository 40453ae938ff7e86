//! Case-insensitive search of an article's text, returning byte spans of the hits.

use crate::model::Span;

/// Every non-overlapping occurrence of `query` in `text`, ignoring case, in text order.
///
/// Characters are compared by their simple lower case, so a hit always covers whole
/// characters of the original text and its span can be drawn as is.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let wanted: Vec<char> = query.chars().map(fold).collect();
    let Some(&first) = wanted.first() else {
        return Vec::new();
    };
    let mut hits = Vec::new();
    let mut resume = 0;
    for (start, c) in text.char_indices() {
        if start < resume || fold(c) != first {
            continue;
        }
        let mut end = start;
        let mut matched = 0;
        for (offset, candidate) in text[start..].char_indices() {
            if matched == wanted.len() {
                break;
            }
            if fold(candidate) != wanted[matched] {
                break;
            }
            matched += 1;
            end = start + offset + candidate.len_utf8();
        }
        if matched == wanted.len() {
            hits.push(Span::new(start, end));
            resume = end;
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
}
