//! `App::update`: what each action does to the state. No terminal, no drawing.

use ratatui::layout::{Position, Rect};

use super::lists::{self, EntityRow, QuoteRow, shorten};
use super::search;
use super::{Action, App, Help, Input, InputTarget, Lit, Pane};
use crate::model::Span;
use crate::text::layout::glyphs;

/// Rows a wheel notch scrolls.
const WHEEL_ROWS: usize = 3;
/// Characters of a name or quote echoed in a message.
const ECHO_CHARS: usize = 60;

impl App {
    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Resize { width, height } => {
                // The top row's first byte is kept by `relayout`; a mention being walked that
                // was on screen stays on screen too.
                let shown = self
                    .current_target()
                    .filter(|span| self.is_on_screen(*span));
                self.area = Rect::new(0, 0, width, height);
                self.relayout();
                if let Some(span) = shown {
                    self.reveal(span);
                }
                return;
            }
            Action::Type(c) => return self.type_char(c),
            Action::Backspace => return self.backspace(),
            Action::Submit => return self.submit(),
            Action::Click { column, row } => return self.click(column, row),
            Action::Wheel { column, row, down } => return self.wheel(column, row, down),
            _ => {}
        }
        if self.help.is_some() {
            return self.update_help(action);
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Clear => self.clear(),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrevious => self.cycle_focus(false),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::HalfPageUp => self.move_by(-(self.page() / 2).max(1)),
            Action::HalfPageDown => self.move_by((self.page() / 2).max(1)),
            Action::Top => self.move_by(isize::MIN / 2),
            Action::Bottom => self.move_by(isize::MAX / 2),
            Action::NextBriefing => self.step_briefing(1),
            Action::PreviousBriefing => self.step_briefing(-1),
            Action::ToggleBriefings => self.toggle_briefings(),
            Action::ToggleTint => {
                self.tint = !self.tint;
                self.message = Some(
                    if self.tint {
                        "tinting on"
                    } else {
                        "focus mode: only the selection is lit"
                    }
                    .into(),
                );
            }
            Action::Activate => self.activate(),
            Action::NextMark => self.step_mark(1),
            Action::PreviousMark => self.step_mark(-1),
            Action::EntityAtReading => self.entity_at_reading(),
            Action::OtherBriefing => self.other_briefing(),
            Action::Search => self.start_input(),
            Action::Copy => self.copy(),
            Action::ToggleMouse => {
                self.mouse = !self.mouse;
                self.message = Some(format!("mouse {}", if self.mouse { "on" } else { "off" }));
            }
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::ToggleContext => self.context_lines = !self.context_lines,
            Action::Resize { .. }
            | Action::Suspend
            | Action::Type(_)
            | Action::Backspace
            | Action::Submit
            | Action::Click { .. }
            | Action::Wheel { .. } => {}
        }
    }

    fn update_help(&mut self, action: Action) {
        let Some(help) = &mut self.help else { return };
        match action {
            Action::Quit | Action::Clear | Action::ToggleHelp => self.help = None,
            Action::Up => help.scroll = help.scroll.saturating_sub(1),
            Action::Down => help.scroll += 1,
            Action::PageUp | Action::HalfPageUp => help.scroll = help.scroll.saturating_sub(10),
            Action::PageDown | Action::HalfPageDown => help.scroll += 10,
            Action::Top => help.scroll = 0,
            Action::Bottom => help.scroll = usize::MAX / 2,
            Action::Search => {
                self.input = Some(Input {
                    target: InputTarget::HelpFilter,
                    text: help.filter.clone(),
                })
            }
            _ => {}
        }
    }

    fn page(&self) -> isize {
        let height = match self.focus {
            Pane::Article => self.article_height(),
            pane => self.list_area(pane).map_or(1, |a| usize::from(a.height)),
        };
        height.saturating_sub(1).max(1) as isize
    }

    // ----- focus and panes ---------------------------------------------------------------

    fn visible_panes(&self) -> Vec<Pane> {
        Pane::ALL
            .into_iter()
            .filter(|p| *p != Pane::Briefings || self.show_briefings)
            .collect()
    }

    fn cycle_focus(&mut self, forward: bool) {
        let panes = self.visible_panes();
        let at = panes.iter().position(|p| *p == self.focus).unwrap_or(0);
        let next = if forward {
            (at + 1) % panes.len()
        } else {
            (at + panes.len() - 1) % panes.len()
        };
        self.set_focus(panes[next]);
    }

    pub(super) fn set_focus(&mut self, pane: Pane) {
        self.focus = pane;
        if pane != Pane::Article && self.side != pane {
            self.side = pane;
            self.relayout();
        }
    }

    fn toggle_briefings(&mut self) {
        self.show_briefings = !self.show_briefings;
        if !self.show_briefings && self.focus == Pane::Briefings {
            self.focus = Pane::Article;
        }
        if !self.show_briefings && self.side == Pane::Briefings {
            self.side = Pane::Entities;
        }
        self.relayout();
    }

    // ----- moving ------------------------------------------------------------------------

    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Pane::Article => self.scroll_by(delta),
            Pane::Briefings => {
                let rows = self.briefing_rows.clone();
                if let Some(target) = step_in(&rows, self.selected_row(Pane::Briefings), delta) {
                    self.show_briefing(rows[target]);
                }
            }
            Pane::Entities => {
                let selectable: Vec<usize> = (0..self.entity_rows.len())
                    .filter(|&r| matches!(self.entity_rows[r], EntityRow::Entity(_)))
                    .collect();
                let at = self
                    .selected_row(Pane::Entities)
                    .and_then(|row| selectable.iter().position(|&r| r == row));
                if let Some(target) = step_in(&selectable, at, delta)
                    && let Some(EntityRow::Entity(i)) = self.entity_rows.get(selectable[target])
                {
                    self.selected_entity = Some(*i);
                }
            }
            Pane::Quotes => {
                let rows = self.quote_rows.clone();
                if let Some(target) = step_in(&rows, self.selected_row(Pane::Quotes), delta) {
                    self.select_quote_row(rows[target].clone());
                }
            }
        }
    }

    fn scroll_by(&mut self, delta: isize) {
        let top = self
            .top_row()
            .saturating_add_signed(delta)
            .min(self.max_top());
        self.anchor = self.layout.offset_of(top);
    }

    /// Selecting a quote shows it: the article scrolls to it and lights it with its source.
    fn select_quote_row(&mut self, row: QuoteRow) {
        if let QuoteRow::Quote(index) = row {
            self.cursor = 0;
            self.set_lit(Some(Lit::Quote(index)));
            if let Some(span) = self.briefing().quotes().get(index).map(|q| q.span) {
                self.reveal(span);
            }
        }
        self.selected_quote = Some(row);
    }

    fn is_on_screen(&self, span: Span) -> bool {
        let row = self.layout.row_of(span.start);
        let top = self.top_row();
        row >= top && row < top + self.article_height()
    }

    /// Scrolls so `span` is on screen, leaving a third of the page above it when it was not.
    fn reveal(&mut self, span: Span) {
        let row = self.layout.row_of(span.start);
        let height = self.article_height().max(1);
        let top = self.top_row();
        if row < top || row >= top + height {
            let top = row.saturating_sub(height / 3).min(self.max_top());
            self.anchor = self.layout.offset_of(top);
        }
    }

    // ----- briefings ---------------------------------------------------------------------

    fn step_briefing(&mut self, delta: isize) {
        let count = self.slots.len();
        if count < 2 {
            self.message = Some("only one briefing is loaded".into());
            return;
        }
        let next = (self.current as isize + delta).rem_euclid(count as isize) as usize;
        self.show_briefing(next);
    }

    /// Shows briefing `index`, keeping each briefing's reading position, and the selected
    /// entity when the new briefing names it too.
    pub(super) fn show_briefing(&mut self, index: usize) {
        if index >= self.slots.len() || index == self.current {
            return;
        }
        let previous = self.selected_entity.and_then(|i| self.entity(i)).cloned();
        self.slots[self.current].anchor = self.anchor;
        self.current = index;
        self.anchor = self.slots[index].anchor;
        self.lit = None;
        self.cursor = 0;
        self.selected_quote = None;
        self.selected_entity =
            previous.and_then(|entity| super::find_same_entity(self.briefing(), &entity));
        self.index_mentions();
        self.search_again();
        self.rebuild_rows();
        self.relayout();
    }

    // ----- lighting up and walking -------------------------------------------------------

    fn activate(&mut self) {
        match self.focus {
            Pane::Briefings => self.set_focus(Pane::Article),
            Pane::Entities => {
                if let Some(index) = self.selected_entity {
                    self.light(Lit::Entity(index), 0);
                }
            }
            Pane::Quotes => match self.selected_quote.clone() {
                Some(QuoteRow::Source { name, .. }) => self.light(Lit::Source(name), 0),
                Some(QuoteRow::Quote(index)) => {
                    let Some(quote) = self.briefing().quotes().get(index) else {
                        return;
                    };
                    let name = lists::source_name(self.briefing(), quote);
                    let at = lists::quotes_of(self.briefing(), &name)
                        .iter()
                        .position(|&i| i == index)
                        .unwrap_or(0);
                    self.light(Lit::Source(name), at);
                }
                None => {}
            },
            Pane::Article => self.entity_at_reading(),
        }
    }

    fn light(&mut self, lit: Lit, cursor: usize) {
        self.cursor = cursor;
        self.set_lit(Some(lit));
        match self.current_target() {
            Some(span) => self.reveal(span),
            None => self.message = Some("nothing to light up".into()),
        }
    }

    fn step_mark(&mut self, delta: isize) {
        if self.lit.is_none() && self.search.as_ref().is_some_and(|s| !s.hits.is_empty()) {
            self.cursor = usize::MAX;
            self.set_lit(Some(Lit::Search));
        }
        let count = self.targets().len();
        if count == 0 {
            self.message =
                Some("nothing lit: Enter on an entity or a source, or / to search".into());
            return;
        }
        self.cursor = if self.cursor >= count {
            // Starting a walk: the first target at or after the reading position.
            self.first_target_from(self.top_offset())
        } else {
            (self.cursor as isize + delta).rem_euclid(count as isize) as usize
        };
        if let Some(span) = self.current_target() {
            self.reveal(span);
        }
    }

    fn first_target_from(&self, offset: usize) -> usize {
        let targets = self.targets();
        let at = targets.partition_point(|span| span.start < offset);
        if at >= targets.len() { 0 } else { at }
    }

    /// Selects the entity under or after the reading position (the current target when one
    /// is on screen, else the top of the page).
    fn entity_at_reading(&mut self) {
        let top = self.top_offset();
        let bottom = self
            .layout
            .offset_of(self.top_row() + self.article_height().max(1));
        let position = self
            .current_target()
            .filter(|span| span.start >= top && span.start < bottom)
            .map_or(top, |span| span.start);
        let mentions = &self.mentions;
        let at = mentions.partition_point(|(span, _)| span.end <= position);
        let found = mentions
            .get(at)
            .or_else(|| mentions.last())
            .map(|(span, entity)| (*span, *entity));
        let Some((span, entity)) = found else {
            self.message = Some("no entity here".into());
            return;
        };
        self.select_entity_at(entity, span);
    }

    fn select_entity_at(&mut self, entity: usize, span: Span) {
        if !self.entity_rows.contains(&EntityRow::Entity(entity)) {
            self.filters.entities.clear();
            self.rebuild_rows();
        }
        self.selected_entity = Some(entity);
        let cursor = self
            .entity(entity)
            .and_then(|e| e.mentions.iter().position(|m| *m == span))
            .unwrap_or(0);
        self.light(Lit::Entity(entity), cursor);
    }

    /// Goes to the selected entity in the next briefing (wrapping) that names it.
    fn other_briefing(&mut self) {
        // In the entity list the selection is what the reader is looking at; elsewhere it is
        // the entity lit in the article.
        let index = match &self.lit {
            Some(Lit::Entity(i)) if self.focus != Pane::Entities => Some(*i),
            _ => self.selected_entity,
        };
        let Some(entity) = index.and_then(|i| self.entity(i)).cloned() else {
            self.message = Some("select an entity first".into());
            return;
        };
        let count = self.slots.len();
        let next = (1..count)
            .map(|step| (self.current + step) % count)
            .find_map(|i| {
                super::find_same_entity(&self.slots[i].briefing, &entity).map(|found| (i, found))
            });
        let Some((briefing, found)) = next else {
            let pending = self.pending_count();
            self.message = Some(if pending > 0 {
                format!(
                    "{} is in no other briefing yet ({pending} still extracting)",
                    entity.name
                )
            } else {
                format!("{} is in no other briefing", entity.name)
            });
            return;
        };
        self.show_briefing(briefing);
        let first = self.entity(found).and_then(|e| e.mentions.first().copied());
        self.selected_entity = Some(found);
        match first {
            Some(span) => self.select_entity_at(found, span),
            None => self.light(Lit::Entity(found), 0),
        }
        self.message = Some(format!("{} in “{}”", entity.name, self.briefing().title));
    }

    // ----- typing: search and filters ----------------------------------------------------

    fn start_input(&mut self) {
        let (target, text) = match self.focus {
            Pane::Article => (InputTarget::Search, String::new()),
            Pane::Briefings => (
                InputTarget::Filter(Pane::Briefings),
                self.filters.briefings.clone(),
            ),
            Pane::Entities => (
                InputTarget::Filter(Pane::Entities),
                self.filters.entities.clone(),
            ),
            Pane::Quotes => (
                InputTarget::Filter(Pane::Quotes),
                self.filters.quotes.clone(),
            ),
        };
        self.input = Some(Input { target, text });
        self.apply_input();
    }

    fn type_char(&mut self, c: char) {
        if let Some(input) = &mut self.input {
            input.text.push(c);
            self.apply_input();
        }
    }

    fn backspace(&mut self) {
        if let Some(input) = &mut self.input {
            input.text.pop();
            self.apply_input();
        }
    }

    fn submit(&mut self) {
        let Some(input) = self.input.take() else {
            return;
        };
        if input.target == InputTarget::Search && input.text.is_empty() {
            self.end_search();
        }
    }

    /// Applies the line being typed as it changes: search-as-you-type, live filters.
    fn apply_input(&mut self) {
        let Some(input) = self.input.clone() else {
            return;
        };
        match input.target {
            InputTarget::Search => {
                let text = &self.slots[self.current].briefing.text;
                let hits = search::hits(text, &mut self.search_levels, &input.text);
                self.search = Some(super::Search {
                    query: input.text,
                    hits,
                });
                self.set_lit(Some(Lit::Search));
                self.cursor = self.first_target_from(self.top_offset());
                if let Some(span) = self.current_target() {
                    self.reveal(span);
                }
            }
            InputTarget::Filter(pane) => {
                match pane {
                    Pane::Briefings => self.filters.briefings = input.text,
                    Pane::Entities => self.filters.entities = input.text,
                    Pane::Quotes => self.filters.quotes = input.text,
                    Pane::Article => {}
                }
                self.rebuild_rows();
            }
            InputTarget::HelpFilter => {
                if let Some(help) = &mut self.help {
                    help.filter = input.text;
                    help.scroll = 0;
                }
            }
        }
    }

    fn end_search(&mut self) {
        self.search = None;
        self.search_levels.clear();
        if self.lit == Some(Lit::Search) {
            self.set_lit(None);
        }
    }

    /// Runs the search again on the current briefing's text (another briefing, or a new
    /// version of this one), and what `n`/`N` walk with it.
    pub(super) fn search_again(&mut self) {
        self.search_levels.clear();
        if let Some(search) = &mut self.search {
            let text = &self.slots[self.current].briefing.text;
            search.hits = search::hits(text, &mut self.search_levels, &search.query);
        }
        self.retarget();
    }

    fn clear(&mut self) {
        if let Some(input) = self.input.take() {
            match input.target {
                InputTarget::Search => self.end_search(),
                InputTarget::Filter(pane) => {
                    match pane {
                        Pane::Briefings => self.filters.briefings.clear(),
                        Pane::Entities => self.filters.entities.clear(),
                        Pane::Quotes => self.filters.quotes.clear(),
                        Pane::Article => {}
                    }
                    self.rebuild_rows();
                }
                InputTarget::HelpFilter => {
                    if let Some(help) = &mut self.help {
                        help.filter.clear();
                    }
                }
            }
            return;
        }
        self.cursor = 0;
        self.search = None;
        self.search_levels.clear();
        self.set_lit(None);
        self.message = None;
    }

    // ----- clipboard ---------------------------------------------------------------------

    fn copy(&mut self) {
        let briefing = self.briefing();
        let text = match self.focus {
            Pane::Briefings => Some(briefing.title.clone()),
            Pane::Entities => self
                .selected_entity
                .and_then(|i| self.entity(i))
                .map(|e| e.name.clone()),
            Pane::Quotes => match &self.selected_quote {
                Some(QuoteRow::Source { name, .. }) => Some(name.clone()),
                Some(QuoteRow::Quote(index)) => briefing
                    .quotes()
                    .get(*index)
                    .map(|q| briefing.slice(q.inner).to_string()),
                None => None,
            },
            Pane::Article => match &self.lit {
                Some(Lit::Entity(i)) => self.entity(*i).map(|e| e.name.clone()),
                Some(_) => self.current_target().map(|s| briefing.slice(s).to_string()),
                None => None,
            },
        };
        match text.filter(|t| !t.is_empty()) {
            Some(text) => {
                self.message = Some(format!("copied “{}”", shorten(&text, ECHO_CHARS)));
                self.clipboard = Some(text);
            }
            None => self.message = Some("nothing selected to copy".into()),
        }
    }

    // ----- mouse -------------------------------------------------------------------------

    fn click(&mut self, column: u16, row: u16) {
        if !self.mouse || self.help.is_some() {
            return;
        }
        let Some(pane) = self.screen.pane_at(column, row) else {
            return;
        };
        self.set_focus(pane);
        if pane == Pane::Article {
            if let Some(offset) = self.offset_at(column, row) {
                let found = self
                    .mentions
                    .iter()
                    .find(|(span, _)| span.contains(offset))
                    .copied();
                if let Some((span, entity)) = found {
                    self.select_entity_at(entity, span);
                }
            }
            return;
        }
        let Some(area) = self.list_area(pane) else {
            return;
        };
        if !area.contains(Position::new(column, row)) {
            return;
        }
        let index = self.list_offset(pane) + usize::from(row - area.y);
        match pane {
            Pane::Briefings => {
                if let Some(&briefing) = self.briefing_rows.get(index) {
                    self.show_briefing(briefing);
                }
            }
            Pane::Entities => {
                if let Some(EntityRow::Entity(i)) = self.entity_rows.get(index) {
                    self.selected_entity = Some(*i);
                }
            }
            Pane::Quotes => {
                if let Some(row) = self.quote_rows.get(index).cloned() {
                    self.select_quote_row(row);
                }
            }
            Pane::Article => {}
        }
    }

    /// The byte under a screen position in the article text.
    fn offset_at(&self, column: u16, row: u16) -> Option<usize> {
        let text_area = self.article_area().text;
        if !text_area.contains(Position::new(column, row)) {
            return None;
        }
        let index = self.top_row() + usize::from(row - text_area.y);
        let layout_row = self.layout.rows().get(index)?;
        let wanted = usize::from(column - text_area.x);
        let mut x = 0;
        glyphs(&self.briefing().text, layout_row.start, layout_row.end).find_map(|glyph| {
            x += glyph.width;
            (x > wanted).then_some(glyph.start)
        })
    }

    fn wheel(&mut self, column: u16, row: u16, down: bool) {
        if !self.mouse || self.help.is_some() {
            return;
        }
        let delta = if down {
            WHEEL_ROWS as isize
        } else {
            -(WHEEL_ROWS as isize)
        };
        match self.screen.pane_at(column, row) {
            Some(Pane::Article) => self.scroll_by(delta),
            Some(pane) => {
                let focus = self.focus;
                self.focus = pane;
                self.move_by(delta.signum());
                self.focus = focus;
            }
            None => {}
        }
    }
}

/// The index `delta` steps from `at` in a list of `items`, clamped; the first item when
/// nothing is selected.
fn step_in<T>(items: &[T], at: Option<usize>, delta: isize) -> Option<usize> {
    if items.is_empty() {
        return None;
    }
    let last = items.len() - 1;
    Some(match at {
        None => 0,
        Some(at) => at.saturating_add_signed(delta).min(last),
    })
}
