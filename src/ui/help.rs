//! The `?` overlay: every binding of the key table, filterable with `/`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use crate::app::keymap::Binding;
use crate::app::lists::fuzzy_matches;
use crate::app::screen::inner;
use crate::app::{Action, App};

use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::model::Kind;

use super::theme::Theme;
use super::widgets::{bordered, fit, put};

/// The help's lines: `keys  where  what`, one per action and context, in table order.
pub fn lines(app: &App) -> Vec<String> {
    let filter = app.help().map_or("", |h| h.filter.as_str());
    let mut entries: Vec<(Vec<String>, &Binding)> = Vec::new();
    for binding in app.keymap().bindings() {
        let same = entries.iter_mut().find(|(_, b)| {
            b.action == binding.action
                && b.context == binding.context
                && b.description == binding.description
        });
        match same {
            Some((keys, _)) => keys.push(binding.key.to_string()),
            None => entries.push((vec![binding.key.to_string()], binding)),
        }
    }
    entries
        .into_iter()
        .map(|(keys, b)| {
            format!(
                "{:<12} {:<10} {}",
                keys.join(" "),
                b.context.label(),
                b.description
            )
        })
        .filter(|line| fuzzy_matches(filter, line))
        .collect()
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(help) = app.help() else { return };
    let width = area.width.saturating_sub(4).min(76);
    let height = area.height.saturating_sub(2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    // The keys the table binds now, so a rebound key is named as it is.
    let key = |action: Action| {
        app.keymap()
            .keys_for(action)
            .first()
            .map_or_else(|| "?".to_string(), ToString::to_string)
    };
    let mut title = format!(
        " Keys ({} filter, {} close) ",
        key(Action::Search),
        key(Action::Quit)
    );
    if !help.filter.is_empty() {
        title = format!(" Keys /{} ", help.filter);
    }
    bordered(buf, popup, &title, true, theme);
    let mut inside = inner(popup);
    if inside.height >= 3 {
        legend(theme, inside, buf);
        inside.y += 1;
        inside.height -= 1;
    }
    let lines = lines(app);
    let visible = usize::from(inside.height);
    let scroll = help.scroll.min(lines.len().saturating_sub(visible));
    for (i, line) in lines.iter().skip(scroll).take(visible).enumerate() {
        let y = inside.y + i as u16;
        put(
            buf,
            inside.x,
            y,
            inside.width,
            &fit(line, usize::from(inside.width)),
            theme.status,
        );
    }
    if lines.is_empty() {
        put(
            buf,
            inside.x,
            inside.y,
            inside.width,
            "no key matches",
            theme.dim,
        );
    }
}

/// The first row: each kind's tag drawn as the article draws that kind's names, so a reader
/// without colour (or who cannot tell the tints apart) learns the attributes at a glance.
fn legend(theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut x = put(buf, area.x, area.y, area.width, "names: ", theme.dim);
    let mut parts: Vec<(&str, Style)> = Kind::ALL
        .into_iter()
        .filter(|&kind| kind != Kind::Other)
        .map(|kind| (kind.tag(), theme.kind(kind)))
        .collect();
    parts.push(("“quotation”", theme.quote));
    for (text, style) in parts {
        let room = area.right().saturating_sub(x);
        if usize::from(room) < text.width() + 1 {
            break;
        }
        x = put(buf, x, area.y, room, text, style);
        x = put(
            buf,
            x,
            area.y,
            area.right().saturating_sub(x),
            " ",
            theme.status,
        );
    }
}
