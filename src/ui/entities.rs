//! The entity pane: the selected entity's details (roles, aliases, other briefings, quotes,
//! keyword-in-context lines on demand) above the list grouped by kind tag.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use unicode_width::UnicodeWidthStr;

use crate::app::screen::inner;
use crate::app::{App, EntityRow, Lit, Pane};
use crate::model::Entity;

use super::theme::Theme;
use super::widgets::{bordered, fill_row, fit, put};

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
        if app.context_lines() {
            render_concordance(app, theme, list, buf);
        } else {
            render_list(app, theme, list, buf);
        }
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
    let mut rows = app.entity_detail_rows(index, area.width, pane_height);
    let width = usize::from(area.width);
    // The block's last row says why the entity is one and of its kind, when the block has
    // room for it beside the name and the facts; the details above give it that row, the
    // last they keep cut with an ellipsis.
    let why_row = (area.height >= 3).then(|| area.bottom() - 1);
    let room = usize::from(area.height) - usize::from(why_row.is_some());
    if rows.len() > room {
        rows.truncate(room);
        if let Some((_, last)) = rows.last_mut() {
            *last = fit(&format!("{last} …"), width);
        }
    }
    let name_style = theme.kind(entity.kind).add_modifier(Modifier::BOLD);
    for (y, (is_headline, row)) in (area.y..area.bottom()).zip(&rows) {
        let style = if *is_headline { name_style } else { theme.dim };
        put(buf, area.x, y, area.width, row, style);
    }
    match why_row {
        Some(y) => put(
            buf,
            area.x,
            y,
            area.width,
            &fit(&why_line(entity), width),
            theme.dim,
        ),
        // A short block has no row to spare: the line follows the facts on theirs.
        None => match rows.iter().rposition(|(is_headline, _)| !is_headline) {
            Some(last) => {
                let y = area.y + last as u16;
                let line = format!("{} · {}", rows[last].1, why_line(entity));
                put(buf, area.x, y, area.width, &fit(&line, width), theme.dim)
            }
            None => 0,
        },
    };
}

/// Why an entity is what it is, in one line: the rule that decided its kind and the rules
/// that joined its mentions ("person: title · grouped by surname").
pub fn why_line(entity: &Entity) -> String {
    let grounds = &entity.grounds;
    let mut line = entity.kind.as_str().to_string();
    if !grounds.kind_rule.is_empty() {
        line.push_str(": ");
        line.push_str(grounds.kind_rule);
    }
    if !grounds.grouped_by.is_empty() {
        let rules: Vec<&str> = grounds.grouped_by.iter().map(|rule| rule.name()).collect();
        line.push_str(" · grouped by ");
        line.push_str(&rules.join(", "));
    } else if entity.aliases.is_empty() {
        // With other names and no rule recorded, the entity was not grouped by the
        // extractor: nothing is said rather than a guess.
        line.push_str(match entity.mentions.len() {
            1 => " · one mention",
            _ => " · named alike",
        });
    }
    line
}

/// The concordance: one row per mention, the mention at one column on every row, with as
/// much of the words around it as fits, cut at word boundaries. The selected row is the
/// list's selection; Enter goes to its mention.
fn render_concordance(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(entity) = app.selected_entity().and_then(|i| app.entity(i)) else {
        return;
    };
    let briefing = app.briefing();
    let width = usize::from(area.width);
    // The mention starts two fifths of the way in, so more of what follows it shows.
    let column = width * 2 / 5;
    let offset = app.concordance_offset();
    let selected = app
        .concordance_row()
        .min(entity.mentions.len().saturating_sub(1));
    let focused = app.focus() == Pane::Entities;
    for (i, mention) in entity
        .mentions
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(area.height))
    {
        let y = area.y + (i - offset) as u16;
        let base = if i == selected {
            selection_style(focused, theme)
        } else {
            Style::new()
        };
        fill_row(buf, area, y, base);
        let word = flat(briefing.slice(*mention));
        let word_width = UnicodeWidthStr::width(word.as_str());
        let text_before = &briefing.text[..mention.start.min(briefing.text.len())];
        let text_after = briefing.text.get(mention.end..).unwrap_or("");
        // A space between the mention and its neighbours only where the text has one:
        // “Sharaa’s” stays one word.
        let gap_before = usize::from(text_before.ends_with(char::is_whitespace));
        let gap_after = usize::from(text_after.starts_with(char::is_whitespace));
        let before = words_before(text_before, column.saturating_sub(gap_before));
        let after_room = width.saturating_sub(column + word_width + gap_after);
        let after = words_after(text_after, after_room);
        let before_width = UnicodeWidthStr::width(before.as_str());
        let left_pad = column.saturating_sub(before_width + gap_before);
        let x = area.x + left_pad as u16;
        let room = |x: u16| area.right().saturating_sub(x);
        let x = put(buf, x, y, room(x), &before, theme.dim.patch(base)) + gap_before as u16;
        let x = put(buf, x, y, room(x), &word, theme.selected.patch(base)) + gap_after as u16;
        put(buf, x, y, room(x), &after, theme.dim.patch(base));
    }
}

/// `text` on one line: line breaks and tabs as spaces.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The whole words at the end of `text` that fit in `room` columns.
fn words_before(text: &str, room: usize) -> String {
    let tail_start = text
        .char_indices()
        .rev()
        .nth(room.saturating_mul(2))
        .map_or(0, |(at, _)| at);
    let window = flat(&text[tail_start..]);
    let mut words: Vec<&str> = window.split(' ').collect();
    if tail_start > 0 && !words.is_empty() {
        // The window's first word may be cut.
        words.remove(0);
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut used = 0;
    for word in words.iter().rev() {
        let w = UnicodeWidthStr::width(*word) + usize::from(!kept.is_empty());
        if used + w > room {
            break;
        }
        used += w;
        kept.push(word);
    }
    kept.reverse();
    kept.join(" ")
}

/// The whole words at the start of `text` that fit in `room` columns.
fn words_after(text: &str, room: usize) -> String {
    let head_end = text
        .char_indices()
        .nth(room.saturating_mul(2))
        .map_or(text.len(), |(at, _)| at);
    let window = flat(&text[..head_end]);
    let mut out = String::new();
    for word in window.split(' ') {
        let w = UnicodeWidthStr::width(word) + usize::from(!out.is_empty());
        if UnicodeWidthStr::width(out.as_str()) + w > room {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
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
