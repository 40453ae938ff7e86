//! The dossier: everything the folder says about one person, organisation or quotation
//! source, and following it from briefing to briefing.
//!
//! The subject is what the reader has selected: the lit or selected entity, or the selected
//! source in the quote list. Its briefings come from the corpus index (every briefing with a
//! linked entity), its quotations from those entities (or, for a source that names no entity,
//! from its words). `o`/`O` walk the same briefings in order, so the walk visits exactly what
//! the dossier lists and never strays to another thing.

use crate::corpus_index::{Member, fold};
use crate::model::{Briefing, Kind, Quote};

use super::lists::{self, QuoteRow};
use super::{App, Lit, Pane, names_entity};

/// What a dossier is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Entity `entity` of briefing `briefing`, and whatever names the same thing elsewhere.
    Entity { briefing: usize, entity: usize },
    /// A quotation source that names no entity ("state media"), by its words.
    Source { name: String },
}

/// One row of the dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DossierRow {
    /// A briefing that names the subject: the entity there, its mention count and roles.
    Briefing {
        briefing: usize,
        entity: Option<usize>,
        mentions: usize,
        roles: Vec<String>,
    },
    /// A quotation the subject is the source of.
    Quote { briefing: usize, quote: usize },
}

impl DossierRow {
    pub fn briefing(&self) -> usize {
        match self {
            DossierRow::Briefing { briefing, .. } | DossierRow::Quote { briefing, .. } => *briefing,
        }
    }
}

/// The open dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dossier {
    /// The fullest name the folder gives the subject.
    pub name: String,
    pub kind: Option<Kind>,
    pub rows: Vec<DossierRow>,
    pub selected: usize,
}

impl Dossier {
    /// The briefings that name the subject, in order.
    pub fn briefings(&self) -> Vec<usize> {
        self.rows
            .iter()
            .filter_map(|row| match row {
                DossierRow::Briefing { briefing, .. } => Some(*briefing),
                DossierRow::Quote { .. } => None,
            })
            .collect()
    }

    pub fn quote_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, DossierRow::Quote { .. }))
            .count()
    }
}

/// The quotations of `briefing` whose source is `entity` (entity index `index`): credited to
/// it, or to words that are its name or an alias.
fn quotes_by_entity(briefing: &Briefing, index: usize) -> Vec<usize> {
    let Some(entity) = briefing.entities().get(index) else {
        return Vec::new();
    };
    briefing
        .quotes()
        .iter()
        .enumerate()
        // Speech only: the extractor decided which quoted words are scare quotes.
        .filter(|(_, q)| {
            q.source().is_some_and(|s| match s.entity {
                Some(e) => e == index,
                None => names_entity(entity, briefing.slice(s.span)),
            })
        })
        .filter(|(_, q)| q.is_quotation())
        .map(|(i, _)| i)
        .collect()
}

/// Whether a quotation's source is the words `folded` (a source naming no entity).
fn by_source_words(briefing: &Briefing, quote: &Quote, folded: &str) -> bool {
    quote.source().is_some_and(|s| {
        let name = match s.entity.and_then(|e| briefing.entities().get(e)) {
            Some(entity) => fold(&entity.name),
            None => fold(briefing.slice(s.span)),
        };
        name == folded
    })
}

