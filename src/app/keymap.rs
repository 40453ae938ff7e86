//! The one key table: key, context, action, description.
//!
//! The status bar's hints and the `?` overlay are generated from this table, and the
//! configuration file rebinds entries of it, so what the screen says is what the keys do.
//! [`App::key`] routes each press: to the line being typed, to hint mode, or through it.

use super::App;
use super::action::Action;
use super::key::{Key, KeyCode, Modifiers};

/// Where a binding applies. A key is looked up in the focused pane's context first, then in
/// [`Context::Global`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Article,
    Briefings,
    Entities,
    Quotes,
    Help,
    /// The dossier overlay.
    Dossier,
}

impl Context {
    pub fn label(self) -> &'static str {
        match self {
            Context::Global => "everywhere",
            Context::Article => "article",
            Context::Briefings => "briefings",
            Context::Entities => "entities",
            Context::Quotes => "quotes",
            Context::Help => "help",
            Context::Dossier => "dossier",
        }
    }
}

/// One row of the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub key: Key,
    pub context: Context,
    pub action: Action,
    /// What the `?` overlay says.
    pub description: &'static str,
    /// The short label in the status bar's hints; `None` keeps it out of the status bar.
    pub hint: Option<&'static str>,
}

const fn bind(
    key: Key,
    context: Context,
    action: Action,
    description: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        key,
        context,
        action,
        description,
        hint,
    }
}

use Context::{Article, Briefings, Dossier, Entities, Global, Help, Quotes};
use KeyCode as K;

