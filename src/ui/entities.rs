//! The entity pane: the selected entity's details (roles, aliases, other briefings, quotes,
//! keyword-in-context lines on demand) above the list grouped by kind tag.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::app::screen::inner;
use crate::app::{App, EntityRow, Lit, Pane};
use crate::model::{Briefing, Span};

use super::theme::Theme;
use super::widgets::{bordered, fill_row, fit, put};

/// Characters of context each side of a mention in a keyword-in-context line.
const CONTEXT_CHARS: usize = 40;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let briefing = app.briefing();
    let filter = &app.filters().entities;
    let mut title = format!(" Entities {} ", briefing.entities().len());
    if app.entity_sort() != crate::app::lists::EntitySort::default() {
        title.push_str(&format!("· {} ", app.entity_sort().label()));
    }
    if !filter.is_empty() {
        title.push_str(&format!("/{filter} "));
    }
    bordered(buf, area, &title, app.focus() == Pane::Entities, theme);
    let inside = inner(area);
    if inside.is_empty() {
        return;
    }
    let detail_height = app.entity_detail_height(inside);
    if let Some(index) = app.selected_entity() {
        let detail = Rect {
            height: detail_height,
            ..inside
        };
        render_detail(app, theme, index, detail, inside.height, buf);
    }
    if let Some(list) = app.entity_list_area() {
        render_list(app, theme, list, buf);
    }
}

fn render_detail(
    app: &App,
    theme: &Theme,
    index: usize,
    area: Rect,
    pane_height: u16,
    buf: &mut Buffer,
) {
    let Some(entity) = app.entity(index) else {
        return;
    };
    let rows = app.entity_detail_rows(index, area.width, pane_height);
    let name_style = theme.kind(entity.kind).add_modifier(Modifier::BOLD);
    let mut y = area.y;
    for (is_headline, row) in &rows {
        if y >= area.bottom() {
            return;
        }
        let style = if *is_headline { name_style } else { theme.dim };
        put(buf, area.x, y, area.width, row, style);
        y += 1;
    }
    if !app.context_lines() {
        return;
    }
    let lit_here = app.lit() == Some(&Lit::Entity(index));
    let current = if lit_here { app.cursor() } else { 0 };
    let lines = usize::from(area.bottom().saturating_sub(y));
    let first = (current + 1).saturating_sub(lines);
    for (i, mention) in entity.mentions.iter().enumerate().skip(first).take(lines) {
        let marker = if lit_here && i == current { "▶" } else { " " };
        render_context_line(app.briefing(), *mention, marker, theme, area, y, buf);
        y += 1;
    }
}

fn render_context_line(
    briefing: &Briefing,
    mention: Span,
    marker: &str,
    theme: &Theme,
    area: Rect,
    y: u16,
    buf: &mut Buffer,
) {
    let text = &briefing.text;
    let before: String = text[..mention.start.min(text.len())]
        .chars()
        .rev()
        .take(CONTEXT_CHARS)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text
        .get(mention.end..)
        .unwrap_or("")
        .chars()
        .take(CONTEXT_CHARS)
        .collect();
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let (before, after) = (flat(&before), flat(&after));
    let word = briefing.slice(mention);
    // The mention sits a third of the way in, so both sides of it show.
    let room =
        usize::from(area.width).saturating_sub(2 + unicode_width::UnicodeWidthStr::width(word));
    let left_room = room / 3;
    let left: String = {
        let chars: Vec<char> = before.chars().collect();
        chars[chars.len().saturating_sub(left_room)..]
            .iter()
            .collect()
    };
    let mut x = put(buf, area.x, y, area.width, marker, theme.current);
    x = put(
        buf,
        x + 1,
        y,
        area.right().saturating_sub(x + 1),
        &left,
        theme.dim,
    );
    x = put(
        buf,
        x,
        y,
        area.right().saturating_sub(x),
        word,
        theme.selected,
    );
    put(buf, x, y, area.right().saturating_sub(x), &after, theme.dim);
}

fn render_list(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let briefing = app.briefing();
    let rows = app.entity_rows();
    if rows.is_empty() {
        let note = if let Some(note) = app.current_slot().pending_note() {
            note
        } else if app.filters().entities.is_empty() {
            "no entities found"
        } else {
            "nothing matches the filter (Esc clears it)"
        };
        put(buf, area.x, area.y, area.width, note, theme.dim);
        return;
    }
    let width = usize::from(area.width);
    let selected_row = app.selected_row(Pane::Entities);
    let lit = match app.lit() {
        Some(Lit::Entity(i)) => Some(*i),
        _ => None,
    };
    let offset = app.list_offset(Pane::Entities);
    for (i, row) in rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(area.height))
    {
        let y = area.y + (i - offset) as u16;
        match row {
            EntityRow::Heading { kind, count } => {
                let line = format!("{} · {}", kind.tag(), count);
                let style = theme.heading.patch(theme.kind(*kind));
                put(buf, area.x, y, area.width, &fit(&line, width), style);
            }
            EntityRow::Entity(index) => {
                let Some(entity) = briefing.entities().get(*index) else {
                    continue;
                };
                let count = entity.mentions.len().to_string();
                let marker = if lit == Some(*index) { "●" } else { " " };
                let name_room = width.saturating_sub(count.len() + 3);
                let name = fit(&entity.name, name_room);
                let pad =
                    name_room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                let line = format!("{marker} {name}{} {count}", " ".repeat(pad));
                let is_selected = selected_row == Some(i);
                let base = if is_selected {
                    selection_style(app.focus() == Pane::Entities, theme)
                } else {
                    Style::new()
                };
                fill_row(buf, area, y, base);
                let x = put(buf, area.x, y, area.width, &line[..marker.len() + 1], base);
                put(
                    buf,
                    x,
                    y,
                    area.right() - x,
                    &line[marker.len() + 1..],
                    base.patch(theme.kind(entity.kind)),
                );
            }
        }
    }
}

/// The selected row: the selection style in the focused pane, underlined elsewhere so it is
/// still found.
pub fn selection_style(focused: bool, theme: &Theme) -> Style {
    if focused {
        theme.list_selection
    } else {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }
}