impl App {
    /// What the reader has selected, as a dossier's subject.
    pub fn subject(&self) -> Option<Subject> {
        let current = self.library.current;
        let entity = |entity| {
            Some(Subject::Entity {
                briefing: current,
                entity,
            })
        };
        let by_source = |name: &str| -> Option<Subject> {
            let briefing = self.briefing();
            // A source that is an entity is followed as the entity.
            let credited = briefing.quotes().iter().find_map(|q| {
                let s = q.source()?;
                (lists::source_name(briefing, q) == name)
                    .then_some(s.entity)
                    .flatten()
            });
            match credited {
                Some(index) => entity(index),
                None => Some(Subject::Source {
                    name: name.to_string(),
                }),
            }
        };
        let by_quote = |index: usize| {
            let quote = self.briefing().quotes().get(index)?;
            quote.source()?;
            by_source(&lists::source_name(self.briefing(), quote))
        };
        let from_quotes = || match self.lists.selected_quote.as_ref()? {
            QuoteRow::Source { name, .. } => by_source(name),
            QuoteRow::Quote(index) => by_quote(*index),
        };
        match self.focus {
            Pane::Quotes => from_quotes(),
            Pane::Article => match &self.reader.lit {
                Some(Lit::Entity(index)) => entity(*index),
                Some(Lit::Source(name)) => by_source(name),
                Some(Lit::Quote(index)) => by_quote(*index),
                _ => self.lists.selected_entity.and_then(entity),
            },
            Pane::Entities | Pane::Briefings => self.lists.selected_entity.and_then(entity),
        }
    }

    /// The dossier of a subject.
    pub fn dossier_of(&mut self, subject: &Subject) -> Dossier {
        match subject {
            Subject::Entity { briefing, entity } => {
                let (name, members) = self.same_thing(*briefing, *entity);
                self.entity_dossier(name, &members)
            }
            Subject::Source { name } => self.source_dossier(name),
        }
    }

    fn entity_dossier(&self, name: String, members: &[Member]) -> Dossier {
        let mut rows: Vec<DossierRow> = Vec::new();
        let mut quotes = Vec::new();
        let mut kind = None;
        for member in members {
            let Some(slot) = self.library.slots.get(member.briefing) else {
                continue;
            };
            let Some(entity) = slot.briefing.entities().get(member.entity) else {
                continue;
            };
            kind = kind.or(Some(entity.kind));
            match rows.last_mut() {
                // A second entity of the same briefing naming the same thing.
                Some(DossierRow::Briefing {
                    briefing,
                    entity: landing,
                    mentions,
                    roles,
                }) if *briefing == member.briefing => {
                    // `o` and Enter land on the one named most often.
                    let most = landing
                        .and_then(|e| slot.briefing.entities().get(e))
                        .map_or(0, |e| e.mentions.len());
                    if entity.mentions.len() > most {
                        *landing = Some(member.entity);
                    }
                    *mentions += entity.mentions.len();
                    for role in &entity.roles {
                        if !roles.contains(role) {
                            roles.push(role.clone());
                        }
                    }
                }
                _ => rows.push(DossierRow::Briefing {
                    briefing: member.briefing,
                    entity: Some(member.entity),
                    mentions: entity.mentions.len(),
                    roles: entity.roles.clone(),
                }),
            }
            quotes.extend(
                quotes_by_entity(&slot.briefing, member.entity)
                    .into_iter()
                    .map(|quote| DossierRow::Quote {
                        briefing: member.briefing,
                        quote,
                    }),
            );
        }
        rows.extend(quotes);
        Dossier {
            name,
            kind,
            rows,
            selected: 0,
        }
    }

    /// A source naming no entity: every briefing with a quotation credited to the same words.
    fn source_dossier(&self, name: &str) -> Dossier {
        let folded = fold(name);
        let mut rows = Vec::new();
        let mut quotes = Vec::new();
        for (index, slot) in self.library.slots.iter().enumerate() {
            let briefing = &slot.briefing;
            let found: Vec<usize> = (0..briefing.quotes().len())
                .filter(|&q| {
                    let quote = &briefing.quotes()[q];
                    by_source_words(briefing, quote, &folded) && quote.is_quotation()
                })
                .collect();
            if found.is_empty() {
                continue;
            }
            rows.push(DossierRow::Briefing {
                briefing: index,
                entity: None,
                mentions: found.len(),
                roles: Vec::new(),
            });
            quotes.extend(found.into_iter().map(|quote| DossierRow::Quote {
                briefing: index,
                quote,
            }));
        }
        rows.extend(quotes);
        Dossier {
            name: name.to_string(),
            kind: None,
            rows,
            selected: 0,
        }
    }