/// The default key table.
#[rustfmt::skip]
pub const DEFAULT_BINDINGS: &[Binding] = &[
    bind(Key::char('q'), Global, Action::Quit, "quit, or close the overlay", Some("quit")),
    bind(Key::ctrl('c'), Global, Action::Quit, "quit", None),
    bind(Key::ctrl('z'), Global, Action::Suspend, "suspend (fg resumes)", None),
    bind(Key::plain(K::Esc), Global, Action::Clear, "clear highlight, search and message", None),
    bind(Key::plain(K::Tab), Global, Action::FocusNext, "next pane", Some("pane")),
    bind(Key::plain(K::BackTab), Global, Action::FocusPrevious, "previous pane", None),
    bind(Key::char('j'), Global, Action::Down, "down", None),
    bind(Key::plain(K::Down), Global, Action::Down, "down", None),
    bind(Key::char('k'), Global, Action::Up, "up", None),
    bind(Key::plain(K::Up), Global, Action::Up, "up", None),
    bind(Key::char('g'), Global, Action::Top, "go to the top", None),
    bind(Key::plain(K::Home), Global, Action::Top, "go to the top", None),
    bind(Key::char('G'), Global, Action::Bottom, "go to the bottom", None),
    bind(Key::plain(K::End), Global, Action::Bottom, "go to the bottom", None),
    bind(Key::plain(K::PageUp), Global, Action::PageUp, "page up", None),
    bind(Key::plain(K::PageDown), Global, Action::PageDown, "page down", None),
    bind(Key::char(' '), Global, Action::PageDown, "page down", None),
    bind(Key::ctrl('d'), Global, Action::HalfPageDown, "half a page down", None),
    bind(Key::ctrl('u'), Global, Action::HalfPageUp, "half a page up", None),
    bind(Key::char('J'), Global, Action::NextBriefing, "next briefing", Some("briefing")),
    bind(Key::char(']'), Global, Action::NextBriefing, "next briefing", None),
    bind(Key::char('K'), Global, Action::PreviousBriefing, "previous briefing", None),
    bind(Key::char('['), Global, Action::PreviousBriefing, "previous briefing", None),
    bind(Key::char('b'), Global, Action::ToggleBriefings, "show or hide the briefing list", None),
    bind(Key::char('t'), Global, Action::ToggleTint, "focus mode: only the selection stays lit", None),
    bind(Key::char('n'), Global, Action::NextMark, "next lit mention, quotation or hit", Some("next")),
    bind(Key::char('N'), Global, Action::PreviousMark, "previous lit mention, quotation or hit", None),
    bind(Key::char('o'), Global, Action::OtherBriefing, "the selection in the next briefing of its dossier", None),
    bind(Key::char('O'), Global, Action::PreviousOtherBriefing, "the selection in the previous briefing of its dossier", None),
    bind(Key::char('d'), Global, Action::Dossier, "dossier: every briefing and quotation of the selection", None),
    bind(Key::ctrl('o'), Global, Action::JumpBack, "jump back", None),
    bind(Key::ctrl('i'), Global, Action::JumpForward, "jump forward (terminals that tell C-i from Tab)", None),
    bind(Key::new(K::Char('i'), Modifiers::ALT), Global, Action::JumpForward, "jump forward", None),
    bind(Key::char('f'), Global, Action::Hints, "hint mode: label the names on screen, type one to pick it", None),
    bind(Key::char('y'), Global, Action::Copy, "copy the quotation with its source, the name, or the lit mention (OSC 52)", None),
    bind(Key::char('u'), Global, Action::ToggleRead, "mark the briefing read or unread", None),
    bind(Key::char('m'), Global, Action::ToggleMouse, "mouse on or off", None),
    bind(Key::char('?'), Global, Action::ToggleHelp, "this help", Some("help")),
    bind(Key::char('/'), Article, Action::Search, "search the article", Some("search")),
    bind(Key::char('e'), Article, Action::EntityAtReading, "select the entity at the reading position", Some("entity")),
    bind(Key::plain(K::Enter), Briefings, Action::Activate, "read the selected briefing", Some("read")),
    bind(Key::char('/'), Briefings, Action::Search, "filter the list", Some("filter")),
    bind(Key::plain(K::Enter), Entities, Action::Activate, "light up every mention and go to the first", Some("light")),
    bind(Key::char('/'), Entities, Action::Search, "filter the list (fuzzy)", Some("filter")),
    bind(Key::char('c'), Entities, Action::ToggleContext, "concordance: every mention in its context (j/k choose, Enter goes there, Esc closes)", Some("context")),
    bind(Key::plain(K::Enter), Quotes, Action::Activate, "light up every quotation of the source", Some("light")),
    bind(Key::char('/'), Quotes, Action::Search, "filter the list (fuzzy)", Some("filter")),
    bind(Key::char('/'), Help, Action::Search, "filter the help", Some("filter")),
    bind(Key::plain(K::Enter), Dossier, Action::Activate, "open the briefing at that mention or quotation", Some("open")),
    bind(Key::char('y'), Dossier, Action::Copy, "copy the quotations as citations (OSC 52)", Some("cite")),
    bind(Key::char('d'), Dossier, Action::Dossier, "close the dossier", Some("close")),
    bind(Key::char('h'), Global, Action::FocusLeft, "the pane to the left", None),
    bind(Key::plain(K::Left), Global, Action::FocusLeft, "the pane to the left", None),
    bind(Key::char('l'), Global, Action::FocusRight, "the pane to the right", None),
    bind(Key::plain(K::Right), Global, Action::FocusRight, "the pane to the right", None),
    bind(Key::char('>'), Global, Action::WiderList, "widen the briefing list", None),
    bind(Key::char('<'), Global, Action::NarrowerList, "narrow the briefing list", None),
    bind(Key::char('s'), Entities, Action::CycleSort, "sort by mentions, name or first appearance (dates in time order)", Some("sort")),
    bind(Key::char('s'), Briefings, Action::CycleSort, "sort by file name, title, number of quotations or date (when dates are known)", Some("sort")),
    // Typed after `g`, as in vim: `gx`.
    bind(Key::char('x'), Global, Action::OpenLink, "gx: open the briefing's link with the system opener", None),
];

/// The key table in force: the defaults with the configuration's changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: DEFAULT_BINDINGS.to_vec(),
        }
    }
}

impl Keymap {
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action `key` does in `context`, falling back to the global bindings.
    pub fn action(&self, context: Context, key: Key) -> Option<Action> {
        let find = |wanted: Context| {
            self.bindings
                .iter()
                .find(|b| b.context == wanted && b.key == key)
                .map(|b| b.action)
        };
        find(context).or_else(|| find(Global))
    }

