//! UI state without a terminal.
//!
//! [`App`] holds the briefings, what is focused, selected and lit, the reading position and
//! the search; [`App::update`] (in `update.rs`) applies one [`Action`]. The renderer in
//! `crate::ui` only reads an `&App`, and `crate::tui` only turns terminal events into actions,
//! so everything a user can do is tested here with plain values.
//!
//! The reading position is a byte offset (the first byte of the top row), so a resize or a new
//! layout keeps the reader's place. The article is wrapped once per width and briefing.

pub mod action;
pub mod clipboard;
pub mod dossier;
mod files;
pub mod hints;
mod identity;
pub mod jumps;
pub mod key;
pub mod keymap;
mod library;
pub mod lists;
mod names;
pub mod read_marks;
mod reader;
mod reload;
pub mod screen;
pub mod search;
mod update;

use std::path::PathBuf;
use std::sync::Arc;

use ratatui::layout::Rect;

use crate::corpus::{LoadError, LoadProblem};
use crate::model::{Annotations, Briefing, Document, Entity, Span};
use crate::text::layout::Layout;

pub use action::Action;
pub use key::{Key, KeyCode, Modifiers};
use keymap::{Context, Keymap};
pub use library::{FileState, Slot};
pub use lists::{EntityRow, Filters, QuoteRow};
use screen::{ArticleArea, Screen};
pub use search::Search;

/// The panes, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Briefings,
    Article,
    Entities,
    Quotes,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Briefings, Pane::Article, Pane::Entities, Pane::Quotes];

    pub fn context(self) -> Context {
        match self {
            Pane::Briefings => Context::Briefings,
            Pane::Article => Context::Article,
            Pane::Entities => Context::Entities,
            Pane::Quotes => Context::Quotes,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Briefings => "Briefings",
            Pane::Article => "Article",
            Pane::Entities => "Entities",
            Pane::Quotes => "Quotes",
        }
    }
}

/// What is lit in the article, and what `n`/`N` walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lit {
    /// Every mention of an entity (an index into the briefing's entities).
    Entity(usize),
    /// Every quotation of a source, with the words naming it and its cue.
    Source(String),
    /// One quotation.
    Quote(usize),
    /// The search hits.
    Search,
}

/// What typed text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputTarget {
    Search,
    Filter(Pane),
    HelpFilter,
}

/// A line being typed at the bottom of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub target: InputTarget,
    pub text: String,
    /// What the filter was before typing began: Esc puts it back.
    pub previous: String,
    /// The reading position when typing began: Esc on a search goes back to it, when the
    /// text read is still the one it is a position in (same briefing, same version).
    pub origin: usize,
    pub origin_text: (usize, u64),
}

/// The `?` overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    pub filter: String,
    pub scroll: usize,
}

/// The whole UI state.
#[derive(Debug, Clone)]
pub struct App {
    /// The briefings and their files, and what is known across them.
    library: library::Library,
    focus: Pane,
    /// The side pane shown under the article on narrow screens.
    side: Pane,
    show_briefings: bool,
    /// Columns the reader added to (or took from) the briefing list with > and <.
    list_extra: i16,
    tint: bool,
    mouse: bool,
    help: Option<Help>,
    input: Option<Input>,
    /// The article being read: reading position, layout, what is lit and walked, search,
    /// jump list.
    reader: reader::Reader,
    /// The list panes: rows, selections, filters, sort orders.
    lists: lists::Lists,
    area: Rect,
    screen: Screen,
    message: Option<String>,
    clipboard: Option<String>,
    /// A link to hand to the system's opener (`gx`); the terminal shell opens it.
    link_to_open: Option<String>,
    /// Where the reader was before the last key, when it was `g`: `x` after it is `gx`,
    /// which opens the link from there rather than from the top `g` went to.
    before_g: Option<jumps::Jump>,
    quit: bool,
    keymap: Keymap,
    /// The open dossier (`d`).
    dossier: Option<dossier::Dossier>,
    /// Hint mode (`f`): labels on the names on screen.
    hints: Option<hints::Hints>,
}

impl App {
    /// An app on fully extracted briefings.
    pub fn new(briefings: Vec<Briefing>) -> Self {
        Self::from_slots(briefings.into_iter().map(|b| Slot::new(b, true)).collect())
    }

