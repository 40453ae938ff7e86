//! One identity across briefings: which per-briefing entities name the same real-world thing.
//!
//! Each briefing groups its own mentions into entities ("Vladimir Putin" = "Putin"); this
//! module links those entities across a folder. It reads only names, aliases and kinds, so it
//! is pure (no UI, no I/O) and cheap to run again when one briefing changes.
//!
//! A link needs a name that says which thing it is:
//!
//! - **full names**: a name of two or more words that are not all ordinary English words or
//!   titles ("Donald Trump", "Hayat Tahrir al-Sham"), and a one-word name that is no ordinary
//!   word ("Syria", "Hezbollah");
//! - **the gazetteer's canonical name** of a place or organisation ("U.S." → "United States",
//!   "UN" → "United Nations");
//! - **an acronym** ("HTS"), when the folder gives it one expansion only (a bare acronym the
//!   folder never expands links only through the gazetteer: "NASA", "BBC");
//! - **a surname alone** ("Putin"), when exactly one person in the folder carries it under a
//!   full name, or when nobody carries it under a full name at all.
//!
//! Never a bare title ("President", "the minister"), an ordinary word ("Government",
//! "Foreign Ministry"), a lone given name ("Donald"), a date, or a surname two people of the
//! folder carry ("Clinton" when both "Bill Clinton" and "Hillary Clinton" appear): a briefing
//! that settles it names the person in full, and the full name links. Links never cross kinds,
//! so "Georgia" the country and "Georgia" a person stay apart.
//!
//! [`BriefingKeys`] is what one briefing contributes (made once per briefing, as its
//! annotations arrive); [`CorpusIndex::build`] links a folder's keys. The result is
//! deterministic: it depends on the briefings' order and contents only.

use std::hash::BuildHasher;

use serde::Serialize;
use serde::ser::SerializeStruct;

use crate::export::Id;
use crate::extract::gazetteer;
use crate::extract::hash::FastMap;
use crate::extract::lexicon::{self, TITLES};
use crate::model::{Entity, Kind};

/// Which of an entity's keys a key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyClass {
    /// A folded full name (or gazetteer name): any one shared links two entities.
    Strong,
    /// A folded acronym it goes by ("hts").
    Acronym,
    /// For a person with a full name: a surname it goes by (the last word, and one-word
    /// aliases), folded.
    Surname,
    /// For a person named by one word only: that word, folded.
    LoneSurname,
}

/// One key: its class and where its text is in [`BriefingKeys::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Key {
    class: KeyClass,
    start: u32,
    end: u32,
}

/// What one entity of a briefing can be linked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EntityKeys {
    /// The entity's index in its briefing.
    entity: u32,
    kind: Kind,
    /// Where its canonical name, as the text spells it, is in [`BriefingKeys::text`].
    name: (u32, u32),
    /// Its keys, `BriefingKeys::keys[keys.0..keys.1]`.
    keys: (u32, u32),
}

/// What one briefing contributes to the index: the keys of its linkable entities.
///
/// Every name and key of the briefing is one run of text with the entities and keys as
/// offsets into it: three allocations per briefing rather than a few per entity, which the
/// TUI holds for every briefing of a folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BriefingKeys {
    text: String,
    entities: Vec<EntityKeys>,
    keys: Vec<Key>,
}

impl BriefingKeys {
    /// The keys of a briefing's entities.
    pub fn of(entities: &[Entity]) -> Self {
        // Room for about what a briefing gives (a name and a key or two per entity), so that
        // the lists grow seldom before they are cut to size.
        let names: usize = entities.iter().map(|e| e.name.len()).sum();
        let mut keys = BriefingKeys {
            text: String::with_capacity(names * 2),
            entities: Vec::with_capacity(entities.len()),
            keys: Vec::with_capacity(entities.len() * 2),
        };
        let mut scratch = Scratch::default();
        for (index, entity) in entities.iter().enumerate() {
            if let Ok(index) = u32::try_from(index) {
                keys.push_entity(index, entity, &mut scratch);
            }
        }
        keys.text.shrink_to_fit();
        keys.entities.shrink_to_fit();
        keys.keys.shrink_to_fit();
        keys
    }

    /// How many of the briefing's entities can be linked.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    fn slice(&self, (start, end): (u32, u32)) -> &str {
        self.text
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    fn keys_of(&self, entity: &EntityKeys) -> &[Key] {
        self.keys
            .get(entity.keys.0 as usize..entity.keys.1 as usize)
            .unwrap_or_default()
    }

    /// Appends `key` to the keys of the entity whose keys begin at `first`, unless it has it.
    fn push_key(&mut self, first: usize, class: KeyClass, key: &str) {
        let known = self.keys[first..]
            .iter()
            .any(|k| k.class == class && self.slice((k.start, k.end)) == key);
        if known {
            return;
        }
        if let Some((start, end)) = self.push_text(key) {
            self.keys.push(Key { class, start, end });
        }
    }

    /// Appends `text`; `None` (and nothing appended) past 4 GiB of keys.
    fn push_text(&mut self, text: &str) -> Option<(u32, u32)> {
        let start = u32::try_from(self.text.len()).ok()?;
        let end = u32::try_from(self.text.len() + text.len()).ok()?;
        self.text.push_str(text);
        Some((start, end))
    }

