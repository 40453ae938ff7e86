//! A sentence's tokens in one pass over its text, for the characters news prose is made of.
//!
//! [`super::tokens_from_pieces`] first lists a sentence's word pieces (UAX #29) and then
//! reads them back to join and classify them; that was the larger part of tokenizing. Over
//! the characters [`boundaries`] knows, less the connector "_", a piece's extent follows
//! from a few facts: blanks only put a space before the next token, a punctuation mark is a
//! piece of its own, and a word piece is letters and digits, with a middle mark ("." "'" "’"
//! ":" ",") kept only between two letters or two digits that it may join (WB6, WB7, WB11,
//! WB12). So words are found, joined
//! and classified where they stand. Any other character gives the sentence back to the
//! pieces. The tests in `segment.rs` hold both ways equal.

use super::boundaries::{self, ASCII_ALPHANUMERIC, Wb};
use super::{
    Token, TokenKind, ends_with_abbreviation, ends_with_known_abbreviation, joins_words, opens,
};
use crate::extract::hash::ascii_bytes_in;
use crate::model::Span;

/// What a character does to the tokens around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Whitespace, which only sets a token's `space_before`.
    Blank,
    Letter,
    Digit,
    /// Joins two letters: ":".
    MidLetter,
    /// Joins two digits: "," and ";".
    MidNumber,
    /// Joins two letters or two digits: "." and the apostrophes.
    MidBoth,
    /// Punctuation that is a token of its own.
    Mark,
    /// "_" (which joins letters, digits and itself) and the characters `boundaries` does
    /// not know: the sentence goes to the pieces.
    Refused,
}

const fn class_of(c: char) -> Class {
    let Some(word_class) = boundaries::word_class(c) else {
        return Class::Refused;
    };
    from_word_class(c, word_class)
}

const fn from_word_class(c: char, word_class: Wb) -> Class {
    match word_class {
        Wb::Cr | Wb::Lf | Wb::Newline | Wb::WSegSpace => Class::Blank,
        Wb::ALetter => Class::Letter,
        Wb::Numeric => Class::Digit,
        Wb::MidLetter => Class::MidLetter,
        Wb::MidNum => Class::MidNumber,
        Wb::MidNumLet | Wb::SingleQuote => Class::MidBoth,
        Wb::ExtendNumLet => Class::Refused,
        // The tab is the one blank of class Other.
        Wb::Other if c == '\t' => Class::Blank,
        Wb::Other => Class::Mark,
    }
}

/// Classes of the ASCII characters, by byte.
const ASCII_CLASS: [Class; 128] = {
    let mut table = [Class::Refused; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = class_of(byte as u8 as char);
        byte += 1;
    }
    table
};

/// The class of the character at byte `at` of `text` (which must be inside it) and its length
/// in bytes.
#[inline(always)]
fn class_at(text: &str, at: usize) -> (Class, usize) {
    let byte = text.as_bytes()[at];
    if byte.is_ascii() {
        return (ASCII_CLASS[usize::from(byte)], 1);
    }
    let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
        return (Class::Refused, 1);
    };
    let class = match boundaries::classify_word(c) {
        Some(word_class) => from_word_class(c, word_class),
        None => Class::Refused,
    };
    (class, c.len_utf8())
}

/// Appends the tokens of `sentence` (index `index`) to `out` and says true; or appends
/// nothing and says false when the sentence has a character this module does not handle.
pub(super) fn sentence_tokens(
    text: &str,
    sentence: Span,
    index: usize,
    out: &mut Vec<Token>,
) -> bool {
    let first_token = out.len();
    // The text up to the sentence's end, read from the sentence's start: offsets are the
    // tokens' own, and the sentence's end is the end of `before_end`.
    let Some(before_end) = text.get(..sentence.end) else {
        return false;
    };
    let bytes = before_end.as_bytes();
    let mut at = sentence.start;
    let mut space_before = true;
    // The next word starts the sentence or follows an opening mark: its capital says nothing
    // about being a name.
    let mut word_opens = true;
    while at < bytes.len() {
        let (class, width) = class_at(before_end, at);
        let start = at;
        let kind = match class {
            Class::Blank => {
                space_before = true;
                at += width;
                continue;
            }
            Class::Refused => {
                out.truncate(first_token);
                return false;
            }
            Class::Letter => {
                at = word_end(before_end, start, width);
                TokenKind::Word
            }
            Class::Digit => {
                at = word_end(before_end, start, width);
                if super::is_digits(&bytes[start..at]) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                }
            }
            Class::MidLetter | Class::MidNumber | Class::MidBoth | Class::Mark => {
                at = super::mark_run_end(bytes, start).unwrap_or(at + width);
                TokenKind::Punct
            }
        };
        let is_word = kind != TokenKind::Punct;
        out.push(Token::new(
            Span::new(start, at),
            kind,
            space_before,
            is_word && word_opens,
            index,
        ));
        if is_word {
            word_opens = false;
        } else if (opens_at(before_end, start, at)
            && !joins_words(&before_end[start..at], space_before))
            || (at == start + 1
                && bytes[start] == b'"'
                && (space_before || out.len() == first_token + 1))
        {
            word_opens = true;
        }
        // A token is mostly followed by one space, taken here rather than by a turn of the
        // loop.
        space_before = bytes.get(at) == Some(&b' ');
        at += usize::from(space_before);
    }
    true
}

