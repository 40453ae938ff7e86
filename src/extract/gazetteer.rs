//! The gazetteer: places, demonyms, groups, organisations, given names, surnames and English
//! word frequencies, compiled in from `assets/` and indexed once on first use.
//!
//! The asset files are plain UTF-8 text made by `assets/build/build_gazetteer.py` from public
//! registry packages (sources and licences in `assets/README.md`), plus two hand-curated
//! files (`organizations.tsv`, `groups.txt`). Every key borrows from the compiled-in text, so
//! building the index allocates little beyond the hash tables themselves.
//!
//! Lookups take a surface form as written in the text ("Saudi Arabia", "U.S.", "Syrians");
//! only `word_rank` expects lower case. A typographic apostrophe (’) matches a straight one.
//! Parsing is defensive: a malformed line is skipped, never a panic.
//!
//! Small towns (`towns.txt`) stand apart: they are no places of the index, only names that
//! [`Gazetteer::town`] finds by halving the sorted compiled-in list, weak evidence for a
//! caller that has nothing better, since many are also people's or firms' names.
//!
//! Ambiguity is left to the caller on purpose. "Jordan" is a country and a given name,
//! "White" a surname and a common word: each list answers for itself, and `word_rank` tells
//! whether a capitalised word is also ordinary English.

use std::cmp::Ordering;
use std::sync::LazyLock;

use super::hash::{FastMap as HashMap, FastSet as HashSet, ShortWord};
use super::lexicon;

const PLACES: &str = include_str!("../../assets/places.tsv");
const DEMONYMS: &str = include_str!("../../assets/demonyms.tsv");
const GROUPS: &str = include_str!("../../assets/groups.txt");
const ORGANIZATIONS: &str = include_str!("../../assets/organizations.tsv");
const GIVEN_NAMES: &str = include_str!("../../assets/given_names.txt");
const GIVEN_NAME_GENDERS: &str = include_str!("../../assets/given_name_genders.tsv");
const SURNAMES: &str = include_str!("../../assets/surnames.txt");
const WORDS: &str = include_str!("../../assets/words.txt");
const TOWNS: &str = include_str!("../../assets/towns.txt");
const LANGUAGES: &str = include_str!("../../assets/languages.txt");

/// What sort of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceClass {
    Continent,
    Region,
    Country,
    State,
    City,
}

impl PlaceClass {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "Continent" => Some(Self::Continent),
            "Region" => Some(Self::Region),
            "Country" => Some(Self::Country),
            "State" => Some(Self::State),
            "City" => Some(Self::City),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The canonical English name ("United States" for "U.S."), borrowed from the asset.
    pub name: &'static str,
    pub class: PlaceClass,
    /// Inhabitants, 0 when unknown (continents, regions).
    pub population: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// The canonical name ("United Nations" for "UN"), borrowed from the asset.
    pub name: &'static str,
}

/// Everything the gazetteer knows about one surface form, so that the several questions a
/// name raises (a place? an organisation? a demonym? a group? a given name?) cost one lookup
/// in one table instead of one in each of seven. Each list's lookups hit memory far from
/// the text, and were the largest share of name finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Index into the places, `NONE` when not a place name.
    place: u32,
    /// Index into the organisations, `NONE` when not an organisation's name.
    organization: u32,
    /// Frequency rank of a lower-case English word, `NONE` when unranked.
    rank: u32,
    /// Index into the demonyms' countries, `NONE` when not a demonym.
    demonym: u32,
    /// `GROUP`, `GIVEN_NAME`, `SURNAME`, `MALE_NAME`, `FEMALE_NAME` bits.
    flags: u8,
}

const NONE: u32 = u32::MAX;
const GROUP: u8 = 1;
const GIVEN_NAME: u8 = 2;
const SURNAME: u8 = 4;
/// A given name nearly always a man's or a woman's.
const MALE_NAME: u8 = 8;
const FEMALE_NAME: u8 = 16;
/// A language's name ("Swahili", "Scottish Gaelic").
const LANGUAGE: u8 = 32;

impl Default for Entry {
    fn default() -> Self {
        Entry {
            place: NONE,
            organization: NONE,
            rank: NONE,
            demonym: NONE,
            flags: 0,
        }
    }
}

