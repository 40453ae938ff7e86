//! Which briefings name what: every entity's name and aliases, lower-cased, mapped to the
//! briefings that use them.
//!
//! "Also in N briefings" is shown for the selected entity on every frame; asking each briefing
//! in turn grows with the corpus. The index is updated one briefing at a time as annotations
//! arrive or a file is reloaded, and answers with a few lookups. It agrees with
//! [`super::find_same_entity`]: two entities are the same when they share a name or an alias,
//! ignoring case.

use std::collections::{BTreeSet, HashMap};

use crate::model::{Briefing, Entity};

#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    briefings: HashMap<String, BTreeSet<usize>>,
    /// The names each briefing was indexed under, so replacing it removes exactly those.
    names_of: HashMap<usize, Vec<String>>,
}

fn names(entity: &Entity) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .map(|name| name.to_lowercase())
}

impl NameIndex {
    /// Indexes briefing `index`, replacing what it was indexed under before.
    pub fn insert(&mut self, index: usize, briefing: &Briefing) {
        self.remove(index);
        let mut all: Vec<String> = briefing.entities().iter().flat_map(names).collect();
        all.sort_unstable();
        all.dedup();
        for name in &all {
            self.briefings
                .entry(name.clone())
                .or_default()
                .insert(index);
        }
        self.names_of.insert(index, all);
    }

    pub fn remove(&mut self, index: usize) {
        for name in self.names_of.remove(&index).unwrap_or_default() {
            if let Some(set) = self.briefings.get_mut(&name) {
                set.remove(&index);
                if set.is_empty() {
                    self.briefings.remove(&name);
                }
            }
        }
    }

    /// The briefings with an entity sharing a name or alias with `entity`, in order.
    pub fn briefings_naming(&self, entity: &Entity) -> BTreeSet<usize> {
        names(entity)
            .filter_map(|name| self.briefings.get(&name))
            .flatten()
            .copied()
            .collect()
    }
}
