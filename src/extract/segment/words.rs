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
use super::{Token, TokenKind, ends_with_abbreviation, ends_with_known_abbreviation, opens};
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
    let body = sentence.slice(text);
    let bytes = body.as_bytes();
    let mut at = 0;
    let mut space_before = true;
    let mut first_word = true;
    let mut after_opener = false;
    while at < bytes.len() {
        let (class, width) = class_at(body, at);
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
            Class::Letter | Class::Digit => {
                at = joined_word_end(body, start);
                // Only a word that starts with a digit can be all digits.
                if bytes[start].is_ascii_digit() && super::is_digits(&body[start..at]) {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                }
            }
            Class::MidLetter | Class::MidNumber | Class::MidBoth | Class::Mark => {
                at += width;
                TokenKind::Punct
            }
        };
        let is_word = kind != TokenKind::Punct;
        out.push(Token {
            span: Span::new(sentence.start + start, sentence.start + at),
            kind,
            space_before,
            sentence_start: is_word && (first_word || after_opener),
            sentence: index,
        });
        if is_word {
            first_word = false;
            after_opener = false;
        } else if opens(&body[start..at])
            || (bytes[start] == b'"' && (space_before || out.len() == first_token + 1))
        {
            after_opener = true;
        }
        // A token is mostly followed by one space, taken here rather than by a turn of the
        // loop.
        space_before = bytes.get(at) == Some(&b' ');
        at += usize::from(space_before);
    }
    true
}

/// The end of the word that starts at `start` with a letter or digit: its word piece, joined
/// with the full stop of an abbreviation ("U.S.", "Dr.") and across hyphens ("al-Assad"), as
/// [`super::tokens_from_pieces`] joins pieces.
fn joined_word_end(body: &str, start: usize) -> usize {
    let bytes = body.as_bytes();
    let mut end = piece_end(body, start);
    loop {
        match bytes.get(end) {
            Some(b'.') if ends_with_abbreviation(&body[start..end]) => {
                // A sentence's final full stop stays apart unless the word is a known
                // abbreviation.
                if end + 1 == bytes.len() && !ends_with_known_abbreviation(&body[start..end]) {
                    return end;
                }
                end += 1;
            }
            Some(b'-')
                if end + 1 < bytes.len()
                    && matches!(class_at(body, end + 1).0, Class::Letter | Class::Digit) =>
            {
                end = piece_end(body, end + 1);
            }
            _ => return end,
        }
    }
}

/// The end of the word piece that starts at `start` with a letter or digit: letters and
/// digits, and the middle marks between them that join (WB5 to WB12).
#[inline(always)]
fn piece_end(body: &str, start: usize) -> usize {
    let bytes = body.as_bytes();
    let mut at = start;
    loop {
        let Some(run) = bytes[at..]
            .iter()
            .position(|&byte| !ASCII_ALPHANUMERIC[usize::from(byte)])
        else {
            return bytes.len();
        };
        at += run;
        let (class, width) = class_at(body, at);
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
        let joins = match class_at(body, next) {
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
