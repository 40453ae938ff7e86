//! The quote pane: quotations grouped by source with the source's count, one shortened line
//! each, with the attribution inside the quote ("via …") kept in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Lit, Pane, QuoteRow};

use super::entities::selection_style;
use super::theme::Theme;
use super::widgets::{bordered, fill_row, fit, put};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let briefing = app.briefing();
    let filter = &app.filters().quotes;
    let quotations = briefing
        .quotes()
        .iter()
        .filter(|q| q.is_quotation())
        .count();
    let mut title = format!(" Quotes {quotations} ");
    if !filter.is_empty() {
        title.push_str(&format!("/{filter} "));
    }
    let focused = app.focus() == Pane::Quotes;
    bordered(buf, area, &title, focused, theme);
    let Some(list) = app.list_area(Pane::Quotes) else {
        return;
    };
    let rows = app.quote_rows();
    if rows.is_empty() {
        let note = if let Some(note) = app.current_slot().pending_note() {
            note
        } else if filter.is_empty() {
            "no quotations found"
        } else {
            "nothing matches the filter (Esc clears it)"
        };
        put(buf, list.x, list.y, list.width, note, theme.dim);
        return;
    }
    let width = usize::from(list.width);
    let selected = app.selected_row(Pane::Quotes);
    let lit_quotes = app.lit_quotes();
    let lit_source = match app.lit() {
        Some(Lit::Source(name)) => Some(name.as_str()),
        _ => None,
    };
    let offset = app.list_offset(Pane::Quotes);
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(list.height))
    {
        let y = list.y + (i - offset) as u16;
        let base = if selected == Some(i) {
            selection_style(focused, theme)
        } else {
            Style::new()
        };
        fill_row(buf, list, y, base);
        match row {
            QuoteRow::Source { name, count } => {
                let marker = if lit_source == Some(name.as_str()) {
                    "●"
                } else {
                    " "
                };
                let count = super::status::plural(*count, "quote");
                let line = fit(&format!("{marker} {name} · {count}"), width);
                put(buf, list.x, y, list.width, &line, theme.heading.patch(base));
            }
            QuoteRow::Quote(index) => {
                let Some(quote) = briefing.quotes().get(*index) else {
                    continue;
                };
                let marker = if lit_quotes.contains(index) {
                    "▌"
                } else {
                    " "
                };
                let via: Vec<&str> = quote.via().iter().map(|v| briefing.slice(v.span)).collect();
                // The attribution inside the quote keeps all but a few words of the row.
                let via = if via.is_empty() {
                    String::new()
                } else {
                    fit(
                        &format!(" via {}", via.join(", ")),
                        width.saturating_sub(14),
                    )
                };
                let words = crate::app::lists::shorten(briefing.slice(quote.inner()), usize::MAX);
                let room = width.saturating_sub(4).saturating_sub(via.width());
                let line = format!("{marker}  “{}”", fit(&words, room.saturating_sub(2)));
                let x = put(buf, list.x, y, list.width, &line, theme.quote.patch(base));
                put(
                    buf,
                    x,
                    y,
                    list.right().saturating_sub(x),
                    &via,
                    theme.dim.patch(base),
                );
            }
        }
    }
}
