//! Candidate names and their kinds.
//!
//! A name is a run of capitalised words in one sentence, with the lower-case particles and
//! connectors names use ("al-", "bin", "van der", "University of …"). A capital at the start
//! of a sentence proves nothing, so a sentence-initial word counts only when the document or
//! the gazetteer says it is a name. Leading titles ("Defense Minister Maj.-Gen.") are cut off
//! into roles; possessive endings are cut off. Each name gets a kind and how sure that kind is.

use std::borrow::Cow;
use std::cell::Cell;

mod furniture;
mod kinds;
pub(crate) use kinds::{CLIPPED_CLUB, CLUB_IN_A_RESULT, DEFINED_SHORT_NAME};
mod particles;
mod ridings;
mod shape;

use super::gazetteer::{self, Gazetteer, PlaceClass};
use super::hash::{FastSet as HashSet, ShortWord};
use super::lexicon;
use super::segment::{Token, TokenKind};
use crate::model::{Kind, Offsets, Span};

/// The clubs a score, a result or "v" stands between: their names as written, sorted, and
/// the tokens they stand at; and, for the words that clip or end a club's name, each word of
/// the names written backwards and the last words of names of several, sorted. (A table of
/// results names hundreds of clubs: every question is a search, none a walk over them.)
#[derive(Default)]
struct Clubs<'t> {
    names: Vec<&'t str>,
    /// Where a score or result names them, first and last tokens.
    ranges: Vec<(usize, usize)>,
    at: Vec<usize>,
    words_backwards: Vec<String>,
    last_words: Vec<&'t str>,
    /// Each name a result writes, with where it first does, sorted by name; and the same
    /// names written backwards: the club a clipping stands for is found by search.
    named: Vec<(&'t str, (usize, usize))>,
    named_backwards: Vec<(String, (usize, usize))>,
}

impl<'t> Clubs<'t> {
    /// The clubs from the names (sorted, deduplicated) and the names results write with
    /// their tokens, `named`.
    fn new(names: Vec<&'t str>, mut named: Vec<(&'t str, (usize, usize))>) -> Self {
        let at: Vec<(usize, usize)> = named.iter().map(|&(_, range)| range).collect();
        let mut tokens: Vec<usize> = at.iter().flat_map(|&(first, last)| first..=last).collect();
        tokens.sort_unstable();
        tokens.dedup();
        let mut words_backwards: Vec<String> = (names.iter())
            .flat_map(|name| name.split_whitespace())
            .map(|word| word.chars().rev().collect())
            .collect();
        words_backwards.sort_unstable();
        let mut last_words: Vec<&str> = (names.iter())
            .filter_map(|name| name.rsplit_once(' ').map(|(_, last)| last))
            .collect();
        last_words.sort_unstable();
        named.sort_unstable();
        named.dedup_by_key(|&mut (name, _)| name);
        let mut named_backwards: Vec<(String, (usize, usize))> = (named.iter())
            .map(|&(name, range)| (name.chars().rev().collect(), range))
            .collect();
        named_backwards.sort_unstable();
        Clubs {
            names,
            ranges: at,
            at: tokens,
            words_backwards,
            last_words,
            named,
            named_backwards,
        }
    }

    /// Where a result first names the club `word` clips: the one whose name it opens ("Cov"),
    /// opens made plural ("Hibs"), or ends ("Quins").
    fn clipped_club(&self, word: &str) -> Option<(usize, usize)> {
        let opened_by = |start: &str| {
            let at = self.named.partition_point(|&(name, _)| name < start);
            self.named
                .get(at)
                .filter(|&&(name, _)| {
                    start.len() >= 3 && name.len() > start.len() && name.starts_with(start)
                })
                .map(|&(_, range)| range)
        };
        let ended_by = || {
            let end: String = word.chars().rev().collect();
            let at = self
                .named_backwards
                .partition_point(|(name, _)| *name < end);
            self.named_backwards
                .get(at)
                .filter(|(name, _)| name.len() > end.len() && name.starts_with(&end))
                .map(|&(_, range)| range)
        };
        opened_by(word)
            .or_else(|| word.strip_suffix('s').and_then(opened_by))
            .or_else(ended_by)
    }

    fn contains(&self, name: &str) -> bool {
        !self.names.is_empty() && self.names.binary_search(&name).is_ok()
    }

    /// Whether a word clips a club's name: "Cov" for Coventry, "Quins" for Harlequins,
    /// "Hibs" (a clipping made plural) for Hibernian.
    fn clipped(&self, word: &str) -> bool {
        if word.len() < 3 || self.names.is_empty() {
            return false;
        }
        if let Some(stem) = word.strip_suffix('s')
            && stem.len() >= 3
            && self.clipped_unchanged(stem)
        {
            return true;
        }
        self.clipped_unchanged(word)
    }

    /// [`Clubs::clipped`] for the word as written.
    fn clipped_unchanged(&self, word: &str) -> bool {
        // The sorted names starting with the word follow where it would stand.
        let at = self.names.partition_point(|name| *name < word);
        let starts = self
            .names
            .get(at)
            .is_some_and(|name| name.len() > word.len() && name.starts_with(word));
        let backwards: String = word.chars().rev().collect();
        let at = self.words_backwards.partition_point(|w| *w < backwards);
        let ends = self
            .words_backwards
            .get(at)
            .is_some_and(|w| w.starts_with(&backwards));
        starts || ends
    }

    /// Whether a word is the last of a club's name of several words ("Albion").
    fn ends_a_name(&self, word: &str) -> bool {
        !self.last_words.is_empty() && self.last_words.binary_search(&word).is_ok()
    }

    /// Whether token `index` is part of a club's name where a score or result names it.
    fn named_at(&self, index: usize) -> bool {
        !self.at.is_empty() && self.at.binary_search(&index).is_ok()
    }
}

/// How much a kind is to be trusted, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Nothing says what the name is: the kind is the finder's default.
    Fallback,
    Guess,
    Likely,
    Sure,
}

/// One name found in the text, before names are grouped into entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// Where the name is; [`NameMention::span`] reads it.
    pub(super) span: Offsets,
    pub kind: Kind,
    pub evidence: Evidence,
    /// Role phrases the text puts before or after the name ("Syrian President").
    pub roles: Roles,
    /// The canonical name ("United States" for "US"); [`NameMention::known_as`] reads it.
    pub(super) known_as: KnownAs,
    /// Preceded by a locative preposition ("in Paris").
    pub locative: bool,
    /// A title standing for a person ("the Secretary of State", "Prime Minister").
    pub title_only: bool,
    /// The rule that decided the kind ("title", "metonym", "gazetteer", "word shape").
    pub kind_rule: &'static str,
}

const _: () = assert!(std::mem::size_of::<NameMention>() == 56);

/// The canonical name a mention is known by, in 16 bytes as an `Option<Box<str>>` takes
/// but allocating nothing: a text of a known name every few bytes has one per mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownAs {
    /// The gazetteer's name ("United States" for "US"); empty for none.
    Name(&'static str),
    /// The name the text spells out at these offsets (an acronym's, "Hayʼat Tahrir al-Sham"
    /// for "HTS").
    Text(Offsets),
}

const _: () = assert!(std::mem::size_of::<KnownAs>() == 16);

impl KnownAs {
    pub const NONE: KnownAs = KnownAs::Name("");
}

impl From<Option<&'static str>> for KnownAs {
    fn from(name: Option<&'static str>) -> Self {
        KnownAs::Name(name.unwrap_or_default())
    }
}

/// A mention's roles: most have none, which allocates nothing. One pointer wide (a boxed
/// slice is two): a text of a name every few bytes holds a mention per name until they are
/// grouped, 56 bytes each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
// A boxed vector is one pointer wide, a boxed slice two.
#[allow(clippy::box_collection)]
pub struct Roles(Option<Box<Vec<Span>>>);

impl From<Vec<Span>> for Roles {
    fn from(roles: Vec<Span>) -> Self {
        Roles((!roles.is_empty()).then(|| Box::new(roles)))
    }
}

impl std::ops::Deref for Roles {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

/// Words rarer than this rank are not common English words.
pub(super) const COMMON_RANK: u32 = 20_000;

/// Words at least this common are never the last word of a name unless they are its cue.
const VERY_COMMON_RANK: u32 = 1_000;

/// Words rarer than this rank, capitalised after a given name and never written in lower
/// case, are more often surnames than words ("Ruth Obi", "Grace Tarrant").
const SURNAME_LIKE_RANK: u32 = 5_000;

/// The hundred commonest words: function words and the like, never a name on their own.
const COMMONEST_RANK: u32 = 100;

/// More tokens than any name has ("National Enforcement and Emergency Management Information
/// System and Intelligence System" is ten).
const MAX_NAME_TOKENS: usize = 16;

/// Everything the name finder needs about the document as a whole.
struct Document<'t> {
    text: &'t str,
    tokens: &'t [Token],
    gazetteer: &'static Gazetteer,
    /// Lower-case forms of words written in lower case somewhere in the text (borrowed from
    /// the text when it already writes them all in lower case, as it nearly always does).
    seen_lower: WordSet<'t>,
    /// Words written capitalised somewhere other than the start of a sentence.
    seen_capitalised: WordSet<'t>,
    /// Of those, the ones written so somewhere other than between two capitalised words
    /// ("Cotton" in "Pakistan Cotton Ginners Association" only is inside a name).
    seen_capitalised_outside_names: WordSet<'t>,
    /// Per sentence, whether it is written in title case (a headline), where capitals prove
    /// nothing.
    title_case_sentences: Vec<bool>,
    /// Credit lines: sentences opening with "Image:", "Video:", "Photo:", in order.
    credit_sentences: Vec<usize>,
    /// Names a score or a result stands between ("Bolton 3-1 Huddersfield"): clubs, sorted.
    clubs: Clubs<'t>,
    /// Token ranges of quotations holding only a title ("“A Monsoon of Small Hours”").
    quoted_titles: Vec<(usize, usize)>,
    /// Whether the text reports a match of a team sport: it names clubs beside a score or a
    /// result, or uses two words only such a report uses ("wickets", "half-time").
    match_report: bool,
    /// Buffers lent for each chunk, so chunks do not allocate their word lists afresh: its
    /// words, read once for every test of the chunk ([`Document::emit`]), their title-head
    /// tests ([`Document::split_titles`]) and the name's words ([`Document::emit_name`]).
    chunk_words: Cell<Vec<&'t str>>,
    chunk_heads: Cell<Vec<bool>>,
    name_words: Cell<Vec<&'t str>>,
    /// Per token, whether it is a name word where it stands ([`Document::is_name_word`]):
    /// settled while the document is read for the tokens no name can start at (not words;
    /// lower-case words no particle opens, nearly all of them), else asked once and kept,
    /// for a chunk's end and the look-ahead of several rules ask about a token again.
    name_word: NameWords,
}

/// Per token, whether it is a name word, once known: two bits a token (not yet known, and
/// the answer), so that a text of nothing but short tokens ("J. K. ") holds a quarter of a
/// byte per token, not a byte. All clear is a known "no", the answer for most tokens, so
/// that only the others are written while the document is read.
#[derive(Default)]
struct NameWords {
    bits: Vec<Cell<u64>>,
    /// The bits of the tokens read since the last full integer.
    pending: u64,
}

impl NameWords {
    /// Tokens per integer.
    const PER_CELL: usize = 32;
    const UNKNOWN: u64 = 1;
    const YES: u64 = 2;

    /// Adds the next token, known to be no name word, or not known yet.
    #[inline]
    fn push(&mut self, index: usize, known_no: bool) {
        let at = index % Self::PER_CELL;
        self.pending |= u64::from(!known_no) << (2 * at);
        if at == Self::PER_CELL - 1 {
            self.bits.push(Cell::new(self.pending));
            self.pending = 0;
        }
    }

    /// Done adding tokens.
    fn finish(mut self) -> Self {
        if self.pending != 0 {
            self.bits.push(Cell::new(self.pending));
        }
        self
    }

    /// The answer for token `index`, if known (no past the tokens added).
    #[inline]
    fn get(&self, index: usize) -> Option<bool> {
        let bits = self
            .bits
            .get(index / Self::PER_CELL)
            .map_or(0, |cell| cell.get() >> (2 * (index % Self::PER_CELL)));
        (bits & Self::UNKNOWN == 0).then_some(bits & Self::YES != 0)
    }

    /// The first token from `index` on not known to be no name word (past the last token
    /// when there is none).
    fn next_not_known_no(&self, index: usize) -> usize {
        let mut cell = index / Self::PER_CELL;
        let Some(first) = self.bits.get(cell) else {
            return index;
        };
        // The bits of the tokens before `index` cleared (a shift of at most 62).
        let shift = 2 * (index % Self::PER_CELL);
        let mut bits = (first.get() >> shift) << shift;
        loop {
            if bits != 0 {
                return cell * Self::PER_CELL + bits.trailing_zeros() as usize / 2;
            }
            cell += 1;
            match self.bits.get(cell) {
                Some(next) => bits = next.get(),
                None => return cell * Self::PER_CELL,
            }
        }
    }

    /// Keeps the answer for token `index`.
    fn set(&self, index: usize, answer: bool) {
        if let Some(cell) = self.bits.get(index / Self::PER_CELL) {
            let shift = 2 * (index % Self::PER_CELL);
            let cleared = cell.get() & !((Self::UNKNOWN | Self::YES) << shift);
            cell.set(cleared | (u64::from(answer) * Self::YES) << shift);
        }
    }
}

/// Whether token `token` (its text `word`) can be a name word at all: a word that is not
/// lower case, or one that opens a name with a particle ("al-Assad", "von Thadden"). The
/// lower-case words this says no to are the ones [`Document::is_name_word`] turns away by
/// their text alone, by the same tests (a brand opening in lower case, "eBay", is asked
/// apart, once, by the caller).
fn may_be_name_word(token: &Token, word: &str) -> bool {
    if token.kind() != TokenKind::Word {
        return false;
    }
    let Some(&first) = word.as_bytes().first() else {
        return true;
    };
    if !first.is_ascii_lowercase() {
        return true;
    }
    // "Ó hAodha", "Mac an t-Saoir": decided with the word before it.
    if word == "an" || particles::is_mutated_capital(word) {
        return true;
    }
    if !lexicon::HYPHEN_PARTICLES.has_word_starting_with(first) {
        return lexicon::NAME_OPENING_PARTICLES.has_word_starting_with(first)
            && lexicon::NAME_OPENING_PARTICLES.contains(&word);
    }
    // Lower case, so no capital: a particle joined to a name, or a particle opening one.
    let stem = strip_possessive(word);
    is_particle_name(stem) || lexicon::NAME_OPENING_PARTICLES.contains(&stem)
}

/// A set of words, the short ones (nearly all) packed into integers: a document puts every
/// word it writes in one or the other of two, and hashing and comparing strings was a
/// visible share of name finding.
struct WordSet<'t> {
    short: HashSet<ShortWord>,
    long: HashSet<Cow<'t, str>>,
}

impl<'t> WordSet<'t> {
    fn with_capacity(capacity: usize) -> Self {
        WordSet {
            short: HashSet::with_capacity_and_hasher(capacity, Default::default()),
            long: HashSet::default(),
        }
    }

    /// Adds `word` as written.
    fn insert(&mut self, word: &'t str) {
        match ShortWord::new(word) {
            Some(short) => {
                self.short.insert(short);
            }
            None => {
                self.long.insert(Cow::Borrowed(word));
            }
        }
    }

    /// Whether the set holds `word` as written.
    fn contains(&self, word: &str) -> bool {
        match ShortWord::new(word) {
            Some(short) => self.short.contains(&short),
            None => self.long.contains(word),
        }
    }

    /// Adds the lower-case form of `word`.
    fn insert_folded(&mut self, word: &'t str) {
        if let Some(folded) = ShortWord::folded(word) {
            self.short.insert(folded);
        } else if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.long.insert(Cow::Borrowed(word));
        } else {
            let folded = word.to_lowercase();
            match ShortWord::new(&folded) {
                Some(short) => self.short.insert(short),
                None => self.long.insert(Cow::Owned(folded)),
            };
        }
    }

    /// Whether the set holds `word.to_lowercase()`.
    fn contains_folded(&self, word: &str) -> bool {
        match ShortWord::folded(word) {
            Some(folded) => self.short.contains(&folded),
            None => lexicon::with_lower(word, |folded| match ShortWord::new(folded) {
                Some(short) => self.short.contains(&short),
                None => self.long.contains(folded),
            }),
        }
    }
}

/// Whether sentence `index`, mostly capitalised, still reads as prose: title case writes every
/// word capitalised but the small ones ("Fire in the Hills"), so a sentence with a lower-case
/// verb or noun that ends like a sentence ("… Mark Rutte met German Chancellor Friedrich Merz
/// in Berlin.") is prose, however many names it holds. Asked only of the few sentences whose
/// capitals could make a headline.
fn reads_as_prose(text: &str, tokens: &[Token], index: usize, lower_case_words: usize) -> bool {
    let small = sentence_tokens(tokens, index)
        .iter()
        .filter(|t| t.kind() == TokenKind::Word)
        .map(|t| t.text(text))
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && lexicon::contains(lexicon::TITLE_CASE_SMALL_WORDS, w)
        })
        .count();
    small < lower_case_words && ends_like_sentence(text, tokens, index)
}

/// Whether sentence `index` opens with a dash: the "— Name, role" line under a quotation,
/// never a headline, however many of its words are capitalised.
fn opens_with_dash(text: &str, tokens: &[Token], index: usize) -> bool {
    sentence_tokens(tokens, index)
        .first()
        .is_some_and(|t| matches!(t.text(text), "—" | "–" | "―"))
}

/// Whether sentence `index` ends with a full stop, question or exclamation mark.
fn ends_like_sentence(text: &str, tokens: &[Token], index: usize) -> bool {
    sentence_tokens(tokens, index)
        .last()
        .is_some_and(|t| matches!(t.text(text), "." | "!" | "?" | "”" | "\""))
}

