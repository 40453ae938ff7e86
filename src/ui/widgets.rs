//! Small drawing helpers shared by the panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;

/// Draws a pane's border and title. The focused pane has a thick border as well as its own
/// style, so focus never rests on colour alone.
pub fn bordered(buf: &mut Buffer, area: Rect, title: &str, focused: bool, theme: &Theme) {
    let (style, kind) = if focused {
        (theme.focused_border, BorderType::Thick)
    } else {
        (theme.border, BorderType::Plain)
    };
    Block::bordered()
        .border_type(kind)
        .border_style(style)
        // The title is cut with an ellipsis to fit between the corners.
        .title(fit(title, usize::from(area.width.saturating_sub(2))))
        .render(area, buf);
}

/// Writes `text` at `(x, y)`, cut to `width` columns and to the buffer.
pub fn put(buf: &mut Buffer, x: u16, y: u16, width: u16, text: &str, style: Style) -> u16 {
    let area = buf.area;
    if y < area.y || y >= area.bottom() || x < area.x || x >= area.right() {
        return x;
    }
    let width = width.min(area.right() - x);
    buf.set_stringn(x, y, text, usize::from(width), style).0
}

/// `text` cut to `width` columns with an ellipsis when it does not fit.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Fills a row of `area` with `style`.
pub fn fill_row(buf: &mut Buffer, area: Rect, y: u16, style: Style) {
    if y >= area.y && y < area.bottom() {
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
    }
}
