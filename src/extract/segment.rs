//! Paragraphs, sentences and words.
//!
//! Sentences come from Unicode sentence boundaries (UAX #29), then joined again where a
//! boundary follows an abbreviation ("Dr.", "Maj.-Gen.") or an initial ("J."). Words come from
//! Unicode word boundaries, joined again across hyphens ("al-Assad"), the full stop of an
//! abbreviation ("U.S.") and digit groups, so a name is one token.

pub mod boundaries;
mod words;

use unicode_segmentation::UnicodeSegmentation;

use super::lexicon;
use crate::model::Span;

/// Paragraphs: each non-blank line, trimmed. Briefings put one paragraph on a line.
pub fn paragraphs(text: &str) -> Vec<Span> {
    // Room for a paragraph in about 256 bytes, as news prose has them, so the list rarely
    // grows.
    let mut out = Vec::with_capacity(text.len() / 256 + 1);
    let bytes = text.as_bytes();
    let mut start = 0;
    // Lines end after each '\n' or '\r' (as `split_inclusive` splits), found a word at a
    // time by memchr rather than a character at a time.
    while start < bytes.len() {
        let end =
            memchr::memchr2(b'\n', b'\r', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
        let span = super::trim_span(text, Span::new(start, end));
        if !span.is_empty() {
            out.push(span);
        }
        start = end;
    }
    out
}

/// Sentences within paragraphs, trimmed, never empty.
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    // Room for a sentence in about 128 bytes, as news prose has them.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut pieces = Vec::new();
    for paragraph in paragraphs {
        let body = paragraph.slice(text);
        let mut pending: Option<Span> = None;
        pieces.clear();
        if !boundaries::sentence_pieces(body, &mut pieces) {
            pieces.extend(
                body.split_sentence_bound_indices()
                    .map(|(from, piece)| (from, from + piece.len())),
            );
        }
        for &(from, to) in &pieces {
            let span = super::trim_span(
                text,
                Span::new(paragraph.start + from, paragraph.start + to),
            );
            if span.is_empty() {
                continue;
            }
            pending = match pending {
                Some(previous) if !ends_sentence(previous.slice(text), span.slice(text)) => {
                    Some(Span::new(previous.start, span.end))
                }
                Some(previous) => {
                    out.push(previous);
                    Some(span)
                }
                None => Some(span),
            };
        }
        if let Some(last) = pending {
            out.push(last);
        }
    }
    out
}

/// Whether a sentence boundary after `sentence` is real, or follows an abbreviation or an
/// initial and should be joined with `next`.
fn ends_sentence(sentence: &str, next: &str) -> bool {
    let trimmed = sentence.trim_end();
    let Some(before_stop) = trimmed.strip_suffix('.') else {
        return true;
    };
    let last_word = before_stop
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let last_part = last_word.rsplit(['-', '.']).next().unwrap_or(last_word);
    let initial = last_part.chars().count() == 1 && last_part.chars().all(char::is_uppercase);
    let next_starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    if next_starts_lower {
        return false;
    }
    // "Sawtooth Thermal Systems, Inc. (NASDAQ: STHM) said": a bracket after a legal form is
    // the company's ticker or short name.
    if next.starts_with('(') && lexicon::contains_folded(lexicon::LEGAL_FORMS, last_part) {
        return false;
    }
    // "U.S." ends a sentence often enough when the next word is a common opener; keep the
    // boundary for dotted acronyms, join after titles and initials.
    // "K.C. Maurer": dotted initials before a name that is not an ordinary word. ("U.S. The"
    // keeps its boundary.)
    // Both asked only after dotted initials, which few sentences end with.
    if is_dotted_initials(last_word) && (opens_with_name(next) || opens_with_title(next)) {
        return false;
    }
    // "barangay chair Ma. Luisa Abiog", "Kagawad Ma. Theresa Dizon": Philippine copy's "Ma."
    // for María, opening a name after a word in lower case or a title. ("Jack Ma. Alibaba …"
    // ends a sentence with a surname.)
    if lexicon::GIVEN_NAME_ABBREVIATIONS.contains(&last_word)
        && follows_lower_case_or_title(&before_stop[..before_stop.len() - last_word.len()])
        && opens_with_name(next)
    {
        return false;
    }
    let abbreviation = lexicon::ABBREVIATIONS.contains(&last_part)
        && !lexicon::contains(lexicon::SENTENCE_ENDING_ABBREVIATIONS, last_part);
    !(abbreviation || (initial && !last_word.contains('.')))
}