    /// Replaces every key of `action` with `keys`, keeping each context's description.
    pub fn rebind(&mut self, action: Action, keys: &[Key]) {
        let mut templates: Vec<Binding> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.action == action) {
            if !templates.iter().any(|t| t.context == binding.context) {
                templates.push(binding.clone());
            }
        }
        let Some(position) = self.bindings.iter().position(|b| b.action == action) else {
            return;
        };
        self.bindings.retain(|b| b.action != action);
        let mut replacement = Vec::new();
        for template in templates {
            for (index, key) in keys.iter().enumerate() {
                replacement.push(Binding {
                    key: *key,
                    // Only the first key carries the status-bar hint, as in the defaults.
                    hint: if index == 0 { template.hint } else { None },
                    ..template.clone()
                });
            }
        }
        let at = position.min(self.bindings.len());
        self.bindings.splice(at..at, replacement);
    }

    /// The keys bound to `action` in `context` or globally, for messages ("press n").
    pub fn keys_for(&self, action: Action) -> Vec<Key> {
        let mut keys: Vec<Key> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.action == action) {
            if !keys.contains(&binding.key) {
                keys.push(binding.key);
            }
        }
        keys
    }

    /// The status bar's hints for `context`: its own bindings, then the global ones, one per
    /// action, as `(action, keys, label)`.
    pub fn hints(&self, context: Context) -> Vec<(Action, String, &'static str)> {
        let mut hints: Vec<(Action, String, &'static str)> = Vec::new();
        for wanted in [context, Global] {
            for binding in self.bindings.iter().filter(|b| b.context == wanted) {
                let Some(label) = binding.hint else { continue };
                if hints.iter().any(|(action, _, _)| *action == binding.action) {
                    continue;
                }
                hints.push((binding.action, binding.key.to_string(), label));
            }
        }
        hints
    }
}

/// Key presses reach the app here.
impl App {
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

    /// Routes a key press: typed text while a line is being typed, the key table otherwise.
    ///
    /// A message from before is done with once the reader presses a key, as in helix; the
    /// key's own message (if any) then shows.
    pub fn key(&mut self, event: Key) {
        self.message = None;
        if self.input.is_some() {
            let action = match event.code {
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Esc => Some(Action::Clear),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Char(c) if !event.modifiers.contains(Modifiers::CONTROL) => {
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
        let here = (event == Key::char('g')).then(|| self.here());
        let before_g = std::mem::replace(&mut self.before_g, here);
        if let Some(action) = self.keymap.action(self.key_context(), event) {
            if action == Action::OpenLink {
                // The link opens only as `gx`, so a stray `x` opens nothing; the `g` that
                // began it moved to the top (of the briefing list too, showing another
                // briefing), so the reader goes back first and the link is the one read.
                let Some(before) = before_g else {
                    return;
                };
                self.restore(before);
            }
            self.update(action);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_round_trip() {
        for binding in DEFAULT_BINDINGS {
            let name = binding.key.to_string();
            assert_eq!(name.parse::<Key>(), Ok(binding.key), "{name}");
        }
    }

    #[test]
    fn pane_bindings_win_over_global_ones() {
        let keymap = Keymap::default();
        assert_eq!(
            keymap.action(Context::Entities, Key::plain(KeyCode::Enter)),
            Some(Action::Activate)
        );
        assert_eq!(
            keymap.action(Context::Entities, Key::char('j')),
            Some(Action::Down)
        );
        assert_eq!(keymap.action(Context::Global, Key::char('e')), None);
    }

    #[test]
    fn rebinding_replaces_every_key_of_an_action() {
        let mut keymap = Keymap::default();
        keymap.rebind(Action::NextMark, &[Key::char('x')]);
        assert_eq!(
            keymap.action(Context::Article, Key::char('x')),
            Some(Action::NextMark)
        );
        assert_eq!(keymap.action(Context::Article, Key::char('n')), None);
        assert!(
            keymap
                .hints(Context::Article)
                .contains(&(Action::NextMark, "x".into(), "next"))
        );
    }

    #[test]
    fn hints_come_from_the_table() {
        let hints = Keymap::default().hints(Context::Entities);
        assert_eq!(
            hints.first(),
            Some(&(Action::Activate, "Enter".to_string(), "light"))
        );
        assert!(hints.contains(&(Action::ToggleHelp, "?".to_string(), "help")));
    }
}
