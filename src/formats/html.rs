//! Saved web pages: the article's paragraphs, one to a line, and the page's metadata.
//!
//! The page is parsed by html5ever (through `scraper`), which repairs malformed markup as a
//! browser does. The article is the first of these that holds text:
//!
//! 1. the `<article>` with the most paragraph text (a front page has many teasers);
//! 2. `<main>` or the element with `role="main"`;
//! 3. the element whose own `<p>` children hold the most text;
//! 4. `<body>`.
//!
//! Inside it, page furniture is passed over: scripts, styles, menus (`<nav>`), footers,
//! asides, forms and buttons, figures, anything hidden, anything whose ARIA role is
//! navigation, banner, complementary or the like, and elements whose class or id names
//! furniture (cookie banners, share buttons, newsletters, related links, comments, ads).
//! Each block element (paragraph, heading, list item, quotation, division) is one line of
//! the text, its white space collapsed as a browser shows it.
//!
//! Metadata is read from the whole page: the title from `og:title`, JSON-LD `headline`, the
//! first `<h1>` or `<title>`; the date from `article:published_time` (and its synonyms),
//! JSON-LD `datePublished` or the first `<time datetime>`; the outlet from `og:site_name` or
//! JSON-LD `publisher`; the author from `<meta name="author">`, `article:author` or JSON-LD
//! `author`; the link from `<link rel="canonical">` or `og:url`.

use std::collections::HashMap;

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use crate::corpus::LoadProblem;
use crate::model::Meta;

/// Elements whose content is never article text.
const FURNITURE_TAGS: [&str; 30] = [
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "option", "textarea", "input", "label", "svg", "canvas", "iframe", "object", "embed",
    "figure", "picture", "img", "video", "audio", "map", "dialog", "menu", "head", "title", "math",
];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: [&str; 10] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
];

/// Words of a class or id (split at anything not a letter or digit) that name furniture.
const FURNITURE_WORDS: [&str; 40] = [
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "share",
    "sharing",
    "sharebar",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "related",
    "recommended",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "sponsor",
    "sponsored",
    "comments",
    "comment",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "sidebar",
    "popup",
    "modal",
    "paywall",
    "outbrain",
    "taboola",
    "toolbar",
    "skip",
    "masthead",
    "banner",
];

/// Elements that start and end a line of text.
const BLOCK_TAGS: [&str; 33] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "header",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "address",
    "details",
    "summary",
    "hr",
    "br",
    "body",
    "center",
    "figcaption",
];

/// Decodes a page's bytes: UTF-8 as every briefing, or Windows-1252 (which browsers read for
/// a page that declares ISO-8859-1 too) when the page declares it in its first kilobyte. Any
/// other declared encoding is named in the problem.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadProblem> {
    let declared = declared_charset(&bytes).map(|name| name.to_ascii_lowercase());
    match declared.as_deref() {
        None | Some("utf-8" | "utf8" | "us-ascii" | "ascii" | "unicode-1-1-utf-8") => {
            crate::corpus::decode(bytes)
        }
        Some(
            "windows-1252" | "cp1252" | "x-cp1252" | "iso-8859-1" | "iso8859-1" | "latin1"
            | "latin-1" | "l1" | "iso_8859-1" | "cp819" | "ibm819",
        ) if !bytes.starts_with(&[0xef, 0xbb, 0xbf]) => {
            if bytes.contains(&0) {
                return Err(LoadProblem::Binary);
            }
            Ok(bytes.iter().map(|&b| windows_1252(b)).collect())
        }
        // A byte-order mark outranks the declaration, as in a browser.
        Some(_) if bytes.starts_with(&[0xef, 0xbb, 0xbf]) => crate::corpus::decode(bytes),
        Some(other) => Err(LoadProblem::UnknownEncoding(other.to_string())),
    }
}

/// Windows-1252: Latin-1, with printable characters where Latin-1 has C1 controls.
fn windows_1252(byte: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
        0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
        0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    match byte {
        0x80..=0x9f => char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)]))
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from(byte),
    }
}

