//! Mentions → entities: names that name the same thing are grouped.
//!
//! Names are compared folded: case, apostrophes (’ ʼ '), hyphens and the particles "al-"/"el-"
//! ignored, so "Sharaa" meets "al-Shara’a". A one-word name joins the person whose surname or
//! given name it is; an acronym joins the name it abbreviates (defined in parentheses, or by
//! initials); a gazetteer alias joins its canonical name ("US" and "United States"). The
//! canonical name of an entity is the fullest form the text uses.

use std::borrow::Cow;
use std::ops::Range;

use super::hash::{FastMap as HashMap, FastSet as HashSet, ascii_bytes_in};
use super::lexicon;
use super::names::{
    CLIPPED_CLUB, CLUB_IN_A_RESULT, DEFINED_SHORT_NAME, Evidence, NameMention, is_acronym,
};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::model::{Entity, Grounds, GroupRule, GroupRules, Kind, Span};

/// The kind rule recorded for a name that takes the kind of the longer name it joins
/// ("Paris", Valeska Paris's surname, is no place).
const KIND_OF_THE_NAME_JOINED: &str = "kind of the name it joins";

/// The kind rule of an acronym the text defines in brackets after its name
/// (`names::find`'s; "Hayʼat Tahrir al-Sham (HTS)").
const ACRONYM_OF_A_NAME: &str = "acronym of a name";

/// The kind rule of a one-word name called a place for the preposition before it alone
/// (`names::shape`'s; "confidence in Dev").
const AFTER_A_LOCATIVE: &str = "after a locative";

/// Folds a name for comparison: lower case, apostrophes dropped, hyphens as spaces, leading
/// particles dropped from each word ("al-Shara’a" → "sharaa").
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        fold_ascii(name)
    } else {
        fold_general(name)
    }
}

/// [`fold`] for any name.
fn fold_general(name: &str) -> String {
    // "Zoë" written with a combining diaeresis is the same name as with the precomposed
    // letter: compared in NFC, the text itself left as written.
    let composed;
    let name = if is_nfc_quick(name.chars()) == IsNormalized::Yes {
        name
    } else {
        composed = name.nfc().collect::<String>();
        composed.as_str()
    };
    // One buffer, words joined by single spaces as they are folded: this runs for every
    // name, often twice, and allocating per word was a visible share of grouping.
    let mut out = String::with_capacity(name.len());
    let mut words = 0;
    let mut particles = 0;
    for word in name.split([' ', '-', '‐', '\u{a0}']) {
        // "New People's Party" and "New People Party" are one name.
        let word = super::names::strip_possessive(word);
        let separator = out.len();
        if words > 0 {
            out.push(' ');
        }
        let start = out.len();
        for c in word.chars() {
            if matches!(c, '’' | 'ʼ' | '\'' | '‘' | '`' | '.') || is_invisible(c) {
                continue;
            }
            // "İzmir" lowers to "i" and a combining dot: the dot goes, so it meets "Izmir".
            if c == '\u{307}' && out.ends_with('i') {
                continue;
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                // "İZMİR" lowers to "i" and a combining dot too: it goes as well.
                for lower in c.to_lowercase() {
                    if lower != '\u{307}' || !out.ends_with('i') {
                        out.push(lower);
                    }
                }
            }
        }
        if out.len() == start {
            out.truncate(separator);
            continue;
        }
        words += 1;
        if lexicon::HYPHEN_PARTICLES.contains(&&out[start..]) {
            particles += 1;
        }
    }
    // Particles matter only between other words: "al Sham" keeps "sham".
    if words > 1 && particles > 0 {
        let kept: Vec<&str> = out
            .split(' ')
            .filter(|word| !lexicon::HYPHEN_PARTICLES.contains(word))
            .collect();
        return kept.join(" ");
    }
    out
}

/// Characters that change nothing a reader sees in a name: soft hyphen, zero-width joiners
/// and spaces, bidirectional marks and isolates, the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// [`fold`] for an ASCII name.
fn fold_ascii(name: &str) -> String {
    let mut out = Vec::with_capacity(name.len() + 1);
    fold_ascii_onto(name.as_bytes(), &mut out);
    // ASCII in, ASCII out.
    String::from_utf8(out).unwrap_or_default()
}

/// Appends an ASCII name folded to `out`, in one pass over its bytes when it is not plain:
/// nearly every name, folded for every mention and looked up many times.
fn fold_ascii_onto(name: &[u8], out: &mut Vec<u8>) {
    if fold_plain_ascii_onto(name, out) {
        return;
    }
    let base = out.len();
    // Room for the name and one separator, written by index and cut to what was written:
    // the folded name is never longer, each separator standing for a space or hyphen.
    out.resize(base + name.len() + 1, 0);
    let mut end = base;
    let mut words = 0;
    let mut particles = 0;
    // The word being folded: where it starts in `name`, and where its separator and its
    // own letters start in `out`.
    let mut word_from = 0;
    let mut separator = base;
    let mut letters = base;
    for at in 0..=name.len() {
        let byte = name.get(at).copied().unwrap_or(b' ');
        if byte != b' ' && byte != b'-' {
            if !matches!(byte, b'\'' | b'`' | b'.') {
                out[end] = byte.to_ascii_lowercase();
                end += 1;
            }
            continue;
        }
        // "Sharaa's": the possessive's apostrophe was dropped, its "s" goes too.
        if let [stem @ .., b'\'', b's' | b'S'] = &name[word_from..at]
            && !stem.is_empty()
        {
            end -= 1;
        }
        if end > letters {
            words += 1;
            if is_hyphen_particle(&out[letters..end]) {
                particles += 1;
            }
        } else {
            end = separator;
        }
        word_from = at + 1;
        separator = end;
        if words > 0 {
            out[end] = b' ';
            end += 1;
        }
        letters = end;
    }
    // The separator made ready for a word that never came.
    out.truncate(separator);
    if words > 1 && particles > 0 {
        let folded = out.split_off(base);
        let kept = folded
            .split(|&b| b == b' ')
            .filter(|word| !is_hyphen_particle(word));
        for (index, word) in kept.enumerate() {
            if index > 0 {
                out.push(b' ');
            }
            out.extend_from_slice(word);
        }
    }
}

/// [`fold_ascii_onto`] for a plain name, whose folded form is the name lowered: no hyphen,
/// apostrophe, backquote or full stop, no space at either end or twice, and no particle among
/// several words. Eight bytes at a time; says whether the name was plain (nearly every one
/// is), having appended nothing when it was not.
fn fold_plain_ascii_onto(name: &[u8], out: &mut Vec<u8>) -> bool {
    if name.first() == Some(&b' ') || name.last() == Some(&b' ') {
        return false;
    }
    let start = out.len();
    out.reserve(name.len() + 8);
    let (chunks, rest) = name.as_chunks::<8>();
    // The last few bytes padded with letters, which are neither checked nor kept.
    let padding = u64::from_le_bytes([b'x'; 8]);
    let last = (!rest.is_empty())
        .then(|| (rest.iter().rev()).fold(padding, |packed, &b| packed << 8 | u64::from(b)));
    // Where the word being read starts in the folded name.
    let mut word_start = 0;
    // Whether the previous chunk ended with a space, marked where this chunk's first byte has
    // its mark.
    let mut space_before = 0;
    let chunks = chunks.iter().map(|c| u64::from_le_bytes(*c)).chain(last);
    for (offset, chunk) in (0..).step_by(8).zip(chunks) {
        let space = ascii_bytes_in(chunk, b' ', b' ');
        // Apostrophes, hyphens, full stops and backquotes (and the rare bracket, comma or
        // sign between them in byte order) are for the general fold, as are double spaces.
        let general = ascii_bytes_in(chunk, b'\'', b'.') | ascii_bytes_in(chunk, b'`', b'`');
        if general != 0 || space & ((space << 8) | space_before) != 0 {
            out.truncate(start);
            return false;
        }
        space_before = space >> 56;
        let lowered = chunk | (ascii_bytes_in(chunk, b'A', b'Z') >> 2);
        out.extend_from_slice(&lowered.to_le_bytes());
        // Each word a space ends, now folded, checked for a particle: the spaces are read from
        // their marks rather than by scanning the name again.
        let mut marks = space;
        while marks != 0 {
            let at = offset + marks.trailing_zeros() as usize / 8;
            if is_hyphen_particle(&out[start + word_start..start + at]) {
                out.truncate(start);
                return false;
            }
            word_start = at + 1;
            marks &= marks - 1;
        }
    }
    out.truncate(start + name.len());
    // The last word, when it is not the only one.
    if word_start > 0 && is_hyphen_particle(&out[start + word_start..]) {
        out.truncate(start);
        return false;
    }
    true
}

/// Appends `name` folded to `out` and says where it stands.
fn fold_onto(out: &mut Vec<u8>, name: &str) -> Range<usize> {
    let start = out.len();
    if name.is_ascii() {
        fold_ascii_onto(name.as_bytes(), out);
    } else {
        out.extend_from_slice(fold_general(name).as_bytes());
    }
    start..out.len()
}

/// A name folded for a lookup: into `buffer` when ASCII, so nothing is allocated.
fn fold_for_lookup<'b>(name: &str, buffer: &'b mut Vec<u8>) -> Cow<'b, [u8]> {
    if name.is_ascii() {
        buffer.clear();
        fold_ascii_onto(name.as_bytes(), buffer);
        Cow::Borrowed(buffer.as_slice())
    } else {
        Cow::Owned(fold_general(name).into_bytes())
    }
}

fn is_hyphen_particle(word: &[u8]) -> bool {
    // Nearly every word starts with a letter no particle starts with: asked here, inlined,
    // before the call that looks the word up.
    let particles = lexicon::HYPHEN_PARTICLES;
    word.first()
        .is_some_and(|&first| particles.has_word_starting_with(first))
        && particles.contains_bytes(word)
}

fn acronym_letters(word: &str) -> String {
    word.chars().filter(|c| c.is_alphabetic()).collect()
}

/// Kinds in the order that breaks a tie between equally voted kinds (earlier wins).
const KIND_ORDER: [Kind; 7] = [
    Kind::Person,
    Kind::Organization,
    Kind::Place,
    Kind::Group,
    Kind::Event,
    Kind::Date,
    Kind::Other,
];

fn kind_slot(kind: Kind) -> usize {
    KIND_ORDER.iter().position(|&k| k == kind).unwrap_or(0)
}

/// An entity while it is being built. Its keys borrow from the folded names [`group`] makes
/// once per mention (titles, joined after every name, give none). Which mentions it holds is kept once for all
/// groups, in [`group`]'s `group_of`: a list per group was an allocation per entity.
struct Group<'k> {
    /// Folded forms of every name it has been given: the first, then any others. Nearly
    /// every group has one, which needs no list.
    first_key: &'k str,
    other_keys: Vec<&'k str>,
    mentions: usize,
    /// Votes and strongest evidence per kind, indexed like [`KIND_ORDER`], and the rule of
    /// the first mention that gave that evidence.
    votes: [u32; 7],
    best: [Option<Evidence>; 7],
    best_rule: [&'static str; 7],
    /// The rules that joined mentions to it.
    rules: GroupRules,
    /// Some mention of it is followed by a legal form ("Caldermoor Payments plc", the
    /// mention "Caldermoor Payments"): it is a company, whatever its words.
    written_with_legal_form: bool,
    /// The kind the votes decide, kept up to date by [`Group::add`]: every new name asks
    /// every group for its kind, so deciding it afresh each time was most of the grouping.
    kind: Kind,
    /// Where its first mention in the text starts.
    first_start: usize,
    /// The sexes its mentions' titles give ([`TitledSex`] bits): "Mr" and "Ms" are two people.
    titled: u8,
}

/// What a name itself says of whom it may join, read once per name: the generation the word
/// before it picks ("the elder Pavey") and the sex its titles give it ("Mr", "Ms").
#[derive(Clone, Copy)]
struct Marks {
    generation: Option<bool>,
    sex: u8,
}

/// Bits of the sex a name's titles give it ([`titled_sex`]).
struct TitledSex;

impl TitledSex {
    const MALE: u8 = 1;
    const FEMALE: u8 = 2;

    /// Whether names titled `a` and `b` may be one person.
    fn agree(a: u8, b: u8) -> bool {
        !((a == Self::MALE && b & Self::FEMALE != 0) || (a == Self::FEMALE && b & Self::MALE != 0))
    }
}

/// The sex a mention's titles give it ("Mr.", "Ms", "Dame"), as [`TitledSex`] bits.
fn titled_sex(text: &str, mention: &NameMention) -> u8 {
    let mut sex = 0;
    for role in mention.roles.iter() {
        for word in role.slice(text).split(' ') {
            sex |= match lexicon::sex_of_title(word) {
                Some(lexicon::TitleSex::Male) => TitledSex::MALE,
                Some(lexicon::TitleSex::Female) => TitledSex::FEMALE,
                None => 0,
            };
        }
    }
    sex
}

impl<'k> Group<'k> {
    fn new() -> Self {
        Group {
            first_key: "",
            other_keys: Vec::new(),
            mentions: 0,
            votes: [0; 7],
            best: [None; 7],
            best_rule: [""; 7],
            rules: GroupRules::default(),
            written_with_legal_form: false,
            kind: Kind::Other,
            first_start: usize::MAX,
            titled: 0,
        }
    }

