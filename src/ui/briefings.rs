//! The briefing list: one row per briefing with its entity and quote counts, the one being
//! read marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, FileState, Pane};
use crate::model::Meta;

use super::entities::selection_style;
use super::theme::Theme;
use super::widgets::{bordered, fill_row, fit, put};

/// A count in at most four characters, so long briefings leave room for their titles.
fn compact(count: usize) -> String {
    match count {
        0..10_000 => count.to_string(),
        10_000..1_000_000 => format!("{}k", count / 1000),
        _ => format!("{}M", count / 1_000_000),
    }
}

/// A read briefing's row: the theme's dim style, made faint where that style has no colour
/// (the `NO_COLOR` theme), so read rows still stand back.
pub fn read_style(theme: &Theme) -> Style {
    if theme.dim.fg.is_none() {
        theme.dim.add_modifier(Modifier::DIM)
    } else {
        theme.dim
    }
}

/// The date a list row or the article's byline shows: the day of an ISO date, else the date as
/// the source gives it.
pub fn short_date(meta: &Meta) -> Option<&str> {
    match meta.sortable_date() {
        Some(date) => date.get(..10),
        None => meta.date.as_deref(),
    }
}

/// The date and outlet a row shows after its title, when the source gave them, in at most
/// `width` columns: the date alone when both do not fit.
fn row_label(meta: Option<&Meta>, width: usize) -> String {
    let Some(meta) = meta else {
        return String::new();
    };
    let date = short_date(meta);
    let both = [date, meta.source.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if both.width() <= width {
        return both;
    }
    match date {
        Some(date) if date.width() <= width => date.to_string(),
        _ => fit(&both, width),
    }
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let filter = &app.filters().briefings;
    let mut title = format!(" Briefings {} ", app.briefing_count());
    if app.briefing_sort() != crate::app::lists::BriefingSort::default() {
        title.push_str(&format!("· {} ", app.briefing_sort().label()));
    }
    if !filter.is_empty() {
        title.push_str(&format!("/{filter} "));
    }
    let focused = app.focus() == Pane::Briefings;
    bordered(buf, area, &title, focused, theme);
    let Some(list) = app.list_area(Pane::Briefings) else {
        return;
    };
    if app.briefing_rows().is_empty() {
        put(
            buf,
            list.x,
            list.y,
            list.width,
            "nothing matches the filter (Esc clears it)",
            theme.dim,
        );
        return;
    }
    let width = usize::from(list.width);
    let offset = app.list_offset(Pane::Briefings);
    for (i, &index) in app
        .briefing_rows()
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(list.height))
    {
        let Some(slot) = app.slot(index) else {
            continue;
        };
        let y = list.y + (i - offset) as u16;
        let is_current = index == app.current_index();
        let base = if is_current {
            selection_style(focused, theme)
        } else if slot.read {
            read_style(theme)
        } else {
            Style::new()
        };
        fill_row(buf, list, y, base);
        let counts = if slot.stale.is_some() {
            "stale".to_string()
        } else if matches!(slot.file, FileState::Unreadable(_)) {
            "skipped".to_string()
        } else if slot.extracted {
            // Labelled, as the help and README explain: entities and quotations.
            format!(
                "{}e {}q",
                compact(slot.briefing.entities().len()),
                compact(
                    slot.briefing
                        .quotes()
                        .iter()
                        .filter(|q| q.is_quotation())
                        .count()
                )
            )
        } else {
            "…".to_string()
        };
        let marker = if is_current { "▶" } else { " " };
        let room = width.saturating_sub(counts.width() + 3);
        // The title keeps at least half the row (less when it is shorter); the date and
        // outlet take what is left.
        let title_needs = slot.briefing.title.width().min(room / 2);
        let label = row_label(
            slot.briefing.meta.as_deref(),
            room.saturating_sub(title_needs + 1),
        );
        let room = room.saturating_sub(if label.is_empty() {
            0
        } else {
            label.width() + 1
        });
        let title = fit(&slot.briefing.title, room);
        let pad = room.saturating_sub(title.width());
        let label = if label.is_empty() {
            label
        } else {
            format!(" {label}")
        };
        let line = format!("{marker} {title}{}{label} {counts}", " ".repeat(pad));
        put(buf, list.x, y, list.width, &line, base);
    }
}
