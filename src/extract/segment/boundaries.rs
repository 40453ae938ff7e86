//! Sentence and word boundaries (Unicode UAX #29) for the characters news prose is made of.
//!
//! `unicode-segmentation` looks every character up in its Unicode tables, which was the
//! largest single cost of extraction. Nearly every briefing is ASCII plus curly quotation
//! marks, dashes and accented Latin letters, whose break properties are few and fixed. For a
//! text made only of such characters the rules of UAX #29 (sections 4.1 and 5.1, numbered
//! here as there) are applied directly; for any other text these functions return `None` and
//! the caller asks the crate. `tests/it/properties.rs` checks both give the same boundaries.
//!
//! What it pays: with the crate asked for every text, the export of the generated corpus
//! takes 76% more instructions (callgrind, its first 200 files; docs/PERFORMANCE.md).

/// Sentence_Break values of the characters handled here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    /// A letter neither upper nor lower case: "ʼ" (U+02BC), the apostrophe of "Hayʼat".
    OLetter,
    Numeric,
    ATerm,
    STerm,
    SContinue,
    Close,
    Other,
}

const fn sentence_class(c: char) -> Option<Sb> {
    Some(match c {
        '\r' => Sb::Cr,
        '\n' => Sb::Lf,
        '\t' | '\u{b}' | '\u{c}' | ' ' | '\u{a0}' => Sb::Sp,
        'a'..='z' | 'ß'..='ö' | 'ø'..='ÿ' => Sb::Lower,
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => Sb::Upper,
        '0'..='9' => Sb::Numeric,
        '.' => Sb::ATerm,
        '!' | '?' => Sb::STerm,
        ',' | '-' | ':' | ';' | '–' | '—' => Sb::SContinue,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '“' | '”' | '‘' | '’' | '«' | '»' => {
            Sb::Close
        }
        '#' | '$' | '%' | '&' | '*' | '+' | '/' | '<' | '=' | '>' | '@' | '\\' | '^' | '_'
        | '`' | '|' | '~' | '…' => Sb::Other,
        _ => return None,
    })
}

/// Classes of the ASCII characters, looked up without decoding.
const ASCII_SENTENCE: [Option<Sb>; 128] = {
    let mut table = [None; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = sentence_class(byte as u8 as char);
        byte += 1;
    }
    table
};

const ASCII_WORD: [Option<Wb>; 128] = {
    let mut table = [None; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = word_class(byte as u8 as char);
        byte += 1;
    }
    table
};

fn classify_sentence(c: char) -> Option<Sb> {
    if c.is_ascii() {
        ASCII_SENTENCE[c as usize]
    } else {
        sentence_class(c).or_else(|| extended_sentence_class(c))
    }
}

/// Latin Extended-A (U+0100 to U+017F, "š", "ł", "ş", "İ"): letters only, each upper or
/// lower case as `char` says (the Uppercase and Lowercase properties UAX #29 uses). Names from
/// central and eastern Europe and Turkey use them; without them a paragraph went to the crate.
fn in_latin_extended_a(c: char) -> bool {
    ('\u{100}'..='\u{17f}').contains(&c)
}

fn extended_sentence_class(c: char) -> Option<Sb> {
    if c == MODIFIER_APOSTROPHE {
        Some(Sb::OLetter)
    } else if !in_latin_extended_a(c) {
        None
    } else if c.is_uppercase() {
        Some(Sb::Upper)
    } else if c.is_lowercase() {
        Some(Sb::Lower)
    } else {
        None
    }
}

/// The word class of any character; `None` for one this module does not know.
pub(super) fn classify_word(c: char) -> Option<Wb> {
    word_class(c).or_else(|| extended_word_class(c))
}

fn extended_word_class(c: char) -> Option<Wb> {
    ((in_latin_extended_a(c) && c.is_alphabetic()) || c == MODIFIER_APOSTROPHE)
        .then_some(Wb::ALetter)
}

/// "ʼ", a letter (Arabic and Hebrew names written in Latin letters use it for a glottal stop).
const MODIFIER_APOSTROPHE: char = '\u{2bc}';