/// The tokens of sentence `index`, found by two binary searches (tokens are in sentence
/// order).
pub(super) fn sentence_tokens(tokens: &[Token], index: usize) -> &[Token] {
    let first = tokens.partition_point(|t| t.sentence() < index);
    let last = tokens.partition_point(|t| t.sentence() <= index);
    &tokens[first..last]
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A Roman numeral of two letters or more ("II", "VIII", "XIV"): after a name, a monarch's,
/// a pope's or a chief's number; alone, a part or a chapter. ("I" is the pronoun first.)
fn is_roman_numeral(word: &str) -> bool {
    word.len() > 1 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// A name's last word that is its number: a Roman numeral, or "I", which reaches a name only
/// where [`Document::regnal_first_at`] read it as one ("Elizabeth I").
fn is_regnal_number(word: &str) -> bool {
    is_roman_numeral(word) || word == "I"
}

/// All letters upper case, at least two of them: "HTS", "U.N.", "KCNA".
pub fn is_acronym(word: &str) -> bool {
    // Asked of nearly every capitalised word: one pass, no allocation. Bytes first: nearly
    // every word is ASCII, and most are answered by their second letter, lower case.
    let mut letters = 0;
    for byte in word.bytes() {
        match byte {
            b'A'..=b'Z' => letters += 1,
            b'.' | b'&' => {}
            // A word with other characters is read again, a character at a time.
            _ if !byte.is_ascii() => return is_acronym_by_chars(word),
            _ => return false,
        }
    }
    letters >= 2
}

/// [`is_acronym`], a character at a time.
fn is_acronym_by_chars(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if c != '.' && c != '&' {
            return false;
        }
    }
    letters >= 2
}

/// The word with a possessive ending removed: "Sharaa’s" → "Sharaa", "Reuters'" stays.
#[inline]
pub fn strip_possessive(word: &str) -> &str {
    // Asked of nearly every word, often several times: most end in neither "s" nor an
    // apostrophe and "s", which is read where the word is asked about, without a call.
    match word.as_bytes() {
        [.., b'\'' | 0x99 | 0xbc, b's' | b'S'] => strip_possessive_ending(word),
        _ => word,
    }
}

/// [`strip_possessive`] of a word ending like a possessive.
#[inline(never)]
fn strip_possessive_ending(word: &str) -> &str {
    for ending in ["’s", "'s", "ʼs", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(ending)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    word
}

fn has_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// "al-Assad": a lower-case particle joined by a hyphen to a capitalised name.
fn is_particle_name(word: &str) -> bool {
    // Asked of nearly every lower-case word: most start with no particle's letter, and most
    // others have no hyphen ("-" or the first byte of "‐") where a particle, two or three
    // letters long, would end.
    let bytes = word.as_bytes();
    let starts_like_particle = bytes
        .first()
        .is_some_and(|&b| lexicon::HYPHEN_PARTICLES.has_word_starting_with(b));
    let hyphen_at = |at: usize| matches!(bytes.get(at), Some(b'-' | 0xe2));
    if !starts_like_particle || !(hyphen_at(2) || hyphen_at(3)) {
        return false;
    }
    let Some((particle, rest)) = word.split_once(['-', '‐']) else {
        return false;
    };
    lexicon::HYPHEN_PARTICLES.contains(&particle) && is_capitalised(rest)
}

/// "VisitScotland", "PayPal", "BlackRock": a word with a capital inside it, after three
/// letters or more, is a firm's or a body's name written as one word. Not a surname whose
/// prefix is capitalised so ("MacLeod", "FitzGerald", "VanDyke", "McDonald", "DeSantis").
pub(super) fn is_camel_case_brand(word: &str) -> bool {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(inner) = bytes
        .windows(2)
        .position(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase())
    else {
        return false;
    };
    let prefix = &word[..inner + 1];
    prefix.len() >= 3
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && !lexicon::contains(lexicon::CAPITAL_INSIDE_PREFIXES, prefix)
}

/// "eBay", "iPhone", "inkLoom", "reMarkable": a brand opening in lower case, a capital
/// inside it and two lower-case letters or more after that capital. ("mRNA", "pH" and "kWh"
/// are terms and units.)
pub(super) fn is_lower_camel_brand(word: &str) -> bool {
    // Asked of every word in lower case: one pass, left at the first byte that rules it out.
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let mut capital = None;
    for (at, byte) in bytes.iter().enumerate().skip(1) {
        if byte.is_ascii_uppercase() {
            if capital.is_some() {
                return false;
            }
            capital = Some(at);
        } else if !byte.is_ascii_lowercase() {
            return false;
        }
    }
    capital.is_some_and(|at| bytes.len() - at > 2)
}

/// A word of five letters or more ending as nouns for what someone does or is end: "Striker",
/// "Conservator", "Historian", "Columnist", "Retiree", "Resident".
fn is_agent_noun(word: &str) -> bool {
    word.len() > 4
        && lexicon::AGENT_NOUN_ENDINGS
            .iter()
            .any(|end| word.ends_with(end))
}

/// "MCAs", "NGOs", "CEOs": initials with a plural ending are a common noun (members,
/// offices, bodies of a sort), not one body's name.
fn is_plural_of_initials(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|initials| {
        initials.len() >= 2 && initials.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// "English-speaking areas", "the French-speaking cantons": a language and "-speaking" is
/// an adjective, no name.
fn is_speaking_adjective(word: &str) -> bool {
    word.len() > "-speaking".len()
        && word
            .get(word.len() - "-speaking".len()..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("-speaking"))
}

fn is_date_word(word: &str) -> bool {
    let word = strip_possessive(word);
    let listed = |word: &str| lexicon::WEEKDAYS.contains(&word) || lexicon::MONTHS.contains(&word);
    listed(word) || lexicon::with_title_case(word, listed) == Some(true)
}

/// `f` of `word` with an "s" added, built on the stack for a word of ordinary length (asked
/// of most names the finder classifies).
fn with_plural<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const STACK: usize = 64;
    if word.len() < STACK {
        let mut buffer = [0u8; STACK];
        buffer[..word.len()].copy_from_slice(word.as_bytes());
        buffer[word.len()] = b's';
        // A whole `str` and an ASCII letter: always valid UTF-8.
        if let Ok(plural) = std::str::from_utf8(&buffer[..=word.len()]) {
            return f(plural);
        }
    }
    f(&format!("{word}s"))
}

/// Whether `number` is the number of the road `noun` names ("Highway 391", "Route 66"), or
/// of a numbered street of a town's grid ("Ang Mo Kio Avenue 3", "Lorong 8", "Street 21";
/// up to three digits, so a year after a street's name stays a year).
fn numbers_road(noun: &str, number: &str) -> bool {
    let digits = number.bytes().all(|b| b.is_ascii_digit());
    digits
        && (lexicon::contains_folded(lexicon::ROAD_NOUNS, noun)
            || (number.len() <= 3 && lexicon::contains(lexicon::NUMBERED_STREET_NOUNS, noun)))
}

/// Whether `number` is the number of the station or channel `noun` names ("BBC Radio 4",
/// "Channel 4"): one or two digits after the capitalised word.
fn numbers_station(noun: &str, number: &str) -> bool {
    number.len() <= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && lexicon::contains(lexicon::NUMBERED_STATIONS, noun)
}

/// The name a number belongs to: a road's ends with it ("Highway 391"), a station's may go
/// on ("Channel 4 News").
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameNumber {
    Road,
    Station,
}

/// Whether `number` is part of the name `noun` ends so far: a road's or a station's.
fn numbers_name(noun: &str, number: &str) -> bool {
    numbers_road(noun, number) || numbers_station(noun, number)
}

/// Whether an office is a place's or a seat's: its owner is a place ("Wagga Wagga Mayor",
/// "Rangitīkei MP", "Taita Taveta Senator").
fn is_place_office(office: &str) -> bool {
    lexicon::contains_folded(lexicon::OF_PLACE_NOUNS, office)
        || lexicon::contains_folded(lexicon::SEAT_TITLES, office)
}

/// Whether `word.to_lowercase()` is one of the lower-case `words`. Asked of most names' words
/// and neighbours: an ASCII word (nearly every one) is compared ignoring ASCII case, which
/// answers the same without lowering it into a buffer first.
fn lowered_is_any(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    } else {
        lexicon::with_lower(word, |lower| words.contains(&lower))
    }
}

/// `word.to_lowercase().starts_with(prefix)` for an ASCII lower-case `prefix`, without
/// lowering: no other character lowers to an ASCII letter followed by the prefix's next
/// character.
fn starts_with_ignoring_ascii_case(word: &str, prefix: &str) -> bool {
    word.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// What one pass over a document's tokens gathers for [`Document::new`].
struct Scan<'t> {
    seen_lower: WordSet<'t>,
    /// Per sentence, its words and how many of them are capitalised.
    words_per_sentence: Vec<(usize, usize)>,
    credit_sentences: Vec<usize>,
    /// Capitalised words (not opening a sentence): whether a sentence is a title-case
    /// headline, where capitals prove nothing, is known only once every word is counted.
    /// Held as token indices, four bytes each rather than a sentence and a word's
    /// twenty-four: a text of nothing but capitals has one for each word.
    capitalised: Vec<u32>,
    /// The few tokens a club or a quoted title may stand at, marked in this one pass so
    /// that those searches do not read every token again.
    marks: kinds::TokenMarks,
    name_word: NameWords,
    /// The different words only a report of a team sport uses, the first two met
    /// ([`Document::is_match_report`]).
    team_sport_words: Vec<&'t str>,
}

impl<'t> Scan<'t> {
    fn read(text: &'t str, tokens: &[Token]) -> Self {
        let mut scan = Scan {
            seen_lower: WordSet::with_capacity(tokens.len() / 2),
            words_per_sentence: Vec::new(),
            credit_sentences: Vec::new(),
            capitalised: Vec::with_capacity(tokens.len() / 4),
            marks: kinds::TokenMarks::new(tokens.len()),
            name_word: NameWords {
                bits: Vec::with_capacity(tokens.len().div_ceil(NameWords::PER_CELL)),
                pending: 0,
            },
            team_sport_words: Vec::new(),
        };
        for (index, token) in tokens.iter().enumerate() {
            let word = token.text(text);
            let brand = is_lower_camel_brand(strip_possessive(word));
            scan.name_word
                .push(index, !(brand || may_be_name_word(token, word)));
            if kinds::may_start_club_or_title(word) {
                scan.marks.mark(index);
            }
            // A credit line is known by the token after its label or verb, ":" or "by" (its
            // first byte read before its text is compared).
            if index > 0
                && matches!(word.as_bytes().first(), Some(b':' | b'b'))
                && matches!(word, ":" | "by")
            {
                scan.credit_before(text, tokens, index, word);
            }
            if token.kind() == TokenKind::Word {
                scan.count_word(index, token, word, brand);
            }
        }
        scan
    }

    /// Notes the sentence of the label or verb before token `index` (its text `next`, ":"
    /// or "by") when they open a credit line: "Image: …", "Reporting by …; Editing by …",
    /// "Additional reporting by …" (a wire story's credits; "the reporting by the BBC" is
    /// prose).
    fn credit_before(&mut self, text: &str, tokens: &[Token], index: usize, next: &str) {
        let at = index - 1;
        let token = &tokens[at];
        let word = token.text(text);
        let opens_sentence = at == 0 || tokens[at - 1].sentence() != token.sentence();
        if opens_sentence && next == ":" && lexicon::contains_folded(lexicon::CREDIT_LABELS, word) {
            self.credit_sentences.push(token.sentence());
        }
        let credit_verb_opens = opens_sentence
            || is_capitalised(word)
            || (at > 0 && (at == 1 || tokens[at - 2].sentence() != token.sentence()));
        if credit_verb_opens
            && next == "by"
            && lexicon::contains_folded(lexicon::CREDIT_VERBS, word)
        {
            self.credit_sentences.push(token.sentence());
        }
    }

    /// Counts word token `index` in its sentence, and notes it as written capitalised or in
    /// lower case (a `brand` opening in lower case, "eBay", is neither).
    fn count_word(&mut self, index: usize, token: &Token, word: &'t str, brand: bool) {
        if self.words_per_sentence.len() <= token.sentence() {
            self.words_per_sentence.resize(token.sentence() + 1, (0, 0));
        }
        let counts = &mut self.words_per_sentence[token.sentence()];
        counts.0 += 1;
        // (The first character read once for both tests, as `is_capitalised` reads it; an
        // ASCII one, nearly every one, from its byte.)
        let (upper, lower) = match word.as_bytes().first() {
            Some(first) if first.is_ascii() => {
                (first.is_ascii_uppercase(), first.is_ascii_lowercase())
            }
            _ => word.chars().next().map_or((false, false), |first| {
                (first.is_uppercase(), first.is_lowercase())
            }),
        };
        if upper {
            counts.1 += 1;
            if !token.sentence_start() {
                // Tokens stop at 4 GiB of text, so each index fits in 32 bits.
                self.capitalised
                    .push(u32::try_from(index).unwrap_or(u32::MAX));
            }
        } else if lower && !brand {
            self.seen_lower.insert_folded(strip_possessive(word));
            if self.team_sport_words.len() < 2
                && lexicon::contains(lexicon::TEAM_SPORT_WORDS, word)
                && !self.team_sport_words.contains(&word)
            {
                self.team_sport_words.push(word);
            }
        }
    }
}

/// Per sentence, whether it is a title-case headline: most of its words capitalised, and
/// neither prose nor a byline.
fn title_case_sentences(
    text: &str,
    tokens: &[Token],
    words_per_sentence: &[(usize, usize)],
) -> Vec<bool> {
    words_per_sentence
        .iter()
        .enumerate()
        .map(|(index, &(words, capitals))| {
            words >= 4
                && capitals * 4 >= words * 3
                // A short headline does not end like a sentence; "The US State Department
                // said." does. Long runs of capitals are captions or headlines either way.
                && (words >= 6 || !ends_like_sentence(text, tokens, index))
                && !reads_as_prose(text, tokens, index, words - capitals)
                && !furniture::is_byline(text, tokens, index)
                && !opens_with_dash(text, tokens, index)
        })
        .collect()
}

/// The words written capitalised outside title-case headlines, whose capitals are no
/// evidence either (only words can be capitalised: every upper-case character is
/// alphanumeric); and, of those, the ones also written somewhere other than between two
/// capitalised words.
fn capitalised_outside_headlines<'t>(
    text: &'t str,
    tokens: &[Token],
    capitalised: &[u32],
    title_case_sentences: &[bool],
) -> (WordSet<'t>, WordSet<'t>) {
    let mut seen_capitalised = WordSet::with_capacity(capitalised.len());
    let mut outside_names = WordSet::with_capacity(capitalised.len());
    // (A title before the word leaves it the first of the name: "Minister Park Seung-woo".)
    let capitalised_beside = |token: &Token, k: Option<usize>| {
        k.and_then(|k| tokens.get(k)).is_some_and(|other| {
            other.sentence() == token.sentence()
                && other.kind() == TokenKind::Word
                && is_capitalised(other.text(text))
                && !is_title(other.text(text))
        })
    };
    for &index in capitalised {
        let index = index as usize;
        let Some(token) = tokens.get(index) else {
            continue;
        };
        if title_case_sentences[token.sentence()] {
            continue;
        }
        let word = strip_possessive(token.text(text));
        seen_capitalised.insert(word);
        let inside = capitalised_beside(token, index.checked_sub(1))
            && capitalised_beside(token, Some(index + 1));
        if !inside {
            outside_names.insert(word);
        }
    }
    (seen_capitalised, outside_names)
}

impl<'t> Document<'t> {
    fn new(text: &'t str, tokens: &'t [Token]) -> Self {
        let scan = Scan::read(text, tokens);
        let title_case_sentences = title_case_sentences(text, tokens, &scan.words_per_sentence);
        let (seen_capitalised, seen_capitalised_outside_names) =
            capitalised_outside_headlines(text, tokens, &scan.capitalised, &title_case_sentences);
        let mut document = Document {
            text,
            tokens,
            gazetteer: gazetteer::get(),
            seen_lower: scan.seen_lower,
            seen_capitalised,
            seen_capitalised_outside_names,
            title_case_sentences,
            credit_sentences: scan.credit_sentences,
            clubs: Clubs::default(),
            quoted_titles: Vec::new(),
            match_report: scan.team_sport_words.len() == 2,
            chunk_words: Cell::default(),
            chunk_heads: Cell::default(),
            name_words: Cell::default(),
            name_word: scan.name_word.finish(),
        };
        let found = kinds::find_clubs(&document, &scan.marks);
        document.match_report |= !found.in_results.is_empty();
        let mut at = found.in_results;
        at.extend(found.in_a_game);
        at.sort_unstable();
        let mut names: Vec<&str> = at
            .iter()
            .map(|&club| kinds::written(&document, club))
            .collect();
        // "Thornbury Athletic" is "Thornbury" on second mention.
        names.extend(at.iter().filter_map(|&(first, last)| {
            let suffixed = last == first + 1
                && lexicon::contains_folded(lexicon::CLUB_SUFFIXES, document.word(last));
            suffixed.then(|| document.word(first))
        }));
        names.sort_unstable();
        names.dedup();
        let named = at
            .iter()
            .map(|&club| (kinds::written(&document, club), club))
            .collect();
        document.clubs = Clubs::new(names, named);
        document.quoted_titles = kinds::find_quoted_titles(&document, &scan.marks);
        document
    }

    /// Whether the text reports a match of a team sport ([`Document::match_report`]).
    fn is_match_report(&self) -> bool {
        self.match_report
    }

    /// The words joined by single spaces: the text itself where it writes them so (nearly
    /// always), a new string only where it does not ("People's Army" without its "'s").
    fn joined<'w>(&'w self, words: &[&'w str]) -> Cow<'w, str> {
        match words {
            [only] => Cow::Borrowed(*only),
            _ => match self.written_joined(words) {
                Some(written) => Cow::Borrowed(written),
                None => Cow::Owned(words.join(" ")),
            },
        }
    }

    /// The text from the first word to the last, when the words are slices of the text with
    /// one space between each and the next.
    fn written_joined(&self, words: &[&str]) -> Option<&'t str> {
        let base = self.text.as_ptr() as usize;
        let offset = |word: &str| (word.as_ptr() as usize).checked_sub(base);
        let first = words.first()?;
        let start = offset(first)?;
        let mut end = start + first.len();
        for word in &words[1..] {
            if offset(word)? != end + 1 || self.text.as_bytes().get(end) != Some(&b' ') {
                return None;
            }
            end += 1 + word.len();
        }
        // (A word from anywhere else lies outside the text, and `get` says so.)
        self.text.get(start..end)
    }

    fn in_title_case(&self, sentence: usize) -> bool {
        self.title_case_sentences
            .get(sentence)
            .copied()
            .unwrap_or(false)
    }

    fn word(&self, index: usize) -> &'t str {
        self.tokens[index].text(self.text)
    }

    /// The first byte of token `index`'s text (0 past the last token), read without slicing
    /// the text: asked of every token by the passes that look for one mark or a few words.
    fn first_byte(&self, index: usize) -> u8 {
        self.tokens
            .get(index)
            .and_then(|token| self.text.as_bytes().get(token.span().start))
            .copied()
            .unwrap_or(0)
    }

    /// Whether token `index` is written `expected`: its first byte is compared before its
    /// text is read, which answers for nearly every token.
    fn text_is(&self, index: usize, expected: &str) -> bool {
        expected.as_bytes().first() == Some(&self.first_byte(index))
            && self.word_at(index) == Some(expected)
    }

    /// Whether token `index` is a word of `list` as written; its first byte is asked about
    /// before its text is read.
    fn token_in(&self, index: usize, list: &lexicon::WordList) -> bool {
        list.has_word_starting_with(self.first_byte(index))
            && self
                .word_at(index)
                .is_some_and(|word| lexicon::contains(list, word))
    }

    /// Whether token `index` is a word of `list` compared in lower case; its first byte is
    /// asked about before its text is read.
    fn token_in_folded(&self, index: usize, list: &lexicon::WordList) -> bool {
        list.may_start_folded(self.first_byte(index))
            && self
                .word_at(index)
                .is_some_and(|word| lexicon::contains_folded(list, word))
    }

    /// The text of token `index`, if there is one.
    fn word_at(&self, index: usize) -> Option<&'t str> {
        self.tokens.get(index).map(|token| token.text(self.text))
    }

    /// The text of token `index` when it stands in sentence `sentence`.
    fn word_in_sentence(&self, index: usize, sentence: usize) -> Option<&'t str> {
        self.tokens
            .get(index)
            .filter(|token| token.sentence() == sentence)
            .map(|token| token.text(self.text))
    }

    fn is_word(&self, index: usize) -> bool {
        self.tokens
            .get(index)
            .is_some_and(|t| t.kind() == TokenKind::Word)
    }

    fn is_common(&self, word: &str) -> bool {
        self.seen_lower.contains_folded(word)
            || self
                .gazetteer
                .folded_rank(word)
                .is_some_and(|rank| rank <= COMMON_RANK)
    }

    /// A capitalised word that may be (part of) a name where it stands. Asked of every token
    /// and again of many: most are settled already, the rest decided once.
    #[inline]
    fn is_name_word(&self, index: usize) -> bool {
        if let Some(known) = self.name_word.get(index) {
            return known;
        }
        let answer = self.decide_name_word(index);
        self.name_word.set(index, answer);
        answer
    }

    /// [`Document::is_name_word`] of a token not yet settled.
    #[inline(never)]
    fn decide_name_word(&self, index: usize) -> bool {
        if !self.is_word(index) {
            return false;
        }
        let token = &self.tokens[index];
        let word = self.word(index);
        // Most words are lower-case ASCII: neither capitalised nor able to start a particle
        // ("al-"), which the list's first letters say.
        if let Some(&first) = word.as_bytes().first()
            && first.is_ascii_lowercase()
        {
            // "Ó hAodha", "Mac an t-Saoir": a Gaelic name's mutated capital.
            if matches!(first, b'h' | b'n' | b't' | b'a')
                && particles::continues_gaelic_name(self, index, word)
            {
                return true;
            }
            // "eBay", "reMarkable": a brand written in lower case with a capital inside.
            if is_lower_camel_brand(strip_possessive(word)) {
                return true;
            }
        }
        if let Some(&first) = word.as_bytes().first()
            && first.is_ascii_lowercase()
            && !lexicon::HYPHEN_PARTICLES.has_word_starting_with(first)
        {
            // "von Thadden said", "de la Vega's": a particle opening a name.
            return lexicon::NAME_OPENING_PARTICLES.has_word_starting_with(first)
                && particles::opens_name(self, index, word);
        }
        let stem = strip_possessive(word);
        if !(is_capitalised(stem) || is_particle_name(stem)) || is_date_word(stem) {
            return particles::opens_name(self, index, stem);
        }
        if self.is_never_a_name(index, stem) {
            return false;
        }
        // "PHOTO: Workers stand at the gate": an ordinary word after a colon opens a clause,
        // whatever label stands before it.
        let opens_clause = index > 0 && self.word(index - 1) == ":" && self.is_common(stem);
        let weak_capital =
            token.sentence_start() || opens_clause || self.in_title_case(token.sentence());
        if !weak_capital
            || (self.in_credit_line(index) && !opens_clause)
            || self.after_quotation_dash(index)
        {
            return true;
        }
        // "Bolton 3-1 Huddersfield Town": a club's words beside a score, capitalised in a
        // line of capitals; "Huddersfield looked tired": a club opening a sentence.
        if self.clubs.named_at(index) || self.clubs.contains(stem) {
            return true;
        }
        // "Fly-half Callum St John", "Co-author Dr Aalto": ordinary words joined by hyphens,
        // capitalised only where capitals prove nothing, are a compound noun.
        if stem.contains('-')
            && stem
                .split('-')
                .all(|part| self.is_common(part) && self.gazetteer.place(part).is_none())
        {
            return false;
        }
        // "Flood-hit Lismore": an ordinary word and a participle, capitalised only where
        // capitals prove nothing, are an adjective.
        if has_compound_tail(stem)
            && stem.split_once('-').is_some_and(|(head, _)| {
                self.is_common(head) && self.gazetteer.place(head).is_none()
            })
        {
            return false;
        }
        self.opens_sentence_as_name(index, stem)
    }

    /// Whether a capitalised word follows the particles from token `first` on ("van der
    /// Hoeven", "de la Vega"; three at most) in their sentence.
    fn capital_after_particles(&self, first: usize) -> bool {
        const PARTICLES: usize = 3;
        let Some(sentence) = self.tokens.get(first).map(|t| t.sentence()) else {
            return false;
        };
        let word = |k: usize| self.word_in_sentence(k, sentence);
        let after = (first..first + PARTICLES)
            .find(|&k| !word(k).is_some_and(|w| lexicon::PARTICLES.contains(&w)));
        after.is_some_and(|k| word(k).is_some_and(is_capitalised))
    }

    /// "Elizabeth I on 24 March", "James I of England", "Charles I’s garrison": "I" right
    /// after a given name, before "of", a possessive ending, a stop or a small word no pronoun
    /// "I" has after it, is the first of that name to reign.
    fn regnal_first_at(&self, index: usize) -> bool {
        let word = self.word(index);
        let possessive = word != "I";
        let before = index.checked_sub(1).filter(|&b| {
            self.tokens[b].sentence() == self.tokens[index].sentence()
                && self.tokens[index].space_before()
        });
        let after_given_name = before.is_some_and(|b| {
            let given = self.word(b);
            is_capitalised(given) && self.gazetteer.given_name(given)
        });
        let next = self.word_in_sentence(index + 1, self.tokens[index].sentence());
        let ends = match next {
            None => true,
            Some(next) => {
                matches!(
                    next,
                    "," | "." | ";" | ":" | ")" | "—" | "–" | "of" | "on" | "in"
                )
            }
        };
        after_given_name && (possessive || ends)
    }

    /// "Starmer: ‘We will not back down’": a headline's word opening its line before a colon
    /// and a quotation mark, the words' speaker.
    pub(super) fn labels_a_quotation(&self, index: usize) -> bool {
        self.word_at(index + 1) == Some(":")
            && matches!(self.word_at(index + 2), Some("\"" | "“" | "‘" | "'"))
            && self.opens_line(index)
    }

    /// Shapes that are never a name wherever they stand: page furniture, letter compounds
    /// ("T-shirt"), handles ("@POTUS"), stances ("Pro-Beijing"), pronouns, ordinary
    /// initialisms, colon labels ("Image:") and a wire story's credits ("Reporting by").
    fn is_never_a_name(&self, index: usize, stem: &str) -> bool {
        let token = &self.tokens[index];
        if furniture::rejects(self, index, stem) {
            return true;
        }
        // "T-shirt", "X-ray", "U-turn": a letter joined to a word is an ordinary noun. (Read
        // as the hyphen right after the first character: no search through the word.)
        let letter_compound = stem.chars().next().is_some_and(|first| {
            let hyphen = first.len_utf8();
            stem.as_bytes().get(hyphen) == Some(&b'-')
                && stem
                    .get(hyphen + 1..)
                    .is_some_and(|tail| self.is_common(tail))
        });
        if letter_compound {
            return true;
        }
        // "@POTUS": a user handle, not a name written out.
        if index > 0 && !token.space_before() && self.text_is(index - 1, "@") {
            return true;
        }
        // "Pro-Beijing", "Anti-Assad": a stance, not a name ("Anti-Doping Agency" is one).
        let stance = |prefix: &str| {
            starts_with_ignoring_ascii_case(stem, prefix)
                && stem
                    .get(prefix.len()..)
                    .is_some_and(|rest| !self.is_common(rest))
        };
        if stance("pro-") || stance("anti-") {
            return true;
        }
        let pronoun_i = || {
            (stem == "I" || stem.starts_with("I’") || stem.starts_with("I'"))
                && !self.regnal_first_at(index)
        };
        if lexicon::contains_folded(lexicon::PERSON_PRONOUNS, stem)
            || pronoun_i()
            || lexicon::NOT_NAMES.contains(&stem)
            || is_plural_of_initials(stem)
            || is_speaking_adjective(stem)
        {
            return true;
        }
        // "4:45 p.m. CT", "1430 GMT": a time zone after a clock time.
        if index > 0
            && lexicon::TIME_ZONES.contains(&stem)
            && (self.tokens[index - 1].kind() == TokenKind::Number
                || lexicon::contains(lexicon::DAY_HALVES, self.word(index - 1)))
        {
            return true;
        }
        // (The next token's first byte says whether it can be ":" or "by" before its text is
        // read.)
        let next_text = matches!(self.first_byte(index + 1), b':' | b'b')
            .then(|| self.word_at(index + 1))
            .flatten();
        // "Sources: …": an ordinary word opening its sentence labels what follows the colon
        // ("She told the Northern Echo: …" names the paper); a caption's label ("Image:")
        // may follow the caption's words with no full stop between.
        let opens_sentence = index
            .checked_sub(1)
            .is_none_or(|before| self.tokens[before].sentence() != self.tokens[index].sentence());
        let label = opens_sentence || lexicon::contains_folded(lexicon::CREDIT_LABELS, stem);
        let labels_colon = next_text == Some(":") && label;
        if labels_colon && self.is_common(stem) && !self.known_place_or_organization(stem) {
            return true;
        }
        // "Reporting by Anna Smith; Editing by John Doe": a wire story's credits.
        let credits_by =
            next_text == Some("by") && lexicon::contains_folded(lexicon::CREDIT_VERBS, stem);
        if credits_by {
            return true;
        }
        false
    }

    /// A capitalised word where capitals prove nothing (opening a sentence, in a title-case
    /// headline) is a name when its shape, the gazetteer or the document says so.
    fn opens_sentence_as_name(&self, index: usize, stem: &str) -> bool {
        if is_acronym(stem) && stem.len() > 1 {
            return !matches!(stem, "A" | "I");
        }
        if self.labels_a_quotation(index) && !self.is_common(stem) {
            return true;
        }
        let opener = self.opener(index, stem);
        if self.describes_part_of_country(opener) {
            return false;
        }
        if self.opens_office_or_movement(opener) || self.opens_known_name(opener) {
            return true;
        }
        // "Van der Westhuizen, a former …", "Al-Masri did not attend": particles open names.
        if particles::is_capitalised_particle_name(stem) || particles::opens_name(self, index, stem)
        {
            return true;
        }
        if lexicon::contains_folded(lexicon::DETERMINERS, stem) {
            // "The" opens a name only when a name follows ("The Straits Times").
            return self.is_name_word(index + 1)
                && self.tokens[index + 1].sentence() == self.tokens[index].sentence();
        }
        self.opens_unlisted_name(opener)
    }

    /// The opener rules' view of token `index`: its stem and the next word.
    fn opener<'a>(&'a self, index: usize, stem: &'a str) -> Opener<'a> {
        let token = &self.tokens[index];
        // The next token's text, read once for the rules (each asks only where there is a
        // next token).
        let next_word = self.word_at(index + 1).unwrap_or("");
        // "Ms Hope agreed", "Det Insp Rhiannon Blackwood, of …": a title opening the sentence
        // before a capitalised word.
        let next_capitalised = self.tokens.get(index + 1).is_some_and(|next| {
            next.sentence() == token.sentence()
                && next.kind() == TokenKind::Word
                && is_capitalised(next_word)
        });
        Opener {
            index,
            stem,
            next_word,
            next_capitalised,
        }
    }

    /// An opener that is a title, an office or a portfolio before a name, or the first
    /// word of a party's name.
    fn opens_office_or_movement(&self, o: Opener) -> bool {
        let token = &self.tokens[o.index];
        // ("Tan Sri Lim Kok Wing met …": an honour of two words, its first word ordinary.)
        if o.next_capitalised
            && (is_title(o.stem) || lexicon::is_honour_of_two_words(o.stem, o.next_word))
        {
            return true;
        }
        // "Minister for Housing James Browne said": an office and its portfolio opening the
        // sentence.
        let portfolio_follows = matches!(self.word_at(o.index + 1), Some("for" | "of"))
            && self.tokens.get(o.index + 2).is_some_and(|next| {
                next.sentence() == token.sentence() && is_capitalised(self.word(o.index + 2))
            });
        // "Transport for London said", "University of Otago researchers": an institution's
        // word before "of" or "for" and a name.
        if portfolio_follows
            && (is_title_head(o.stem) || lexicon::contains_folded(lexicon::OF_HEADS, o.stem))
        {
            return true;
        }
        // "Transport Secretary Fiona Hyslop said": a portfolio opening the sentence before its
        // office and the holder's name, even where the text writes the word in lower case.
        let office_and_holder_follow = o.next_capitalised
            && lexicon::contains_folded(lexicon::PORTFOLIO_HEADS, o.next_word)
            && self.tokens.get(o.index + 2).is_some_and(|holder| {
                holder.sentence() == token.sentence()
                    && holder.kind() == TokenKind::Word
                    && is_capitalised(self.word(o.index + 2))
            });
        if office_and_holder_follow && !o.stem.ends_with("ly") && !is_title(o.stem) {
            return true;
        }
        // "Green Party leader Eamon Ryan", "Reform Alliance said": an ordinary word opening
        // the sentence before the head of a party's or a movement's name is its first word.
        let movement_head_follows =
            o.next_capitalised && lexicon::contains(lexicon::MOVEMENT_HEADS, o.next_word);
        if movement_head_follows
            && !o.stem.ends_with("ly")
            && !is_title(o.stem)
            && !lexicon::contains_folded(lexicon::SENTENCE_ADVERBS, o.stem)
        {
            return true;
        }
        false
    }

    /// An opener that is the first word of a place, a demonym or a body: one the gazetteer
    /// knows by two words, or a word that opens such names before the rest of one.
    fn opens_known_name(&self, o: Opener) -> bool {
        let token = &self.tokens[o.index];
        // "South Korean President …", "New Zealand said", "Associated Press writers": the
        // first word of a place, a demonym or a body the gazetteer knows by two words.
        let opens_known_pair = o.next_capitalised
            && self.tokens[o.index + 1].space_before()
            && self.opener_and_next(o).is_some_and(|pair| {
                let pair = strip_possessive(pair);
                let known = self.gazetteer.entry(pair);
                // ("Liberal Democrat group leader": a party's member named by the party.)
                let member_of_party = || {
                    with_plural(pair, |plural| {
                        self.gazetteer.entry(plural).is_organization()
                    })
                };
                known.is_demonym()
                    || known.is_place()
                    || known.is_organization()
                    || member_of_party()
            });
        // "Fermanagh and Omagh District Council": the first word of a place the gazetteer
        // knows by two words joined by "and".
        let opens_known_and_pair = || {
            o.next_word == "and"
                && self.tokens.get(o.index + 2).is_some_and(|after| {
                    after.sentence() == token.sentence()
                        && is_capitalised(self.word(o.index + 2))
                        && self
                            .text
                            .get(token.span().start..after.span().end)
                            .is_some_and(|three| self.gazetteer.entry(three).is_place())
                })
        };
        if opens_known_pair || opens_known_and_pair() {
            return true;
        }
        // "West Midlands Ambulance Service said", "Greater Manchester Police": an adjective
        // that opens names of places and bodies is the first word of the name it stands
        // before.
        if o.next_capitalised
            && self.tokens[o.index + 1].space_before()
            && lexicon::contains_folded(lexicon::NAME_OPENING_ADJECTIVES, o.stem)
        {
            return true;
        }
        self.opens_body_name(o)
    }

    /// "Southern Vietnam is where …", "Eastern Ukraine": a compass adjective ending in "-ern"
    /// capitalised only because it opens the sentence, before a country whose part it names
    /// (in running text, "southern Vietnam"); not a pair the gazetteer knows ("Northern
    /// Ireland", "Western Sahara").
    fn describes_part_of_country(&self, o: Opener) -> bool {
        let compass_adjective = o.stem.len() > 5
            && o.stem.ends_with("ern")
            && lexicon::contains_folded(lexicon::NAME_OPENING_ADJECTIVES, o.stem);
        let country = || {
            self.gazetteer
                .place(strip_possessive(o.next_word))
                .is_some_and(|place| place.class == PlaceClass::Country)
        };
        let known_pair = || {
            self.opener_and_next(o)
                .is_some_and(|pair| self.gazetteer.entry(strip_possessive(pair)).is_place())
        };
        o.next_capitalised && compass_adjective && country() && !known_pair()
    }

    /// The text from the opener through the word after it ("South Korean", "Northern
    /// Ireland").
    fn opener_and_next(&self, o: Opener) -> Option<&'t str> {
        let start = self.tokens[o.index].span().start;
        let end = self.tokens.get(o.index + 1)?.span().end;
        self.text.get(start..end)
    }

    /// An opener that is the first word of a body's name: an institution's or a field's word
    /// before a known place, an ordinary word before a body's last word, or a seat of
    /// government.
    fn opens_body_name(&self, o: Opener) -> bool {
        // "Police Scotland said", "Athletics Kenya has": an institution's word or a field's
        // right before a place the gazetteer knows is the first word of the body's name.
        let institution = || {
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, o.stem)
                || lexicon::contains_folded(lexicon::UTILITY_NOUNS, o.stem)
                || lexicon::contains_folded(lexicon::FIELD_BODY_NOUNS, o.stem)
        };
        if o.next_capitalised
            && self.tokens[o.index + 1].space_before()
            && institution()
            && self
                .gazetteer
                .place(strip_possessive(o.next_word))
                .is_some()
        {
            return true;
        }
        // "Meridian Energy said", "Premier Foods has": an ordinary word opening the sentence
        // before the last word of a firm's or body's name is the name's first word.
        let body_word_follows = o.next_capitalised
            && self.tokens[o.index + 1].space_before()
            && (lexicon::contains_folded(
                lexicon::ORGANIZATION_CUES,
                strip_possessive(o.next_word),
            ) || lexicon::contains_folded(
                lexicon::UTILITY_NOUNS,
                strip_possessive(o.next_word),
            ));
        // ("Local Congress MLA", "Opposition Labour MPs": a body named by that word alone
        // stands after an adjective.)
        // (Quoted capitalised words are more often a title: "known as "Super District
        // Council" seats".)
        let after_quotation_mark =
            o.index > 0 && matches!(self.word(o.index - 1), "\"" | "“" | "‘" | "'");
        if body_word_follows
            && !after_quotation_mark
            && !self.known_place_or_organization(strip_possessive(o.next_word))
            && !o.stem.ends_with("ly")
            && !is_title(o.stem)
            && !lexicon::contains_folded(lexicon::SENTENCE_ADVERBS, o.stem)
            && !lexicon::contains_folded(lexicon::DETERMINERS, o.stem)
        {
            return true;
        }
        // "Downing Street said": a seat of government opening the sentence.
        if o.next_capitalised && self.opens_metonym(o.stem, o.index) {
            return true;
        }
        false
    }

    /// An opener no list settles: a word given a short form, written as a name elsewhere in
    /// the document, known to the gazetteer, or one no dictionary has.
    fn opens_unlisted_name(&self, o: Opener) -> bool {
        // "Quarrendon (QRDN) gained 12%": a word no dictionary has, before the short form
        // it is given in brackets, is a name.
        let short_form_follows = o.next_word == "("
            && self.word_at(o.index + 2).is_some_and(is_acronym)
            && self.word_at(o.index + 3) == Some(")");
        if short_form_follows && !self.is_english_word(o.stem) {
            return true;
        }
        // ("Cotton arrivals fell" where only "Pakistan Cotton Ginners Association" writes
        // the ordinary word capitalised: inside a name, capitals say nothing of the word
        // standing alone.)
        let seen_as_name = self.seen_capitalised.contains(o.stem)
            && (o.next_capitalised
                || self.seen_capitalised_outside_names.contains(o.stem)
                || !self.is_common(o.stem));
        if seen_as_name || is_camel_case_brand(o.stem) {
            return true;
        }
        // One lookup for the gazetteer's several answers about the word.
        let known = self.gazetteer.entry(o.stem);
        // ("John Lee Ka-chiu will attend. Lee said …": a surname the text wrote inside a
        // name, however common the word, speaking.)
        if known.is_surname()
            && self.seen_capitalised.contains(o.stem)
            && lexicon::contains(lexicon::SUBJECT_VERBS, o.next_word)
        {
            return true;
        }
        if names_place_or_organization(&known) || self.acronym_written_as_word(o.stem).is_some() {
            return true;
        }
        self.unusual_word_opens_name(o, &known)
    }

    /// Whether an office written in lower case follows token `last`, then its holder's
    /// capitalised name: "chairman Ian Holt", "chief executive Margie Apa", "managing
    /// director Ana Ruiz". The office is one title word, or two when the first is a title
    /// word too or one of the words that qualify an office.
    fn office_and_holder_after(&self, last: usize) -> bool {
        let lower_at = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.sentence() == self.tokens[last].sentence() && t.kind() == TokenKind::Word
            }) && self.word(k).starts_with(|c: char| c.is_lowercase())
        };
        let title_at =
            |k: usize| lower_at(k) && lexicon::contains(lexicon::TITLE_HEADS, self.word(k));
        let holder_at = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.sentence() == self.tokens[last].sentence())
                && is_capitalised(self.word(k))
        };
        let one_word = title_at(last + 1) && holder_at(last + 2);
        let two_words = || {
            let qualifier = lower_at(last + 1)
                && (lexicon::contains(lexicon::TITLE_HEADS, self.word(last + 1))
                    || lexicon::contains(lexicon::OFFICE_QUALIFIERS, self.word(last + 1)));
            qualifier && title_at(last + 2) && holder_at(last + 3)
        };
        one_word || two_words()
    }

    /// An uncommon or unlisted word opening a sentence: a name when what follows it shows it
    /// ("Wikinews has learned", "Ubisoft, Microsoft, and …", "Mount Everest is …").
    fn unusual_word_opens_name(&self, o: Opener, known: &gazetteer::Entry) -> bool {
        if self.describes_next_name(o, known) {
            return false;
        }
        self.uncommon_word_before_name(o, known)
            || self.unlisted_word_placed_as_name(o, known)
            || self.given_name_opens_name(o, known)
    }

    /// "Striker Tom Hale scored": a word for what someone is, before the person's name.
    fn describes_next_name(&self, o: Opener, known: &gazetteer::Entry) -> bool {
        let token = &self.tokens[o.index];
        // "Striker Tom Hale scored", "Lawmaker Winston Yeung said", "Left-hander Aniruddh
        // Nalwade struck": a word for what someone is, opening the sentence before a given
        // name, describes the person named after it.
        // (A surname never stands before a full name: "Striker Tom Hale".)
        let full_name_follows = self.tokens.get(o.index + 2).is_some_and(|after| {
            after.sentence() == token.sentence() && is_capitalised(self.word(o.index + 2))
        });
        // ("Left-hander Aniruddh Nalwade": a compound ending in an agent noun before a full
        // name describes it, whatever the gazetteer knows of the given name;
        // "Wellington-registered Kōwhai Fresh" opens with a place.)
        o.next_capitalised
            && !known.is_given_name()
            && (!known.is_surname() || full_name_follows)
            && (self.gazetteer.given_name(o.next_word)
                || (full_name_follows
                    && o.stem
                        .split_once('-')
                        .is_some_and(|(_, agent)| agent.ends_with("er")))
                // ("Conservator Aurelia Penhallurick": an agent noun before two words, the
                // first no dictionary lists, names what the person does.)
                || (full_name_follows
                    && !has_possessive(self.word(o.index))
                    && !self.is_english_word(o.next_word)
                    && !self.known_place_or_organization(o.next_word)
                    && is_agent_noun(o.stem)))
            && o.stem
                .split('-')
                .all(|part| self.is_english_word(part) || is_agent_noun(part))
    }

    /// An uncommon word before another capitalised word, an age, a particle or an office and
    /// its holder; or one the gazetteer knows as a name or a town.
    fn uncommon_word_before_name(&self, o: Opener, known: &gazetteer::Entry) -> bool {
        let token = &self.tokens[o.index];
        let next_text = self.word_at(o.index + 1);
        // An uncommon word opening a sentence is a name when another capitalised word
        // follows it or the gazetteer knows it; alone, it is more often an unusual word
        // ("Foolhardy provocation…") than a name written nowhere else.
        // ("Enniskillen residents were angry": a town the gazetteer lists is known too;
        // "Conradh na Gaeilge": the Irish article and a capital count as a capital; "(Nyaribari
        // ward)": a word no dictionary lists, before a place noun, is that place.)
        let irish_article_follows = lexicon::contains(lexicon::GAELIC_ARTICLES, o.next_word)
            && self.word_at(o.index + 2).is_some_and(is_capitalised)
            && !self.is_english_word(o.stem);
        // ("Muthu a/l Raman": "son of" and the father's name; "Dafydd ap Gwilym", "Rhys ab
        // Iorwerth": a particle and a capital.)
        let patronymic_follows = (matches!(o.next_word, "a" | "s" | "d")
            && self.malaysian_patronymic_at(o.index + 1, &[o.index]))
            || (lexicon::PARTICLES.contains(&o.next_word)
                && self.capital_after_particles(o.index + 1)
                && !self.is_english_word(o.stem));
        // ("Okonkwo-Reid, 34, said": a word no dictionary lists before an age; "‘Ifeoluwa,
        // the budget is final’": or set off by a comma after a quotation mark, whom the
        // speaker addresses.)
        let aged_or_addressed = || {
            !self.is_english_word(o.stem)
                && (self.aged(o.index)
                    || (next_text == Some(",") && self.quotation_opens_at(o.index)))
        };
        // ("Ritika Parmar-Joshi / TNN / Updated: Mar 12": in a line of capitals, a word no
        // dictionary lists after a given name or another such word goes on the name.)
        let after_given_name = || {
            o.index > 0
                && token.space_before()
                && self.tokens[o.index - 1].sentence() == token.sentence()
                && !self.is_english_word(o.stem)
                && {
                    let previous = self.word(o.index - 1);
                    self.gazetteer.given_name(previous)
                        || (is_capitalised(previous)
                            && !self.is_common(previous)
                            && !self.is_english_word(previous))
                }
        };
        // "Henry VIII ruled …": a given name before a regnal number is a monarch's, however
        // common the word.
        if o.next_capitalised && known.is_given_name() && is_roman_numeral(o.next_word) {
            return true;
        }
        if !self.is_common(o.stem)
            && (o.next_capitalised
                || aged_or_addressed()
                || after_given_name()
                || irish_article_follows
                || patronymic_follows
                || known.is_given_name()
                || known.is_surname()
                || is_particle_name(o.stem)
                || (!self.is_english_word(o.stem)
                    && (self.gazetteer.town(o.stem) || self.place_noun_follows(o.index))))
        {
            return true;
        }
        // "Qantas chief executive Vanessa Hudson said": a body before an office and its
        // holder.
        if !self.is_common(o.stem) && self.office_and_holder_after(o.index) {
            return true;
        }
        false
    }

    /// A word no dictionary lists where a name stands: before its verb or a list of names,
    /// alone in brackets as a short form, spelt with letters English has not, or a head
    /// before its name.
    fn unlisted_word_placed_as_name(&self, o: Opener, known: &gazetteer::Entry) -> bool {
        let token = &self.tokens[o.index];
        let next_text = self.word_at(o.index + 1);
        // "Wikinews has learned": a word no dictionary lists, before its verb.
        let verb_follows = self.tokens.get(o.index + 1).is_some_and(|next| {
            next.sentence() == token.sentence()
                && lexicon::contains(lexicon::SUBJECT_VERBS, o.next_word)
        });
        // "Ubisoft, Microsoft, and PlayStation": such a word opening a list of names.
        let list_follows = next_text == Some(",")
            && self.tokens.get(o.index + 2).is_some_and(|next| {
                next.sentence() == token.sentence()
                    && next.kind() == TokenKind::Word
                    && is_capitalised(self.word(o.index + 2))
            });
        // Not a noun no dictionary lists yet ("Livestreaming has grown").
        let noun_ending = || {
            lexicon::with_lower(o.stem, |w| {
                lexicon::ABSTRACT_NOUN_ENDINGS
                    .iter()
                    .any(|end| w.ends_with(end))
            })
        };
        if (verb_follows || list_follows)
            && !self.is_english_word(o.stem)
            && !noun_ending()
            && !self.plural_of_english_word(o.stem, known)
        {
            return true;
        }
        // "the Indonesian Forum for the Environment (Walhi)": a word no dictionary lists,
        // alone in brackets after a name of two words or more, is the name's short form
        // ("Karoo Sun Energy (Pty) Ltd": a legal form is none).
        if self.short_form_alone_in_brackets(o.index)
            && !self.is_english_word(o.stem)
            && !lexicon::contains_folded(lexicon::LEGAL_FORMS, o.stem)
        {
            return true;
        }
        // "Ōrākei ward councillor …", "Łódź council said": a word spelt with letters no
        // English word has, and no word the dictionary lists ("Café owners"), is a name.
        let foreign_letters = !o.stem.is_ascii()
            && o.stem.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
            && !self.is_english_word(o.stem);
        if foreign_letters {
            return true;
        }
        // "Hurricane Maria hit …", "Mount Everest is …": a storm's or a place's head opening
        // the sentence before its name.
        let heads_name = o.next_capitalised && {
            let head = o.stem.strip_suffix('.').unwrap_or(o.stem);
            lexicon::contains_folded(lexicon::EVENT_HEADS, head)
                || lexicon::contains_folded(lexicon::PLACE_HEADS, head)
        };
        if heads_name {
            return true;
        }
        false
    }

    /// A surname after a given name in a line of capitals, or a given name before a
    /// surname.
    fn given_name_opens_name(&self, o: Opener, known: &gazetteer::Entry) -> bool {
        let token = &self.tokens[o.index];
        // "Reporting by Marta Nogueira", "By Steven Morris, Wales correspondent": in a line
        // of capitals, an uncommon word right after a given name is its surname.
        if !self.is_common(o.stem) && self.follows_given_name(o.index) {
            return true;
        }
        // "Mark Zuckerberg said", "Ann Wells contributed": a common word that is also a
        // given name, before a name: a rare word, or a surname this text never writes in
        // lower case (a common word as surname: Wells, Hooper, Price).
        // ("Ruth Obi agreed": or a rarer word never written in lower case here, that names
        // no place or body.)
        known.is_given_name()
            && self.tokens.get(o.index + 1).is_some_and(|next| {
                next.sentence() == token.sentence()
                    && is_capitalised(o.next_word)
                    && (!self.is_common(o.next_word)
                        || (!self.seen_lower.contains_folded(o.next_word)
                            && (self.gazetteer.entry(o.next_word).is_surname()
                                || self.uncommon_unplaced_word(o.next_word))))
            })
    }

    /// A word rare enough to be a surname that names no place or body the gazetteer knows.
    fn uncommon_unplaced_word(&self, word: &str) -> bool {
        self.gazetteer
            .folded_rank(word)
            .is_none_or(|rank| rank > SURNAME_LIKE_RANK)
            && !self.known_place_or_organization(word)
    }

    /// Whether the word before `index`, in the same sentence and with only a space between,
    /// is a capitalised given name the gazetteer knows.
    fn follows_given_name(&self, index: usize) -> bool {
        let token = &self.tokens[index];
        index > 0 && token.space_before() && {
            let previous = &self.tokens[index - 1];
            let word = self.word(index - 1);
            previous.kind() == TokenKind::Word
                && previous.sentence() == token.sentence()
                && is_capitalised(word)
                && self.gazetteer.given_name(word)
        }
    }

    /// In a credit line ("Image: Snbehnke."), where capitals name the photographer or the
    /// agency, however unusual the word.
    fn in_credit_line(&self, index: usize) -> bool {
        !self.credit_sentences.is_empty()
            && self
                .credit_sentences
                .binary_search(&self.tokens[index].sentence())
                .is_ok()
    }

    /// Right after `"…" —`, where a quotation or a headline is followed by who said or
    /// published it ("— Matthew Ingram", "— CBC.ca, August 15, 2008").
    fn after_quotation_dash(&self, index: usize) -> bool {
        // (Each dash starts with "-" or the byte 0xE2: the word before is read only then.)
        index >= 2
            && matches!(self.first_byte(index - 1), b'-' | 0xe2)
            && matches!(self.word(index - 1), "—" | "–" | "-")
            && matches!(self.word(index - 2), "\"" | "”")
    }

    /// A cited headline's publisher: `"…" — Toronto Star, August 15, 2008`.
    fn is_cited_publication(&self, first: usize, last: usize) -> bool {
        self.after_quotation_dash(first)
            && self.word_at(last + 1) == Some(",")
            && self.word_at(last + 2).is_some_and(is_date_word)
    }

    /// Whether a comma and a country's or a state's name follow token `last`.
    fn followed_by_region(&self, last: usize) -> bool {
        if !self.text_is(last + 1, ",") {
            return false;
        }
        let Some(first) = self.tokens.get(last + 2) else {
            return false;
        };
        (last + 2..(last + 5).min(self.tokens.len()))
            .take_while(|&k| self.is_word(k) && is_capitalised(self.word(k)))
            .any(|k| {
                // "By Hine Parata, Gisborne reporter": a place before a job noun is a beat.
                let beat = self.is_word(k + 1)
                    && self
                        .word_at(k + 1)
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
                if beat {
                    return false;
                }
                let name =
                    Span::new(first.span().start, self.tokens[k].span().end).slice(self.text);
                self.gazetteer.place(name).is_some_and(|place| {
                    matches!(place.class, PlaceClass::Country | PlaceClass::State)
                })
            })
    }

    fn known_place_or_organization(&self, word: &str) -> bool {
        names_place_or_organization(&self.gazetteer.entry(word))
    }

    /// Listed as an English word at all, however rare ("expatriates").
    /// "Demolitions will continue": a plural the dictionary lists in the singular, and no
    /// name list has ("Woods", "Banks" are surnames).
    fn plural_of_english_word(&self, word: &str, known: &gazetteer::Entry) -> bool {
        if known.is_surname() || known.is_given_name() || known.is_place() {
            return false;
        }
        let Some(stem) = word.strip_suffix('s') else {
            return false;
        };
        let y_stem = || {
            stem.strip_suffix("ie").is_some_and(|root| {
                lexicon::with_lower(root, |r| self.is_english_word(&format!("{r}y")))
            })
        };
        stem.len() > 2
            && (self.is_english_word(stem)
                || stem
                    .strip_suffix('e')
                    .is_some_and(|root| self.is_english_word(root))
                || y_stem())
    }

    fn is_english_word(&self, word: &str) -> bool {
        self.seen_lower.contains_folded(word) || self.gazetteer.folded_rank(word).is_some()
    }

    /// "Department of Health and Social Care", "Department for Business and Trade": an
    /// institution's head before "of" or "for", whose portfolio follows in plain words.
    fn has_portfolio(&self, chunk: &[usize]) -> bool {
        chunk.windows(2).any(|pair| {
            matches!(self.word(pair[1]), "of" | "for")
                && (lexicon::contains_folded(lexicon::OF_HEADS, self.word(pair[0]))
                    || lexicon::contains_folded(lexicon::ORGANIZATION_CUES, self.word(pair[0])))
        })
    }

    /// A spaced "&" after a capitalised word, followed by capitalised words (no given name
    /// among them) ending in an ordinary noun: "Hale & Rudd Metals", "Marchbank & Sons"; or
    /// between two surnames, as partners name a firm: "Fenwick & Drummond", "Marks & Spencer".
    fn firm_ampersand(&self, index: usize, previous: usize) -> bool {
        let spaced = self.tokens[index].space_before()
            && self.tokens.get(index + 1).is_some_and(|t| t.space_before());
        if !spaced || !is_capitalised(self.word(previous)) {
            return false;
        }
        let sentence = self.tokens[index].sentence();
        let after: Vec<usize> = (index + 1..self.tokens.len().min(index + 4))
            .take_while(|&k| {
                self.tokens[k].sentence() == sentence
                    && self.is_word(k)
                    && is_capitalised(self.word(k))
            })
            .collect();
        let no_given_name = after
            .iter()
            .all(|&k| !self.gazetteer.given_name(self.word(k)));
        let ends_in_noun = after
            .last()
            .is_some_and(|&k| self.is_common(strip_possessive(self.word(k))));
        // ("Video: Miharris & Acphillips": a credit line's ampersand joins two people.)
        let partners = after.len() == 1
            && !self.gazetteer.given_name(self.word(previous))
            && !is_acronym(self.word(previous))
            && !self.in_credit_line(previous);
        no_given_name && (ends_in_noun || partners)
    }

    /// After the comma at `index`: capitalised English words, commas, then "and" and a
    /// capitalised word, read no further than a portfolio list runs.
    fn portfolio_list_follows(&self, index: usize) -> bool {
        let sentence = self.tokens[index].sentence();
        let mut k = index + 1;
        while k < self.tokens.len() && k - index <= 12 && self.tokens[k].sentence() == sentence {
            let word = self.word(k);
            match word {
                "," => {}
                // "… Communications and the Arts".
                "and" => {
                    let next = match self.word_at(k + 1) {
                        Some("the") => self.word_at(k + 2),
                        next => next,
                    };
                    return next.is_some_and(is_capitalised);
                }
                _ if is_capitalised(word) && self.is_english_word(word) => {}
                _ => return false,
            }
            k += 1;
        }
        false
    }

    /// Whether the comma at `index` lists portfolios that an institution's word closes:
    /// "Agriculture, Fisheries and Conservation Department", "Philippine Atmospheric,
    /// Geophysical and Astronomical Services Administration". The chunk so far and each word
    /// after the comma are capitalised English words (or a demonym), one "and" among them.
    fn headed_portfolio_list(&self, index: usize, chunk: &[usize]) -> bool {
        const LIST_TOKENS: usize = 12;
        let plain = |word: &str| {
            is_capitalised(word)
                && (self.is_english_word(word) || self.gazetteer.demonym(word).is_some())
        };
        if !chunk.iter().all(|&i| plain(self.word(i))) {
            return false;
        }
        let sentence = self.tokens[index].sentence();
        let mut saw_and = false;
        let mut last_word = None;
        for k in index + 1..(index + 1 + LIST_TOKENS).min(self.tokens.len()) {
            if self.tokens[k].sentence() != sentence {
                break;
            }
            match self.word(k) {
                "," if !saw_and => {}
                "and" if !saw_and => saw_and = true,
                word if plain(word) => last_word = Some(word),
                _ => break,
            }
        }
        saw_and
            && last_word.is_some_and(|w| lexicon::contains_folded(lexicon::ORGANIZATION_CUES, w))
    }

    fn is_connector(&self, index: usize, chunk: &[usize]) -> bool {
        // (The token's text read once for every test below.)
        let Some(word) = self.word_at(index) else {
            return false;
        };
        if matches!(word, "'" | "’") {
            return self.mark_connects(index, chunk);
        }
        // "Muthu a/l Raman", "Kavitha a/p Suppiah": a Malaysian Indian name's "son of" and
        // "daughter of", written as three tokens against each other.
        if self.malaysian_patronymic_at(index, chunk) {
            return true;
        }
        if !self.is_word(index) && !matches!(word, "&" | ",") {
            return false;
        }
        let Some(&previous) = chunk.last() else {
            return false;
        };
        if lexicon::PARTICLES.contains(&word) {
            return true;
        }
        // A legal form ends a company's name: "Tarnel Steel Ltd and Tarnel Motors Ltd" are
        // two, and "Bull City Reclaim LLC on East Club Boulevard" says where it is.
        if lexicon::contains_folded(lexicon::LEGAL_FORMS, self.word(previous)) {
            return false;
        }
        if let Some(joins) = self.article_inside_name(index, chunk, previous, word) {
            return joins;
        }
        match word {
            // "International Coordinating Group on Vaccine Provision", "Council on Foreign
            // Relations": "on" right after an institution's word.
            "on" => lexicon::contains_folded(lexicon::ORGANIZATION_CUES, self.word(previous)),
            // "Ijebu North Local Government Area of Ogun State": an area's word ending a
            // name of several words, then "of", says where that area lies (not "the Gulf of
            // Mexico", not "the Capital Region" alone).
            "of" if chunk.len() >= 3
                && lexicon::contains_folded(lexicon::AREAS_PLACED_BY_OF, self.word(previous)) =>
            {
                false
            }
            "of" | "for" | "des" => self.of_connects(index, chunk, previous),
            // "Ministry of Trade, Industry and Energy": a list of portfolios after "of";
            // "Agriculture, Fisheries and Conservation Department": one before the head.
            "," => {
                (self.has_portfolio(chunk) && self.portfolio_list_follows(index))
                    || self.headed_portfolio_list(index, chunk)
            }
            // "Hale & Rudd Metals", "Marchbank & Sons": a spaced ampersand before words that
            // end in an ordinary noun is inside a firm's name.
            "&" if self.firm_ampersand(index, previous) => true,
            "and" | "&" => self.and_connects(index, chunk),
            // ("… Ministry of Works and the Federal Roads Maintenance Agency": after "and",
            // "the" before a body's own name opens a second body.)
            "the" => {
                lowered_is_any(self.word(previous), &["of", "for", "and"])
                    && !(self.word(previous) == "and" && self.institution_follows(index + 1))
            }
            _ => false,
        }
    }

    /// A quotation mark written against the word before it inside a name: a plural's
    /// possessive ("the Farmers' Union"), a Luo name's "ng'", Gaelic's "a'".
    fn mark_connects(&self, index: usize, chunk: &[usize]) -> bool {
        // A mark written against the word before it: a plural's possessive or a Luo
        // name's "ng'".
        let Some(&previous) = chunk.last() else {
            return false;
        };
        if self.tokens[previous].span().end != self.tokens[index].span().start {
            return false;
        }
        self.plural_possessive_inside_institution(index, previous)
            || self.luo_name_goes_on(index, chunk)
            || self.word(previous) == "a"
    }

    /// The articles of Irish, Scottish Gaelic and Māori inside a name; `None` for any other
    /// word.
    fn article_inside_name(
        &self,
        index: usize,
        chunk: &[usize],
        previous: usize,
        word: &str,
    ) -> Option<bool> {
        let joins = match word {
            // "Údarás na Gaeltachta", "Cumann na mBan", "Béal na Bláth": the Irish article
            // "na" inside a name, before a capital (or a mutated one).
            // Scottish Gaelic's plural article too: "Comhairle nan Eilean Siar".
            _ if lexicon::contains(lexicon::GAELIC_ARTICLES, word) => self
                .word_at(index + 1)
                .is_some_and(|next| is_capitalised(next) || particles::is_mutated_capital(next)),
            // "Ros an Mhíl", "Baile an Fheirtéaraigh": the Irish article before a lenited or
            // mutated capital, after a word no dictionary lists.
            "an" => {
                !self.is_english_word(self.word(previous))
                    && self.word_at(index + 1).is_some_and(|next| {
                        particles::is_mutated_capital(next)
                            || (is_capitalised(next) && next.as_bytes().get(1) == Some(&b'h'))
                    })
            }
            // "Bàgh a' Chaisteil", "Mairi Nic a' Phì": Gaelic's article "a'", its mark written
            // against it, before a capital.
            "a" => {
                self.word_at(index + 1)
                    .is_some_and(|mark| matches!(mark, "'" | "’"))
                    && self.tokens[index].span().end == self.tokens[index + 1].span().start
                    && self.word_at(index + 2).is_some_and(|next| {
                        is_capitalised(next) || particles::is_mutated_capital(next)
                    })
            }
            // "Te Rūnanga o Ōtākou", "Te Whare Wānanga o Awanuiārangi": Māori "o" ("of")
            // inside a name opened by the article "Te".
            "o" => {
                chunk.first().is_some_and(|&first| self.word(first) == "Te")
                    && self.word_at(index + 1).is_some_and(is_capitalised)
            }
            _ => return None,
        };
        Some(joins)
    }

    /// "of", "for" or "des" inside an institution's name, after its head ("University of
    /// Otago", "Minister for Housing"), or inside a law's.
    fn of_connects(&self, index: usize, chunk: &[usize], previous: usize) -> bool {
        let head = chunk.iter().rposition(|&i| {
            lexicon::contains_folded(lexicon::OF_HEADS, self.word(i))
                || lexicon::contains_folded(lexicon::ORGANIZATION_CUES, self.word(i))
        });
        // "Chief Delia Moosomin of Kischi Sipi Cree Nation": a person's name after
        // the head makes the "of" the person's, not the head's.
        // ("Irrigation Minister Chaudhry Naveed Akhtar of the …": two words or more after the
        // head, none an English word, are a person's name too, whatever the lists know.)
        let person_after_head = head.is_some_and(|h| {
            let after = &chunk[h + 1..];
            let unlisted_name = after.len() >= 2
                && after.iter().all(|&i| {
                    let word = self.word(i);
                    is_capitalised(word) && !is_acronym(word) && !self.is_english_word(word)
                });
            unlisted_name
                || after
                    .iter()
                    .any(|&i| self.gazetteer.given_name(self.word(i)))
        });
        (head.is_some() && !person_after_head || self.law_named_across(index, chunk))
            && !has_possessive(self.word(previous))
    }

    /// "and" or "&" inside a name: after "of" before plain words ("Minister of Foreign Affairs
    /// and Expatriates"), inside an institution's, a known place's or body's, or a law's.
    fn and_connects(&self, index: usize, chunk: &[usize]) -> bool {
        // "Minister of Foreign Affairs and Expatriates", but not "… al-Shaibani and
        // Defense Minister": everything after "of" must be plain English words.
        let after_of = chunk
            .iter()
            .rposition(|&i| matches!(self.word(i), "of" | "for" | "on"))
            .map(|p| &chunk[p + 1..]);
        after_of.is_some_and(|words| {
            words
                .iter()
                .all(|&i| self.is_english_word(self.word(i)) || matches!(self.word(i), "and" | ","))
        }) && !self.second_body_opens(index + 1)
            || self.joins_institution(index, chunk)
            || self.known_name_across(index, chunk)
            || self.law_named_across(index, chunk)
    }

    /// "the Freedom of Information and Data Protection Act", "the Proceeds of Crime Act": a
    /// law's name holds "of" and "and" between plain capitalised words, up to the word for a
    /// law that ends it. The words so far must be ordinary English words, not a name.
    fn law_named_across(&self, index: usize, chunk: &[usize]) -> bool {
        const REACH: usize = 6;
        let plain_so_far = chunk.iter().all(|&i| {
            let word = self.word(i);
            matches!(word, "of" | "and" | "the") || self.is_english_word(word)
        });
        if !plain_so_far {
            return false;
        }
        let sentence = self.tokens[index].sentence();
        let mut last = None;
        for k in index + 1..(index + 1 + REACH).min(self.tokens.len()) {
            let word = self.word(k);
            if self.tokens[k].sentence() != sentence || !self.is_word(k) {
                break;
            }
            if is_capitalised(word) {
                last = Some(word);
            } else if !matches!(word, "of" | "and" | "the") {
                break;
            }
        }
        last.is_some_and(|w| lexicon::contains_folded(lexicon::LAW_HEADS, w))
    }

    /// "Trinidad and Tobago", "Bosnia and Herzegovina", "Environment and Climate Change
    /// Canada": a place or body the gazetteer knows by a name holding "and", the chunk so far
    /// and up to four words after the connector at `index`.
    fn known_name_across(&self, index: usize, chunk: &[usize]) -> bool {
        const WORDS_AFTER: usize = 4;
        let Some(&first) = chunk.first() else {
            return false;
        };
        let start = self.tokens[first].span().start;
        let sentence = self.tokens[index].sentence();
        (index + 1..(index + 1 + WORDS_AFTER).min(self.tokens.len()))
            .take_while(|&k| {
                self.tokens[k].sentence() == sentence
                    && self.is_word(k)
                    && is_capitalised(self.word(k))
            })
            .any(|k| {
                self.text
                    .get(start..self.tokens[k].span().end)
                    .is_some_and(|name| self.known_place_or_organization(name))
            })
    }

    /// Whether token `index` is part of "a/l" or "a/p" (written against each other, after a
    /// name word and before a capitalised one) right after the chunk's last token.
    fn malaysian_patronymic_at(&self, index: usize, chunk: &[usize]) -> bool {
        // Asked of every token after a name: its text says where the three would start.
        // (And Singapore's "s/o" and "d/o": "Ravi s/o Ramasamy".)
        let back = match self.word_at(index) {
            Some("a" | "s" | "d") => 0,
            Some("/") => 1,
            Some("l" | "p" | "o") => 2,
            _ => return false,
        };
        let Some(start) = index.checked_sub(back) else {
            return false;
        };
        let shaped = matches!(
            (self.word_at(start), self.word_at(start + 2)),
            (Some("a"), Some("l" | "p")) | (Some("s" | "d"), Some("o"))
        ) && self.word_at(start + 1) == Some("/")
            && (start + 1..=start + 2)
                .all(|k| self.tokens[k - 1].span().end == self.tokens[k].span().start)
            && self.word_at(start + 3).is_some_and(is_capitalised);
        shaped && start > 0 && chunk.last().is_some_and(|&last| last + 1 == index)
    }

    /// "Taxpayers' Advocacy Network", "Toa Payoh Hawkers' Association": the apostrophe of a
    /// plural possessive, written against its word, inside a name that ends in an
    /// institution's word.
    fn plural_possessive_inside_institution(&self, index: usize, previous: usize) -> bool {
        self.word(previous).ends_with('s') && self.institution_follows(index + 1)
    }

    /// "Achieng' Oduor", "Ochieng’ Otieno": a Luo name's closing "ng'" (an apostrophe
    /// written against it) is no possessive: the name goes on to the capitalised word after.
    /// (The mark is against the chunk's last word, as [`Document::is_connector`] checked.)
    fn luo_name_goes_on(&self, index: usize, chunk: &[usize]) -> bool {
        let (Some(&previous), Some(&first)) = (chunk.last(), chunk.first()) else {
            return false;
        };
        let word = self.word(previous);
        let sentence = self.tokens[index].sentence();
        let shaped = word.len() > 3
            && word.ends_with("ng")
            && is_capitalised(word)
            && self.tokens.get(index + 1).is_some_and(|next| {
                next.space_before()
                    && next.sentence() == sentence
                    && is_capitalised(self.word(index + 1))
            });
        // ("‘Stop Fracking’ Campaign": the mark closes a quotation a mark opened before.)
        const LOOK_BACK: usize = 12;
        let opened_before = || {
            (first.saturating_sub(LOOK_BACK)..first)
                .rev()
                .take_while(|&k| self.tokens[k].sentence() == sentence)
                .any(|k| {
                    matches!(self.word(k), "'" | "‘") && (k == 0 || self.tokens[k].space_before())
                })
        };
        shaped && !opened_before()
    }

    /// Whether the capitalised words from token `from` (at most five, in one sentence) end
    /// in an institution's or a building's word ("Advocacy Network", "Trust", "Church").
    fn institution_follows(&self, from: usize) -> bool {
        let Some(sentence) = self.tokens.get(from).map(|t| t.sentence()) else {
            return false;
        };
        let mut last = None;
        for k in from..(from + 5).min(self.tokens.len()) {
            if self.tokens[k].sentence() != sentence
                || !self.is_word(k)
                || !is_capitalised(self.word(k))
            {
                break;
            }
            last = Some(strip_possessive(self.word(k)));
        }
        last.is_some_and(|w| {
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, w)
                || lexicon::contains_folded(lexicon::PLACE_CUES, w)
        })
    }

    /// Whether the word at token `at`, after an "and", opens a second body rather than going
    /// on with the first's name: a possessive ("Kenya's Ministry of Health and Uganda's
    /// Ministry of Education") or a place no dictionary lists ("the Department of Transport
    /// and Leeds City Council").
    fn second_body_opens(&self, at: usize) -> bool {
        self.word_at(at).is_some_and(|w| {
            has_possessive(w) || (!self.is_english_word(w) && self.gazetteer.place(w).is_some())
        })
    }

    /// "National Air and Space Museum", "Evergreen Aviation & Space Museum": "and" inside an
    /// institution's name, when the words after it end with the institution's head and the
    /// words before it name nothing on their own (not "Jeff Rathke and State Department
    /// officials", not "NASA and Space Center staff").
    fn joins_institution(&self, index: usize, chunk: &[usize]) -> bool {
        if chunk.len() <= 3 && (self.known_places_before(chunk) || self.named_land_before(chunk)) {
            return self.body_head_after(index);
        }
        if chunk.len() <= 4
            && self.portfolio_word_before(chunk)
            && self.body_head_after(index)
            && !self.second_body_opens(index + 1)
        {
            return true;
        }
        self.plain_words_join_institution(index, chunk)
    }

    /// "England and Wales Cricket Board": places joined before an organisation's head,
    /// which ends two words or more after "and". Whether the chunk before "and" is known
    /// places only (and articles).
    fn known_places_before(&self, chunk: &[usize]) -> bool {
        chunk
            .iter()
            .any(|&i| self.gazetteer.place(self.word(i)).is_some())
            && chunk.iter().all(|&i| {
                let word = self.word(i);
                lexicon::contains_folded(lexicon::DETERMINERS, word)
                    || self.gazetteer.place(word).is_some()
            })
    }

    /// "Tamar Valley and South Hams NHS Trust": a place the word for its land names (not a
    /// word that also ends a firm's name: "HDFC Bank and ICICI Bank" are two banks).
    fn named_land_before(&self, chunk: &[usize]) -> bool {
        chunk.last().is_some_and(|&last| {
            let cue = self.word(last);
            lexicon::contains_folded(lexicon::PLACE_CUES, cue)
                && !lexicon::contains_folded(lexicon::ORGANIZATION_CUES, cue)
        }) && chunk.iter().all(|&i| {
            let word = self.word(i);
            lexicon::contains_folded(lexicon::DETERMINERS, word) || is_capitalised(word)
        })
    }

    /// "Kerry Fire and Rescue Service", "Northern Ireland Fire and Rescue Service": an
    /// ordinary word before "and", whatever names open the chunk, shares the body's head
    /// (a common word that is a surname too: "U.S. Fish and Wildlife Service").
    fn portfolio_word_before(&self, chunk: &[usize]) -> bool {
        chunk.last().is_some_and(|&last| {
            let word = self.word(last);
            is_capitalised(word)
                && self.is_english_word(word)
                && (!self.known_person_word(word)
                    || (self.is_common(word)
                        && !lexicon::contains_folded(lexicon::ORGANIZATION_CUES, word)))
                && self.gazetteer.place(word).is_none()
        })
    }

    /// The name words right after the "and" at `index` (at most four, in its sentence):
    /// "Space Museum" in "National Air and Space Museum".
    fn name_words_after(&self, index: usize) -> Vec<usize> {
        let sentence = self.tokens[index].sentence();
        (index + 1..self.tokens.len().min(index + 5))
            .take_while(|&k| self.tokens[k].sentence() == sentence && self.is_name_word(k))
            .collect()
    }

    /// Whether two name words or more follow the "and" at `index`, no possessive first, and
    /// the last is an organisation's head ("Wales Cricket Board", "Rescue Service").
    fn body_head_after(&self, index: usize) -> bool {
        let after = self.name_words_after(index);
        after.len() >= 2
            && !has_possessive(self.word(after[0]))
            && after.last().is_some_and(|&k| {
                lexicon::contains_folded(lexicon::ORGANIZATION_CUES, self.word(k))
            })
    }

    /// "and" between plain capitalised words, when the words after it end with an
    /// institution's or a place's head ("Securities and Exchange Board", "Elephant and
    /// Castle"), and name no second place or body.
    fn plain_words_join_institution(&self, index: usize, chunk: &[usize]) -> bool {
        if !self.plain_before_and(chunk) {
            return false;
        }
        // "Lekki, Ajah and Victoria Island": the last two of a list of places are two
        // ("Newry, Mourne and Down District Council" is one body's name).
        let listed = chunk
            .first()
            .and_then(|&first| first.checked_sub(1))
            .is_some_and(|comma| self.text_is(comma, ","));
        let after = self.name_words_after(index);
        // ("Pasig and Quezon City": a place the gazetteer knows after "and" is a second
        // place.)
        if self.known_place_after(&after) {
            return false;
        }
        // ("the Army and Navy said": two bodies; "the Army and Navy Club": one.)
        let cue_alone = chunk.iter().any(|&i| {
            let word = self.word(i);
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, word)
                || lexicon::contains_folded(lexicon::PLACE_CUES, word)
        });
        if cue_alone && after.len() < 2 {
            return false;
        }
        // (A head ends a name: "St" opening words after "and" is a saint's, as in
        // "Llangurig and St Harmon", two villages; "Elephant and Castle" is one.)
        after.iter().enumerate().any(|(n, &k)| {
            let head = self.word(k);
            (n > 0 || after.len() == 1)
                && (lexicon::contains_folded(lexicon::ORGANIZATION_CUES, head)
                    || (!listed && lexicon::contains_folded(lexicon::PLACE_CUES, head)))
        })
    }

    /// Whether the chunk before "and" is at most three plain capitalised words (and
    /// articles): no acronym, possessive or person's word, and an institution's or place's
    /// word only standing alone.
    fn plain_before_and(&self, chunk: &[usize]) -> bool {
        // "Securities and Exchange Board": an institution's word alone names nothing yet
        // (a firm's name ends with it: "Hartwig Securities").
        let lone_word = chunk
            .iter()
            .filter(|&&i| !lexicon::contains_folded(lexicon::DETERMINERS, self.word(i)))
            .count()
            == 1;
        chunk.len() <= 3
            && chunk.iter().all(|&i| {
                let word = self.word(i);
                lexicon::contains_folded(lexicon::DETERMINERS, word) || {
                    is_capitalised(word)
                        && !is_acronym(word)
                        && !has_possessive(word)
                        && !self.known_person_word(word)
                        && (lone_word
                            || (!lexicon::contains_folded(lexicon::ORGANIZATION_CUES, word)
                                && !lexicon::contains_folded(lexicon::PLACE_CUES, word)))
                }
            })
    }

    /// Whether the words `after` an "and", all of them together, are a place the gazetteer
    /// knows ("Quezon City" in "Pasig and Quezon City").
    fn known_place_after(&self, after: &[usize]) -> bool {
        let (Some(&first), Some(&last)) = (after.first(), after.last()) else {
            return false;
        };
        let start = self.tokens[first].span().start;
        let end = self.tokens[last].span().end;
        self.text
            .get(start..end)
            .is_some_and(|place| self.gazetteer.place(place).is_some())
    }

    /// "By PRIYA NANDAKUMAR-HOLT Associated Press": in a byline, a reporter's name in
    /// capitals ends where the outlet's, in title case, begins.
    fn byline_name_ends_before_outlet(&self, index: usize) -> bool {
        // (Asked of every word of every name: a second letter in lower case, as nearly every
        // word has, answers first.)
        let word = self.word(index).as_bytes();
        if index == 0 || word.get(1).is_none_or(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let sentence = self.tokens[index].sentence();
        let in_capitals = |word: &str| {
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase)
        };
        let title_case = |word: &str| {
            word.starts_with(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase)
        };
        // ("By MARCUS ELLINGTON AP Sports Writer": or where an outlet the gazetteer knows
        // begins, in capitals too.)
        let outlet = |word: &str| {
            title_case(word) || (in_capitals(word) && self.gazetteer.entry(word).is_organization())
        };
        in_capitals(self.word(index))
            && self
                .word_in_sentence(index - 1, sentence)
                .is_some_and(in_capitals)
            && self
                .word_in_sentence(index + 1, sentence)
                .is_some_and(outlet)
            && furniture::is_byline(self.text, self.tokens, sentence)
    }

    fn ends_chunk(&self, index: usize) -> bool {
        let word = self.word(index);
        // "Covid-hit Qantas", "the Kremlin-backed Wagner Group": an adjective made of a
        // name and a participle describes the name after it.
        if has_compound_tail(word) {
            return true;
        }
        if self.byline_name_ends_before_outlet(index) {
            return true;
        }
        if !has_possessive(word) {
            return false;
        }
        // "Korean People's Army", "New People's Party": a possessive plural noun inside a
        // name goes on when a capitalised word follows.
        let stem = strip_possessive(word);
        let plural_noun = lexicon::contains_folded(lexicon::POSSESSIVE_PLURALS_IN_NAMES, stem);
        // "St Clement's Church", "Prince's Trust", "Queen's University": a saint's or a
        // royal title's possessive inside the name of what bears it.
        let saint_or_royal = lexicon::contains_folded(lexicon::ROYAL_TITLES, stem)
            || (index > 0 && lexicon::contains_folded(lexicon::SAINT_TITLES, self.word(index - 1)));
        // "Pope's Road", "Keane's Road", "St Stephen's Green": a possessive before a street's
        // or a green's word is the place's name.
        let street_follows = self.tokens.get(index + 1).is_some_and(|next| {
            next.sentence() == self.tokens[index].sentence()
                && lexicon::contains(lexicon::STREET_WORDS, self.word(index + 1))
        });
        // "the Attorney General's Office", "the Chief Minister's Office": an office's
        // possessive before the word for its staff names the body.
        let holder_s_office = is_title_head(stem)
            && self.tokens.get(index + 1).is_some_and(|next| {
                next.sentence() == self.tokens[index].sentence()
                    && names_holder_s_office(&[word, self.word(index + 1)])
            });
        // "Simon's Town", "Bishop's Castle": a possessive before a word that ends places'
        // names, ending this one, is the place's own, when the owner is no place or body
        // ("Sydney's Harbour Bridge" is Sydney's).
        let place_word_ends = || {
            let Some(next_word) = self.word_in_sentence(index + 1, self.tokens[index].sentence())
            else {
                return false;
            };
            is_capitalised(next_word)
                && lexicon::contains_folded(
                    lexicon::POSSESSIVE_PLACE_WORDS,
                    strip_possessive(next_word),
                )
                && !self
                    .word_at(index + 2)
                    .is_some_and(|after| is_capitalised(after) && self.is_name_word(index + 2))
                && !self.known_place_or_organization(stem)
        };
        let inside = (saint_or_royal && self.institution_follows(index + 1))
            || (plural_noun && self.is_name_word(index + 1))
            || street_follows
            || holder_s_office
            || place_word_ends();
        !inside && !self.known_with_next(index)
    }

    /// "Hawke's Bay", "King's Lynn": a possessive and the capitalised word after it make a
    /// name the gazetteer knows.
    fn known_with_next(&self, index: usize) -> bool {
        let Some(next) = self.tokens.get(index + 1) else {
            return false;
        };
        let start = self.tokens[index].span().start;
        next.sentence() == self.tokens[index].sentence()
            && is_capitalised(self.word(index + 1))
            && self
                .text
                .get(start..next.span().end)
                .is_some_and(|both| self.known_place_or_organization(both))
    }

    /// Whether the chunk ends in two or more words in capitals and token `next` is written in
    /// ordinary capitals ("KIRSTEN HOLM" before "Associated Press").
    fn shouting_ends(&self, chunk: &[usize], next: usize) -> bool {
        // ("McKENDRICK": a Scots or Irish prefix keeps its lower-case letter in capitals.)
        let shouted = |i: usize| {
            let word = self.word(i);
            let rest = (word.strip_prefix("Mc").or_else(|| word.strip_prefix("Mac")))
                .filter(|rest| rest.len() > 1)
                .unwrap_or(word);
            rest.len() > 1 && !rest.contains('.') && is_acronym(rest)
        };
        let [.., a, b] = chunk else {
            return false;
        };
        shouted(*a)
            && shouted(*b)
            && self.is_word(next)
            && is_capitalised(self.word(next))
            && !is_acronym(self.word(next))
    }

    /// Whether a form feed stands between token `index` and the one before it.
    fn page_break_before(&self, index: usize) -> bool {
        index > 0
            && index < self.tokens.len()
            && self
                .text
                .get(self.tokens[index - 1].span().end..self.tokens[index].span().start)
                .is_some_and(|gap| gap.contains('\x0c'))
    }

    /// Runs of name words with their connectors, each handed to `each` in text order (one
    /// buffer serves every run).
    fn chunks(&self, mut each: impl FnMut(&[usize])) {
        let mut chunk = Vec::with_capacity(MAX_NAME_TOKENS + 4);
        let mut i = 0;
        loop {
            // (The tokens known to be no name words are passed over a word of bits at a time.)
            i = self.name_word.next_not_known_no(i);
            if i >= self.tokens.len() {
                break;
            }
            if !self.is_name_word(i) {
                i += 1;
                continue;
            }
            chunk.clear();
            chunk.push(i);
            i = if self.ends_chunk(i) {
                i + 1
            } else {
                self.extend_chunk(&mut chunk, i + 1)
            };
            each(&chunk);
        }
    }

    /// Extends the run in `chunk` with the name words and connectors from token `j` on, in
    /// its sentence; gives the token after the run. A run of capitals longer than any name
    /// (a title-case list, a shouted line) is cut into name-sized pieces, so the work per
    /// piece stays bounded.
    fn extend_chunk(&self, chunk: &mut Vec<usize>, mut j: usize) -> usize {
        let sentence = self.tokens[chunk[0]].sentence();
        let same_sentence = |k: usize| self.tokens.get(k).is_some_and(|t| t.sentence() == sentence);
        while chunk.len() < MAX_NAME_TOKENS {
            if !same_sentence(j) || self.run_stops_before(chunk, j) {
                break;
            }
            if self.is_name_word(j) && !self.tokens[j].sentence_start() {
                chunk.push(j);
                j += 1;
                if self.ends_chunk(j - 1) {
                    break;
                }
                continue;
            }
            // "Highway 391", "Indian Route 5071", "BBC Radio 4": a road's or a station's
            // number ends its name.
            if let Some(number) = self.name_number_at(chunk, j) {
                chunk.push(j);
                j += 1;
                // ("Channel 4 News", "Radio 5 Live": a station's name may go on.)
                if number == NameNumber::Station {
                    continue;
                }
                break;
            }
            // A connector joins only when a name word follows it. (At most three, the tokens
            // `j..k`; each is asked about with the ones before it in the chunk.)
            let mut k = j;
            while k - j < 3 && same_sentence(k) && self.is_connector(k, chunk) {
                chunk.push(k);
                k += 1;
            }
            chunk.truncate(chunk.len() - (k - j));
            if k > j
                && same_sentence(k)
                && !(j..=k).any(|t| self.page_break_before(t))
                && self.is_name_word(k)
                && !self.tokens[k].sentence_start()
            {
                chunk.extend(j..k);
                chunk.push(k);
                j = k + 1;
                if self.ends_chunk(k) {
                    break;
                }
                continue;
            }
            break;
        }
        j
    }

    /// Whether token `j` is the number of the road or station the chunk names so far, and
    /// which: digits, after a space, right after a capitalised road's or station's word.
    fn name_number_at(&self, chunk: &[usize], j: usize) -> Option<NameNumber> {
        let &last = chunk.last()?;
        let number = self.tokens.get(j).is_some_and(|t| {
            t.kind() == TokenKind::Number && t.space_before() && t.span().len() <= 5
        });
        if !number || !is_capitalised(self.word(last)) {
            return None;
        }
        let (noun, digits) = (self.word(last), self.word(j));
        if numbers_road(noun, digits) {
            Some(NameNumber::Road)
        } else if numbers_station(noun, digits) {
            Some(NameNumber::Station)
        } else {
            None
        }
    }

    /// Whether the run in `chunk` stops before token `j` (in its sentence) whatever `j` is.
    fn run_stops_before(&self, chunk: &[usize], j: usize) -> bool {
        // "Image: NASA Bill Ingalls": an acronym does not run into a person's given name and
        // surname ("USS Carl Vinson" is a ship's name, "DPP Alicia Tay" a title's holder).
        let acronym_before_person = chunk.len() == 1
            && is_acronym(self.word(chunk[0]))
            && !lexicon::SHIP_PREFIXES.contains(&self.word(chunk[0]))
            && !is_title(self.word(chunk[0]))
            && self.gazetteer.given_name(self.word(j))
            && self.is_name_word(j + 1)
            && self
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.sentence() == self.tokens[chunk[0]].sentence());
        // A form feed is a page break: no name runs across it. "By DARNELL WHITFIELD and
        // KIRSTEN HOLM Associated Press": a shouted name of two words or more ends where
        // ordinary capitals begin.
        acronym_before_person || self.page_break_before(j) || self.shouting_ends(chunk, j)
    }
}