/// The `charset=` a page declares in its first 1024 bytes (as the HTML standard's prescan
/// looks for it: `<meta charset="…">` or the `content` of an `http-equiv` meta), if any.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let name: String = lower[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .map(|&b| char::from(b))
            .collect();
        if !name.is_empty() {
            return Some(name);
        }
    }
    None
}

/// Whether XML bytes are a page (`<html` as the first element) rather than a feed.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &lower[at..]) {
        let tag = &lower[at + offset + 1..];
        if tag.starts_with(b"?") || tag.starts_with(b"!--") {
            at += offset + 1;
            continue;
        }
        return tag.starts_with(b"!doctype html") || tag.starts_with(b"html");
    }
    false
}

/// The deepest nesting of elements a page may have: html5ever checks the stack of open
/// elements at each block tag, so its time grows with the square of the depth (100,000 nested
/// `<div>`s took two minutes). Real pages nest a few dozen deep.
pub const MAX_NESTING: usize = 5_000;

/// Elements that never hold others (void) or whose end tag may be left out because the next
/// sibling closes them: neither deepens the nesting.
const NOT_NESTING: [&str; 31] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// An upper estimate of how deep a page's elements nest, in one pass over its bytes: start
/// tags deepen, end tags come back up; comments and the content of `script`, `style` and
/// `textarea` are passed over. Elements left open count as nested (an overestimate, which
/// only matters for pages far past [`MAX_NESTING`]).
pub fn nesting_depth(page: &str) -> usize {
    let bytes = page.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let tag = at + offset + 1;
        at = tag;
        if bytes[tag..].starts_with(b"!--") {
            at = memchr::memmem::find(&bytes[tag..], b"-->")
                .map_or(bytes.len(), |end| tag + end + 3);
            continue;
        }
        let closing = bytes.get(tag) == Some(&b'/');
        let name_start = tag + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = page[name_start..name_start + name_len].to_ascii_lowercase();
        let tag_end =
            memchr::memchr(b'>', &bytes[name_start..]).map_or(bytes.len(), |end| name_start + end);
        let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
        at = tag_end.min(bytes.len());
        if NOT_NESTING.contains(&name.as_str()) || self_closing {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        depth += 1;
        deepest = deepest.max(depth);
        if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
            // Raw text up to the end tag: a `<` in a script is no tag.
            at = raw_text_end(bytes, at, name.as_bytes());
        }
    }
    deepest
}

/// Where the raw text of element `name` that starts at `from` ends: at its end tag, found
/// ignoring case, or at the end of the page.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(offset) = memchr::memmem::find(&bytes[at..], b"</") {
        let tag = at + offset + 2;
        if bytes
            .get(tag..tag + name.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name))
        {
            return tag - 2;
        }
        at = tag;
    }
    bytes.len()
}

/// The article text and metadata of a whole page.
pub fn extract_page(page: &str) -> Result<(String, Meta), LoadProblem> {
    if nesting_depth(page) > MAX_NESTING {
        return Err(LoadProblem::TooDeep(MAX_NESTING));
    }
    let document = Html::parse_document(page);
    let root = main_content(&document);
    let text = block_text(root.element, root.inside_content);
    if text.is_empty() {
        return Err(LoadProblem::NoArticleText);
    }
    let mut meta = page_meta(&document, root.element);
    meta.title = meta.title.map(|t| collapse(&t)).filter(|t| !t.is_empty());
    Ok((text, meta))
}

/// The text of an HTML fragment (a feed item's content), furniture passed over, one block to
/// a line.
pub fn fragment_text(fragment: &str) -> String {
    if nesting_depth(fragment) > MAX_NESTING {
        return String::new();
    }
    let document = Html::parse_fragment(fragment);
    block_text(document.root_element(), true)
}

/// The element chosen as the article, and whether it is an `<article>` or `<main>` (whose
/// `<header>` holds the headline and byline, not the site's banner).
struct Root<'a> {
    element: ElementRef<'a>,
    inside_content: bool,
}