fn present(value: u32) -> Option<u32> {
    (value != NONE).then_some(value)
}

impl Entry {
    /// What `self` and `other` (the same text with straight apostrophes) know between them,
    /// each field from `self` first, as [`with_apostrophes`] looks each list up.
    fn or(self, other: Entry) -> Entry {
        let first = |a: u32, b: u32| if a != NONE { a } else { b };
        Entry {
            place: first(self.place, other.place),
            organization: first(self.organization, other.organization),
            rank: first(self.rank, other.rank),
            demonym: first(self.demonym, other.demonym),
            flags: self.flags | other.flags,
        }
    }

    pub fn is_group_word(&self) -> bool {
        self.flags & GROUP != 0 || self.demonym != NONE
    }

    pub fn is_language(&self) -> bool {
        self.flags & LANGUAGE != 0
    }

    pub fn is_given_name(&self) -> bool {
        self.flags & GIVEN_NAME != 0
    }

    pub fn is_surname(&self) -> bool {
        self.flags & SURNAME != 0
    }

    pub fn is_place(&self) -> bool {
        self.place != NONE
    }

    pub fn is_organization(&self) -> bool {
        self.organization != NONE
    }

    pub fn is_demonym(&self) -> bool {
        self.demonym != NONE
    }
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    organizations: Vec<Organization>,
    /// Countries of the demonyms, indexed by [`Entry::demonym`].
    demonym_countries: Vec<&'static str>,
    /// The people of each of those countries ("Syria people"), the canonical name of a
    /// demonym: made once here rather than for each mention.
    demonym_peoples: Vec<Box<str>>,
    /// The entries of names of at most [`ShortWord::MAX_LEN`] bytes (nearly all of them),
    /// keyed packed: cheaper to hash and compare, at build and at every lookup.
    short_entries: HashMap<ShortWord, Entry>,
    /// The entries of longer names.
    long_entries: HashMap<&'static str, Entry>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// The gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

/// The data lines of an asset: not empty, not a `#` comment; without their line ends.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    // Split by a plain byte search: the assets hold some sixty thousand short lines, and a
    // general searcher's set-up for each line cost more than scanning its few bytes.
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = rest.get(..end).unwrap_or_default();
        rest = rest.get(end + 1..).unwrap_or_default();
        // Nearly every line ends without a carriage return: no search for one.
        Some(if line.ends_with('\r') {
            line.trim_end_matches('\r')
        } else {
            line
        })
    })
    .filter(|line| !trim(line).is_empty() && !line.starts_with('#'))
}

/// `str::trim`, answered at once for the text between two printable ASCII characters, as
/// nearly every line and name of the assets is.
fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        [only] if only.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// How many lines `text` has, at most: its line ends, plus one.
fn line_count(text: &str) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1
}

/// The non-empty `|`-separated names of one field.
fn names(field: &'static str) -> impl Iterator<Item = &'static str> {
    // Split by a test of each character: the names are short, and a general searcher's
    // set-up for each one cost more than testing its few characters.
    field.split(['|']).map(trim).filter(|name| !name.is_empty())
}

/// The places' lines, parsed: `class \t population \t canonical \t names|as|written`.
/// Malformed lines are skipped.
fn place_lines() -> impl Iterator<Item = (Place, &'static str)> {
    data_lines(PLACES).filter_map(|line| {
        // The first three fields are short, split by testing characters; the names, long,
        // are cut at a further tab by a search.
        let mut fields = line.splitn(4, ['\t']);
        let (Some(class), Some(population), Some(canonical), Some(rest)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return None;
        };
        let surfaces = rest.split('\t').next().unwrap_or_default();
        let (Some(class), Ok(population)) = (PlaceClass::parse(class), population.parse()) else {
            return None;
        };
        let place = Place {
            name: canonical,
            class,
            population,
        };
        Some((place, surfaces))
    })
}

/// The organisations' lines, parsed: `canonical \t aliases|acronyms` (the alias field is
/// optional), each as its canonical name and all its names. Lines without a name are
/// skipped.
fn organization_lines() -> impl Iterator<Item = (&'static str, impl Iterator<Item = &'static str>)>
{
    data_lines(ORGANIZATIONS).filter_map(|line| {
        let (canonical, aliases) = line.split_once('\t').unwrap_or((line, ""));
        let canonical = canonical.trim();
        (!canonical.is_empty())
            .then(|| (canonical, std::iter::once(canonical).chain(names(aliases))))
    })
}

/// Whether `name` is a line of `text`: lines in byte order after a header of `#` lines, as
/// the build script writes `towns.txt`. A search by halves in the text itself, so that the
/// tens of thousands of towns cost the index nothing.
fn sorted_lines_contain(text: &str, name: &str) -> bool {
    let mut body = text;
    while body.starts_with('#') {
        body = body.split_once('\n').map_or("", |(_, rest)| rest);
    }
    let bytes = body.as_bytes();
    // `low` and `high` stand at the starts of lines (or at the end).
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let start = memchr::memrchr(b'\n', bytes.get(low..middle).unwrap_or_default())
            .map_or(low, |i| low + i + 1);
        let end = memchr::memchr(b'\n', bytes.get(start..high).unwrap_or_default())
            .map_or(high, |i| start + i);
        let line = body.get(start..end).unwrap_or_default();
        match line.trim_end_matches('\r').cmp(name) {
            Ordering::Equal => return true,
            Ordering::Less => low = end + 1,
            Ordering::Greater => high = start,
        }
    }
    false
}

