//! The jump list, as in vim and helix: every jump (Enter on an entity or a quotation, `o`/`O`,
//! a search, a dossier row, a hint, another briefing) first records where the reader was;
//! `C-o` goes back and `C-i` forward, restoring the briefing, the reading position, the
//! focused pane and the selection exactly.

use super::lists::QuoteRow;
use super::{App, Lit, Pane};

/// How many places the list keeps: older ones are dropped.
const KEPT: usize = 100;

/// Where the reader was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jump {
    pub briefing: usize,
    /// The reading position: a byte offset.
    pub anchor: usize,
    pub focus: Pane,
    pub selected_entity: Option<usize>,
    pub selected_quote: Option<QuoteRow>,
    pub lit: Option<Lit>,
    pub cursor: usize,
}

/// Places behind and ahead of the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JumpList {
    back: Vec<Jump>,
    forward: Vec<Jump>,
    /// Where a search started: recorded when the search is kept.
    search_origin: Option<Jump>,
}

impl JumpList {
    pub fn back_len(&self) -> usize {
        self.back.len()
    }

    pub fn forward_len(&self) -> usize {
        self.forward.len()
    }

    fn push(&mut self, jump: Jump) {
        // Jumping from where the last jump left from adds nothing.
        if self.back.last() != Some(&jump) {
            self.back.push(jump);
            if self.back.len() > KEPT {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }
}

impl App {
    /// Where the reader is now.
    pub fn here(&self) -> Jump {
        Jump {
            briefing: self.library.current,
            anchor: self.reader.anchor,
            focus: self.focus,
            selected_entity: self.lists.selected_entity,
            selected_quote: self.lists.selected_quote.clone(),
            lit: self.reader.lit.clone(),
            cursor: self.reader.cursor,
        }
    }

    pub fn jumps(&self) -> &JumpList {
        &self.reader.jumps
    }

    /// Records the reader's place before a jump.
    pub(super) fn record_jump(&mut self) {
        let here = self.here();
        self.reader.jumps.push(here);
    }

    /// A search begins: its start is where `C-o` returns to once it is kept.
    pub(super) fn begin_search_jump(&mut self) {
        self.reader.jumps.search_origin = Some(self.here());
    }

    /// The search was kept (Enter on a query): its start becomes a jump.
    pub(super) fn keep_search_jump(&mut self) {
        if let Some(origin) = self.reader.jumps.search_origin.take() {
            self.reader.jumps.push(origin);
        }
    }

    pub(super) fn jump_back(&mut self) {
        let Some(jump) = self.reader.jumps.back.pop() else {
            self.message = Some("no earlier jump".into());
            return;
        };
        let here = self.here();
        self.reader.jumps.forward.push(here);
        self.restore(jump);
    }

    pub(super) fn jump_forward(&mut self) {
        let Some(jump) = self.reader.jumps.forward.pop() else {
            self.message = Some("no later jump".into());
            return;
        };
        let here = self.here();
        self.reader.jumps.back.push(here);
        self.restore(jump);
    }

    /// Puts the reader back at `jump`. Indices a reload made stale are dropped rather than
    /// pointed past the end.
    pub(super) fn restore(&mut self, jump: Jump) {
        if jump.briefing >= self.library.slots.len() {
            return;
        }
        self.show_briefing(jump.briefing);
        if jump.focus == Pane::Briefings && !self.show_briefings {
            self.set_focus(Pane::Article);
        } else {
            self.set_focus(jump.focus);
        }
        let entities = self.briefing().entities().len();
        let quotes = self.briefing().quotes().len();
        self.lists.selected_entity = jump.selected_entity.filter(|&i| i < entities);
        self.lists.selected_quote = jump
            .selected_quote
            .filter(|q| self.lists.quote_rows.contains(q));
        let lit = jump.lit.filter(|lit| match lit {
            Lit::Entity(i) => *i < entities,
            Lit::Quote(i) => *i < quotes,
            Lit::Source(_) | Lit::Search => true,
        });
        self.set_lit(lit);
        self.reader.cursor = jump.cursor.min(self.targets().len().saturating_sub(1));
        self.reader.anchor = jump.anchor.min(self.briefing().text.len());
        while !self.briefing().text.is_char_boundary(self.reader.anchor) {
            self.reader.anchor -= 1;
        }
        self.rebuild_rows();
    }
}
