//! The app's own key type: a key and its modifiers, as the key table, the configuration file
//! and [`App::key`](super::App::key) know them. `tui` translates the terminal library's
//! events into it, so nothing under `app` depends on the terminal.

use std::fmt;
use std::ops::{BitAnd, BitOr, BitOrAssign, Sub, SubAssign};
use std::str::FromStr;

/// A key, without its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab, which terminals report as a key of its own.
    BackTab,
    Backspace,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Delete,
    Insert,
}

/// Control, Alt and Shift, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Modifiers(u8);

impl Modifiers {
    pub const NONE: Modifiers = Modifiers(0);
    pub const CONTROL: Modifiers = Modifiers(1);
    pub const ALT: Modifiers = Modifiers(2);
    pub const SHIFT: Modifiers = Modifiers(4);

    pub const fn contains(self, other: Modifiers) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for Modifiers {
    type Output = Modifiers;
    fn bitor(self, other: Modifiers) -> Modifiers {
        Modifiers(self.0 | other.0)
    }
}

impl BitAnd for Modifiers {
    type Output = Modifiers;
    fn bitand(self, other: Modifiers) -> Modifiers {
        Modifiers(self.0 & other.0)
    }
}

impl Sub for Modifiers {
    type Output = Modifiers;
    fn sub(self, other: Modifiers) -> Modifiers {
        Modifiers(self.0 & !other.0)
    }
}

impl BitOrAssign for Modifiers {
    fn bitor_assign(&mut self, other: Modifiers) {
        *self = *self | other;
    }
}

impl SubAssign for Modifiers {
    fn sub_assign(&mut self, other: Modifiers) {
        *self = *self - other;
    }
}

/// A key with its modifiers, normalised so that `J` and `Shift-j` are one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: Modifiers,
}

impl Key {
    pub const fn new(code: KeyCode, modifiers: Modifiers) -> Self {
        Key { code, modifiers }
    }

    pub const fn plain(code: KeyCode) -> Self {
        Key::new(code, Modifiers::NONE)
    }

    pub const fn char(c: char) -> Self {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Key::new(KeyCode::Char(c), Modifiers::CONTROL)
    }

    /// A key as a terminal reports it, normalised to the key table's form: terminals report
    /// `J` as Shift+`J` and Shift-Tab as Shift+BackTab, so the shift already in the key is
    /// dropped; Control with a letter is the lower-case letter.
    pub fn pressed(code: KeyCode, modifiers: Modifiers) -> Self {
        let mut kept = modifiers & (Modifiers::CONTROL | Modifiers::ALT);
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            kept -= Modifiers::SHIFT;
        } else {
            kept |= modifiers & Modifiers::SHIFT;
        }
        let code = match code {
            KeyCode::Char(c) if modifiers.contains(Modifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        Key::new(code, kept)
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

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.modifiers.contains(Modifiers::CONTROL) {
            f.write_str("C-")?;
        }
        if self.modifiers.contains(Modifiers::ALT) {
            f.write_str("A-")?;
        }
        if self.modifiers.contains(Modifiers::SHIFT) {
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

impl FromStr for Key {
    type Err = KeyParseError;

    /// Reads the names [`Display`](fmt::Display) writes: `j`, `C-d`, `A-x`, `Enter`, `S-Tab`.
    /// `ctrl-`, `alt-` and `shift-` work too, and names ignore case (single letters do not).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || KeyParseError(text.to_string());
        let mut modifiers = Modifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["c-", "ctrl-", "a-", "alt-", "s-", "shift-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(prefix) = prefix else { break };
            modifiers |= match prefix {
                "c-" | "ctrl-" => Modifiers::CONTROL,
                "a-" | "alt-" => Modifiers::ALT,
                _ => Modifiers::SHIFT,
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
        if code == KeyCode::Tab && modifiers.contains(Modifiers::SHIFT) {
            return Ok(Key::plain(KeyCode::BackTab));
        }
        if let KeyCode::Char(c) = code
            && modifiers.contains(Modifiers::SHIFT)
        {
            modifiers -= Modifiers::SHIFT;
            return Ok(Key::new(KeyCode::Char(c.to_ascii_uppercase()), modifiers));
        }
        Ok(Key::new(code, modifiers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_names_accept_long_forms() {
        assert_eq!("ctrl-d".parse(), Ok(Key::ctrl('d')));
        assert_eq!("shift-tab".parse(), Ok(Key::plain(KeyCode::BackTab)));
        assert_eq!("S-j".parse(), Ok(Key::char('J')));
        assert_eq!("pgdn".parse(), Ok(Key::plain(KeyCode::PageDown)));
        assert!("Hyper".parse::<Key>().is_err());
    }

    #[test]
    fn shifted_letters_and_backtab_match_the_table() {
        let shifted = Key::pressed(KeyCode::Char('J'), Modifiers::SHIFT);
        assert_eq!(shifted, Key::char('J'));
        let backtab = Key::pressed(KeyCode::BackTab, Modifiers::SHIFT);
        assert_eq!(backtab, Key::plain(KeyCode::BackTab));
        let control = Key::pressed(KeyCode::Char('D'), Modifiers::CONTROL | Modifiers::SHIFT);
        assert_eq!(control, Key::ctrl('d'));
        let shifted_arrow = Key::pressed(KeyCode::Up, Modifiers::SHIFT);
        assert_eq!(shifted_arrow.to_string(), "S-Up");
    }
}
