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
pub mod hints;
mod identity;
pub mod jumps;
pub mod keymap;
pub mod lists;
mod names;
pub mod read_marks;
mod reload;
pub mod screen;
pub mod search;
mod update;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use crate::corpus::{LoadError, LoadProblem};
use crate::model::{Annotations, Briefing, Document, Entity, Span};
use crate::text::layout::Layout;

pub use action::Action;
use keymap::{Context, KeyChord, Keymap};
pub use lists::{EntityRow, QuoteRow};
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
    /// The reading position when typing began: Esc on a search goes back to it.
    pub origin: usize,
}

/// The `?` overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Help {
    pub filter: String,
    pub scroll: usize,
}

/// Whether a briefing's file has been read. A large folder is listed first and read in the
/// background, so the list can show every briefing before most of them are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileState {
    /// Listed, not read yet: the title is the file name and the text is empty.
    Unread,
    Read,
    /// Listed, but it could not be used (why, as the report on stderr says it).
    Unreadable(String),
}

/// One listed briefing.
#[derive(Debug, Clone)]
pub struct Slot {
    pub briefing: Briefing,
    pub file: FileState,
    /// False until the background extraction has delivered its annotations.
    pub extracted: bool,
    /// The reading position saved when another briefing is shown.
    anchor: usize,
    /// Why the file cannot be read any more, when it changed on disk into something that
    /// does not load: the last good version stays on screen, marked stale.
    pub stale: Option<String>,
    /// Bumped whenever the briefing is replaced, so a cached layout of an older text (even
    /// one of the same length) is never reused.
    version: u64,
    /// Whether the reader has read this text of the file (see [`read_marks`]).
    pub read: bool,
}

/// The file name of `path`, for a briefing that has no title of its own.
fn file_name(path: &str) -> String {
    Path::new(path).file_name().map_or_else(
        || path.to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// A briefing whose text gives no title (an empty file, one of blank lines) goes by its file
/// name rather than a blank row.
fn title_or_file_name(title: String, path: &str) -> String {
    if title.trim().is_empty() {
        file_name(path)
    } else {
        title
    }
}

impl Slot {
    fn new(mut briefing: Briefing, extracted: bool) -> Self {
        let title = std::mem::take(&mut briefing.title);
        briefing.title = title_or_file_name(title, &briefing.path);
        Slot {
            briefing,
            file: FileState::Read,
            extracted,
            anchor: 0,
            stale: None,
            version: 0,
            read: false,
        }
    }

    /// A listed file not read yet: its file name stands in for the title until it is read.
    fn unread(path: &Path, empty_text: &Arc<String>) -> Self {
        let title = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let briefing = Briefing {
            id: crate::corpus::document_id(path),
            // As `corpus::read_file` names it, so live reload finds it by the same path.
            path: path.display().to_string(),
            title,
            text: Arc::clone(empty_text),
            annotations: Annotations::default(),
            meta: None,
        };
        Slot {
            file: FileState::Unread,
            ..Slot::new(briefing, false)
        }
    }

    /// What the lists say while this briefing has no annotations to show: it is still being
    /// read or extracted, or it could not be read.
    pub fn pending_note(&self) -> Option<&'static str> {
        match self.file {
            FileState::Unread => Some("reading…"),
            FileState::Unreadable(_) => Some("skipped: cannot be read"),
            FileState::Read if !self.extracted => Some("extracting…"),
            FileState::Read => None,
        }
    }

    /// Whether annotations for this briefing may still arrive.
    pub fn awaits_annotations(&self) -> bool {
        !self.extracted && !matches!(self.file, FileState::Unreadable(_))
    }
}

/// Filters typed into the list panes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub briefings: String,
    pub entities: String,
    pub quotes: String,
}

