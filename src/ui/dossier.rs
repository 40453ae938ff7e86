//! The dossier overlay (`d`): the briefings that name the selection, with mention counts and
//! roles, then every quotation it is the source of, each with its briefing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use crate::app::App;
use crate::app::dossier::{Dossier, DossierRow};
use crate::app::lists::shorten;
use crate::app::screen::inner;

use super::theme::Theme;
use super::widgets::{bordered, fit, put};

/// One line per row, with the two section headings where they start: `(row index, text)`;
/// headings have no row.
pub fn lines(app: &App, dossier: &Dossier) -> Vec<(Option<usize>, String)> {
    let briefings = dossier.briefings().len();
    let quotes = dossier.quote_count();
    let title = |index: usize| {
        app.slot(index)
            .map_or_else(String::new, |s| s.briefing.title.clone())
    };
    let mut lines = vec![(
        None,
        format!(
            "Named in {briefings} briefing{}",
            if briefings == 1 { "" } else { "s" }
        ),
    )];
    let mut quotes_heading = false;
    for (index, row) in dossier.rows.iter().enumerate() {
        let line = match row {
            DossierRow::Briefing {
                briefing,
                mentions,
                roles,
                ..
            } => {
                let mut line = format!("{:>3}× {}", mentions, shorten(&title(*briefing), 60));
                if !roles.is_empty() {
                    line.push_str(" · ");
                    line.push_str(&roles.join(", "));
                }
                line
            }
            DossierRow::Quote { briefing, quote } => {
                if !quotes_heading {
                    quotes_heading = true;
                    lines.push((None, String::new()));
                    lines.push((
                        None,
                        format!(
                            "Source of {quotes} quotation{}",
                            if quotes == 1 { "" } else { "s" }
                        ),
                    ));
                }
                let Some(slot) = app.slot(*briefing) else {
                    continue;
                };
                let words = slot
                    .briefing
                    .quotes()
                    .get(*quote)
                    .map_or("", |q| slot.briefing.slice(q.inner()));
                format!(
                    "“{}” — {}",
                    shorten(words.trim(), 70),
                    shorten(&slot.briefing.title, 40)
                )
            }
        };
        lines.push((Some(index), line));
    }
    lines
}

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(dossier) = app.dossier() else { return };
    let width = area.width.saturating_sub(4).min(100);
    let height = area.height.saturating_sub(2);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let kind = dossier.kind.map_or("source", |k| k.tag());
    let title = format!(" Dossier: {} [{kind}] ", dossier.name);
    bordered(buf, popup, &title, true, theme);
    let inside = inner(popup);
    let lines = lines(app, dossier);
    let visible = usize::from(inside.height);
    let selected_line = lines
        .iter()
        .position(|(row, _)| *row == Some(dossier.selected))
        .unwrap_or(0);
    let scroll = selected_line
        .saturating_sub(visible / 2)
        .min(lines.len().saturating_sub(visible));
    for (i, (row, line)) in lines.iter().skip(scroll).take(visible).enumerate() {
        let y = inside.y + i as u16;
        let style = match row {
            None => theme.heading,
            Some(r) if *r == dossier.selected => theme.list_selection,
            Some(_) => theme.status,
        };
        let marker = if *row == Some(dossier.selected) {
            "▶ "
        } else {
            "  "
        };
        put(
            buf,
            inside.x,
            y,
            inside.width,
            &fit(&format!("{marker}{line}"), usize::from(inside.width)),
            style,
        );
    }
}