/// Appends `(start, end)` of each sentence piece of `text` to `out`, as
/// `split_sentence_bound_indices` gives them, and says true; or appends nothing and says false
/// when `text` has a character this module does not know.
pub fn sentence_pieces(text: &str, out: &mut Vec<(usize, usize)>) -> bool {
    let first_piece = out.len();
    let bytes = text.as_bytes();
    if text.is_empty() {
        return true;
    }
    let Some((mut before, mut at)) = sentence_class_at(text, 0) else {
        return false;
    };
    let mut earlier: Option<Sb> = None;
    // The run "SATerm Close* Sp*" that ends right before the current position, if any.
    let mut run: Option<TerminatorRun> = None;
    // SB8 looks ahead past anything but letters, separators and terminators for a lower-case
    // letter. The offset of the first such character at or after some point, and its class,
    // is kept: offsets only grow, so the text is scanned ahead at most once.
    let mut deciding: Option<(usize, Option<Sb>)> = None;
    let mut piece_start = 0;
    while at < bytes.len() {
        let Some((next, width)) = sentence_class_at(text, at) else {
            out.truncate(first_piece);
            return false;
        };
        run = extend_run(run, before, earlier);
        let joins = if before == Sb::Cr && next == Sb::Lf {
            true // SB3
        } else if matches!(before, Sb::Cr | Sb::Lf) {
            false // SB4
        } else if let Some(run) = run {
            let at_terminator = run.phase == Phase::Terminator;
            let sb6 = at_terminator && run.terminator == Sb::ATerm && next == Sb::Numeric;
            let sb7 = at_terminator
                && run.terminator == Sb::ATerm
                && run.after_letter
                && next == Sb::Upper;
            let sb8a = matches!(next, Sb::SContinue | Sb::STerm | Sb::ATerm);
            let sb9 =
                run.phase != Phase::Spaces && matches!(next, Sb::Close | Sb::Sp | Sb::Cr | Sb::Lf);
            let sb10 = matches!(next, Sb::Sp | Sb::Cr | Sb::Lf);
            let mut sb8 = || {
                if run.terminator != Sb::ATerm {
                    return false;
                }
                if deciding.is_none_or(|(offset, _)| offset < at) {
                    deciding = Some(deciding_from(text, at));
                }
                deciding.is_some_and(|(_, class)| class == Some(Sb::Lower))
            };
            // SB11 breaks when none of these joins.
            sb6 || sb7 || sb8a || sb9 || sb10 || sb8()
        } else {
            true // SB998
        };
        if !joins {
            out.push((piece_start, at));
            piece_start = at;
        }
        earlier = Some(before);
        before = next;
        at += width;
        // Outside a terminator's run, and away from line breaks, every character joins
        // (SB998) until the next terminator or line break: most of a text, skipped a byte at
        // a time. No run can start from such characters, so `run` stays empty, and only the
        // last two characters skipped matter to what follows.
        if run.is_none() && is_plain(before) {
            let skipped_from = at;
            at = plain_run_end(bytes, at);
            if at > skipped_from {
                let class_before = |offset: usize| ascii_sentence_class(bytes[offset]);
                earlier = Some(if at - skipped_from >= 2 {
                    class_before(at - 2).unwrap_or(before)
                } else {
                    before
                });
                before = class_before(at - 1).unwrap_or(before);
            }
        }
    }
    out.push((piece_start, text.len()));
    true
}

/// Characters that neither start a terminator's run nor break a line.
const fn is_plain(class: Sb) -> bool {
    !matches!(class, Sb::ATerm | Sb::STerm | Sb::Cr | Sb::Lf)
}

/// The end of the run of plain ASCII characters from byte `from`. Such runs are most of a
/// text, so they are skipped eight bytes at a time while all eight are printable and none is
/// a terminator, then a byte at a time.
fn plain_run_end(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    // The high bit of a byte of the result is set for a zero byte, and for no byte when none
    // is zero.
    let has_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGH_BITS;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_ne_bytes(word);
        // Control characters (below a space); DEL and anything not ASCII (a high bit after
        // adding one); the terminators.
        let stops = (word.wrapping_sub(ONES * u64::from(b' ')) & !word)
            | word.wrapping_add(ONES)
            | word
            | has_zero(word ^ (ONES * u64::from(b'.')))
            | has_zero(word ^ (ONES * u64::from(b'!')))
            | has_zero(word ^ (ONES * u64::from(b'?')));
        if stops & HIGH_BITS != 0 {
            break;
        }
        at += 8;
    }
    while bytes
        .get(at)
        .is_some_and(|&byte| PLAIN_ASCII[usize::from(byte)])
    {
        at += 1;
    }
    at
}

/// The class of an ASCII byte; `None` for any other byte and the ASCII characters this module
/// does not know.
fn ascii_sentence_class(byte: u8) -> Option<Sb> {
    ASCII_SENTENCE.get(usize::from(byte)).copied().flatten()
}

/// Bytes of the ASCII characters with a plain sentence class, by byte (every byte of a
/// longer character is false).
const PLAIN_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match ASCII_SENTENCE[byte] {
            Some(class) => is_plain(class),
            None => false,
        };
        byte += 1;
    }
    table
};