    fn kind(&self) -> Kind {
        self.kind
    }

    /// Whether nothing more than a guess says what it is, and the guess is "other".
    fn kind_unknown(&self) -> bool {
        self.kind == Kind::Other && self.best.iter().flatten().all(|&e| e <= Evidence::Guess)
    }

    /// The rule of the first mention that gave the decided kind its strongest evidence.
    fn kind_rule(&self) -> &'static str {
        self.best_rule[kind_slot(self.kind)]
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.first_key).chain(self.other_keys.iter().copied())
    }

    fn decide_kind(&self) -> Kind {
        // A sure kind beats any number of guesses.
        let best_evidence = self
            .best
            .iter()
            .flatten()
            .max()
            .copied()
            .unwrap_or(Evidence::Guess);
        (0..KIND_ORDER.len())
            .filter(|&k| self.best[k] == Some(best_evidence))
            .max_by_key(|&k| (self.votes[k], std::cmp::Reverse(k)))
            .map_or(Kind::Other, |k| KIND_ORDER[k])
    }

    /// Adds a mention, voting for `kind` with its evidence; says whether its key (a title
    /// has none) is new to the group. Keys are never empty, so an empty first key means a
    /// group just made, or one only titles joined.
    fn add(
        &mut self,
        kind: Kind,
        evidence: Evidence,
        kind_rule: &'static str,
        key: Option<&'k str>,
    ) -> bool {
        self.mentions += 1;
        let new_key = match key {
            None => false,
            Some(key) if self.first_key.is_empty() => {
                self.first_key = key;
                true
            }
            Some(key) if self.first_key == key || self.other_keys.contains(&key) => false,
            Some(key) => {
                self.other_keys.push(key);
                true
            }
        };
        let weight = match evidence {
            Evidence::Fallback | Evidence::Guess => 1,
            Evidence::Likely => 2,
            Evidence::Sure => 4,
        };
        let slot = kind_slot(kind);
        self.votes[slot] += weight;
        if self.best[slot].is_none_or(|best| evidence > best) {
            self.best[slot] = Some(evidence);
            self.best_rule[slot] = kind_rule;
        }
        // A vote for the kind already decided keeps it: its evidence only rises, and among
        // kinds as sure its votes only grow. (A new group's kind, Other, is what a vote for
        // Other decides too.)
        if kind != self.kind {
            self.kind = self.decide_kind();
        }
        new_key
    }
}

/// Groups name mentions into entities, in order of first mention.
pub fn group(text: &str, mentions: &[NameMention]) -> Vec<Entity> {
    let folded = FoldedNames::new(text, mentions);
    let mut grouping = Grouping::new(text, mentions, &folded);
    let order = grouping_order(mentions, &folded);
    // A birth name waits for the names the person is known by ("born Cordelia Mabel Pritt"
    // for Dame Cordelia Voss), and a name in brackets for the name it follows ("Anglesey
    // (Ynys Môn)"), so that they join them rather than the other way round.
    let waits: Vec<(usize, Waits)> = (order.iter())
        .map(|&index| {
            let index = index as usize;
            let birth_name = is_birth_name(text, &mentions[index]);
            let bracketed = !birth_name && is_bracketed_other_name(text, mentions, index);
            let known_as = !birth_name && !bracketed && is_name_known_by(text, mentions, index);
            (
                index,
                Waits {
                    birth_name,
                    bracketed,
                    known_as,
                },
            )
        })
        .collect();
    // The same name written elsewhere ("Walhi said", "Sarge said") waits for the one in
    // brackets or after "known as" to join the name it follows, and then joins it there.
    // (Few texts have any.)
    let bracketed_keys: Vec<&str> = (waits.iter())
        .filter(|(_, waits)| waits.bracketed || waits.known_as)
        .map(|&(index, _)| folded.key(index))
        .collect();
    let mut later = Vec::new();
    let mut after_brackets = Vec::new();
    for (index, waits) in waits {
        if waits.birth_name || waits.bracketed || waits.known_as {
            later.push((index, waits));
        } else if !bracketed_keys.is_empty() && bracketed_keys.contains(&folded.key(index)) {
            after_brackets.push((index, waits));
        } else {
            grouping.join_name(index, waits);
        }
    }
    later.extend(after_brackets);
    for (index, waits) in later {
        // A birth name may be in brackets too: asked now, for the few names that wait.
        let bracketed = waits.bracketed || is_bracketed_other_name(text, mentions, index);
        grouping.join_name(index, Waits { bracketed, ..waits });
    }
    grouping.join_titles();
    let grouped = grouping.finish();
    // The folded names and the tables of keys go before the entities are built: on a text of
    // names every few bytes they were a fifth of the peak.
    drop(folded);
    grouped.into_entities(text, mentions)
}

/// Each name folded as written, and its key: the canonical name folded when the gazetteer
/// gives one. Folded once here, not again for sorting and grouping, all of them written into
/// one string, each a range of it. Titles are left out (they are joined after every name,
/// by their own words): a text of titles every few bytes held a name per title here.
struct FoldedNames {
    folded: String,
    /// Per mention, where its name folded as written stands, and where its key does (16 bytes
    /// a mention: ranges of `usize` and the strings they stood for were 72).
    ranges: Vec<FoldedRanges>,
}

/// Where a mention's name folded as written, and its key, stand in [`FoldedNames::folded`]
/// (start and end; a title's are empty).
#[derive(Clone, Copy)]
struct FoldedRanges {
    written: [u32; 2],
    key: [u32; 2],
}

/// An offset of the folded names as 32 bits: they are no longer than a text, whose tokens
/// are counted in 32 bits already. Past that (never) the range reads as empty.
fn offset_u32(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl FoldedNames {
    fn new(text: &str, mentions: &[NameMention]) -> Self {
        let mut folded = Vec::with_capacity(mentions.len() * 16);
        let ranges = mentions
            .iter()
            .map(|mention| {
                if mention.title_only {
                    return FoldedRanges {
                        written: [0; 2],
                        key: [0; 2],
                    };
                }
                let surface = mention.span().slice(text);
                let written = fold_onto(&mut folded, surface);
                // A canonical name written as the text writes it ("Thailand") is folded
                // already.
                let known = mention.known_as(text).map(|known| {
                    if known == surface {
                        written.clone()
                    } else {
                        fold_onto(&mut folded, known)
                    }
                });
                // "Co Antrim" is the county Antrim names: the abbreviation is no part of
                // its key.
                let county = (mention.kind == Kind::Place)
                    .then(|| folded.get(written.clone())?.strip_prefix(b"co "))
                    .flatten()
                    .map(|rest| written.end - rest.len()..written.end);
                let key = known.or(county).unwrap_or(written.clone());
                FoldedRanges {
                    written: [offset_u32(written.start), offset_u32(written.end)],
                    key: [offset_u32(key.start), offset_u32(key.end)],
                }
            })
            .collect();
        // Folded from ASCII or from strings: valid UTF-8, checked once here (and so kept
        // without a copy); the lossy reading only stands behind it.
        let folded = String::from_utf8(folded)
            .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
        FoldedNames { folded, ranges }
    }

    fn slice(&self, [start, end]: [u32; 2]) -> &str {
        self.folded.get(start as usize..end as usize).unwrap_or("")
    }

    /// A mention's name folded as written (empty for a title).
    fn written(&self, index: usize) -> &str {
        self.ranges.get(index).map_or("", |r| self.slice(r.written))
    }

    /// A mention's key: its canonical name folded, else its name as written (empty for a
    /// title).
    fn key(&self, index: usize) -> &str {
        self.ranges.get(index).map_or("", |r| self.slice(r.key))
    }
}

/// The group of each mention, as 32 bits (`NONE` for none yet): 4 bytes a mention, where an
/// `Option<usize>` was 16.
struct GroupOf(Vec<u32>);

impl GroupOf {
    const NONE: u32 = u32::MAX;

    fn new(mentions: usize) -> Self {
        GroupOf(vec![Self::NONE; mentions])
    }

    fn get(&self, index: usize) -> Option<usize> {
        let slot = *self.0.get(index)?;
        (slot != Self::NONE).then_some(slot as usize)
    }

    fn set(&mut self, index: usize, slot: usize) {
        if let Some(entry) = self.0.get_mut(index) {
            *entry = offset_u32(slot);
        }
    }
}

/// One bit per mention.
struct MentionSet(Vec<u64>);

impl MentionSet {
    fn new(mentions: usize) -> Self {
        MentionSet(vec![0; mentions.div_ceil(64)])
    }

    fn insert(&mut self, index: usize) {
        if let Some(word) = self.0.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
    }

    fn contains(&self, index: usize) -> bool {
        self.0
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }
}

/// Why a name waits for the others before it joins: it is a birth name, a name in brackets
/// after another, or the name someone is known by (`group` asks once, `Grouping::partner`
/// reads the answer).
#[derive(Clone, Copy, Default)]
struct Waits {
    birth_name: bool,
    bracketed: bool,
    known_as: bool,
}

/// Who gave a key first: its group and the mention.
#[derive(Clone, Copy)]
struct KeyOwner {
    group: u32,
    mention: u32,
}

/// The groups while they are made: names first, longest first, then titles.
struct Grouping<'a> {
    text: &'a str,
    mentions: &'a [NameMention],
    /// Each mention's name folded as written, and its key.
    folded: &'a FoldedNames,
    groups: Vec<Group<'a>>,
    by_key: HashMap<&'a str, KeyOwner>,
    /// The group of a place playing for its club, by the place's key ("England" the team
    /// beside "England" the country).
    clubs_by_key: HashMap<&'a str, KeyOwner>,
    /// The group each title of its own made: titles written alike join it.
    by_title: HashMap<String, usize>,
    index: GroupIndex<'a>,
    /// Lists of candidates, reused from one name's query to the next.
    found: Candidates,
    /// Keys a group took over from a longer name ("paris" for Valeska Paris): later mentions
    /// with that key take the group's kind too.
    borrowed_keys: HashSet<&'a str>,
    group_of: GroupOf,
    /// Titles that are a role, not a mention of their holder ("the Prime Minister said").
    unapposed: MentionSet,
}

impl<'a> Grouping<'a> {
    fn new(text: &'a str, mentions: &'a [NameMention], folded: &'a FoldedNames) -> Self {
        Grouping {
            text,
            mentions,
            folded,
            groups: Vec::new(),
            by_key: HashMap::with_capacity_and_hasher(mentions.len().min(4096), Default::default()),
            clubs_by_key: HashMap::default(),
            by_title: HashMap::default(),
            index: GroupIndex::with_capacity(mentions.len()),
            found: Candidates::default(),
            borrowed_keys: HashSet::default(),
            group_of: GroupOf::new(mentions.len()),
            unapposed: MentionSet::new(mentions.len()),
        }
    }