/// Whether a word is capital letters one at a time between full stops: "K.C" and "U.S" of
/// "K.C." and "U.S.", once the full stop that may end the sentence is cut off.
fn is_dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// Where the first word of `next` ends: at its first character that is not a letter.
fn first_word_end(next: &str) -> usize {
    next.char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(next.len(), |(i, _)| i)
}

/// Whether `next` opens with a name that is not an ordinary word: "Maurer" after "K.C.",
/// where "The" after "U.S." is a word the gazetteer ranks.
fn opens_with_name(next: &str) -> bool {
    next.chars().next().is_some_and(char::is_uppercase)
        && lexicon::with_lower(&next[..first_word_end(next)], |next_word| {
            next_word.len() > 1 && super::gazetteer::get().word_rank(next_word).is_none()
        })
}

/// Whether `next` opens with a title or an institution's name, not with a determiner:
/// "Senator" in "U.S. Senator", "Food and Drug Administration" after "U.S.".
fn opens_with_title(next: &str) -> bool {
    // "U.S. Senator", "U.N. Security Council", "U.S. Food and Drug Administration": a dotted
    // acronym before a title or an institution's head (past the connectors institutions'
    // names hold) is that title's or institution's country or body.
    const MAX_WORDS: usize = 6;
    let opens_with_determiner = lexicon::with_lower(&next[..first_word_end(next)], |w| {
        lexicon::DETERMINERS.contains(&w)
    });
    !opens_with_determiner
        && next
            .split_whitespace()
            .take(MAX_WORDS)
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "and" | "of" | "for" | "&")
            })
            .any(|word| {
                let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
                lexicon::with_lower(word, |w| {
                    lexicon::TITLE_HEADS.contains(&w) || lexicon::ORGANIZATION_CUES.contains(&w)
                })
            })
}

/// Whether the last word of `before` is in lower case or a title: "chair" in "barangay chair
/// Ma. Luisa Abiog", "Kagawad" in "Kagawad Ma. Theresa Dizon".
fn follows_lower_case_or_title(before: &str) -> bool {
    before.split_whitespace().next_back().is_some_and(|word| {
        word.starts_with(char::is_lowercase) || lexicon::contains_folded(lexicon::TITLES, word)
    })
}

/// Calls `f` with the first character of each word of `text`, as `split_whitespace` splits
/// words, until `f` says false. A byte at a time where the text is ASCII, and past a word's
/// other characters without asking whether each starts one: quotations and sentences ask
/// this of every one.
pub fn word_initials(text: &str, mut f: impl FnMut(char) -> bool) {
    let bytes = text.as_bytes();
    // The character at byte `at` (a character boundary: `at` moves a character at a time).
    let char_at = |at: usize| match bytes[at] {
        byte if byte.is_ascii() => char::from(byte),
        _ => text[at..]
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
    };
    let is_space = |c: char| {
        if c.is_ascii() {
            matches!(c, '\t'..='\r' | ' ')
        } else {
            c.is_whitespace()
        }
    };
    let mut at = 0;
    loop {
        // The blanks before a word, then its first character.
        let initial = loop {
            if at == bytes.len() {
                return;
            }
            let c = char_at(at);
            if !is_space(c) {
                break c;
            }
            at += c.len_utf8();
        };
        if !f(initial) {
            return;
        }
        at += initial.len_utf8();
        // The rest of the word.
        while at < bytes.len() {
            let c = char_at(at);
            if is_space(c) {
                break;
            }
            at += c.len_utf8();
        }
    }
}

/// What sort of token a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A word, number or punctuation mark, with where it stands. Twelve bytes: a text makes up
/// to one token per byte or two, so the token list is the largest thing extraction holds, and
/// offsets fit 32 bits (texts are capped far below 4 GiB; [`tokens`] makes none past it), the
/// sentence index 28 bits with the kind and the two flags below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// The sentence index shifted left by [`FLAG_BITS`]; below it the kind
    /// ([`KIND_MASK`]), [`SPACE_BEFORE`] and [`SENTENCE_START`].
    sentence_and_flags: u32,
}