/// The sentence class of the character at byte `at` of `text` and its length in bytes, as
/// [`word_class_at`] gives word classes.
#[inline(always)]
fn sentence_class_at(text: &str, at: usize) -> Option<(Sb, usize)> {
    let &byte = text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return ASCII_SENTENCE[usize::from(byte)].map(|class| (class, 1));
    }
    let c = text.get(at..)?.chars().next()?;
    classify_sentence(c).map(|class| (class, c.len_utf8()))
}

/// The first letter, line break or terminator at or after `from`: its offset and class
/// (`text.len()` and `None` at the end; an unknown character counts as deciding nothing and
/// is left for the main loop to refuse).
fn deciding_from(text: &str, from: usize) -> (usize, Option<Sb>) {
    for (offset, c) in text[from..].char_indices() {
        let class = classify_sentence(c);
        let decides = match class {
            Some(class) => matches!(
                class,
                Sb::Lower | Sb::Upper | Sb::OLetter | Sb::Cr | Sb::Lf | Sb::ATerm | Sb::STerm
            ),
            None => true,
        };
        if decides {
            return (from + offset, class);
        }
    }
    (text.len(), None)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Right after the terminator itself.
    Terminator,
    Closes,
    Spaces,
}

#[derive(Debug, Clone, Copy)]
struct TerminatorRun {
    terminator: Sb,
    phase: Phase,
    /// A letter stands right before the terminator (SB7).
    after_letter: bool,
}

/// The run "SATerm Close* Sp*" after one more character, `class`, whose predecessor was
/// `previous`.
fn extend_run(
    run: Option<TerminatorRun>,
    class: Sb,
    previous: Option<Sb>,
) -> Option<TerminatorRun> {
    match class {
        Sb::ATerm | Sb::STerm => Some(TerminatorRun {
            terminator: class,
            phase: Phase::Terminator,
            after_letter: matches!(previous, Some(Sb::Upper | Sb::Lower)),
        }),
        Sb::Close => run
            .filter(|r| r.phase != Phase::Spaces)
            .map(|r| TerminatorRun {
                phase: Phase::Closes,
                ..r
            }),
        Sb::Sp => run.map(|r| TerminatorRun {
            phase: Phase::Spaces,
            ..r
        }),
        _ => None,
    }
}

/// Word_Break values of the characters handled here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wb {
    Cr,
    Lf,
    Newline,
    WSegSpace,
    ALetter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    ExtendNumLet,
    Other,
}

pub(super) const fn word_class(c: char) -> Option<Wb> {
    Some(match c {
        '\r' => Wb::Cr,
        '\n' => Wb::Lf,
        '\u{b}' | '\u{c}' => Wb::Newline,
        ' ' => Wb::WSegSpace,
        'a'..='z' | 'A'..='Z' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => Wb::ALetter,
        '0'..='9' => Wb::Numeric,
        ':' => Wb::MidLetter,
        ',' | ';' => Wb::MidNum,
        '.' | '‘' | '’' => Wb::MidNumLet,
        '\'' => Wb::SingleQuote,
        '_' => Wb::ExtendNumLet,
        '\t' | '!' | '"' | '#' | '$' | '%' | '&' | '(' | ')' | '*' | '+' | '-' | '/' | '<'
        | '=' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '`' | '{' | '|' | '}' | '~' | '“'
        | '”' | '«' | '»' | '–' | '—' | '…' => Wb::Other,
        _ => return None,
    })
}

/// Bytes of the ASCII letters and digits, by byte.
pub(super) const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = (byte as u8).is_ascii_alphanumeric();
        byte += 1;
    }
    table
};

/// The word class of the character at byte `at` of `text` (an ASCII byte is looked up
/// without decoding) and its length in bytes; `None` for a character this module does not
/// know.
#[inline(always)]
fn word_class_at(text: &str, at: usize) -> Option<(Wb, usize)> {
    let &byte = text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return ASCII_WORD[usize::from(byte)].map(|class| (class, 1));
    }
    let c = text.get(at..)?.chars().next()?;
    classify_word(c).map(|class| (class, c.len_utf8()))
}