    fn key_of(&self, index: usize) -> &'a str {
        self.folded.key(index)
    }

    /// Joins a name (no title) to the group of the same key, or to the group whose longer
    /// name it is part of, or makes a group of its own.
    fn join_name(&mut self, index: usize, waits: Waits) {
        let mention = &self.mentions[index];
        let key = self.key_of(index);
        if mention.title_only || key.is_empty() {
            return;
        }
        // "the elder Pavey" chooses among the Paveys, whoever "Pavey" named before.
        let marks = Marks {
            generation: generation_before(self.text, mention.span()),
            sex: titled_sex(self.text, mention),
        };
        let chosen_generation = marks.generation.is_some();
        // A place playing for its club keys the club, apart from the place: "England" the
        // team and "England" the country are two; "Minnesota" playing joins no mention of
        // the state, and may join "Minnesota Timberwolves".
        let club = mention.names_a_club();
        let exact = if club {
            self.clubs_by_key.get(key).copied()
        } else {
            (self.by_key.get(key).copied()).filter(|owner| {
                !chosen_generation
                    && TitledSex::agree(marks.sex, self.groups[owner.group as usize].titled)
            })
        };
        // Taken while the groups are asked, and given back.
        let mut found = std::mem::take(&mut self.found);
        let partner = match exact {
            Some(_) => None,
            None => self.partner(index, key, marks, waits, &mut found),
        };
        self.found = found;
        let (kind, kind_rule) = self.kind_voted(index, key, exact, partner);
        let slot = match exact
            .map(|owner| owner.group as usize)
            .or(partner.map(|(slot, _)| slot))
        {
            Some(slot) => slot,
            None => {
                self.groups.push(Group::new());
                self.groups.len() - 1
            }
        };
        let rule = match (exact, partner) {
            (Some(owner), _) => self.same_key_rule(owner.mention as usize, index),
            (None, partner) => partner.map(|(_, rule)| rule),
        };
        let legal_form_after = legal_form_after(self.text, mention.span());
        let group = &mut self.groups[slot];
        if let Some(rule) = rule {
            group.rules.insert(rule);
        }
        group.written_with_legal_form |= legal_form_after;
        group.first_start = group.first_start.min(mention.span().start);
        group.titled |= marks.sex;
        if group.add(kind, mention.evidence, kind_rule, Some(key)) {
            let written = self.mentions[index].span().slice(self.text);
            self.index.add_key(slot, key, written);
        }
        self.group_of.set(index, slot);
        if partner.is_some() {
            self.borrowed_keys.insert(key);
        }
        if club {
            self.clubs_by_key.entry(key).or_insert(KeyOwner {
                group: offset_u32(slot),
                mention: offset_u32(index),
            });
            return;
        }
        // A name that chose a generation gives its key to nobody.
        let gives_key = exact.is_none() && !chosen_generation;
        self.record_keys(index, slot, gives_key);
    }

    /// The group a name without a group of its key joins, and why: an acronym in brackets,
    /// a birth name, a name in brackets, or a longer name it is part of.
    fn partner(
        &self,
        index: usize,
        key: &str,
        marks: Marks,
        waits: Waits,
        found: &mut Candidates,
    ) -> Option<(usize, GroupRule)> {
        let short_form = || self.bracketed_short_form(index);
        let birth_name = || waits.birth_name.then(|| self.birth_name_partner(index))?;
        let other_name = || waits.bracketed.then(|| self.bracketed_other_name(index))?;
        let known_by = || waits.known_as.then(|| self.known_by_partner(index))?;
        (short_form().map(|slot| (slot, GroupRule::BracketedShortForm)))
            .or_else(|| birth_name().map(|slot| (slot, GroupRule::BirthName)))
            .or_else(|| other_name().map(|slot| (slot, GroupRule::BracketedOtherName)))
            .or_else(|| known_by().map(|slot| (slot, GroupRule::KnownAs)))
            .or_else(|| {
                let mention = &self.mentions[index];
                find_partner(
                    self.text,
                    mention,
                    key,
                    &self.groups,
                    &self.index,
                    marks,
                    found,
                )
            })
    }

    /// The kind a name votes for, and the rule behind it. A surname or head noun that joins a
    /// longer name takes that name's kind: "Paris" is a place in the gazetteer but Valeska
    /// Paris's surname here. A longer name whose kind nobody knows lends none: the shorter
    /// name's own kind votes ("Hamish", said as a person's, for "Hamish Marchbank").
    fn kind_voted(
        &self,
        index: usize,
        key: &str,
        exact: Option<KeyOwner>,
        partner: Option<(usize, GroupRule)>,
    ) -> (Kind, &'static str) {
        let lender = partner.map(|(slot, _)| slot);
        let lender = lender.filter(|&slot| !self.groups[slot].kind_unknown());
        let borrowed = lender.or(exact
            .map(|owner| owner.group as usize)
            .filter(|_| self.borrowed_keys.contains(key)));
        match borrowed {
            Some(slot) => (self.groups[slot].kind(), KIND_OF_THE_NAME_JOINED),
            None => {
                let mention = &self.mentions[index];
                (mention.kind, mention.kind_rule)
            }
        }
    }

    /// Makes the name's group the owner of its key (when `gives_key`) and of its name as
    /// written, unless they have one.
    fn record_keys(&mut self, index: usize, slot: usize, gives_key: bool) {
        let key = self.key_of(index);
        let owner = KeyOwner {
            group: offset_u32(slot),
            mention: offset_u32(index),
        };
        if gives_key {
            self.by_key.entry(key).or_insert(owner);
        }
        // "NCDC" defined in brackets is later written alone: the acronym as written is a key
        // of its entity too, as a gazetteer alias is.
        let written = self.folded.written(index);
        if written != key && !written.is_empty() {
            self.by_key.entry(written).or_insert(owner);
        }
    }

    /// "Disaster and Emergency Management Authority (AFAD)": an acronym in brackets right
    /// after an organisation's name is its short form, whatever its letters (a translated
    /// name keeps the original's acronym). A place before the brackets is a dateline's
    /// ("KYIV, Ukraine (AP)"), a person's a party or a constituency: neither is joined.
    fn bracketed_short_form(&self, index: usize) -> Option<usize> {
        let mention = &self.mentions[index];
        let span = mention.span();
        let after = self.text.get(span.end..)?;
        // The name right before the bracket: among the last few mentions, since a name
        // found inside it ("Bandung" in "Bandung Institute of Technology (ITB)") may sit
        // between.
        let before = (index.saturating_sub(3)..index).rev().find(|&b| {
            let name = &self.mentions[b];
            let Some(gap) = self.text.get(name.span().end..span.start) else {
                return false;
            };
            let acronym =
                gap == " (" && after.starts_with(')') && is_acronym(span.slice(self.text));
            acronym || defines_short_name(gap, after)
        })?;
        let slot = self.group_of.get(before)?;
        (self.groups[slot].kind() == Kind::Organization).then_some(slot)
    }

    /// The place or organisation a name in brackets right after it names again ("Anglesey
    /// (Ynys Môn)", "Welsh Government (Llywodraeth Cymru)"), for a name
    /// [`is_bracketed_other_name`] says is one.
    fn bracketed_other_name(&self, index: usize) -> Option<usize> {
        let slot = self
            .group_of
            .get(name_before_other_name(self.text, self.mentions, index)?)?;
        matches!(self.groups[slot].kind(), Kind::Place | Kind::Organization).then_some(slot)
    }

    /// The entity named right before the name it is known by ("Lau Kwok-wah, known as Kenny
    /// Lau"), of the same kind or of any kind the name's own words did not make sure, for a
    /// name [`is_name_known_by`] says is one.
    fn known_by_partner(&self, index: usize) -> Option<usize> {
        let slot = self.group_of.get(index.checked_sub(1)?)?;
        let mention = &self.mentions[index];
        (self.groups[slot].kind() == mention.kind || mention.evidence < Evidence::Likely)
            .then_some(slot)
    }

    /// The person a birth name belongs to: the one person whose name opens with the same
    /// given name ("born Cordelia Mabel Pritt", Cordelia Voss), or, for a surname alone
    /// ("Ann Reid (née Pryce)"), the person named right before it. For a name
    /// [`is_birth_name`] says is one.
    fn birth_name_partner(&self, index: usize) -> Option<usize> {
        let mention = &self.mentions[index];
        if mention.kind == Kind::Place {
            return None;
        }
        let key = self.key_of(index);
        let person = |slot: &usize| self.groups[*slot].kind() == Kind::Person;
        match split_first_word(key) {
            Some((given, _)) => only(
                (self
                    .index
                    .candidates(&self.index.by_prefix, given)
                    .into_iter())
                .filter(person),
            ),
            None => {
                let before = index.checked_sub(1)?;
                let gap = self
                    .text
                    .get(self.mentions[before].span().end..mention.span().start)?;
                let apposed = gap.starts_with(" (") || gap.starts_with(", ");
                let slot = self.group_of.get(before).filter(person)?;
                (apposed && gap.len() <= ", née ".len() + 1).then_some(slot)
            }
        }
    }

    /// Why a mention whose key another mention gave first is that mention's entity: an
    /// acronym the text defines, a gazetteer alias, or the same name written another way
    /// (none when written alike).
    fn same_key_rule(&self, owner: usize, index: usize) -> Option<GroupRule> {
        let defined = |i: usize| {
            matches!(
                self.mentions[i].kind_rule,
                ACRONYM_OF_A_NAME | DEFINED_SHORT_NAME
            )
        };
        let clipped = |i: usize| self.mentions[i].kind_rule == CLIPPED_CLUB;
        if self.folded.written(owner) != self.folded.written(index) {
            return Some(if clipped(owner) || clipped(index) {
                GroupRule::ClippedClub
            } else if defined(owner) || defined(index) {
                GroupRule::BracketedShortForm
            } else {
                GroupRule::GazetteerAlias
            });
        }
        let surface = |i: usize| self.mentions[i].span().slice(self.text);
        (surface(owner) != surface(index)).then_some(GroupRule::SameName)
    }

    /// Titles standing for a person: the person beside them ("John Kerry, the Secretary of
    /// State"; "Malaysia's Prime Minister, Najib Razak"), else the one person with that role.
    /// The mentions' neighbours and the role holders are indexed when the first title asks,
    /// so that no title reads every mention (a 20 MB text spent most of its time there).
    fn join_titles(&mut self) {
        let mut neighbours: Option<Neighbours> = None;
        let mut role_holders: Option<RoleHolders> = None;
        let mut buffer = Vec::new();
        for index in 0..self.mentions.len() {
            if self.mentions[index].title_only {
                let neighbours = neighbours.get_or_insert_with(|| Neighbours::new(self.mentions));
                let holders =
                    role_holders.get_or_insert_with(|| RoleHolders::new(self.text, self.mentions));
                self.join_title(index, neighbours, holders, &mut buffer);
            }
        }
    }

    fn join_title(
        &mut self,
        index: usize,
        neighbours: &Neighbours,
        holders: &mut RoleHolders,
        buffer: &mut Vec<u8>,
    ) {
        let mention = &self.mentions[index];
        // Folded here rather than with the names: one buffer for every title.
        let folded = fold_for_lookup(mention.span().slice(self.text), buffer);
        let title = std::str::from_utf8(&folded).unwrap_or("");
        let beside = apposed_person(
            self.text,
            self.mentions,
            index,
            neighbours,
            &self.group_of,
            &self.groups,
        );
        // "the Prime Minister said": a title is a role, not a mention of its holder; only a
        // title set beside the name ("John Kerry, the Secretary of State") is written as one.
        if beside.is_none() {
            self.unapposed.insert(index);
        }
        let holders = holders.of(title);
        // The one group holding the role, if only one does (the holders' groups may change as
        // titles join groups, so they are read now).
        let by_role = || {
            let mut holding = holders.iter().filter_map(|&i| self.group_of.get(i));
            let first = holding.next();
            first.filter(|&f| holding.all(|g| g == f))
        };
        let joined = (beside.map(|slot| (slot, GroupRule::TitleBeside)))
            .or_else(|| by_role().map(|slot| (slot, GroupRule::TitleOfRole)))
            .or_else(|| {
                let &slot = self.by_title.get(title)?;
                Some((slot, GroupRule::SameTitle))
            });
        let slot = match joined {
            Some((slot, rule)) => {
                self.groups[slot].rules.insert(rule);
                slot
            }
            None => {
                self.groups.push(Group::new());
                let slot = self.groups.len() - 1;
                self.by_title.insert(title.to_string(), slot);
                slot
            }
        };
        let group = &mut self.groups[slot];
        group.add(mention.kind, mention.evidence, mention.kind_rule, None);
        group.first_start = group.first_start.min(mention.span().start);
        self.group_of.set(index, slot);
    }

    /// What the entities are built from: each mention's group, and each group's kind and
    /// rules.
    fn finish(self) -> Grouped {
        Grouped {
            groups: (self.groups.iter())
                .map(|group| GroupSummary {
                    kind: group.kind(),
                    kind_rule: group.kind_rule(),
                    rules: group.rules,
                })
                .collect(),
            group_of: self.group_of,
            unapposed: self.unapposed,
        }
    }
}

/// What an entity is built from once its mentions are grouped.
struct GroupSummary {
    kind: Kind,
    kind_rule: &'static str,
    rules: GroupRules,
}

/// The groups made, without the keys that made them.
struct Grouped {
    groups: Vec<GroupSummary>,
    group_of: GroupOf,
    unapposed: MentionSet,
}

impl Grouped {
    /// The entities in order of first mention (ties in the order the groups were made).
    fn into_entities(self, text: &str, mentions: &[NameMention]) -> Vec<Entity> {
        // Each group's mentions, in mention order: bucketed by group, one list for all.
        let groups = self.group_of.0.iter();
        let (members, bounds) = bucketed(
            groups.map(|&slot| (slot != GroupOf::NONE).then_some(slot as usize)),
            self.groups.len(),
        );
        drop(self.group_of);
        let members_of = |slot: usize| &members[bounds[slot]..bounds[slot + 1]];
        // The groups are sorted by first mention and their entities built in that order,
        // rather than the entities, each a few hundred bytes, moved about by a sort.
        let mut by_first_mention: Vec<(Span, usize)> = (0..self.groups.len())
            .map(|slot| {
                let spans = (members_of(slot).iter()).map(|&i| mentions[i as usize].span());
                (spans.min().unwrap_or_default(), slot)
            })
            .collect();
        // Unique keys (the group is last), so an unstable sort gives the stable order.
        by_first_mention.sort_unstable();
        by_first_mention
            .into_iter()
            .map(|(_, slot)| {
                let members = members_of(slot);
                build_entity(text, mentions, &self.unapposed, &self.groups[slot], members)
            })
            .collect()
    }
}

/// The generation a folded suffix word names: `Some(true)` for the elder ("Snr", "Sr",
/// "Senior"), `Some(false)` for the younger ("Jnr", "Jr", "Junior").
fn generation(word: &str) -> Option<bool> {
    if lexicon::SENIOR_SUFFIXES.contains(&word) {
        Some(true)
    } else if lexicon::JUNIOR_SUFFIXES.contains(&word) {
        Some(false)
    } else {
        None
    }
}

/// The generation the word before a name picks: "the elder Pavey" is the Snr, "the younger
/// Pavey" the Jnr.
fn generation_before(text: &str, span: Span) -> Option<bool> {
    // Asked of every name: both words end with "r", which nearly every other word before a
    // name does not.
    if span
        .start
        .checked_sub(2)
        .and_then(|at| text.as_bytes().get(at))
        != Some(&b'r')
    {
        return None;
    }
    if word_before_is(text, span, "elder") {
        Some(true)
    } else if word_before_is(text, span, "younger") {
        Some(false)
    } else {
        None
    }
}