    /// Appends the keys of one entity, and its name when it has any.
    fn push_entity(&mut self, index: u32, entity: &Entity, scratch: &mut Scratch) {
        if entity.kind == Kind::Date {
            return;
        }
        let text_len = self.text.len();
        let first = self.keys.len();
        let person = entity.kind == Kind::Person;
        let Scratch {
            folded,
            kept,
            words,
            surnames,
            surname_ends,
        } = scratch;
        surnames.clear();
        surname_ends.clear();
        // Surnames count only for a person with a full name, known at the end: they wait
        // here, without repeats, until then.
        let mut push_surname = |surname: &str| {
            let mut start = 0;
            let known = surname_ends.iter().any(|&end| {
                let seen = &surnames[start..end];
                start = end;
                seen == surname
            });
            if !known && !surname.is_empty() {
                surnames.push_str(surname);
                surname_ends.push(surnames.len());
            }
        };
        // The gazetteer speaks for the canonical name only: an alias may be an acronym the
        // briefing gives another expansion ("AU" for a company, not the African Union).
        let known = gazetteer_name(&entity.name, entity.kind);
        if let Some(known) = known {
            fold_onto(folded, known);
            if !folded.is_empty() {
                self.push_key(first, KeyClass::Strong, folded);
            }
        }
        // Whether the canonical name may be a surname, when the loop has asked it: asked again
        // below for a person without a full name.
        let mut canonical_surname = None;
        let names = std::iter::once(&entity.name).chain(&entity.aliases);
        for (position, name) in names.enumerate() {
            if acronym_onto(folded, name) && !lexicon::contains(lexicon::NOT_NAMES, name) {
                if !folded.is_empty() {
                    self.push_key(first, KeyClass::Acronym, folded);
                }
                continue;
            }
            // Written as the gazetteer writes it, the name has that key already.
            if known == Some(name.as_str()) {
                continue;
            }
            words.read(name);
            if is_full_name(name, words, entity.kind) {
                if person {
                    fold_person_onto(folded, kept, name);
                    if let Some(surname) = surname_of(folded) {
                        push_surname(surname);
                    }
                } else {
                    fold_onto(folded, name);
                }
                if !folded.is_empty() {
                    self.push_key(first, KeyClass::Strong, folded);
                }
            } else if person {
                let surname = one_word_surname(name, words);
                if position == 0 {
                    canonical_surname = Some(surname);
                }
                if surname {
                    fold_onto(folded, name);
                    push_surname(folded);
                }
            }
        }
        let strong = self.keys[first..]
            .iter()
            .any(|k| k.class == KeyClass::Strong);
        if strong {
            // A one-word person's aliases are only its own spellings: its surnames count
            // only beside a full name.
            let mut start = 0;
            for &end in surname_ends.iter() {
                self.push_key(first, KeyClass::Surname, &surnames[start..end]);
                start = end;
            }
        } else if person
            && canonical_surname.unwrap_or_else(|| {
                words.read(&entity.name);
                one_word_surname(&entity.name, words)
            })
        {
            fold_onto(folded, &entity.name);
            if let Some((start, end)) = self.push_text(folded) {
                let class = KeyClass::LoneSurname;
                self.keys.push(Key { class, start, end });
            }
        }
        // The name is kept only for an entity that can be linked.
        let name = (self.keys.len() > first)
            .then(|| self.push_text(&entity.name))
            .flatten();
        let keys = u32::try_from(first)
            .ok()
            .zip(u32::try_from(self.keys.len()).ok());
        match (name, keys) {
            (Some(name), Some(keys)) => self.entities.push(EntityKeys {
                entity: index,
                kind: entity.kind,
                name,
                keys,
            }),
            _ => {
                self.text.truncate(text_len);
                self.keys.truncate(first);
            }
        }
    }
}

/// Buffers reused from one entity's keys to the next.
#[derive(Default)]
struct Scratch {
    /// The name being folded.
    folded: String,
    /// A person's folded name without its middle initials, as it is written.
    kept: String,
    /// The words of the name being asked about.
    words: NameWords,
    /// The entity's surnames, one after another, ending at `surname_ends`.
    surnames: String,
    surname_ends: Vec<usize>,
}

/// One per-briefing entity: briefing index and entity index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Member {
    pub briefing: usize,
    pub entity: usize,
}

/// One real-world thing named in two or more briefings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusEntity {
    /// The fullest name any member uses.
    pub name: String,
    pub kind: Kind,
    /// In briefing order (then entity order).
    pub members: Vec<Member>,
}

impl CorpusEntity {
    /// The distinct briefings it is named in, in order.
    pub fn briefings(&self) -> impl Iterator<Item = usize> + '_ {
        let mut last = None;
        self.members.iter().filter_map(move |member| {
            let new = last != Some(member.briefing);
            last = Some(member.briefing);
            new.then_some(member.briefing)
        })
    }
}

/// The linked entities of a folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusIndex {
    entities: Vec<CorpusEntity>,
    by_member: FastMap<Member, usize>,
}