/// The end of the words from `from` to `to` without the connectors at their end: only a
/// capitalised word or a name particle ends a name.
fn without_trailing_connectors(words: &[&str], from: usize, mut to: usize) -> usize {
    // "Highway 391", "Radio 4": a road's or a station's number (the chunk holds a number
    // only there).
    let road_number = |at: usize| at > from && numbers_name(words[at - 1], words[at]);
    while to > from
        && !(is_capitalised(words[to - 1])
            || is_lower_camel_brand(strip_possessive(words[to - 1]))
            || is_particle_name(words[to - 1])
            || particles::is_mutated_capital(words[to - 1])
            || road_number(to - 1))
    {
        to -= 1;
    }
    to
}

/// "Mr", "Maj.-Gen.", "Dr.": a title alone is no one's name.
fn is_honorific_alone(words: &[&str]) -> bool {
    words.iter().all(|word| {
        lexicon::contains_folded(lexicon::HONORIFICS, word)
            || (word.ends_with('.') && is_title(word))
    })
}

impl Document<'_> {
    /// "Unicef", "Nato", "Opec": British and Indian copy write an acronym said as a word
    /// with one capital; the gazetteer knows it in capitals. An English word ("Care") is
    /// not read as one.
    fn acronym_written_as_word(&self, word: &str) -> Option<&'static gazetteer::Organization> {
        let title_case = (3..=8).contains(&word.len())
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word[1..].bytes().all(|b| b.is_ascii_lowercase());
        if !title_case || self.is_english_word(word) {
            return None;
        }
        self.gazetteer.organization(&word.to_ascii_uppercase())
    }
}

