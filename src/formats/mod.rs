//! Briefings as they arrive: plain text, Markdown with front matter, saved web pages, RSS and
//! Atom feeds, JSON Lines. Each format turns a file's bytes into one or more [`Item`]s (a text
//! and what the source says about it, [`Meta`]); `corpus` gives them ids and paths.
//!
//! The extracted text is what every offset of the export points into: a page's article
//! paragraphs one to a line, as a plain briefing has them.

pub mod feed;
pub mod front_matter;
pub mod html;
pub mod jsonl;

use std::path::Path;

use crate::corpus::{LoadProblem, decode};
use crate::model::Meta;

/// How a file's bytes are read, chosen by its extension (and, for XML, by its root element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`, `.text`, and any file named directly whatever its extension.
    Plain,
    /// `.md`: plain text, less a YAML or TOML front matter block, which becomes [`Meta`].
    Markdown,
    /// `.html`, `.htm`: the article's paragraphs and the page's metadata.
    Html,
    /// `.xml`, `.rss`, `.atom`: a feed (or, when the root element is `<html>`, a page).
    Xml,
    /// `.jsonl`, `.ndjson`: one briefing per line.
    JsonLines,
}

/// Every extension a folder's briefing files carry.
pub const EXTENSIONS: [&str; 10] = [
    "txt", "md", "text", "html", "htm", "xml", "rss", "atom", "jsonl", "ndjson",
];

impl Format {
    pub fn of(path: &Path) -> Format {
        let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
            return Format::Plain;
        };
        match extension.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "xml" | "rss" | "atom" => Format::Xml,
            "jsonl" | "ndjson" => Format::JsonLines,
            _ => Format::Plain,
        }
    }

    /// Whether one file of this format may hold many briefings.
    pub fn is_multi_document(self) -> bool {
        matches!(self, Format::Xml | Format::JsonLines)
    }
}

/// One briefing read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    /// What tells this item apart within its file (a feed item's number, a JSON line's `id`
    /// or line number); `None` for a file that is one briefing.
    pub key: Option<String>,
    pub text: String,
    pub meta: Meta,
}

/// What one file gave: its items, in order, and one line for each part that was skipped
/// (`line 3: no "text" field`).
#[derive(Debug, Default)]
pub struct Parsed {
    pub items: Vec<Item>,
    pub skipped: Vec<String>,
}

impl Parsed {
    fn one(text: String, meta: Meta) -> Parsed {
        Parsed {
            items: vec![Item {
                key: None,
                text,
                meta,
            }],
            skipped: Vec::new(),
        }
    }
}

/// Reads a file's bytes as `format`. The whole file fails (one [`LoadProblem`]) when it gives
/// no briefing at all; a part that cannot be used is only listed in [`Parsed::skipped`].
pub fn parse(format: Format, bytes: Vec<u8>) -> Result<Parsed, LoadProblem> {
    match format {
        Format::Plain => Ok(Parsed::one(decode(bytes)?, Meta::default())),
        Format::Markdown => {
            let text = decode(bytes)?;
            let (meta, body) = match front_matter::split(&text) {
                Some((meta, body)) => (meta, body.to_string()),
                None => (Meta::default(), text),
            };
            Ok(Parsed::one(body, meta))
        }
        Format::Html => {
            let text = html::decode(bytes)?;
            let (body, meta) = html::extract_page(&text)?;
            Ok(Parsed::one(body, meta))
        }
        Format::Xml => {
            // A saved XHTML page is XML too; anything else must be a feed.
            if html::looks_like_html(&bytes) {
                return parse(Format::Html, bytes);
            }
            if bytes.contains(&0) {
                // UTF-16 and UTF-32 feeds are named as such, not parsed.
                decode(bytes)?;
                return Err(LoadProblem::Binary);
            }
            feed::parse(&bytes)
        }
        Format::JsonLines => jsonl::parse(&decode(bytes)?),
    }
}