impl CorpusIndex {
    /// Links the entities of `briefings` (indexed by position; `None` for a briefing whose
    /// annotations have not arrived).
    pub fn build<'a>(briefings: impl IntoIterator<Item = Option<&'a BriefingKeys>>) -> Self {
        let mut linker = Linker::default();
        for (briefing, keys) in briefings.into_iter().enumerate() {
            if let Some(keys) = keys {
                linker.add(briefing, keys);
            }
        }
        let entities = linker.link();
        let by_member = entities
            .iter()
            .enumerate()
            .flat_map(|(index, entity)| entity.members.iter().map(move |&m| (m, index)))
            .collect();
        CorpusIndex {
            entities,
            by_member,
        }
    }

    /// The corpus entities, most members first, then by name.
    pub fn entities(&self) -> &[CorpusEntity] {
        &self.entities
    }

    /// The corpus entity a per-briefing entity belongs to.
    pub fn of(&self, briefing: usize, entity: usize) -> Option<usize> {
        self.by_member.get(&Member { briefing, entity }).copied()
    }

    pub fn get(&self, index: usize) -> Option<&CorpusEntity> {
        self.entities.get(index)
    }
}

/// The linking of a folder as its briefings' keys arrive, one briefing after another: what
/// [`CorpusIndex::build`] and the export's `corpus` are made from.
///
/// Every distinct key and name is held once, as a number; each linkable entity is a few
/// numbers. Full names link as they arrive (a union of sets gives the same sets in any
/// order); acronyms and surnames alone are decided once every briefing is in, on the sets
/// the stronger keys made.
#[derive(Default)]
pub struct Linker {
    strings: Interner,
    /// Per linkable entity (a node), in the order they arrive.
    nodes: Vec<Node>,
    sets: DisjointSets,
    /// The first node with each full name (by its number with the kind before it), or
    /// `NO_NODE`.
    first_with: Vec<u32>,
    /// (acronym with the kind before it, node) for every acronym a node goes by.
    acronyms: Vec<(u32, u32)>,
    /// (surname, node) for every surname a person with a full name goes by.
    surnames: Vec<(u32, u32)>,
    /// (surname, node) for every person named by one word only.
    lone: Vec<(u32, u32)>,
    /// A key with its kind before it, as it is looked up.
    scratch: String,
}

const NO_NODE: u32 = u32::MAX;

/// The number of a key that could not be held (past 4 GiB of distinct keys): it links nothing.
const NOT_INTERNED: u32 = u32::MAX;

/// One linkable per-briefing entity, as the linker holds it.
#[derive(Debug, Clone, Copy)]
struct Node {
    briefing: u32,
    entity: u32,
    name: u32,
    kind: Kind,
    /// Whether it has a full name (or a gazetteer name).
    strong: bool,
}

/// Each distinct string once, numbered in the order first seen, all of them one run of text.
#[derive(Default)]
struct Interner {
    text: String,
    /// Where each string ends in `text` (it begins where the one before it ends).
    ends: Vec<u32>,
    table: hashbrown::HashTable<u32>,
    hasher: foldhash::fast::FixedState,
}

impl Interner {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, id: u32) -> &str {
        string_at(&self.text, &self.ends, id)
    }

    fn intern(&mut self, string: &str) -> u32 {
        let Interner {
            text,
            ends,
            table,
            hasher,
        } = self;
        let hash = hasher.hash_one(string);
        let entry = table.entry(
            hash,
            |&id| string_at(text, ends, id) == string,
            |&id| hasher.hash_one(string_at(text, ends, id)),
        );
        match entry {
            hashbrown::hash_table::Entry::Occupied(found) => *found.get(),
            hashbrown::hash_table::Entry::Vacant(slot) => {
                // Past 4 GiB of distinct keys (or 4 billion of them) a key is not linked.
                let (Ok(id), Ok(end)) = (
                    u32::try_from(ends.len()),
                    u32::try_from(text.len() + string.len()),
                ) else {
                    return NOT_INTERNED;
                };
                text.push_str(string);
                ends.push(end);
                slot.insert(id);
                id
            }
        }
    }
}

fn string_at<'a>(text: &'a str, ends: &[u32], id: u32) -> &'a str {
    let id = id as usize;
    let start = match id.checked_sub(1) {
        Some(before) => ends.get(before).copied().unwrap_or_default(),
        None => 0,
    };
    let end = ends.get(id).copied().unwrap_or_default();
    text.get(start as usize..end as usize).unwrap_or_default()
}

impl Linker {
    /// The number of `key` with `kind` before it: full names and acronyms link only within
    /// a kind.
    fn intern_of_kind(&mut self, kind: Kind, key: &str) -> u32 {
        self.scratch.clear();
        self.scratch.push(char::from(b'0' + kind as u8));
        self.scratch.push_str(key);
        let scratch = std::mem::take(&mut self.scratch);
        let id = self.strings.intern(&scratch);
        self.scratch = scratch;
        id
    }

