//! Resolving a source phrase to the entity it stands for: a name, a pronoun, a role.

use super::Context;
use super::lexicon;
use crate::model::{Entity, Kind, Resolution, Source, Span};

impl Context<'_> {
    pub(super) fn entity_ending_at(&self, span: Span) -> Option<usize> {
        // Mentions are sorted by span: only those starting inside `span` can end with it.
        let first = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.end == span.end)
            .map(|&(_, e)| e)
            .last()
    }

    /// The entity a source phrase names: one whose mention is the phrase's head (its end).
    pub(super) fn resolve(&self, span: Span) -> Option<usize> {
        if let Some(entity) = self.entity_ending_at(span) {
            return Some(entity);
        }
        let word = span.slice(self.text).to_lowercase();
        if lexicon::PERSON_PRONOUNS.contains(&word.as_str()) {
            return self.nearest_before(span.start, &[Kind::Person]);
        }
        if lexicon::THING_PRONOUNS.contains(&word.as_str()) {
            return self.nearest_before(span.start, &[Kind::Organization, Kind::Group]);
        }
        // "the minister told reporters": the person the text last gave that role.
        if let Some(rest) = word.strip_prefix("the ") {
            let head = rest.rsplit(' ').next().unwrap_or(rest);
            if lexicon::TITLE_HEADS.contains(&head) {
                return self.nearest_holding(span.start, head);
            }
        }
        None
    }

    pub(super) fn nearest_before(&self, offset: usize, kinds: &[Kind]) -> Option<usize> {
        self.nearest_entity_before(offset, |entity| kinds.contains(&entity.kind))
    }

    /// The nearest person before `offset` with a role ending in `title` ("Interior Minister"
    /// for "minister").
    pub(super) fn nearest_holding(&self, offset: usize, title: &str) -> Option<usize> {
        self.nearest_entity_before(offset, |entity| {
            entity.kind == Kind::Person
                && entity.roles.iter().any(|role| {
                    role.rsplit(' ')
                        .next()
                        .is_some_and(|last| last.eq_ignore_ascii_case(title))
                })
        })
    }

    /// The entity of the nearest mention ending before `offset` that `fits`.
    pub(super) fn nearest_entity_before(
        &self,
        offset: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        // A pronoun or a role refers back a few sentences at most; the look-back is bounded
        // so a long text without a fitting entity stays linear.
        const LOOK_BACK: usize = 64;
        let end = self.mentions.partition_point(|(m, _)| m.start < offset);
        self.mentions[..end]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .filter(|(m, _)| m.end <= offset)
            .find(|(_, e)| self.entities.get(*e).is_some_and(&fits))
            .map(|&(_, e)| e)
    }
}

impl Context<'_> {
    /// How `source`'s phrase was resolved: named, a pronoun, a description, or kept as
    /// written.
    pub(super) fn resolution(&self, source: Source) -> Resolution {
        let Some(entity) = source.entity else {
            return Resolution::AsWritten;
        };
        if self.entity_ending_at(source.span) == Some(entity) {
            return Resolution::Named;
        }
        let pronoun = lexicon::with_lower(source.span.slice(self.text), |word| {
            lexicon::PERSON_PRONOUNS.contains(&word) || lexicon::THING_PRONOUNS.contains(&word)
        });
        if pronoun {
            Resolution::Pronoun
        } else {
            Resolution::Description
        }
    }
}