/// Whether `word` is the whole word right before a name, with one space between. Asked of
/// every name: the bytes are compared, and only the character before the word is decoded.
fn word_before_is(text: &str, span: Span, word: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(space) = span.start.checked_sub(1) else {
        return false;
    };
    let Some(start) = space.checked_sub(word.len()) else {
        return false;
    };
    // The word's bytes matched, so `start` is where a character begins.
    bytes.get(space) == Some(&b' ')
        && bytes.get(start..space) == Some(word.as_bytes())
        && !(text.get(..start))
            .and_then(|rest| rest.chars().next_back())
            .is_some_and(char::is_alphabetic)
}

/// Whether a name is another name, in brackets, of the place or organisation right before it:
/// "Anglesey (Ynys Môn)". A name the gazetteer knows is where the first is ("Perth
/// (Australia)"), an acronym its short form (see `bracketed_short_form`).
fn is_bracketed_other_name(text: &str, mentions: &[NameMention], index: usize) -> bool {
    let Some(before) = name_before_other_name(text, mentions, index).map(|b| &mentions[b]) else {
        return false;
    };
    let mention = &mentions[index];
    let after = text.get(mention.span().end..).unwrap_or("");
    let closed = if text[..mention.span().start].ends_with(" (") {
        after.starts_with(')')
    } else {
        // ("Stornoway, or Steòrnabhagh, had …": set off by commas, and no town of its own.)
        let gazetteer = super::gazetteer::get();
        let written = mention.span().slice(text);
        after.starts_with(',') && gazetteer.place(written).is_none() && !gazetteer.town(written)
    };
    closed
        && matches!(before.kind, Kind::Place | Kind::Organization)
        && mention.known_as(text).is_none()
        && !mention.kind_rule.starts_with("gazetteer")
        && !matches!(mention.kind, Kind::Date | Kind::Group)
        && !is_acronym(mention.span().slice(text))
}

/// The name right before the bracket that opens before mention `index` (or before ", or ",
/// a name's other name set off by commas: "Stornoway, or Steòrnabhagh,"): the mention
/// ending there, passing names inside it ("Kenya" in "Kenya Meteorological Department
/// (Kemet)").
fn name_before_other_name(text: &str, mentions: &[NameMention], index: usize) -> Option<usize> {
    let start = mentions[index].span().start;
    let bracket = [" (", ", or "]
        .into_iter()
        .find_map(|opener| text.get(..start)?.strip_suffix(opener))?
        .len();
    // The longest name ending there: "Transport for Wales (Trafnidiaeth Cymru)" names the
    // body again, not the "Wales" found inside it.
    (index.saturating_sub(3)..index)
        .filter(|&b| mentions[b].span().end == bracket)
        .min_by_key(|&b| mentions[b].span().start)
}

/// Whether a name is the name the one named right before it is known by: "Lau Kwok-wah,
/// known as Kenny Lau", "Everton Whyte (better known as Sarge)", "Ana Ruiz, nicknamed Nana".
fn is_name_known_by(text: &str, mentions: &[NameMention], index: usize) -> bool {
    // (The longest phrase, after a comma or bracket and before a space.)
    const LONGEST_GAP: usize = ", popularly known as ".len();
    let Some(before) = index.checked_sub(1).map(|b| &mentions[b]) else {
        return false;
    };
    let (end, start) = (before.span().end, mentions[index].span().start);
    if end > start || start - end > LONGEST_GAP {
        return false;
    }
    let gap = text.get(end..start).unwrap_or("");
    let Some(words) = gap.strip_prefix(", ").or_else(|| gap.strip_prefix(" (")) else {
        return false;
    };
    let words = words.trim_end();
    (lexicon::KNOWN_AS_PHRASES.iter()).any(|phrase| words.eq_ignore_ascii_case(phrase))
}

/// Whether a word for what a place has or holds follows the name: "Kent residents", "the
/// Galway county": said of the place, whoever else bears its name.
fn before_place_noun(text: &str, mention: &NameMention) -> bool {
    text.get(mention.span().end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
        })
        .is_some_and(|word| lexicon::contains(lexicon::PLACE_NOUNS_AFTER, word))
}

/// Whether a name is a birth name: right after "born" or "née" ("Born Cordelia Mabel Pritt in
/// Bermondsey", "née Pryce"), not "born in".
fn is_birth_name(text: &str, mention: &NameMention) -> bool {
    // Asked of every name: nearly all are ruled out by the byte before the space before them,
    // which must end one of the words ("n" or "e"), and that byte says which words to compare.
    let last_byte = (mention.span().start.checked_sub(2)).and_then(|at| text.as_bytes().get(at));
    let words: &[&str] = match last_byte {
        Some(b'n') => lexicon::BORN_WORDS,
        Some(b'e') => lexicon::NEE_WORDS,
        _ => return false,
    };
    (words.iter()).any(|word| word_before_is(text, mention.span(), word))
}

/// The order names are grouped in: longer names first, so "Vladimir Putin" exists before
/// "Putin" looks for it; ties in text order. Titles, joined after the names, are left out.
fn grouping_order(mentions: &[NameMention], folded: &FoldedNames) -> Vec<u32> {
    // Each name's number of words as written (a name has fewer words than a text has bytes,
    // which 32 bits count).
    let words: Vec<u32> = (0..mentions.len())
        .map(|i| offset_u32(full_words(folded.written(i))))
        .collect();
    let is_name = |i: usize| !mentions[i].title_only;
    // Mentions come in text order (nearly always): then the order is theirs bucketed by word
    // count, longest first, in one pass and no comparisons. Sorting every mention by its
    // three keys was a visible share of grouping.
    if mentions.is_sorted_by_key(|mention| mention.span().start) {
        let longest = (0..mentions.len())
            .filter(|&i| is_name(i))
            .map(|i| words[i] as usize)
            .max()
            .unwrap_or(0);
        let longest_first = (words.iter().enumerate())
            .map(|(i, &count)| is_name(i).then(|| longest - count as usize));
        return bucketed(longest_first, longest + 1).0;
    }
    let mut keyed: Vec<(std::cmp::Reverse<u32>, usize, u32)> = (0..mentions.len())
        .filter(|&i| is_name(i))
        .map(|i| {
            (
                std::cmp::Reverse(words[i]),
                mentions[i].span().start,
                offset_u32(i),
            )
        })
        .collect();
    // Unique keys (the index is last), so an unstable sort gives the stable order.
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// The indices of `keys` bucketed by key (`0..buckets`), each bucket in index order, and where
/// each bucket starts (bucket `b` is `bounds[b]..bounds[b + 1]`); an index without a key is
/// left out. A counting sort: no comparisons. The indices are 32 bits, as mentions are
/// counted (4 bytes a mention, which every list of them holds).
fn bucketed(
    keys: impl Iterator<Item = Option<usize>> + Clone,
    buckets: usize,
) -> (Vec<u32>, Vec<usize>) {
    let mut bounds = vec![0; buckets + 1];
    for key in keys.clone().flatten() {
        bounds[key + 1] += 1;
    }
    for bucket in 0..buckets {
        bounds[bucket + 1] += bounds[bucket];
    }
    let mut order = vec![0; bounds[buckets]];
    let mut next = bounds.clone();
    for (index, key) in keys.enumerate() {
        if let Some(key) = key {
            order[next[key]] = offset_u32(index);
            next[key] += 1;
        }
    }
    (order, bounds)
}

/// The mentions in order of their ends and of their starts, to find a mention's nearest
/// neighbours by binary search rather than by reading every mention. Indices of 32 bits,
/// sorted in place: 8 bytes a mention (24 with `usize` and a stable sort's buffer).
struct Neighbours {
    /// By (end, index).
    by_end: Vec<u32>,
    /// By (start, index).
    by_start: Vec<u32>,
}

impl Neighbours {
    fn new(mentions: &[NameMention]) -> Self {
        let indices = || (0..mentions.len()).map(offset_u32).collect::<Vec<u32>>();
        let span = |i: u32| {
            mentions
                .get(i as usize)
                .map(|m| m.span())
                .unwrap_or_default()
        };
        let mut by_end = indices();
        by_end.sort_unstable_by_key(|&i| (span(i).end, i));
        let mut by_start = indices();
        by_start.sort_unstable_by_key(|&i| (span(i).start, i));
        Neighbours { by_end, by_start }
    }

    /// The mention ending nearest before `span` starts (the last of those ending there).
    fn before(&self, mentions: &[NameMention], span: Span) -> Option<usize> {
        let count = self
            .by_end
            .partition_point(|&i| mentions[i as usize].span().end <= span.start);
        count.checked_sub(1).map(|last| self.by_end[last] as usize)
    }

    /// The mention starting nearest after `span` ends (the first of those starting there).
    fn after(&self, mentions: &[NameMention], span: Span) -> Option<usize> {
        let count = self
            .by_start
            .partition_point(|&i| mentions[i as usize].span().start < span.end);
        self.by_start.get(count).map(|&i| i as usize)
    }
}

/// The mentions whose roles end with a title, by title, each list found once.
struct RoleHolders {
    /// Each mention with roles, and its roles folded.
    with_roles: Vec<(usize, Vec<String>)>,
    by_title: HashMap<String, Vec<usize>>,
}

impl RoleHolders {
    fn new(text: &str, mentions: &[NameMention]) -> Self {
        let with_roles = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.roles.is_empty())
            .map(|(i, m)| (i, m.roles.iter().map(|r| fold(r.slice(text))).collect()))
            .collect();
        RoleHolders {
            with_roles,
            by_title: HashMap::default(),
        }
    }

    /// The mentions, in order, with a role ending with `title`.
    fn of(&mut self, title: &str) -> &[usize] {
        // Looked up before it is inserted: the title is copied once, not for every mention.
        if !self.by_title.contains_key(title) {
            let holders = (self.with_roles.iter())
                .filter(|(_, roles)| roles.iter().any(|r| r.ends_with(title)))
                .map(|&(i, _)| i)
                .collect();
            self.by_title.insert(title.to_string(), holders);
        }
        self.by_title.get(title).map_or(&[], Vec::as_slice)
    }
}

/// The person group a title mention stands in apposition to: a person mention right before
/// it (", the " between) or right after it (", " or " " between).
fn apposed_person(
    text: &str,
    mentions: &[NameMention],
    index: usize,
    neighbours: &Neighbours,
    group_of: &GroupOf,
    groups: &[Group],
) -> Option<usize> {
    let span = mentions[index].span();
    let person_group = |i: usize| {
        group_of
            .get(i)
            .filter(|&g| groups[g].kind() == Kind::Person && !mentions[i].title_only)
    };
    let before = neighbours
        .before(mentions, span)
        .filter(|&i| {
            let gap = text.get(mentions[i].span().end..span.start).unwrap_or("");
            matches!(gap.trim(), "," | ", the" | ", a" | ", an")
                || gap
                    .trim()
                    .strip_prefix(", ")
                    .is_some_and(|g| g.eq_ignore_ascii_case("the"))
        })
        .and_then(person_group);
    let after = neighbours
        .after(mentions, span)
        .filter(|&i| {
            let gap = text.get(span.end..mentions[i].span().start).unwrap_or("");
            matches!(gap.trim(), "," | "")
        })
        .and_then(person_group);
    before.or(after)
}

/// Where to look for a name's partner: the groups whose keys a shorter name could be part of.
/// Without it every new name was compared with every group so far, which made a long list of
/// distinct names quadratic.
#[derive(Default)]
struct GroupIndex<'k> {
    /// Groups by the words their keys of several words end with ("putin", "state department").
    by_suffix: HashMap<&'k str, usize>,
    /// Groups by the words their keys of several words start with ("vladimir", "church").
    by_prefix: HashMap<&'k str, usize>,
    /// Groups by the initials of their keys of several words ("kcna").
    by_initials: HashMap<String, usize>,
    /// Groups by each word inside their keys of three words or more, neither first nor
    /// last ("lim" in "jasmine lim shu fen").
    by_inner_word: HashMap<&'k str, usize>,
    /// The lists the tables point to, all in one vector: each entry a group and the entry
    /// after it in its list. A vector per word was an allocation per word.
    entries: Vec<(usize, usize)>,
}

/// The entry after the last of a [`GroupIndex`] list.
const LIST_END: usize = usize::MAX;

impl<'k> GroupIndex<'k> {
    /// Sized for `mentions` names of about two words, so a briefing's tables rarely grow
    /// (up to a bound: a huge text's tables grow as they fill rather than all at once).
    fn with_capacity(mentions: usize) -> Self {
        let mentions = mentions.min(4096);
        let table = || HashMap::with_capacity_and_hasher(mentions, Default::default());
        GroupIndex {
            by_suffix: table(),
            by_prefix: table(),
            by_initials: HashMap::with_capacity_and_hasher(mentions / 2, Default::default()),
            by_inner_word: HashMap::default(),
            entries: Vec::with_capacity(mentions * 2),
        }
    }