    pub fn dossier(&self) -> Option<&Dossier> {
        self.dossier.as_ref()
    }

    /// Opens the dossier of the selection, its row for the briefing on screen selected.
    pub(super) fn open_dossier(&mut self) {
        let Some(subject) = self.subject() else {
            self.message = Some("select an entity or a source first".into());
            return;
        };
        let mut dossier = self.dossier_of(&subject);
        dossier.selected = dossier
            .rows
            .iter()
            .position(|r| r.briefing() == self.library.current)
            .unwrap_or(0);
        self.dossier = Some(dossier);
    }

    /// What an action does while the dossier is open.
    pub(super) fn update_dossier(&mut self, action: super::Action) {
        use super::Action;
        let Some(dossier) = &mut self.dossier else {
            return;
        };
        let last = dossier.rows.len().saturating_sub(1);
        let step = |at: usize, delta: isize| at.saturating_add_signed(delta).min(last);
        match action {
            Action::Quit | Action::Clear | Action::Dossier => self.dossier = None,
            Action::Down => dossier.selected = step(dossier.selected, 1),
            Action::Up => dossier.selected = step(dossier.selected, -1),
            Action::PageDown | Action::HalfPageDown => {
                dossier.selected = step(dossier.selected, 10)
            }
            Action::PageUp | Action::HalfPageUp => dossier.selected = step(dossier.selected, -10),
            Action::Top => dossier.selected = 0,
            Action::Bottom => dossier.selected = last,
            Action::Activate => self.open_dossier_row(),
            Action::Copy => self.copy_citations(),
            Action::OtherBriefing | Action::PreviousOtherBriefing | Action::ToggleHelp => {
                self.dossier = None;
                self.update(action);
            }
            Action::JumpBack | Action::JumpForward => {
                self.dossier = None;
                self.update(action);
            }
            _ => {}
        }
    }

    /// Opens the selected row's briefing at its mention or quotation, and closes the dossier.
    fn open_dossier_row(&mut self) {
        let Some(row) = self
            .dossier
            .take()
            .and_then(|d| d.rows.get(d.selected).cloned())
        else {
            return;
        };
        self.record_jump();
        match row {
            DossierRow::Briefing {
                briefing, entity, ..
            } => {
                self.show_briefing(briefing);
                if let Some(entity) = entity {
                    self.light_entity_at_reading(entity);
                }
            }
            DossierRow::Quote { briefing, quote } => {
                self.show_briefing(briefing);
                self.select_quote_row(QuoteRow::Quote(quote));
            }
        }
    }

    /// Selects entity `index` and lights its mentions from the reading position on.
    pub(super) fn light_entity_at_reading(&mut self, index: usize) {
        if self.entity(index).is_none() {
            return;
        }
        self.lists.selected_entity = Some(index);
        if !self
            .lists
            .entity_rows
            .contains(&super::EntityRow::Entity(index))
        {
            self.lists.filters.entities.clear();
            self.rebuild_rows();
        }
        self.light_at_reading(Lit::Entity(index));
    }

