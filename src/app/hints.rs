//! Hint mode (`f`), as vimium's link hints and helix's goto-word: every mention on screen gets
//! a label of one or two letters; typing a label selects that mention's entity and lights it
//! from that mention. Esc leaves.

use super::key::{Key, KeyCode};

use super::App;
use crate::model::Span;

/// Label letters, home row first, as vimium orders them.
const LETTERS: &[u8; 26] = b"asdfghjklqwertyuiopzxcvbnm";

/// One labelled mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub label: String,
    pub span: Span,
    pub entity: usize,
}

/// Hint mode: the labels and the letters typed so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    pub hints: Vec<Hint>,
    pub typed: String,
}

/// `count` labels, none the start of another: as many single letters as leave room, then two
/// letters under the remaining ones (up to 676 in all), so the nearest names take one key.
pub fn labels(count: usize) -> Vec<String> {
    let letters = LETTERS.len();
    let letter = |i: usize| char::from(LETTERS[i % letters]);
    // `singles` one-letter labels leave `letters - singles` prefixes of `letters` each.
    let singles = if count <= letters {
        count
    } else {
        (letters * letters).saturating_sub(count) / (letters - 1)
    };
    let singles = singles.min(letters);
    let single = (0..singles).map(|i| letter(i).to_string());
    let double = (singles..letters)
        .flat_map(|first| (0..letters).map(move |second| (first, second)))
        .map(|(first, second)| format!("{}{}", letter(first), letter(second)));
    single.chain(double).take(count).collect()
}

impl App {
    pub fn hints(&self) -> Option<&Hints> {
        self.hints.as_ref()
    }

    /// Labels every mention that starts on the article rows on screen.
    pub(super) fn start_hints(&mut self) {
        let top = self.top_offset();
        let bottom = self
            .reader
            .layout
            .offset_of(self.top_row() + self.article_height().max(1));
        let bottom = if self.top_row() + self.article_height() >= self.reader.layout.len() {
            usize::MAX
        } else {
            bottom
        };
        let shown: Vec<(Span, usize)> = self
            .reader
            .mentions
            .iter()
            .filter(|(span, _)| span.start >= top && span.start < bottom)
            .copied()
            .collect();
        if shown.is_empty() {
            self.message = Some("no names on screen".into());
            return;
        }
        let hints = labels(shown.len())
            .into_iter()
            .zip(shown)
            .map(|(label, (span, entity))| Hint {
                label,
                span,
                entity,
            })
            .collect();
        self.hints = Some(Hints {
            hints,
            typed: String::new(),
        });
        self.message = Some("type a label to pick that name · Esc cancels".into());
    }

    /// A key while hint mode is on.
    pub(super) fn hint_key(&mut self, event: Key) {
        let Some(hints) = &mut self.hints else {
            return;
        };
        match event.code {
            KeyCode::Char(c) if c.is_ascii_alphabetic() => {
                hints.typed.push(c.to_ascii_lowercase());
            }
            KeyCode::Backspace => {
                hints.typed.pop();
                return;
            }
            _ => {
                self.hints = None;
                return;
            }
        }
        let typed = &hints.typed;
        let picked = hints
            .hints
            .iter()
            .find(|h| h.label == *typed)
            .map(|h| (h.span, h.entity));
        let any_left = hints.hints.iter().any(|h| h.label.starts_with(typed));
        match picked {
            Some((span, entity)) => {
                self.hints = None;
                self.record_jump();
                self.select_entity_at(entity, span);
            }
            None if !any_left => {
                let typed = typed.clone();
                self.hints = None;
                self.message = Some(format!("no label “{typed}”"));
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_short_first_and_none_is_the_start_of_another() {
        assert_eq!(labels(3), ["a", "s", "d"]);
        for count in [1, 26, 27, 30, 51, 52, 300, 676] {
            let all = labels(count);
            assert_eq!(all.len(), count);
            for a in &all {
                for b in &all {
                    assert!(a == b || !b.starts_with(a.as_str()), "{a} starts {b}");
                }
            }
        }
        // Thirty names: 25 take one key, the last five two.
        assert_eq!(labels(30).iter().filter(|l| l.len() == 1).count(), 25);
        assert_eq!(labels(1000).len(), 676);
    }
}