    /// `written` is the name as the text has it: an acronym inside it gives all its letters
    /// to the name's initials ("UK Independence Party" is "ukip", so "UK Steel" is never "US").
    fn add_key(&mut self, group: usize, key: &'k str, written: &str) {
        // The initials are gathered word by word at the spaces the prefixes and suffixes are
        // cut at, rather than by splitting the key again.
        let mut initials = String::new();
        // "TSB" for "Transportation Safety Board of Canada": the initials of the words
        // before a trailing "of" and its place, kept when the name has them.
        let mut initials_before_of: Option<usize> = None;
        let mut word_start = 0;
        let hyphens = hyphenated_words(key, written);
        let spaces = (key.bytes().enumerate()).filter(|&(_, b)| b == b' ');
        for (word, (at, _)) in spaces.enumerate() {
            let this_word = &key[word_start..at];
            if this_word == "of" && word >= 2 && initials_before_of.is_none() {
                initials_before_of = Some(initials.len());
            }
            if let Some(letter) = initial_of(this_word) {
                initials.push(letter);
            }
            // Words neither first nor last ("lim" in "jasmine lim shu fen").
            if word > 0 {
                let head = self.by_inner_word.entry(this_word).or_insert(LIST_END);
                *head = push_entry(&mut self.entries, group, *head);
            }
            word_start = at + 1;
            let head = self.by_prefix.entry(&key[..at]).or_insert(LIST_END);
            *head = push_entry(&mut self.entries, group, *head);
            if hyphens & (1 << word.min(63)) == 0 {
                let head = self.by_suffix.entry(&key[at + 1..]).or_insert(LIST_END);
                *head = push_entry(&mut self.entries, group, *head);
            }
        }
        // "Harry Pavey Jnr": the name without its generational suffix ends as the person's
        // other names do ("Pavey"), so a bare surname finds both Paveys and chooses.
        if word_start > 0 && generation(&key[word_start..]).is_some() {
            self.add_suffixes(group, &key[..word_start - 1]);
        }
        // Initials only for keys of several words.
        if word_start > 0 {
            if let Some(letter) = initial_of(&key[word_start..]) {
                initials.push(letter);
            }
            self.add_initials(group, key, written, initials, initials_before_of);
        }
    }

    /// Lists `group` under every ending of `base` a word long or longer: "pavey" and "harry
    /// pavey" for "Harry Pavey Jnr", whose key without "jnr" is `base`.
    fn add_suffixes(&mut self, group: usize, base: &'k str) {
        let mut from = 0;
        loop {
            let head = self.by_suffix.entry(&base[from..]).or_insert(LIST_END);
            *head = push_entry(&mut self.entries, group, *head);
            match base[from..].find(' ') {
                Some(at) => from += at + 1,
                None => break,
            }
        }
    }

    /// Lists `group` under the `initials` of its key of several words ("kcna"), or those an
    /// acronym in the name as `written` spells, and under their shorter forms: without a
    /// trailing "of" and its place (cut at `initials_before_of`), or without a country's
    /// acronym opening the name.
    fn add_initials(
        &mut self,
        group: usize,
        key: &str,
        written: &str,
        mut initials: String,
        initials_before_of: Option<usize>,
    ) {
        // An acronym inside the name spells its initials; the key's would be wrong.
        if let Some(spelled) = written_initials(written) {
            initials = spelled;
        }
        // (Only a place after "of" is left out: "Bank of England" is "boe".)
        if let Some(cut) = initials_before_of
            && cut >= 2
            && place_after_of(key, written)
        {
            let head = self
                .by_initials
                .entry(initials[..cut].to_string())
                .or_insert(LIST_END);
            *head = push_entry(&mut self.entries, group, *head);
        }
        // "U.S. Food and Drug Administration" is the "FDA" too: a country's acronym
        // opening a body's name is left out of its initials as often as not (three
        // letters left at least, so that "UK Independence Party" is no "IP").
        if let Some(rest) = initials_after_country_acronym(written, &initials) {
            let head = self.by_initials.entry(rest).or_insert(LIST_END);
            *head = push_entry(&mut self.entries, group, *head);
        }
        let head = self.by_initials.entry(initials).or_insert(LIST_END);
        *head = push_entry(&mut self.entries, group, *head);
    }

    /// The groups listed under `words` in `map`, each once, in the order they were made.
    fn candidates<K>(&self, map: &HashMap<K, usize>, words: &str) -> Vec<usize>
    where
        K: std::borrow::Borrow<str> + std::hash::Hash + Eq,
    {
        let mut found = Vec::new();
        self.candidates_into(map, words, &mut found);
        found
    }

    /// [`GroupIndex::candidates`] written over `found`.
    fn candidates_into<K>(&self, map: &HashMap<K, usize>, words: &str, found: &mut Vec<usize>)
    where
        K: std::borrow::Borrow<str> + std::hash::Hash + Eq,
    {
        found.clear();
        let mut entry = map.get(words).copied().unwrap_or(LIST_END);
        while let Some(&(group, next)) = self.entries.get(entry) {
            found.push(group);
            entry = next;
        }
        found.sort_unstable();
        found.dedup();
    }
}

/// The separators of a name's `key` that are hyphens in the name as `written`, as
/// [`hyphen_joined`] finds them ("Clarke-Whyte"); none in a name without a hyphen, nearly
/// every one.
fn hyphenated_words(key: &str, written: &str) -> u64 {
    // "Whyte" is no surname of Andre Clarke-Whyte: the part of a hyphenated name after
    // its hyphen does not stand for it (a particle's hyphen, "al-", is folded away).
    // Asked of every new key: an ASCII hyphen is looked for as a byte, and the other
    // only in a name that is not ASCII.
    let hyphenated =
        written.as_bytes().contains(&b'-') || (!written.is_ascii() && written.contains('‐'));
    if hyphenated {
        hyphen_joined(written, word_count(key))
    } else {
        0
    }
}

/// Whether the words after a name's last "of" are a place the gazetteer knows ("England" in
/// "Bank of England"), read from the name as `written` when it has an "of", else from its
/// `key`.
fn place_after_of(key: &str, written: &str) -> bool {
    key.rsplit_once(" of ").is_some_and(|(_, place)| {
        let place = written.rsplit_once(" of ").map_or(place, |(_, w)| w);
        crate::extract::gazetteer::get().place(place).is_some()
    })
}

/// Which word separators of a name as written are hyphens, as bits (bit `i` is the separator
/// after word `i`), when its words are the `key_words` of its folded key; else none (a
/// particle written with a hyphen, "al-Shara’a", is folded away and the words no longer
/// line up).
fn hyphen_joined(written: &str, key_words: usize) -> u64 {
    let mut hyphens = 0u64;
    let mut words = 0;
    let mut in_word = false;
    for c in written.chars() {
        let separator = matches!(c, ' ' | '-' | '‐' | '\u{a0}');
        if separator && in_word {
            if matches!(c, '-' | '‐') && words < 64 {
                hyphens |= 1 << words;
            }
            words += 1;
            in_word = false;
        } else if !separator {
            in_word = true;
        }
    }
    words += usize::from(in_word);
    if words == key_words { hyphens } else { 0 }
}

/// Adds `group` before the list entry `next` and says where it stands.
fn push_entry(entries: &mut Vec<(usize, usize)>, group: usize, next: usize) -> usize {
    entries.push((group, next));
    entries.len() - 1
}

/// An existing group a new name belongs to, if one fits, and the rule that says so.
fn find_partner(
    text: &str,
    mention: &NameMention,
    key: &str,
    groups: &[Group],
    index: &GroupIndex,
    marks: Marks,
    found: &mut Candidates,
) -> Option<(usize, GroupRule)> {
    let surface = mention.span().slice(text);
    // An acronym: the group whose name has these initials. (A person's name in capitals,
    // "OKAFOR:" labelling a transcript's speaker, is a name like any other.)
    if is_acronym(surface) && mention.kind != Kind::Person {
        let letters = acronym_letters(surface).to_lowercase();
        let mut candidates = index.candidates(&index.by_initials, &letters);
        // A company's acronym often ends with the letter of "Limited", which its name as a
        // mention leaves out ("Halvern Water Supply Company Limited" is "HWSCL").
        if candidates.is_empty()
            && letters.len() > 3
            && let Some(without_limited) = letters.strip_suffix('l')
        {
            candidates = index.candidates(&index.by_initials, without_limited);
        }
        let expansion = only(
            candidates
                .into_iter()
                .filter(|&g| groups[g].kind() != Kind::Person),
        );
        // "LASEMA" for the Lagos State Emergency Management Agency, "GEMA" for the Georgia
        // Emergency Management and Homeland Security Agency: an acronym made of the words'
        // first letters or syllables, some middle words left out, names the one body whose
        // name so spells it.
        let expansion = expansion.or_else(|| {
            only((0..groups.len()).filter(|&g| {
                groups[g].kind() != Kind::Person
                    && groups[g]
                        .keys()
                        .any(|key| spelled_by_word_openings(&letters, key))
            }))
        });
        return expansion.map(|g| (g, GroupRule::Acronym));
    }
    // A name found inside a longer name (the gazetteer's "Queensland" in "Queensland Health")
    // joins only its own name's group, never the longer name's by a shorter-name rule.
    if mention.kind == Kind::Group || mention.kind == Kind::Date || mention.nested() {
        return None;
    }
    let query = Query::new(text, mention, key, groups, index, marks, found);
    PARTNER_RULES
        .iter()
        .find_map(|&(rule, partner)| partner(&query).map(|g| (g, rule)))
}

/// The groups a name's query found by its ending and starting words: two lists for every
/// query, made once.
#[derive(Default)]
struct Candidates {
    ending: Vec<usize>,
    starting: Vec<usize>,
}

/// What a shorter name asks of the groups so far.
struct Query<'q, 'k> {
    mention: &'q NameMention,
    key: &'q str,
    word_count: usize,
    groups: &'q [Group<'k>],
    /// The groups with a longer key ending (surname) or starting (given name) with these
    /// words.
    ending: &'q [usize],
    starting: &'q [usize],
    /// Said of a place ("in Paris"), or a sure place of several words.
    place_context: bool,
    /// Where the rules that few names reach find their own candidates.
    index: &'q GroupIndex<'k>,
    /// Of the persons whose name ends with these words, the one the text names most.
    surname_of: Option<usize>,
}

impl<'q, 'k> Query<'q, 'k> {
    fn new(
        text: &str,
        mention: &'q NameMention,
        key: &'q str,
        groups: &'q [Group<'k>],
        index: &'q GroupIndex<'k>,
        marks: Marks,
        found: &'q mut Candidates,
    ) -> Self {
        let word_count = word_count(key);
        index.candidates_into(&index.by_suffix, key, &mut found.ending);
        index.candidates_into(&index.by_prefix, key, &mut found.starting);
        let Candidates { ending, starting } = found;
        let (ending, starting): (&[usize], &[usize]) = (ending, starting);
        // ("a deflection off Ferreira-Mullan": a name the finder made a person's is no
        // place for the preposition before it.)
        let place_context = (mention.locative && mention.kind != Kind::Person)
            || (mention.kind == Kind::Place
                && mention.evidence == Evidence::Sure
                && (word_count > 1 || before_place_noun(text, mention)));
        // Two people share the surname ("Ahmed Mohamed" and his father "Mohamed El-Hassan
        // Mohamed"): the one the text names most often is the one a bare surname means,
        // among those the text has named before it if any ("Harold Penberthy … Penberthy
        // was born …", before his son Michael Penberthy is named).
        // "the elder Pavey" is the one whose name ends "Snr", if one does.
        let of_generation = |g: usize| {
            marks.generation.is_some()
                && groups[g].keys().any(|k| {
                    let last = k.rsplit(' ').next().unwrap_or(k);
                    self::generation(last) == marks.generation
                })
        };
        let here = mention.span().start;
        // ("Ms. Yesenia Trujillo-Baptiste … her son, Mr. Trujillo-Baptiste": titles of the two
        // sexes name two people.)
        let all_persons = || {
            (ending.iter().copied()).filter(move |&g| {
                groups[g].kind() == Kind::Person && TitledSex::agree(marks.sex, groups[g].titled)
            })
        };
        let named_before = all_persons().any(|g| groups[g].first_start < here);
        let persons =
            || all_persons().filter(move |&g| !named_before || groups[g].first_start < here);
        let most_named = |g: &usize| (groups[*g].mentions, std::cmp::Reverse(*g));
        let surname_of = (persons()
            .filter(|&g| of_generation(g))
            .max_by_key(most_named))
        .or_else(|| persons().max_by_key(most_named));
        Query {
            mention,
            key,
            word_count,
            groups,
            ending,
            starting,
            place_context,
            index,
            surname_of,
        }
    }

    /// The one group of `kind` among `candidates` that `fits`.
    fn only_one(
        &self,
        candidates: &[usize],
        kind: Kind,
        fits: impl Fn(&Group) -> bool,
    ) -> Option<usize> {
        only(
            (candidates.iter().copied())
                .filter(|&g| self.groups[g].kind() == kind && fits(&self.groups[g])),
        )
    }
}

/// A rule that finds the group a shorter name belongs to.
type PartnerRule = fn(&Query) -> Option<usize>;

