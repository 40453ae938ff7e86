//! The article pane: the visible rows of the cached layout, highlighted, with a quotation
//! gutter and a scrollbar that marks where the lit mentions, quotations or hits are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::app::screen::ArticleArea;
use crate::app::{App, Lit, Pane};
use crate::text::layout::glyphs;

use super::highlight::Highlights;
use super::theme::Theme;
use super::widgets::{bordered, put};

const GUTTER_MARK: &str = "▌";
const TRACK: &str = "│";
const THUMB: &str = "┃";
const MARK: &str = "•";
const CURRENT_MARK: &str = "◆";

/// What the source says about the article, as one line: outlet, date, author and link (`gx`
/// opens it).
pub fn byline(meta: Option<&crate::model::Meta>) -> Option<String> {
    let meta = meta?;
    let author = meta.author.as_ref().map(|a| format!("by {a}"));
    let link = meta.url.as_ref().map(|url| format!("{url} (gx)"));
    let parts: Vec<&str> = [
        meta.source.as_deref(),
        super::briefings::short_date(meta),
        author.as_deref(),
        link.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let slot = app.current_slot();
    let mut title = format!(" {} ", slot.briefing.title);
    if let Some(note) = slot.pending_note() {
        title.push_str(&format!("({note}) "));
    }
    if slot.stale.is_some() {
        title.push_str("(stale) ");
    }
    bordered(buf, area, &title, app.focus() == Pane::Article, theme);
    if let Some(byline) = byline(slot.briefing.meta.as_deref()) {
        // Along the bottom border, as the title runs along the top.
        let width = area.width.saturating_sub(2);
        let text = super::widgets::fit(&format!(" {byline} "), usize::from(width));
        put(
            buf,
            area.x + 1,
            area.bottom().saturating_sub(1),
            width,
            &text,
            theme.border,
        );
    }
    let parts = ArticleArea::of(area);
    let highlights = Highlights::of(app, theme);
    let text = &slot.briefing.text;
    let rows = app.layout().rows();
    let top = app.top_row();
    for (y, row) in (parts.text.y..parts.text.bottom()).zip(rows.iter().skip(top)) {
        if let Some(lit) = highlights.quote_in(row.start, row.end) {
            let style = if lit { theme.lit_source } else { theme.gutter };
            put(
                buf,
                parts.gutter.x,
                y,
                parts.gutter.width,
                GUTTER_MARK,
                style,
            );
        }
        draw_row(buf, parts.text, y, text, row.start, row.end, &highlights);
    }
    draw_scrollbar(app, theme, parts.scrollbar, buf);
}

fn draw_row(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    text: &str,
    start: usize,
    end: usize,
    highlights: &Highlights,
) {
    let segments = highlights.row(start, end);
    let mut segment = 0;
    let mut x = area.x;
    for glyph in glyphs(text, start, end) {
        while segment + 1 < segments.len() && segments[segment].1 <= glyph.start {
            segment += 1;
        }
        let style = segments.get(segment).map_or(Style::new(), |s| s.2);
        if glyph.width == 0 {
            continue;
        }
        if x + glyph.width as u16 > area.right() {
            break;
        }
        if glyph.symbol.trim().is_empty() {
            for dx in 0..glyph.width as u16 {
                buf[(x + dx, y)].set_symbol(" ").set_style(style);
            }
        } else {
            buf[(x, y)].set_symbol(glyph.symbol).set_style(style);
            // The columns a wide glyph covers are blanked, as ratatui does for wide text.
            for dx in 1..glyph.width as u16 {
                buf[(x + dx, y)].reset();
                buf[(x + dx, y)].set_style(style);
            }
        }
        x += glyph.width as u16;
    }
}

fn draw_scrollbar(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let height = usize::from(area.height);
    let rows = app.layout().len().max(1);
    let top = app.top_row();
    let scaled = |row: usize| (row * height / rows).min(height - 1);
    let thumb_start = scaled(top);
    let thumb_end = scaled((top + height).min(rows).saturating_sub(1)).max(thumb_start);
    for i in 0..height {
        let symbol = if (thumb_start..=thumb_end).contains(&i) {
            THUMB
        } else {
            TRACK
        };
        put(buf, area.x, area.y + i as u16, 1, symbol, theme.border);
    }
    // One look-up per scrollbar cell rather than one per target: a search for "the" in a long
    // article has more hits than the bar has cells. Cell `i` shows rows `r` with
    // `r * height / rows == i`, the rows from `ceil(i * rows / height)` on.
    let targets = app.targets();
    let layout = app.layout();
    let text = &app.briefing().text;
    // A search lists no targets: it is asked per cell, once its count can skip the stretches
    // without hits (before that, a cell could read megabytes).
    let search = app
        .search()
        .filter(|s| app.lit() == Some(&Lit::Search) && !s.counting());
    let first_row = |i: usize| (i * rows).div_ceil(height);
    for i in 0..height {
        let (from, to) = (first_row(i), first_row(i + 1));
        if from >= to {
            continue;
        }
        let start = layout.offset_of(from);
        let end = if to >= layout.len() {
            usize::MAX
        } else {
            layout.offset_of(to)
        };
        let at = targets.partition_point(|span| span.start < start);
        let marked = match search {
            Some(search) => search.first_in(text, start, end).is_some(),
            None => targets.get(at).is_some_and(|span| span.start < end),
        };
        if marked {
            put(buf, area.x, area.y + i as u16, 1, MARK, theme.scroll_mark);
        }
    }
    if let Some(current) = app.current_target() {
        let i = scaled(layout.row_of(current.start));
        put(
            buf,
            area.x,
            area.y + i as u16,
            1,
            CURRENT_MARK,
            theme.current,
        );
    }
}
