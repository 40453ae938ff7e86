//! The gazetteer: places, demonyms, groups, organisations, given names, surnames and English
//! word frequencies, compiled in from `assets/` and indexed once on first use.
//!
//! (Placeholder with a handful of entries until the assets land; the API is the contract.)

use std::collections::HashMap;
use std::sync::LazyLock;

/// What sort of place a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceClass {
    Continent,
    Region,
    Country,
    State,
    City,
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
    places: HashMap<String, Place>,
    demonyms: HashMap<String, String>,
    groups: HashMap<String, ()>,
    organizations: HashMap<String, Organization>,
    given_names: HashMap<String, ()>,
    surnames: HashMap<String, ()>,
    word_ranks: HashMap<String, u32>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// The gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

impl Gazetteer {
    fn build() -> Self {
        let mut g = Gazetteer::default();
        for (name, class) in [
            ("Syria", PlaceClass::Country),
            ("Russia", PlaceClass::Country),
            ("Moscow", PlaceClass::City),
            ("Asia", PlaceClass::Continent),
        ] {
            g.places.insert(
                name.to_string(),
                Place {
                    name: name.to_string(),
                    class,
                    population: 0,
                },
            );
        }
        for (word, country) in [
            ("Syrian", "Syria"),
            ("Syrians", "Syria"),
            ("Russian", "Russia"),
        ] {
            g.demonyms.insert(word.to_string(), country.to_string());
        }
        for word in ["Muslim", "Arab", "Christian"] {
            g.groups.insert(word.to_string(), ());
        }
        for (rank, word) in ["the", "this", "it", "he", "as", "in", "by", "like", "one"]
            .iter()
            .enumerate()
        {
            g.word_ranks.insert(word.to_string(), rank as u32 + 1);
        }
        g
    }

    /// A place by any of its names, as written ("Saudi Arabia", "U.S.", "US").
    pub fn place(&self, name: &str) -> Option<&Place> {
        self.places.get(name)
    }

    /// The country a demonym or nationality word belongs to ("Syrian", "Syrians" → "Syria").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        self.demonyms.get(word).map(String::as_str)
    }

    /// A religious, ethnic or similar group word ("Muslim", "Muslims", "Arab").
    pub fn group(&self, word: &str) -> bool {
        self.groups.contains_key(word)
    }

    /// An organisation by name or acronym ("United Nations", "UN", "Reuters").
    pub fn organization(&self, name: &str) -> Option<&Organization> {
        self.organizations.get(name)
    }

    /// A given name ("Vladimir", "Ahmed"), matched as written (capitalised).
    pub fn given_name(&self, word: &str) -> bool {
        self.given_names.contains_key(word)
    }

    /// A surname ("Smith"), matched as written (capitalised).
    pub fn surname(&self, word: &str) -> bool {
        self.surnames.contains_key(word)
    }

    /// The frequency rank of a lower-case English word (1 = most common), if it is listed.
    pub fn word_rank(&self, lower: &str) -> Option<u32> {
        self.word_ranks.get(lower).copied()
    }
}