/// The rules a shorter name is joined by, asked in order; the first that finds a group wins.
const PARTNER_RULES: [(GroupRule, PartnerRule); 12] = [
    (GroupRule::Surname, surname),
    (GroupRule::GivenName, given_name),
    (GroupRule::NameInside, name_inside),
    (GroupRule::FirstAndLastName, first_and_last_name),
    (GroupRule::Initial, initial),
    (GroupRule::HeadWord, head_word),
    (GroupRule::CompanyShortName, company_short_name),
    (GroupRule::NamedAfter, named_after),
    (GroupRule::FeatureName, feature_name),
    (GroupRule::NameEnd, name_end),
    (GroupRule::WithoutLegalForm, without_legal_form),
    (GroupRule::WithoutTail, without_tail),
];

/// "Putin" for "Vladimir Putin": the person whose name ends with these words, unless they
/// are said of a place.
fn surname(query: &Query) -> Option<usize> {
    query.surname_of.filter(|_| !query.place_context)
}

/// "Mr Tan" for "Tan Boon Kiat", "Madam Noraini" for "Noraini Abdul Rahman": a title makes
/// a word sure to be a person's, and it names the one person whose name starts with it.
fn given_name(query: &Query) -> Option<usize> {
    let mention = query.mention;
    // "Yekaterina Andreyevna" for "Yekaterina Andreyevna Volkova": a given name and
    // patronymic, two words a person's name opens with.
    let words_fit = query.word_count == 1 || mention.kind == Kind::Person;
    // ("confidence in Dev", Dev Chaudhary-Marsh: a place guessed from a preposition alone
    // is the person the text names with that given name.)
    let guessed_place = mention.kind == Kind::Place
        && mention.kind_rule == AFTER_A_LOCATIVE
        && query.word_count == 1;
    let fits = query.surname_of.is_none()
        && (mention.kind != Kind::Place || guessed_place)
        && words_fit
        && (mention.evidence < Evidence::Sure || mention.kind == Kind::Person);
    // "Hamish" for "Hamish Marchbank" when nothing told what the full name is: a given name
    // said as a person's decides it.
    let sure_enough = mention.kind == Kind::Person && mention.evidence >= Evidence::Likely;
    // (A guessed place joins only a person something more than a guess made one.)
    let person = |g: &usize| {
        let group = &query.groups[*g];
        let evidence = group.best[kind_slot(Kind::Person)];
        (group.kind() == Kind::Person && (!guessed_place || evidence > Some(Evidence::Guess)))
            || (sure_enough && group.kind_unknown())
    };
    fits.then(|| only(query.starting.iter().copied().filter(person)))?
}

/// "Ana Ruiz" for "Ana Maria Ruiz", "Chaudhry Warraich" for "Chaudhry Irfan Ahmed
/// Warraich": a person's first and last names, the words between left out, name the one
/// person whose full name opens and ends with them.
fn first_and_last_name(query: &Query) -> Option<usize> {
    let mention = query.mention;
    if mention.kind != Kind::Person || query.word_count != 2 || query.place_context {
        return None;
    }
    let (first, last) = split_first_word(query.key)?;
    let opens_and_ends = |key: &str| {
        word_count(key) >= 3
            && split_first_word(key).is_some_and(|(opening, _)| opening == first)
            && key.rsplit(' ').next() == Some(last)
    };
    let with_last = query.index.candidates(&query.index.by_suffix, last);
    only(with_last.into_iter().filter(|&g| {
        let group = &query.groups[g];
        group.kind() == Kind::Person && group.keys().any(opens_and_ends)
    }))
}

/// "S. Korea" for "South Korea", "J. Okafor" for "James Okafor": an initial stands for the
/// word it begins, when one name of as many words has that word and the same rest.
fn initial(query: &Query) -> Option<usize> {
    let (initial, rest) = split_first_word(query.key)?;
    let mut letters = initial.chars();
    let letter = letters.next()?;
    if letters.next().is_some() {
        return None;
    }
    // The groups whose key ends with the rest of the name.
    let after_initial = query.index.candidates(&query.index.by_suffix, rest);
    only(after_initial.into_iter().filter(|&g| {
        query.groups[g].keys().any(|k| {
            split_first_word(k).is_some_and(|(first, other)| {
                other == rest && first.len() > initial.len() && first.starts_with(letter)
            })
        })
    }))
}

/// "Ms Lim" for "Jasmine Lim Shu Fen", "Mr Hafiz" for "Muhammad Hafiz Roslan", "Ochoa" for
/// "María José Ochoa Beltrán", "De la Vega" for "Juan Pablo de la Vega Arriagada": words
/// inside one person's full name, neither its first nor its last, that the text uses alone
/// for a person (a family name after a given name written first, a name after "Muhammad",
/// a paternal surname). Two people holding the words leave the name alone.
fn name_inside(query: &Query) -> Option<usize> {
    let mention = query.mention;
    if mention.kind != Kind::Person || query.surname_of.is_some() || query.place_context {
        return None;
    }
    // The first place the key stands as a whole word, a word after it: compared in place
    // rather than with a string of the key between spaces made for every name.
    let key = query.key;
    let inner_at = |k: &str| {
        let mut from = 0;
        while let Some(found) = k.get(from..).and_then(|rest| rest.find(key)) {
            let at = from + found;
            let bytes = k.as_bytes();
            if at > 0 && bytes[at - 1] == b' ' && bytes.get(at + key.len()) == Some(&b' ') {
                return Some(at);
            }
            // Keys begin at a word, so the next match is past a whole character.
            from = at + k[at..].chars().next().map_or(1, char::len_utf8);
        }
        None
    };
    // The groups with a key holding this name's first word inside it.
    let first_word = split_first_word(key).map_or(key, |(first, _)| first);
    let inside = query
        .index
        .candidates(&query.index.by_inner_word, first_word);
    query.only_one(&inside, Kind::Person, |group| {
        group
            .keys()
            .any(|k| inner_at(k).is_some_and(|at| at + key.len() + 1 < k.len()))
    })
}

/// "the Church" for "Church of Scientology": an ordinary word heading one organisation.
fn head_word(query: &Query) -> Option<usize> {
    if query.word_count != 1 || query.mention.evidence > Evidence::Guess {
        return None;
    }
    query.only_one(query.starting, Kind::Organization, |group| {
        group.keys().any(|k| {
            // The key's first word is this word and its second is "of".
            k.strip_prefix(query.key)
                .and_then(|rest| rest.strip_prefix(" of"))
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
    })
}

/// "Bayline" for "Bayline Marine Inc.", "Kessler-Braun" for "Kessler-Braun AG": the first
/// words of one company's name, written with its legal form (in the mention or right after
/// it), stand for it. So does the first word of a company named by it and a business word
/// ("Quillmark" for "Quillmark Holdings"). A person of that surname is asked first (the
/// surname rule), and a name sure to be someone else's never joins.
fn company_short_name(query: &Query) -> Option<usize> {
    let mention = query.mention;
    if mention.evidence == Evidence::Sure && mention.kind != Kind::Organization {
        return None;
    }
    // ("Queensland" inside "Queensland Health": a place the gazetteer knows, found inside
    // the name, is the place, and no short name of the body.)
    if mention.kind == Kind::Place && mention.evidence >= Evidence::Likely {
        return None;
    }
    // ("Redcliffs Residential Repairs Ltd … the seaside suburb of Redcliffs": a place said of
    // a place is the place the company is named after.)
    if mention.kind == Kind::Place && query.place_context {
        return None;
    }
    let fits = |group: &Group| {
        group.keys().any(|k| {
            let Some(rest) = k.strip_prefix(query.key).and_then(|r| r.strip_prefix(' ')) else {
                return false;
            };
            let last = rest.rsplit(' ').next().unwrap_or(rest);
            // ("Pengrui" for "Pengrui Freight Services": the business word may end several,
            // but not after a place: "Karoo" is not "Karoo Sun Energy".)
            let business_after_words = rest.contains(' ')
                && mention.kind != Kind::Place
                && !query.place_context
                && (lexicon::contains_folded(lexicon::BUSINESS_WORDS, last)
                    || lexicon::contains_folded(lexicon::UTILITY_NOUNS, last));
            group.written_with_legal_form
                || lexicon::contains_folded(lexicon::LEGAL_FORMS, last)
                || business_after_words
                || (!rest.contains(' ')
                    && (lexicon::contains_folded(lexicon::BUSINESS_WORDS, rest)
                        || lexicon::contains_folded(lexicon::UTILITY_NOUNS, rest)))
                // "Thornbury" for the club "Thornbury Athletic"; "Minnesota" playing, for
                // the "Minnesota Timberwolves" (a word English seldom writes).
                // ("Bedford" playing, for the "Bedford Blues" read in a result: a plural
                // nickname, however common the word; not "Punjab" for "Punjab Kings", a
                // franchise the text names elsewhere.)
                || (!rest.contains(' ')
                    && mention.kind == Kind::Organization
                    && (lexicon::contains_folded(lexicon::CLUB_SUFFIXES, rest)
                        || (mention.names_a_club()
                            && (!is_common_english(rest)
                                || (rest.ends_with('s')
                                    && group.best_rule.contains(&CLUB_IN_A_RESULT))))))
        })
    };
    let mut fitting = (query.starting.iter().copied())
        .filter(|&g| query.groups[g].kind() == Kind::Organization && fits(&query.groups[g]));
    let first = fitting.next()?;
    // "Norvane Pharma" in a headline and "Norvane Pharmaceuticals Inc" below are one company
    // written short: of names that abbreviate one another, the most mentioned stands for
    // both. ("Tata Steel" and "Tata Motors" are two: "Tata" joins neither.)
    let mut chosen = first;
    for other in fitting {
        let same_company = query.groups[chosen].keys().any(|a| {
            query.groups[other]
                .keys()
                .any(|b| abbreviates(a, b) || abbreviates(b, a))
        });
        if !same_company {
            return None;
        }
        if query.groups[other].mentions > query.groups[chosen].mentions {
            chosen = other;
        }
    }
    Some(chosen)
}

/// Whether name `short` abbreviates name `long` word by word: as many words, each a prefix
/// of the other's ("norvane pharma" of "norvane pharmaceuticals inc" past its legal form).
fn abbreviates(short: &str, long: &str) -> bool {
    let long_words: Vec<&str> = long
        .split(' ')
        .filter(|w| !lexicon::contains_folded(lexicon::LEGAL_FORMS, w))
        .collect();
    let short_words: Vec<&str> = short.split(' ').collect();
    short_words.len() == long_words.len()
        && short != long
        && short_words
            .iter()
            .zip(&long_words)
            .all(|(s, l)| s.len() >= 3 && l.starts_with(s))
}

/// `Karoo Sun Energy (Pty) Ltd ("Karoo Sun" or …)`: whether a name with `gap` between it and
/// the name before it, and `after` after it, is that name's short form in quotation marks
/// opening a bracket. Only a legal form may stand between the long name and the bracket.
fn defines_short_name(gap: &str, after: &str) -> bool {
    let Some(before_bracket) = ["(“", "(\"", "(‘", "('"]
        .iter()
        .find_map(|opening| gap.strip_suffix(opening))
    else {
        return false;
    };
    let legal_form = |word: &str| {
        let word = word.trim_matches(|c| c == '(' || c == ')');
        lexicon::contains_folded(lexicon::LEGAL_FORMS, word)
    };
    let closed = after.starts_with(['”', '"', '’', '\'']);
    closed && before_bracket.len() <= 24 && before_bracket.split_whitespace().all(legal_form)
}

/// Whether the word right after `span` is a company's legal form ("Caldermoor Payments plc",
/// where the mention leaves the form out).
fn legal_form_after(text: &str, span: Span) -> bool {
    let Some(after) = text.get(span.end..).and_then(|t| t.strip_prefix(' ')) else {
        return false;
    };
    let ends_word = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"');
    // Asked after every name: the word's bytes are read as bytes up to the first that is not
    // ASCII (rarely any), and only from there as characters.
    let ascii_end = (after.bytes()).position(|b| !b.is_ascii() || ends_word(char::from(b)));
    let word_end = match ascii_end {
        Some(at) if !after.as_bytes()[at].is_ascii() => {
            (after.get(at..).and_then(|rest| rest.find(ends_word))).map_or(after.len(), |i| at + i)
        }
        Some(at) => at,
        None => after.len(),
    };
    let word = &after[..word_end];
    !word.is_empty()
        && (lexicon::contains_folded(lexicon::LEGAL_FORMS, word)
            || word
                .strip_suffix('.')
                .is_some_and(|w| lexicon::contains_folded(lexicon::LEGAL_FORMS, w)))
}

/// Whether an organisation's name is where it is: "North Carolina" after "University of" is
/// where the university is, not its short name; so is "Gran Canaria" after "Cabildo de".
fn located(group: &Group, key: &str) -> bool {
    const PLACE_PREPOSITIONS: &[&str] = &[" of", " at", " de", " du", " des", " di", " da", " do"];
    group.keys().any(|k| {
        k.strip_suffix(key)
            .and_then(|rest| rest.strip_suffix(' '))
            .is_some_and(|rest| PLACE_PREPOSITIONS.iter().any(|p| rest.ends_with(p)))
    })
}

/// "Scientology" for "Church of Scientology": the one organisation named after what this
/// word names, when the word is no place ("Bank of America" is not "America").
fn named_after(query: &Query) -> Option<usize> {
    let mention = query.mention;
    let fits = matches!(mention.kind, Kind::Organization | Kind::Other)
        && mention.evidence < Evidence::Sure
        && query.word_count == 1
        && !mention.locative;
    fits.then(|| query.only_one(query.ending, Kind::Organization, |g| located(g, query.key)))?
}

/// "the Murrumbidgee" for "Murrumbidgee River", "the Gobi" for "Gobi Desert": one word
/// nothing but a guess gives a kind of its own, opening the one place named by it and the word for a
/// river, lake, range or desert. ("Bourke" is not "Bourke Street": a street is named after
/// something else, and its name alone means that.)
fn feature_name(query: &Query) -> Option<usize> {
    let mention = query.mention;
    // A gazetteer's place ("Mississippi", the state) is itself, whatever river shares its name.
    if query.word_count != 1 || mention.evidence == Evidence::Sure {
        return None;
    }
    let before_feature = || {
        query.only_one(query.starting, Kind::Place, |group| {
            group.keys().any(|k| {
                k.strip_prefix(query.key)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|feature| {
                        lexicon::contains_folded(lexicon::NATURAL_FEATURES, feature)
                    })
            })
        })
    };
    // "Korrawong" for "Mount Korrawong", "Torsa" for "Eilean Torsa": the name after the word
    // for what the place is, which a person's name may be as well (a person's shape loses).
    let after_head = || {
        query.only_one(query.ending, Kind::Place, |group| {
            group.keys().any(|k| {
                k.strip_suffix(query.key)
                    .and_then(|rest| rest.strip_suffix(' '))
                    .is_some_and(|head| lexicon::contains_folded(lexicon::PLACE_HEADS, head))
            })
        })
    };
    let guessed = mention.evidence <= Evidence::Guess && mention.kind != Kind::Person;
    (if guessed { before_feature() } else { None }).or_else(after_head)
}

/// Whether English writes the folded word `word` often, as the name finder counts common
/// words: no team's own word is ("City", "United").
fn is_common_english(word: &str) -> bool {
    super::gazetteer::get()
        .word_rank(word)
        .is_some_and(|rank| rank <= super::names::COMMON_RANK)
}

/// "State Department" inside "US State Department"; "Timberwolves" for "Minnesota
/// Timberwolves": one word no more than rarely written in English after the place a team or
/// a body is named for.
fn name_end(query: &Query) -> Option<usize> {
    if query.mention.kind == Kind::Person {
        return None;
    }
    if query.word_count >= 2 {
        return query.only_one(query.ending, Kind::Organization, |g| !located(g, query.key));
    }

    // ("Coastguard" for "HM Coastguard": His or Her Majesty's is no part of the body's own
    // name, whatever its word.)
    let after_majesty = query.only_one(query.ending, Kind::Organization, |g| {
        g.keys()
            .any(|k| k.strip_suffix(query.key).is_some_and(|head| head == "hm "))
    });
    if after_majesty.is_some() || is_common_english(query.key) {
        return after_majesty;
    }
    // ("Albion levelled" for "Tadcaster Albion", read in the result: a club's last word
    // names it, whatever its first.)
    let club = query.only_one(query.ending, Kind::Organization, |g| {
        g.best_rule.contains(&CLUB_IN_A_RESULT)
            && g.keys().any(|k| {
                k.strip_suffix(query.key)
                    .is_some_and(|head| head.ends_with(' '))
            })
    });
    if club.is_some() {
        return club;
    }
    let gazetteer = super::gazetteer::get();
    query.only_one(query.ending, Kind::Organization, |g| {
        g.keys().any(|k| {
            k.strip_suffix(query.key)
                .and_then(|head| head.strip_suffix(' '))
                .is_some_and(|place| {
                    // (Keys are folded; the gazetteer knows places as written.)
                    let written: Vec<String> = (place.split(' '))
                        .map(|word| {
                            let mut chars = word.chars();
                            chars.next().map_or(String::new(), |first| {
                                first.to_uppercase().chain(chars).collect()
                            })
                        })
                        .collect();
                    gazetteer.place(&written.join(" ")).is_some()
                })
        })
    })
}

/// "Apple" for "Apple Inc": the name without its legal form, however its own words made it
/// look ("Quorrasoft said" reads like a person).
fn without_legal_form(query: &Query) -> Option<usize> {
    let mention = query.mention;
    let fits = matches!(
        mention.kind,
        Kind::Organization | Kind::Person | Kind::Other
    ) && mention.evidence < Evidence::Sure;
    fits.then(|| {
        query.only_one(query.starting, Kind::Organization, |group| {
            group.keys().any(|k| {
                k.strip_prefix(query.key)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|form| lexicon::LEGAL_FORMS.contains(&form))
            })
        })
    })?
}

