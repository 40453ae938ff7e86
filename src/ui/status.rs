//! The status bar: what is typed, the selection and position ("PER Putin · mention 3/4"), the
//! search ("/Moscow 2/8"), extraction progress and messages on the left; the focused pane's
//! key hints, generated from the key table, on the right.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Context;
use crate::app::lists::source_name;
use crate::app::{Action, App, FileState, InputTarget, Lit, Pane, QuoteRow};

use super::theme::Theme;
use super::widgets::{fit, put};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    buf.set_style(area, theme.status);
    let width = usize::from(area.width);
    if let Some(input) = app.input() {
        let prompt = match input.target {
            InputTarget::Search => format!("/{}█", input.text),
            InputTarget::Filter(_) | InputTarget::HelpFilter => {
                format!("filter: {}█", input.text)
            }
        };
        let hint = match input.target {
            InputTarget::Search => "  Enter keep · Esc cancel",
            _ => "  Enter keep · Esc undo · C-u clear",
        };
        let line = format!("{prompt}{hint}");
        put(
            buf,
            area.x,
            area.y,
            area.width,
            &fit(&line, width),
            theme.status,
        );
        return;
    }
    let context: Context = app.key_context();
    let mut help = None;
    let mut hints: Vec<String> = Vec::new();
    for (action, key, label) in app.keymap().hints(context) {
        let hint = format!("{key} {label}");
        if action == Action::ToggleHelp {
            help = Some(hint);
        } else {
            hints.push(hint);
        }
    }
    // The help's hint is kept at the right end at every width: it is the way to every other
    // key. A long file name or message is cut before it, and before it pushes the first two
    // other hints off the bar when there is room for both.
    let help_room = help.as_ref().map_or(0, |h| h.width() + 2);
    let first_hints = hints.iter().take(2).map(|h| h.width() + 2).sum::<usize>() + 1;
    let left_room = if width >= 2 * (first_hints + help_room) {
        width - first_hints - help_room
    } else {
        width.saturating_sub(help_room)
    };
    let left = left_parts(app).join(" │ ");
    let x = put(
        buf,
        area.x,
        area.y,
        area.width,
        &fit(&left, left_room),
        theme.message,
    );
    let used = usize::from(x - area.x);
    let room = width.saturating_sub(used + 3);
    let with_help = |shown: &str| match (&help, shown.is_empty()) {
        (Some(help), true) => help.clone(),
        (Some(help), false) => format!("{shown}  {help}"),
        (None, _) => shown.to_string(),
    };
    let mut shown = String::new();
    for hint in hints {
        let next = if shown.is_empty() {
            hint
        } else {
            format!("{shown}  {hint}")
        };
        if with_help(&next).width() > room {
            break;
        }
        shown = next;
    }
    let shown = with_help(&shown);
    if !shown.is_empty() {
        let x = area
            .right()
            .saturating_sub(shown.width() as u16)
            .max(area.x);
        put(buf, x, area.y, area.width, &shown, theme.dim);
    }
}

/// The left side's pieces, most important first.
pub fn left_parts(app: &App) -> Vec<String> {
    let mut parts = Vec::new();
    // A stale or skipped mark comes first: it stays true while messages come and go, and a
    // long message must not cut it off.
    if let Some(problem) = &app.current_slot().stale {
        // The message about it goes with the next Esc; the mark stays while it is true.
        parts.push(format!("stale: {problem}"));
    }
    if let FileState::Unreadable(problem) = &app.current_slot().file {
        parts.push(format!("skipped: {problem}"));
    }
    if let Some(message) = app.message() {
        parts.push(message.to_string());
    }
    if let Some(position) = position(app) {
        parts.push(position);
    }
    if let Some(search) = app.search() {
        let text = &app.briefing().text;
        let place = search
            .current
            .filter(|_| app.lit() == Some(&Lit::Search))
            .and_then(|hit| search.ordinal(text, hit));
        parts.push(match (search.total(), place) {
            (None, _) => format!("/{} counting…", search.query),
            (Some(0), _) => format!("/{} no hits", search.query),
            (Some(total), Some(place)) => format!("/{} {}/{total}", search.query, place + 1),
            (Some(total), None) => format!("/{} {}", search.query, plural(total, "hit")),
        });
    }
    let total = app.briefing_count();
    let unread = app.unread_count();
    let pending = app.pending_count();
    if unread > 0 {
        parts.push(format!("reading {}/{total}", total - unread));
    } else if pending > 0 {
        parts.push(format!("extracting {}/{total}", total - pending));
    }
    parts
}

