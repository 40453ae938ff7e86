//! Folding text for matching what a reader types: case, diacritics, and the many kinds of
//! apostrophe, quotation mark, dash and space that typeset news uses.
//!
//! A reader types `al-shara'a`, `zurich` or `"we will` on a keyboard that has one apostrophe,
//! one quotation mark and no accents; the article says “al-Shara’a”, “Zürich” and “We will”.
//! Both sides are folded one character at a time, so a match in the folded text always covers
//! whole characters of the original and maps back to its bytes.
//!
//! A character folds to zero or more characters: canonical decomposition (NFD) with its
//! combining marks dropped, then lower case; typographic apostrophes and quotation marks fold
//! to `'` and `"`, dashes to `-`, every kind of space (line breaks included) to ` `. A lone
//! combining mark folds to nothing.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The fold of one character: at most a few characters (a decomposed base and its lower
/// case), held without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Folded {
    chars: [char; 4],
    len: u8,
}

impl Folded {
    fn one(c: char) -> Self {
        Folded {
            chars: [c, '\0', '\0', '\0'],
            len: 1,
        }
    }

    fn push(&mut self, c: char) {
        if let Some(slot) = self.chars.get_mut(usize::from(self.len)) {
            *slot = c;
            self.len += 1;
        }
    }

    pub fn as_slice(&self) -> &[char] {
        self.chars.get(..usize::from(self.len)).unwrap_or(&[])
    }
}

/// The fold of `c` (see the module documentation).
pub fn fold_char(c: char) -> Folded {
    if c.is_ascii() {
        return Folded::one(match c {
            '`' => '\'',
            '\t' | '\n' | '\r' => ' ',
            _ => c.to_ascii_lowercase(),
        });
    }
    if let Some(mark) = punctuation(c) {
        return Folded::one(mark);
    }
    let mut folded = Folded {
        chars: ['\0'; 4],
        len: 0,
    };
    decompose_canonical(c, |part| {
        if !is_combining_mark(part) {
            for lower in part.to_lowercase() {
                // A decomposed base can lower-case to a letter and a combining mark (İ).
                if !is_combining_mark(lower) {
                    folded.push(lower);
                }
            }
        }
    });
    folded
}

/// What a typographic apostrophe, quotation mark, dash or space is typed as.
fn punctuation(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}'
        | '\u{02BC}' | '\u{02BB}' | '\u{00B4}' | '\u{2039}' | '\u{203A}' | '\u{FF07}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{2036}'
        | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' | '\u{301D}' | '\u{301E}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => ' ',
        _ => return None,
    })
}

/// `text` folded into one string, for matching whole names (list filters).
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.extend(fold_char(c).as_slice());
    }
    out
}

/// The folded characters of a typed query.
pub fn fold_query(query: &str) -> Vec<char> {
    query
        .chars()
        .flat_map(|c| {
            let folded = fold_char(c);
            (0..usize::from(folded.len)).map(move |i| folded.chars[i])
        })
        .collect()
}

/// Whether some character whose first UTF-8 byte is `lead` can fold to a fold beginning with
/// `first`: the bytes a search for `first` must stop at. Exact for characters up to U+2FFF,
/// where the Latin, Greek, Cyrillic and punctuation blocks are; any later character is
/// assumed to be a candidate.
pub fn may_start_with(first: char, byte: u8) -> bool {
    if byte < 0x80 {
        return fold_char(char::from(byte)).as_slice().first() == Some(&first);
    }
    if !(0xC0..0xE3).contains(&byte) {
        // Continuation bytes never start a character; later lead bytes are not tabled.
        return byte >= 0xE3;
    }
    let table = lead_bytes();
    match u8::try_from(first) {
        Ok(ascii) if ascii < 0x80 => table[usize::from(ascii)][usize::from(byte - 0xC0)],
        // A non-ASCII first character: any character may fold to it.
        _ => true,
    }
}

/// For each ASCII character, which lead bytes 0xC0..0xE3 start a character folding to it.
type LeadTable = [[bool; 0xE3 - 0xC0]; 128];

fn lead_bytes() -> &'static LeadTable {
    static TABLE: std::sync::OnceLock<LeadTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [[false; 0xE3 - 0xC0]; 128];
        for c in ('\u{80}'..='\u{2FFF}').filter(|c| !c.is_ascii()) {
            let Some(&first) = fold_char(c).as_slice().first() else {
                continue;
            };
            let mut bytes = [0; 4];
            let lead = c.encode_utf8(&mut bytes).as_bytes()[0];
            if let (Ok(ascii), Some(index)) = (u8::try_from(first), lead.checked_sub(0xC0))
                && ascii < 0x80
                && let Some(cell) = table[usize::from(ascii)].get_mut(usize::from(index))
            {
                *cell = true;
            }
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_marks_apostrophes_quotes_and_dashes() {
        assert_eq!(fold_str("al-Shara’a"), "al-shara'a");
        assert_eq!(fold_str("Zürich"), "zurich");
        assert_eq!(fold_str("“We will”"), "\"we will\"");
        assert_eq!(fold_str("1990–1995 — «non»"), "1990-1995 - \"non\"");
        assert_eq!(fold_str("Ünal İstanbul Ångström"), "unal istanbul angstrom");
        // Already decomposed text folds the same as precomposed text.
        assert_eq!(fold_str("Zu\u{0308}rich"), "zurich");
    }

    #[test]
    fn lead_bytes_cover_every_accented_latin_letter() {
        for c in ['é', 'È', 'ü', 'Ł', 'ğ', 'ṣ'] {
            let mut bytes = [0; 4];
            let lead = c.encode_utf8(&mut bytes).as_bytes()[0];
            let first = fold_char(c).as_slice()[0];
            assert!(may_start_with(first, lead), "{c}");
        }
        // ’ folds to an apostrophe, not to a letter.
        assert!(may_start_with('\'', 0xE2));
        assert!(!may_start_with('e', 0xE2));
        // The Kelvin sign decomposes to K.
        assert!(may_start_with('k', 0xE2));
        assert!(!may_start_with('e', b'x'));
        assert!(may_start_with('e', b'E'));
    }
}