/// "Andy Warhol Foundation" for "Andy Warhol Foundation for the Visual Arts": the name
/// without what follows its head.
fn without_tail(query: &Query) -> Option<usize> {
    if query.mention.kind != Kind::Organization || query.word_count < 2 {
        return None;
    }
    query.only_one(query.starting, Kind::Organization, |group| {
        group.keys().any(|k| {
            k.strip_prefix(query.key)
                .is_some_and(|rest| rest.starts_with(" for ") || rest.starts_with(" of "))
        })
    })
}

/// The words of a folded key, which single spaces separate: its spaces counted, a byte
/// comparison the compiler does many at a time.
fn word_count(key: &str) -> usize {
    key.bytes().filter(|&b| b == b' ').count() + 1
}

/// Where the first space of a key is. Keys are short and asked many times each: a byte loop,
/// where `str::split_once(' ')` set up a character searcher every time.
fn first_space(key: &str) -> Option<usize> {
    key.bytes().position(|b| b == b' ')
}

/// A key cut at its first space: its first word and the rest.
fn split_first_word(key: &str) -> Option<(&str, &str)> {
    let at = first_space(key)?;
    // A space is one byte, so both sides are whole characters.
    Some((key.get(..at)?, key.get(at + 1..)?))
}

/// The words of a folded key that order it among names: an opening initial is no full word,
/// so "s korea" waits for "south korea" as "putin" waits for "vladimir putin".
fn full_words(key: &str) -> usize {
    let Some((first, rest)) = split_first_word(key) else {
        return 1;
    };
    // The words after the first counted in what follows it (asked of every name, the key
    // read once); the first is an initial when it is one character.
    let mut chars = first.chars();
    let initial = chars.next().is_some() && chars.next().is_none();
    1 + word_count(rest) - usize::from(initial)
}

/// The one item of `items`, or `None` when there are none or several.
fn only(mut items: impl Iterator<Item = usize>) -> Option<usize> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}

/// Whether `letters` (an acronym, lower case) are the openings of the words of `key` (a
/// folded name of three words or more), in order: the first word's opening first, the last
/// word's last, each opening a letter or more, at most two words between them left out.
/// The small words acronyms skip ("of", "and") may give their letter or not, free: "DOC" is
/// the Department of Conservation.
fn spelled_by_word_openings(letters: &str, key: &str) -> bool {
    const SKIPPABLE: usize = 2;
    // (Asked of every group for an acronym no initials found: most open with another letter.)
    if key.as_bytes().first() != letters.as_bytes().first() {
        return false;
    }
    let words: Vec<&str> = key.split(' ').filter(|word| !word.is_empty()).collect();
    let content = words.iter().filter(|w| initial_of(w).is_some()).count();
    if letters.len() < 3 || words.len() < 3 || content < 2 || !letters.is_ascii() {
        return false;
    }
    // Whether letters[at..] are spelled by words[word..], the word at `word` opening them.
    fn spells(letters: &[u8], words: &[&str], at: usize, word: usize, skips: usize) -> bool {
        let Some(current) = words.get(word) else {
            return at == letters.len();
        };
        let last = word + 1 == words.len();
        let small = initial_of(current).is_none();
        let mut length = 0;
        for (&letter, &byte) in letters[at..].iter().zip(current.as_bytes()) {
            if letter != byte || (small && length == 1) {
                break;
            }
            length += 1;
            if spells(letters, words, at + length, word + 1, skips) {
                return true;
            }
        }
        // (A middle word may be left out; never the first or the last. A small word is
        // left out free.)
        if small && word > 0 && !last {
            return spells(letters, words, at, word + 1, skips);
        }
        word > 0 && !last && skips > 0 && spells(letters, words, at, word + 1, skips - 1)
    }
    spells(letters.as_bytes(), &words, 0, 0, SKIPPABLE)
}

/// The initials of a name of several words as the text writes it, when an acronym among
/// ordinary words gives all its letters ("UK Independence Party" → "ukip"); else none, and
/// the key's initials stand. In a name written all in capitals no word stands out as an
/// acronym.
fn written_initials(written: &str) -> Option<String> {
    // An ASCII acronym has two capitals, or a capital and a full stop or "&", side by side:
    // a name without such a pair (nearly every one) holds none, and is not read word by word.
    let acronym_byte = |b: &u8| b.is_ascii_uppercase() || matches!(b, b'.' | b'&');
    if written.is_ascii()
        && !(written.as_bytes().windows(2)).any(|pair| pair.iter().all(acronym_byte))
    {
        return None;
    }
    let words = || written.split_whitespace();
    // Asked of every new key of several words, nearly none with an acronym: the words are
    // counted and asked in one pass.
    let (count, acronyms) = words().fold((0, 0), |(count, acronyms), word| {
        (count + 1, acronyms + usize::from(is_acronym(word)))
    });
    let spells_acronyms = count >= 2 && acronyms > 0 && acronyms < count;
    if !spells_acronyms {
        return None;
    }
    let mut initials = String::new();
    for word in words() {
        if is_acronym(word) {
            initials.extend(acronym_letters(word).chars().flat_map(char::to_lowercase));
        } else if !["of", "and", "the", "for", "&"]
            .iter()
            .any(|small| word.eq_ignore_ascii_case(small))
        {
            // The word's first letter lowered, as `initial_of` gives it from the word lowered
            // (without lowering the whole word for one letter).
            let letter = word.chars().next().and_then(|c| c.to_lowercase().next());
            initials.extend(letter.into_iter().flat_map(char::to_lowercase));
        }
    }
    Some(initials)
}

/// A name's `initials` without those of the country's acronym opening it ("U.S.", "UK"),
/// when three letters or more are left.
fn initials_after_country_acronym(written: &str, initials: &str) -> Option<String> {
    const SHORTEST: usize = 3;
    let first = written.split_whitespace().next()?;
    if !is_acronym(first) || crate::extract::gazetteer::get().place(first).is_none() {
        return None;
    }
    let letters = acronym_letters(first).chars().count();
    let rest: String = initials.chars().skip(letters).collect();
    (rest.chars().count() >= SHORTEST).then_some(rest)
}

/// The letter a folded word gives its name's initials: none for the small words acronyms
/// skip ("Church of Scientology" is "cs").
fn initial_of(word: &str) -> Option<char> {
    if matches!(word, "of" | "and" | "the" | "for" | "&") {
        return None;
    }
    word.chars().next()
}

/// The entity of `group`, whose mentions are `members` (indices into `mentions`; their order
/// does not matter, every list built from them is sorted).
fn build_entity(
    text: &str,
    mentions: &[NameMention],
    unapposed: &MentionSet,
    group: &GroupSummary,
    members: &[u32],
) -> Entity {
    let (spans, any_naming) = entity_spans(mentions, unapposed, members);
    let name = entity_name(text, &spans).to_string();
    let aliases = entity_aliases(text, &spans, &name);
    let roles = entity_roles(text, mentions, members, any_naming);
    Entity {
        name,
        kind: group.kind,
        aliases,
        roles,
        mentions: spans,
        grounds: Grounds {
            grouped_by: group.rules,
            kind_rule: group.kind_rule,
        },
    }
}

/// The sorted spans of an entity's `members` that count as its mentions, and whether any of
/// them is a name rather than a title: "The Minister for Transport, Darragh O'Brien, said"
/// names him once.
fn entity_spans(
    mentions: &[NameMention],
    unapposed: &MentionSet,
    members: &[u32],
) -> (Vec<Span>, bool) {
    let members = || members.iter().map(|&i| i as usize);
    let mut spans: Vec<Span> = members()
        .filter(|&i| !unapposed.contains(i))
        .map(|i| mentions[i].span())
        .collect();
    // Spans equal in order are equal: an unstable sort gives the same list.
    spans.sort_unstable();
    spans.dedup();
    let mut titles: Vec<Span> = members()
        .filter(|&i| mentions[i].title_only && !unapposed.contains(i))
        .map(|i| mentions[i].span())
        .collect();
    // Sorted to be searched: an entity of many titles asked of each of its spans was
    // quadratic.
    titles.sort_unstable();
    let is_title = |span: &Span| titles.binary_search(span).is_ok();
    // A person's name, not the title standing for them, names the entity (the titles do
    // when there is nothing else).
    let any_naming = spans.iter().any(|s| !is_title(s));
    // Beside a name, a title is one of its roles, not a mention: "The Minister for
    // Transport, Darragh O'Brien, said" names him once.
    if any_naming {
        spans.retain(|s| !is_title(s));
    }
    (spans, any_naming)
}

