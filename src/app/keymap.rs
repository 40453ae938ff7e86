//! The one key table: key, context, action, description.
//!
//! The status bar's hints and the `?` overlay are generated from this table, and the
//! configuration file rebinds entries of it, so what the screen says is what the keys do.

use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

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

/// A key with its modifiers, normalised so that `J` and `Shift-j` are one chord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyChord {
    pub const fn new(code: KeyCode, modifiers: KeyModifiers) -> Self {
        KeyChord { code, modifiers }
    }

    pub const fn plain(code: KeyCode) -> Self {
        KeyChord::new(code, KeyModifiers::NONE)
    }

    pub const fn char(c: char) -> Self {
        KeyChord::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        KeyChord::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    /// Terminals report `J` as Shift+`J` and Shift-Tab as Shift+BackTab; the shift is already
    /// in the key, so it is dropped.
    pub fn from_event(event: KeyEvent) -> Self {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers -= KeyModifiers::SHIFT;
        } else {
            modifiers |= event.modifiers & KeyModifiers::SHIFT;
        }
        let code = match event.code {
            KeyCode::Char(c) if event.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        KeyChord { code, modifiers }
    }
}

const NAMED_KEYS: [(KeyCode, &str); 16] = [
    (KeyCode::Enter, "Enter"),
    (KeyCode::Esc, "Esc"),
    (KeyCode::Tab, "Tab"),
    (KeyCode::BackTab, "S-Tab"),
    (KeyCode::Backspace, "Backspace"),
    (KeyCode::Up, "Up"),
    (KeyCode::Down, "Down"),
    (KeyCode::Left, "Left"),
    (KeyCode::Right, "Right"),
    (KeyCode::Home, "Home"),
    (KeyCode::End, "End"),
    (KeyCode::PageUp, "PgUp"),
    (KeyCode::PageDown, "PgDn"),
    (KeyCode::Char(' '), "Space"),
    (KeyCode::Delete, "Del"),
    (KeyCode::Insert, "Ins"),
];

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            f.write_str("C-")?;
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            f.write_str("A-")?;
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            f.write_str("S-")?;
        }
        if let Some((_, name)) = NAMED_KEYS.iter().find(|(code, _)| *code == self.code) {
            return f.write_str(name);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Why a key name was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown key {0:?} (try \"j\", \"J\", \"C-d\", \"Enter\", \"S-Tab\", \"PgDn\", \"F1\")")]
pub struct KeyParseError(pub String);

impl FromStr for KeyChord {
    type Err = KeyParseError;

    /// Reads the names [`Display`](fmt::Display) writes: `j`, `C-d`, `A-x`, `Enter`, `S-Tab`.
    /// `ctrl-`, `alt-` and `shift-` work too, and names ignore case (single letters do not).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || KeyParseError(text.to_string());
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["c-", "ctrl-", "a-", "alt-", "s-", "shift-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(prefix) = prefix else { break };
            modifiers |= match prefix {
                "c-" | "ctrl-" => KeyModifiers::CONTROL,
                "a-" | "alt-" => KeyModifiers::ALT,
                _ => KeyModifiers::SHIFT,
            };
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => {
                if let Some(number) = rest
                    .strip_prefix(['F', 'f'])
                    .and_then(|n| n.parse::<u8>().ok())
                {
                    KeyCode::F(number)
                } else {
                    NAMED_KEYS
                        .iter()
                        .find(|(_, name)| name.eq_ignore_ascii_case(rest))
                        .map(|(code, _)| *code)
                        .ok_or_else(error)?
                }
            }
        };
        if code == KeyCode::Tab && modifiers.contains(KeyModifiers::SHIFT) {
            return Ok(KeyChord::plain(KeyCode::BackTab));
        }
        if let KeyCode::Char(c) = code
            && modifiers.contains(KeyModifiers::SHIFT)
        {
            modifiers -= KeyModifiers::SHIFT;
            return Ok(KeyChord::new(
                KeyCode::Char(c.to_ascii_uppercase()),
                modifiers,
            ));
        }
        Ok(KeyChord::new(code, modifiers))
    }
}

/// One row of the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub key: KeyChord,
    pub context: Context,
    pub action: Action,
    /// What the `?` overlay says.
    pub description: &'static str,
    /// The short label in the status bar's hints; `None` keeps it out of the status bar.
    pub hint: Option<&'static str>,
}