/// The selection and where the walk is. In a list, what the reader is moving over comes
/// first, and what is lit in the article after it when that is something else; elsewhere,
/// what is lit, or where the article is.
pub fn position(app: &App) -> Option<String> {
    let selected = match app.focus() {
        Pane::Entities => app.selected_entity().and_then(|index| {
            let entity = app.entity(index)?;
            if app.lit() == Some(&Lit::Entity(index)) {
                return None;
            }
            Some(format!(
                "{} {} · {}",
                entity.kind.tag(),
                entity.name,
                plural(entity.mentions.len(), "mention")
            ))
        }),
        Pane::Quotes => match app.selected_quote() {
            Some(QuoteRow::Source { name, count })
                if app.lit() != Some(&Lit::Source(name.clone())) =>
            {
                Some(format!("{name} · {}", plural(*count, "quote")))
            }
            Some(QuoteRow::Quote(index)) if app.lit() != Some(&Lit::Quote(*index)) => {
                quote_position(app, *index)
            }
            _ => None,
        },
        Pane::Briefings | Pane::Article => None,
    };
    let lit = lit_position(app);
    match (selected, lit) {
        (Some(selected), Some(lit)) => Some(format!("{selected} │ lit: {lit}")),
        (Some(one), None) | (None, Some(one)) => Some(one),
        // The search's own part says where its walk is.
        (None, None) if app.lit() == Some(&Lit::Search) => None,
        (None, None) => Some(reading_position(app)),
    }
}

/// What is lit and where its walk is ("PER Putin · mention 3/4"). The kind tag tells the
/// walked mention's kind where no colour does (`NO_COLOR`, or a reader who cannot tell the
/// tints apart).
fn lit_position(app: &App) -> Option<String> {
    let targets = app.targets().len();
    let at = app.cursor() + 1;
    match app.lit()? {
        Lit::Entity(index) => {
            let entity = app.entity(*index)?;
            Some(format!(
                "{} {} · mention {at}/{targets}",
                entity.kind.tag(),
                entity.name
            ))
        }
        Lit::Source(name) => Some(format!("{name} · quote {at}/{targets}")),
        Lit::Quote(index) => quote_position(app, *index),
        Lit::Search => None,
    }
}

/// The briefing and the article's first visible row: "seed 1/3 · row 12–48 of 63".
fn reading_position(app: &App) -> String {
    let rows = app.layout().len().max(1);
    let first = (app.top_row() + 1).min(rows);
    let last = (app.top_row() + app.article_height()).min(rows);
    format!(
        "{} {}/{} · row {first}–{last} of {rows}",
        app.briefing().id,
        app.current_index() + 1,
        app.briefing_count(),
    )
}

/// "quote by SANA · via Presidential Media Directorate"
fn quote_position(app: &App, index: usize) -> Option<String> {
    let briefing = app.briefing();
    let quote = briefing.quotes().get(index)?;
    let mut text = format!("quote by {}", source_name(briefing, quote));
    let via: Vec<&str> = quote.via().iter().map(|v| briefing.slice(v.span)).collect();
    if !via.is_empty() {
        text.push_str(" · via ");
        text.push_str(&via.join(", "));
    }
    Some(text)
}

/// "1 hit", "2 hits".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