/// Whether the gazetteer knows a word as a place, an organisation, a demonym or a group.
fn names_place_or_organization(known: &gazetteer::Entry) -> bool {
    known.is_place() || known.is_organization() || known.is_demonym() || known.is_group_word()
}

/// Whether an organisation's head ends the name ("… Society") or stands before its first
/// connector ("Andy Warhol Foundation for the Visual Arts").
fn is_organisation_headed(words: &[&str]) -> bool {
    if words.len() < 2 {
        return false;
    }
    let head_before_connector = words
        .iter()
        .position(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()))
        .and_then(|connector| connector.checked_sub(1))
        .is_some_and(|head| lexicon::contains_folded(lexicon::ORGANIZATION_CUES, words[head]));
    head_before_connector
        || words
            .last()
            .is_some_and(|w| lexicon::contains_folded(lexicon::ORGANIZATION_CUES, w))
}

/// A title word, compared without its final full stops and case ("Maj.-Gen." as "maj.-gen").
/// The position of an honorific at or after `from`, within two words of it, that a
/// capitalised word follows: where a name opens after the rest of an office.
fn honorific_opening_name(words: &[&str], from: usize) -> Option<usize> {
    (from..words.len().min(from + 3)).find(|&at| {
        lexicon::contains_folded(lexicon::HONORIFICS, words[at])
            && words.get(at + 1).is_some_and(|next| is_capitalised(next))
    })
}