fn attr_words(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Whether an element is page furniture. A `<header>` is furniture outside an article (the
/// site's banner) and text inside one (the headline and byline).
fn is_furniture(element: &Element, inside_content: bool) -> bool {
    let name = element.name();
    if FURNITURE_TAGS.contains(&name) || (name == "header" && !inside_content) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if element
        .attr("role")
        .is_some_and(|role| FURNITURE_ROLES.iter().any(|r| role.eq_ignore_ascii_case(r)))
    {
        return true;
    }
    ["class", "id"].iter().any(|attribute| {
        element.attr(attribute).is_some_and(|value| {
            attr_words(value).any(|word| FURNITURE_WORDS.contains(&word.as_str()))
        })
    })
}

fn is_content_element(element: &Element) -> bool {
    matches!(element.name(), "article" | "main")
        || element
            .attr("role")
            .is_some_and(|role| role.eq_ignore_ascii_case("main"))
}

/// Chooses the article by the rules in the module's documentation, in one pass over the page
/// (each paragraph's text is counted for its parent and added up the tree as elements close).
fn main_content(document: &Html) -> Root<'_> {
    let top = document.root_element();
    // Paragraph text inside each element (furniture excluded), and in its own <p> children.
    let mut inside: HashMap<NodeId, usize> = HashMap::new();
    let mut own: HashMap<NodeId, usize> = HashMap::new();
    let mut open: Vec<(NodeId, usize)> = Vec::new();
    let mut paragraph: Option<(NodeId, usize)> = None;
    let mut body = None;
    // A page whose <html> is itself furniture has nothing to choose from.
    if is_furniture(top.value(), false) {
        return Root {
            element: top,
            inside_content: false,
        };
    }
    for edge in edges_past_furniture(top, false) {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    if element.name() == "body" {
                        body = ElementRef::wrap(node);
                    }
                    if element.name() == "p" && paragraph.is_none() {
                        paragraph = Some((node.id(), 0));
                    }
                    open.push((node.id(), 0));
                }
                Node::Text(text) => {
                    if let Some((_, length)) = &mut paragraph {
                        *length += text.trim().len();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !node.value().is_element() {
                    continue;
                }
                let Some((id, mut sum)) = open.pop() else {
                    continue;
                };
                if let Some((p, length)) = paragraph
                    && p == id
                {
                    paragraph = None;
                    sum += length;
                    if let Some(parent) = node.parent() {
                        *own.entry(parent.id()).or_default() += length;
                    }
                }
                if sum > 0 {
                    inside.insert(id, sum);
                }
                if let Some((_, parent_sum)) = open.last_mut() {
                    *parent_sum += sum;
                }
            }
        }
    }
    let text_of = |element: &ElementRef| inside.get(&element.id()).copied().unwrap_or(0);
    let elements = || top.descendants().filter_map(ElementRef::wrap);
    // Node ids are handed out in parse order, which is document order: on a tie the earlier
    // element wins.
    // 1. The article with the most paragraph text.
    if let Some(article) = elements()
        .filter(|e| e.value().name() == "article" && text_of(e) > 0)
        .max_by_key(|e| (text_of(e), std::cmp::Reverse(e.id())))
    {
        return Root {
            element: article,
            inside_content: true,
        };
    }
    // 2. <main> or role="main".
    if let Some(main) = elements().find(|e| is_content_element(e.value()) && text_of(e) > 0) {
        return Root {
            element: main,
            inside_content: true,
        };
    }
    // 3. The element whose own paragraphs hold the most text.
    if let Some(parent) = elements()
        .filter(|e| own.get(&e.id()).is_some_and(|&n| n > 0))
        .max_by_key(|e| {
            (
                own.get(&e.id()).copied().unwrap_or(0),
                std::cmp::Reverse(e.id()),
            )
        })
    {
        return Root {
            element: parent,
            inside_content: false,
        };
    }
    Root {
        element: body.unwrap_or(top),
        inside_content: false,
    }
}