    /// Adds the keys of briefing `briefing` (its index in the folder).
    pub fn add(&mut self, briefing: usize, keys: &BriefingKeys) {
        let Ok(briefing) = u32::try_from(briefing) else {
            return;
        };
        for entity in &keys.entities {
            let Ok(node) = u32::try_from(self.nodes.len()) else {
                return;
            };
            let name = self.strings.intern(keys.slice(entity.name));
            let kind = entity.kind;
            let mut strong = false;
            self.sets.push();
            for key in keys.keys_of(entity) {
                let text = keys.slice((key.start, key.end));
                let id = match key.class {
                    KeyClass::Strong | KeyClass::Acronym => self.intern_of_kind(kind, text),
                    KeyClass::Surname | KeyClass::LoneSurname => self.strings.intern(text),
                };
                if key.class == KeyClass::Strong {
                    strong = true;
                }
                if id == NOT_INTERNED {
                    continue;
                }
                match key.class {
                    KeyClass::Strong => {
                        let id = id as usize;
                        if id >= self.first_with.len() {
                            self.first_with.resize(self.strings.len(), NO_NODE);
                        }
                        match self.first_with.get_mut(id) {
                            Some(first) if *first == NO_NODE => *first = node,
                            Some(first) => {
                                let first = *first;
                                self.sets.union(first, node);
                            }
                            None => {}
                        }
                    }
                    KeyClass::Acronym => self.acronyms.push((id, node)),
                    KeyClass::Surname if kind == Kind::Person => self.surnames.push((id, node)),
                    KeyClass::LoneSurname if kind == Kind::Person => self.lone.push((id, node)),
                    KeyClass::Surname | KeyClass::LoneSurname => {}
                }
            }
            self.nodes.push(Node {
                briefing,
                entity: entity.entity,
                name,
                kind,
                strong,
            });
        }
    }

    /// The corpus entities: sets named in two briefings or more, most members first, then by
    /// name.
    pub fn link(mut self) -> Vec<CorpusEntity> {
        let sets = &mut self.sets;
        let nodes = &self.nodes;
        // Acronyms: decided on the full-name sets, then applied, so no decision depends on
        // the order the others were applied in.
        let mut unions = Vec::new();
        self.acronyms.sort_unstable();
        let mut expanded = Vec::new();
        for holders in self.acronyms.chunk_by(|a, b| a.0 == b.0) {
            expanded.clear();
            expanded.extend(
                holders
                    .iter()
                    .filter(|&&(_, n)| nodes[n as usize].strong)
                    .map(|&(_, n)| sets.find(n)),
            );
            expanded.sort_unstable();
            expanded.dedup();
            // One expansion: every holder is it. None ("PA": the Press Association or the
            // Palestinian Authority?) or two: the bare acronym cannot say which.
            if let [one] = expanded.as_slice() {
                unions.extend(holders.iter().map(|&(_, n)| (*one, n)));
            }
        }
        for (a, b) in unions.drain(..) {
            sets.union(a, b);
        }

        // Surnames alone, decided on the sets so far: the one set carrying the surname under
        // a full name, if one does.
        let mut carriers: Vec<(u32, u32)> = self
            .surnames
            .iter()
            .map(|&(surname, node)| (surname, sets.find(node)))
            .collect();
        carriers.sort_unstable();
        carriers.dedup();
        self.lone.sort_unstable();
        for holders in self.lone.chunk_by(|a, b| a.0 == b.0) {
            let surname = holders[0].0;
            let from = carriers.partition_point(|&(s, _)| s < surname);
            let to = carriers.partition_point(|&(s, _)| s <= surname);
            match &carriers[from..to] {
                [(_, one)] => unions.extend(holders.iter().map(|&(_, n)| (*one, n))),
                [] => unions.extend(holders.windows(2).map(|pair| (pair[0].1, pair[1].1))),
                _ => {}
            }
        }
        for (a, b) in unions {
            sets.union(a, b);
        }

        // Sets named in two briefings or more become corpus entities. Most nodes are alone in
        // their set: only the others are sorted into their sets.
        let roots: Vec<u32> = (0..nodes.len() as u32)
            .map(|node| sets.find(node))
            .collect();
        let mut sizes = vec![0u32; nodes.len()];
        for &root in &roots {
            sizes[root as usize] += 1;
        }
        let mut shared: Vec<u32> = (0..nodes.len() as u32)
            .filter(|&n| sizes[roots[n as usize] as usize] > 1)
            .collect();
        shared.sort_unstable_by_key(|&n| (roots[n as usize], n));
        drop(sizes);
        let strings = &self.strings;
        let mut entities: Vec<CorpusEntity> = shared
            .chunk_by(|&a, &b| roots[a as usize] == roots[b as usize])
            .filter_map(|group| {
                let node = |n: &u32| nodes[*n as usize];
                let mut members: Vec<Member> = group
                    .iter()
                    .map(|n| Member {
                        briefing: node(n).briefing as usize,
                        entity: node(n).entity as usize,
                    })
                    .collect();
                members.sort_unstable();
                let first = members.first()?.briefing;
                if members.iter().all(|m| m.briefing == first) {
                    return None;
                }
                let (_, name) = group
                    .iter()
                    .map(|n| {
                        let name = strings.get(node(n).name);
                        (fullness(name), name)
                    })
                    .max_by(|(a_full, a), (b_full, b)| a_full.cmp(b_full).then_with(|| b.cmp(a)))?;
                let name = name.to_string();
                Some(CorpusEntity {
                    name,
                    kind: node(group.first()?).kind,
                    members,
                })
            })
            .collect();
        entities.sort_by(|a, b| {
            b.members
                .len()
                .cmp(&a.members.len())
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.members.cmp(&b.members))
        });
        entities
    }
}