/// Appends `(start, end)` of each word piece of `text` to `out`, as
/// `split_word_bound_indices` gives them, and says true; or appends nothing and says false
/// when `text` has a character this module does not know or is 4 GiB or longer. Offsets are
/// held in 32 bits: a sentence of a piece every two bytes holds them all at once.
pub fn word_pieces(text: &str, out: &mut Vec<(u32, u32)>) -> bool {
    let first_piece = out.len();
    let bytes = text.as_bytes();
    if text.is_empty() {
        return true;
    }
    if u32::try_from(text.len()).is_err() {
        return false;
    }
    // Within 4 GiB, checked above.
    let piece = |start: usize, end: usize| (start as u32, end as u32);
    let Some((mut before, mut at)) = word_class_at(text, 0) else {
        return false;
    };
    let mut earlier: Option<Wb> = None;
    let mut piece_start = 0;
    while at < bytes.len() {
        // Letters and digits after a letter or digit always join (WB5, WB8, WB9, WB10): most
        // of a text is such runs, skipped a byte at a time.
        if matches!(before, Wb::ALetter | Wb::Numeric) && bytes[at].is_ascii_alphanumeric() {
            let (end, last_but_one, last) = skip_alphanumeric_run(bytes, at, before);
            at = end;
            earlier = Some(last_but_one);
            before = last;
            continue;
        }
        let Some((next, width)) = word_class_at(text, at) else {
            out.truncate(first_piece);
            return false;
        };
        // Next to a space only another space joins (WB3d): the other rules name no space.
        if before == Wb::WSegSpace || next == Wb::WSegSpace {
            if before != next {
                out.push(piece(piece_start, at));
                piece_start = at;
            }
            earlier = Some(before);
            before = next;
            at += width;
            continue;
        }
        // Asked only by the rules that look past `next`. An unknown character there is
        // refused when its turn as `next` comes.
        let later = || word_class_at(text, at + width).map(|(class, _)| class);
        if !joins(earlier, before, next, later) {
            out.push(piece(piece_start, at));
            piece_start = at;
        }
        earlier = Some(before);
        before = next;
        at += width;
    }
    out.push(piece(piece_start, text.len()));
    true
}

/// Past the run of ASCII letters and digits starting at `at` (which joins the letter or digit
/// `before` it): the run's end and the classes of its last two characters, the only ones
/// that matter to what follows (the second last is `before` when the run is one byte).
#[inline]
fn skip_alphanumeric_run(bytes: &[u8], at: usize, before: Wb) -> (usize, Wb, Wb) {
    let run_from = at;
    let mut end = at + 1;
    while end < bytes.len() && ASCII_ALPHANUMERIC[usize::from(bytes[end])] {
        end += 1;
    }
    let class_before = |offset: usize| {
        if bytes[offset].is_ascii_digit() {
            Wb::Numeric
        } else {
            Wb::ALetter
        }
    };
    let last_but_one = if end - run_from >= 2 {
        class_before(end - 2)
    } else {
        before
    };
    (end, last_but_one, class_before(end - 1))
}

/// Whether no word boundary falls between `before` and `next` (the word rules news text
/// needs, WB3 to WB13b), given the class before `before` (`earlier`) and, asked only when a
/// rule looks past `next`, the class after it (`later`).
#[inline]
fn joins(earlier: Option<Wb>, before: Wb, next: Wb, later: impl Fn() -> Option<Wb>) -> bool {
    let letter = |class: Option<Wb>| class == Some(Wb::ALetter);
    let numeric = |class: Option<Wb>| class == Some(Wb::Numeric);
    let mid_letter = |class: Wb| matches!(class, Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote);
    let mid_number = |class: Wb| matches!(class, Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote);
    match (before, next) {
        (Wb::Cr, Wb::Lf) => true,                                          // WB3
        (Wb::Cr | Wb::Lf | Wb::Newline, _) => false,                       // WB3a
        (_, Wb::Cr | Wb::Lf | Wb::Newline) => false,                       // WB3b
        (Wb::WSegSpace, Wb::WSegSpace) => true,                            // WB3d
        (Wb::ALetter, Wb::ALetter) => true,                                // WB5
        (Wb::ALetter, mid) if mid_letter(mid) && letter(later()) => true,  // WB6
        (mid, Wb::ALetter) if mid_letter(mid) && letter(earlier) => true,  // WB7
        (Wb::Numeric, Wb::Numeric) => true,                                // WB8
        (Wb::ALetter, Wb::Numeric) | (Wb::Numeric, Wb::ALetter) => true,   // WB9, WB10
        (mid, Wb::Numeric) if mid_number(mid) && numeric(earlier) => true, // WB11
        (Wb::Numeric, mid) if mid_number(mid) && numeric(later()) => true, // WB12
        (Wb::ALetter | Wb::Numeric | Wb::ExtendNumLet, Wb::ExtendNumLet) => true, // WB13a
        (Wb::ExtendNumLet, Wb::ALetter | Wb::Numeric) => true,             // WB13b
        _ => false,                                                        // WB999
    }
}
