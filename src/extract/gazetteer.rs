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
//! Ambiguity is left to the caller on purpose. "Jordan" is a country and a given name,
//! "White" a surname and a common word: each list answers for itself, and `word_rank` tells
//! whether a capitalised word is also ordinary English.

use std::sync::LazyLock;

use super::hash::{FastMap as HashMap, FastSet as HashSet};

const PLACES: &str = include_str!("../../assets/places.tsv");
const DEMONYMS: &str = include_str!("../../assets/demonyms.tsv");
const GROUPS: &str = include_str!("../../assets/groups.txt");
const ORGANIZATIONS: &str = include_str!("../../assets/organizations.tsv");
const GIVEN_NAMES: &str = include_str!("../../assets/given_names.txt");
const SURNAMES: &str = include_str!("../../assets/surnames.txt");
const WORDS: &str = include_str!("../../assets/words.txt");

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
    /// The canonical English name ("United States" for "U.S.").
    pub name: String,
    pub class: PlaceClass,
    /// Inhabitants, 0 when unknown (continents, regions).
    pub population: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// The canonical name ("United Nations" for "UN").
    pub name: String,
}

#[derive(Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    place_index: HashMap<&'static str, usize>,
    demonyms: HashMap<&'static str, &'static str>,
    groups: HashSet<&'static str>,
    organizations: Vec<Organization>,
    organization_index: HashMap<&'static str, usize>,
    given_names: HashSet<&'static str>,
    surnames: HashSet<&'static str>,
    word_ranks: HashMap<&'static str, u32>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// The gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

/// The data lines of an asset: not empty, not a `#` comment.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

