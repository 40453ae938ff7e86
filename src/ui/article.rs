//! The article pane: the visible rows of the cached layout, highlighted, with a quotation
//! gutter and a scrollbar that marks where the lit mentions, quotations or hits are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::app::screen::ArticleArea;
use crate::app::{App, Pane};
use crate::text::layout::glyphs;

use super::highlight::Highlights;
use super::theme::Theme;
use super::widgets::{bordered, put};

const GUTTER_MARK: &str = "▌";
const TRACK: &str = "│";
const THUMB: &str = "┃";
const MARK: &str = "•";
const CURRENT_MARK: &str = "◆";

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let slot = app.current_slot();
    let mut title = format!(" {} ", slot.briefing.title);
    if !slot.extracted {
        title.push_str("(extracting…) ");
    }
    bordered(buf, area, &title, app.focus() == Pane::Article, theme);
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
    let current = app.current_target();
    for span in app.targets() {
        let i = scaled(app.layout().row_of(span.start));
        let (symbol, style) = if Some(span) == current {
            (CURRENT_MARK, theme.current)
        } else {
            (MARK, theme.scroll_mark)
        };
        let cell = &mut buf[(area.x, area.y + i as u16)];
        if cell.symbol() != CURRENT_MARK {
            cell.set_symbol(symbol).set_style(style);
        }
    }
}