const _: () = assert!(std::mem::size_of::<Token>() == 12);

/// Bits below a token's sentence index: its kind (two) and two flags.
const FLAG_BITS: u32 = 4;
const KIND_MASK: u32 = 0b11;
const SPACE_BEFORE: u32 = 0b100;
const SENTENCE_START: u32 = 0b1000;

/// The sentences a text may have tokens in: [`tokens`] makes none past them (a 64 MiB text,
/// the largest read, has at most 32 Mi sentences).
const MAX_SENTENCES: usize = 1 << (32 - FLAG_BITS);

/// The kinds in the order of their two bits.
const KINDS: [TokenKind; 4] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Punct,
    TokenKind::Punct,
];

impl Token {
    /// A token over `span` in sentence `sentence`; the span within 32 bits, the sentence
    /// below [`MAX_SENTENCES`] (see [`tokens`]).
    fn new(
        span: Span,
        kind: TokenKind,
        space_before: bool,
        sentence_start: bool,
        sentence: usize,
    ) -> Self {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let kind_bits = match kind {
            TokenKind::Word => 0,
            TokenKind::Number => 1,
            TokenKind::Punct => 2,
        };
        let sentence = narrow(sentence.min(MAX_SENTENCES - 1));
        Token {
            start: narrow(span.start),
            end: narrow(span.end),
            sentence_and_flags: (sentence << FLAG_BITS)
                | kind_bits
                | if space_before { SPACE_BEFORE } else { 0 }
                | if sentence_start { SENTENCE_START } else { 0 },
        }
    }

    /// Word, number or punctuation.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        KINDS[(self.sentence_and_flags & KIND_MASK) as usize]
    }

    /// Whitespace comes right before it.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.sentence_and_flags & SPACE_BEFORE != 0
    }

    /// The first word of a sentence, or the first after an opening quotation mark or colon:
    /// its capital says nothing about being a name.
    #[inline]
    pub fn sentence_start(&self) -> bool {
        self.sentence_and_flags & SENTENCE_START != 0
    }

    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Index of its sentence.
    #[inline]
    pub fn sentence(&self) -> usize {
        (self.sentence_and_flags >> FLAG_BITS) as usize
    }

    /// Inlined: the name finder asks for nearly every token's text, many several times.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().slice(text)
    }
}

fn is_word_piece(piece: &str) -> bool {
    // Nearly every word starts with an ASCII letter or digit.
    piece
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        || piece.chars().any(|c| c.is_alphanumeric())
}

/// Digits with their group separators and decimal points ("1,200", "3.5"). Compared as
/// bytes: every character allowed is ASCII.
fn is_digits(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|&b| b.is_ascii_digit() || b == b',' || b == b'.')
        && bytes.iter().any(u8::is_ascii_digit)
}

/// A piece of nothing but whitespace.
fn is_blank(piece: &str) -> bool {
    piece.bytes().all(|b| b == b' ') || piece.chars().all(char::is_whitespace)
}

/// Hyphens that join the parts of one word when no space stands around them.
fn is_joining_hyphen(piece: &str) -> bool {
    matches!(piece, "-" | "‐" | "‑")
}

fn ends_with_abbreviation(word: &str) -> bool {
    let last = last_part(word);
    let mut chars = last.chars();
    let single_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single_letter
        || word.contains('.')
        || lexicon::ABBREVIATIONS.contains(&last)
        || lexicon::GIVEN_NAME_ABBREVIATIONS.contains(&last)
}

/// What follows the last hyphen or full stop of a word ("Gen" of "Maj.-Gen"), or the word.
/// Both marks are ASCII, so their bytes are searched.
fn last_part(word: &str) -> &str {
    let from = word
        .bytes()
        .rposition(|byte| matches!(byte, b'-' | b'.'))
        .map_or(0, |at| at + 1);
    &word[from..]
}

