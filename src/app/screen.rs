//! Where each pane sits for a terminal size: one computation that the renderer draws into and
//! the app reads (the article's width and height for scrolling, pane hit-testing for clicks).

use ratatui::layout::{Constraint, Layout, Rect};

use super::Pane;

/// Below this width the side panes leave the article's side and share one tabbed area under it.
pub const WIDE_COLUMNS: u16 = 100;
/// Smaller than this, only a "terminal too small" line is drawn.
pub const MIN_COLUMNS: u16 = 40;
pub const MIN_ROWS: u16 = 10;
/// Reading comfort: article lines are never wider than this.
pub const MAX_TEXT_COLUMNS: u16 = 100;
/// Columns left of the text for the quotation mark.
pub const GUTTER_COLUMNS: u16 = 2;

/// Pane rectangles, with borders. A pane that is not shown has no rectangle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Screen {
    pub too_small: bool,
    pub briefings: Option<Rect>,
    pub article: Rect,
    pub entities: Option<Rect>,
    pub quotes: Option<Rect>,
    /// The tab strip over the side area on narrow screens.
    pub tabs: Option<Rect>,
    pub status: Rect,
}

/// The inside of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// The article's parts inside its border: gutter, text, scrollbar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArticleArea {
    pub gutter: Rect,
    pub text: Rect,
    pub scrollbar: Rect,
}

impl ArticleArea {
    pub fn of(article: Rect) -> Self {
        let inside = inner(article);
        let usable = inside.width.saturating_sub(GUTTER_COLUMNS + 1);
        let text_width = usable.min(MAX_TEXT_COLUMNS);
        let gutter = Rect {
            width: GUTTER_COLUMNS.min(inside.width),
            ..inside
        };
        let text = Rect {
            x: inside.x.saturating_add(GUTTER_COLUMNS),
            width: text_width,
            ..inside
        };
        let scrollbar = Rect {
            x: inside.right().saturating_sub(1),
            width: u16::from(inside.width > GUTTER_COLUMNS),
            ..inside
        };
        ArticleArea {
            gutter,
            text,
            scrollbar,
        }
    }
}

impl Screen {
    /// Arranges the panes in `area`. `side` is the side pane shown on narrow screens.
    pub fn compute(area: Rect, show_briefings: bool, side: Pane) -> Screen {
        Self::compute_with(area, show_briefings, side, 0)
    }

    /// [`Screen::compute`] with the briefing list `list_extra` columns wider (or narrower)
    /// than it is by default on wide screens.
    pub fn compute_with(area: Rect, show_briefings: bool, side: Pane, list_extra: i16) -> Screen {
        if area.width < MIN_COLUMNS || area.height < MIN_ROWS {
            return Screen {
                too_small: true,
                status: area,
                ..Screen::default()
            };
        }
        let [body, status] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        if area.width >= WIDE_COLUMNS {
            Self::wide(body, status, show_briefings, list_extra)
        } else {
            Self::narrow(body, status, show_briefings, side)
        }
    }

    fn wide(body: Rect, status: Rect, show_briefings: bool, list_extra: i16) -> Screen {
        let side_width = (body.width * 3 / 10).clamp(34, 50);
        // The list grows with the terminal (a quarter of it, up to 48 columns, so titles can be
        // told apart) and by what the reader asked with < and >, but always leaves the
        // article its 40 columns.
        let list_width = if show_briefings {
            let most = body.width.saturating_sub(side_width + 40).max(12);
            let default = (body.width / 4).clamp(18, 48);
            (i32::from(default) + i32::from(list_extra)).clamp(12, i32::from(most)) as u16
        } else {
            0
        };
        let [briefings, article, side] = Layout::horizontal([
            Constraint::Length(list_width),
            Constraint::Min(20),
            Constraint::Length(side_width),
        ])
        .areas(body);
        let [entities, quotes] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(side);
        Screen {
            too_small: false,
            briefings: show_briefings.then_some(briefings),
            article,
            entities: Some(entities),
            quotes: Some(quotes),
            tabs: None,
            status,
        }
    }

    fn narrow(body: Rect, status: Rect, show_briefings: bool, side: Pane) -> Screen {
        let [article, tabs, side_area] = Layout::vertical([
            Constraint::Percentage(55),
            Constraint::Length(1),
            Constraint::Min(3),
        ])
        .areas(body);
        let side = match side {
            Pane::Briefings if !show_briefings => Pane::Entities,
            Pane::Article => Pane::Entities,
            other => other,
        };
        Screen {
            too_small: false,
            briefings: (side == Pane::Briefings).then_some(side_area),
            article,
            entities: (side == Pane::Entities).then_some(side_area),
            quotes: (side == Pane::Quotes).then_some(side_area),
            tabs: Some(tabs),
            status,
        }
    }

    /// The rectangle of `pane`, when it is shown.
    pub fn area(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Briefings => self.briefings,
            Pane::Article => (!self.too_small).then_some(self.article),
            Pane::Entities => self.entities,
            Pane::Quotes => self.quotes,
        }
    }

    /// The pane under a screen position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let position = ratatui::layout::Position::new(column, row);
        Pane::ALL
            .into_iter()
            .find(|pane| self.area(*pane).is_some_and(|a| a.contains(position)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_screens_put_everything_side_by_side() {
        let screen = Screen::compute(Rect::new(0, 0, 120, 40), true, Pane::Entities);
        let briefings = screen.briefings.unwrap_or_default();
        let entities = screen.entities.unwrap_or_default();
        assert!(briefings.right() <= screen.article.x);
        assert!(screen.article.right() <= entities.x);
        assert!(screen.article.width > entities.width);
        assert_eq!(screen.status, Rect::new(0, 39, 120, 1));
    }

    #[test]
    fn narrow_screens_stack_one_side_pane_under_the_article() {
        let screen = Screen::compute(Rect::new(0, 0, 80, 24), true, Pane::Quotes);
        let quotes = screen.quotes.unwrap_or_default();
        assert!(screen.entities.is_none());
        assert!(quotes.y > screen.article.bottom());
        assert!(screen.tabs.is_some());
    }

    #[test]
    fn the_briefing_list_grows_with_the_terminal_and_on_request() {
        let list = |width: u16, extra: i16| {
            Screen::compute_with(Rect::new(0, 0, width, 40), true, Pane::Article, extra)
                .briefings
                .map_or(0, |r| r.width)
        };
        assert!(list(200, 0) > list(120, 0));
        assert!(list(120, 10) > list(120, 0));
        assert!(list(120, -10) < list(120, 0));
        // However wide it is asked to be, the article keeps its columns.
        let screen = Screen::compute_with(Rect::new(0, 0, 120, 40), true, Pane::Article, 500);
        assert!(screen.article.width >= 40);
    }

    #[test]
    fn tiny_screens_are_too_small() {
        assert!(Screen::compute(Rect::new(0, 0, 39, 30), true, Pane::Article).too_small);
        assert!(Screen::compute(Rect::new(0, 0, 1, 1), true, Pane::Article).too_small);
        assert!(!Screen::compute(Rect::new(0, 0, 40, 10), true, Pane::Article).too_small);
    }

    #[test]
    fn article_text_is_at_most_a_hundred_columns() {
        let area = ArticleArea::of(Rect::new(0, 0, 200, 20));
        assert_eq!(area.text.width, MAX_TEXT_COLUMNS);
        let area = ArticleArea::of(Rect::new(0, 0, 3, 3));
        assert_eq!(area.text.width, 0);
    }
}