/// What the export gathers, briefing by briefing, to write `corpus` after the briefings: each
/// briefing's export id, and its keys linked as they come (its annotations are written and
/// dropped).
#[derive(Default)]
pub struct ExportCollector {
    ids: Vec<String>,
    linker: Linker,
}

impl ExportCollector {
    /// Adds the next exported briefing.
    pub fn add(&mut self, id: String, keys: &BriefingKeys) {
        self.linker.add(self.ids.len(), keys);
        self.ids.push(id);
    }

    /// Writes `"corpus":{…}` (the key included), indented for `--pretty` as the export's
    /// second-level fields are.
    pub fn write(self, out: &mut impl std::io::Write, pretty: bool) -> std::io::Result<()> {
        let entities = self.linker.link();
        let corpus = ExportCorpus {
            entities: &entities,
            ids: &self.ids,
        };
        if pretty {
            let body = serde_json::to_string_pretty(&corpus).map_err(std::io::Error::other)?;
            out.write_all(b"\"corpus\": ")?;
            out.write_all(body.replace('\n', "\n  ").as_bytes())
        } else {
            out.write_all(b"\"corpus\":")?;
            serde_json::to_writer(out, &corpus).map_err(std::io::Error::other)
        }
    }
}

/// The export's `corpus` object (`../shared/spec/export.md`), written from the corpus
/// entities and the briefings' ids as they stand.
#[derive(Clone, Copy)]
pub struct ExportCorpus<'a> {
    entities: &'a [CorpusEntity],
    ids: &'a [String],
}

impl Serialize for ExportCorpus<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut corpus = serializer.serialize_struct("ExportCorpus", 1)?;
        corpus.serialize_field("entities", &CorpusEntities(self))?;
        corpus.end()
    }
}

/// The list of corpus entities, written straight from them.
struct CorpusEntities<'a>(&'a ExportCorpus<'a>);

impl Serialize for CorpusEntities<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ExportCorpus { entities, ids } = *self.0;
        serializer.collect_seq(entities.iter().enumerate().map(|(index, entity)| {
            ExportCorpusEntity {
                id: Id(b'c', index),
                name: &entity.name,
                kind: entity.kind,
                members: Members {
                    members: &entity.members,
                    ids,
                },
            }
        }))
    }
}

#[derive(Serialize)]
struct ExportCorpusEntity<'a> {
    id: Id,
    name: &'a str,
    kind: Kind,
    members: Members<'a>,
}

struct Members<'a> {
    members: &'a [Member],
    ids: &'a [String],
}

impl Serialize for Members<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.members.iter().map(|m| ExportMember {
            briefing: self.ids.get(m.briefing).map_or("", String::as_str),
            entity: Id(b'e', m.entity),
        }))
    }
}

#[derive(Serialize)]
struct ExportMember<'a> {
    briefing: &'a str,
    entity: Id,
}

/// Which name of a group is fullest: most words, then longest.
fn fullness(name: &str) -> (usize, usize) {
    (name.split_whitespace().count(), name.len())
}

/// Union-find with path halving; the smaller index is the root, so results do not depend on
/// the order of unions.
#[derive(Debug, Default)]
struct DisjointSets {
    parent: Vec<u32>,
}

impl DisjointSets {
    /// A new set of one, numbered next.
    fn push(&mut self) {
        let node = self.parent.len() as u32;
        self.parent.push(node);
    }

    fn find(&mut self, node: u32) -> u32 {
        let mut node = node as usize;
        while self.parent[node] as usize != node {
            self.parent[node] = self.parent[self.parent[node] as usize];
            node = self.parent[node] as usize;
        }
        node as u32
    }

    fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = if a < b { (a, b) } else { (b, a) };
        self.parent[high as usize] = low;
    }
}

// ----- keys of one entity ----------------------------------------------------------------

/// Words after a person's name that are not their surname.
const NAME_SUFFIXES: [&str; 6] = ["jr", "sr", "ii", "iii", "iv", "junior"];

/// A name folded for comparison: lower case, apostrophes and full stops dropped, hyphens
/// read as spaces, a leading "the" dropped, runs of space made one.
pub fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    fold_onto(&mut folded, name);
    folded
}

/// [`fold`] written over `folded` (cleared first), so one buffer serves every name of an
/// entity.
fn fold_onto(folded: &mut String, name: &str) {
    folded.clear();
    // A space is written only before the next word, so none leads, trails or doubles.
    let mut space_pending = false;
    if name.is_ascii() {
        // Nearly every name: its runs of plain characters are copied whole and lowered at
        // the end, the marks between them read a byte at a time.
        let mut run = 0;
        for (i, b) in name.bytes().enumerate() {
            let space = match b {
                b'\'' | b'`' | b'.' => false,
                b'-' | b'_' | b' ' | b'\t'..=b'\r' => true,
                _ => {
                    if run == i {
                        // A run begins: the space before it is written if a word came before.
                        if space_pending && !folded.is_empty() {
                            folded.push(' ');
                        }
                        space_pending = false;
                    }
                    continue;
                }
            };
            folded.push_str(name.get(run..i).unwrap_or_default());
            run = i + 1;
            space_pending |= space;
        }
        folded.push_str(name.get(run..).unwrap_or_default());
        folded.make_ascii_lowercase();
    } else {
        for c in name.chars() {
            let Some(c) = fold_mark(c) else { continue };
            if c.is_ascii() {
                push_folded(folded, &mut space_pending, c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    push_folded(folded, &mut space_pending, lower);
                }
            }
        }
    }
    if folded.starts_with("the ") {
        folded.drain(..4);
    }
}

