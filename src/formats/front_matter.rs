//! Front matter at the top of a Markdown file: a `---` YAML block or a `+++` TOML block. Its
//! title, date, url, source and author become the briefing's [`Meta`]; the block is removed
//! from the text.
//!
//! YAML is read by a small parser for what front matter holds in practice: flat `key: value`
//! pairs of scalars, plain or quoted. Lists, nested maps and multi-line values are passed over
//! (their keys are not metadata this reader uses); no YAML crate on the registry is both kept up
//! and light enough to be worth it for five scalar fields. TOML goes through the `toml` crate.

use crate::model::Meta;

/// The meta and the text after the block, or `None` when the text opens with no front matter
/// (or with a block that does not close, which is then left as text).
pub fn split(text: &str) -> Option<(Meta, &str)> {
    let (fence, toml) = if text.starts_with("---") {
        ("---", false)
    } else if text.starts_with("+++") {
        ("+++", true)
    } else {
        return None;
    };
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != fence {
        return None;
    }
    let start = first.len();
    let mut at = start;
    for line in lines {
        let trimmed = line.trim_end();
        // YAML may close its block with `...` too.
        if trimmed == fence || (!toml && trimmed == "...") {
            let block = &text[start..at];
            let meta = if toml {
                toml_meta(block)?
            } else {
                yaml_meta(block)?
            };
            let body = text[at + line.len()..].trim_start_matches(['\n', '\r']);
            return Some((meta, body));
        }
        at += line.len();
    }
    None
}

/// Which [`Meta`] field a front matter key fills.
fn set(meta: &mut Meta, key: &str, value: String) {
    if value.is_empty() {
        return;
    }
    let field = match key.to_ascii_lowercase().as_str() {
        "title" | "headline" => &mut meta.title,
        "date" | "published" | "pubdate" => &mut meta.date,
        "url" | "link" | "canonical" | "canonical_url" => &mut meta.url,
        "source" | "outlet" | "publisher" | "site" => &mut meta.source,
        "author" | "byline" => &mut meta.author,
        _ => return,
    };
    field.get_or_insert(value);
}

/// Flat `key: value` lines. A value is plain (a trailing ` # comment` dropped), or in double
/// quotes (with `\"` and `\\` escapes) or single quotes (with `''` for a quote). `None` when a
/// top-level line is not `key: value` (a key being letters, digits, `_` and `-`): then the
/// block is no front matter but text between two rules, and stays in the text.
fn yaml_meta(block: &str) -> Option<Meta> {
    let mut meta = Meta::default();
    for line in block.lines() {
        // Blank lines, comments, indented lines and list items (a nested value's) are passed
        // over.
        if line.trim().is_empty() || line.starts_with([' ', '\t', '-', '#']) {
            continue;
        }
        let (key, value) = line.split_once(':')?;
        let key = key.trim_end();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return None;
        }
        if let Some(value) = yaml_scalar(value.trim()) {
            set(&mut meta, key, value);
        }
    }
    Some(meta)
}

fn yaml_scalar(value: &str) -> Option<String> {
    if let Some(inner) = value.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    other => out.push(other),
                },
                other => out.push(other),
            }
        }
        return None;
    }
    if let Some(inner) = value.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = inner.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                    out.push('\'');
                } else {
                    return Some(out);
                }
            } else {
                out.push(c);
            }
        }
        return None;
    }
    // A block scalar (`|`, `>`), a flow list or map is no flat scalar.
    if value.starts_with(['|', '>', '[', '{']) {
        return None;
    }
    let plain = match value.find(" #") {
        Some(at) => &value[..at],
        None => value,
    };
    Some(plain.trim().to_string())
}

/// The block as a TOML table; `None` when it is not TOML (the file is then left whole).
fn toml_meta(block: &str) -> Option<Meta> {
    let table: toml::Table = toml::from_str(block).ok()?;
    let mut meta = Meta::default();
    for (key, value) in &table {
        let text = match value {
            toml::Value::String(text) => text.trim().to_string(),
            toml::Value::Datetime(datetime) => datetime.to_string(),
            _ => continue,
        };
        set(&mut meta, key, text);
    }
    Some(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_scalars_plain_and_quoted() {
        let text = "---\ntitle: \"A \\\"quoted\\\" title\"\nauthor: 'O''Brien'\ndate: 2024-05-01 # day\ntags:\n  - x\n---\n\nBody.\n";
        let (meta, body) = split(text).unwrap();
        assert_eq!(meta.title.as_deref(), Some("A \"quoted\" title"));
        assert_eq!(meta.author.as_deref(), Some("O'Brien"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        assert_eq!(body, "Body.\n");
    }

    #[test]
    fn prose_between_two_rules_is_no_front_matter() {
        let text = "---\nMinister Ana Ruiz said: no.\n---\nMore.\n";
        assert_eq!(split(text), None);
    }

    #[test]
    fn an_unclosed_block_is_text() {
        assert_eq!(split("---\ntitle: x\nBody.\n"), None);
        assert_eq!(split("--- not a fence\n"), None);
    }

    #[test]
    fn toml_block_with_a_datetime() {
        let (meta, body) = split("+++\ntitle = \"T\"\ndate = 2024-05-01\n+++\nBody.\n").unwrap();
        assert_eq!(meta.title.as_deref(), Some("T"));
        assert_eq!(meta.date.as_deref(), Some("2024-05-01"));
        assert_eq!(body, "Body.\n");
    }
}