/// The name an entity goes by among the surfaces of its `spans`: the longest, written as
/// prose writes it rather than as an acronym ("Krishnagiri", not "KRISHNAGIRI").
fn entity_name<'t>(text: &'t str, spans: &[Span]) -> &'t str {
    let mut name = "";
    let mut name_chars = 0;
    for span in spans {
        let surface = span.slice(text);
        // No more characters than bytes: a surface shorter than the name is not counted.
        if surface.len() < name_chars && !name.is_empty() {
            continue;
        }
        let chars = surface.chars().count();
        // ("KRISHNAGIRI" in a dateline, then "Krishnagiri": a long name shouted first is
        // named as the text writes it in prose.)
        let unshouted =
            || chars == name_chars && chars >= 5 && is_acronym(name) && !is_acronym(surface);
        // The first surface is the name so far whatever it is: not asked whether it is an
        // acronym, which for most entities, named one way, was the only time it was asked.
        if name.is_empty() || chars > name_chars && !is_acronym(surface) || unshouted() {
            name = surface;
            name_chars = chars;
        }
    }
    name
}

/// The other surfaces of an entity's `spans` than its `name`, each once, in the text's
/// order: "Putin" beside "Vladimir Putin".
fn entity_aliases(text: &str, spans: &[Span], name: &str) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    for span in spans {
        let surface = span.slice(text);
        if surface != name && !aliases.iter().any(|a| a == surface) {
            aliases.push(surface.to_string());
        }
    }
    aliases
}

/// The roles of an entity's `members`, each once, in the text's order: the roles written
/// beside its mentions, and, when a name names it (`any_naming`), the titles standing for it
/// ("the Minister for Transport").
fn entity_roles(
    text: &str,
    mentions: &[NameMention],
    members: &[u32],
    any_naming: bool,
) -> Vec<String> {
    let members = || members.iter().map(|&i| i as usize);
    let mut roles: Vec<String> = Vec::new();
    // Appended a mention's roles at a time: most mentions have none.
    let mut role_spans: Vec<Span> = Vec::new();
    for i in members() {
        role_spans.extend_from_slice(&mentions[i].roles);
    }
    // Every title standing for a named person is one of its roles, written as a mention or not.
    if any_naming {
        role_spans.extend(
            members()
                .filter(|&i| mentions[i].title_only)
                .map(|i| mentions[i].span()),
        );
    }
    role_spans.sort_unstable();
    for span in role_spans {
        let role = span.slice(text);
        if !roles.iter().any(|r| r == role) {
            roles.push(role.to_string());
        }
    }
    roles
}

/// People of this briefing inside longer names: "Andy Warhol" in "Andy Warhol Foundation",
/// "Warhol" in "the Warhol Polaroids". The inner name becomes a mention of the person; only
/// names the text itself uses on their own count, so nothing is guessed.
pub fn nest_known_names(text: &str, entities: &mut [Entity]) {
    let (names, named) = names_to_find(entities);
    let by_name = index_names(&names, named);
    // Without a person's name of several words there is nothing to find.
    if by_name.is_empty() {
        return;
    }
    let found = find_nested(text, entities, &by_name);
    add_nested(entities, found);
}

/// The names looked for, folded into one string, each with its entity: the names of people
/// known by several words. A place opening a longer name is part of that name, as news
/// annotation reads it ("Durham" in "Durham County Council", "Tauranga" in "Tauranga
/// Harbour"), and organisations inside names are less reliably meant ("Scientology" in
/// "Church of Scientology").
fn names_to_find(entities: &[Entity]) -> (Vec<u8>, Vec<(Range<usize>, usize)>) {
    let mut names = Vec::new();
    let mut named: Vec<(Range<usize>, usize)> = Vec::with_capacity(entities.len());
    for (index, entity) in entities.iter().enumerate() {
        let person = entity.kind == Kind::Person && entity.name.contains(' ');
        if !person {
            continue;
        }
        for name in std::iter::once(&entity.name).chain(&entity.aliases) {
            let key = fold_onto(&mut names, name);
            if key.len() < 3 {
                names.truncate(key.start);
                continue;
            }
            named.push((key, index));
        }
    }
    (names, named)
}

/// Each folded name's entity, or `None` when two entities share it.
fn index_names(names: &[u8], named: Vec<(Range<usize>, usize)>) -> HashMap<&[u8], Option<usize>> {
    let mut by_name: HashMap<&[u8], Option<usize>> =
        HashMap::with_capacity_and_hasher(named.len(), Default::default());
    for (key, index) in named {
        let Some(name) = names.get(key) else {
            continue;
        };
        by_name
            .entry(name)
            .and_modify(|e| {
                if *e != Some(index) {
                    *e = None;
                }
            })
            .or_insert(Some(index));
    }
    by_name
}

/// Every known name inside a mention of another entity, as (entity, span).
fn find_nested(
    text: &str,
    entities: &[Entity],
    by_name: &HashMap<&[u8], Option<usize>>,
) -> Vec<(usize, Span)> {
    let mut finder = NestedFinder::new(entities, by_name);
    let mut found: Vec<(usize, Span)> = Vec::new();
    // An entity is mostly named the same way again, and the same words hold the same names:
    // each of its surfaces is searched once (up to a few distinct ones, so an entity named
    // many ways costs no more than before).
    const SURFACES_REMEMBERED: usize = 16;
    let mut searched_surfaces: Vec<(&str, Range<usize>)> = Vec::new();
    let mut inside: Vec<(usize, usize, usize)> = Vec::new();
    for (index, entity) in entities.iter().enumerate() {
        if entity.kind == Kind::Person {
            continue;
        }
        searched_surfaces.clear();
        inside.clear();
        for mention in &entity.mentions {
            let surface = mention.slice(text);
            let known = searched_surfaces.iter().find(|(s, _)| *s == surface);
            let range = match known {
                Some((_, range)) => range.clone(),
                None => {
                    let first = inside.len();
                    finder.names_inside(surface, index, &mut inside);
                    if searched_surfaces.len() < SURFACES_REMEMBERED {
                        searched_surfaces.push((surface, first..inside.len()));
                    }
                    first..inside.len()
                }
            };
            for &(target, offset, length) in &inside[range] {
                let begin = mention.start + offset;
                found.push((target, Span::new(begin, begin + length)));
            }
        }
    }
    found
}

/// Gives each entity the mentions found inside longer names, kept sorted and unique.
fn add_nested(entities: &mut [Entity], found: Vec<(usize, Span)>) {
    // Mentions were sorted and unique; only the entities given more need it again.
    let mut given: Vec<usize> = found.iter().map(|&(target, _)| target).collect();
    given.sort_unstable();
    given.dedup();
    for (target, span) in found {
        if let Some(entity) = entities.get_mut(target) {
            entity.mentions.push(span);
        }
    }
    for target in given {
        if let Some(entity) = entities.get_mut(target) {
            entity.mentions.sort();
            entity.mentions.dedup();
            entity
                .grounds
                .grouped_by
                .insert(GroupRule::NameInsideLonger);
        }
    }
}

/// Finds known names inside a mention's words, with buffers reused for every mention.
struct NestedFinder<'e, 'n> {
    entities: &'e [Entity],
    by_name: &'e HashMap<&'n [u8], Option<usize>>,
    folded: Vec<u8>,
    surface_folded: Vec<u8>,
    /// Word boundaries within the mention, as byte ranges.
    words: Vec<(usize, usize)>,
    covered: Vec<bool>,
}

impl<'e, 'n> NestedFinder<'e, 'n> {
    fn new(entities: &'e [Entity], by_name: &'e HashMap<&'n [u8], Option<usize>>) -> Self {
        NestedFinder {
            entities,
            by_name,
            folded: Vec::new(),
            surface_folded: Vec::new(),
            words: Vec::new(),
            covered: Vec::new(),
        }
    }

    fn split_words(&mut self, surface: &str) {
        self.words.clear();
        let mut start = 0;
        for word in surface.split(' ') {
            if !word.is_empty() {
                self.words.push((start, start + word.len()));
            }
            start += word.len() + 1;
        }
    }

    /// The names inside `surface` of a mention of entity `index`, appended to `inside` as
    /// (entity, offset in the surface, length): longest runs of words first, none overlapping.
    fn names_inside(
        &mut self,
        surface: &str,
        index: usize,
        inside: &mut Vec<(usize, usize, usize)>,
    ) {
        self.split_words(surface);
        let n = self.words.len();
        if n < 2 {
            return;
        }
        // A plain name (nearly every one) folds to itself lowered, and so does every run of
        // its words: their folded forms are read from the whole name's, folded once.
        self.surface_folded.clear();
        let plain = surface.is_ascii()
            && fold_plain_ascii_onto(surface.as_bytes(), &mut self.surface_folded);
        self.covered.clear();
        self.covered.resize(n, false);
        for length in (1..n).rev() {
            for from in 0..=n - length {
                if self.covered[from..from + length].iter().any(|&c| c) {
                    continue;
                }
                let run = self.words[from].0..self.words[from + length - 1].1;
                let inner = super::names::strip_possessive(&surface[run.clone()]);
                if !inner.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                let key = match self.surface_folded.get(run) {
                    Some(run_folded) if plain => Cow::Borrowed(run_folded),
                    _ => fold_for_lookup(inner, &mut self.folded),
                };
                let Some(&Some(target)) = self.by_name.get(&*key) else {
                    continue;
                };
                // "Marchbank & Sons", "Halverton Foods": a firm named after a family is
                // the firm's name, not a mention of the one person of that surname.
                let surname_of_firm = length == 1
                    && self
                        .entities
                        .get(index)
                        .is_some_and(|e| e.kind == Kind::Organization);
                if target == index || surname_of_firm {
                    continue;
                }
                self.covered[from..from + length]
                    .iter_mut()
                    .for_each(|c| *c = true);
                inside.push((target, self.words[from].0, inner.len()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_folding_matches_the_general_folding() {
        for name in [
            "al-Sharaa",
            "Sharaa's",
            "'s",
            "s's",
            "U.S.",
            "New People's Party",
            "New People Party",
            "al Sham",
            "Hayat Tahrir al-Sham",
            "  double  spaces ",
            "-al-",
            "O'Neal's",
            "Reuters'",
            "AL-ASSAD",
            "el",
            "al el",
            "the `quoted` one.",
            "",
            // Plain names, folded eight bytes at a time: spaces on either side of a chunk's
            // end, a particle among plain words, capitals, digits and signs.
            "Andy Warhol Foundation for the Visual Arts",
            "Seventh  Fleet",
            "Seventh Fleet",
            "Abdullah Ali Saleh",
            "Ahmed AL Sharaa",
            // A particle ending a chunk, and one that is the last word.
            "Hayat Tahrir al Sham",
            "Hayat Tahrir Sham al",
            "Abdulrahman Mohammed as",
            "Group 7 & G20 Summit",
            "X",
        ] {
            assert!(name.is_ascii());
            assert_eq!(fold_ascii(name), fold_general(name), "{name}");
            let mut appended = b"before ".to_vec();
            fold_ascii_onto(name.as_bytes(), &mut appended);
            let expected = format!("before {}", fold_general(name));
            assert_eq!(appended, expected.as_bytes(), "{name}");
        }
    }

    fn mention_at(start: usize, end: usize) -> NameMention {
        NameMention {
            span: Span { start, end }.into(),
            kind: Kind::Person,
            evidence: Evidence::Guess,
            roles: Default::default(),
            known_as: crate::extract::names::KnownAs::NONE,
            locative: false,
            title_only: false,
            kind_rule: "test",
        }
    }

    /// The nearest neighbours found by binary search are the ones a reading of every mention
    /// finds: the last of those ending nearest before, the first of those starting nearest
    /// after, with nested, repeated and unordered spans.
    #[test]
    fn neighbours_are_those_a_full_scan_finds() {
        let spans = [
            (10, 20),
            (0, 5),
            (10, 20),
            (12, 15),
            (25, 30),
            (5, 10),
            (20, 25),
            (0, 5),
            (30, 31),
            (22, 40),
        ];
        let mentions: Vec<NameMention> = spans.iter().map(|&(s, e)| mention_at(s, e)).collect();
        let neighbours = Neighbours::new(&mentions);
        for mention in &mentions {
            let span = mention.span();
            let before = (0..mentions.len())
                .filter(|&i| mentions[i].span().end <= span.start)
                .max_by_key(|&i| mentions[i].span().end);
            let after = (0..mentions.len())
                .filter(|&i| mentions[i].span().start >= span.end)
                .min_by_key(|&i| mentions[i].span().start);
            assert_eq!(neighbours.before(&mentions, span), before, "{span:?}");
            assert_eq!(neighbours.after(&mentions, span), after, "{span:?}");
        }
    }

    #[test]
    fn folding_meets_sharaa_and_al_sharaa() {
        assert_eq!(fold("al-Shara’a"), "sharaa");
        assert_eq!(fold("Sharaa"), "sharaa");
        assert_eq!(fold("Hayʼat Tahrir al-Sham"), "hayat tahrir sham");
        let initials: String = fold("Hayʼat Tahrir al-Sham")
            .split(' ')
            .filter_map(initial_of)
            .collect();
        assert_eq!(initials, "hts");
    }
}