/// A character of a name as folding reads it: apostrophes and full stops dropped (`None`),
/// hyphens and underscores read as spaces.
#[inline]
fn fold_mark(c: char) -> Option<char> {
    match c {
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '.' => None,
        '-' | '\u{2010}' | '\u{2011}' | '_' => Some(' '),
        c => Some(c),
    }
}

/// Appends one character of a folded name: a space is held back until a word follows it.
#[inline]
fn push_folded(folded: &mut String, space_pending: &mut bool, c: char) {
    if c.is_whitespace() {
        *space_pending = true;
        return;
    }
    if *space_pending && !folded.is_empty() {
        folded.push(' ');
    }
    *space_pending = false;
    folded.push(c);
}

/// A person's name folded, without middle initials ("Donald J. Trump" → "donald trump"),
/// written over `folded`; `kept` is a buffer for the words kept.
fn fold_person_onto(folded: &mut String, kept: &mut String, name: &str) {
    fold_onto(folded, name);
    // A folded name has one space between words: two spaces or more, three words or more.
    let last = folded.bytes().filter(|&b| b == b' ').count();
    if last < 2 {
        return;
    }
    kept.clear();
    for (i, word) in folded.split(' ').enumerate() {
        if i == 0 || i == last || word.chars().nth(1).is_some() {
            if !kept.is_empty() {
                kept.push(' ');
            }
            kept.push_str(word);
        }
    }
    std::mem::swap(folded, kept);
}

/// A person's surname: the last word of the folded name that is not a suffix.
fn surname_of(folded: &str) -> Option<&str> {
    folded
        .split(' ')
        .rev()
        .find(|w| !NAME_SUFFIXES.contains(w) && !w.is_empty())
}

/// An acronym as written: two to eight capitals (full stops allowed: "U.N."), folded over
/// `folded`. False (and `folded` left as it may be) when `name` is none.
fn acronym_onto(folded: &mut String, name: &str) -> bool {
    // Asked of every name: most have a small letter and are answered at once.
    if name.len() > 16 || name.chars().any(char::is_lowercase) {
        return false;
    }
    folded.clear();
    folded.extend(name.chars().filter(|&c| c != '.'));
    let count = folded.chars().count();
    let acronym = (2..=8).contains(&count)
        && folded
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
        && folded.chars().any(char::is_uppercase);
    if !acronym {
        return false;
    }
    if folded.is_ascii() {
        folded.make_ascii_lowercase();
    } else {
        // The whole string lowered, as a final capital sigma lowers by its place in it.
        *folded = folded.to_lowercase();
    }
    true
}

/// An ordinary English word ("government", "foreign"), or a title, or a small word: a name
/// made only of these names different things in different briefings.
fn is_common_word(word: &str) -> bool {
    let gazetteer = gazetteer::get();
    // Months, weekdays and their abbreviations ("Apr") name dates, never one thing.
    lexicon::contains_folded(TITLES, word)
        || lexicon::contains(lexicon::MONTHS, word)
        || lexicon::contains(lexicon::WEEKDAYS, word)
        || lexicon::contains(lexicon::ABBREVIATIONS, word)
        || lexicon::contains_folded(lexicon::DETERMINERS, word)
        || lexicon::contains_folded(lexicon::TITLE_CASE_SMALL_WORDS, word)
        || gazetteer.folded_rank(word).is_some()
}

/// The words of one name, read once for every question asked of it.
#[derive(Default)]
struct NameWords {
    /// Its words split at white space, each trimmed of what is not a letter or a digit, the
    /// empty ones dropped: where they are in the name.
    words: Vec<(usize, usize)>,
    /// How many words split at white space it has, untrimmed.
    untrimmed: usize,
    /// Whether every word (split at white space and hyphens, trimmed) is a title, a
    /// determiner or a small word ("President", "the Prime Minister"): a role, not a name.
    bare_title: bool,
}

impl NameWords {
    /// Reads `name`'s words over the last name's.
    fn read(&mut self, name: &str) {
        self.words.clear();
        self.untrimmed = 0;
        // Where the letters and digits of the current word and of the current piece of it
        // (hyphens part pieces) begin and end, when it has any.
        let mut word: Option<(usize, usize)> = None;
        let mut piece: Option<(usize, usize)> = None;
        let (mut in_word, mut in_piece) = (false, false);
        let mut pieces = 0;
        let mut bare_title = true;
        let mut end_piece = |piece: &mut Option<(usize, usize)>, in_piece: &mut bool| {
            if *in_piece {
                pieces += 1;
                bare_title = bare_title && is_title_word(span(name, piece.take()));
                *in_piece = false;
            }
        };
        for (i, c) in name.char_indices() {
            let space = c.is_whitespace();
            if space || c == '-' {
                end_piece(&mut piece, &mut in_piece);
                if !space {
                    in_word = true;
                } else if in_word {
                    self.end_word(word.take());
                    in_word = false;
                }
                continue;
            }
            in_word = true;
            in_piece = true;
            if c.is_alphanumeric() {
                let end = i + c.len_utf8();
                word = Some((word.map_or(i, |w| w.0), end));
                piece = Some((piece.map_or(i, |p| p.0), end));
            }
        }
        end_piece(&mut piece, &mut in_piece);
        if in_word {
            self.end_word(word);
        }
        self.bare_title = pieces > 0 && bare_title;
    }