/// Runs `lookup` on the text as written, then with typographic apostrophes made straight,
/// the form the assets use ("Côte d’Ivoire", "O’Neal").
fn with_apostrophes<T>(text: &str, lookup: impl Fn(&str) -> Option<T>) -> Option<T> {
    lookup(text).or_else(|| {
        (!text.is_ascii() && text.contains('\u{2019}'))
            .then(|| text.replace('\u{2019}', "'"))
            .and_then(|straight| lookup(&straight))
    })
}

fn index(position: usize) -> u32 {
    u32::try_from(position).unwrap_or(NONE)
}

impl Gazetteer {
    fn build() -> Self {
        let mut gazetteer = Gazetteer::default();
        // Sized up front: growing the table while inserting tens of thousands of keys is most
        // of the build time otherwise.
        let lines = [
            PLACES,
            DEMONYMS,
            GROUPS,
            LANGUAGES,
            ORGANIZATIONS,
            GIVEN_NAMES,
            SURNAMES,
            WORDS,
        ]
        .iter()
        .map(|text| line_count(text))
        .sum::<usize>()
            + memchr::memchr_iter(b'|', PLACES.as_bytes()).count();
        // About one name in fifty is longer than a short word.
        gazetteer.short_entries = HashMap::with_capacity_and_hasher(lines, Default::default());
        gazetteer.long_entries = HashMap::with_capacity_and_hasher(lines / 32, Default::default());
        gazetteer.load_places();
        gazetteer.load_demonyms();
        gazetteer.flag_lines(GROUPS, GROUP);
        gazetteer.flag_lines(LANGUAGES, LANGUAGE);
        gazetteer.load_organizations();
        gazetteer.flag_lines(GIVEN_NAMES, GIVEN_NAME);
        for line in data_lines(GIVEN_NAME_GENDERS) {
            match line.split_once('\t') {
                Some((name, "M")) => gazetteer.slot(name).flags |= MALE_NAME,
                Some((name, "F")) => gazetteer.slot(name).flags |= FEMALE_NAME,
                _ => {}
            }
        }
        gazetteer.flag_lines(SURNAMES, SURNAME);
        // Ranked in line order; a word listed twice keeps its later rank.
        for (word, rank) in data_lines(WORDS).map(trim).zip(1..) {
            gazetteer.slot(word).rank = rank;
        }
        gazetteer
    }

    /// The entry of `name`, made empty if it has none yet.
    fn slot(&mut self, name: &'static str) -> &mut Entry {
        match ShortWord::new(name) {
            Some(short) => self.short_entries.entry(short).or_default(),
            None => self.long_entries.entry(name).or_default(),
        }
    }

    /// The entry of `name` exactly as written.
    fn exact(&self, name: &str) -> Option<&Entry> {
        match ShortWord::new(name) {
            Some(short) => self.short_entries.get(&short),
            None => self.long_entries.get(name),
        }
    }

