//! `Reader`, the article's part of `App`: the reading position and the layout it is kept in,
//! what is lit and the targets `n`/`N` walk, the mentions on screen, the search and the jump
//! list.

use crate::model::{Briefing, Span};
use crate::text::layout::Layout;

use super::{Lit, Search, jumps, lists};

#[derive(Debug, Clone)]
pub struct Reader {
    /// The reading position: the first byte of the top row (see [`super::App::anchor`]).
    pub(super) anchor: usize,
    pub(super) layout: Layout,
    /// (briefing, width, briefing version) the layout was made for.
    pub(super) layout_key: (usize, usize, u64),
    pub(super) search: Option<Search>,
    pub(super) lit: Option<Lit>,
    /// What `n`/`N` walk, derived from `lit` and the search whenever either changes (see
    /// [`super::App::retarget`]), so a frame reads it instead of rebuilding it.
    pub(super) targets: Vec<Span>,
    /// The quotations lit as a source's (or the one selected), derived with `targets`.
    pub(super) lit_quotes: Vec<usize>,
    /// Every mention of the briefing on screen as `(span, entity index)`, in text order, for
    /// drawing and for finding the entity at a position. Only the one on screen: for a whole
    /// archive these would cost as much memory as the annotations themselves.
    pub(super) mentions: Vec<(Span, usize)>,
    /// The index of the current target among `targets`.
    pub(super) cursor: usize,
    pub(super) jumps: jumps::JumpList,
}

impl Default for Reader {
    fn default() -> Self {
        Reader {
            anchor: 0,
            layout: Layout::wrap("", 1),
            layout_key: (usize::MAX, 0, 0),
            search: None,
            lit: None,
            targets: Vec::new(),
            lit_quotes: Vec::new(),
            mentions: Vec::new(),
            cursor: 0,
            jumps: jumps::JumpList::default(),
        }
    }
}

impl Reader {
    /// The current target: the mention, quotation or hit `n`/`N` last went to.
    pub(super) fn current_target(&self) -> Option<Span> {
        match self.lit {
            Some(Lit::Search) => self.search.as_ref().and_then(|s| s.current),
            _ => self.targets.get(self.cursor).copied(),
        }
    }

    /// Derives the targets and lit quotations again from `lit` and `briefing`.
    pub(super) fn retarget(&mut self, briefing: &Briefing) {
        self.targets = match &self.lit {
            None => Vec::new(),
            Some(Lit::Entity(index)) => briefing
                .entities()
                .get(*index)
                .map(|e| e.mentions.clone())
                .unwrap_or_default(),
            Some(Lit::Source(name)) => lists::quotes_of(briefing, name)
                .into_iter()
                .filter_map(|i| briefing.quotes().get(i).map(|q| q.span()))
                .collect(),
            Some(Lit::Quote(index)) => briefing
                .quotes()
                .get(*index)
                .map(|q| q.span())
                .into_iter()
                .collect(),
            // A search's hits are found as they are needed, never listed (see `search.rs`).
            Some(Lit::Search) => Vec::new(),
        };
        self.lit_quotes = match &self.lit {
            Some(Lit::Source(name)) => lists::quotes_of(briefing, name),
            Some(Lit::Quote(index)) => vec![*index],
            _ => Vec::new(),
        };
    }

    /// Derives the mentions again, after the briefing on screen or its annotations changed.
    pub(super) fn index_mentions(&mut self, briefing: &Briefing) {
        let entities = briefing.entities();
        let mut mentions = Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
        for (index, entity) in entities.iter().enumerate() {
            mentions.extend(entity.mentions.iter().map(|span| (*span, index)));
        }
        mentions.sort();
        self.mentions = mentions;
    }
}