/// The whole UI state.
#[derive(Debug, Clone)]
pub struct App {
    slots: Vec<Slot>,
    current: usize,
    focus: Pane,
    /// The side pane shown under the article on narrow screens.
    side: Pane,
    show_briefings: bool,
    /// Columns the reader added to (or took from) the briefing list with > and <.
    list_extra: i16,
    tint: bool,
    mouse: bool,
    context_lines: bool,
    /// The concordance row (an index into the selected entity's mentions) while `c` shows it.
    concordance_row: usize,
    help: Option<Help>,
    input: Option<Input>,
    search: Option<Search>,
    lit: Option<Lit>,
    /// What `n`/`N` walk, derived from `lit` and the search whenever either changes (see
    /// [`App::retarget`]), so a frame reads it instead of rebuilding it.
    targets: Vec<Span>,
    /// The quotations lit as a source's (or the one selected), derived with `targets`.
    lit_quotes: Vec<usize>,
    /// Which briefings name each (lower-cased) name or alias, for "also in N briefings".
    names: names::NameIndex,
    /// Every mention of the briefing on screen as `(span, entity index)`, in text order, for
    /// drawing and for finding the entity at a position. Only the one on screen: for a whole
    /// archive these would cost as much memory as the annotations themselves.
    mentions: Vec<(Span, usize)>,
    cursor: usize,
    filters: Filters,
    selected_entity: Option<usize>,
    selected_quote: Option<QuoteRow>,
    entity_rows: Vec<EntityRow>,
    quote_rows: Vec<QuoteRow>,
    briefing_rows: Vec<usize>,
    /// The first row shown of the briefing, entity and quote lists.
    list_tops: [usize; 3],
    entity_sort: lists::EntitySort,
    briefing_sort: lists::BriefingSort,
    anchor: usize,
    area: Rect,
    screen: Screen,
    layout: Layout,
    /// (briefing, width, briefing version) the layout was made for.
    layout_key: (usize, usize, u64),
    message: Option<String>,
    clipboard: Option<String>,
    /// A link to hand to the system's opener (`gx`); the terminal shell opens it.
    link_to_open: Option<String>,
    /// Whether the last key was `g`: `x` after it is `gx`.
    after_g: bool,
    quit: bool,
    keymap: Keymap,
    /// The folder's cross-briefing identities.
    identity: identity::Identity,
    /// The open dossier (`d`).
    dossier: Option<dossier::Dossier>,
    jumps: jumps::JumpList,
    /// Hint mode (`f`): labels on the names on screen.
    hints: Option<hints::Hints>,
    /// Paths that could not be used, counted for the status bar, and the first of them.
    skipped: usize,
    first_skipped: Option<String>,
    /// The briefings read, by path and text; `read_marks_changed` says they must be saved.
    read_marks: read_marks::ReadMarks,
    read_marks_changed: bool,
    /// The briefing on screen already marked read while it is shown, so `u` can mark it
    /// unread without it being marked again at once.
    read_noted: Option<usize>,
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
            slots,
            current,
            focus: Pane::Article,
            side: Pane::Entities,
            show_briefings,
            list_extra: 0,
            tint: true,
            mouse: false,
            context_lines: false,
            concordance_row: 0,
            help: None,
            input: None,
            search: None,
            lit: None,
            targets: Vec::new(),
            lit_quotes: Vec::new(),
            names: names::NameIndex::default(),
            mentions: Vec::new(),
            cursor: 0,
            filters: Filters::default(),
            selected_entity: None,
            selected_quote: None,
            entity_rows: Vec::new(),
            quote_rows: Vec::new(),
            briefing_rows: Vec::new(),
            list_tops: [0; 3],
            entity_sort: lists::EntitySort::default(),
            briefing_sort: lists::BriefingSort::default(),
            anchor: 0,
            area: Rect::new(0, 0, 120, 40),
            screen: Screen::default(),
            layout: Layout::wrap("", 1),
            layout_key: (usize::MAX, 0, 0),
            message: None,
            clipboard: None,
            link_to_open: None,
            after_g: false,
            quit: false,
            keymap: Keymap::default(),
            identity: identity::Identity::default(),
            dossier: None,
            jumps: jumps::JumpList::default(),
            hints: None,
            skipped: 0,
            first_skipped: None,
            read_marks: read_marks::ReadMarks::default(),
            read_marks_changed: false,
            read_noted: None,
        };
        for (index, slot) in app.slots.iter().enumerate() {
            app.names.insert(index, &slot.briefing);
        }
        app.index_mentions();
        app.rebuild_rows();
        app.relayout();
        if app.slots.iter().all(|s| s.extracted) {
            app.corpus_index();
        }
        app
    }

    /// Installs the read marks loaded from the state file.
    pub fn set_read_marks(&mut self, marks: read_marks::ReadMarks) {
        self.read_marks = marks;
        for index in 0..self.slots.len() {
            self.refresh_read(index);
        }
        self.note_reading();
    }

    pub fn read_marks(&self) -> &read_marks::ReadMarks {
        &self.read_marks
    }

    /// The read marks to save, once after each change.
    pub fn take_read_marks_to_save(&mut self) -> Option<&read_marks::ReadMarks> {
        std::mem::take(&mut self.read_marks_changed).then_some(&self.read_marks)
    }

    /// The mark key of briefing `index`: its absolute path and its text's hash. `None` while
    /// the file has not been read (its text is not known yet).
    fn read_key(&self, index: usize) -> Option<(String, u64)> {
        let slot = self.slots.get(index)?;
        (slot.file == FileState::Read).then(|| {
            (
                read_marks::mark_path(&slot.briefing.path),
                read_marks::text_hash(&slot.briefing.text),
            )
        })
    }

    fn refresh_read(&mut self, index: usize) {
        let read = self
            .read_key(index)
            .is_some_and(|(path, hash)| self.read_marks.contains(&path, hash));
        if let Some(slot) = self.slots.get_mut(index) {
            slot.read = read;
        }
    }

    /// Marks the briefing on screen read once it is being read: shown with the focus away
    /// from the briefing list (walking the list with j/k only previews).
    pub(crate) fn note_reading(&mut self) {
        if self.focus == Pane::Briefings || self.read_noted == Some(self.current) {
            return;
        }
        let Some((path, hash)) = self.read_key(self.current) else {
            return;
        };
        self.read_noted = Some(self.current);
        if self.read_marks.insert(&path, hash) {
            self.read_marks_changed = true;
        }
        self.refresh_read(self.current);
    }

    /// `u`: marks the briefing on screen read or unread.
    pub(crate) fn toggle_read(&mut self) {
        let Some((path, hash)) = self.read_key(self.current) else {
            self.message = Some("this briefing has not been read from disk yet".into());
            return;
        };
        self.read_noted = Some(self.current);
        let now_read = if self.read_marks.contains(&path, hash) {
            self.read_marks.remove(&path, hash);
            false
        } else {
            self.read_marks.insert(&path, hash);
            true
        };
        self.read_marks_changed = true;
        self.refresh_read(self.current);
        self.message = Some(
            if now_read {
                "marked read"
            } else {
                "marked unread"
            }
            .into(),
        );
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
        self.slots.len()
    }

    pub fn slot(&self, index: usize) -> Option<&Slot> {
        self.slots.get(index)
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current_slot(&self) -> &Slot {
        // `from_slots` is only reached with the documents `tui::run` checked are not empty;
        // an empty app still draws from this fallback instead of panicking.
        static EMPTY: std::sync::OnceLock<Slot> = std::sync::OnceLock::new();
        self.slots.get(self.current).unwrap_or_else(|| {
            EMPTY.get_or_init(|| {
                Slot::new(
                    Briefing {
                        id: String::new(),
                        path: String::new(),
                        title: String::new(),
                        text: Arc::default(),
                        annotations: Annotations::default(),
                        meta: None,
                    },
                    true,
                )
            })
        })
    }

    pub fn briefing(&self) -> &Briefing {
        &self.current_slot().briefing
    }

    /// Every mention of the briefing on screen as `(span, entity index)`, in text order.
    pub fn mentions(&self) -> &[(Span, usize)] {
        &self.mentions
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
        self.context_lines
    }

    /// The concordance's selected row: which mention of the selected entity.
    pub fn concordance_row(&self) -> usize {
        self.concordance_row
    }

    /// The first concordance row shown, so the selected one stays in view.
    pub fn concordance_offset(&self) -> usize {
        let height = self
            .entity_list_area()
            .map_or(1, |a| usize::from(a.height.max(1)));
        let len = self
            .selected_entity
            .and_then(|i| self.entity(i))
            .map_or(0, |e| e.mentions.len());
        self.concordance_row
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
        self.search.as_ref()
    }

    pub fn lit(&self) -> Option<&Lit> {
        self.lit.as_ref()
    }

    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn selected_entity(&self) -> Option<usize> {
        self.selected_entity
    }

    pub fn selected_quote(&self) -> Option<&QuoteRow> {
        self.selected_quote.as_ref()
    }

    pub fn briefing_sort(&self) -> lists::BriefingSort {
        self.briefing_sort
    }

    pub fn entity_sort(&self) -> lists::EntitySort {
        self.entity_sort
    }

    pub fn entity_rows(&self) -> &[EntityRow] {
        &self.entity_rows
    }

    pub fn quote_rows(&self) -> &[QuoteRow] {
        &self.quote_rows
    }

    pub fn briefing_rows(&self) -> &[usize] {
        &self.briefing_rows
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// The reading position: the byte the reader scrolled to, at the top of the article.
    ///
    /// Layouts and sizes come and go without changing it (only the reader's moves do), so a
    /// storm of resizes never walks the place away. When the text ends above the bottom of a
    /// tall window, the top row shown is earlier than this ([`App::top_row`]).
    pub fn anchor(&self) -> usize {
        self.anchor
    }

    /// The article's top row: the one showing the reading position, unless the last page
    /// would then not be full.
    pub fn top_row(&self) -> usize {
        self.layout.row_of(self.anchor).min(self.max_top())
    }

    /// The first byte of the top row.
    pub fn top_offset(&self) -> usize {
        self.layout.offset_of(self.top_row())
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
            Some(url) if crate::tui::opener::is_web_link(&url) => {
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
        self.slots.iter().filter(|s| s.extracted).count()
    }

    /// How many listed files are still to be read.
    pub fn unread_count(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| s.file == FileState::Unread)
            .count()
    }

    /// How many briefings may still get annotations (not extracted, and not unreadable).
    pub fn pending_count(&self) -> usize {
        self.slots.iter().filter(|s| s.awaits_annotations()).count()
    }

    /// How many paths could not be used, counting those reported before the app started.
    pub fn skipped_count(&self) -> usize {
        self.skipped
    }

    /// Counts a path that could not be used and says so in the status bar ("3 path(s)
    /// skipped: …"), unless a message of another kind is showing: a reader's own message or a
    /// configuration problem matters more.
    pub fn report_skipped(&mut self, error: &LoadError) {
        let previous = self.skip_message();
        self.skipped += 1;
        self.first_skipped.get_or_insert_with(|| error.to_string());
        if self.message.is_none() || self.message == previous {
            self.message = self.skip_message();
        }
    }

    fn skip_message(&self) -> Option<String> {
        let first = self.first_skipped.as_ref()?;
        Some(format!("{} path(s) skipped: {first}", self.skipped))
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
        &self.targets
    }

    /// Sets what is lit, and what `n`/`N` walk with it.
    pub(crate) fn set_lit(&mut self, lit: Option<Lit>) {
        self.lit = lit;
        self.retarget();
    }

    /// Derives the targets and lit quotations again, after `lit`, the search hits or the
    /// briefing changed. Every change to those goes through here or [`App::set_lit`].
    pub(crate) fn retarget(&mut self) {
        self.targets = self.compute_targets();
        self.lit_quotes = match &self.lit {
            Some(Lit::Source(name)) => lists::quotes_of(self.briefing(), name),
            Some(Lit::Quote(index)) => vec![*index],
            _ => Vec::new(),
        };
    }

    fn compute_targets(&self) -> Vec<Span> {
        let briefing = self.briefing();
        match &self.lit {
            None => Vec::new(),
            Some(Lit::Entity(index)) => briefing
                .entities()
                .get(*index)
                .map(|e| e.mentions.clone())
                .unwrap_or_default(),
            Some(Lit::Source(name)) => lists::quotes_of(briefing, name)
                .into_iter()
                .filter_map(|i| briefing.quotes().get(i).map(|q| q.span))
                .collect(),
            Some(Lit::Quote(index)) => briefing
                .quotes()
                .get(*index)
                .map(|q| q.span)
                .into_iter()
                .collect(),
            // A search's hits are found as they are needed, never listed (see `search.rs`).
            Some(Lit::Search) => Vec::new(),
        }
    }

    /// The index of the current target among [`App::targets`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The current target: the mention, quotation or hit `n`/`N` last went to.
    pub fn current_target(&self) -> Option<Span> {
        match self.lit {
            Some(Lit::Search) => self.search.as_ref().and_then(|s| s.current),
            _ => self.targets().get(self.cursor).copied(),
        }
    }

    /// Takes in what work off the UI thread has finished (the search's count); true when the
    /// screen should be drawn again.
    pub fn poll_background(&mut self) -> bool {
        let Some(search) = &mut self.search else {
            return false;
        };
        if !search.poll() {
            return false;
        }
        // Typing read only so far for the first hit; the count knows where they all are.
        if search.current.is_none() {
            let text = &self.slots[self.current].briefing.text;
            search.current = search.first_from(text, self.anchor);
            if let Some(span) = search.current
                && self.lit == Some(Lit::Search)
            {
                self.reveal(span);
            }
        }
        true
    }

    /// Waits for the search's count, as a test or benchmark must before reading it.
    pub fn finish_background(&mut self) {
        if let Some(search) = &mut self.search {
            search.wait();
        }
        self.poll_background();
    }

    /// The quotations lit as a source's (or the one selected), by index.
    pub fn lit_quotes(&self) -> &[usize] {
        &self.lit_quotes
    }

    /// The bytes of the article on screen: from the top row to the row below the last.
    pub fn visible_range(&self) -> Span {
        let end_row = self.top_row() + self.article_height().max(1);
        let end = match self.layout.rows().get(end_row) {
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
        if let Some(others) = self.identity.briefings_linked(self.current, index) {
            return others;
        }
        // Else the name index answers what `find_same_entity` would find in each briefing, without
        // reading every briefing on every frame.
        self.names
            .briefings_naming(entity)
            .into_iter()
            .filter(|&i| i != self.current)
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
                q.source.is_some_and(|s| {
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
            let said = self.briefing().slice(first.inner);
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
        match pane {
            Pane::Briefings => self.briefing_rows.iter().position(|&i| i == self.current),
            Pane::Entities => {
                let selected = self.selected_entity?;
                self.entity_rows
                    .iter()
                    .position(|row| *row == EntityRow::Entity(selected))
            }
            Pane::Quotes => {
                let selected = self.selected_quote.as_ref()?;
                self.quote_rows.iter().position(|row| row == selected)
            }
            Pane::Article => None,
        }
    }

    /// The first row a list pane shows. The list scrolls only when the selection comes
    /// within [`SCROLL_MARGIN`] rows of an edge, as in lazygit, so moving the selection
    /// leaves the other rows where they are.
    pub fn list_offset(&self, pane: Pane) -> usize {
        let height = self
            .list_area(pane)
            .map_or(1, |a| usize::from(a.height.max(1)));
        let (len, kept) = match pane {
            Pane::Briefings => (self.briefing_rows.len(), self.list_tops[0]),
            Pane::Entities => (self.entity_rows.len(), self.list_tops[1]),
            Pane::Quotes => (self.quote_rows.len(), self.list_tops[2]),
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

    /// Where keys are looked up: an open overlay's context, else the focused pane's.
    pub fn key_context(&self) -> Context {
        if self.help.is_some() {
            Context::Help
        } else if self.dossier.is_some() {
            Context::Dossier
        } else {
            self.focus.context()
        }
    }

    /// Keeps each list's first row as last drawn, for [`App::list_offset`] to start from.
    pub(crate) fn keep_list_offsets(&mut self) {
        self.list_tops = [
            self.list_offset(Pane::Briefings),
            self.list_offset(Pane::Entities),
            self.list_offset(Pane::Quotes),
        ];
    }

    /// Routes a key press: typed text while a line is being typed, the key table otherwise.
    ///
    /// A message from before is done with once the reader presses a key, as in helix; the
    /// key's own message (if any) then shows.
    pub fn key(&mut self, event: KeyEvent) {
        self.message = None;
        if self.input.is_some() {
            let action = match event.code {
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Esc => Some(Action::Clear),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Char(c) if !event.modifiers.contains(KeyModifiers::CONTROL) => {
                    Some(Action::Type(c))
                }
                // As in a shell: C-u empties the line, C-w deletes the word before the cursor.
                KeyCode::Char('u') => {
                    self.edit_input(|text| text.clear());
                    None
                }
                KeyCode::Char('w') => {
                    self.edit_input(|text| {
                        let kept = text.trim_end().rfind(' ').map_or(0, |at| at + 1);
                        text.truncate(kept);
                    });
                    None
                }
                KeyCode::Char('c') => Some(Action::Clear),
                _ => None,
            };
            if let Some(action) = action {
                self.update(action);
            }
            return;
        }
        if self.hints.is_some() {
            return self.hint_key(event);
        }
        let chord = KeyChord::from_event(event);
        let after_g = std::mem::replace(&mut self.after_g, chord == KeyChord::char('g'));
        if let Some(action) = self.keymap.action(self.key_context(), chord) {
            // The link opens only as `gx`, so a stray `x` opens nothing.
            if action == Action::OpenLink && !after_g {
                return;
            }
            self.update(action);
        }
    }

    /// Installs the text of listed file `index` when the background load has read it, or
    /// marks it unreadable and reports it. A file live reload has already read (or found
    /// unreadable) keeps what the reload said: that is the newer word on it.
    pub fn file_read(&mut self, index: usize, outcome: Result<Arc<String>, LoadProblem>) {
        let Some(slot) = self.slots.get_mut(index) else {
            return;
        };
        if slot.file != FileState::Unread {
            return;
        }
        match outcome {
            Ok(text) => {
                let title = crate::extract::headline(slot.briefing.meta.as_deref())
                    .unwrap_or_else(|| crate::extract::title(&text, &Annotations::default()));
                slot.briefing.title = title_or_file_name(title, &slot.briefing.path);
                slot.briefing.text = text;
                slot.file = FileState::Read;
                // The empty placeholder's layout must not be reused for the text.
                slot.version += 1;
                self.refresh_read(index);
                self.note_reading();
                if index == self.current {
                    self.search_again();
                    self.rebuild_rows();
                    self.relayout();
                } else {
                    self.refilter_briefing(index);
                }
            }
            Err(problem) => {
                slot.file = FileState::Unreadable(problem.to_string());
                let error = LoadError {
                    path: PathBuf::from(&slot.briefing.path),
                    problem,
                };
                self.report_skipped(&error);
            }
        }
    }

    /// Installs the annotations of briefing `index` when the background extraction delivers
    /// them, keeping what was selected (by name) and where the reader was.
    /// Records what a listed file says beside its text, delivered with it by the background
    /// load (before [`App::file_read`]).
    pub fn set_meta(&mut self, index: usize, meta: Option<Box<crate::model::Meta>>) {
        if let Some(slot) = self.slots.get_mut(index)
            && slot.file == FileState::Unread
        {
            slot.briefing.meta = meta;
        }
    }

    pub fn set_annotations(&mut self, index: usize, annotations: Annotations) {
        let Some(slot) = self.slots.get(index) else {
            return;
        };
        let title = crate::extract::title(&slot.briefing.text, &annotations);
        self.set_extraction(index, title, annotations);
    }

    /// [`App::set_annotations`] with the title already made from them (the background load
    /// makes it, and then drops the sentences the title is made from).
    pub fn set_extraction(&mut self, index: usize, title: String, annotations: Annotations) {
        let Some(slot) = self.slots.get(index) else {
            return;
        };
        if slot.extracted || slot.file != FileState::Read {
            // The file was reloaded (and extracted) while its first extraction still ran:
            // these annotations belong to the older text.
            return;
        }
        // The text is shared, not copied: this is one of ten thousand deliveries.
        // A page's or a feed item's own headline stays the title.
        let title = crate::extract::headline(slot.briefing.meta.as_deref()).unwrap_or(title);
        let briefing = Briefing {
            id: slot.briefing.id.clone(),
            path: slot.briefing.path.clone(),
            title,
            text: Arc::clone(&slot.briefing.text),
            annotations,
            meta: slot.briefing.meta.clone(),
        };
        self.replace_briefing(index, briefing);
    }

    /// Replaces one briefing (new text, new annotations, or both) without losing the
    /// selection: the selected and lit entity are found again by name, and the reading
    /// position follows the text it was on when the edit was above or below it.
    pub fn replace_briefing(&mut self, index: usize, briefing: Briefing) {
        let Some(slot) = self.slots.get(index) else {
            return;
        };
        let old_text = &slot.briefing.text;
        let new_text = &briefing.text;
        let same_text = old_text == new_text;
        let anchor = carry_offset(old_text, new_text, slot.anchor);
        let reading = carry_offset(old_text, new_text, self.anchor);
        let version = slot.version + u64::from(!same_text);
        let is_current = index == self.current;
        let selected_name = is_current
            .then(|| self.selected_entity.and_then(|i| self.entity(i)).cloned())
            .flatten();
        let lit_name = match (&self.lit, is_current) {
            (Some(Lit::Entity(i)), true) => self.entity(*i).cloned(),
            _ => None,
        };
        self.identity.forget(index, slot.extracted);
        let mut replacement = Slot::new(briefing, true);
        replacement.anchor = anchor;
        replacement.version = version;
        self.names
            .replace(index, &self.slots[index].briefing, &replacement.briefing);
        self.slots[index] = replacement;
        self.refresh_read(index);
        if !is_current {
            // Its title may have changed, and with it whether the list's filter keeps it.
            self.refilter_briefing(index);
            return;
        }
        self.index_mentions();
        self.anchor = reading;
        self.selected_entity = selected_name.and_then(|e| find_same_entity(self.briefing(), &e));
        match lit_name {
            Some(entity) => {
                self.lit = find_same_entity(self.briefing(), &entity).map(Lit::Entity);
            }
            // Quotes have no names to find again by; a source does, and is kept.
            None if matches!(self.lit, Some(Lit::Quote(_))) => self.lit = None,
            None => {}
        }
        // The search runs again on the new text, and the targets follow it and `lit`.
        self.search_again();
        self.cursor = self.cursor.min(self.targets.len().saturating_sub(1));
        self.rebuild_rows();
        self.relayout();
    }

    // ----- derived state -----------------------------------------------------------------

    /// Derives [`App::mentions`] again, after the briefing on screen or its annotations
    /// changed.
    fn index_mentions(&mut self) {
        let entities = self.briefing().entities();
        let mut mentions = Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        for (index, entity) in entities.iter().enumerate() {
            mentions.extend(entity.mentions.iter().map(|span| (*span, index)));
        }
        mentions.sort();
        self.mentions = mentions;
    }

    /// Keeps or drops briefing `index` in the filtered briefing list after its title changed.
    /// One briefing at a time: a load delivers ten thousand of them, and filtering the whole
    /// list for each would grow with the square of the archive.
    fn refilter_briefing(&mut self, index: usize) {
        let Some(slot) = self.slots.get(index) else {
            return;
        };
        let filter = &self.filters.briefings;
        let keep = lists::briefing_matches(&slot.briefing, filter);
        if self.briefing_sort != lists::BriefingSort::FileName {
            // Its title or quotations may have moved it: take it out and put it back.
            self.briefing_rows.retain(|&row| row != index);
            if keep {
                let sort = self.briefing_sort;
                let briefings: Vec<&Briefing> = self.slots.iter().map(|s| &s.briefing).collect();
                let at = self
                    .briefing_rows
                    .partition_point(|&row| sort.compare(&briefings, row, index).is_lt());
                self.briefing_rows.insert(at, index);
            }
            return;
        }
        match (self.briefing_rows.binary_search(&index), keep) {
            (Ok(row), false) => {
                self.briefing_rows.remove(row);
            }
            (Err(row), true) => self.briefing_rows.insert(row, index),
            _ => {}
        }
    }

    fn rebuild_rows(&mut self) {
        let briefings: Vec<&Briefing> = self.slots.iter().map(|s| &s.briefing).collect();
        self.briefing_rows = lists::briefing_rows(&briefings, &self.filters.briefings);
        if self.briefing_sort != lists::BriefingSort::FileName {
            let sort = self.briefing_sort;
            self.briefing_rows
                .sort_by(|&a, &b| sort.compare(&briefings, a, b));
        }
        let briefing = &self.slots.get(self.current).map(|s| &s.briefing);
        let Some(briefing) = briefing else { return };
        self.entity_rows =
            lists::sorted_entity_rows(briefing, &self.filters.entities, self.entity_sort);
        self.quote_rows = lists::quote_rows(briefing, &self.filters.quotes);
        let entity_shown = |i: usize| self.entity_rows.contains(&EntityRow::Entity(i));
        if !self.selected_entity.is_some_and(entity_shown) {
            self.selected_entity = self.entity_rows.iter().find_map(|row| match row {
                EntityRow::Entity(i) => Some(*i),
                EntityRow::Heading { .. } => None,
            });
        }
        if !self
            .selected_quote
            .as_ref()
            .is_some_and(|q| self.quote_rows.contains(q))
        {
            self.selected_quote = self.quote_rows.first().cloned();
        }
    }

    /// Recomputes the pane geometry and, when the article width or text changed, its layout.
    /// The reading position is a byte, so it needs no change.
    fn relayout(&mut self) {
        self.screen =
            Screen::compute_with(self.area, self.show_briefings, self.side, self.list_extra);
        let width = usize::from(self.article_area().text.width.max(1));
        let key = (self.current, width, self.current_slot().version);
        if key != self.layout_key {
            self.layout = Layout::wrap(
                &self.slots[self.current.min(self.slots.len().saturating_sub(1))]
                    .briefing
                    .text,
                width,
            );
            self.layout_key = key;
        }
    }

    /// The largest top row: the last page is full.
    fn max_top(&self) -> usize {
        self.layout
            .len()
            .saturating_sub(self.article_height().max(1))
    }
}

/// Where byte `offset` of `old` lands in `new`: it stays put when the texts agree up to it,
/// moves with the end when they agree from it on, and is otherwise kept in the changed part
/// (clamped); always on a character boundary of `new`.
fn carry_offset(old: &str, new: &str, offset: usize) -> usize {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    let mut carried = if offset <= prefix {
        offset
    } else if old.len().saturating_sub(offset) <= suffix {
        offset + new.len() - old.len()
    } else {
        offset
    }
    .min(new.len());
    while !new.is_char_boundary(carried) {
        carried -= 1;
    }
    carried
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