    fn flag_lines(&mut self, text: &'static str, flag: u8) {
        for line in data_lines(text).map(trim) {
            self.slot(line).flags |= flag;
        }
    }

    /// The build script gives each name to one place; should two lines still share one, the
    /// earlier (stronger) wins.
    fn load_places(&mut self) {
        self.places.reserve(line_count(PLACES));
        for (place_data, surfaces) in place_lines() {
            let place = index(self.places.len());
            self.places.push(place_data);
            for surface in names(surfaces) {
                let entry = self.slot(surface);
                if entry.place == NONE {
                    entry.place = place;
                }
            }
        }
    }

    /// `country \t forms|of|the|demonym`.
    fn load_demonyms(&mut self) {
        for line in data_lines(DEMONYMS) {
            let Some((country, forms)) = line.split_once('\t') else {
                continue;
            };
            let (country_index, country) = (index(self.demonym_countries.len()), country.trim());
            self.demonym_countries.push(country);
            self.demonym_peoples
                .push([country, " people"].concat().into());
            for form in names(forms) {
                let entry = self.slot(form);
                if entry.demonym == NONE {
                    entry.demonym = country_index;
                }
            }
        }
    }

    fn load_organizations(&mut self) {
        for (canonical, surfaces) in organization_lines() {
            let organization = index(self.organizations.len());
            self.organizations.push(Organization { name: canonical });
            for surface in surfaces {
                let entry = self.slot(surface);
                if entry.organization == NONE {
                    entry.organization = organization;
                }
            }
        }
    }

    /// Everything known about `name` as written (each field falling back, as every lookup
    /// does, to the name with straight apostrophes): one lookup for several questions.
    pub fn entry(&self, name: &str) -> Entry {
        // A short ASCII name, nearly every one, has no typographic apostrophe: it is packed
        // once, and looked up once.
        if let Some(short) = ShortWord::new(name)
            && short.is_ascii()
        {
            return self.short_entries.get(&short).copied().unwrap_or_default();
        }
        let as_written = self.exact(name).copied().unwrap_or_default();
        if !name.is_ascii() && name.contains('\u{2019}') {
            let straight = name.replace('\u{2019}', "'");
            as_written.or(self.exact(&straight).copied().unwrap_or_default())
        } else {
            as_written
        }
    }

    /// The place an entry names.
    pub fn place_of(&self, entry: &Entry) -> Option<&Place> {
        present(entry.place).and_then(|i| self.places.get(i as usize))
    }

    /// The organisation an entry names.
    pub fn organization_of(&self, entry: &Entry) -> Option<&Organization> {
        present(entry.organization).and_then(|i| self.organizations.get(i as usize))
    }

    /// The people of the country of an entry that is a demonym ("Syria people").
    pub fn people_of(&self, entry: &Entry) -> Option<&str> {
        present(entry.demonym).and_then(|i| self.demonym_peoples.get(i as usize).map(|p| &**p))
    }

    fn field<T>(&self, name: &str, field: impl Fn(&Entry) -> Option<T>) -> Option<T> {
        // (A short ASCII name, as in `entry`.)
        if let Some(short) = ShortWord::new(name)
            && short.is_ascii()
        {
            return self.short_entries.get(&short).and_then(field);
        }
        with_apostrophes(name, |name| self.exact(name).and_then(&field))
    }