    /// `o` (`delta` 1) and `O` (-1): the subject in the next or previous briefing of its
    /// dossier, wrapping. The subject stays what it was; only the briefing changes.
    pub(super) fn follow(&mut self, delta: isize) {
        let Some(subject) = self.subject() else {
            self.message = Some("select an entity or a source first".into());
            return;
        };
        let dossier = self.dossier_of(&subject);
        let rows: Vec<&DossierRow> = dossier
            .rows
            .iter()
            .filter(|r| matches!(r, DossierRow::Briefing { .. }))
            .collect();
        let count = rows.len();
        let at = rows
            .iter()
            .position(|r| r.briefing() == self.library.current);
        if count < 2 {
            let pending = self.pending_count();
            self.message = Some(if pending > 0 {
                format!(
                    "{} is in no other briefing yet ({pending} still extracting)",
                    dossier.name
                )
            } else {
                format!("{} is in no other briefing", dossier.name)
            });
            return;
        }
        let (next, wrapped) = match (at, delta > 0) {
            (Some(at), true) => ((at + 1) % count, at + 1 == count),
            (Some(at), false) => ((at + count - 1) % count, at == 0),
            // From a briefing outside the dossier: the first one after it (or before).
            (None, true) => rows
                .iter()
                .position(|r| r.briefing() > self.library.current)
                .map_or((0, true), |i| (i, false)),
            (None, false) => rows
                .iter()
                .rposition(|r| r.briefing() < self.library.current)
                .map_or((count - 1, true), |i| (i, false)),
        };
        let row = rows[next].clone();
        let DossierRow::Briefing {
            briefing, entity, ..
        } = row
        else {
            return;
        };
        self.record_jump();
        let focus = self.focus;
        self.show_briefing(briefing);
        let source = match (&subject, entity) {
            (Subject::Source { name }, _) => Some(name.clone()),
            (Subject::Entity { .. }, Some(entity)) if focus == Pane::Quotes => self
                .briefing()
                .entities()
                .get(entity)
                .map(|e| e.name.clone())
                .filter(|name| !lists::quotes_of(self.briefing(), name).is_empty()),
            _ => None,
        };
        match (source, entity) {
            (Some(name), _) => self.light_source(&name),
            (None, Some(entity)) => self.light_entity_at_reading(entity),
            (None, None) => {}
        }
        let title = &self.briefing().title;
        self.message = Some(match (wrapped, delta > 0) {
            (true, true) => format!(
                "{}: back to the first of {count} briefings, “{title}”",
                dossier.name
            ),
            (true, false) => format!(
                "{}: back to the last of {count} briefings, “{title}”",
                dossier.name
            ),
            _ => format!("{}: briefing {}/{count}, “{title}”", dossier.name, next + 1),
        });
    }

    /// Selects the source whose words fold to `name`'s in the quote list and lights its
    /// quotations.
    fn light_source(&mut self, name: &str) {
        let folded = fold(name);
        let row = self.lists.quote_rows.iter().find_map(|row| match row {
            QuoteRow::Source { name, .. } if fold(name) == folded => Some(row.clone()),
            _ => None,
        });
        if let Some(QuoteRow::Source { name, .. }) = &row {
            let name = name.clone();
            self.lists.selected_quote = row;
            self.reader.cursor = 0;
            self.light(Lit::Source(name), 0);
        }
    }

    /// The subject's quotations as a citation list, one per line:
    /// `“…” — Source, "Briefing title" (file)`, the source named as the folder names it.
    pub fn citations(&self) -> Vec<String> {
        let Some(dossier) = &self.dossier else {
            return Vec::new();
        };
        dossier
            .rows
            .iter()
            .filter_map(|row| {
                let DossierRow::Quote { briefing, quote } = row else {
                    return None;
                };
                let briefing = &self.library.slots.get(*briefing)?.briefing;
                let quote = briefing.quotes().get(*quote)?;
                let file = std::path::Path::new(&briefing.path)
                    .file_name()
                    .map_or_else(|| briefing.path.clone(), |f| f.to_string_lossy().into());
                Some(format!(
                    "“{}” — {}, \"{}\" ({file})",
                    briefing.slice(quote.inner()).trim(),
                    dossier.name,
                    briefing.title
                ))
            })
            .collect()
    }

    fn copy_citations(&mut self) {
        let lines = self.citations();
        if lines.is_empty() {
            self.message = Some("no quotations to copy".into());
            return;
        }
        self.message = Some(format!(
            "copied {} citation{}",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" }
        ));
        self.clipboard = Some(lines.join("\n"));
    }
}