/// A walk over `root` that passes over furniture whole: a furniture element's edges and
/// everything inside it are left out. Whether an element is furniture depends on whether it
/// stands inside the page's content (`<main>`, `role=main`, `<article>`), which the walk keeps
/// count of from `inside_content`; `root` itself is never left out.
fn edges_past_furniture<'a>(
    root: ElementRef<'a>,
    inside_content: bool,
) -> impl Iterator<Item = Edge<'a, Node>> {
    let mut skipping: Option<NodeId> = None;
    let mut content_depth = usize::from(inside_content);
    let root_id = root.id();
    root.traverse().filter(move |edge| match edge {
        Edge::Open(node) => {
            if skipping.is_some() {
                return false;
            }
            if let Node::Element(element) = node.value() {
                if node.id() != root_id && is_furniture(element, content_depth > 0) {
                    skipping = Some(node.id());
                    return false;
                }
                if is_content_element(element) {
                    content_depth += 1;
                }
            }
            true
        }
        Edge::Close(node) => {
            if let Some(skipped) = skipping {
                if skipped == node.id() {
                    skipping = None;
                }
                return false;
            }
            if let Node::Element(element) = node.value()
                && is_content_element(element)
            {
                content_depth = content_depth.saturating_sub(1);
            }
            true
        }
    })
}