const fn bind(
    key: KeyChord,
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
    bind(KeyChord::char('q'), Global, Action::Quit, "quit, or close the overlay", Some("quit")),
    bind(KeyChord::ctrl('c'), Global, Action::Quit, "quit", None),
    bind(KeyChord::ctrl('z'), Global, Action::Suspend, "suspend (fg resumes)", None),
    bind(KeyChord::plain(K::Esc), Global, Action::Clear, "clear highlight, search and message", None),
    bind(KeyChord::plain(K::Tab), Global, Action::FocusNext, "next pane", Some("pane")),
    bind(KeyChord::plain(K::BackTab), Global, Action::FocusPrevious, "previous pane", None),
    bind(KeyChord::char('j'), Global, Action::Down, "down", None),
    bind(KeyChord::plain(K::Down), Global, Action::Down, "down", None),
    bind(KeyChord::char('k'), Global, Action::Up, "up", None),
    bind(KeyChord::plain(K::Up), Global, Action::Up, "up", None),
    bind(KeyChord::char('g'), Global, Action::Top, "go to the top", None),
    bind(KeyChord::plain(K::Home), Global, Action::Top, "go to the top", None),
    bind(KeyChord::char('G'), Global, Action::Bottom, "go to the bottom", None),
    bind(KeyChord::plain(K::End), Global, Action::Bottom, "go to the bottom", None),
    bind(KeyChord::plain(K::PageUp), Global, Action::PageUp, "page up", None),
    bind(KeyChord::plain(K::PageDown), Global, Action::PageDown, "page down", None),
    bind(KeyChord::char(' '), Global, Action::PageDown, "page down", None),
    bind(KeyChord::ctrl('d'), Global, Action::HalfPageDown, "half a page down", None),
    bind(KeyChord::ctrl('u'), Global, Action::HalfPageUp, "half a page up", None),
    bind(KeyChord::char('J'), Global, Action::NextBriefing, "next briefing", Some("briefing")),
    bind(KeyChord::char(']'), Global, Action::NextBriefing, "next briefing", None),
    bind(KeyChord::char('K'), Global, Action::PreviousBriefing, "previous briefing", None),
    bind(KeyChord::char('['), Global, Action::PreviousBriefing, "previous briefing", None),
    bind(KeyChord::char('b'), Global, Action::ToggleBriefings, "show or hide the briefing list", None),
    bind(KeyChord::char('t'), Global, Action::ToggleTint, "focus mode: only the selection stays lit", None),
    bind(KeyChord::char('n'), Global, Action::NextMark, "next lit mention, quotation or hit", Some("next")),
    bind(KeyChord::char('N'), Global, Action::PreviousMark, "previous lit mention, quotation or hit", None),
    bind(KeyChord::char('o'), Global, Action::OtherBriefing, "the selection in the next briefing of its dossier", None),
    bind(KeyChord::char('O'), Global, Action::PreviousOtherBriefing, "the selection in the previous briefing of its dossier", None),
    bind(KeyChord::char('d'), Global, Action::Dossier, "dossier: every briefing and quotation of the selection", None),
    bind(KeyChord::ctrl('o'), Global, Action::JumpBack, "jump back", None),
    bind(KeyChord::ctrl('i'), Global, Action::JumpForward, "jump forward (terminals that tell C-i from Tab)", None),
    bind(KeyChord::new(K::Char('i'), KeyModifiers::ALT), Global, Action::JumpForward, "jump forward", None),
    bind(KeyChord::char('f'), Global, Action::Hints, "hint mode: label the names on screen, type one to pick it", None),
    bind(KeyChord::char('y'), Global, Action::Copy, "copy the quotation with its source, the name, or the lit mention (OSC 52)", None),
    bind(KeyChord::char('u'), Global, Action::ToggleRead, "mark the briefing read or unread", None),
    bind(KeyChord::char('m'), Global, Action::ToggleMouse, "mouse on or off", None),
    bind(KeyChord::char('?'), Global, Action::ToggleHelp, "this help", Some("help")),
    bind(KeyChord::char('/'), Article, Action::Search, "search the article", Some("search")),
    bind(KeyChord::char('e'), Article, Action::EntityAtReading, "select the entity at the reading position", Some("entity")),
    bind(KeyChord::plain(K::Enter), Briefings, Action::Activate, "read the selected briefing", Some("read")),
    bind(KeyChord::char('/'), Briefings, Action::Search, "filter the list", Some("filter")),
    bind(KeyChord::plain(K::Enter), Entities, Action::Activate, "light up every mention and go to the first", Some("light")),
    bind(KeyChord::char('/'), Entities, Action::Search, "filter the list (fuzzy)", Some("filter")),
    bind(KeyChord::char('c'), Entities, Action::ToggleContext, "concordance: every mention in its context (j/k choose, Enter goes there, Esc closes)", Some("context")),
    bind(KeyChord::plain(K::Enter), Quotes, Action::Activate, "light up every quotation of the source", Some("light")),
    bind(KeyChord::char('/'), Quotes, Action::Search, "filter the list (fuzzy)", Some("filter")),
    bind(KeyChord::char('/'), Help, Action::Search, "filter the help", Some("filter")),
    bind(KeyChord::plain(K::Enter), Dossier, Action::Activate, "open the briefing at that mention or quotation", Some("open")),
    bind(KeyChord::char('y'), Dossier, Action::Copy, "copy the quotations as citations (OSC 52)", Some("cite")),
    bind(KeyChord::char('d'), Dossier, Action::Dossier, "close the dossier", Some("close")),
    bind(KeyChord::char('h'), Global, Action::FocusLeft, "the pane to the left", None),
    bind(KeyChord::plain(K::Left), Global, Action::FocusLeft, "the pane to the left", None),
    bind(KeyChord::char('l'), Global, Action::FocusRight, "the pane to the right", None),
    bind(KeyChord::plain(K::Right), Global, Action::FocusRight, "the pane to the right", None),
    bind(KeyChord::char('>'), Global, Action::WiderList, "widen the briefing list", None),
    bind(KeyChord::char('<'), Global, Action::NarrowerList, "narrow the briefing list", None),
    bind(KeyChord::char('s'), Entities, Action::CycleSort, "sort by mentions, name or first appearance (dates in time order)", Some("sort")),
    bind(KeyChord::char('s'), Briefings, Action::CycleSort, "sort by file name, title, number of quotations or date (when dates are known)", Some("sort")),
    // Typed after `g`, as in vim: `gx`.
    bind(KeyChord::char('x'), Global, Action::OpenLink, "gx: open the briefing's link with the system opener", None),
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
    pub fn action(&self, context: Context, key: KeyChord) -> Option<Action> {
        let find = |wanted: Context| {
            self.bindings
                .iter()
                .find(|b| b.context == wanted && b.key == key)
                .map(|b| b.action)
        };
        find(context).or_else(|| find(Global))
    }

    /// Replaces every key of `action` with `keys`, keeping each context's description.
    pub fn rebind(&mut self, action: Action, keys: &[KeyChord]) {
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
    pub fn keys_for(&self, action: Action) -> Vec<KeyChord> {
        let mut keys: Vec<KeyChord> = Vec::new();
        for binding in self.bindings.iter().filter(|b| b.action == action) {
            if !keys.contains(&binding.key) {
                keys.push(binding.key);
            }
        }
        keys
    }

    /// The status bar's hints for `context`: its own bindings, then the global ones, one per
    /// action, as `(keys, label)`.
    pub fn hints(&self, context: Context) -> Vec<(String, &'static str)> {
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
            .into_iter()
            .map(|(_, key, label)| (key, label))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_round_trip() {
        for binding in DEFAULT_BINDINGS {
            let name = binding.key.to_string();
            assert_eq!(name.parse::<KeyChord>(), Ok(binding.key), "{name}");
        }
    }

    #[test]
    fn key_names_accept_long_forms() {
        assert_eq!("ctrl-d".parse(), Ok(KeyChord::ctrl('d')));
        assert_eq!("shift-tab".parse(), Ok(KeyChord::plain(KeyCode::BackTab)));
        assert_eq!("S-j".parse(), Ok(KeyChord::char('J')));
        assert_eq!("pgdn".parse(), Ok(KeyChord::plain(KeyCode::PageDown)));
        assert!("Hyper".parse::<KeyChord>().is_err());
    }

    #[test]
    fn shifted_letters_and_backtab_match_the_table() {
        let shifted = KeyEvent::new(KeyCode::Char('J'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(shifted), KeyChord::char('J'));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            KeyChord::from_event(backtab),
            KeyChord::plain(KeyCode::BackTab)
        );
    }

    #[test]
    fn pane_bindings_win_over_global_ones() {
        let keymap = Keymap::default();
        assert_eq!(
            keymap.action(Context::Entities, KeyChord::plain(KeyCode::Enter)),
            Some(Action::Activate)
        );
        assert_eq!(
            keymap.action(Context::Entities, KeyChord::char('j')),
            Some(Action::Down)
        );
        assert_eq!(keymap.action(Context::Global, KeyChord::char('e')), None);
    }

    #[test]
    fn rebinding_replaces_every_key_of_an_action() {
        let mut keymap = Keymap::default();
        keymap.rebind(Action::NextMark, &[KeyChord::char('x')]);
        assert_eq!(
            keymap.action(Context::Article, KeyChord::char('x')),
            Some(Action::NextMark)
        );
        assert_eq!(keymap.action(Context::Article, KeyChord::char('n')), None);
        assert!(
            keymap
                .hints(Context::Article)
                .contains(&("x".into(), "next"))
        );
    }

    #[test]
    fn hints_come_from_the_table() {
        let hints = Keymap::default().hints(Context::Entities);
        assert_eq!(hints.first(), Some(&("Enter".to_string(), "light")));
        assert!(hints.contains(&("?".to_string(), "help")));
    }
}
