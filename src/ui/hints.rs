//! Hint mode's labels, drawn over the first letters of each mention on screen.

use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use crate::app::App;
use crate::text::layout::glyphs;

use super::theme::Theme;
use super::widgets::put;

pub fn render(app: &App, theme: &Theme, buf: &mut Buffer) {
    let Some(hints) = app.hints() else { return };
    let text_area = app.article_area().text;
    let top = app.top_row();
    let text = &app.briefing().text;
    let style = theme
        .current
        .add_modifier(Modifier::BOLD | Modifier::REVERSED);
    for hint in hints
        .hints
        .iter()
        .filter(|h| h.label.starts_with(&hints.typed))
    {
        let row = app.layout().row_of(hint.span.start);
        let Some(offset) = row.checked_sub(top) else {
            continue;
        };
        let Ok(offset) = u16::try_from(offset) else {
            continue;
        };
        if offset >= text_area.height {
            continue;
        }
        let Some(layout_row) = app.layout().rows().get(row) else {
            continue;
        };
        let column: usize = glyphs(text, layout_row.start, hint.span.start.min(layout_row.end))
            .map(|g| g.width)
            .sum();
        let Ok(column) = u16::try_from(column) else {
            continue;
        };
        if column >= text_area.width {
            continue;
        }
        let x = text_area.x + column;
        let label = &hint.label[hints.typed.len().min(hint.label.len())..];
        put(
            buf,
            x,
            text_area.y + offset,
            text_area.right() - x,
            label,
            style,
        );
    }
}