/// The shortest run of one ASCII mark that is one token: "....", "----", "((((" are a rule,
/// a separator or noise, not that many marks. Three ("...", "___") stay marks of their own.
const MARK_RUN: usize = 4;

/// The end of the run of one ASCII punctuation mark starting at `start`, when it is at least
/// [`MARK_RUN`] long: such a run is one token, so a text of nothing but marks costs one token
/// and not one for each byte.
#[inline]
fn mark_run_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mark = *bytes.get(start)?;
    // Nearly every byte asked about is not followed by itself: that says no at once.
    if bytes.get(start + 1) != Some(&mark) || !mark.is_ascii_punctuation() {
        return None;
    }
    let run = bytes[start..].iter().take_while(|&&b| b == mark).count();
    (run >= MARK_RUN).then_some(start + run)
}

/// At least as many tokens as `text` has: a token starts at a byte that is neither blank nor
/// continues a run of ASCII letters and digits. Room for them is taken at once, so the list
/// never grows (growing a list of many tokens held the old and the new one at once); room
/// never written (a run of one mark is one token) is never touched. Each byte is read with
/// the one before it by comparisons alone, counted in runs of 32: a loop the compiler does
/// many bytes at a time, where a table read one at a time.
fn token_bound(text: &str) -> usize {
    let bytes = text.as_bytes();
    let Some((&first, rest)) = bytes.split_first() else {
        return 0;
    };
    let mut count = usize::from(!is_ascii_blank(first));
    // Each byte after the first beside the byte before it, in runs of 32.
    let (befores, befores_left) = bytes[..rest.len()].as_chunks::<32>();
    let (runs, left) = rest.as_chunks::<32>();
    for (befores, run) in befores.iter().zip(runs) {
        let starts = (befores.iter().zip(run)).fold(0u8, |starts, (&before, &byte)| {
            starts + starts_token(before, byte)
        });
        count += usize::from(starts);
    }
    for (&before, &byte) in befores_left.iter().zip(left) {
        count += usize::from(starts_token(before, byte));
    }
    count
}

/// 1 when `byte`, after `before`, starts a token for [`token_bound`], else 0.
#[inline(always)]
fn starts_token(before: u8, byte: u8) -> u8 {
    let continues = is_ascii_letter_or_digit(before) & is_ascii_letter_or_digit(byte);
    u8::from(!is_ascii_blank(byte) & !continues)
}

/// `u8::is_ascii_whitespace` as comparisons without branches.
#[inline(always)]
fn is_ascii_blank(byte: u8) -> bool {
    (byte == b' ') | (byte.wrapping_sub(b'\t') < 2) | (byte.wrapping_sub(0x0C) < 2)
}

/// `u8::is_ascii_alphanumeric` as comparisons without branches.
#[inline(always)]
fn is_ascii_letter_or_digit(byte: u8) -> bool {
    (byte.wrapping_sub(b'0') < 10) | ((byte | 0x20).wrapping_sub(b'a') < 26)
}

/// Splits a text into tokens, sentence by sentence.
pub fn tokens(text: &str, sentences: &[Span]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(token_bound(text));
    // A sentence's pieces: words, spaces and marks, about two for each word.
    let mut pieces: Vec<(u32, u32)> = Vec::new();
    for (sentence_index, &sentence) in sentences.iter().enumerate() {
        // Offsets are held in 32 bits, sentence indices in 28: a text past 4 GiB or 256 Mi
        // sentences (beyond any file the program reads) has no tokens there.
        if u32::try_from(sentence.end).is_err() || sentence_index >= MAX_SENTENCES {
            break;
        }
        // Nearly every sentence is made of characters `words` handles in one pass.
        if !words::sentence_tokens(text, sentence, sentence_index, &mut out) {
            tokens_from_pieces(text, sentence, sentence_index, &mut pieces, &mut out);
        }
    }
    out
}

