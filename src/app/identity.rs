//! The folder's cross-briefing identities as the app holds them: each briefing's linking keys
//! and the [`CorpusIndex`] made from them.
//!
//! The background load builds the index off the UI thread once every briefing is extracted
//! ([`App::set_corpus`]). A briefing that changes afterwards (live reload) or arrives later
//! only drops its own keys; the index is made again the next time it is asked for, from the
//! keys kept and the dropped ones made again.

use crate::corpus_index::{BriefingKeys, CorpusIndex, Member};

use super::App;

#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// By briefing: its keys, or None until they are made from its annotations.
    keys: Vec<Option<BriefingKeys>>,
    index: CorpusIndex,
    fresh: bool,
    /// A briefing was replaced after its first extraction: the background index, made from
    /// the first extractions, no longer describes the folder.
    reloaded: bool,
}

impl Identity {
    /// The other briefings naming what entity `entity` of briefing `briefing` names, when
    /// the index is up to date (None when it must be made again first).
    pub(super) fn briefings_linked(&self, briefing: usize, entity: usize) -> Option<Vec<usize>> {
        if !self.fresh {
            return None;
        }
        let linked = self
            .index
            .of(briefing, entity)
            .and_then(|c| self.index.get(c));
        Some(linked.map_or_else(Vec::new, |linked| {
            linked.briefings().filter(|&b| b != briefing).collect()
        }))
    }

    /// Briefing `index` has new annotations; `reload` when it had some before.
    pub(super) fn forget(&mut self, index: usize, reload: bool) {
        if let Some(keys) = self.keys.get_mut(index) {
            *keys = None;
        }
        self.fresh = false;
        self.reloaded |= reload;
    }
}

impl App {
    /// Installs the index the background load built from every briefing's first extraction,
    /// with the keys it was built from; ignored when a briefing has changed since.
    pub fn set_corpus(&mut self, keys: Vec<Option<BriefingKeys>>, index: CorpusIndex) {
        if self.library.identity.reloaded || keys.len() != self.library.slots.len() {
            return;
        }
        self.library.identity.keys = keys;
        self.library.identity.index = index;
        self.library.identity.fresh = true;
    }

    /// The corpus index, made again first when a briefing changed since it was made.
    pub fn corpus_index(&mut self) -> &CorpusIndex {
        let identity = &mut self.library.identity;
        identity.keys.resize(self.library.slots.len(), None);
        for (keys, slot) in identity.keys.iter_mut().zip(&self.library.slots) {
            if keys.is_none() && slot.extracted {
                *keys = Some(BriefingKeys::of(slot.briefing.entities()));
                identity.fresh = false;
            }
        }
        if !identity.fresh {
            identity.index = CorpusIndex::build(identity.keys.iter().map(Option::as_ref));
            identity.fresh = true;
        }
        &identity.index
    }

    /// The per-briefing entities that name what entity `entity` of briefing `briefing` names,
    /// in briefing order: its corpus entity's members, or itself alone.
    pub fn same_thing(&mut self, briefing: usize, entity: usize) -> (String, Vec<Member>) {
        let own_name = self
            .library
            .slots
            .get(briefing)
            .and_then(|s| s.briefing.entities().get(entity))
            .map(|e| e.name.clone())
            .unwrap_or_default();
        let index = self.corpus_index();
        match index.of(briefing, entity).and_then(|c| index.get(c)) {
            Some(linked) => (linked.name.clone(), linked.members.clone()),
            None => (own_name, vec![Member { briefing, entity }]),
        }
    }
}