/// The non-empty `|`-separated names of one field.
fn names(field: &'static str) -> impl Iterator<Item = &'static str> {
    field
        .split('|')
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

/// A set of the trimmed data lines, sized up front: growing tables while inserting tens of
/// thousands of keys is most of the build time otherwise.
fn line_set(text: &'static str) -> HashSet<&'static str> {
    let mut set = HashSet::with_capacity_and_hasher(text.lines().count(), Default::default());
    set.extend(data_lines(text).map(str::trim));
    set
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

impl Gazetteer {
    fn build() -> Self {
        let mut gazetteer = Gazetteer::default();
        gazetteer.load_places();
        gazetteer.load_demonyms();
        gazetteer.groups = line_set(GROUPS);
        gazetteer.load_organizations();
        gazetteer.given_names = line_set(GIVEN_NAMES);
        gazetteer.surnames = line_set(SURNAMES);
        gazetteer.word_ranks =
            HashMap::with_capacity_and_hasher(WORDS.lines().count(), Default::default());
        gazetteer
            .word_ranks
            .extend(data_lines(WORDS).map(str::trim).zip(1..));
        gazetteer
    }

    /// `class \t population \t canonical \t names|as|written`. The build script gives each
    /// name to one place; should two lines still share one, the earlier (stronger) wins.
    fn load_places(&mut self) {
        let lines = PLACES.lines().count();
        self.places.reserve(lines);
        self.place_index
            .reserve(lines + PLACES.bytes().filter(|&b| b == b'|').count());
        for line in data_lines(PLACES) {
            let mut fields = line.split('\t');
            let (Some(class), Some(population), Some(canonical), Some(surfaces)) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let (Some(class), Ok(population)) = (PlaceClass::parse(class), population.parse())
            else {
                continue;
            };
            let index = self.places.len();
            self.places.push(Place {
                name: canonical.to_string(),
                class,
                population,
            });
            for surface in names(surfaces) {
                self.place_index.entry(surface).or_insert(index);
            }
        }
    }

    /// `country \t forms|of|the|demonym`.
    fn load_demonyms(&mut self) {
        for line in data_lines(DEMONYMS) {
            let Some((country, forms)) = line.split_once('\t') else {
                continue;
            };
            for form in names(forms) {
                self.demonyms.entry(form).or_insert(country.trim());
            }
        }
    }

    /// `canonical \t aliases|acronyms` (the alias field is optional).
    fn load_organizations(&mut self) {
        for line in data_lines(ORGANIZATIONS) {
            let (canonical, aliases) = line.split_once('\t').unwrap_or((line, ""));
            let canonical = canonical.trim();
            if canonical.is_empty() {
                continue;
            }
            let index = self.organizations.len();
            self.organizations.push(Organization {
                name: canonical.to_string(),
            });
            for surface in std::iter::once(canonical).chain(names(aliases)) {
                self.organization_index.entry(surface).or_insert(index);
            }
        }
    }

    /// A place by any of its names, as written ("Saudi Arabia", "U.S.", "US").
    pub fn place(&self, name: &str) -> Option<&Place> {
        with_apostrophes(name, |name| self.place_index.get(name).copied())
            .and_then(|index| self.places.get(index))
    }

    /// The country a demonym or nationality word belongs to ("Syrian", "Syrians" → "Syria").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        with_apostrophes(word, |word| self.demonyms.get(word).copied())
    }

    /// A religious, ethnic or similar group word ("Muslim", "Muslims", "Arab"); demonyms
    /// ("Syrians") count as groups too.
    pub fn group(&self, word: &str) -> bool {
        with_apostrophes(word, |word| {
            (self.groups.contains(word) || self.demonyms.contains_key(word)).then_some(())
        })
        .is_some()
    }

    /// An organisation by name or acronym ("United Nations", "UN", "Reuters").
    pub fn organization(&self, name: &str) -> Option<&Organization> {
        with_apostrophes(name, |name| self.organization_index.get(name).copied())
            .and_then(|index| self.organizations.get(index))
    }

    /// A given name ("Vladimir", "Ahmed"), matched as written (capitalised).
    pub fn given_name(&self, word: &str) -> bool {
        with_apostrophes(word, |word| self.given_names.contains(word).then_some(())).is_some()
    }

    /// A surname ("Smith"), matched as written (capitalised).
    pub fn surname(&self, word: &str) -> bool {
        with_apostrophes(word, |word| self.surnames.contains(word).then_some(())).is_some()
    }

    /// The frequency rank of a lower-case English word (1 = most common), if it is listed.
    ///
    /// Only ordinary English words are ranked: words a dictionary knows only as proper nouns
    /// ("london", "obama") are not, so a rank means "this capitalised word may just be a
    /// sentence opener". Names that are also words ("white", "king", "may") do have a rank.
    pub fn word_rank(&self, lower: &str) -> Option<u32> {
        with_apostrophes(lower, |lower| self.word_ranks.get(lower).copied())
    }

    /// Every place name as written, with its place: for building a multi-word matcher
    /// (aho-corasick) over the text. Order is unspecified.
    pub fn place_names(&self) -> impl Iterator<Item = (&str, &Place)> {
        self.place_index
            .iter()
            .filter_map(|(name, &index)| Some((*name, self.places.get(index)?)))
    }

    /// Every organisation name and alias as written, with its organisation. Order is
    /// unspecified.
    pub fn organization_names(&self) -> impl Iterator<Item = (&str, &Organization)> {
        self.organization_index
            .iter()
            .filter_map(|(name, &index)| Some((*name, self.organizations.get(index)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn place(name: &str) -> Option<(String, PlaceClass, u64)> {
        get()
            .place(name)
            .map(|p| (p.name.clone(), p.class, p.population))
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
        let canonical = |name: &str| g.organization(name).map(|o| o.name.clone());
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
    fn index_builds_quickly() {
        let start = Instant::now();
        let gazetteer = Gazetteer::build();
        let elapsed = start.elapsed();
        println!(
            "gazetteer index: {} places ({} names), {} demonym forms, {} organisations, \
             {} given names, {} surnames, {} words in {elapsed:?}",
            gazetteer.places.len(),
            gazetteer.place_index.len(),
            gazetteer.demonyms.len(),
            gazetteer.organizations.len(),
            gazetteer.given_names.len(),
            gazetteer.surnames.len(),
            gazetteer.word_ranks.len(),
        );
        assert!(gazetteer.place_index.len() > 10_000);
        assert!(gazetteer.word_ranks.len() >= 30_000);
    }
}
