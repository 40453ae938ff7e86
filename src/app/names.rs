//! Which briefings name what: every entity's name and aliases, lower-cased, mapped to the
//! briefings that use them.
//!
//! "Also in N briefings" is shown for the selected entity on every frame; asking each briefing
//! in turn grows with the corpus. The index is updated one briefing at a time as annotations
//! arrive or a file is reloaded, and answers with a few lookups. It agrees with
//! [`super::find_same_entity`]: two entities are the same when they share a name or an alias,
//! ignoring case.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap};
use std::hash::BuildHasher;

use crate::model::{Briefing, Entity};

/// No briefing: a name no briefing uses any more keeps its number.
const NONE: u32 = u32::MAX;

/// The index holds each name once, in one string, and most names (nine in ten, in a
/// generated archive) are used by one briefing only, so they get no list of their own: ten
/// thousand briefings name a hundred thousand things, and a list, a string or a copy of every
/// name per briefing would cost as much memory as the briefings' own annotations.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// Every distinct lower-cased name or alias, one after another.
    text: String,
    /// By name number: where the name is in `text`.
    spans: Vec<(u32, u32)>,
    /// Name numbers by the hash of their name; a name whose hash another name already has
    /// (rare) is kept in `collided` instead.
    by_hash: HashMap<u64, u32>,
    collided: HashMap<u64, Vec<u32>>,
    hasher: std::hash::RandomState,
    /// By name number: one briefing using the name, or [`NONE`]. Briefings are numbered
    /// in 32 bits here too, as a third of the index is these lists.
    first: Vec<u32>,
    /// By name number, for names more than one briefing uses: the others.
    others: HashMap<u32, Vec<u32>>,
}

fn names(entity: &Entity) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .map(|name| name.to_lowercase())
}

impl NameIndex {
    fn hash(&self, name: &str) -> u64 {
        self.hasher.hash_one(name)
    }

    fn name(&self, id: u32) -> &str {
        self.spans
            .get(id as usize)
            .and_then(|&(start, end)| self.text.get(start as usize..end as usize))
            .unwrap_or("")
    }

    /// The number of a (lower-cased) name, if any briefing was ever indexed under it.
    fn id(&self, name: &str) -> Option<u32> {
        let hash = self.hash(name);
        let first = self.by_hash.get(&hash).into_iter();
        let collided = self.collided.get(&hash).into_iter().flatten();
        first
            .chain(collided)
            .copied()
            .find(|&id| self.name(id) == name)
    }

    /// The number of a name, numbering it if it is new; None only past 4 GiB of names,
    /// which cannot fit in memory with the briefings that use them anyway.
    fn id_or_new(&mut self, name: &str) -> Option<u32> {
        if let Some(id) = self.id(name) {
            return Some(id);
        }
        let id = u32::try_from(self.spans.len()).ok()?;
        let start = u32::try_from(self.text.len()).ok()?;
        let end = u32::try_from(self.text.len() + name.len()).ok()?;
        self.text.push_str(name);
        self.spans.push((start, end));
        self.first.push(NONE);
        let hash = self.hash(name);
        match self.by_hash.entry(hash) {
            Entry::Occupied(_) => self.collided.entry(hash).or_default().push(id),
            Entry::Vacant(vacant) => {
                vacant.insert(id);
            }
        }
        Some(id)
    }

    /// The numbers of the names `briefing` is indexed under, each once.
    fn ids_of(&mut self, briefing: &Briefing) -> Vec<u32> {
        let mut ids: Vec<u32> = briefing
            .entities()
            .iter()
            .flat_map(names)
            .filter_map(|name| self.id_or_new(&name))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Indexes briefing `index`, which is not indexed yet. (Past four billion briefings,
    /// which memory could not hold anyway, a briefing is not indexed.)
    pub fn insert(&mut self, index: usize, briefing: &Briefing) {
        let Ok(index) = u32::try_from(index) else {
            return;
        };
        for id in self.ids_of(briefing) {
            let Some(first) = self.first.get_mut(id as usize) else {
                continue;
            };
            if *first == NONE {
                *first = index;
            } else {
                self.others.entry(id).or_default().push(index);
            }
        }
    }

    /// Indexes briefing `index` as `new` instead of `old`, what it was indexed as before.
    /// The old briefing says which names to take it off, so the index need not remember.
    pub fn replace(&mut self, index: usize, old: &Briefing, new: &Briefing) {
        self.remove(index, old);
        self.insert(index, new);
    }

    fn remove(&mut self, index: usize, briefing: &Briefing) {
        let Ok(index) = u32::try_from(index) else {
            return;
        };
        for id in self.ids_of(briefing) {
            let others = self.others.get_mut(&id);
            match self.first.get_mut(id as usize) {
                Some(first) if *first == index => {
                    *first = others.and_then(Vec::pop).unwrap_or(NONE);
                }
                _ => {
                    if let Some(others) = others
                        && let Some(at) = others.iter().position(|&i| i == index)
                    {
                        others.swap_remove(at);
                    }
                }
            }
            if self.others.get(&id).is_some_and(Vec::is_empty) {
                self.others.remove(&id);
            }
        }
    }

    /// The briefings with an entity sharing a name or alias with `entity`, in order.
    pub fn briefings_naming(&self, entity: &Entity) -> BTreeSet<usize> {
        let mut found = BTreeSet::new();
        for id in names(entity).filter_map(|name| self.id(&name)) {
            let first = self.first.get(id as usize).filter(|&&i| i != NONE);
            let others = self.others.get(&id).into_iter().flatten();
            found.extend(first.into_iter().chain(others).map(|&i| i as usize));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotations, Kind};
    use std::sync::Arc;

    fn briefing(names: &[&str]) -> Briefing {
        let entities = names
            .iter()
            .map(|name| Entity {
                name: name.to_string(),
                kind: Kind::Person,
                aliases: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
                grounds: Default::default(),
            })
            .collect();
        Briefing {
            id: String::new(),
            path: String::new(),
            title: String::new(),
            text: Arc::default(),
            annotations: Annotations {
                entities,
                ..Annotations::default()
            },
            meta: None,
        }
    }

    fn naming(index: &NameIndex, name: &str) -> Vec<usize> {
        let entity = &briefing(&[name]).annotations.entities[0];
        index.briefings_naming(entity).into_iter().collect()
    }

    #[test]
    fn names_shared_by_several_briefings_survive_replacing_any_of_them() {
        let mut index = NameIndex::default();
        index.insert(0, &briefing(&["Putin", "Macron"]));
        index.insert(1, &briefing(&["putin"]));
        index.insert(2, &briefing(&["Putin", "Scholz"]));
        assert_eq!(naming(&index, "PUTIN"), [0, 1, 2]);
        // The briefing holding the name's first place goes; the others keep it.
        index.replace(0, &briefing(&["Putin", "Macron"]), &briefing(&["Macron"]));
        assert_eq!(naming(&index, "Putin"), [1, 2]);
        assert_eq!(naming(&index, "Macron"), [0]);
        index.replace(2, &briefing(&["Putin", "Scholz"]), &briefing(&[]));
        assert_eq!(naming(&index, "Putin"), [1]);
        assert_eq!(naming(&index, "Scholz"), Vec::<usize>::new());
        index.replace(2, &briefing(&[]), &briefing(&["Scholz", "Putin"]));
        assert_eq!(naming(&index, "Putin"), [1, 2]);
        assert_eq!(naming(&index, "Merkel"), Vec::<usize>::new());
    }
}