fn is_title(word: &str) -> bool {
    lexicon::contains_folded(lexicon::TITLES, without_full_stops(word))
}

/// Whether a hyphenated word ends in a participle or a word that makes an adjective of it
/// ("Saudi-led", "Covid-hit", "Kremlin-backed"). Most words hold no hyphen: a scan of the
/// bytes says so first.
fn has_compound_tail(word: &str) -> bool {
    word.as_bytes().contains(&b'-')
        && word.rsplit_once('-').is_some_and(|(head, tail)| {
            !head.is_empty() && lexicon::contains_folded(lexicon::COMPOUND_TAILS, tail)
        })
}

/// Whether the words name a street, a building or an institution after a royal or noble
/// title and its holder ("King Street", "Prince Albert Road", "Queen Mary University"):
/// the title opens them and a place's or an institution's word ends them.
fn names_place_after_title(words: &[&str]) -> bool {
    let [title, .., last] = words else {
        return false;
    };
    lexicon::contains_folded(lexicon::NAMESAKE_TITLES, title)
        && (lexicon::contains_folded(lexicon::PLACE_CUES, last)
            || lexicon::contains_folded(lexicon::ORGANIZATION_CUES, last))
}

/// Whether the words name a law, whose first word may be a title's: "the Private Securities
/// Litigation Reform Act", "the Prince Edward Island Act".
fn names_law(words: &[&str]) -> bool {
    words.len() > 1
        && words
            .last()
            .is_some_and(|last| lexicon::contains_folded(lexicon::LAW_HEADS, last))
}

/// Whether the words name an office's staff after its holder's title: "Attorney General's
/// Office", "Chief Minister's Office" (no one's name, the body's).
fn names_holder_s_office(words: &[&str]) -> bool {
    let [.., holder, office] = words else {
        return false;
    };
    has_possessive(holder)
        && is_title_head(strip_possessive(holder))
        && lexicon::contains(lexicon::OFFICE_HOLDER_BODIES, office)
}

/// A word that heads a role ("Minister", "Gen."), compared as [`is_title`] compares.
fn is_title_head(word: &str) -> bool {
    lexicon::contains_folded(lexicon::TITLE_HEADS, without_full_stops(word))
}

/// Whether two title heads in a row are one office: neither is a personal honorific
/// ("Sir", "Dr") nor an abbreviated rank ("Maj.-Gen."). "Chief" is a rank here, though it is
/// also an honorific of its own ("Chief Olusegun Obasanjo").
fn joins_office(earlier: &str, later: &str) -> bool {
    let office = |word: &str| {
        !word.contains('.')
            && (word.eq_ignore_ascii_case("chief")
                || !lexicon::contains_folded(lexicon::HONORIFICS, word))
    };
    office(earlier) && office(later)
}

/// The word without its final full stops; most words have none, and are not searched.
fn without_full_stops(word: &str) -> &str {
    if word.ends_with('.') {
        word.trim_end_matches('.')
    } else {
        word
    }
}

/// What a chunk splits into: roles and modifiers before the name, the name itself.
struct Split {
    /// Role phrases, each a range of chunk positions.
    roles: Vec<(usize, usize)>,
    /// Places, organisations or demonyms inside the role ("Syrian", "US", "NASA").
    modifiers: Vec<usize>,
    /// The name's chunk positions.
    name: (usize, usize),
    /// The whole chunk is a title ("Secretary of State", "US President", "State Department
    /// Spokesperson").
    title_only: bool,
    /// In a title, the words naming whose role it is ("State Department").
    owner: Option<(usize, usize)>,
    /// How many of the modifiers, from the chunk's first word, are one unknown name owning
    /// the office after them ("Wagga Wagga" in "Wagga Wagga Mayor Dallas Tout").
    owner_words: usize,
}

impl Split {
    /// The whole chunk of `len` words is the name: no roles, nothing before it.
    fn whole(len: usize) -> Self {
        Split {
            roles: Vec::new(),
            modifiers: Vec::new(),
            name: (0, len),
            title_only: false,
            owner: None,
            owner_words: 0,
        }
    }
}

/// Where [`Document::split_title_words`] stands in a chunk's words, and what it has read
/// before: the offices, the words they hold, the owner of the first.
struct TitleWalk {
    roles: Vec<(usize, usize)>,
    modifiers: Vec<usize>,
    /// Where the next office's words begin (after the owner's name, or the last office).
    role_start: usize,
    /// The chunk position read next.
    position: usize,
    /// Where the last office's head ended (0 before any).
    last_head_end: usize,
    /// Whether the portfolio just read is inside the office before it ("Chief Financial
    /// Officer").
    portfolio_joins: bool,
    /// How many words, from the chunk's first, name the office's owner ("Vantrelli" in
    /// "Vantrelli Chief Executive Federica Lanzoni").
    owner_words: usize,
}

impl TitleWalk {
    /// A walk from chunk position `start`, the end of the organisation owning the title.
    fn starting_at(start: usize) -> Self {
        TitleWalk {
            roles: Vec::new(),
            modifiers: Vec::new(),
            role_start: start,
            position: start,
            last_head_end: 0,
            portfolio_joins: false,
            owner_words: 0,
        }
    }

    /// "Minister of State for Power Shri R. K. Murthy": an honorific further on, before a
    /// capitalised word, opens the name; the words up to it finish the office.
    fn honorific_finishes_office(&mut self, words: &[&str]) {
        if let Some(role) = self.roles.last_mut()
            && let Some(honorific) = honorific_opening_name(words, self.position)
        {
            role.1 = honorific.max(role.1);
            self.roles.push((honorific, honorific + 1));
            self.last_head_end = honorific + 1;
        }
    }
}

impl Document<'_> {
    fn is_modifier(&self, word: &str) -> bool {
        let known = self.gazetteer.entry(word);
        known.is_demonym() || known.is_place() || is_acronym(word) || known.is_organization()
    }

    /// Cuts leading titles off a chunk: "Defense Minister Maj.-Gen. Murhaf Abu Qasra" gives
    /// roles "Defense Minister" and "Maj.-Gen.", name "Murhaf Abu Qasra".
    fn split_titles(&self, chunk: &[usize], words: &[&str]) -> Split {
        // Each word's title-head test, once: every position asks about all the words after it.
        let mut heads = self.chunk_heads.take();
        self.mark_title_heads(words, &mut heads);
        let split = if self.holds_no_title(chunk, words) {
            // "Queen St", "Queen Elizabeth Hospital": named after the title's holder;
            // "Premier League": a title and an institution's word, no one's name.
            Split::whole(words.len())
        } else if let Some(seat) = self.opens_with_seat(chunk, words) {
            // "TD for Sligo-Leitrim Marian Ní Bhriain", "TD for Galway West Caoilfhionn Ní
            // Loingsigh": the seat, then the member.
            Split {
                modifiers: (0..seat).collect(),
                name: (seat, words.len()),
                // (The seat's words are one name: "Galway West".)
                owner_words: seat,
                ..Split::whole(words.len())
            }
        } else {
            self.split_title_words(words, &heads)
        };
        self.chunk_heads.set(heads);
        split
    }

    /// Fills `heads` with each word's title-head test ("Minister", "Maj.-Gen."), then reads
    /// again the words a neighbour makes a title or no title ("Det Con", "Cyngor Sir Gâr").
    fn mark_title_heads(&self, words: &[&str], heads: &mut Vec<bool>) {
        heads.clear();
        // ("The President's office": a title's possessive ends a title standing alone;
        // inside a name it opens what bears it: "Prince's Trust", "Pope's Road".)
        let last = words.len().saturating_sub(1);
        heads.extend(
            words
                .iter()
                .enumerate()
                .map(|(k, w)| is_title_head(if k == last { strip_possessive(w) } else { w })),
        );
        // "Det Con Lauren Sykes": after "Det", "Con" is a detective constable, not the given
        // name it can be elsewhere ("Con Houlihan").
        // "SP Ajayi Okasanmi": a Superintendent of Police before a full name (before an
        // office, or alone, "SP" is a party's initials: "SP MP Dimple Yadav", "SP leader").
        if words.len() >= 3 && words[0] == "SP" && !heads[1] {
            heads[0] = true;
        }
        for at in 1..words.len() {
            self.mark_heads_beside(words, heads, at);
        }
        // "Dean Lowry", "Chief Superintendent Dean Storey": a title that is also a common
        // given name, right before the last word, opens the name.
        if let [.., before_last, _] = words
            && lexicon::contains_folded(lexicon::GIVEN_NAME_TITLES, before_last)
        {
            heads[words.len() - 2] = false;
        }
    }

    /// Reads again the title-head tests of the words at `at - 1` and `at`, each pair in
    /// turn from the chunk's start: "Det Con", "Garda Aoife", "District Judge", "Tan Sri".
    fn mark_heads_beside(&self, words: &[&str], heads: &mut [bool], at: usize) {
        if words[at] == "Con" && words[at - 1].eq_ignore_ascii_case("det") {
            heads[at] = true;
        }
        // "Cyngor Sir Gâr": after a body's word in Welsh or Irish, "Sir" is a county.
        if heads[at] && lexicon::contains_folded(lexicon::FOREIGN_BODY_HEADS, words[at - 1]) {
            heads[at] = false;
        }
        // "Garda Aoife Duggan", "Trooper Amy Clarke": a rank before a given name.
        if lexicon::contains_folded(lexicon::RANKS_BEFORE_GIVEN_NAME, words[at - 1])
            && at + 1 < words.len()
            && self.gazetteer.given_name(words[at])
        {
            heads[at - 1] = true;
        }
        // "U.S. District Judge Ardith Vane", "Circuit Judge", "District Attorney": a court's
        // or an area's word before the office is the office's, not a place.
        if heads[at]
            && !heads[at - 1]
            && lexicon::contains_folded(lexicon::OFFICE_JURISDICTIONS, words[at - 1])
            && lexicon::contains_folded(lexicon::JURISDICTION_OFFICES, words[at])
        {
            heads[at - 1] = true;
        }
        // "Tan Sri Tan Chee Meng", "Datuk Seri Anwar": a Malaysian honour of two words,
        // whose words alone are a surname or part of a name ("Sri Mulyani").
        if lexicon::is_honour_of_two_words(words[at - 1], words[at]) {
            heads[at - 1] = true;
            heads[at] = true;
        }
    }

    /// Whether the chunk is a name of its own though a title opens it or stands in it, no
    /// person's: a ship's ("HMS Queen Elizabeth"), a place's ("Prince Rupert"), a body's or
    /// a building's ("Premier League", "Queen Elizabeth Hospital"), a law's.
    fn holds_no_title(&self, chunk: &[usize], words: &[&str]) -> bool {
        // "HMS Queen Elizabeth": a ship's name holds no title.
        (words.len() > 1 && lexicon::SHIP_PREFIXES.contains(&words[0]))
            || names_place_after_title(words)
            // "the port of Prince Rupert", "the city of Port Elizabeth": after a place noun
            // and "of", a title opens the place's name.
            || self.after_place_noun_of(chunk[0])
            || self.title_before_cue(words)
            || names_holder_s_office(words)
            || names_law(words)
    }

    /// Whether the words end in a title and one institution's or place's word that is
    /// nobody's surname ("Premier League", "Governor Square", "Tenerife General Hospital"): a
    /// name of its own, no person's.
    fn title_before_cue(&self, words: &[&str]) -> bool {
        let [.., title, cue] = words else {
            return false;
        };
        is_title(title)
            && (lexicon::contains_folded(lexicon::ORGANIZATION_CUES, cue)
                || lexicon::contains_folded(lexicon::PLACE_CUES, cue))
            && !self.gazetteer.surname(cue)
    }

    /// [`Document::split_titles`] on the chunk's words and their title-head tests.
    fn split_title_words(&self, words: &[&str], heads: &[bool]) -> Split {
        // "Kestrel Foods Chief Financial Officer Dmitri Valk": an organisation's name before
        // the title is whose title it is.
        let owner_end = self.owning_organisation_end(words, heads);
        let mut walk = TitleWalk::starting_at(owner_end.unwrap_or(0));
        while walk.position < words.len() {
            let position = walk.position;
            let rest_has_title = heads[position..].contains(&true);
            if heads[position] {
                self.read_office(words, &mut walk);
                continue;
            }
            if rest_has_title
                && (self.read_portfolio(words, heads, &mut walk)
                    || self.read_title_owner(words, heads, &mut walk)
                    || self.read_modifier_phrase(words, heads, &mut walk))
            {
                continue;
            }
            let title = rest_has_title && is_title(words[position]);
            if !(rest_has_title && self.modifies_role(words, heads, position, title)) {
                walk.honorific_finishes_office(words);
                break;
            }
            if !title {
                walk.modifiers.push(position);
            }
            walk.position += 1;
        }
        let mut split =
            Self::finish_split(words, heads, walk.roles, walk.modifiers, walk.last_head_end);
        if !split.title_only && split.name.0 > 0 {
            split.owner = owner_end.map(|end| (0, end));
        }
        split.owner_words = walk.owner_words;
        split
    }

    /// Reads the office whose head stands at the walk's position, to the head's end: a new
    /// role, or the end of the one before when the two are one office.
    fn read_office(&self, words: &[&str], walk: &mut TitleWalk) {
        let position = walk.position;
        let end = self.head_role_end(words, position, &mut walk.modifiers);
        // "Chief Executive", "Detective Chief Inspector", "Secretary General": heads
        // in a row are one office, unless one is an honorific ("Prime Minister Sir").
        let joins = position > 0
            && walk.last_head_end == position
            && joins_office(words[position - 1], words[position]);
        // "MLA from Kota Dr. Prithvi Sankhla": the words before a form of address are
        // no part of it, as a place or portfolio is of an office.
        let honorific = lexicon::contains_folded(lexicon::FORMS_OF_ADDRESS, words[position]);
        match walk.roles.last_mut() {
            Some(role) if joins || walk.portfolio_joins => {
                role.1 = end;
            }
            _ if honorific => walk.roles.push((position, end)),
            _ => walk.roles.push((walk.role_start, end)),
        }
        walk.role_start = end;
        walk.last_head_end = end;
        walk.position = end;
        walk.portfolio_joins = false;
    }

    /// "National Revenue Minister Anil Sethi", "BMRCL Managing Director Dr. Anjali Rao":
    /// plain capitalised words before an office's head are its portfolio. Whether one starts
    /// at the walk's position (the walk then stands on the head).
    fn read_portfolio(&self, words: &[&str], heads: &[bool], walk: &mut TitleWalk) -> bool {
        let position = walk.position;
        let Some(head) = self.portfolio_run_end(words, heads, position) else {
            return false;
        };
        // "Chief Financial Officer": a portfolio right after an office's word is
        // inside one office.
        walk.portfolio_joins = position > 0
            && walk.last_head_end == position
            && joins_office(words[position - 1], words[head]);
        walk.position = head;
        true
    }

    /// "Vantrelli Chief Executive Federica Lanzoni": an unknown name opening a title that a
    /// person's name follows is whose title it is. Whether the walk, at the chunk's first
    /// word, reads such an owner.
    fn read_title_owner(&self, words: &[&str], heads: &[bool], walk: &mut TitleWalk) -> bool {
        let Some(end) = (walk.position == 0)
            .then(|| self.owns_following_title(words, heads))
            .flatten()
        else {
            return false;
        };
        walk.modifiers.extend(0..end);
        walk.owner_words = end;
        walk.position = end;
        true
    }

    /// "South Korean President Yoon Suk Yeol", "New Zealand Prime Minister …": a demonym or
    /// place of several words before a title is the role's too. Whether one starts at the
    /// walk's position.
    fn read_modifier_phrase(&self, words: &[&str], heads: &[bool], walk: &mut TitleWalk) -> bool {
        let Some(end) = self.modifier_phrase_end(words, heads, walk.position) else {
            return false;
        };
        walk.modifiers.extend(walk.position..end);
        walk.position = end;
        true
    }

    /// Whether the word at `position`, before a title somewhere after it, belongs to the
    /// role: a title (`title`), or a place, a body or a demonym no name list makes a given
    /// name instead ("German Chancellor", "Alberta Energy Minister").
    fn modifies_role(&self, words: &[&str], heads: &[bool], position: usize, title: bool) -> bool {
        let word = words[position];
        (title || self.is_modifier(strip_possessive(word)))
            // "German Chancellor": a demonym before a title is the role's, whatever
            // name lists say of it.
            && (title
                || !self.gazetteer.given_name(word)
                || self.gazetteer.demonym(strip_possessive(word)).is_some()
                || self.place_before_office(words, heads, position))
    }

    /// "Alberta Energy Minister", "Georgia Secretary of State": a place that is also a given
    /// name, before a portfolio's word or an office rather than a surname, is the place.
    fn place_before_office(&self, words: &[&str], heads: &[bool], position: usize) -> bool {
        self.gazetteer.place(words[position]).is_some()
            && words.get(position + 1).is_some_and(|next| {
                heads[position + 1] || (self.is_english_word(next) && !self.known_person_word(next))
            })
    }

    /// Where a demonym or place of two or three words starting at `position` ends, when the
    /// gazetteer knows it and a title head follows somewhere after it.
    fn modifier_phrase_end(
        &self,
        words: &[&str],
        heads: &[bool],
        position: usize,
    ) -> Option<usize> {
        (2..=3).rev().find_map(|length| {
            let end = position + length;
            let phrase = words.get(position..end)?;
            // ("U.S. District Judge": a word opening the office is none of the place's.)
            if !heads.get(end..)?.contains(&true)
                || phrase.iter().any(|w| !is_capitalised(w))
                || heads[position..end].contains(&true)
            {
                return None;
            }
            self.is_place_phrase(&self.joined(phrase), phrase)
                .then_some(end)
        })
    }

    /// Whether `words` (written `joined`) are one place or demonym the gazetteer knows
    /// ("South Korean", "New Zealand"), or a known place and the word for its kind of land
    /// ("Kaduna State", "Hebei Province").
    fn is_place_phrase(&self, joined: &str, words: &[&str]) -> bool {
        let known = self.gazetteer.entry(strip_possessive(joined));
        known.is_demonym()
            || known.is_place()
            // "Lynn Lake Mayor": a word no dictionary has, before a place's word, is a
            // place too.
            || matches!(words, [place, cue] if (self.gazetteer.place(place).is_some()
                    || (is_capitalised(place) && !self.is_english_word(place)))
                && is_capitalised(cue)
                && lexicon::contains_folded(lexicon::PLACE_CUES, cue))
    }

    /// Where an organisation's name ends when the chunk opens with one (its last word an
    /// institution's: "Kestrel Foods", "Merseyside Police") and a title follows it, then a
    /// name after the title's last head.
    fn owning_organisation_end(&self, words: &[&str], heads: &[bool]) -> Option<usize> {
        let mut first_head = heads.iter().position(|&h| h)?;
        // "Kenya Power Managing Director": a qualifier before the head is the office's.
        while first_head > 0
            && lexicon::contains_folded(lexicon::OFFICE_QUALIFIERS, words[first_head - 1])
        {
            first_head -= 1;
        }
        let last_head = heads.iter().rposition(|&h| h)?;
        let name_after = last_head + 1 < words.len() && is_capitalised(words[last_head + 1]);
        (first_head >= 2
            && name_after
            && (is_organisation_headed(&words[..first_head])
                || self.names_body_before_office(&words[..first_head], words[first_head]))
            && words[..first_head]
                .iter()
                .all(|w| is_capitalised(w) || *w == "of"))
        .then_some(first_head)
    }

    /// Whether capitalised words before an office name a body that no organisation cue ends:
    /// a utility named for its place ("Kenya Power Managing Director …", "Thames Water
    /// Chief Executive …") or ordinary words before a place ("Police Scotland Chief
    /// Constable …", "Fire Rescue Victoria Commander …"). A place alone, a demonym or an
    /// office's qualifier before the place ("New South Wales Premier", "Former Kenya
    /// captain") make no body.
    fn names_body_before_office(&self, words: &[&str], office: &str) -> bool {
        let [first, .., last] = words else {
            return false;
        };
        // "Queensland Health Minister …", "Alberta Energy Minister …": a minister's or a
        // secretary's portfolio stands before the office, not a body.
        if lexicon::contains_folded(lexicon::PORTFOLIO_OFFICES, without_full_stops(office)) {
            return false;
        }
        if !words.iter().all(|w| is_capitalised(w)) {
            return false;
        }
        if lexicon::contains_folded(lexicon::UTILITY_NOUNS, last) {
            return !self.is_english_word(first) || self.gazetteer.place(first).is_some();
        }
        let ordinary = |word: &&str| {
            self.is_english_word(word)
                && !is_title(word)
                && !lexicon::contains_folded(lexicon::OFFICE_QUALIFIERS, word)
                && !lexicon::contains_folded(lexicon::NAME_OPENING_ADJECTIVES, word)
                && !self.is_modifier(strip_possessive(word))
        };
        self.gazetteer.place(strip_possessive(last)).is_some()
            && words[..words.len() - 1].iter().all(ordinary)
    }

    /// Where the role opened by the head at `position` ends: after the head, or after the
    /// portfolio its "of" or "for" leads into, made of common words ("Minister of Foreign
    /// Affairs and Expatriates", "Minister for Transport", the Irish and British form); the
    /// places named there are modifiers too ("Governor of Washington").
    fn head_role_end(&self, words: &[&str], position: usize, modifiers: &mut Vec<usize>) -> usize {
        let end = position + 1;
        if !matches!(words.get(end), Some(&("of" | "for"))) {
            return end;
        }
        // "Publicity Secretary of the Peoples Democratic Party": a body's name after "of"
        // (capitalised words an organisation's word ends) is whose office it is, no
        // portfolio.
        let body_from = (end + 1..words.len()).find(|&k| {
            let rest = match words[k..] {
                ["the", ref rest @ ..] => rest,
                ref rest => rest,
            };
            rest.len() >= 2
                && rest.iter().all(|w| is_capitalised(w))
                && is_organisation_headed(rest)
        });
        let limit = body_from.unwrap_or(words.len());
        let mut k = end + 1;
        while k < limit {
            let place = self.is_place_or_place_pair(words[k]);
            // ("Minister for Justice": an English word ending the words is the portfolio even
            // where it is a surname too.)
            let portfolio = matches!(words[k], "and" | "the" | "&")
                || (self.is_english_word(words[k])
                    && (k + 1 == words.len() || !self.known_person_word(words[k])))
                || place;
            if !portfolio {
                break;
            }
            if place {
                modifiers.push(k);
            }
            k += 1;
        }
        if k > end + 1 { k } else { end }
    }

    /// What the words split into once the roles before the name are read: a title alone, a
    /// title with its owner, or roles and the name after the last one.
    fn finish_split(
        words: &[&str],
        heads: &[bool],
        roles: Vec<(usize, usize)>,
        mut modifiers: Vec<usize>,
        last_head_end: usize,
    ) -> Split {
        if last_head_end >= words.len()
            && roles.len() == 1
            && words.iter().any(|w| is_capitalised(w))
        {
            // "US President", "Ottawa New Democrat MP": a title with what it belongs to.
            return Split {
                modifiers,
                title_only: true,
                ..Split::whole(words.len())
            };
        }
        if last_head_end > 0
            && last_head_end + 1 < words.len()
            && matches!(words[last_head_end], "of" | "for")
        {
            // "Chief Executive Officer of Caldermoor": whose title it is follows it, and no
            // one's name does.
            let owner_from = if words[last_head_end + 1] == "the" {
                last_head_end + 2
            } else {
                last_head_end + 1
            };
            return Split {
                roles,
                modifiers,
                title_only: true,
                owner: (owner_from < words.len()).then_some((owner_from, words.len())),
                ..Split::whole(words.len())
            };
        }
        if last_head_end == 0 || last_head_end >= words.len() {
            // "State Department Spokesperson": a role named after its organisation, written
            // as one capitalised phrase, stands for a person.
            let ends_in_title = last_head_end == 0
                && words.len() > 1
                && heads.last() == Some(&true)
                && words.iter().all(|w| is_capitalised(w));
            // ("Senior Vice President", "Executive Vice President": words that only qualify
            // an office are the title's, and no one owns it.)
            let owner_end = words[..words.len() - 1]
                .iter()
                .rposition(|w| !lexicon::contains_folded(lexicon::OFFICE_QUALIFIERS, w))
                .map_or(0, |k| k + 1);
            return Split {
                title_only: ends_in_title,
                owner: (ends_in_title && owner_end > 0).then_some((0, owner_end)),
                ..Split::whole(words.len())
            };
        }
        // Honorifics are never part of the name.
        modifiers.retain(|&m| m < last_head_end);
        Split {
            roles,
            modifiers,
            name: (last_head_end, words.len()),
            title_only: false,
            owner: None,
            owner_words: 0,
        }
    }

    /// How many words of the chunk are the seat, when the chunk follows a title and "for" or
    /// "of" and opens with the place that is the title's seat, a name following it ("MP for
    /// Stockport Jane Ellis").
    fn opens_with_seat(&self, chunk: &[usize], words: &[&str]) -> Option<usize> {
        let first = chunk[0];
        // "TD for Galway West Caoilfhionn Ní Loingsigh": a known place and the compass words
        // after it are the seat, when a given name follows them.
        // ("TD for Dublin Bay North Ann Byrne": a place's word may stand before them.)
        let seat_words = words
            .iter()
            .skip(1)
            .take(2)
            .take_while(|w| {
                lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, w)
                    || lexicon::contains_folded(lexicon::PLACE_CUES, w)
            })
            .count();
        let compass = words[1..=seat_words]
            .iter()
            .any(|w| lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, w));
        let after_title_for = first >= 2
            && matches!(self.word(first - 1), "for" | "of")
            && is_title_head(self.word(first - 2));
        let opens_name = |word: &str| {
            self.gazetteer.given_name(word)
                || !(self.is_english_word(word) || self.known_place_or_organization(word))
        };
        if compass
            && after_title_for
            && words.len() >= seat_words + 3
            && self.is_place_or_place_pair(words[0])
            && opens_name(words[seat_words + 1])
        {
            return Some(seat_words + 1);
        }
        // ("MP for Bolton North East", "TD for Dublin Bay North": a compass word or a
        // place's word goes on with the seat's name.)
        // ("chairman of Gozo Channel Line", "director of Leeds General Infirmary": an
        // institution's word ending the words makes them its name.)
        let institution = words.last().is_some_and(|last| {
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, last)
                || lexicon::contains_folded(lexicon::PLACE_CUES, last)
        });
        let one_word_seat = words.len() >= 3
            && !institution
            && !lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, words[1])
            && !lexicon::contains_folded(lexicon::PLACE_CUES, words[1])
            && after_title_for
            && is_capitalised(words[1])
            && (self.is_place_or_place_pair(words[0]) && self.gazetteer.place(words[1]).is_none()
                // "MP for Warrandyte Josie Cattermole": a seat nobody lists, then a given name.
                || !self.is_english_word(words[0])
                    && !self.gazetteer.given_name(words[0])
                    && self.gazetteer.given_name(words[1]));
        one_word_seat.then_some(1)
    }

    /// A plain capitalised word that can be part of an office's portfolio ("Revenue",
    /// "Managing"): an English word, no given name, no name the gazetteer knows.
    fn is_portfolio_word(&self, word: &str) -> bool {
        is_capitalised(word)
            && self.is_english_word(word)
            && !self.gazetteer.given_name(word)
            && !self.is_modifier(strip_possessive(word))
    }

    /// Where the office's head stands when the words from `position` are a portfolio that
    /// one of [`lexicon::PORTFOLIO_HEADS`] ends ("Urban Development Minister"), or qualify an
    /// office a person's name follows ("House Speaker Mike Johnson").
    fn portfolio_run_end(&self, words: &[&str], heads: &[bool], position: usize) -> Option<usize> {
        let portfolio = |k: usize| {
            let word = words[k];
            is_capitalised(word)
                && self.is_english_word(word)
                && !self.is_modifier(strip_possessive(word))
                // "Urban Development Minister": a word that is also a given name is the
                // portfolio's when another of its words follows it before the head.
                && (!self.gazetteer.given_name(word)
                    || (heads.get(k + 1) == Some(&false) && self.is_portfolio_word(words[k + 1])))
        };
        let mut k = position;
        while k < words.len() && !heads[k] && portfolio(k) {
            // "State Department Spokesperson": an institution's word ending the words before
            // the title makes them its name, the owner of the role, not a portfolio. ("Union
            // Education Minister": one further back is the portfolio's; "Union Minister",
            // "Police Commissioner": alone, the word names no institution.)
            let last_before_head = heads.get(k + 1) == Some(&true);
            if last_before_head
                && k > position
                && lexicon::contains_folded(lexicon::ORGANIZATION_CUES, words[k])
            {
                return None;
            }
            k += 1;
        }
        let office = k < words.len()
            && heads[k]
            && (lexicon::contains_folded(lexicon::PORTFOLIO_HEADS, without_full_stops(words[k]))
                || self.person_named_after_office(words, heads, k));
        (k > position && office).then_some(k)
    }

    /// "House Speaker Mike Johnson", "Senate Majority Leader Chuck Schumer": whether a given
    /// name follows the office whose heads start at `head`, so that the plain words before
    /// them qualify the office, whatever its head.
    fn person_named_after_office(&self, words: &[&str], heads: &[bool], head: usize) -> bool {
        let after = (head..words.len()).find(|&k| !heads[k]);
        // ("Fire Chief Obadiah Renfroe-Castillo": a word no dictionary or name list has
        // opens a full name as a given name does.)
        after.is_some_and(|k| {
            let first = strip_possessive(words[k]);
            let unlisted = || {
                first.len() > 2
                    && first.chars().all(|c| c.is_alphabetic() || c == '-')
                    && !(self.is_english_word(first) || self.known_place_or_organization(first))
            };
            k + 1 < words.len() && (self.gazetteer.given_name(first) || unlisted())
        })
    }

    /// Whether the chunk's unknown first word is followed by a title (its portfolio first,
    /// if any) and, after the title's last head, by a name that is no title.
    fn owns_following_title(&self, words: &[&str], heads: &[bool]) -> Option<usize> {
        let unknown = |word: &str| {
            is_capitalised(word)
                && !is_title(word)
                && !self.is_english_word(strip_possessive(word))
                && !self.gazetteer.given_name(word)
        };
        // ("Gozo General Hospital": a name ending in an institution's word is the
        // institution's, whatever title word stands inside it.)
        let institution = words.iter().any(|w| {
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, w)
                || lexicon::contains_folded(lexicon::PLACE_CUES, w)
        });
        let name_after = heads
            .iter()
            .rposition(|&h| h)
            .is_some_and(|last| last + 1 < words.len() && is_capitalised(words[last + 1]));
        if !name_after {
            return None;
        }
        // Up to three unknown words: "Wagga Wagga Mayor Dallas Tout".
        let owner = words
            .iter()
            .zip(heads)
            .take(3)
            .take_while(|(word, head)| !**head && unknown(word))
            .count();
        // ("Berens Lake Mayor": a place's word right before the office ends a place's name,
        // no portfolio.)
        let place_word_before_office = |end: usize| {
            lexicon::contains_folded(lexicon::PLACE_CUES, words[end])
                && heads.get(end + 1) == Some(&true)
        };
        (1..=owner).find(|&end| {
            !institution && heads.get(end) == Some(&true)
                || (words.len() > end
                    && !place_word_before_office(end)
                    && self.portfolio_run_end(words, heads, end).is_some())
        })
    }

    /// A place the gazetteer knows, or two joined by a hyphen ("Sligo-Leitrim").
    fn is_place_or_place_pair(&self, word: &str) -> bool {
        let g = self.gazetteer;
        g.place(word).is_some()
            || word.split_once('-').is_some_and(|(a, b)| {
                is_capitalised(b) && g.place(a).is_some() && g.place(b).is_some()
            })
    }

    /// Whether `word` and the word after it are a seat of government ("Downing Street").
    fn opens_metonym(&self, word: &str, index: usize) -> bool {
        let Some(next) = self.tokens.get(index + 1) else {
            return false;
        };
        let start = self.tokens[index].span().start;
        self.text
            .get(start..next.span().end)
            .is_some_and(|pair| pair.starts_with(word) && lexicon::METONYMS.contains(&pair))
    }

    fn known_person_word(&self, word: &str) -> bool {
        let known = self.gazetteer.entry(word);
        known.is_given_name() || known.is_surname()
    }
}

