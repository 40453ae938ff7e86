//! A fast path for UAX #29 sentence and word boundaries that gives exactly the boundaries
//! `unicode-segmentation` gives.
//!
//! The crate looks every character up in its Unicode tables; that lookup was the largest
//! single cost of extraction. Almost all of a briefing is ASCII plus a handful of other
//! characters (curly quotation marks and apostrophes, dashes, accented Latin letters), whose
//! break categories are known here. A text made only of such characters is split by a copy
//! of the crate's own state machines (`sentence.rs` and `word.rs` of unicode-segmentation
//! 1.13), reduced to the categories those characters can have; any other text is handed to
//! the crate. `tests/properties.rs` and the tests below check the two agree.

use unicode_segmentation::UnicodeSegmentation;

/// Sentence break property values of the characters the fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SCat {
    Any,
    Cr,
    Lf,
    Sep,
    Sp,
    STerm,
    ATerm,
    Close,
    SContinue,
    Numeric,
    Upper,
    Lower,
    OLetter,
}

/// Word break property values of the characters the fast path knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WCat {
    Any,
    Cr,
    Lf,
    Newline,
    WSegSpace,
    DoubleQuote,
    SingleQuote,
    MidNum,
    MidNumLet,
    MidLetter,
    Numeric,
    ALetter,
    ExtendNumLet,
}

/// Sentence categories of ASCII, as the crate's table has them.
const ASCII_SENTENCE: [SCat; 128] = {
    let mut table = [SCat::Any; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\t' | 0x0b | 0x0c | b' ' => SCat::Sp,
            b'\n' => SCat::Lf,
            b'\r' => SCat::Cr,
            b'!' | b'?' => SCat::STerm,
            b'.' => SCat::ATerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => SCat::Close,
            b',' | b'-' | b':' | b';' => SCat::SContinue,
            b'0'..=b'9' => SCat::Numeric,
            b'A'..=b'Z' => SCat::Upper,
            b'a'..=b'z' => SCat::Lower,
            _ => SCat::Any,
        };
        b += 1;
    }
    table
};

/// Word categories of ASCII, as the crate's table has them.
const ASCII_WORD: [WCat; 128] = {
    let mut table = [WCat::Any; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\n' => WCat::Lf,
            0x0b | 0x0c => WCat::Newline,
            b'\r' => WCat::Cr,
            b' ' => WCat::WSegSpace,
            b'"' => WCat::DoubleQuote,
            b'\'' => WCat::SingleQuote,
            b',' | b';' => WCat::MidNum,
            b'.' => WCat::MidNumLet,
            b':' => WCat::MidLetter,
            b'0'..=b'9' => WCat::Numeric,
            b'A'..=b'Z' | b'a'..=b'z' => WCat::ALetter,
            b'_' => WCat::ExtendNumLet,
            _ => WCat::Any,
        };
        b += 1;
    }
    table
};

/// Latin-1 and Latin Extended-A letters: all cased, all word letters.
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{17f}') && c != '\u{d7}' && c != '\u{f7}'
}

