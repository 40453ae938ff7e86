//! Pure rendering from the app state: `render(&App, &Theme, &mut Frame)` draws every pane into
//! the rectangles of [`crate::app::screen::Screen`], which the app also uses for scrolling and
//! clicks. Nothing here changes state.

pub mod article;
pub mod briefings;
pub mod dossier;
pub mod entities;
pub mod help;
pub mod highlight;
pub mod hints;
pub mod quotes;
pub mod status;
pub mod theme;
pub mod widgets;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

use crate::app::{App, Pane};
use theme::Theme;
use widgets::{fit, put};

/// Shown when the terminal is smaller than 40×10.
pub const TOO_SMALL: &str = "terminal too small: need 40×10";

/// Draws the whole screen.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    draw(app, theme, area, frame.buffer_mut());
}

/// Draws the whole screen into a buffer (what [`render`] does, without a frame).
pub fn draw(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let screen = app.screen();
    if screen.too_small || area != app.area() {
        put(
            buf,
            area.x,
            area.y,
            area.width,
            &fit(TOO_SMALL, usize::from(area.width)),
            theme.message,
        );
        return;
    }
    if let Some(rect) = screen.briefings {
        briefings::render(app, theme, rect, buf);
    }
    article::render(app, theme, screen.article, buf);
    if let Some(rect) = screen.entities {
        entities::render(app, theme, rect, buf);
    }
    if let Some(rect) = screen.quotes {
        quotes::render(app, theme, rect, buf);
    }
    if let Some(rect) = screen.tabs {
        render_tabs(app, theme, rect, buf);
    }
    status::render(app, theme, screen.status, buf);
    hints::render(app, theme, buf);
    dossier::render(app, theme, area, buf);
    if app.help().is_some() {
        help::render(app, theme, area, buf);
    }
}

/// The tab strip over the side area on narrow screens; the shown pane is bold and bracketed.
fn render_tabs(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let shown = if app.screen().entities.is_some() {
        Pane::Entities
    } else if app.screen().quotes.is_some() {
        Pane::Quotes
    } else {
        Pane::Briefings
    };
    let mut x = area.x;
    for pane in [Pane::Briefings, Pane::Entities, Pane::Quotes] {
        if pane == Pane::Briefings && !app.shows_briefings() {
            continue;
        }
        let (label, style) = if pane == shown {
            (
                format!("[{}]", pane.title()),
                theme.heading.add_modifier(Modifier::UNDERLINED),
            )
        } else {
            (format!(" {} ", pane.title()), theme.dim)
        };
        x = put(
            buf,
            x,
            area.y,
            area.right().saturating_sub(x),
            &label,
            style,
        );
        x = put(
            buf,
            x,
            area.y,
            area.right().saturating_sub(x),
            " ",
            theme.dim,
        );
    }
    put(
        buf,
        x,
        area.y,
        area.right().saturating_sub(x),
        "(Tab switches)",
        theme.dim,
    );
}