    /// A place by any of its names, as written ("Saudi Arabia", "U.S.", "US").
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.field(name, |e| present(e.place))
            .and_then(|index| self.places.get(index as usize))
    }

    /// The country a demonym or nationality word belongs to ("Syrian", "Syrians" → "Syria").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.field(word, |e| present(e.demonym))
            .and_then(|index| self.demonym_countries.get(index as usize).copied())
    }

    /// A religious, ethnic or similar group word ("Muslim", "Muslims", "Arab"); demonyms
    /// ("Syrians") count as groups too.
    pub fn group(&self, word: &str) -> bool {
        self.field(word, |e| e.is_group_word().then_some(()))
            .is_some()
    }

    /// An organisation by name or acronym ("United Nations", "UN", "Reuters").
    pub fn organization(&self, name: &str) -> Option<&Organization> {
        self.field(name, |e| present(e.organization))
            .and_then(|index| self.organizations.get(index as usize))
    }

    /// A given name ("Vladimir", "Ahmed"), matched as written (capitalised).
    pub fn given_name(&self, word: &str) -> bool {
        self.field(word, |e| e.is_given_name().then_some(()))
            .is_some()
    }

    /// Whether a given name is nearly always a man's (`Some(true)`: "Kevin") or a woman's
    /// (`Some(false)`: "Cheryl"); `None` for names borne by both or unknown.
    pub fn given_name_is_male(&self, word: &str) -> Option<bool> {
        self.field(word, |e| match e.flags & (MALE_NAME | FEMALE_NAME) {
            MALE_NAME => Some(true),
            FEMALE_NAME => Some(false),
            _ => None,
        })
    }

    /// A surname ("Smith"), matched as written (capitalised).
    pub fn surname(&self, word: &str) -> bool {
        self.field(word, |e| e.is_surname().then_some(())).is_some()
    }

    /// A small town's one-word name, as written ("Ullapool", "Iqaluit"): towns of 1,000 people
    /// and more that are no place of [`Gazetteer::place`], no English word and no given name
    /// or surname. Weak evidence only: "Obama" is a town in Japan.
    pub fn town(&self, name: &str) -> bool {
        with_apostrophes(name, |name| sorted_lines_contain(TOWNS, name).then_some(())).is_some()
    }

    /// The frequency rank of a lower-case English word (1 = most common), if it is listed.
    ///
    /// Only ordinary English words are ranked: words a dictionary knows only as proper nouns
    /// ("london", "obama") are not, so a rank means "this capitalised word may just be a
    /// sentence opener". Names that are also words ("white", "king", "may") do have a rank.
    pub fn word_rank(&self, lower: &str) -> Option<u32> {
        self.field(lower, |e| present(e.rank))
    }

    /// The frequency rank of `word` in lower case, as [`Gazetteer::word_rank`] gives it for
    /// `word.to_lowercase()`; a short ASCII word is lowered as it is packed.
    pub fn folded_rank(&self, word: &str) -> Option<u32> {
        match ShortWord::folded(word) {
            Some(folded) => self
                .short_entries
                .get(&folded)
                .and_then(|e| present(e.rank)),
            None => lexicon::with_lower(word, |lower| self.word_rank(lower)),
        }
    }

    /// Every place name as written, with its place: for building a multi-word matcher
    /// (aho-corasick) over the text. Order is unspecified.
    pub fn place_names(&self) -> impl Iterator<Item = (&str, &Place)> {
        // Read again from the asset: the index keeps short names packed, not as strings.
        let mut seen = HashSet::default();
        place_lines()
            .flat_map(|(_, surfaces)| names(surfaces))
            .filter(move |&name| seen.insert(name))
            .filter_map(|name| Some((name, self.place_of(self.exact(name)?)?)))
    }

    /// Every organisation name and alias as written, with its organisation. Order is
    /// unspecified.
    pub fn organization_names(&self) -> impl Iterator<Item = (&str, &Organization)> {
        let mut seen = HashSet::default();
        organization_lines()
            .flat_map(|(_, surfaces)| surfaces)
            .filter(move |&name| seen.insert(name))
            .filter_map(|name| Some((name, self.organization_of(self.exact(name)?)?)))
    }

    /// Every entry, in no order.
    #[cfg(test)]
    fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.short_entries
            .values()
            .chain(self.long_entries.values())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn place(name: &str) -> Option<(String, PlaceClass, u64)> {
        get()
            .place(name)
            .map(|p| (p.name.to_string(), p.class, p.population))
    }

    #[test]
    fn data_lines_skip_blank_lines_comments_and_carriage_returns() {
        let lines: Vec<&str> = data_lines("a\r\n# note\n\n  \n b\nlast").collect();
        assert_eq!(lines, ["a", " b", "last"]);
        assert_eq!(data_lines("one\n").collect::<Vec<_>>(), ["one"]);
        assert_eq!(data_lines("").count(), 0);
    }

    #[test]
    fn countries_by_name_alias_and_prose_code() {
        let g = get();
        assert_eq!(
            g.place("Saudi Arabia").map(|p| p.class),
            Some(PlaceClass::Country)
        );
        for written in [
            "U.S.",
            "US",
            "USA",
            "United States",
            "United States of America",
        ] {
            assert_eq!(
                place(written).map(|p| p.0).as_deref(),
                Some("United States"),
                "{written}"
            );
        }
        for written in ["UK", "U.K.", "Britain", "Great Britain"] {
            assert_eq!(
                place(written).map(|p| p.0).as_deref(),
                Some("United Kingdom"),
                "{written}"
            );
        }
        assert_eq!(
            place("Côte d’Ivoire").map(|p| p.0).as_deref(),
            Some("Ivory Coast")
        );
        assert!(place("Russia").is_some_and(|p| p.2 > 100_000_000));
    }

    #[test]
    fn two_letter_iso_codes_are_not_places() {
        for code in [
            "IN", "IT", "TO", "AT", "BE", "ME", "NO", "AM", "IS", "OR", "GO", "SO",
        ] {
            assert_eq!(place(code), None, "{code}");
        }
    }

    #[test]
    fn continents_regions_and_states() {
        assert_eq!(place("Asia").map(|p| p.1), Some(PlaceClass::Continent));
        assert_eq!(place("Europe").map(|p| p.1), Some(PlaceClass::Continent));
        for region in [
            "Middle East",
            "Southeast Asia",
            "South East Asia",
            "Latin America",
        ] {
            assert_eq!(
                place(region).map(|p| p.1),
                Some(PlaceClass::Region),
                "{region}"
            );
        }
        assert_eq!(place("West"), None);
        assert_eq!(place("California").map(|p| p.1), Some(PlaceClass::State));
        assert_eq!(place("Ontario").map(|p| p.1), Some(PlaceClass::State));
        assert_eq!(place("Queensland").map(|p| p.1), Some(PlaceClass::State));
    }

    #[test]
    fn cities_with_population_and_english_alternates() {
        let moscow = place("Moscow");
        assert_eq!(moscow.as_ref().map(|p| p.1), Some(PlaceClass::City));
        assert!(moscow.is_some_and(|p| p.2 > 1_000_000));
        assert_eq!(place("Kiev").map(|p| p.0).as_deref(), Some("Kyiv"));
        assert_eq!(place("Bombay").map(|p| p.0).as_deref(), Some("Mumbai"));
        assert_eq!(
            place("Sao Paulo").map(|p| p.0).as_deref(),
            Some("São Paulo")
        );
        assert_eq!(place("Washington").map(|p| p.1), Some(PlaceClass::City));
        assert_eq!(place("Damascus").map(|p| p.1), Some(PlaceClass::City));
    }

    #[test]
    fn cities_named_like_common_words_are_not_places() {
        for word in [
            "Reading", "Mobile", "Nice", "Bath", "Split", "Male", "Of", "Police",
        ] {
            assert_eq!(place(word), None, "{word}");
        }
    }

    #[test]
    fn demonyms_lead_to_their_country() {
        let g = get();
        assert_eq!(g.demonym("Syrians"), Some("Syria"));
        assert_eq!(g.demonym("Syrian"), Some("Syria"));
        assert_eq!(g.demonym("American"), Some("United States"));
        assert_eq!(g.demonym("Americans"), Some("United States"));
        assert_eq!(g.demonym("British"), Some("United Kingdom"));
        assert_eq!(g.demonym("Chinese"), Some("China"));
        assert_eq!(g.demonym("Saudis"), Some("Saudi Arabia"));
        assert_eq!(g.demonym("Israelis"), Some("Israel"));
        assert_eq!(g.demonym("Syria"), None);
    }

    #[test]
    fn groups_include_religions_peoples_and_demonyms() {
        let g = get();
        for word in [
            "Muslim",
            "Muslims",
            "Christian",
            "Jewish",
            "Sunni",
            "Shia",
            "Kurds",
        ] {
            assert!(g.group(word), "{word}");
        }
        assert!(g.group("Syrians"));
        assert!(!g.group("Police"));
    }

    #[test]
    fn organisations_by_name_and_acronym() {
        let g = get();
        let canonical = |name: &str| g.organization(name).map(|o| o.name.to_string());
        assert_eq!(canonical("UN").as_deref(), Some("United Nations"));
        assert_eq!(canonical("U.N.").as_deref(), Some("United Nations"));
        assert_eq!(
            canonical("NATO").as_deref(),
            Some("North Atlantic Treaty Organization")
        );
        assert_eq!(canonical("EU").as_deref(), Some("European Union"));
        assert_eq!(canonical("AP").as_deref(), Some("Associated Press"));
        assert_eq!(canonical("Reuters").as_deref(), Some("Reuters"));
        assert_eq!(canonical("Police"), None);
    }

    #[test]
    fn personal_names() {
        let g = get();
        for name in ["Vladimir", "Ahmed", "Mohammed", "James", "Maria", "Olena"] {
            assert!(g.given_name(name), "{name}");
        }
        for name in ["Smith", "Johnson", "Garcia", "Nguyen", "McDonald", "O’Neal"] {
            assert!(g.surname(name), "{name}");
        }
        assert!(!g.given_name("However"));
        assert!(!g.surname("The"));
    }

    #[test]
    fn word_ranks_cover_common_words_not_proper_nouns() {
        let g = get();
        assert_eq!(g.word_rank("the"), Some(1));
        assert!(g.word_rank("however").is_some());
        assert!(g.word_rank("police").is_some());
        assert!(g.word_rank("this").is_some_and(|rank| rank < 100));
        assert_eq!(g.word_rank("london"), None);
        assert_eq!(g.word_rank("However"), None, "keys are lower case");
    }

    #[test]
    fn matcher_sources_list_every_name() {
        let g = get();
        assert!(
            g.place_names()
                .any(|(name, place)| name == "U.S." && place.name == "United States")
        );
        assert!(g.organization_names().any(|(name, _)| name == "UN"));
    }

    #[test]
    fn sorted_lines_are_searched_by_halves() {
        let text = "# header\n# more\nAbbey\nBrora\nCorpach\nDornoch\nEvanton";
        for name in ["Abbey", "Brora", "Corpach", "Dornoch", "Evanton"] {
            assert!(sorted_lines_contain(text, name), "{name}");
        }
        for name in [
            "",
            "# header",
            "Abb",
            "Abbeys",
            "Carrbridge",
            "Zennor",
            "brora",
        ] {
            assert!(!sorted_lines_contain(text, name), "{name}");
        }
        assert!(sorted_lines_contain("A\r\nB\r\n", "B"));
        assert!(!sorted_lines_contain("", "A"));
        assert!(!sorted_lines_contain("# only a header\n", "A"));
    }

    #[test]
    fn towns_are_sorted_and_apart_from_places_and_names() {
        let lines: Vec<&str> = data_lines(TOWNS).collect();
        assert!(lines.len() > 10_000);
        assert!(
            lines.windows(2).all(|pair| pair[0] < pair[1]),
            "sorted by bytes"
        );
        let g = get();
        for town in [
            "Taunton",
            "Iqaluit",
            "Ullapool",
            "Stornoway",
            "Kilmarnock",
            "Whiston",
        ] {
            assert!(g.town(town), "{town}");
            assert_eq!(g.place(town), None, "{town}");
            assert!(!g.entry(town).is_place(), "{town}");
        }
        // People's names, English words and the gazetteer's places are no towns here.
        for name in [
            "Warren", "Clinton", "Reading", "London", "Glasgow", "taunton",
        ] {
            assert!(!g.town(name), "{name}");
        }
    }

    #[test]
    fn index_builds_quickly() {
        let start = Instant::now();
        let gazetteer = Gazetteer::build();
        let elapsed = start.elapsed();
        let count = |test: fn(&Entry) -> bool| gazetteer.entries().filter(|e| test(e)).count();
        let place_names = count(Entry::is_place);
        let words = count(|e| e.rank != NONE);
        println!(
            "gazetteer index: {} places ({place_names} names), {} demonym forms, {} organisations, \
             {} given names, {} surnames, {words} words, {} entries in {elapsed:?}",
            gazetteer.places.len(),
            count(Entry::is_demonym),
            gazetteer.organizations.len(),
            count(Entry::is_given_name),
            count(Entry::is_surname),
            gazetteer.entries().count(),
        );
        assert!(place_names > 10_000);
        assert!(words >= 30_000);
    }
}