fn sentence_cat(c: char) -> Option<SCat> {
    if c.is_ascii() {
        return Some(ASCII_SENTENCE[c as usize]);
    }
    Some(match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => SCat::Sep,
        '\u{a0}' => SCat::Sp,
        '«' | '»' | '\u{2018}'..='\u{201f}' => SCat::Close,
        '–' | '—' => SCat::SContinue,
        'ʼ' => SCat::OLetter,
        c if is_latin_letter(c) => {
            if c.is_uppercase() {
                SCat::Upper
            } else if c.is_lowercase() {
                SCat::Lower
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

fn word_cat(c: char) -> Option<WCat> {
    if c.is_ascii() {
        return Some(ASCII_WORD[c as usize]);
    }
    Some(match c {
        '\u{85}' | '\u{2028}' | '\u{2029}' => WCat::Newline,
        '\u{a0}' | '«' | '»' | '\u{201a}'..='\u{201f}' | '–' | '—' => WCat::Any,
        '\u{2018}' | '\u{2019}' => WCat::MidNumLet,
        'ʼ' => WCat::ALetter,
        c if is_latin_letter(c) => WCat::ALetter,
        _ => return None,
    })
}

fn all_known(text: &str, known: impl Fn(char) -> bool) -> bool {
    text.is_ascii() || text.chars().all(known)
}

// ---- Sentences: the crate's `sentence::fwd` state machine. ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Other,
    Cr,
    Lf,
    Sep,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

type State = [Part; 4];

const fn part_of(cat: SCat) -> Part {
    match cat {
        SCat::Cr => Part::Cr,
        SCat::Lf => Part::Lf,
        SCat::Sep => Part::Sep,
        SCat::ATerm => Part::ATerm,
        SCat::Upper | SCat::Lower => Part::UpperLower,
        SCat::Close => Part::ClosePlus,
        SCat::Sp => Part::SpPlus,
        SCat::STerm => Part::STerm,
        _ => Part::Other,
    }
}

fn advance(parts: State, cat: SCat) -> State {
    match (parts[3], cat) {
        (Part::ClosePlus, SCat::Close) | (Part::SpPlus, SCat::Sp) => parts,
        _ => [parts[1], parts[2], parts[3], part_of(cat)],
    }
}

/// Terminators and separators: the characters that can start a sentence boundary.
const fn is_ordinary(cat: SCat) -> bool {
    !matches!(
        cat,
        SCat::ATerm | SCat::STerm | SCat::Sep | SCat::Cr | SCat::Lf
    )
}

/// ASCII bytes that are no terminator or separator (false for every non-ASCII byte).
const ORDINARY_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = is_ordinary(ASCII_SENTENCE[b]);
        b += 1;
    }
    table
};

/// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
fn match_sb8(parts: &State, ahead: &str) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    if parts[idx] == Part::ATerm {
        for c in ahead.chars() {
            match sentence_cat(c).unwrap_or(SCat::Any) {
                SCat::Lower => return true,
                SCat::OLetter
                | SCat::Upper
                | SCat::Sep
                | SCat::Cr
                | SCat::Lf
                | SCat::STerm
                | SCat::ATerm => return false,
                _ => {}
            }
        }
    }
    false
}

/// SB8a: SATerm Close* Sp*
fn match_sb8a(parts: &State) -> bool {
    let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB9: SATerm Close*
fn match_sb9(parts: &State) -> bool {
    let idx = if parts[3] == Part::ClosePlus { 2 } else { 3 };
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// SB11: SATerm Close* Sp* ParaSep?
fn match_sb11(parts: &State) -> bool {
    let mut idx = match parts[3] {
        Part::Sep | Part::Cr | Part::Lf => 2,
        _ => 3,
    };
    if parts[idx] == Part::SpPlus {
        idx -= 1;
    }
    if parts[idx] == Part::ClosePlus {
        idx -= 1;
    }
    matches!(parts[idx], Part::STerm | Part::ATerm)
}

/// Whether no rule that breaks a sentence can see anything in `parts`: no terminator, no
/// paragraph separator, not the start of the text.
fn quiet(parts: &State) -> bool {
    !parts.iter().any(|part| {
        matches!(
            part,
            Part::Sot | Part::ATerm | Part::STerm | Part::Sep | Part::Cr | Part::Lf
        )
    })
}

/// The character at `position` (a char boundary) and its sentence category.
fn char_at(text: &str, position: usize) -> (char, SCat) {
    let byte = text.as_bytes()[position];
    if byte.is_ascii() {
        return (char::from(byte), ASCII_SENTENCE[usize::from(byte)]);
    }
    let c = text[position..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, sentence_cat(c).unwrap_or(SCat::Any))
}

/// Byte offsets where a sentence starts, then the text's length; nothing for "".
/// Every character must have a known category.
fn sentence_breaks(text: &str, out: &mut Vec<usize>) {
    let mut state: State = [Part::Sot; 4];
    // While the state is quiet, a character that is no terminator or separator cannot make
    // a boundary and leaves the state quiet: only the state needs keeping up to date.
    let mut is_quiet = false;
    let mut position = 0;
    let bytes = text.as_bytes();
    while position < text.len() {
        if is_quiet {
            // A run of ordinary ASCII in a quiet state. No rule looks at the parts before a
            // terminator except SB7, which asks only about the last of them; the others only
            // ask whether a part is a terminator, and none of these is. So the state after
            // the run needs only the part of its last character to decide exactly as the
            // state machine would.
            let run_start = position;
            while bytes
                .get(position)
                .is_some_and(|&b| ORDINARY_ASCII[usize::from(b)])
            {
                position += 1;
            }
            if position > run_start {
                let last = ASCII_SENTENCE[usize::from(bytes[position - 1])];
                state = [Part::Other, Part::Other, Part::Other, part_of(last)];
                continue;
            }
        }
        let (c, cat) = char_at(text, position);
        let before = state;
        state = advance(state, cat);
        if is_quiet && is_ordinary(cat) {
            position += c.len_utf8();
            continue;
        }
        let breaks = if before[3] == Part::Sot {
            true
        } else if cat == SCat::Lf && before[3] == Part::Cr {
            false
        } else if matches!(before[3], Part::Sep | Part::Cr | Part::Lf) {
            true
        } else if (cat == SCat::Numeric && before[3] == Part::ATerm)
            || (cat == SCat::Upper && before[2] == Part::UpperLower && before[3] == Part::ATerm)
            || match_sb8(&before, &text[position..])
            || (matches!(cat, SCat::SContinue | SCat::STerm | SCat::ATerm) && match_sb8a(&before))
            || (matches!(
                cat,
                SCat::Close | SCat::Sp | SCat::Sep | SCat::Cr | SCat::Lf
            ) && match_sb9(&before))
            || (matches!(cat, SCat::Sp | SCat::Sep | SCat::Cr | SCat::Lf) && match_sb8a(&before))
        {
            false
        } else {
            match_sb11(&before)
        };
        if breaks {
            out.push(position);
        }
        is_quiet = quiet(&state);
        position += c.len_utf8();
    }
    if state[3] != Part::Sot {
        out.push(text.len());
    }
}

/// Like `text.split_sentence_bound_indices()`, as `(start, end)` byte ranges, appended to
/// `out`.
pub fn sentence_bounds(text: &str, out: &mut Vec<(usize, usize)>) {
    if all_known(text, |c| sentence_cat(c).is_some()) {
        let mut breaks = Vec::new();
        sentence_breaks(text, &mut breaks);
        out.extend(breaks.windows(2).map(|w| (w[0], w[1])));
    } else {
        out.extend(
            text.split_sentence_bound_indices()
                .map(|(start, piece)| (start, start + piece.len())),
        );
    }
}

// ---- Words: the crate's forward `UWordBounds` state machine. ----

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordState {
    Letter,
    Numeric,
    ExtendNumLet,
    WSegSpace,
    RequireLetter,
    RequireNumeric,
}

/// The length and word category of the character at `position` (a char boundary).
fn word_char_at(text: &str, position: usize) -> (usize, WCat) {
    let byte = text.as_bytes()[position];
    if byte.is_ascii() {
        return (1, ASCII_WORD[usize::from(byte)]);
    }
    let c = text[position..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c.len_utf8(), word_cat(c).unwrap_or(WCat::Any))
}

/// Where the word piece starting at `start` (a char boundary before the end) ends, for a
/// text whose characters are all known.
fn word_end(text: &str, start: usize) -> usize {
    let (first_len, first_cat) = word_char_at(text, start);
    let mut state = match first_cat {
        WCat::Cr => {
            return start
                + if text[start + 1..].starts_with('\n') {
                    2
                } else {
                    1
                };
        }
        WCat::ALetter => WordState::Letter,
        WCat::Numeric => WordState::Numeric,
        WCat::ExtendNumLet => WordState::ExtendNumLet,
        WCat::WSegSpace => WordState::WSegSpace,
        _ => return start + first_len,
    };
    let mut saved = 0;
    let mut index = start + first_len;
    let bytes = text.as_bytes();
    while index < text.len() {
        if matches!(
            state,
            WordState::Letter | WordState::Numeric | WordState::ExtendNumLet
        ) {
            // In these states every ASCII letter, digit or underscore continues the word
            // and the state becomes that character's: take a run of them at once.
            let run_start = index;
            while bytes.get(index).is_some_and(u8::is_ascii_alphanumeric)
                || bytes.get(index) == Some(&b'_')
            {
                index += 1;
            }
            if index > run_start {
                state = match bytes[index - 1] {
                    b'_' => WordState::ExtendNumLet,
                    b'0'..=b'9' => WordState::Numeric,
                    _ => WordState::Letter,
                };
                continue;
            }
        }
        let (len, cat) = word_char_at(text, index);
        state = match (state, cat) {
            (WordState::WSegSpace, WCat::WSegSpace) => WordState::WSegSpace,
            (
                WordState::Letter
                | WordState::Numeric
                | WordState::ExtendNumLet
                | WordState::RequireLetter,
                WCat::ALetter,
            ) => WordState::Letter,
            (
                WordState::Letter
                | WordState::Numeric
                | WordState::ExtendNumLet
                | WordState::RequireNumeric,
                WCat::Numeric,
            ) => WordState::Numeric,
            (
                WordState::Letter | WordState::Numeric | WordState::ExtendNumLet,
                WCat::ExtendNumLet,
            ) => WordState::ExtendNumLet,
            (WordState::Letter, WCat::MidLetter | WCat::MidNumLet | WCat::SingleQuote) => {
                saved = index;
                WordState::RequireLetter
            }
            (WordState::Numeric, WCat::MidNum | WCat::MidNumLet | WCat::SingleQuote) => {
                saved = index;
                WordState::RequireNumeric
            }
            (WordState::RequireLetter | WordState::RequireNumeric, _) => return saved,
            _ => return index,
        };
        index += len;
    }
    match state {
        WordState::RequireLetter | WordState::RequireNumeric => saved,
        _ => text.len(),
    }
}

/// Like `text.split_word_bound_indices()`, as `(start, piece)`, appended to `out`.
pub fn word_bounds<'t>(text: &'t str, out: &mut Vec<(usize, &'t str)>) {
    if all_known(text, |c| word_cat(c).is_some()) {
        let mut start = 0;
        while start < text.len() {
            let end = word_end(text, start);
            out.push((start, &text[start..end]));
            start = end;
        }
    } else {
        out.extend(text.split_word_bound_indices());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        sentence_bounds(text, &mut out);
        out
    }

    fn words(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        word_bounds(text, &mut out);
        out
    }

    fn crate_sentences(text: &str) -> Vec<(usize, usize)> {
        text.split_sentence_bound_indices()
            .map(|(start, piece)| (start, start + piece.len()))
            .collect()
    }

    /// Every character the fast path knows, in contexts that tell its categories apart,
    /// split both ways.
    #[test]
    fn every_known_character_splits_as_the_crate_splits() {
        let templates = [
            "a.{c}",
            "x. {c}y",
            "{c}.{c}",
            "{c}. {c}",
            "A.{c}B",
            "{c} {c}'{c}",
            "1{c}2",
            "{c}.B",
            "a{c}. b",
            "Hi!{c} x",
            "Hi.{c}{c} x",
            "a{c}b{c}c",
            "1.{c}2",
            "x_{c}",
            "{c}{c}",
            "U.S. {c}he",
            "a. ({c}) b",
            "ab:{c}cd",
            "e.g.{c} x",
        ];
        let known = (0..=0x2fff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| sentence_cat(c).is_some() || word_cat(c).is_some());
        for c in known {
            for template in templates {
                let text = template.replace("{c}", &c.to_string());
                assert_eq!(sentences(&text), crate_sentences(&text), "{text:?}");
                let expected: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
                assert_eq!(words(&text), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn news_prose_splits_as_the_crate_splits() {
        for text in [
            "",
            " ",
            "Mr. Smith went to Washington. He said: “No.” Then he left!",
            "The U.S. State Department’s spokesman, Jeff Rathke, said 3.5 million... ok?",
            "He said \"Stop.\"  Then (quietly) he left.  ",
            "Maj.-Gen. al-Shara’a met K.C. Maurer on Jan. 5, 2015; they talked — briefly.",
            "a.\r\nb.\rc.\u{2028}d\u{85}e",
        ] {
            assert_eq!(sentences(text), crate_sentences(text), "{text:?}");
            let expected: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(words(text), expected, "{text:?}");
        }
    }
}