/// Appends the tokens of `sentence` (index `sentence_index`) to `out`: its word pieces
/// (UAX #29), joined again across hyphens and abbreviations' full stops. `pieces` is room
/// for the pieces, as offsets into the sentence (which ends within 4 GiB).
fn tokens_from_pieces(
    text: &str,
    sentence: Span,
    sentence_index: usize,
    pieces: &mut Vec<(u32, u32)>,
    out: &mut Vec<Token>,
) {
    let body = sentence.slice(text);
    pieces.clear();
    if !boundaries::word_pieces(body, pieces) {
        pieces.extend(body.split_word_bound_indices().filter_map(|(from, piece)| {
            Some((
                u32::try_from(from).ok()?,
                u32::try_from(from + piece.len()).ok()?,
            ))
        }));
    }
    let pieces = Pieces { body, pieces };
    let mut state = SentenceState {
        space_before: true,
        first_word: true,
        after_opener: false,
    };
    let mut i = 0;
    while i < pieces.len() {
        let (offset, piece) = pieces.at(i);
        // Most pieces start with an ASCII letter or digit: a word, and not blank.
        let starts_alphanumeric = piece
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric);
        if !starts_alphanumeric && is_blank(piece) {
            state.space_before = true;
            i += 1;
            continue;
        }
        let start = sentence.start + offset;
        let (mut end, mut next) = mark_run_of_pieces(text, &pieces, i, start);
        let piece_is_word = starts_alphanumeric || is_word_piece(piece);
        if piece_is_word {
            (end, next) = join_word_pieces(text, &pieces, start, end, next);
        }
        let word = &text[start..end];
        // A word piece stays one when joined; anything else was not joined, and has no
        // digit either.
        let kind = if !piece_is_word {
            TokenKind::Punct
        } else if is_digits(word.as_bytes()) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        state.push(Span::new(start, end), word, kind, sentence_index, out);
        i = next;
    }
}

/// A sentence's word pieces, each its start in the sentence and its text.
struct Pieces<'t> {
    body: &'t str,
    pieces: &'t [(u32, u32)],
}

impl<'t> Pieces<'t> {
    fn len(&self) -> usize {
        self.pieces.len()
    }

    fn get(&self, i: usize) -> Option<(usize, &'t str)> {
        let &(start, end) = self.pieces.get(i)?;
        let (start, end) = (start as usize, end as usize);
        Some((start, &self.body[start..end]))
    }

    /// Piece `i`, which must be there.
    fn at(&self, i: usize) -> (usize, &'t str) {
        let (start, end) = self.pieces[i];
        let (start, end) = (start as usize, end as usize);
        (start, &self.body[start..end])
    }
}

/// What a sentence's tokens so far say about the next one.
struct SentenceState {
    /// Whitespace came right before it.
    space_before: bool,
    /// No word yet.
    first_word: bool,
    /// The last token opened something (a quotation, a bracket, a clause after a colon).
    after_opener: bool,
}

impl SentenceState {
    /// Appends the token `word` over `span` to `out` and takes it into account.
    fn push(
        &mut self,
        span: Span,
        word: &str,
        kind: TokenKind,
        sentence_index: usize,
        out: &mut Vec<Token>,
    ) {
        let is_word = kind != TokenKind::Punct;
        let first_token = out.last().is_none_or(|t| t.sentence() != sentence_index);
        out.push(Token::new(
            span,
            kind,
            self.space_before,
            is_word && (self.first_word || self.after_opener),
            sentence_index,
        ));
        if is_word {
            self.first_word = false;
            self.after_opener = false;
        } else if (opens(word) && !joins_words(word, self.space_before))
            || (word == "\"" && (self.space_before || first_token))
        {
            self.after_opener = true;
        }
        self.space_before = false;
    }
}

/// The end of the token starting with piece `i` (at `start`) before any joining, and the
/// index of the piece after it: a long run of one mark is one token, as `words` makes it,
/// though its pieces are one mark each.
fn mark_run_of_pieces(text: &str, pieces: &Pieces, i: usize, start: usize) -> (usize, usize) {
    let piece = pieces.at(i).1;
    if piece.len() == 1 && mark_run_end(text.as_bytes(), start).is_some() {
        let run = (i..pieces.len())
            .take_while(|&j| pieces.at(j).1 == piece)
            .count();
        if run >= MARK_RUN {
            return (start + run, i + run);
        }
    }
    (start + piece.len(), i + 1)
}

