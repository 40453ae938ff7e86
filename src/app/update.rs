//! `App::update`: what each action does to the state. No terminal, no drawing.

use ratatui::layout::{Position, Rect};

use super::lists::{self, EntityRow, QuoteRow, shorten};
use super::{Action, App, Help, Input, InputTarget, Lit, Pane, Search};
use crate::model::Span;
use crate::text::layout::glyphs;

/// Rows a wheel notch scrolls.
const WHEEL_ROWS: usize = 3;
/// Characters of a name or quote echoed in a message.
const ECHO_CHARS: usize = 60;

impl App {
    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.apply(action);
        self.note_reading();
        self.keep_list_offsets();
    }

    fn apply(&mut self, action: Action) {
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
        if self.dossier.is_some() {
            return self.update_dossier(action);
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Clear => self.clear(),
            Action::FocusNext => self.cycle_focus(true),
            Action::FocusPrevious => self.cycle_focus(false),
            Action::WiderList | Action::NarrowerList => {
                let step = if action == Action::WiderList { 4 } else { -4 };
                let before = self.screen.briefings.map(|r| r.width);
                self.list_extra = self.list_extra.saturating_add(step).clamp(-40, 200);
                self.relayout();
                if self.screen.briefings.map(|r| r.width) == before {
                    // At a limit: the stored width goes back so the other key acts at once.
                    self.list_extra = self.list_extra.saturating_sub(step);
                    self.relayout();
                }
            }
            Action::CycleSort => match self.focus {
                Pane::Entities => {
                    self.lists.entity_sort = self.lists.entity_sort.next();
                    self.rebuild_rows();
                    self.message = Some(format!("entities {}", self.lists.entity_sort.label()));
                }
                Pane::Briefings => {
                    let dated = self.library.slots.iter().any(|slot| {
                        let meta = slot.briefing.meta.as_deref();
                        meta.and_then(|m| m.sortable_date()).is_some()
                    });
                    self.lists.briefing_sort = self.lists.briefing_sort.next(dated);
                    self.rebuild_rows();
                    self.message = Some(format!("briefings {}", self.lists.briefing_sort.label()));
                }
                Pane::Article | Pane::Quotes => {}
            },
            Action::FocusLeft => self.focus_sideways(false),
            Action::FocusRight => self.focus_sideways(true),
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::HalfPageUp => self.move_by(-((self.page() + 2) / 2).max(1)),
            Action::HalfPageDown => self.move_by(((self.page() + 2) / 2).max(1)),
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
            Action::ToggleRead => self.toggle_read(),
            Action::NextMark => self.step_mark(1),
            Action::PreviousMark => self.step_mark(-1),
            Action::EntityAtReading => self.entity_at_reading(),
            Action::OtherBriefing => self.follow(1),
            Action::PreviousOtherBriefing => self.follow(-1),
            Action::Dossier => self.open_dossier(),
            Action::JumpBack => self.jump_back(),
            Action::JumpForward => self.jump_forward(),
            Action::Hints => self.start_hints(),
            Action::Search => self.start_input(),
            Action::Copy => self.copy(),
            Action::OpenLink => self.open_link(),
            Action::ToggleMouse => {
                self.mouse = !self.mouse;
                self.message = Some(format!("mouse {}", if self.mouse { "on" } else { "off" }));
            }
            Action::ToggleHelp => self.help = Some(Help::default()),
            Action::ToggleContext => {
                self.lists.context_lines = !self.lists.context_lines;
                self.lists.concordance_row = self.concordance_start();
            }
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
                    previous: help.filter.clone(),
                    origin: self.reader.anchor,
                    origin_text: self.text_version(),
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
        // Two rows of the last page stay in view, so the eye finds its place.
        height.saturating_sub(2).max(1) as isize
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

    /// Where the concordance opens: on the mention being walked when the entity is lit,
    /// else on its first.
    fn concordance_start(&self) -> usize {
        match (self.reader.lit.as_ref(), self.lists.selected_entity) {
            (Some(Lit::Entity(lit)), Some(selected)) if *lit == selected => self.reader.cursor,
            _ => 0,
        }
    }

    /// h/l: briefings, article and the side panes sit left to right; the side pane last
    /// shown is the one to the right of the article.
    fn focus_sideways(&mut self, right: bool) {
        let side = match self.side {
            Pane::Briefings | Pane::Article => Pane::Entities,
            other => other,
        };
        let next = match (self.focus, right) {
            (Pane::Briefings, true) => Pane::Article,
            (Pane::Article, true) => side,
            (Pane::Article, false) if self.show_briefings => Pane::Briefings,
            (Pane::Entities | Pane::Quotes, false) => Pane::Article,
            (pane, _) => pane,
        };
        self.set_focus(next);
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
                let rows = self.lists.briefing_rows.clone();
                if let Some(target) = step_in(&rows, self.selected_row(Pane::Briefings), delta) {
                    self.show_briefing(rows[target]);
                }
            }
            Pane::Entities if self.lists.context_lines => {
                let count = self
                    .lists
                    .selected_entity
                    .and_then(|i| self.entity(i))
                    .map_or(0, |e| e.mentions.len());
                if let Some(row) =
                    step_in(&vec![(); count], Some(self.lists.concordance_row), delta)
                {
                    self.lists.concordance_row = row;
                }
            }
            Pane::Entities => {
                let selectable: Vec<usize> = (0..self.lists.entity_rows.len())
                    .filter(|&r| matches!(self.lists.entity_rows[r], EntityRow::Entity(_)))
                    .collect();
                let at = self
                    .selected_row(Pane::Entities)
                    .and_then(|row| selectable.iter().position(|&r| r == row));
                if let Some(target) = step_in(&selectable, at, delta)
                    && let Some(EntityRow::Entity(i)) =
                        self.lists.entity_rows.get(selectable[target])
                {
                    self.lists.selected_entity = Some(*i);
                }
            }
            Pane::Quotes => {
                let rows = self.lists.quote_rows.clone();
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
        self.reader.anchor = self.reader.layout.offset_of(top);
    }

    /// Selecting a quote shows it: the article scrolls to it and lights it with its source.
    pub(super) fn select_quote_row(&mut self, row: QuoteRow) {
        if let QuoteRow::Quote(index) = row {
            self.reader.cursor = 0;
            self.set_lit(Some(Lit::Quote(index)));
            if let Some(span) = self.briefing().quotes().get(index).map(|q| q.span()) {
                self.reveal(span);
            }
        }
        self.lists.selected_quote = Some(row);
    }

    fn is_on_screen(&self, span: Span) -> bool {
        let row = self.reader.layout.row_of(span.start);
        let top = self.top_row();
        row >= top && row < top + self.article_height()
    }

    /// Scrolls so `span` is on screen, leaving a third of the page above it when it was not.
    pub(super) fn reveal(&mut self, span: Span) {
        let row = self.reader.layout.row_of(span.start);
        let height = self.article_height().max(1);
        let top = self.top_row();
        if row < top || row >= top + height {
            let top = row.saturating_sub(height / 3).min(self.max_top());
            self.reader.anchor = self.reader.layout.offset_of(top);
        }
    }

    // ----- briefings ---------------------------------------------------------------------

    fn step_briefing(&mut self, delta: isize) {
        let count = self.library.slots.len();
        if count < 2 {
            self.message = Some("only one briefing is loaded".into());
            return;
        }
        let next = (self.library.current as isize + delta).rem_euclid(count as isize) as usize;
        self.record_jump();
        self.show_briefing(next);
    }

    /// Shows briefing `index`, keeping each briefing's reading position, and the selected
    /// entity when the new briefing names it too.
    pub(super) fn show_briefing(&mut self, index: usize) {
        if index >= self.library.slots.len() || index == self.library.current {
            return;
        }
        let previous = self
            .lists
            .selected_entity
            .and_then(|i| self.entity(i))
            .cloned();
        self.library.slots[self.library.current].anchor = self.reader.anchor;
        self.library.current = index;
        self.reader.anchor = self.library.slots[index].anchor;
        self.reader.lit = None;
        self.reader.cursor = 0;
        self.lists.selected_quote = None;
        self.lists.selected_entity =
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
                if let Some(index) = self.lists.selected_entity {
                    self.record_jump();
                    if self.lists.context_lines {
                        // From the concordance, Enter goes to the mention on its selected row.
                        // The row may be left from another entity's concordance: clamp it.
                        let mentions = self.entity(index).map_or(0, |e| e.mentions.len());
                        let at = self.lists.concordance_row.min(mentions.saturating_sub(1));
                        self.light(Lit::Entity(index), at);
                    } else {
                        self.light_at_reading(Lit::Entity(index));
                    }
                }
            }
            Pane::Quotes => match self.lists.selected_quote.clone() {
                Some(QuoteRow::Source { name, .. }) => {
                    self.record_jump();
                    self.light_at_reading(Lit::Source(name));
                }
                Some(QuoteRow::Quote(index)) => {
                    let Some(quote) = self.briefing().quotes().get(index) else {
                        return;
                    };
                    let name = lists::source_name(self.briefing(), quote);
                    let at = lists::quotes_of(self.briefing(), &name)
                        .iter()
                        .position(|&i| i == index)
                        .unwrap_or(0);
                    self.record_jump();
                    self.light(Lit::Source(name), at);
                }
                None => {}
            },
            Pane::Article => self.entity_at_reading(),
        }
    }

    pub(super) fn light(&mut self, lit: Lit, cursor: usize) {
        self.reader.cursor = cursor;
        self.set_lit(Some(lit));
        match self.current_target() {
            Some(span) => self.reveal(span),
            None => self.message = Some("nothing to light up".into()),
        }
    }

    /// Lights `lit` and goes to its first target at or after the reading position (the top
    /// of the article), wrapping to the first: Enter keeps the reader's place.
    pub(super) fn light_at_reading(&mut self, lit: Lit) {
        self.set_lit(Some(lit));
        let cursor = self.first_target_from(self.top_offset());
        self.light_lit_at(cursor);
    }

    fn light_lit_at(&mut self, cursor: usize) {
        if let Some(lit) = self.reader.lit.clone() {
            self.light(lit, cursor);
        }
    }

    fn step_mark(&mut self, delta: isize) {
        if self.reader.lit.is_none()
            && self
                .reader
                .search
                .as_ref()
                .is_some_and(|s| s.total() != Some(0))
        {
            if let Some(search) = &mut self.reader.search {
                search.current = None;
            }
            self.set_lit(Some(Lit::Search));
        }
        if self.reader.lit == Some(Lit::Search) {
            return self.step_hit(delta);
        }
        let count = self.targets().len();
        if count == 0 {
            self.message =
                Some("nothing lit: Enter on an entity or a source, or / to search".into());
            return;
        }
        let off_screen = self
            .current_target()
            .is_some_and(|span| !self.is_on_screen(span));
        self.reader.cursor = if self.reader.cursor >= count || (off_screen && delta > 0) {
            // Starting a walk, or walking on after a scroll or a jump left the target: the
            // first target at or after the reading position.
            self.first_target_from(self.top_offset())
        } else if off_screen {
            // Backwards from what is on screen: the last target starting before its end.
            let end = self.visible_range().end;
            let targets = self.targets();
            targets
                .partition_point(|span| span.start < end)
                .checked_sub(1)
                .unwrap_or(count - 1)
        } else {
            (self.reader.cursor as isize + delta).rem_euclid(count as isize) as usize
        };
        if let Some(span) = self.current_target() {
            self.reveal(span);
        }
    }

    /// `n`/`N` on the search: the next or previous hit, wrapping. The walk goes from what is
    /// on screen when the current hit is not (it starts, or a scroll or jump left it): `n`
    /// takes the first hit at or after the top, `N` the last one before the bottom.
    fn step_hit(&mut self, delta: isize) {
        let shown = self.visible_range();
        let Some(search) = &self.reader.search else {
            return;
        };
        let text = &self.library.slots[self.library.current].briefing.text;
        let current = search.current.filter(|&hit| self.is_on_screen(hit));
        let next = match current {
            None if delta > 0 => search.first_from(text, shown.start),
            None => search.last_before(text, shown.end),
            Some(hit) if delta > 0 => search.first_from(text, hit.end.max(hit.start + 1)),
            Some(hit) => search.last_before(text, hit.start),
        };
        let Some(span) = next else {
            self.message = Some(if search.counting() {
                format!("/{}: no hit found yet (still counting)", search.query)
            } else {
                format!("/{}: no hits", search.query)
            });
            return;
        };
        if let Some(search) = &mut self.reader.search {
            search.current = Some(span);
        }
        self.reveal(span);
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
            .reader
            .layout
            .offset_of(self.top_row() + self.article_height().max(1));
        let position = self
            .current_target()
            .filter(|span| span.start >= top && span.start < bottom)
            .map_or(top, |span| span.start);
        let mentions = &self.reader.mentions;
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

    pub(super) fn select_entity_at(&mut self, entity: usize, span: Span) {
        if !self.lists.entity_rows.contains(&EntityRow::Entity(entity)) {
            self.lists.filters.entities.clear();
            self.rebuild_rows();
        }
        self.lists.selected_entity = Some(entity);
        let cursor = self
            .entity(entity)
            .and_then(|e| e.mentions.iter().position(|m| *m == span))
            .unwrap_or(0);
        self.light(Lit::Entity(entity), cursor);
    }

    // ----- typing: search and filters ----------------------------------------------------

    fn start_input(&mut self) {
        let (target, text) = match self.focus {
            Pane::Article => {
                self.begin_search_jump();
                (InputTarget::Search, String::new())
            }
            Pane::Briefings => (
                InputTarget::Filter(Pane::Briefings),
                self.lists.filters.briefings.clone(),
            ),
            Pane::Entities => (
                InputTarget::Filter(Pane::Entities),
                self.lists.filters.entities.clone(),
            ),
            Pane::Quotes => (
                InputTarget::Filter(Pane::Quotes),
                self.lists.filters.quotes.clone(),
            ),
        };
        self.input = Some(Input {
            target,
            previous: text.clone(),
            text,
            origin: self.reader.anchor,
            origin_text: self.text_version(),
        });
        self.apply_input();
    }

    /// Changes the line being typed, and applies it.
    pub(super) fn edit_input(&mut self, edit: impl FnOnce(&mut String)) {
        if let Some(input) = &mut self.input {
            edit(&mut input.text);
            self.apply_input();
        }
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
        } else if input.target == InputTarget::Search {
            self.keep_search_jump();
        }
    }

    /// Applies the line being typed as it changes: search-as-you-type, live filters.
    fn apply_input(&mut self) {
        let Some(input) = self.input.clone() else {
            return;
        };
        match input.target {
            InputTarget::Search => {
                let text = &self.library.slots[self.library.current].briefing.text;
                let mut search = Search::new(&input.text, text);
                search.current = search.first_from(text, self.top_offset());
                self.reader.search = Some(search);
                self.set_lit(Some(Lit::Search));
                if let Some(span) = self.current_target() {
                    self.reveal(span);
                }
            }
            InputTarget::Filter(pane) => {
                let typed = !input.text.trim().is_empty();
                if let Some(filter) = self.lists.filter_mut(pane) {
                    *filter = input.text;
                }
                self.rebuild_rows();
                // While typing, the best match is selected, as in a fuzzy finder: the row a
                // shorter filter left selected may now rank below it.
                if typed {
                    match pane {
                        Pane::Entities => self.lists.selected_entity = self.lists.first_entity(),
                        Pane::Quotes => {
                            self.lists.selected_quote = self.lists.quote_rows.first().cloned()
                        }
                        Pane::Briefings | Pane::Article => {}
                    }
                }
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
        self.reader.search = None;
        if self.reader.lit == Some(Lit::Search) {
            self.set_lit(None);
        }
    }

    /// Runs the search again on the current briefing's text (another briefing, or a new
    /// version of this one), and what `n`/`N` walk with it.
    pub(super) fn search_again(&mut self) {
        if let Some(search) = &mut self.reader.search {
            let text = &self.library.slots[self.library.current].briefing.text;
            let mut again = Search::new(&search.query, text);
            again.current = again.first_from(text, self.reader.anchor);
            *search = again;
        }
        self.retarget();
    }

    /// Which text is on screen: the briefing and the version of its text.
    fn text_version(&self) -> (usize, u64) {
        let current = self.library.current;
        (current, self.library.slots[current].version)
    }

    fn clear(&mut self) {
        if let Some(input) = self.input.take() {
            // Esc while typing undoes the typing: a filter goes back to what it was.
            match input.target {
                InputTarget::Search => {
                    self.end_search();
                    // Another briefing or a reloaded text may be on screen by now: the origin
                    // is a byte offset into the text typing began in.
                    if input.origin_text == self.text_version() {
                        self.reader.anchor = input.origin;
                    }
                }
                InputTarget::Filter(pane) => {
                    if let Some(filter) = self.lists.filter_mut(pane) {
                        *filter = input.previous;
                    }
                    self.rebuild_rows();
                }
                InputTarget::HelpFilter => {
                    if let Some(help) = &mut self.help {
                        help.filter = input.previous;
                    }
                }
            }
            return;
        }
        // Esc closes the concordance first, then a list's filter, then the highlight.
        if self.lists.context_lines && self.focus == Pane::Entities {
            self.lists.context_lines = false;
            return;
        }
        if let Some(filter) = self.lists.filter_mut(self.focus)
            && !filter.is_empty()
        {
            filter.clear();
            self.rebuild_rows();
            self.message = Some(format!("{} filter cleared", self.focus.title()));
            return;
        }
        self.reader.cursor = 0;
        self.reader.search = None;
        self.set_lit(None);
        self.message = None;
    }

    // ----- clipboard ---------------------------------------------------------------------

    fn copy(&mut self) {
        let briefing = self.briefing();
        let copied = match self.focus {
            Pane::Briefings => Ok(briefing.title.clone()),
            Pane::Entities => self
                .lists
                .selected_entity
                .and_then(|i| self.entity(i))
                .map(|e| e.name.clone())
                .ok_or("nothing selected to copy"),
            Pane::Quotes => match &self.lists.selected_quote {
                Some(QuoteRow::Source { .. }) => {
                    Err("a source heading: select one of its quotations to copy it")
                }
                Some(QuoteRow::Quote(index)) => {
                    self.quotation_with_source(*index).ok_or("nothing to copy")
                }
                None => Err("nothing selected to copy"),
            },
            Pane::Article => self.copy_from_article(),
        };
        match copied {
            Ok(text) if !text.is_empty() => {
                let mut message = format!("copied “{}”", shorten(&text, ECHO_CHARS));
                if let Some(note) = super::clipboard::delivery_note() {
                    message.push_str(" · ");
                    message.push_str(note);
                }
                self.message = Some(message);
                self.clipboard = Some(text);
            }
            Ok(_) => self.message = Some("nothing to copy".into()),
            Err(why) => self.message = Some(why.into()),
        }
    }

    /// In the article: the lit mention or hit being walked, else the quotation being walked,
    /// else the first quotation on screen; words only, without the marks.
    fn copy_from_article(&self) -> Result<String, &'static str> {
        let briefing = self.briefing();
        match (&self.reader.lit, self.current_target()) {
            (Some(Lit::Entity(_) | Lit::Search), Some(span)) => {
                return Ok(briefing.slice(span).to_string());
            }
            (Some(Lit::Quote(_) | Lit::Source(_)), Some(span)) => {
                if let Some(index) = briefing.quotes().iter().position(|q| q.span() == span) {
                    return self.quotation_with_source(index).ok_or("nothing to copy");
                }
            }
            _ => {}
        }
        let shown = self.visible_range();
        briefing
            .quotes()
            .iter()
            .position(|q| q.span().end > shown.start && q.span().start < shown.end)
            .and_then(|index| self.quotation_with_source(index))
            .ok_or("nothing lit and no quotation on screen to copy")
    }

    /// A quotation's words with its source, ready to paste: “…” — Source.
    fn quotation_with_source(&self, index: usize) -> Option<String> {
        let briefing = self.briefing();
        let quote = briefing.quotes().get(index)?;
        let words = briefing.slice(quote.inner()).trim();
        let source = lists::source_name(briefing, quote);
        Some(if quote.source().is_some() {
            format!("“{words}” — {source}")
        } else {
            format!("“{words}”")
        })
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
                    .reader
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
                if let Some(&briefing) = self.lists.briefing_rows.get(index) {
                    self.show_briefing(briefing);
                }
            }
            Pane::Entities => {
                if let Some(EntityRow::Entity(i)) = self.lists.entity_rows.get(index) {
                    self.lists.selected_entity = Some(*i);
                }
            }
            Pane::Quotes => {
                if let Some(row) = self.lists.quote_rows.get(index).cloned() {
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
        let layout_row = self.reader.layout.rows().get(index)?;
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