    /// An app on documents whose annotations will arrive later through
    /// [`App::set_annotations`]: the text can be read at once.
    pub fn pending(documents: Vec<Document>) -> Self {
        Self::opening(documents, Vec::new())
    }

    /// An app on documents already read (shown first, in order) and files listed after them
    /// that are still to be read: those show their file names until [`App::file_read`]
    /// delivers their text. Annotations arrive later through [`App::set_annotations`].
    pub fn opening(documents: Vec<Document>, unread: Vec<PathBuf>) -> Self {
        Self::opening_after(&[], documents, unread)
    }

    /// [`App::opening`] with the files found unreadable before the first document listed
    /// first, each a `skipped` row, as an unreadable file later in the folder is: the
    /// briefing on screen is the first document.
    pub fn opening_after(
        unreadable: &[(PathBuf, LoadProblem)],
        documents: Vec<Document>,
        unread: Vec<PathBuf>,
    ) -> Self {
        let empty_text = Arc::new(String::new());
        let skipped = unreadable.iter().map(|(path, problem)| Slot {
            file: FileState::Unreadable(problem.to_string()),
            ..Slot::unread(path, &empty_text)
        });
        let read = documents.into_iter().map(|document| {
            let title = crate::extract::headline(document.meta.as_deref())
                .unwrap_or_else(|| crate::extract::title(&document.text, &Annotations::default()));
            let briefing = Briefing {
                id: document.id,
                path: document.path,
                title,
                text: Arc::new(document.text),
                annotations: Annotations::default(),
                meta: document.meta,
            };
            Slot::new(briefing, false)
        });
        // Every unread slot shares one empty text rather than allocating its own.
        let unread = unread.iter().map(|path| Slot::unread(path, &empty_text));
        let first = unreadable.len();
        Self::from_slots_at(skipped.chain(read).chain(unread).collect(), first)
    }

    fn from_slots(slots: Vec<Slot>) -> Self {
        Self::from_slots_at(slots, 0)
    }

    /// The app on `slots`, showing slot `current`.
    fn from_slots_at(slots: Vec<Slot>, current: usize) -> Self {
        let show_briefings = slots.len() > 1;
        let current = current.min(slots.len().saturating_sub(1));
        let mut app = App {
            library: library::Library {
                slots,
                current,
                ..library::Library::default()
            },
            focus: Pane::Article,
            side: Pane::Entities,
            show_briefings,
            list_extra: 0,
            tint: true,
            mouse: false,
            help: None,
            input: None,
            reader: reader::Reader::default(),
            lists: lists::Lists::default(),
            area: Rect::new(0, 0, 120, 40),
            screen: Screen::default(),
            message: None,
            clipboard: None,
            link_to_open: None,
            before_g: None,
            quit: false,
            keymap: Keymap::default(),
            dossier: None,
            hints: None,
        };
        for (index, slot) in app.library.slots.iter().enumerate() {
            app.library.names.insert(index, &slot.briefing);
        }
        app.index_mentions();
        app.rebuild_rows();
        app.relayout();
        if app.library.slots.iter().all(|s| s.extracted) {
            app.corpus_index();
        }
        app
    }