/// A word from `start` to `end` joined with the pieces from index `next` that continue it
/// ("al" "-" "Assad", "Maj" "." "-" "Gen" ".", "U.S" "."): its new end and the index of the
/// piece after it.
fn join_word_pieces(
    text: &str,
    pieces: &Pieces,
    start: usize,
    mut end: usize,
    mut next: usize,
) -> (usize, usize) {
    while let Some((_, piece)) = pieces.get(next) {
        // Only a full stop or a hyphen joins: their first bytes say which pieces can be one.
        if !matches!(piece.as_bytes().first(), Some(b'.' | b'-' | 0xE2)) {
            break;
        }
        let current = &text[start..end];
        if piece == "." && ends_with_abbreviation(current) {
            let is_final = pieces.get(next + 1).is_none() && !ends_with_known_abbreviation(current);
            if is_final {
                break;
            }
            end += 1;
            next += 1;
            continue;
        }
        let after = pieces.get(next + 1);
        if is_joining_hyphen(piece) && after.is_some_and(|(_, word)| is_word_piece(word)) {
            end += piece.len() + after.map_or(0, |(_, word)| word.len());
            next += 2;
            continue;
        }
        break;
    }
    (end, next)
}

/// Marks after which a word's capital says nothing about being a name. (A straight quotation
/// mark opens too when a space or nothing stands before it.)
fn opens(mark: &str) -> bool {
    matches!(mark, "“" | "«" | ":" | "‘" | "—" | "–" | "(" | "[" | "-")
}

/// Whether a dash with no space before it joins the words beside it ("the Mafikeng–Vryburg
/// line", "1990–1995"): it opens no clause then.
fn joins_words(mark: &str, space_before: bool) -> bool {
    !space_before && matches!(mark, "–" | "-")
}