/// The rule that names a name found inside a longer one ([`Document::emit_nested`]).
const NESTED_RULE: &str = "gazetteer, inside a name";

impl NameMention {
    /// Where the name is in the text.
    pub fn span(&self) -> Span {
        self.span.span()
    }

    /// Whether the name was found inside a longer name ("Texas" in "University of Texas").
    pub fn nested(&self) -> bool {
        self.kind_rule == NESTED_RULE
    }

    /// Whether a place's name stands for its club here ("Liverpool beat Brentford 3-1").
    pub fn names_a_club(&self) -> bool {
        matches!(
            self.kind_rule,
            kinds::CLUB_IN_A_RESULT | kinds::PLACE_PLAYING | kinds::CLIPPED_CLUB
        )
    }

    /// The canonical name, if any, read from `text` (the text the mention was found in) for
    /// an acronym's.
    pub fn known_as<'a>(&self, text: &'a str) -> Option<&'a str> {
        match self.known_as {
            KnownAs::Name("") => None,
            KnownAs::Name(name) => Some(name),
            KnownAs::Text(offsets) => text.get(offsets.span().start..offsets.span().end),
        }
    }

    /// A name with nothing more to it: no roles, acronym or title, not after "in".
    fn plain(span: Span, (kind, evidence, known_as, kind_rule): Classified) -> Self {
        NameMention {
            span: span.into(),
            kind,
            evidence,
            roles: Roles::default(),
            known_as: known_as.into(),
            locative: false,
            title_only: false,
            kind_rule,
        }
    }
}

/// A name's kind, how sure it is, the gazetteer's canonical name, and the rule that decided.
type Classified = (Kind, Evidence, Option<&'static str>, &'static str);

/// Finds the names in a text.
pub fn find(text: &str, tokens: &[Token]) -> Vec<NameMention> {
    let document = Document::new(text, tokens);
    // Room for a name every two tokens at once (news has about one in ten): room never
    // written to is never made resident, while each doubling moves every mention found so
    // far and leaves the old block in the heap.
    let mut out = Vec::with_capacity(tokens.len() / 2);
    document.chunks(|chunk| document.emit(chunk, &mut out));
    nicknames_inside_names(text, &mut out);
    number_ten(&document, &mut out);
    party_places(&document, &mut out);
    names_an_acronym_spells(&document, &mut out);
    places_listed_together(text, &mut out);
    short_forms_of_titles(text, &mut out);
    ridings::join_ridings(text, &mut out);
    clubs_across_small_words(&document, &mut out);
    clipped_clubs(&document, &mut out);
    defined_short_names(text, &mut out);
    out
}

/// `Halvorsen Robotics, Inc. ("Halvorsen" or "the Company")`: a short name a press release
/// defines in brackets is known as the organisation named right before the bracket.
fn defined_short_names(text: &str, out: &mut [NameMention]) {
    // The most a legal form and the opening marks leave between the name and its short form.
    const GAP: usize = ", Inc. (\u{201c}".len();
    for k in 1..out.len() {
        if out[k].kind_rule != kinds::DEFINED_SHORT_NAME || out[k].known_as != KnownAs::NONE {
            continue;
        }
        let short = out[k].span();
        let named = out[..k]
            .iter()
            .rev()
            .find(|m| m.span().end <= short.start)
            .filter(|m| m.kind == Kind::Organization && short.start - m.span().end <= GAP)
            .map(|m| m.span());
        if let Some(named) = named
            && text
                .get(named.end..short.start)
                .is_some_and(|gap| gap.contains('('))
        {
            out[k].known_as = KnownAs::Text(named.into());
        }
    }
}

/// "Hibernian 2 Hearts 1 … Hibs pressed": in a match report, a word that clips a club's name
/// and is an organisation is known as the club, where a score or result names it.
fn clipped_clubs(document: &Document, out: &mut [NameMention]) {
    if !document.is_match_report() || document.clubs.ranges.is_empty() {
        return;
    }
    for mention in out.iter_mut() {
        let word = mention.span().slice(document.text);
        let clipped = mention.kind == Kind::Organization
            && mention.known_as == KnownAs::NONE
            && !word.contains(' ')
            && !document.clubs.contains(word)
            && document.clubs.clipped(word);
        if let Some((first, last)) = clipped.then(|| document.clubs.clipped_club(word)).flatten() {
            let span = Span::new(
                document.tokens[first].span().start,
                document.tokens[last].span().end,
            );
            mention.known_as = KnownAs::Text(span.into());
            mention.kind_rule = kinds::CLIPPED_CLUB;
        }
    }
}

/// "Queen of the South 2 Ayr United 1 … Queen of the South beat Ayr": a club read beside a
/// score across its small words is one name there and wherever the text writes it again; the
/// names found inside it go. (A few such clubs are searched for: a table of hundreds has
/// no more of them than a report.)
fn clubs_across_small_words(document: &Document, out: &mut Vec<NameMention>) {
    const MOST_CLUBS: usize = 8;
    let text = document.text;
    let mut clubs: Vec<&str> = (document.clubs.ranges.iter())
        .filter(|&&(first, last)| (first..=last).any(|k| kinds::is_club_connector(document, k)))
        .map(|&club| kinds::written(document, club))
        .collect();
    clubs.sort_unstable();
    clubs.dedup();
    clubs.truncate(MOST_CLUBS);
    if clubs.is_empty() {
        return;
    }
    let bounded = |start: usize, end: usize| {
        !text[..start].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric)
    };
    let mut spans: Vec<Span> = (clubs.iter())
        .flat_map(|club| {
            memchr::memmem::find_iter(text.as_bytes(), club.as_bytes())
                .map(|at| Span::new(at, at + club.len()))
        })
        .filter(|span| bounded(span.start, span.end))
        .collect();
    spans.sort_unstable_by_key(|span| span.start);
    replace_names_within(
        out,
        &spans,
        (Kind::Organization, Evidence::Sure, None, CLUB_IN_A_RESULT),
    );
}

/// Makes the first name inside each of `spans` (sorted, apart) the one name the span is, in
/// its place in the list, with `classified`'s kind; the other names inside go. A name no span
/// holds stays as it is.
fn replace_names_within(out: &mut Vec<NameMention>, spans: &[Span], classified: Classified) {
    if spans.is_empty() {
        return;
    }
    let span_of = |m: Span| {
        let k = spans.partition_point(|span| span.end <= m.start);
        spans
            .get(k)
            .filter(|span| span.start <= m.start && m.end <= span.end)
            .map(|_| k)
    };
    let mut placed = vec![false; spans.len()];
    out.retain_mut(|m| {
        let Some(k) = span_of(m.span()) else {
            return true;
        };
        if placed[k] {
            return false;
        }
        placed[k] = true;
        *m = NameMention::plain(spans[k], classified);
        true
    });
}

/// "The Metropolitan Chief Executive (MCE), Mrs Efua Kwofie-Asamoah", "the district police
/// officer (DPO), Syed Kamran Bukhari": an acronym in brackets right after a title, in
/// capitals or in lower case, is the title's short form, here and wherever the text writes
/// it ("I have spoken with the MCE"): an office, no body's name. Before a name it is the
/// name's title ("DPO Bukhari said").
fn short_forms_of_titles(text: &str, out: &mut Vec<NameMention>) {
    let mut short_forms: HashSet<&str> = HashSet::default();
    for pair in out.windows(2) {
        let (title, next) = (&pair[0], &pair[1]);
        let (title_span, next_span) = (title.span(), next.span());
        let bracketed = text.get(title_span.end..next_span.start) == Some(" (")
            && text[next_span.end..].starts_with(')');
        let written = next_span.slice(text);
        // ("Publicity Secretary of the Peoples Democratic Party (PDP)": the body's.)
        let owned = || {
            let title = title_span.slice(text);
            title.contains(" of ") || title.contains(" for ")
        };
        if title.title_only && bracketed && is_acronym(written) && !owned() {
            short_forms.insert(written);
        }
    }
    for mention in out.iter() {
        let written = mention.span().slice(text);
        if is_acronym(written) && spells_lower_case_title_before(text, mention.span()) {
            short_forms.insert(written);
        }
    }
    if short_forms.is_empty() {
        return;
    }
    out.retain_mut(|m| {
        if m.title_only {
            return true;
        }
        let written = m.span().slice(text);
        if short_forms.contains(written) {
            return false;
        }
        // "DPO Bukhari": the short form is the title of the name after it.
        if let Some((first, rest)) = written.split_once(' ')
            && short_forms.contains(first)
            && rest.starts_with(char::is_uppercase)
        {
            let span = m.span();
            *m = NameMention::plain(
                Span::new(span.start + first.len() + 1, span.end),
                (
                    Kind::Person,
                    Evidence::Likely,
                    None,
                    "after a title's short form",
                ),
            );
        }
        true
    });
}

/// Whether the acronym at `span`, in brackets, spells the initials of the words in lower case
/// right before the bracket, the last a title's head ("district police officer (DPO)").
fn spells_lower_case_title_before(text: &str, span: Span) -> bool {
    let Some(before) = text.get(..span.start).and_then(|t| t.strip_suffix(" (")) else {
        return false;
    };
    if !text[span.end..].starts_with(')') {
        return false;
    }
    let letters = span.slice(text).as_bytes();
    let words: Vec<&str> = before.rsplit(' ').take(letters.len()).collect();
    words.len() == letters.len()
        && words
            .first()
            .is_some_and(|last| lexicon::contains(lexicon::TITLE_HEADS, last))
        && words.iter().rev().zip(letters).all(|(word, &letter)| {
            word.as_bytes()
                .first()
                .is_some_and(|&b| b.is_ascii_lowercase() && b.to_ascii_uppercase() == letter)
        })
}

/// `Everton "Sarge" Whyte`, "Darren ‘Dazza’ Whitlow": a quoted nickname between a person's
/// given name and surname. The three are one person's name, not two names and a third in
/// marks. Read over the mentions in text order, one look at the gap after each.
fn nicknames_inside_names(text: &str, out: &mut Vec<NameMention>) {
    const MAX_NICKNAME_BYTES: usize = 40;
    const MAX_NICKNAME_WORDS: usize = 3;
    let is_mark = |c: char| matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’');
    // Where the name after a nickname starts, when one follows the mention ending at `end`:
    // a space, a mark, up to three capitalised words, a mark and a space.
    let name_after_nickname = |end: usize| -> Option<usize> {
        let after = text.get(end..)?.strip_prefix(' ')?;
        let open = after.chars().next().filter(|&c| is_mark(c))?;
        let inside = &after[open.len_utf8()..];
        let close = inside
            .char_indices()
            .take(MAX_NICKNAME_BYTES)
            .find(|&(_, c)| is_mark(c));
        let (at, close) = close?;
        let nickname = &inside[..at];
        let words = nickname.split(' ');
        let fits = !nickname.is_empty()
            && words.clone().count() <= MAX_NICKNAME_WORDS
            && words.clone().all(|w| w.starts_with(char::is_uppercase));
        let rest = inside[at + close.len_utf8()..].strip_prefix(' ')?;
        (fits && rest.starts_with(char::is_uppercase)).then(|| text.len() - rest.len())
    };
    // Merged in place, the dropped mentions marked and removed in one pass after: the list
    // can hold a mention every few bytes of the text, and a copy of it would double that.
    let mut dropped: Vec<bool> = Vec::new();
    let mut index = 0;
    while index < out.len() {
        let Some(second_start) = name_after_nickname(out[index].span().end) else {
            index += 1;
            continue;
        };
        // Mentions inside the marks ("Sarge") are the nickname's.
        let mut next = index + 1;
        while out.get(next).is_some_and(|m| m.span().start < second_start) {
            next += 1;
        }
        let Some(second) = out.get(next).filter(|m| m.span().start == second_start) else {
            index = next;
            continue;
        };
        let end = second.span().end;
        // Only a person is called by a nickname between the words of a name, whatever the
        // words alone look like ("Sefa 'Sam' Tuilagi-Moore").
        let first = &mut out[index];
        first.kind = Kind::Person;
        first.evidence = first.evidence.max(Evidence::Likely);
        first.kind_rule = "nickname inside a name";
        first.span = Span::new(first.span().start, end).into();
        if dropped.is_empty() {
            dropped.resize(out.len(), false);
        }
        dropped[index + 1..=next].fill(true);
        index = next + 1;
    }
    if !dropped.is_empty() {
        let mut at = 0;
        out.retain(|_| {
            at += 1;
            !dropped[at - 1]
        });
    }
}

/// "No 10 said", "pressure from Number 10": British copy's name for the prime minister's
/// office (Downing Street), an organisation, in place of whatever the name finder made of its first word.
/// After an article it is a place on a team ("the No 10 shirt", "a classic No 10"), and
/// before "Downing Street" part of an address.
fn number_ten(document: &Document, out: &mut Vec<NameMention>) {
    let tokens = document.tokens;
    let mut seats: Vec<Span> = Vec::new();
    // A search of the text for " 10" finds the few places to look at, where asking each
    // token would read them all.
    for at in memchr::memmem::find_iter(document.text.as_bytes(), b" 10") {
        let ten = tokens.partition_point(|t| t.span().start <= at);
        let Some(first) = ten.checked_sub(1) else {
            continue;
        };
        // ("A No 10 spokesperson", "a No 10 source": after an article, the office's before
        // a word for who speaks for it.)
        let speaker_after = || {
            document
                .word_at(ten + 1)
                .is_some_and(|w| lexicon::contains_folded(lexicon::SPEAKER_NOUNS, w))
        };
        let seat = tokens.get(ten).is_some_and(|t| t.span().start == at + 1)
            && matches!(document.word(first), "No" | "Number")
            && document.text_is(ten, "10")
            && (first == 0
                || !document.token_in_folded(first - 1, lexicon::DETERMINERS)
                || speaker_after())
            && document.word_at(ten + 1) != Some("Downing");
        if seat {
            seats.push(Span::new(
                tokens[first].span().start,
                tokens[ten].span().end,
            ));
        }
    }
    if seats.is_empty() {
        return;
    }
    out.retain(|m| {
        let after = seats.partition_point(|seat| seat.end <= m.span().start);
        seats.get(after).is_none_or(|seat| !seat.overlaps(m.span()))
    });
    // Known as the street it stands on, so that grouping makes one office of the three.
    out.extend(seats.into_iter().map(|span| {
        let known_as = Some("Downing Street");
        let classified = (
            Kind::Organization,
            Evidence::Sure,
            known_as,
            "seat of government",
        );
        NameMention::plain(span, classified)
    }));
}

/// "Sen. Loretta Vandersloot, D-Ohio, said", "Rep. Young Kim (R-Calif.)", "Tracey Okafor,
/// D-Red Hook, said": after the party's letter and hyphen, a lawmaker's state or home town is
/// a place. The letter is furniture ([`furniture::rejects`] keeps the words out of every
/// name), so the place is read here, from after the hyphen to the last word before the comma
/// or bracket; an AP abbreviation is known as its state ("Ind." as Indiana).
fn party_places(document: &Document, out: &mut Vec<NameMention>) {
    const PARTY_LETTER: usize = "D-".len();
    for (index, token) in document.tokens.iter().enumerate() {
        let word = document.word(index);
        if !lexicon::is_party_and_state(word) {
            continue;
        }
        let Some(close) = furniture::party_and_town_end(document, index) else {
            continue;
        };
        let last = close - 1;
        let start = token.span().start + PARTY_LETTER;
        let end = document.tokens[last].span().end;
        let known_as = if last == index {
            lexicon::ap_state(&word[PARTY_LETTER..])
        } else {
            None
        };
        let classified = (
            Kind::Place,
            Evidence::Likely,
            known_as,
            "a lawmaker's state",
        );
        out.push(NameMention::plain(Span::new(start, end), classified));
    }
}