/// The text of an element: each block one line, white space collapsed, furniture passed over.
fn block_text(root: ElementRef<'_>, inside_content: bool) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let mut space = false;
    let flush = |out: &mut String, line: &mut String| {
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
            line.clear();
        }
    };
    for edge in edges_past_furniture(root, inside_content) {
        match edge {
            Edge::Open(node) => {
                match node.value() {
                    Node::Element(element) if BLOCK_TAGS.contains(&element.name()) => {
                        flush(&mut out, &mut line);
                        space = false;
                    }
                    Node::Text(text) => {
                        for c in text.chars() {
                            if c.is_ascii_whitespace() {
                                space = !line.is_empty();
                            } else {
                                if space {
                                    line.push(' ');
                                    space = false;
                                }
                                // A stray control character would be drawn as garbage.
                                if !c.is_control() {
                                    line.push(c);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Node::Element(element) = node.value()
                    && BLOCK_TAGS.contains(&element.name())
                {
                    flush(&mut out, &mut line);
                    space = false;
                }
            }
        }
    }
    flush(&mut out, &mut line);
    out
}

/// Text with its white space collapsed, as one line.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_set(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none()
        && let Some(value) = value.map(collapse).filter(|v| !v.is_empty())
    {
        *slot = Some(value);
    }
}

/// Candidates for each field, strongest first; the first one the page gives wins.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    ld_headline: Option<String>,
    h1: Option<String>,
    title: Option<String>,
    meta_date: Option<String>,
    ld_date: Option<String>,
    time: Option<String>,
    site: Option<String>,
    ld_publisher: Option<String>,
    meta_author: Option<String>,
    ld_author: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

fn page_meta(document: &Html, article: ElementRef<'_>) -> Meta {
    let mut found = Found::default();
    // The article's own heading and time come before the page's.
    for element in article.descendants().filter_map(ElementRef::wrap) {
        match element.value().name() {
            "h1" if found.h1.is_none() => found.h1 = Some(element.text().collect()),
            "time" => first_set(&mut found.time, element.value().attr("datetime")),
            _ => {}
        }
    }
    for element in document
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
    {
        let value = element.value();
        match value.name() {
            "meta" => {
                let key = value
                    .attr("property")
                    .or_else(|| value.attr("name"))
                    .or_else(|| value.attr("itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let content = value.attr("content");
                match key.as_str() {
                    "og:title" | "twitter:title" => first_set(&mut found.og_title, content),
                    "og:site_name" | "application-name" => first_set(&mut found.site, content),
                    "article:published_time" | "datepublished" | "date" | "pubdate"
                    | "publish-date" | "dc.date" | "dc.date.issued" | "parsely-pub-date"
                    | "sailthru.date" => first_set(&mut found.meta_date, content),
                    "author" | "article:author" | "dc.creator" | "parsely-author"
                    | "sailthru.author"
                        // article:author is often a profile's link, not a name.
                        if !content.is_some_and(|c| c.contains("://")) =>
                    {
                        first_set(&mut found.meta_author, content);
                    }
                    "og:url" => first_set(&mut found.og_url, content),
                    _ => {}
                }
            }
            "link" => {
                let canonical = value.attr("rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    first_set(&mut found.canonical, value.attr("href"));
                }
            }
            "title" if found.title.is_none() => found.title = Some(element.text().collect()),
            "h1" if found.h1.is_none() => found.h1 = Some(element.text().collect()),
            "time" => first_set(&mut found.time, value.attr("datetime")),
            "script"
                if value
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                let json: String = element.text().collect();
                if let Ok(data) = serde_json::from_str::<serde_json::Value>(&json) {
                    json_ld(&data, &mut found);
                }
            }
            _ => {}
        }
    }
    let pick = |candidates: [Option<String>; 4]| {
        candidates
            .into_iter()
            .flatten()
            .map(|c| collapse(&c))
            .find(|c| !c.is_empty())
    };
    Meta {
        title: pick([found.og_title, found.ld_headline, found.h1, found.title]),
        date: pick([found.meta_date, found.ld_date, found.time, None]),
        url: pick([found.canonical, found.og_url, None, None]),
        source: pick([found.site, found.ld_publisher, None, None]),
        author: pick([found.meta_author, found.ld_author, None, None]),
    }
}

/// A JSON-LD value's name: a string, or an object's `name`, or the first of a list's.
fn ld_name(value: &serde_json::Value) -> Option<&str> {
    match value {
        serde_json::Value::String(name) => Some(name),
        serde_json::Value::Object(object) => object.get("name").and_then(ld_name),
        serde_json::Value::Array(items) => items.iter().find_map(ld_name),
        _ => None,
    }
}

/// The first `headline`, `datePublished`, `author` and `publisher` in a JSON-LD block, read
/// breadth first (the article is usually at the top or in `@graph`), without recursion.
fn json_ld(data: &serde_json::Value, found: &mut Found) {
    let mut queue = std::collections::VecDeque::from([data]);
    while let Some(value) = queue.pop_front() {
        match value {
            serde_json::Value::Object(object) => {
                first_set(
                    &mut found.ld_headline,
                    object.get("headline").and_then(|v| v.as_str()),
                );
                first_set(
                    &mut found.ld_date,
                    object.get("datePublished").and_then(|v| v.as_str()),
                );
                first_set(&mut found.ld_author, object.get("author").and_then(ld_name));
                first_set(
                    &mut found.ld_publisher,
                    object.get("publisher").and_then(ld_name),
                );
                queue.extend(object.values());
            }
            serde_json::Value::Array(items) => queue.extend(items),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_latin1_page_reads_as_windows_1252() {
        let bytes = b"<meta charset=\"ISO-8859-1\"><p>caf\xe9 \x93quoted\x94</p>".to_vec();
        assert_eq!(
            decode(bytes).unwrap(),
            "<meta charset=\"ISO-8859-1\"><p>café “quoted”</p>"
        );
    }

    #[test]
    fn an_unknown_declared_encoding_is_named() {
        let bytes =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-klingon\">".to_vec();
        assert_eq!(
            decode(bytes),
            Err(LoadProblem::UnknownEncoding("x-klingon".into()))
        );
    }

    #[test]
    fn nesting_depth_counts_open_elements_not_paragraphs_or_scripts() {
        assert_eq!(nesting_depth("<div><div><p>a<p>b<br></div></div>"), 2);
        assert_eq!(
            nesting_depth("<div><script>if (a<b) { x = '<div><div>'; }</SCRIPT></div>"),
            2
        );
        assert_eq!(nesting_depth("<!-- <div><div> --><span/><b>x</b>"), 1);
        let deep = format!(
            "{}x{}",
            "<div>".repeat(MAX_NESTING + 1),
            "</div>".repeat(MAX_NESTING + 1)
        );
        assert_eq!(extract_page(&deep), Err(LoadProblem::TooDeep(MAX_NESTING)));
    }

    #[test]
    fn xhtml_is_told_from_a_feed() {
        assert!(looks_like_html(
            b"<?xml version=\"1.0\"?>\n<!-- c --><html xmlns=\"x\">"
        ));
        assert!(!looks_like_html(
            b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"
        ));
    }
}