    fn end_word(&mut self, letters: Option<(usize, usize)>) {
        self.untrimmed += 1;
        if let Some(letters) = letters {
            self.words.push(letters);
        }
    }

    fn iter<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.words.iter().map(|&w| span(name, Some(w)))
    }
}

/// The part of `name` from `range.0` to `range.1`; empty for none.
fn span(name: &str, range: Option<(usize, usize)>) -> &str {
    range
        .and_then(|(start, end)| name.get(start..end))
        .unwrap_or_default()
}

/// A title, a determiner or a small word: what a bare title is made of.
fn is_title_word(word: &str) -> bool {
    lexicon::contains_folded(TITLES, word)
        || lexicon::contains_folded(lexicon::DETERMINERS, word)
        || lexicon::contains_folded(lexicon::TITLE_CASE_SMALL_WORDS, word)
}

/// Whether a name (its words read into `words`) says which thing it is by itself: not a
/// title, not made only of ordinary words, not a lone given name.
fn is_full_name(name: &str, words: &NameWords, kind: Kind) -> bool {
    if words.words.is_empty() || words.bare_title {
        return false;
    }
    if kind == Kind::Person {
        // A person's full name is two words at least; one word is a surname (or a given
        // name), decided by the whole folder.
        return words.words.len() > 1
            && words
                .iter(name)
                .any(|w| !lexicon::contains_folded(TITLES, w));
    }
    !words.iter(name).all(is_common_word)
}

/// The gazetteer's canonical name for a place or an organisation.
fn gazetteer_name(name: &str, kind: Kind) -> Option<&'static str> {
    let gazetteer = gazetteer::get();
    match kind {
        Kind::Place => gazetteer.place(name).map(|p| p.name),
        Kind::Organization => gazetteer.organization(name).map(|o| o.name),
        _ => None,
    }
}