/// The end of the word that starts at `start` with a letter or digit `width` bytes long.
#[inline(always)]
fn word_end(text: &str, start: usize, width: usize) -> usize {
    let bytes = text.as_bytes();
    let run_end = alphanumeric_run_end(bytes, start + width);
    // Most words end at a space or a mark that joins nothing, right after their letters; the
    // rest are joined by the rules.
    match bytes.get(run_end) {
        // A comma joins only digits ("1,200"); after a letter it ends the word too.
        Some(b',') if !bytes[run_end - 1].is_ascii_digit() => run_end,
        Some(&byte) if !ENDS_WORD[usize::from(byte)] => joined_word_end(text, start, run_end),
        _ => run_end,
    }
}

/// Whether the mark `text[start..end]` opens, as [`opens`] says; a one-byte mark is compared
/// as a byte.
#[inline(always)]
fn opens_at(text: &str, start: usize, end: usize) -> bool {
    if end == start + 1 {
        matches!(text.as_bytes()[start], b':' | b'(' | b'[' | b'-')
    } else {
        text.get(start..end).is_some_and(opens)
    }
}

/// ASCII bytes that end a word when they follow its letters and digits: blanks, and marks
/// other than the hyphen (which may join the next part, "al-Assad"). After any other byte (a
/// full stop, a middle mark, a character not ASCII) [`joined_word_end`] decides.
const ENDS_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] =
            byte != b'-' as usize && matches!(ASCII_CLASS[byte], Class::Blank | Class::Mark);
        byte += 1;
    }
    table
};

/// The end of the run of ASCII letters and digits from byte `from`. Most of a sentence is
/// such runs, a few bytes long: eight bytes are looked at together where the sentence has
/// them, the last few one at a time.
#[inline(always)]
fn alphanumeric_run_end(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(&chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let stops = not_alphanumeric(u64::from_le_bytes(chunk));
        if stops != 0 {
            // Little-endian: the first byte of the chunk is the lowest.
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes
        .get(at)
        .is_some_and(|&byte| ASCII_ALPHANUMERIC[usize::from(byte)])
    {
        at += 1;
    }
    at
}

/// The high bit of each byte of `word` that is not an ASCII letter or digit, and no other bit.
#[inline(always)]
fn not_alphanumeric(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    // Each byte's low seven bits, which the range tests need.
    let ascii = word & !HIGH_BITS;
    let digit = ascii_bytes_in(ascii, b'0', b'9');
    // Setting 0x20 turns capitals into small letters, and no other byte into one.
    let letter = ascii_bytes_in(ascii | (ONES * 0x20), b'a', b'z');
    // A byte not ASCII (its high bit set in `word`) is none of these.
    !((digit | letter) & !word) & HIGH_BITS
}

/// The end of the word that starts at `start` with a letter or digit, and whose first piece
/// is letters and digits up to `piece_from` at least: its word piece, joined with the full
/// stop of an abbreviation ("U.S.", "Dr.") and across hyphens ("al-Assad"), as
/// [`super::tokens_from_pieces`] joins pieces. `text` ends where the sentence does.
fn joined_word_end(text: &str, start: usize, piece_from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = piece_end(text, piece_from);
    loop {
        match bytes.get(end) {
            Some(b'.') if ends_with_abbreviation(&text[start..end]) => {
                // A sentence's final full stop stays apart unless the word is a known
                // abbreviation.
                if end + 1 == bytes.len() && !ends_with_known_abbreviation(&text[start..end]) {
                    return end;
                }
                end += 1;
            }
            Some(b'-')
                if end + 1 < bytes.len()
                    && matches!(class_at(text, end + 1).0, Class::Letter | Class::Digit) =>
            {
                end = piece_end(text, end + 1);
            }
            _ => return end,
        }
    }
}

/// The end of the word piece that is letters and digits up to `from` (after its first
/// character at least): letters and digits, and the middle marks between them that join
/// (WB5 to WB12).
#[inline(always)]
fn piece_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        let Some(run) = bytes[at..]
            .iter()
            .position(|&byte| !ASCII_ALPHANUMERIC[usize::from(byte)])
        else {
            return bytes.len();
        };
        at += run;
        let (class, width) = class_at(text, at);
        let joins_letters = match class {
            Class::Letter | Class::Digit => {
                at += width;
                continue;
            }
            Class::MidLetter | Class::MidBoth => true,
            Class::MidNumber => false,
            Class::Blank | Class::Mark | Class::Refused => return at,
        };
        let joins_digits = class != Class::MidLetter;
        // Every character of the piece before `at` is a letter or a digit; the only digits
        // are ASCII, so the last byte says which.
        let after_digit = bytes[at - 1].is_ascii_digit();
        let next = at + width;
        if next == bytes.len() {
            return at;
        }
        let joins = match class_at(text, next) {
            (Class::Letter, _) => joins_letters && !after_digit,
            (Class::Digit, _) => joins_digits && after_digit,
            _ => false,
        };
        if !joins {
            return at;
        }
        at = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_alphanumeric_marks_every_byte_as_is_ascii_alphanumeric_says() {
        for byte in 0..=u8::MAX {
            for position in 0..8 {
                let mut chunk = *b"abcXYZ09";
                chunk[position] = byte;
                let expected = if byte.is_ascii_alphanumeric() {
                    0
                } else {
                    0x80 << (8 * position)
                };
                assert_eq!(
                    not_alphanumeric(u64::from_le_bytes(chunk)),
                    expected,
                    "{byte:#x} at {position}"
                );
            }
        }
    }

    #[test]
    fn alphanumeric_runs_end_at_the_first_other_byte() {
        for text in [
            "",
            "a",
            "abc def",
            "abcdefghijk",
            "abcdefghijklmnopq,",
            "a1b2c3d4é",
            "Ab_",
        ] {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = bytes[from..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |run| from + run);
                assert_eq!(
                    alphanumeric_run_end(bytes, from),
                    expected,
                    "{text:?} {from}"
                );
            }
        }
    }
}