fn ends_with_known_abbreviation(word: &str) -> bool {
    let last = last_part(word);
    lexicon::ABBREVIATIONS.contains(&last) || word.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Each sentence of `text` (and the whole text as one) tokenized in one pass, where
    /// `words` takes it, equals its tokens from pieces. Says how many were compared.
    fn check_one_pass(text: &str) -> Result<usize, TestCaseError> {
        let paragraphs = paragraphs(text);
        let mut sentences = sentences(text, &paragraphs);
        sentences.push(Span::new(0, text.len()));
        let mut compared = 0;
        for (index, &sentence) in sentences.iter().enumerate() {
            let mut one_pass = Vec::new();
            if words::sentence_tokens(text, sentence, index, &mut one_pass) {
                let mut from_pieces = Vec::new();
                tokens_from_pieces(text, sentence, index, &mut Vec::new(), &mut from_pieces);
                prop_assert_eq!(one_pass, from_pieces, "{:?}", sentence.slice(text));
                compared += 1;
            } else {
                prop_assert!(one_pass.is_empty());
            }
        }
        Ok(compared)
    }

    /// Characters of news prose and those that decide how words join, with a few the one
    /// pass refuses ("_", a combining accent, a no-break space).
    fn token_char() -> impl Strategy<Value = char> {
        prop_oneof![
            4 => prop::sample::select(
                &[
                    ' ', ' ', '.', '.', '-', '-', ',', ';', ':', '\'', '"', '(', ')', '[', '!',
                    '?', '\t', '\u{b}', '’', '‘', '“', '”', '«', '—', '–', '…', 'é', 'É',
                    'ʼ', 'š', 'İ', '_', '\u{301}', '\u{a0}', '%', '/',
                ][..]
            ),
            4 => prop::char::range('a', 'z'),
            2 => prop::char::range('A', 'Z'),
            2 => prop::char::range('0', '9'),
        ]
    }

    /// Pieces of news prose where words join: abbreviations, initials, hyphens, numbers.
    fn news_piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(
            &[
                " ",
                " ",
                " ",
                ". ",
                ", ",
                "-",
                ".",
                "U.S.",
                "U.S",
                "Maj.-Gen.",
                "Lt.",
                "Dr.",
                "Mr",
                "No.",
                "Inc.",
                "etc.",
                "J.",
                "K.C.",
                "al-Assad",
                "bin",
                "Saudi-led",
                "3.5",
                "1,200",
                "2.",
                "10-year-old",
                "Trump’s",
                "don't",
                "“",
                "”",
                "\"",
                "(",
                ")",
                ":",
                "—",
                "–",
                "a",
                "The",
                "x",
                "e.g.",
                "Kyiv",
                "Škoda",
                "a.m.",
                "'s",
                "’",
                "-1",
                "A-",
                "B.-",
                "Gen",
                "St",
                "Sen.",
                "Calif.",
            ][..],
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

        #[test]
        fn one_pass_tokens_equal_tokens_from_pieces(
            chars in prop::collection::vec(token_char(), 0..100)
        ) {
            check_one_pass(&chars.into_iter().collect::<String>())?;
        }

        #[test]
        fn one_pass_tokens_equal_tokens_from_pieces_in_news(
            pieces in prop::collection::vec(news_piece(), 0..40)
        ) {
            check_one_pass(&pieces.concat())?;
        }
    }

    #[test]
    fn one_pass_takes_news_prose() {
        let text = "Maj.-Gen. K.C. Maurer told the U.S. Senate: “We’ll see,” and al-Assad's \
                    10-year-old plan cost $1,200.5 (about 3.5%) — etc.";
        assert_eq!(check_one_pass(text).unwrap(), 2);
    }

    #[test]
    fn a_long_run_of_one_mark_is_one_token_in_both_passes() {
        let text = "Wait... then ((((( and ---- or \"\"\"\" ends.";
        assert_eq!(check_one_pass(text).unwrap(), 2);
        let sentence = Span::new(0, text.len());
        let mut from_pieces = Vec::new();
        tokens_from_pieces(text, sentence, 0, &mut Vec::new(), &mut from_pieces);
        let words: Vec<&str> = from_pieces.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "Wait", ".", ".", ".", "then", "(((((", "and", "----", "or", "\"\"\"\"", "ends",
                "."
            ]
        );
    }

    #[test]
    fn the_token_bound_counts_bytes_that_start_a_token() {
        for byte in 0..=u8::MAX {
            assert_eq!(is_ascii_blank(byte), byte.is_ascii_whitespace(), "{byte}");
            assert_eq!(is_ascii_letter_or_digit(byte), byte.is_ascii_alphanumeric());
        }
        let mut text: String = (0..128u8).rev().map(char::from).collect();
        text.extend((0..128u8).map(char::from));
        text.push_str(&"ab 1, é—“x\td9 Ünï ".repeat(40));
        for end in (0..=text.len()).filter(|&end| text.is_char_boundary(end)) {
            let mut expected = 0;
            let mut before_continues = false;
            for &byte in &text.as_bytes()[..end] {
                let alphanumeric = byte.is_ascii_alphanumeric();
                let blank_or_continues =
                    byte.is_ascii_whitespace() || (alphanumeric && before_continues);
                expected += usize::from(!blank_or_continues);
                before_continues = alphanumeric;
            }
            assert_eq!(token_bound(&text[..end]), expected, "{end}");
        }
    }

    #[test]
    fn the_token_bound_is_never_below_the_tokens() {
        for text in [
            "Maj.-Gen. K.C. Maurer said: “We’ll see.”",
            "a.b.c.d... ((( ))) ‘’ «» 1,200.5 don't",
            "....",
            "",
        ] {
            let sentences = sentences(text, &paragraphs(text));
            assert!(
                token_bound(text) >= tokens(text, &sentences).len(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn word_initials_are_those_of_split_whitespace() {
        for text in [
            "",
            "  ",
            "One two",
            " \tÉté\u{a0}à «Paris»\u{2003}x\u{b}y\u{c}z\r\n “Quoted” words\u{1c}glued ",
            "ǅ ß ʼAbd",
        ] {
            let expected: Vec<char> = text
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .collect();
            let mut initials = Vec::new();
            word_initials(text, |c| {
                initials.push(c);
                true
            });
            assert_eq!(initials, expected, "{text:?}");
            let mut first_two = Vec::new();
            word_initials(text, |c| {
                first_two.push(c);
                first_two.len() < 2
            });
            assert_eq!(first_two, expected[..expected.len().min(2)], "{text:?}");
        }
    }
}
