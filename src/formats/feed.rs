//! RSS and Atom feeds (through `feed-rs`): each item is a briefing. Its text is the item's
//! content, or its summary when it has none, read as a page's is when it is HTML; its meta is
//! the item's title, date (published, else updated), link and first author, and the feed's
//! title as the outlet. An item with no text is named by its number and skipped.

use feed_rs::model::{Entry, Text};

use super::{Item, Parsed, html};
use crate::corpus::LoadProblem;
use crate::model::Meta;

/// Whether a media type is HTML (`text/html`, `application/xhtml+xml`).
fn is_html(media_type: &str) -> bool {
    let media_type = media_type.to_ascii_lowercase();
    media_type.contains("html")
}

fn text_of(text: &Text) -> String {
    if is_html(text.content_type.as_ref()) {
        html::fragment_text(&text.content)
    } else {
        plain(&text.content)
    }
}

/// Plain text as lines: each line trimmed, blank lines dropped, as the other formats give it.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn one_line(text: &str) -> Option<String> {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.is_empty()).then_some(line)
}

fn item_text(entry: &Entry) -> String {
    let content = entry.content.as_ref().and_then(|content| {
        let body = content.body.as_deref()?;
        Some(if is_html(content.content_type.as_ref()) {
            html::fragment_text(body)
        } else {
            plain(body)
        })
    });
    match content.filter(|t| !t.is_empty()) {
        Some(text) => text,
        None => entry.summary.as_ref().map(text_of).unwrap_or_default(),
    }
}

fn item_link(entry: &Entry) -> Option<String> {
    let alternate = entry
        .links
        .iter()
        .find(|link| link.rel.as_deref().is_none_or(|rel| rel == "alternate"));
    alternate
        .or_else(|| entry.links.first())
        .and_then(|link| one_line(&link.href))
}

pub fn parse(bytes: &[u8]) -> Result<Parsed, LoadProblem> {
    let feed = feed_rs::parser::parse(bytes)
        .map_err(|error| LoadProblem::NotAFeed(one_line(&error.to_string()).unwrap_or_default()))?;
    if feed.entries.is_empty() {
        return Err(LoadProblem::NoBriefing("the feed has no items".into()));
    }
    let outlet = feed.title.as_ref().and_then(|t| one_line(&text_of(t)));
    let mut parsed = Parsed::default();
    for (index, entry) in feed.entries.iter().enumerate() {
        let number = index + 1;
        let text = item_text(entry);
        if text.is_empty() {
            parsed.skipped.push(format!("item {number}: no text"));
            continue;
        }
        let date = entry
            .published
            .or(entry.updated)
            .map(|date| date.format("%Y-%m-%dT%H:%M:%SZ").to_string());
        parsed.items.push(Item {
            key: Some(number.to_string()),
            text,
            meta: Meta {
                title: entry.title.as_ref().and_then(|t| one_line(&text_of(t))),
                date,
                url: item_link(entry),
                source: outlet.clone(),
                author: entry
                    .authors
                    .iter()
                    .find_map(|person| person.name.as_deref().and_then(one_line)),
            },
        });
    }
    if parsed.items.is_empty() {
        return Err(LoadProblem::NoBriefing(format!(
            "no item of the feed has text ({} items)",
            feed.entries.len()
        )));
    }
    Ok(parsed)
}