    pub fn set_keymap(&mut self, keymap: Keymap) {
        self.keymap = keymap;
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    pub fn set_mouse(&mut self, on: bool) {
        self.mouse = on;
    }

    /// Shows a message in the status bar until the next key.
    pub fn set_message(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    // ----- reading the state -------------------------------------------------------------

    pub fn briefing_count(&self) -> usize {
        self.library.slots.len()
    }

    pub fn slot(&self, index: usize) -> Option<&Slot> {
        self.library.slots.get(index)
    }

    pub fn current_index(&self) -> usize {
        self.library.current
    }

    pub fn current_slot(&self) -> &Slot {
        self.library.current_slot()
    }

    pub fn briefing(&self) -> &Briefing {
        &self.current_slot().briefing
    }

    /// Every mention of the briefing on screen as `(span, entity index)`, in text order.
    pub fn mentions(&self) -> &[(Span, usize)] {
        &self.reader.mentions
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    pub fn side_pane(&self) -> Pane {
        self.side
    }

    pub fn shows_briefings(&self) -> bool {
        self.show_briefings
    }

    pub fn tint(&self) -> bool {
        self.tint
    }

    pub fn mouse(&self) -> bool {
        self.mouse
    }

    pub fn context_lines(&self) -> bool {
        self.lists.context_lines
    }

    /// The concordance's selected row: which mention of the selected entity.
    pub fn concordance_row(&self) -> usize {
        self.lists.concordance_row
    }

    /// The first concordance row shown, so the selected one stays in view.
    pub fn concordance_offset(&self) -> usize {
        let height = self
            .entity_list_area()
            .map_or(1, |a| usize::from(a.height.max(1)));
        let len = self
            .lists
            .selected_entity
            .and_then(|i| self.entity(i))
            .map_or(0, |e| e.mentions.len());
        self.lists
            .concordance_row
            .saturating_sub(height / 2)
            .min(len.saturating_sub(height))
    }

    pub fn help(&self) -> Option<&Help> {
        self.help.as_ref()
    }

    pub fn input(&self) -> Option<&Input> {
        self.input.as_ref()
    }

    pub fn search(&self) -> Option<&Search> {
        self.reader.search.as_ref()
    }

    pub fn lit(&self) -> Option<&Lit> {
        self.reader.lit.as_ref()
    }

    pub fn filters(&self) -> &Filters {
        &self.lists.filters
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn selected_entity(&self) -> Option<usize> {
        self.lists.selected_entity
    }

    pub fn selected_quote(&self) -> Option<&QuoteRow> {
        self.lists.selected_quote.as_ref()
    }

    pub fn briefing_sort(&self) -> lists::BriefingSort {
        self.lists.briefing_sort
    }

    pub fn entity_sort(&self) -> lists::EntitySort {
        self.lists.entity_sort
    }

    pub fn entity_rows(&self) -> &[EntityRow] {
        &self.lists.entity_rows
    }

    pub fn quote_rows(&self) -> &[QuoteRow] {
        &self.lists.quote_rows
    }

    pub fn briefing_rows(&self) -> &[usize] {
        &self.lists.briefing_rows
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    pub fn layout(&self) -> &Layout {
        &self.reader.layout
    }

    /// The reading position: the byte the reader scrolled to, at the top of the article.
    ///
    /// Layouts and sizes come and go without changing it (only the reader's moves do), so a
    /// storm of resizes never walks the place away. When the text ends above the bottom of a
    /// tall window, the top row shown is earlier than this ([`App::top_row`]).
    pub fn anchor(&self) -> usize {
        self.reader.anchor
    }

    /// The article's top row: the one showing the reading position, unless the last page
    /// would then not be full.
    pub fn top_row(&self) -> usize {
        self.reader
            .layout
            .row_of(self.reader.anchor)
            .min(self.max_top())
    }

    /// The first byte of the top row.
    pub fn top_offset(&self) -> usize {
        self.reader.layout.offset_of(self.top_row())
    }

    /// Takes the link waiting to be opened (`gx`).
    pub fn take_link_to_open(&mut self) -> Option<String> {
        self.link_to_open.take()
    }

    /// `gx`: the briefing's link, for the terminal shell to open; only web links are opened
    /// (a page's canonical link is its own say, and must not run a local file).
    pub(crate) fn open_link(&mut self) {
        let url = self.briefing().meta.as_deref().and_then(|m| m.url.clone());
        match url {
            Some(url) if is_web_link(&url) => {
                self.message = Some(format!("opening {url}"));
                self.link_to_open = Some(url);
            }
            Some(url) => self.message = Some(format!("not a web link, not opened: {url}")),
            None => self.message = Some("this briefing has no link".to_string()),
        }
    }

    /// Takes the text waiting to be copied to the clipboard.
    pub fn take_clipboard(&mut self) -> Option<String> {
        self.clipboard.take()
    }

    /// How many briefings have their annotations.
    pub fn extracted_count(&self) -> usize {
        self.library.count(|s| s.extracted)
    }

    /// How many listed files are still to be read.
    pub fn unread_count(&self) -> usize {
        self.library.count(|s| s.file == FileState::Unread)
    }

    /// How many briefings may still get annotations (not extracted, and not unreadable).
    pub fn pending_count(&self) -> usize {
        self.library.count(Slot::awaits_annotations)
    }

    /// How many paths could not be used, counting those reported before the app started.
    pub fn skipped_count(&self) -> usize {
        self.library.skipped
    }

    /// Counts a path that could not be used and says so in the status bar ("3 path(s)
    /// skipped: …"), unless a message of another kind is showing: a reader's own message or a
    /// configuration problem matters more.
    pub fn report_skipped(&mut self, error: &LoadError) {
        let previous = self.library.skip_message();
        self.library.count_skipped(error);
        if self.message.is_none() || self.message == previous {
            self.message = self.library.skip_message();
        }
    }

    pub fn article_area(&self) -> ArticleArea {
        ArticleArea::of(self.screen.article)
    }

    /// Rows of article text on screen.
    pub fn article_height(&self) -> usize {
        usize::from(self.article_area().text.height)
    }

    /// The spans `n`/`N` walk, in text order.
    pub fn targets(&self) -> &[Span] {
        &self.reader.targets
    }

    /// Sets what is lit, and what `n`/`N` walk with it.
    pub(crate) fn set_lit(&mut self, lit: Option<Lit>) {
        self.reader.lit = lit;
        self.retarget();
    }

    /// Derives the targets and lit quotations again, after `lit`, the search hits or the
    /// briefing changed. Every change to those goes through here or [`App::set_lit`].
    pub(crate) fn retarget(&mut self) {
        self.reader.retarget(&self.library.current_slot().briefing);
    }

    /// The index of the current target among [`App::targets`].
    pub fn cursor(&self) -> usize {
        self.reader.cursor
    }

    /// The current target: the mention, quotation or hit `n`/`N` last went to.
    pub fn current_target(&self) -> Option<Span> {
        self.reader.current_target()
    }

    /// Takes in what work off the UI thread has finished (the search's count); true when the
    /// screen should be drawn again.
    pub fn poll_background(&mut self) -> bool {
        let Some(search) = &mut self.reader.search else {
            return false;
        };
        if !search.poll() {
            return false;
        }
        // Typing read only so far for the first hit; the count knows where they all are.
        if search.current.is_none() {
            let text = &self.library.slots[self.library.current].briefing.text;
            search.current = search.first_from(text, self.reader.anchor);
            if let Some(span) = search.current
                && self.reader.lit == Some(Lit::Search)
            {
                self.reveal(span);
            }
        }
        true
    }

    /// Waits for the search's count, as a test or benchmark must before reading it.
    pub fn finish_background(&mut self) {
        if let Some(search) = &mut self.reader.search {
            search.wait();
        }
        self.poll_background();
    }

    /// The quotations lit as a source's (or the one selected), by index.
    pub fn lit_quotes(&self) -> &[usize] {
        &self.reader.lit_quotes
    }

    /// The bytes of the article on screen: from the top row to the row below the last.
    pub fn visible_range(&self) -> Span {
        let end_row = self.top_row() + self.article_height().max(1);
        let end = match self.reader.layout.rows().get(end_row) {
            Some(row) => row.start,
            None => self.briefing().text.len(),
        };
        let start = self.top_offset();
        Span::new(start, end.max(start))
    }

    pub fn entity(&self, index: usize) -> Option<&Entity> {
        self.briefing().entities().get(index)
    }

    /// Other extracted briefings naming the entity (by its name or an alias), in order.
    pub fn also_in(&self, index: usize) -> Vec<usize> {
        let Some(entity) = self.entity(index) else {
            return Vec::new();
        };
        // The corpus index, when it is up to date, says what `o` and the dossier follow.
        if let Some(others) = self
            .library
            .identity
            .briefings_linked(self.library.current, index)
        {
            return others;
        }
        // Else the name index answers what `find_same_entity` would find in each briefing, without
        // reading every briefing on every frame.
        self.library
            .names
            .briefings_naming(entity)
            .into_iter()
            .filter(|&i| i != self.library.current)
            .collect()
    }

    /// The quotations whose source is the entity: named by it, or by its name or an alias.
    pub fn quotes_by(&self, index: usize) -> Vec<usize> {
        let briefing = self.briefing();
        let Some(entity) = self.entity(index) else {
            return Vec::new();
        };
        briefing
            .quotes()
            .iter()
            .enumerate()
            .filter(|(_, q)| {
                q.source().is_some_and(|s| {
                    s.entity == Some(index) || names_entity(entity, briefing.slice(s.span))
                })
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The selected entity's details as lines of text: name, roles and aliases
    /// ("Ahmed al-Shara’a — Syrian President · also: Sharaa"), then counts, other briefings
    /// and what it said.
    pub fn entity_details(&self, index: usize) -> Vec<String> {
        let Some(entity) = self.entity(index) else {
            return Vec::new();
        };
        let mut headline = entity.name.clone();
        if !entity.roles.is_empty() {
            headline.push_str(" — ");
            headline.push_str(&entity.roles.join(", "));
        }
        if !entity.aliases.is_empty() {
            headline.push_str(" · also: ");
            headline.push_str(&entity.aliases.join(", "));
        }
        let mut facts = vec![plural(entity.mentions.len(), "mention")];
        let others = self.also_in(index);
        if !others.is_empty() {
            facts.push(format!("also in {} (o)", plural(others.len(), "briefing")));
        }
        let quotes = self.quotes_by(index);
        if let Some(first) = quotes
            .first()
            .and_then(|&i| self.briefing().quotes().get(i))
        {
            let said = self.briefing().slice(first.inner());
            facts.push(format!(
                "{}: “{}”",
                plural(quotes.len(), "quote"),
                lists::shorten(said, 60)
            ));
        }
        vec![headline, facts.join(" · ")]
    }

    /// The details wrapped to `width`: the headline in [`HEADLINE_ROWS`] rows, the facts in
    /// the rest of [`DETAIL_ROWS`], each cut with an ellipsis when longer. `true` marks the
    /// headline's rows.
    ///
    /// A short pane (`pane_height` rows inside, under [`SHORT_PANE_ROWS`]) gives each part
    /// one row.
    pub fn entity_detail_rows(
        &self,
        index: usize,
        width: u16,
        pane_height: u16,
    ) -> Vec<(bool, String)> {
        let width = usize::from(width.max(1));
        let short = pane_height < SHORT_PANE_ROWS;
        let mut rows = Vec::new();
        for (line_index, line) in self.entity_details(index).into_iter().enumerate() {
            let room = if short {
                1
            } else if line_index == 0 {
                HEADLINE_ROWS
            } else {
                DETAIL_ROWS.saturating_sub(HEADLINE_ROWS)
            };
            let layout = Layout::wrap(&line, width);
            let wrapped = layout.rows();
            for (i, row) in wrapped.iter().take(room).enumerate() {
                let mut text = line[row.start..row.end].trim_end().to_string();
                if i + 1 == room && wrapped.len() > room {
                    text = lists::shorten(&format!("{text} …"), width);
                }
                rows.push((line_index == 0, text));
            }
        }
        rows
    }

    /// Rows the entity pane gives to the selected entity's details above the list: always
    /// the same, whatever is selected, so the list's rows never move as the selection does.
    pub fn entity_detail_height(&self, inner: Rect) -> u16 {
        // The concordance takes the list's place, so it leaves the details as they are.
        let context = 0;
        // A short pane gives the details two rows; the list keeps at least three.
        let details = if inner.height >= SHORT_PANE_ROWS {
            DETAIL_ROWS as u16
        } else {
            2
        };
        (details + context).min(inner.height.saturating_sub(3))
    }

    /// The rectangle the entity list's rows are drawn in.
    pub fn entity_list_area(&self) -> Option<Rect> {
        let inside = screen::inner(self.screen.entities?);
        let detail = self.entity_detail_height(inside);
        Some(Rect {
            y: inside.y + detail,
            height: inside.height - detail,
            ..inside
        })
    }

    /// The rectangle a list pane's rows are drawn in.
    pub fn list_area(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Entities => self.entity_list_area(),
            Pane::Article => None,
            other => self.screen.area(other).map(screen::inner),
        }
    }

    /// The row index of the selection in a list pane.
    pub fn selected_row(&self, pane: Pane) -> Option<usize> {
        self.lists.selected_row(pane, self.library.current)
    }

    /// The first row a list pane shows. The list scrolls only when the selection comes
    /// within [`SCROLL_MARGIN`] rows of an edge, as in lazygit, so moving the selection
    /// leaves the other rows where they are.
    pub fn list_offset(&self, pane: Pane) -> usize {
        let height = self
            .list_area(pane)
            .map_or(1, |a| usize::from(a.height.max(1)));
        let (len, kept) = match pane {
            Pane::Briefings => (self.lists.briefing_rows.len(), self.lists.list_tops[0]),
            Pane::Entities => (self.lists.entity_rows.len(), self.lists.list_tops[1]),
            Pane::Quotes => (self.lists.quote_rows.len(), self.lists.list_tops[2]),
            Pane::Article => (0, 0),
        };
        let margin = if height > 4 * SCROLL_MARGIN {
            SCROLL_MARGIN
        } else {
            0
        };
        let selected = self.selected_row(pane).unwrap_or(0);
        let lowest = (selected + margin + 1).saturating_sub(height);
        let highest = selected.saturating_sub(margin);
        kept.clamp(lowest, highest.max(lowest))
            .min(len.saturating_sub(height))
    }

    /// Keeps each list's first row as last drawn, for [`App::list_offset`] to start from.
    pub(crate) fn keep_list_offsets(&mut self) {
        self.lists.list_tops = [
            self.list_offset(Pane::Briefings),
            self.list_offset(Pane::Entities),
            self.list_offset(Pane::Quotes),
        ];
    }

    // ----- derived state -----------------------------------------------------------------

    /// Derives [`App::mentions`] again, after the briefing on screen or its annotations
    /// changed.
    fn index_mentions(&mut self) {
        self.reader
            .index_mentions(&self.library.current_slot().briefing);
    }

    /// Keeps or drops briefing `index` in the filtered briefing list after its title changed.
    fn refilter_briefing(&mut self, index: usize) {
        let briefings: Vec<&Briefing> = self.library.slots.iter().map(|s| &s.briefing).collect();
        self.lists.refilter_briefing(&briefings, index);
    }

    /// Derives every list's rows again from the briefings and the filters.
    fn rebuild_rows(&mut self) {
        let briefings: Vec<&Briefing> = self.library.slots.iter().map(|s| &s.briefing).collect();
        self.lists.rebuild(&briefings, self.library.current);
    }

    /// Recomputes the pane geometry and, when the article width or text changed, its layout.
    /// The reading position is a byte, so it needs no change.
    fn relayout(&mut self) {
        self.screen =
            Screen::compute_with(self.area, self.show_briefings, self.side, self.list_extra);
        let width = usize::from(self.article_area().text.width.max(1));
        let key = (self.library.current, width, self.current_slot().version);
        if key != self.reader.layout_key {
            self.reader.layout = Layout::wrap(
                &self.library.slots[self
                    .library
                    .current
                    .min(self.library.slots.len().saturating_sub(1))]
                .briefing
                .text,
                width,
            );
            self.reader.layout_key = key;
        }
    }

    /// The largest top row: the last page is full.
    fn max_top(&self) -> usize {
        self.reader
            .layout
            .len()
            .saturating_sub(self.article_height().max(1))
    }
}

/// Rows kept between the selection and a list's edge when it scrolls.
pub const SCROLL_MARGIN: usize = 2;

/// Rows the selected entity's details take above the entity list, whatever it is.
pub const DETAIL_ROWS: usize = 4;
/// An entity pane with fewer rows inside gives the details two rows.
pub const SHORT_PANE_ROWS: u16 = 14;
/// Of those, the rows for its name, roles and aliases.
pub const HEADLINE_ROWS: usize = 2;

fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The entity in `briefing` that is `entity` under another annotation: same kind-agnostic
/// name, or a name or alias in common (case-insensitive).
pub fn find_same_entity(briefing: &Briefing, entity: &Entity) -> Option<usize> {
    let names: Vec<String> = std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .map(|n| n.to_lowercase())
        .collect();
    let exact = briefing
        .entities()
        .iter()
        .position(|e| e.name.to_lowercase() == entity.name.to_lowercase());
    exact.or_else(|| {
        briefing.entities().iter().position(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| names.contains(&n.to_lowercase()))
        })
    })
}

/// Whether `words` are the entity's name or one of its aliases.
pub(super) fn names_entity(entity: &Entity, words: &str) -> bool {
    let words = words.trim();
    !words.is_empty()
        && std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|n| n.eq_ignore_ascii_case(words))
}

/// Whether a link is a web address with nothing that could be read as an option or a
/// second argument: only these are opened.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}