/// A one-word person name (its words read into `words`) that may be a surname: capitalised,
/// not a title, not a given name.
fn one_word_surname(name: &str, words: &NameWords) -> bool {
    if words.untrimmed != 1 || words.bare_title {
        return false;
    }
    let word = name.trim();
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // "Donald" may be a surname somewhere, but alone it is far more often a first name.
    !gazetteer::get().given_name(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: Kind, aliases: &[&str]) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: Vec::new(),
            mentions: Vec::new(),
            grounds: Default::default(),
        }
    }

    fn person(name: &str) -> Entity {
        entity(name, Kind::Person, &[])
    }

    /// Links invented briefings, each a list of entities; answers with the groups as names
    /// `briefing:entity name`.
    fn link(briefings: &[Vec<Entity>]) -> Vec<Vec<String>> {
        let keys: Vec<BriefingKeys> = briefings.iter().map(|b| BriefingKeys::of(b)).collect();
        let index = CorpusIndex::build(keys.iter().map(Some));
        index
            .entities()
            .iter()
            .map(|e| {
                e.members
                    .iter()
                    .map(|m| format!("{}:{}", m.briefing, briefings[m.briefing][m.entity].name))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn folding_drops_marks_and_a_leading_the_and_makes_runs_of_space_one() {
        for (name, folded) in [
            ("The  United-Nations ", "united nations"),
            ("the", "the"),
            ("The the", "the"),
            (" Hayʼat\u{a0}Tahrir al‑Sham.", "hayat tahrir al sham"),
            ("ÉCOLE Ünïon_Libre", "école ünïon libre"),
            ("İstanbul", "i\u{307}stanbul"),
            ("- . ’", ""),
        ] {
            assert_eq!(fold(name), folded, "{name:?}");
        }
        let (mut buffer, mut kept) = (String::from("left over"), String::new());
        fold_person_onto(&mut buffer, &mut kept, "Donald J. Trump Jr.");
        assert_eq!(buffer, "donald trump jr");
        fold_person_onto(&mut buffer, &mut kept, "Ann B. Lee");
        assert_eq!(buffer, "ann lee");
    }

    #[test]
    fn a_full_name_and_the_same_surname_alone_link_when_nobody_else_carries_it() {
        let groups = link(&[
            vec![person("Vladimir Putin"), person("Emmanuel Macron")],
            vec![entity("Kremlin", Kind::Organization, &[]), person("Putin")],
        ]);
        assert_eq!(groups, [["0:Vladimir Putin", "1:Putin"]]);
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart_and_the_surname_alone_links_to_neither() {
        let groups = link(&[
            vec![person("Bill Clinton")],
            vec![person("Hillary Clinton")],
            vec![person("Clinton")],
            vec![entity("Bill Clinton", Kind::Person, &["Clinton"])],
        ]);
        assert_eq!(groups, [["0:Bill Clinton", "3:Bill Clinton"]]);
    }

    #[test]
    fn a_bare_title_never_links_to_a_named_president() {
        let groups = link(&[
            vec![person("President"), person("Donald Trump")],
            vec![entity("Donald Trump", Kind::Person, &["Trump"])],
            vec![person("President")],
            vec![person("the Prime Minister")],
            vec![person("Prime Minister")],
        ]);
        assert_eq!(groups, [["0:Donald Trump", "1:Donald Trump"]]);
    }

    #[test]
    fn a_country_and_a_person_with_the_same_name_stay_apart() {
        let groups = link(&[
            vec![entity("Georgia", Kind::Place, &[])],
            vec![person("Georgia")],
            vec![entity("Georgia", Kind::Place, &[])],
        ]);
        assert_eq!(groups, [["0:Georgia", "2:Georgia"]]);
    }

    #[test]
    fn a_lone_given_name_and_ordinary_words_never_link() {
        let groups = link(&[
            vec![
                person("Donald"),
                entity("Foreign Ministry", Kind::Organization, &[]),
            ],
            vec![
                person("Donald"),
                entity("Foreign Ministry", Kind::Organization, &[]),
            ],
            vec![entity("Government", Kind::Organization, &[])],
            vec![entity("Government", Kind::Organization, &[])],
        ]);
        assert!(groups.is_empty(), "{groups:?}");
    }

    #[test]
    fn an_acronym_links_to_its_one_expansion() {
        let hts = entity("Hayʼat Tahrir al-Sham", Kind::Organization, &["HTS"]);
        let groups = link(&[
            vec![hts],
            vec![entity("HTS", Kind::Organization, &[])],
            vec![entity("Hayat Tahrir al-Sham", Kind::Organization, &[])],
        ]);
        assert_eq!(
            groups,
            [["0:Hayʼat Tahrir al-Sham", "1:HTS", "2:Hayat Tahrir al-Sham"]]
        );
    }

    #[test]
    fn a_bare_acronym_never_expanded_and_a_month_abbreviation_never_link() {
        let groups = link(&[
            vec![
                entity("ZQX", Kind::Organization, &[]),
                entity("Apr", Kind::Organization, &[]),
            ],
            vec![
                entity("ZQX", Kind::Organization, &[]),
                entity("Apr", Kind::Organization, &[]),
            ],
        ]);
        assert!(groups.is_empty(), "{groups:?}");
    }

    #[test]
    fn an_acronym_with_two_expansions_links_neither_to_the_bare_acronym() {
        let groups = link(&[
            vec![entity("Zentral Quorum Union", Kind::Organization, &["ZQU"])],
            vec![entity(
                "Zorvath Quillan Ubekt",
                Kind::Organization,
                &["ZQU"],
            )],
            vec![entity("ZQU", Kind::Organization, &[])],
        ]);
        assert!(groups.is_empty(), "{groups:?}");
    }

    #[test]
    fn middle_initials_and_apostrophes_do_not_part_a_name() {
        let groups = link(&[
            vec![person("Donald J. Trump")],
            vec![person("Donald Trump")],
            vec![person("Ahmed al-Shara’a")],
            vec![person("Ahmed al-Sharaa")],
        ]);
        assert_eq!(
            groups,
            [
                ["2:Ahmed al-Shara’a", "3:Ahmed al-Sharaa"],
                ["0:Donald J. Trump", "1:Donald Trump"],
            ]
        );
    }

    #[test]
    fn one_briefing_gives_no_corpus_entity_and_members_are_in_briefing_order() {
        assert!(link(&[vec![person("Ann Lee"), person("Ann Lee")]]).is_empty());
        let groups = link(&[
            vec![person("Mark Carney")],
            vec![person("Carney")],
            vec![person("Mark Carney")],
        ]);
        assert_eq!(groups, [["0:Mark Carney", "1:Carney", "2:Mark Carney"]]);
    }

    #[test]
    fn an_entity_without_keys_takes_no_room_and_the_others_keep_their_indices() {
        let briefing = [
            person("Donald"),
            entity(
                "Ann Zorvath",
                Kind::Person,
                &["Ann Zorvath", "Zorvath", "Ann  Zorvath"],
            ),
        ];
        let keys = BriefingKeys::of(&briefing);
        assert_eq!(keys.len(), 1);
        let [only] = keys.entities.as_slice() else {
            panic!("{keys:?}")
        };
        assert_eq!((only.entity, keys.slice(only.name)), (1, "Ann Zorvath"));
        let written: Vec<(KeyClass, &str)> = keys
            .keys_of(only)
            .iter()
            .map(|k| (k.class, keys.slice((k.start, k.end))))
            .collect();
        assert_eq!(
            written,
            [
                (KeyClass::Strong, "ann zorvath"),
                (KeyClass::Surname, "zorvath")
            ]
        );
        let groups = link(&[briefing.to_vec(), vec![person("Zorvath")]]);
        assert_eq!(groups, [["0:Ann Zorvath", "1:Zorvath"]]);
    }

    #[test]
    fn sorted_by_members_then_name_and_deterministic() {
        let briefings = [
            vec![person("Zed Alpha"), person("Ann Beta")],
            vec![person("Zed Alpha"), person("Ann Beta")],
            vec![person("Zed Alpha")],
        ];
        let groups = link(&briefings);
        assert_eq!(groups[0][0], "0:Zed Alpha");
        assert_eq!(groups[1][0], "0:Ann Beta");
        assert_eq!(link(&briefings), groups);
    }
}