/// "the Philippine Atmospheric, Geophysical and Astronomical Services Administration
/// (PAGASA)", "the Medicines and Healthcare products Regulatory Agency (MHRA)": a body's name
/// the acronym in brackets after it spells, its capitalised words' initials, is one name
/// across the commas, "and" and lower-case words that cut it into several.
fn names_an_acronym_spells(document: &Document, out: &mut Vec<NameMention>) {
    let spans = spans_acronyms_spell(document);
    if spans.is_empty() {
        return;
    }
    // Only where the name finder cut the name: two names or more inside, none whole.
    let merged = names_cut_inside(&spans, out);
    if !merged.contains(&true) {
        return;
    }
    out.retain(|m| span_holding(&spans, m).is_none_or(|at| !merged[at]));
    let classified = (
        Kind::Organization,
        Evidence::Likely,
        None,
        "name an acronym spells",
    );
    out.extend(
        (spans.iter().zip(&merged))
            .filter(|(_, merged)| **merged)
            .map(|(span, _)| NameMention::plain(*span, classified)),
    );
    // Back in text order (stable: names at one start keep theirs), as grouping reads them.
    out.sort_by_key(|m| m.span().start);
}

/// The names an acronym in brackets after them spells ("Medicines and Healthcare products
/// Regulatory Agency (MHRA)"), in text order, none overlapping the one before.
fn spans_acronyms_spell(document: &Document) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for open in memchr::memchr_iter(b'(', document.text.as_bytes()) {
        let Some(span) = name_spelled_before(document, open) else {
            continue;
        };
        if spans
            .last()
            .is_none_or(|before: &Span| before.end <= span.start)
        {
            spans.push(span);
        }
    }
    spans
}

/// The name before the bracket at byte `open` whose capitalised words' initials spell the
/// acronym of three to ten capitals inside it ("(PAGASA)"), when its last word, right
/// before the bracket, is capitalised.
fn name_spelled_before(document: &Document, open: usize) -> Option<Span> {
    let tokens = document.tokens;
    let bracket = tokens.partition_point(|t| t.span().start < open);
    let acronym = document.word_at(bracket + 1)?;
    if bracket == 0
        || document.word(bracket) != "("
        || document.word_at(bracket + 2) != Some(")")
        || !(3..=10).contains(&acronym.len())
        || !acronym.bytes().all(|b| b.is_ascii_uppercase())
    {
        return None;
    }
    let last = bracket - 1;
    if !is_capitalised(document.word(last)) {
        return None;
    }
    let (first, initials) = initials_back_from(document, last, acronym.len())?;
    let spelled = initials.iter().rev().copied().eq(acronym.bytes());
    let span = Span::new(tokens[first].span().start, tokens[last].span().end);
    spelled.then_some(span)
}

/// Back from token `last`, in its sentence: the name's first token once `letters`
/// capitalised words are read, and their initials (last first), reading over "and", "of",
/// commas and up to two other lower-case words ("Healthcare products"); `None` where the
/// name ends first.
fn initials_back_from(
    document: &Document,
    last: usize,
    letters: usize,
) -> Option<(usize, Vec<u8>)> {
    // A name of at most this many words, and this many lower-case words inside it.
    const MOST_WORDS: usize = 12;
    const MOST_LOWER: usize = 2;
    let tokens = document.tokens;
    // Back from the word before the bracket, the initials read so far (last first).
    let mut initials = Vec::with_capacity(letters);
    let mut lower = 0;
    for k in (last.saturating_sub(MOST_WORDS)..=last).rev() {
        let word = document.word(k);
        if tokens[k].sentence() != tokens[last].sentence() {
            break;
        }
        if is_capitalised(word) && document.is_word(k) {
            initials.push(word.as_bytes()[0]);
            if initials.len() == letters {
                return Some((k, initials));
            }
        } else if matches!(word, "and" | "of" | "for" | "the" | "&" | "," | "on") {
        } else if word.starts_with(char::is_lowercase) && lower < MOST_LOWER {
            lower += 1;
        } else {
            break;
        }
    }
    None
}

/// Which of the (sorted) `spans` the name finder cut: two names or more inside, none
/// whole ("Medicines" and "Healthcare" apart inside "Medicines and Healthcare products
/// Regulatory Agency"). One pass over the names, each asked of the spans by a binary
/// search.
fn names_cut_inside(spans: &[Span], names: &[NameMention]) -> Vec<bool> {
    let mut inside = vec![0usize; spans.len()];
    let mut whole = vec![false; spans.len()];
    for mention in names {
        if let Some(at) = span_holding(spans, mention) {
            inside[at] += 1;
            whole[at] |= mention.span() == spans[at];
        }
    }
    (0..spans.len())
        .map(|k| inside[k] >= 2 && !whole[k])
        .collect()
}

/// The one of the (sorted, not overlapping) `spans` that holds the name `m`, if any.
fn span_holding(spans: &[Span], m: &NameMention) -> Option<usize> {
    let at = spans.partition_point(|s| s.end <= m.span().start);
    spans
        .get(at)
        .filter(|s| s.start <= m.span().start && m.span().end <= s.end)
        .map(|_| at)
}

/// Names listed together (joined by commas, "and" or "or") are things of one kind: a name in
/// such a list that nothing else typed (the finder's default) is a place when another name
/// in the list is one, and every name the list's lead-in calls places ("villages such as")
/// that only a guess typed is one. One pass over the names in text order.
fn places_listed_together(text: &str, names: &mut [NameMention]) {
    let places: HashSet<&str> = names
        .iter()
        .filter(|n| n.kind == Kind::Place && n.evidence > Evidence::Fallback)
        .map(|n| n.span().slice(text))
        .collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    // Names come out nearly in text order (a chunk's modifiers and nested names beside its
    // name): the stable sort finds the runs, so this is close to one pass.
    order.sort_by_key(|&i| names[i].span().start);
    let joined = |a: &NameMention, b: &NameMention| {
        text.get(a.span().end..b.span().start)
            .is_some_and(|gap| matches!(gap, ", " | " and " | " or " | ", and " | ", or "))
    };
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && joined(&names[order[end - 1]], &names[order[end]]) {
            end += 1;
        }
        let run = &order[start..end];
        let lead_in = names_places_before(text, names[run[0]].span().start);
        // ("at Gairloch, Poolewe, Aultbea …" where the text says "in Gairloch" elsewhere: a
        // name typed a place anywhere in the text counts.)
        let has_place = run.len() > 1
            && run.iter().any(|&i| {
                names[i].evidence > Evidence::Fallback && names[i].kind == Kind::Place
                    || places.contains(names[i].span().slice(text))
            });
        for &i in run {
            let name = &mut names[i];
            // (A person's shape, however weak, is kept: "in Mozambique, Kwesi Adu-Boahen,
            // said" sets a person beside a place, in no list.)
            let retype = (lead_in && name.evidence <= Evidence::Guess)
                || (has_place
                    && (name.evidence == Evidence::Fallback
                        || (name.evidence == Evidence::Guess && name.kind != Kind::Person)));
            if retype && name.kind != Kind::Place && !name.title_only && name.roles.is_empty() {
                name.kind = Kind::Place;
                name.evidence = Evidence::Guess;
                name.kind_rule = "listed with places";
            }
        }
        start = end;
    }
}

/// Whether the text before `start` ends with a plural place noun, alone or with "such as",
/// "including" or "like" ("villages such as ", "counties ").
fn names_places_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let before = before.trim_end_matches(' ');
    let before = ["such as", "including", "like"]
        .iter()
        .find_map(|lead| before.strip_suffix(lead))
        .map_or(before, |rest| rest.trim_end_matches(' '));
    // (Every plural ends in "s": most text before a name answers at its last byte.)
    before.ends_with('s')
        && lexicon::PLACE_PLURALS.iter().any(|noun| {
            before.strip_suffix(noun).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
            })
        })
}

impl<'t> Document<'t> {
    fn span_of(&self, chunk: &[usize], from: usize, to: usize) -> Span {
        let start = self.tokens[chunk[from]].span().start;
        let last = chunk[to - 1];
        // "Smith\u{ad}", "Zoë\u{2069}": a name never ends in a character no one sees.
        let last_word = strip_possessive(self.word(last))
            .trim_end_matches(|c: char| super::aliases::is_invisible(c) || c == '\u{202f}');
        let end = self.tokens[last].span().start + last_word.len();
        Span::new(start, end.max(start))
    }

    fn emit(&self, chunk: &[usize], out: &mut Vec<NameMention>) {
        // The chunk's words, read from the text once for the tests that ask about them.
        let mut words = self.chunk_words.take();
        words.clear();
        words.extend(chunk.iter().map(|&i| self.word(i)));
        let (from, to) = self.trimmed(chunk, &words);
        self.emit_trimmed(&chunk[from..to], &words[from..to], out);
        self.chunk_words.set(words);
    }

    /// [`Document::emit`] of the trimmed chunk, its words `words`.
    fn emit_trimmed(&self, chunk: &[usize], words: &[&'t str], out: &mut Vec<NameMention>) {
        if chunk.is_empty()
            || self.is_non_name_word(chunk, words)
            || self.is_generic_body(chunk, words)
            || self.is_newsroom_job(chunk, words)
            || (is_honorific_alone(words) && !self.is_dateline_state(chunk[0]))
        {
            return;
        }
        if let ([token], [word]) = (chunk, words)
            && self.emit_place_pair(*token, word, out)
        {
            return;
        }
        // "TUPELO, Miss. (AP)": the state, before a title's reading of the word takes it.
        // "in northwest B.C.", "upstate N.Y.": a state's or a province's dotted abbreviation is
        // the place wherever it stands (after a number "B.C." is an era).
        if let ([token], [word]) = (chunk, words) {
            // (The dotted word's shape first: asked of every name of one word.)
            let dotted = || {
                word.trim_end_matches('.').contains('.')
                    && !(*token > 0 && self.tokens[*token - 1].kind() == TokenKind::Number)
                    && lexicon::ap_state(word).is_some()
            };
            let rule = if self.is_dateline_state(*token) {
                Some("state after a town")
            } else if dotted() {
                Some("state's abbreviation")
            } else {
                None
            };
            if let Some(rule) = rule {
                // The abbreviation's full stop, cut off as the sentence's, is its own ("in
                // Henderson, La." gives "La.").
                let mut span = self.tokens[*token].span();
                if let Some(stop) = self.tokens.get(*token + 1)
                    && !word.ends_with('.')
                    && stop.text(self.text) == "."
                    && !stop.space_before()
                {
                    span = Span::new(span.start, stop.span().end);
                }
                let state = lexicon::ap_state(word);
                out.push(NameMention::plain(
                    span,
                    (Kind::Place, Evidence::Likely, state, rule),
                ));
                return;
            }
        }
        let split = self.split_chunk(chunk, words);
        self.emit_modifiers(chunk, words, &split, out);
        if split.title_only {
            self.emit_title_standing(chunk, &split, out);
            return;
        }
        if let Some((owner_from, owner_to)) = split.owner {
            self.emit_owner(chunk, owner_from, owner_to, out);
        }
        let (from, to) = split.name;
        let name_positions = self.name_positions(&chunk[from..to]);
        self.emit_name(chunk, &split, name_positions, out);
    }

    /// "the Sligo-Enniskillen rail link", "US-China trade talks": two places (or towns)
    /// joined by a hyphen before a common noun are a pair, a mention each. A name the gazetteer knows
    /// whole ("Guinea-Bissau", "Winston-Salem") stays one, and so does a pair standing alone,
    /// as a constituency does ("TD for Sligo-Leitrim"). Emits the parts and says whether
    /// it did.
    fn emit_place_pair(&self, token: usize, word: &str, out: &mut Vec<NameMention>) -> bool {
        let Some(hyphen) = word.find('-') else {
            return false;
        };
        let (first, second) = (&word[..hyphen], &word[hyphen + 1..]);
        let before_noun = self.tokens.get(token + 1).is_some_and(|next| {
            next.kind() == TokenKind::Word
                && next.space_before()
                && self.first_byte(token + 1).is_ascii_lowercase()
        });
        // A town's name is a surname as often ("Balfour-Ince told"): a pair with a town
        // in it names a route ("the Sligo-Enniskillen rail link").
        let before_route = || {
            self.word_at(token + 1)
                .is_some_and(|next| lexicon::contains(lexicon::ROUTE_NOUNS, next))
        };
        let place = |part: &str| {
            is_capitalised(part)
                && (self.gazetteer.entry(part).is_place()
                    || (self.gazetteer.town(part) && before_route()))
        };
        if !before_noun || !place(first) || !place(second) || self.known_place_or_organization(word)
        {
            return false;
        }
        let start = self.tokens[token].span().start;
        for (from, part) in [(start, first), (start + hyphen + 1, second)] {
            let span = Span::new(from, from + part.len());
            out.push(NameMention::plain(
                span,
                self.classify_words(&[part], false, None),
            ));
        }
        true
    }

    /// The chunk without what never belongs to a name at its ends, as a range of its
    /// positions (`words` are its words): leading determiners, trailing connectors, a very
    /// common word tacked on the end.
    fn trimmed(&self, chunk: &[usize], words: &[&str]) -> (usize, usize) {
        // Leading determiners are not part of a name, nor is a possessive opening the
        // sentence ("Its District Chief Executive").
        let mut from = 0;
        while chunk.len() - from > 1
            && (lexicon::contains_folded(lexicon::DETERMINERS, words[from])
                || (from == 0
                    && self.tokens[chunk[0]].sentence_start()
                    && lexicon::contains_folded(lexicon::POSSESSIVE_DETERMINERS, words[0])))
            && !furniture::irish_article_opens_name(self, chunk[from], words[from])
        {
            from += 1;
        }
        // "Special Agent in Charge Tobin Rask", "Officer in Charge": the office's last word.
        if chunk.len() - from > 1
            && words[from] == "Charge"
            && chunk[from] >= 2
            && self.word(chunk[from] - 1) == "in"
            && is_title_head(self.word(chunk[from] - 2))
        {
            from += 1;
        }
        // Trailing connectors never end a name.
        let mut to = without_trailing_connectors(words, from, chunk.len());
        let length_without_connectors = to - from;
        // A very common word tacked on the end ("Ahmed Mohamed Image: …", "Quat In the …")
        // is not part of the name, unless it is the name's cue ("… Space Station").
        while to - from > 1 && self.ends_in_tacked_on_word(&chunk[from..to], &words[from..to]) {
            to -= 1;
        }
        // "AP Sports Writer", "BBC Wales Correspondent": an outlet's name before its
        // journalist's job and the job's ordinary words.
        if to - from > 1
            && lexicon::contains_folded(lexicon::JOURNALIST_JOBS, words[to - 1])
            && (is_acronym(words[from]) || self.gazetteer.entry(words[from]).is_organization())
        {
            to -= 1;
            while to - from > 1
                && self.is_english_word(words[to - 1])
                && self.gazetteer.place(words[to - 1]).is_none()
            {
                to -= 1;
            }
        }
        // A connector the trimming left at the end ("Texas A&" of "Texas A&M's") goes too.
        // (Only a word trimmed off can have left one.)
        if to - from < length_without_connectors {
            to = without_trailing_connectors(words, from, to);
        }
        (from, to)
    }

    /// Whether the last of the chunk's words (two or more) is a very common word tacked on
    /// the end of the name rather than its own.
    fn ends_in_tacked_on_word(&self, chunk: &[usize], words: &[&str]) -> bool {
        let last = strip_possessive(words[words.len() - 1]);
        // "Technical Advisory Group on Water Quality": an institution's portfolio after its
        // joining word is made of ordinary words.
        let portfolio = words.windows(2).any(|pair| {
            matches!(pair[1], "of" | "for" | "on")
                && lexicon::contains_folded(lexicon::ORGANIZATION_CUES, pair[0])
        });
        // "Queen Elizabeth II", "Abena Serwaa II": a regnal number is the name's, though
        // "ii" is a common word.
        if portfolio || is_regnal_number(last) {
            return false;
        }
        let very_common = self
            .gazetteer
            .folded_rank(last)
            .is_some_and(|rank| rank <= VERY_COMMON_RANK);
        let cue = || {
            lexicon::contains_folded(lexicon::ORGANIZATION_CUES, last)
                || lexicon::contains_folded(lexicon::PLACE_CUES, last)
                || lexicon::contains_folded(lexicon::EVENT_CUES, last)
                || lexicon::contains_folded(lexicon::TITLE_HEADS, last)
                || lexicon::contains_folded(lexicon::UTILITY_NOUNS, last)
                || lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, last)
                || lexicon::contains_folded(lexicon::LAW_HEADS, last)
                || lexicon::contains(lexicon::STREET_WORDS, last)
        };
        let known = || {
            let first = self.tokens[chunk[0]].span().start;
            let whole = Span::new(first, self.tokens[chunk[chunk.len() - 1]].span().end);
            let whole = strip_possessive(whole.slice(self.text));
            // "NEW YORK (AP)": a known name written in capitals.
            let shouted_known = || {
                words.iter().all(|w| is_acronym(w))
                    && self.known_place_or_organization(
                        &whole
                            .split(' ')
                            .map(lexicon::title_cased)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
            };
            // "… 1-1 Dunmore Athletic": a club read beside a score keeps its last word.
            self.known_place_or_organization(whole)
                || self.clubs.contains(whole)
                || shouted_known()
                || self.is_cited_publication(chunk[0], chunk[chunk.len() - 1])
        };
        // "People Power", "Public Enemy": ordinary words capitalised together inside a
        // sentence are a name of their own.
        let ordinary_words_named = || {
            chunk.iter().zip(words).all(|(&i, &word)| {
                !self.tokens[i].sentence_start()
                    && !self.in_title_case(self.tokens[i].sentence())
                    && is_capitalised(word)
                    && !is_acronym(word)
                    && self.is_common(strip_possessive(word))
            })
        };
        // "Mr Page said": a word after a title is the name, however common.
        let before_last = words[words.len() - 2];
        let after_title = is_title(before_last);
        // "Gordon Brown", "Owain Price": a surname after a given name or an unlisted
        // word (not a place: "Kowloon West") is the name's end, however common the word.
        let surname_ends_name = || {
            let before = strip_possessive(before_last);
            self.gazetteer.surname(last)
                && (self.gazetteer.given_name(before)
                    || !(self.is_common(before) || self.known_place_or_organization(before)))
        };
        very_common
            && !after_title
            && !surname_ends_name()
            && !self.has_portfolio(chunk)
            && !cue()
            && !known()
            && !ordinary_words_named()
    }

    /// The chunk cut into roles, modifiers and the name; "Doctor Who Society of Canada":
    /// what follows a title is an organisation, so the title was the start of its name.
    fn split_chunk(&self, chunk: &[usize], words: &[&str]) -> Split {
        let mut split = self.split_titles(chunk, words);
        let (name_from, name_to) = split.name;
        let organisation_after_title = !split.roles.is_empty() && name_from > 0 && {
            let name_words: Vec<&str> = words[name_from..name_to]
                .iter()
                .map(|word| strip_possessive(word))
                .collect();
            is_organisation_headed(&name_words)
        };
        if organisation_after_title {
            split = Split::whole(chunk.len());
        }
        if let Some(surname_split) = self.surname_that_is_a_title(words) {
            split = surname_split;
        }
        if self.addresses_an_office(chunk, words, &split) {
            split.title_only = true;
        }
        split
    }

    /// "Stephen King said", "John Major", "Ms Bishop agreed": a surname that is also a title
    /// word, after a given name (no place's: "Jordan King" is the office) or a form of
    /// address, is the person's name, not an office and its owner.
    fn surname_that_is_a_title(&self, words: &[&str]) -> Option<Split> {
        let [first, second] = words else {
            return None;
        };
        let surname = strip_possessive(second);
        if !is_title_head(surname) || !self.gazetteer.surname(surname) {
            return None;
        }
        if lexicon::contains_folded(lexicon::FORMS_OF_ADDRESS, first) {
            let mut split = Split::whole(2);
            split.roles.push((0, 1));
            split.name = (1, 2);
            return Some(split);
        }
        (self.gazetteer.given_name(first) && !self.known_place_or_organization(first))
            .then(|| Split::whole(2))
    }

    /// "Whose orders, Mr Speaker?", "the Honourable Commissioner", "Thank you, Mr
    /// President": a form of address or a title before one title word is the office
    /// addressed, no name (unless the word is a surname too: "Mr Major", "Ms Bishop").
    fn addresses_an_office(&self, chunk: &[usize], words: &[&str], split: &Split) -> bool {
        let (from, to) = split.name;
        let Some(last) = to.checked_sub(1).filter(|&last| last >= from) else {
            return false;
        };
        let word = strip_possessive(words[last]);
        let addressed = chunk[last].checked_sub(1).is_some_and(|before| {
            let before = self.word(before);
            lexicon::contains_folded(lexicon::FORMS_OF_ADDRESS, before) || is_title(before)
        });
        // (The name's words before the last are all forms of address: "Mr", "Madam".)
        let only_address_before = words[from..last]
            .iter()
            .all(|w| lexicon::contains_folded(lexicon::FORMS_OF_ADDRESS, w) || is_title(w));
        addressed && only_address_before && is_title_head(word) && !self.gazetteer.surname(word)
    }

    /// A title standing for a person ("the Secretary of State"), with the body it belongs to;
    /// grouping links it to the person it stands beside or whose role it is.
    fn emit_title_standing(&self, chunk: &[usize], split: &Split, out: &mut Vec<NameMention>) {
        if let Some((from, to)) = split.owner {
            self.emit_owner(chunk, from, to, out);
        }
        out.push(NameMention {
            span: self.span_of(chunk, 0, chunk.len()).into(),
            kind: Kind::Person,
            evidence: Evidence::Guess,
            roles: Roles::default(),
            known_as: KnownAs::NONE,
            locative: false,
            title_only: true,
            kind_rule: "title standing for a person",
        });
    }

    /// The name's tokens without a bare honorific at the front ("Mr. Tedeschi") or a
    /// follower's "-ist" word before a given name ("Scientologist Tom Cruise").
    fn name_positions<'c>(&self, positions: &'c [usize]) -> &'c [usize] {
        let mut name_positions = positions;
        // A bare honorific or title left at the front ("Mr. Tedeschi") is not the name.
        while name_positions.len() > 1
            && lexicon::contains_folded(lexicon::HONORIFICS, self.word(name_positions[0]))
        {
            let has_given_name = self.gazetteer.given_name(self.word(name_positions[0]));
            if has_given_name {
                break;
            }
            name_positions = &name_positions[1..];
        }
        // "Scientologist Tom Cruise", "Buddhist monk": a follower's "-ist" word before a given
        // name describes the person; it is not part of the name.
        while name_positions.len() > 2 {
            let word = self.word(name_positions[0]);
            let follower = word.len() > 4
                && word.ends_with("ist")
                && !self.gazetteer.given_name(word)
                && self.gazetteer.given_name(self.word(name_positions[1]));
            if !follower {
                break;
            }
            name_positions = &name_positions[1..];
        }
        name_positions
    }

    /// The name itself: its kind, roles and defined acronym, and the names inside it.
    fn emit_name(
        &self,
        chunk: &[usize],
        split: &Split,
        name_positions: &[usize],
        out: &mut Vec<NameMention>,
    ) {
        let (from, to) = split.name;
        let Some(&first) = name_positions.first() else {
            return;
        };
        let first_pos = chunk.iter().position(|&i| i == first).unwrap_or(from);
        let mut span = self.span_of(chunk, first_pos, to);
        if span.is_empty() {
            return;
        }
        let mut words = self.name_words.take();
        words.clear();
        words.extend(
            name_positions
                .iter()
                .map(|&i| strip_possessive(self.word(i))),
        );
        self.cut_compound_tail(&mut span, &mut words);
        let last_token = *chunk.last().unwrap_or(&first);
        self.cut_sentence_stop(&mut span, &mut words, last_token);
        let roles: Vec<Span> = split
            .roles
            .iter()
            .map(|&(a, b)| self.span_of(chunk, a, b))
            .collect();
        let acronym = self.acronym_of_name(last_token, &words);
        let has_role = !roles.is_empty() && split.name.0 > 0;
        let (mut kind, mut evidence, known_as, mut kind_rule) =
            self.classify_words(&words, has_role, Some((first, last_token)));
        self.name_words.set(words);
        if acronym.is_some() && kind != Kind::Person && evidence < Evidence::Sure {
            kind = Kind::Organization;
            evidence = Evidence::Likely;
            kind_rule = "defines an acronym";
        }
        if acronym.is_some() && kind == Kind::Person && !has_role {
            kind = Kind::Organization;
            evidence = Evidence::Likely;
            kind_rule = "defines an acronym";
        }
        // ("in Paris", and "the seaside suburb of Redcliffs": said of a place.)
        let locative = first > 0 && self.token_in(first - 1, lexicon::LOCATIVE_PREPOSITIONS)
            || self.after_place_noun_of(first);
        let mut roles = roles;
        if kind == Kind::Person {
            roles.extend(self.apposition_role(last_token));
            if roles.is_empty() {
                roles.extend(self.role_before_apposition(first, last_token));
            }
        }
        out.push(NameMention {
            span: span.into(),
            kind,
            evidence,
            roles: roles.into(),
            known_as: known_as.into(),
            locative,
            title_only: false,
            kind_rule,
        });
        if matches!(kind, Kind::Organization | Kind::Place | Kind::Event)
            && name_positions.len() > 1
        {
            self.emit_nested(name_positions, kind, out);
        }
        // "Hayʼat Tahrir al-Sham (HTS)": the acronym is a mention of the same thing.
        if let Some(acronym) = acronym {
            out.push(NameMention {
                known_as: KnownAs::Text(span.into()),
                ..NameMention::plain(acronym, (kind, evidence, None, "acronym of a name"))
            });
        }
    }

    /// "a Warhol-like wig", "Saudi-led forces": the name is the part before the hyphen, in
    /// its span and its last word.
    fn cut_compound_tail(&self, span: &mut Span, words: &mut [&str]) {
        // (Most names have no hyphen: a plain scan says so before a search from the end.)
        if let Some(last) = words.last_mut()
            && last.as_bytes().contains(&b'-')
            && let Some((head, tail)) = last.rsplit_once('-')
            && lexicon::contains_folded(lexicon::COMPOUND_TAILS, tail)
            && is_capitalised(head)
        {
            let last_start = last.as_ptr() as usize - self.text.as_ptr() as usize;
            if span.end == last_start + last.len() {
                span.end = last_start + head.len();
                *last = head;
            }
        }
    }

    /// "… by Vardhan Electromobility Pvt Ltd. A spokesperson said": a legal form's full stop
    /// that ends the sentence is the sentence's, not the name's.
    fn cut_sentence_stop(&self, span: &mut Span, words: &mut [&str], last_token: usize) {
        let Some(last) = words.last_mut() else {
            return;
        };
        let Some(bare) = last.strip_suffix('.') else {
            return;
        };
        let last_start = last.as_ptr() as usize - self.text.as_ptr() as usize;
        let ends_sentence = self
            .tokens
            .get(last_token + 1)
            .is_none_or(|next| next.sentence() != self.tokens[last_token].sentence());
        if span.end == last_start + last.len()
            && ends_sentence
            && lexicon::contains_folded(lexicon::LEGAL_FORMS, bare)
        {
            span.end -= 1;
            *last = bare;
        }
    }

    /// "Hayʼat Tahrir al-Sham (HTS)" defines an acronym; "KYIV, Ukraine (AP) —" credits an
    /// agency: an acronym starts with its name's first letter.
    fn acronym_of_name(&self, last_token: usize, words: &[&str]) -> Option<Span> {
        if let Some(short) = self.short_form_in_title_case(last_token, words) {
            return Some(short);
        }
        self.defined_acronym(last_token).filter(|acronym| {
            let initial = |s: &str| {
                s.chars()
                    .find(|c| c.is_alphabetic())
                    .map(|c| c.to_lowercase().next())
            };
            let name_initial = words.first().and_then(|w| initial(w));
            name_initial.is_some() && initial(acronym.slice(self.text)) == name_initial
        })
    }

    /// Places, organisations and demonyms inside a role ("Syrian", "US", "NASA").
    /// A run of modifiers the gazetteer knows as one place or demonym ("South Korean", "New
    /// Zealand") is one name.
    /// `words` are the chunk's.
    fn emit_modifiers(
        &self,
        chunk: &[usize],
        words: &[&str],
        split: &Split,
        out: &mut Vec<NameMention>,
    ) {
        let modifiers = &split.modifiers;
        let mut at = 0;
        while at < modifiers.len() {
            let m = modifiers[at];
            let owner = (m == 0 && split.owner_words > 0).then_some(split.owner_words);
            let run = owner.or_else(|| {
                (2..=3usize).rev().find(|&length| {
                    modifiers
                        .get(at..at + length)
                        .is_some_and(|run| run.windows(2).all(|pair| pair[1] == pair[0] + 1))
                        && self.is_place_phrase(
                            self.span_of(chunk, m, m + length).slice(self.text),
                            &words[m..m + length],
                        )
                })
            });
            let length = run.unwrap_or(1);
            let span = self.span_of(chunk, m, m + length);
            // A modifier opening the chunk has the words before it as neighbours: "for" after
            // "MP" makes the seat a place.
            let position = (m == 0).then(|| (chunk[m], chunk[m + length - 1]));
            let mut classified = if length == 1 {
                self.classify_words(&[span.slice(self.text)], false, position)
            } else {
                self.classify_words(&words[m..m + length], false, position)
            };
            // "Wagga Wagga Mayor", "Vantrelli Chief Executive": an unknown name owning the
            // office after it is a place when the office is a place's, else a body; no
            // person's name comes before someone else's office.
            if owner.is_some() && classified.1 < Evidence::Likely {
                let office = words.get(length).copied().unwrap_or("");
                classified = if is_place_office(office) {
                    (
                        Kind::Place,
                        Evidence::Likely,
                        None,
                        "owner of a place's office",
                    )
                } else if classified.0 == Kind::Person {
                    (
                        Kind::Organization,
                        Evidence::Guess,
                        None,
                        "owner of an office",
                    )
                } else {
                    classified
                };
            }
            out.push(NameMention::plain(span, classified));
            at += length;
        }
    }

    /// The organisation or place a role is named after ("State Department" in "State
    /// Department Spokesperson"), when its words say clearly what it is.
    fn emit_owner(&self, chunk: &[usize], from: usize, to: usize, out: &mut Vec<NameMention>) {
        let span = self.span_of(chunk, from, to);
        let words: Vec<&str> = chunk[from..to].iter().map(|&i| self.word(i)).collect();
        // After "of" the owner stands on its own ("Officer of Caldermoor", "Mayor of
        // Ghajnsielem"): its neighbours may say what it is, and a name it is.
        let after_of = from > 0 && matches!(self.word(chunk[from - 1]), "of" | "for");
        let position = after_of.then(|| (chunk[from], chunk[to - 1]));
        let mut classified = self.classify_words(&words, false, position);
        // ("Chief Executive Officer of Halvorsen": an office's owner after "of" is no person,
        // whatever surname shares its name.)
        if after_of && classified.0 == Kind::Person {
            classified = (
                Kind::Organization,
                Evidence::Likely,
                None,
                "owner of an office",
            );
        }
        let clear = (after_of || classified.1 >= Evidence::Likely)
            && matches!(classified.0, Kind::Organization | Kind::Place | Kind::Group);
        // Words opening the chunk before an office are a body whatever their shape says
        // ("Police Scotland Chief Constable …").
        let classified = match (clear, from) {
            (true, _) => classified,
            (false, 0) => (
                Kind::Organization,
                Evidence::Likely,
                None,
                "owner of an office",
            ),
            (false, _) => return,
        };
        let kind = classified.0;
        out.push(NameMention::plain(span, classified));
        if words.len() > 1 && kind != Kind::Group {
            self.emit_nested(&chunk[from..to], kind, out);
        }
    }

    /// "TUPELO, Miss. (AP) —", "BATON ROUGE, La. —": the state a dateline's city in capitals is
    /// in, after a comma, before the agency's bracket or the dash (a state's abbreviation may
    /// be a title elsewhere: "Miss.").
    pub(super) fn is_dateline_state(&self, index: usize) -> bool {
        let Some(city) = index.checked_sub(2) else {
            return false;
        };
        let mut after = index + 1;
        if self.word_at(after) == Some(".") {
            after += 1;
        }
        if self.word_at(index - 1) != Some(",") {
            return false;
        }
        let dateline = is_acronym(self.word(city))
            && self.opens_line(city)
            && matches!(self.word_at(after), Some("(" | "—" | "–" | "-"));
        // "in Albuquerque, N.M., on Tuesday": a town the gazetteer knows, then a state's
        // abbreviation with its full stop, closed by punctuation.
        // ("Baton Rouge, La., with her son": the town may be several words; "in Henderson,
        // La." may end the sentence.)
        let known_town = || {
            (0..3.min(city + 1)).any(|back| {
                let from = self.tokens[city - back].span().start;
                let to = self.tokens[city].span().end;
                self.tokens[city - back].sentence() == self.tokens[city].sentence()
                    && self
                        .text
                        .get(from..to)
                        .is_some_and(|town| self.gazetteer.place(town).is_some())
            })
        };
        let closed = || match self.tokens.get(after) {
            None => true,
            Some(next) => {
                next.sentence() != self.tokens[index].sentence()
                    || matches!(
                        next.text(self.text),
                        "," | "." | ";" | ")" | "(" | "—" | "–"
                    )
            }
        };
        let town_and_state = || {
            let word = self.word(index);
            let written_with_stop = word.ends_with('.') || self.word_at(index + 1) == Some(".");
            written_with_stop && lexicon::ap_state(word).is_some() && known_town() && closed()
        };
        dateline || town_and_state()
    }

    /// "the Government", "the Company": a body's common noun after "the" or before a word in
    /// lower case, capitalised as a defined term, names no one in particular.
    fn is_generic_body(&self, chunk: &[usize], words: &[&str]) -> bool {
        let ([only], [word]) = (chunk, words) else {
            return false;
        };
        let word = strip_possessive(word);
        // "Government to fund study", "claims from Opposition parties": such a word before
        // a word in lower case is the common noun too, capitalised by a headline or a style.
        let before_lower_case = self.tokens.get(*only + 1).is_some_and(|next| {
            next.kind() == TokenKind::Word
                && next.sentence() == self.tokens[*only].sentence()
                && self.word(*only + 1).starts_with(|c: char| c.is_lowercase())
        });
        // ("the “Company”": a defined term in quotation marks.)
        let quoted = *only > 1 && matches!(self.word(*only - 1), "\"" | "“" | "'" | "‘");
        let after_determiner = (*only > 0 && self.token_in_folded(*only - 1, lexicon::DETERMINERS))
            || (quoted && self.token_in_folded(*only - 2, lexicon::DETERMINERS));
        // "the Act", "the Bill": a law named by its kind alone.
        let generic = lexicon::contains_folded(lexicon::GENERIC_BODIES, word)
            || lexicon::contains_folded(lexicon::LAW_HEADS, word);
        (after_determiner || before_lower_case)
            && generic
            && !self.known_place_or_organization(word)
            // "the Council on American-Islamic Relations": a name goes on after it.
            && !matches!(self.word_at(*only + 1), Some("on" | "of" | "for"))
    }

    /// A lone word that cannot be a name by itself: a letter ("Protection B", the "M" of
    /// "A&M"), a Roman numeral ("part XVII"), or one of the commonest English words
    /// capitalised by a headline or a caption ("constituency In the …").
    fn is_non_name_word(&self, chunk: &[usize], words: &[&str]) -> bool {
        let ([_], [word]) = (chunk, words) else {
            return false;
        };
        let word = strip_possessive(word);
        // (One character: the second is asked for, not every one counted.)
        let mut chars = word.chars();
        let letter = chars.next().is_some() && chars.next().is_none();
        let numeral = is_roman_numeral(word);
        let commonest = !is_acronym(word)
            && self
                .gazetteer
                .folded_rank(word)
                .is_some_and(|rank| rank <= COMMONEST_RANK)
            && !self.known_place_or_organization(word);
        let address = lexicon::contains_folded(lexicon::ADDRESS_WORDS, word);
        // "Health minister Sarah Quinn": a portfolio before an office in lower case is part
        // of the office, no body's name.
        // ("Transport minister", "Library director": a word the text also writes in lower
        // case is a portfolio there too.)
        // ("A Labour spokesperson", "a Labour minister": a party the gazetteer knows is the
        // office's party, unless the text writes the word in lower case too.)
        let portfolio = || {
            (is_title(word)
                && self.is_common(word)
                && !self.gazetteer.entry(word).is_organization()
                || self.seen_lower.contains_folded(word))
                && self.word_at(chunk[0] + 1).is_some_and(|next| {
                    next.starts_with(char::is_lowercase)
                        && lexicon::contains_folded(lexicon::PORTFOLIO_HEADS, next)
                })
        };
        // "Article 7", "Section 12", "No. 2": a provision or a number's word before its number.
        let provision = || {
            lexicon::contains_folded(lexicon::PROVISION_WORDS, word)
                && self
                    .tokens
                    .get(chunk[0] + 1)
                    .is_some_and(|next| next.kind() == TokenKind::Number)
        };
        // "Sawtooth Thermal Systems, Inc.", "Acme Widgets, LLC": a legal form after a comma
        // is the name's before it, no name of its own.
        // "Acme, Inc.", "SK hynix Inc.", "Karoo Sun Energy (Pty) Ltd": a legal form alone
        // belongs to the name before it (one in capitals may be an initialism too: "SA", "AG").
        let lone_legal_form = || {
            let after = |what: fn(&Self, usize) -> bool| chunk[0] > 0 && what(self, chunk[0] - 1);
            let after_name = !is_acronym(word)
                && !has_possessive(self.word(chunk[0]))
                && after(|d, k| d.is_word(k) || d.word(k) == ")");
            lexicon::contains_folded(lexicon::LEGAL_FORMS, word)
                && (after(|d, k| d.word(k) == ",") || after_name)
        };
        // "300 B.C.", "AD 79": an era beside its year.
        let era = || {
            lexicon::contains(lexicon::ERAS, word)
                && [chunk[0].checked_sub(1), Some(chunk[0] + 1)]
                    .into_iter()
                    .flatten()
                    .any(|k| {
                        self.tokens
                            .get(k)
                            .is_some_and(|t| t.kind() == TokenKind::Number)
                    })
        };
        letter
            || numeral
            || commonest
            || era()
            || address
            || portfolio()
            || provision()
            || lone_legal_form()
    }

    /// Plain capitalised words naming a newsroom job rather than anyone: before a job noun
    /// ("Political correspondent", "Additional reporting") or ending in one ("Senior Sports
    /// Writer"). A place or a body before the job is named ("Gisborne reporter").
    fn is_newsroom_job(&self, chunk: &[usize], words: &[&str]) -> bool {
        let (Some(&last), Some(&last_word)) = (chunk.last(), words.last()) else {
            return false;
        };
        let job = |w: &str| lexicon::contains_folded(lexicon::JOB_NOUNS, w);
        let plain = |word: &&str| {
            !is_acronym(word) && self.is_common(word) && !self.known_place_or_organization(word)
        };
        let before_job = self
            .word_at(last + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && job(w));
        let ends_in_job = job(last_word);
        let whole = Span::new(
            self.tokens[chunk[0]].span().start,
            self.tokens[last].span().end,
        );
        (before_job || ends_in_job)
            && words.iter().all(plain)
            && !self.known_place_or_organization(whole.slice(self.text))
            && !lexicon::contains_folded(lexicon::ORGANIZATION_CUES, last_word)
    }

    /// Names inside a longer name: "Texas" in "University of Texas", "US" in "US State
    /// Department", "Google" in "Google Science Fair". Only what the gazetteer knows as a
    /// place or organisation, longest first, never the whole name again.
    fn emit_nested(&self, positions: &[usize], outer: Kind, out: &mut Vec<NameMention>) {
        let n = positions.len();
        let mut covered = vec![false; n];
        // The words, read from the text once: every span asks about its first and last.
        let mut words = self.name_words.take();
        words.clear();
        words.extend(positions.iter().map(|&i| self.word(i)));
        for length in (1..n).rev() {
            for from in 0..=n - length {
                if covered[from..from + length].iter().any(|&c| c) {
                    continue;
                }
                let first = positions[from];
                let last = positions[from + length - 1];
                let last_word = words[from + length - 1];
                if !is_capitalised(words[from]) || !is_capitalised(last_word) {
                    continue;
                }
                let span = Span::new(
                    self.tokens[first].span().start,
                    self.tokens[last].span().start + strip_possessive(last_word).len(),
                );
                let name = span.slice(self.text);
                let g = self.gazetteer;
                let known = g.entry(name);
                let found = if let Some(place) = g.place_of(&known) {
                    // A small town's name inside a longer name is more often a person's
                    // ("Kennedy Space Center") than the town.
                    let minor_city =
                        place.class == PlaceClass::City && place.population < 1_000_000;
                    (!minor_city).then_some((Kind::Place, place.name))
                } else {
                    g.organization_of(&known)
                        .map(|o| (Kind::Organization, o.name))
                };
                let Some((kind, canonical)) = found else {
                    continue;
                };
                // The head of an organisation's name is the organisation itself, and so is
                // the name before its legal form ("Apple" in "Apple Inc").
                let legal_form_after = from == 0
                    && from + length + 1 == n
                    && lexicon::contains_folded(lexicon::LEGAL_FORMS, words[n - 1]);
                // ("Ilorin" in "Ilorin South Constituency": an electoral or governed area's
                // name holds no second place, nor does a river's, a valley's or a town
                // hall's named for one, "Ohio River"; "Hong Kong" in "Hong Kong Island" is.)
                let place_in_area = kind == Kind::Place
                    && outer == Kind::Place
                    && (lexicon::contains_folded(lexicon::AREA_WORDS, words[n - 1])
                        || lexicon::contains_folded(
                            lexicon::NAMED_FOR_A_PLACE_HEADS,
                            words[n - 1],
                        ));
                if kind == outer && (from + length == n || legal_form_after || place_in_area) {
                    continue;
                }
                covered[from..from + length]
                    .iter_mut()
                    .for_each(|c| *c = true);
                out.push(NameMention::plain(
                    span,
                    (kind, Evidence::Likely, Some(canonical), NESTED_RULE),
                ));
            }
        }
        self.name_words.set(words);
    }

    /// "NAME (ACRONYM)": the acronym's span.
    /// "Telecom Regulatory Authority of India (Trai)", "North Atlantic Treaty Organization
    /// (Nato)": a short form written as a word (as Indian and British copy write them) in
    /// brackets after the name, spelt by the initials of the name's words but its small
    /// ones ("of", "and", "the"). Only the full spelling counts: a capitalised word in
    /// brackets is more often something else ("(Tuesday)", "(Labor)").
    fn short_form_in_title_case(&self, last: usize, words: &[&str]) -> Option<Span> {
        const SMALL_WORDS: &[&str] = &["of", "and", "for", "the", "&", "on", "in", "to"];
        let token = self.tokens.get(last + 2)?;
        let short = self.word(last + 2);
        let title_case = short.len() >= 3
            && short.starts_with(|c: char| c.is_ascii_uppercase())
            && short[1..].bytes().all(|b| b.is_ascii_lowercase());
        if !(title_case && self.text_is(last + 1, "(") && self.text_is(last + 3, ")")) {
            return None;
        }
        let mut initials = words
            .iter()
            .filter(|w| {
                !SMALL_WORDS
                    .iter()
                    .any(|small| w.eq_ignore_ascii_case(small))
            })
            .map(|w| w.chars().next().map(|c| c.to_ascii_lowercase()));
        let spelt = short
            .chars()
            .all(|letter| initials.next().flatten() == Some(letter.to_ascii_lowercase()));
        (spelt && initials.next().is_none()).then_some(token.span())
    }

    /// Whether the word at `index` stands alone in brackets right after a name of two words
    /// or more: a capitalised word with another word of its sentence before it ("Forum for
    /// the Environment (Walhi)").
    fn short_form_alone_in_brackets(&self, index: usize) -> bool {
        let capitalised_word = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.kind() == TokenKind::Word
                    && t.sentence() == self.tokens[index].sentence()
                    && is_capitalised(self.word(k))
            })
        };
        index >= 3
            && self.text_is(index - 1, "(")
            && self.text_is(index + 1, ")")
            && self.tokens[index - 1].space_before()
            && capitalised_word(index - 2)
            && self.tokens[index - 3].kind() == TokenKind::Word
            && self.tokens[index - 3].sentence() == self.tokens[index].sentence()
    }

    fn defined_acronym(&self, last: usize) -> Option<Span> {
        let word = self.tokens.get(last + 2)?;
        (self.text_is(last + 1, "(")
            && self.text_is(last + 3, ")")
            && is_acronym(self.word(last + 2)))
        .then_some(word.span())
    }

    /// "Jeff Rathke, the State Department Spokesperson," → the role after the comma.
    fn apposition_role(&self, last: usize) -> Option<Span> {
        let comma = self.tokens.get(last + 1)?;
        if !self.text_is(last + 1, ",") {
            return None;
        }
        let sentence = comma.sentence();
        let mut k = last + 2;
        if self
            .word_at(k)
            .is_some_and(|word| lexicon::contains_folded(lexicon::DETERMINERS, word))
        {
            k += 1;
        }
        let start = k;
        let opens_role = self.word_at(last + 2).is_some_and(|word| {
            lexicon::contains_folded(lexicon::DETERMINERS, word) || is_title(word)
        });
        if !opens_role {
            return None;
        }
        let mut head_end = None;
        while let Some(token) = self.tokens.get(k) {
            if token.sentence() != sentence || token.kind() == TokenKind::Punct || k - start > 8 {
                break;
            }
            let word = self.word(k);
            if lexicon::SPEECH_VERBS.contains(&word) {
                break;
            }
            if is_title_head(word) {
                head_end = Some(k + 1);
            }
            k += 1;
        }
        let end = head_end?;
        let closes = self
            .word_at(end)
            .is_none_or(|word| matches!(word, "," | "." | ";" | ")"));
        if !closes && end != k {
            return None;
        }
        let first = self.tokens.get(start)?;
        let last = self.tokens.get(end - 1)?;
        Some(Span::new(first.span().start, last.span().end))
    }

    /// "The minister, Priya Raman, met …", "Her deputy, Joe Bloggs, was not": a description
    /// ending in a title's head, set before the name between commas, is the person's role.
    /// (The closing comma is asked for: "met the mayor, Tom Hale said" gives no role.)
    fn role_before_apposition(&self, first: usize, last: usize) -> Option<Span> {
        const DESCRIPTION_WORDS: usize = 5;
        let comma = first.checked_sub(1)?;
        let head = comma.checked_sub(1)?;
        let sentence = self.tokens[first].sentence();
        if !self.text_is(comma, ",")
            || !self.text_is(last + 1, ",")
            || self.tokens[head].sentence() != sentence
            || !is_title_head(self.word(head))
        {
            return None;
        }
        let determiner = (head.saturating_sub(DESCRIPTION_WORDS)..head)
            .rev()
            .take_while(|&k| {
                self.tokens[k].kind() == TokenKind::Word && self.tokens[k].sentence() == sentence
            })
            .find(|&k| self.token_in_folded(k, lexicon::DETERMINERS))?;
        let start = self.tokens.get(determiner + 1)?.span().start;
        Some(Span::new(start, self.tokens[head].span().end))
    }

    /// Decides the kind of a name from its words and, when given, its place in the text,
    /// with the rule that decided: a title, a rule of [`kinds::KIND_RULES`], the gazetteer,
    /// or the word-shape rules of [`Document::classify_by_shape`].
    fn classify_words(
        &self,
        words: &[&str],
        has_role: bool,
        position: Option<(usize, usize)>,
    ) -> Classified {
        if has_role {
            return (Kind::Person, Evidence::Sure, None, "title");
        }
        // "Abena Serwaa II", "Ijebu North II": a regnal or a seat's number says nothing of
        // the kind; the words before it do.
        if let [before @ .., last] = words
            && !before.is_empty()
            && is_regnal_number(strip_possessive(last))
        {
            // ("Henry VIII", "Mohammed VI": one given name and a number is a monarch.)
            if let [given] = before
                && self.gazetteer.given_name(strip_possessive(given))
            {
                return (Kind::Person, Evidence::Likely, None, "regnal name");
            }
            let position = position.map(|(first, last)| (first, last.saturating_sub(1).max(first)));
            return self.classify_words(before, has_role, position);
        }
        let full = self.joined(words);
        let full = full.as_ref();
        if let Some((kind, evidence, rule)) = kinds::decide(self, words, full, position) {
            return (kind, evidence, None, rule);
        }
        let ((kind, evidence, known_as), rule) = self.classify_by_shape(words, full, position);
        (kind, evidence, known_as, rule)
    }

    /// The gazetteer's and the word-shape rules' kind for a name no earlier rule decided,
    /// and the rule that decided it ([`shape::SHAPE_RULES`]).
    fn classify_by_shape(
        &self,
        words: &[&str],
        full: &str,
        position: Option<(usize, usize)>,
    ) -> (shape::Shaped, &'static str) {
        let shape = shape::Shape::new(self, words, full, position);
        shape::decide(self, &shape)
    }
}

/// A capitalised word opening a sentence, as the rules deciding whether it opens a name read
/// it.
#[derive(Clone, Copy)]
struct Opener<'a> {
    index: usize,
    stem: &'a str,
    /// The next token's text ("" at the end of the text).
    next_word: &'a str,
    /// Whether the next token is a capitalised word of the same sentence.
    next_capitalised: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_read_by_bytes_as_by_characters() {
        for word in [
            "",
            "A",
            "I",
            "HTS",
            "U.N.",
            "KCNA",
            "R&D",
            "Q&A",
            "Hts",
            "hTS",
            "U.S.-led",
            "NATO's",
            "ÉU",
            "ÜBER",
            "ΣΊΣΥΦΟΣ",
            "Ærø",
            "HTSé",
            "A.",
            ".&",
            "MPs",
            "X1",
        ] {
            assert_eq!(is_acronym(word), is_acronym_by_chars(word), "{word}");
        }
        assert!(is_acronym("KCNA") && is_acronym("U.N.") && is_acronym("ÜBER"));
        assert!(!is_acronym("Kcna") && !is_acronym("A") && !is_acronym("ÉCOLE2"));
    }

    #[test]
    fn name_words_keep_each_answer_and_skip_known_noes() {
        // 70 tokens: three integers of bits, the last one partly filled.
        let undecided = [3, 31, 32, 64, 69];
        let mut words = NameWords::default();
        for index in 0..70 {
            words.push(index, !undecided.contains(&index));
        }
        let words = words.finish();
        for index in 0..72 {
            let expected = (!undecided.contains(&index)).then_some(false);
            assert_eq!(words.get(index), expected, "{index}");
        }
        let mut found = Vec::new();
        let mut index = 0;
        while index < 70 {
            index = words.next_not_known_no(index);
            if index < 70 {
                found.push(index);
                index += 1;
            }
        }
        assert_eq!(found, undecided);
        words.set(31, true);
        words.set(32, false);
        assert_eq!(words.get(31), Some(true));
        assert_eq!(words.get(32), Some(false));
        assert_eq!((words.get(30), words.get(33)), (Some(false), Some(false)));
        assert_eq!(words.next_not_known_no(4), 31);
        assert_eq!(words.next_not_known_no(32), 64);
        assert!(words.next_not_known_no(70) >= 70);
    }

    #[test]
    fn place_plurals_end_as_names_places_before_reads_them() {
        assert!(
            lexicon::PLACE_PLURALS
                .iter()
                .all(|noun| noun.ends_with('s'))
        );
        assert!(names_places_before("the villages such as ", 21));
        assert!(!names_places_before("the village ", 12));
    }

    #[test]
    fn particle_names_are_found_where_their_hyphen_stands() {
        // `is_particle_name` looks for the hyphen only where a particle can end.
        assert!(
            lexicon::HYPHEN_PARTICLES
                .iter()
                .all(|p| (2..=3).contains(&p.len()))
        );
        for (word, particle_name) in [
            ("al-Assad", true),
            ("ash-Shaibani", true),
            ("el‐Sisi", true),
            ("al-assad", false),
            ("also-ran", false),
            ("anti-Assad", false),
            ("a-Z", false),
            ("al", false),
            ("al’s-Sham", false),
        ] {
            assert_eq!(is_particle_name(word), particle_name, "{word}");
        }
    }
}
