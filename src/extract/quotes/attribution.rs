//! Attribution: the cue and the source phrase around a quotation.

use super::lexicon;
use super::{Context, is_cue_word, sentence_of, sentence_start};
use crate::extract::hash::FastMap;
use crate::extract::names::strip_possessive;
use crate::extract::segment::TokenKind;
use crate::model::{Kind, Quote, Source, SourceRule, Span};

impl Context<'_> {
    /// Whether token `i` is a speech verb someone speaks with. Not a capitalised word inside a
    /// sentence ("the United States"), not a noun ("the claims"), not "pointed" without "out",
    /// not a passive ("has been told", "was asked": the subject heard it, it did not say it).
    pub(super) fn is_cue(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        let word = self.word(i);
        if !is_cue_word(word) && !self.issues_statement(i) {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !token.sentence_start() {
            return false;
        }
        // "Man charged over opal heist": "charged" reports speech only before what was said
        // ("charged that …", "charged: ‘…’").
        if word == "charged" {
            return self.tokens.get(i + 1).is_some_and(|next| {
                matches!(
                    next.text(self.text),
                    "that" | ":" | "," | "\"" | "“" | "'" | "‘"
                )
            });
        }
        if word.eq_ignore_ascii_case("pointed") {
            return self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("out"));
        }
        // "denied the claims", "his remarks": after a determiner the word is a noun.
        let after_determiner = i > 0
            && self.tokens[i - 1].sentence() == token.sentence()
            && lexicon::contains_folded(lexicon::NOUN_PHRASE_OPENERS, self.word(i - 1));
        if after_determiner || self.counted_noun(i) {
            return false;
        }
        let participle =
            word.ends_with("ed") || lexicon::contains(lexicon::SPEECH_PARTICIPLES, word);
        // "was told", "were never asked", "has been repeatedly told".
        let auxiliary = (1..=3)
            .filter_map(|back| i.checked_sub(back))
            .take_while(|&k| self.tokens[k].sentence() == token.sentence() && self.is_word(k))
            .map(|k| self.word(k))
            .find(|w| !(w.ends_with("ly") || lexicon::contains(lexicon::AUXILIARY_ADVERBS, w)));
        let passive = participle
            && auxiliary.is_some_and(|w| lexicon::contains_folded(lexicon::PASSIVE_AUXILIARIES, w));
        !passive
    }

    /// "300 individual assistance claims": a cue word ending in "s" after a number, with only
    /// lower-case words between, is a plural noun.
    fn counted_noun(&self, i: usize) -> bool {
        if !self.word(i).ends_with('s') {
            return false;
        }
        let sentence = self.tokens[i].sentence();
        for back in 1..=3 {
            let Some(k) = i.checked_sub(back) else {
                return false;
            };
            let token = &self.tokens[k];
            if token.sentence() != sentence {
                return false;
            }
            if token.kind() == TokenKind::Number {
                return true;
            }
            if !self.is_word(k) || !self.word(k).starts_with(char::is_lowercase) {
                return false;
            }
        }
        false
    }

    /// "issued a statement", "released a short statement": the verb puts words out as
    /// surely as "said" does.
    pub(super) fn issues_statement(&self, i: usize) -> bool {
        let word = self.word(i);
        if !lexicon::contains_folded(lexicon::STATEMENT_VERBS, word) {
            return false;
        }
        let sentence = self.tokens[i].sentence();
        (i + 1..i + 4)
            .take_while(|&k| self.tokens.get(k).is_some_and(|t| t.sentence() == sentence))
            .any(|k| lexicon::contains_folded(lexicon::STATEMENT_NOUNS, self.word(k)))
    }

    /// The subject phrase ending right before token `cue` (exclusive), reading backwards
    /// within the sentence, as token indices `from..to`.
    pub(super) fn subject_before(&self, cue: usize, floor: usize) -> Option<(usize, usize)> {
        let mut to = cue;
        while to > floor
            && self.is_word(to - 1)
            && lexicon::contains_folded(lexicon::SKIPPED_BEFORE_CUE, self.word(to - 1))
        {
            to -= 1;
        }
        let mut from = to;
        // Eight words, a name the walk jumps over counting as one.
        let mut words = 0;
        while from > floor && words < 8 {
            // "the farmers’ union said": a plural's possessive mark, written against its word,
            // is inside the phrase.
            if from - 1 > floor && self.plural_possessive_mark(from - 1) {
                from -= 1;
                continue;
            }
            let capitalised = self
                .word(from - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let stop = !self.is_word(from - 1)
                || self.with_lower(from - 1, |lower| {
                    lexicon::SUBJECT_STOPS.contains(&lower)
                        && !(capitalised && from - 1 > floor && lower != "as")
                });
            words += 1;
            if stop || self.is_cue(from - 1) && from != to {
                // "the Department of Water and Sanitation said", "the Farmers' Union said": a
                // name that holds the stop word or mark is one subject; the walk goes on
                // from its first word.
                let name_start = stop
                    .then(|| self.name_across(self.tokens[from - 1].span().start))
                    .flatten()
                    .map(|start| self.token_at(start));
                match name_start {
                    // Before `from - 1`, so the walk always moves back.
                    Some(start) if start > floor => from = start,
                    _ => break,
                }
                continue;
            }
            from -= 1;
        }
        (from < to).then_some((from, to))
    }

    /// Whether token `i` is an apostrophe written against a word ending in "s" (a plural's
    /// possessive: "farmers’", "exporters'").
    fn plural_possessive_mark(&self, i: usize) -> bool {
        i > 0
            && matches!(self.word(i), "'" | "’")
            && self.tokens[i - 1].span().end == self.tokens[i].span().start
            && self.word(i - 1).ends_with('s')
    }

    /// The words from `floor` to the preposition a list of places after them opens, when
    /// the place phrase ending before token `from` is such a list and the words before the
    /// preposition are a short noun phrase ("Suckler farmers in west Cork and south
    /// Kerry").
    fn subject_before_place_list(&self, from: usize, floor: usize) -> Option<Source> {
        const LIST_WORDS: usize = 8;
        const SUBJECT_WORDS: usize = 5;
        let mut k = from;
        while k > floor && from - k < LIST_WORDS {
            let word = self.word(k - 1);
            if lexicon::contains_folded(lexicon::LOCATIVE_PREPOSITIONS, word)
                || lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, word)
            {
                let subject = k - 1;
                let plain = subject > floor
                    && subject - floor <= SUBJECT_WORDS
                    && (floor..subject).all(|i| self.is_word(i));
                return plain.then(|| Source {
                    span: self.span_of(floor, subject),
                    entity: None,
                });
            }
            let in_list = matches!(word, "and" | "or" | ",")
                || (self.is_word(k - 1) && word.starts_with(char::is_uppercase))
                || lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, word);
            if !in_list {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// Whether token `i` is a past participle that an agent with "by" may follow ("seen",
    /// "obtained", "written"), after the noun it describes.
    fn is_agent_participle(&self, i: usize) -> bool {
        is_past_participle(self.word(i))
            && i > 0
            && self.is_word(i - 1)
            && self.word(i - 1).starts_with(char::is_lowercase)
            && !self.is_cue(i)
    }

    /// The start of a name mention that begins before `offset` and runs past it, when
    /// there is one.
    fn name_across(&self, offset: usize) -> Option<usize> {
        // Mentions are sorted by start: one holding `offset` is among the last few before
        // it (names nest a level or two at most).
        let first = self.first_mention_at(offset);
        let before = &self.mentions[first.saturating_sub(4)..first];
        before
            .iter()
            .map(|m| m.pair().0)
            .filter(|m| m.start < offset && m.end > offset)
            .map(|m| m.start)
            .min()
    }

    /// A subject phrase, or the person it stands in apposition to ("Jeff Rathke, the State
    /// Department Spokesperson, said"). The phrase is read by [`Context::subject_phrase`].
    pub(super) fn source_before(&self, cue: usize, floor: usize) -> Option<Source> {
        // "X, the spokesperson, said": the apposition's closing comma before the verb.
        // "The Quorn Action Group (QAG) said": a short form in brackets after the subject.
        let cue = self.before_bracketed_short_form(cue, floor);
        let after_comma = cue > floor + 1 && self.word(cue - 1) == ",";
        // ("Dr Lipi of the Dhaka University (DU), who studies rivers, said": the short
        // form may stand before the insertion too.)
        let cue = if after_comma {
            let insertion = self.before_insertions(cue - 1, floor);
            self.before_bracketed_short_form(insertion, floor)
        } else {
            cue
        };
        if let Some(antecedent) = self.relative_antecedent(cue, floor) {
            return Some(antecedent);
        }
        let Some((mut from, to)) = self.subject_phrase(cue, floor) else {
            return self.coordinated_subject(cue, floor);
        };
        // "the same thing the secretary told me": a second article after a noun opens a
        // relative clause's subject, which is the speaker ("the head of the agency" keeps
        // its preposition's article).
        if let Some(article) = self.relative_clause_article(from, to) {
            from = article;
        }
        // "Outside court she said": a pronoun before the verb is the whole subject.
        if to - from > 1 && lexicon::contains(lexicon::SUBJECT_PRONOUNS, self.word(to - 1)) {
            from = to - 1;
        }
        // "…, prompting claims from …": a participle before a cue used as a noun says
        // nothing of who speaks.
        if self.is_participle_as_noun(from, to) {
            return None;
        }
        // "Suckler farmers in west Cork and south Kerry have warned", "Islanders on Eilean
        // Torsa have accused": places after a preposition are where the subject is from;
        // the subject stands before them.
        if self.names_place(from, to)
            && let Some(subject) = self.subject_before_place_list(from, floor)
        {
            return Some(subject);
        }
        if self.after_object_preposition(from, floor, cue) {
            return self.source_around_preposition_object(from, to, floor, after_comma);
        }
        Some(self.phrase_or_apposed_source(from, to, floor, after_comma))
    }

    /// The last "the" after a lower-case noun in the phrase `from..to`, where a relative
    /// clause's subject opens ("the secretary" in "the same thing the secretary told me");
    /// none after a preposition, a determiner or "and", "or", "of".
    fn relative_clause_article(&self, from: usize, to: usize) -> Option<usize> {
        (from + 2..to).rev().find(|&k| {
            self.word(k).eq_ignore_ascii_case("the")
                && self.is_word(k - 1)
                && self.word(k - 1).starts_with(char::is_lowercase)
                && !lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(k - 1))
                && !lexicon::contains_folded(lexicon::DETERMINERS, self.word(k - 1))
                && !matches!(self.word(k - 1), "and" | "or" | "of")
        })
    }

    /// Whether the phrase `from..to` is one lower-case word ending as a participle does
    /// ("prompting" in "…, prompting claims from …").
    fn is_participle_as_noun(&self, from: usize, to: usize) -> bool {
        let participle = |w: &str| w.ends_with("ing") || w.ends_with("ed");
        to - from == 1
            && self.word(from).starts_with(char::is_lowercase)
            && participle(self.word(from))
    }

    /// Whether the phrase `from..to` names a place ("west Cork and south Kerry"), so that the
    /// subject may stand before it.
    fn names_place(&self, from: usize, to: usize) -> bool {
        // ("east Tyrone": a compass word in lower case makes a region of any name.)
        self.word(from).starts_with(char::is_lowercase)
            && lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, self.word(from))
            || self
                .phrase_source(from, to)
                .entity
                .and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind == Kind::Place)
    }

    /// The source when the phrase `from..to` is the object of a preposition, which is no
    /// subject: a person named after the object ("MP for Stockport Jane Ellis said"), the
    /// person the body's "of" follows ("Tomasz Wiśniewski of Scotiabank wrote"), or the name
    /// an apposition describes; else none.
    fn source_around_preposition_object(
        &self,
        from: usize,
        to: usize,
        floor: usize,
        after_comma: bool,
    ) -> Option<Source> {
        // "MP for Stockport Jane Ellis said": the seat is the preposition's object, the
        // person named after it the subject.
        if let Some(member) = self.person_after_object(from, to) {
            return Some(member);
        }
        if let Some(person) = self.person_before_of(from, floor) {
            return Some(person);
        }
        // "X, a wetlands ecologist at Charles Sturt University, said": the object of a
        // preposition is no subject; the name the apposition describes is.
        after_comma
            .then(|| {
                self.person_before_comma(floor, from)
                    .or_else(|| self.body_before_description(floor, from))
            })
            .flatten()
            .or_else(|| self.unnamed_speaker_placed(from, to, floor))
    }

    /// "A source close to the minister said", "one person familiar with the talks said": an
    /// unnamed speaker placed by what they are near or know is the whole phrase, as written.
    fn unnamed_speaker_placed(&self, from: usize, to: usize, floor: usize) -> Option<Source> {
        // The placing word stands right before the preposition, or before "with … of".
        let preposition = from.checked_sub(1)?;
        let placing = (preposition.saturating_sub(3)..preposition)
            .rev()
            .filter(|&k| k >= floor)
            .find(|&k| lexicon::contains_folded(lexicon::PLACING_WORDS, self.word(k)))?;
        let mut noun = placing;
        while noun > floor
            && placing - noun < 2
            && !lexicon::contains_folded(lexicon::UNNAMED_SPEAKER_NOUNS, self.word(noun))
        {
            noun -= 1;
        }
        if !lexicon::contains_folded(lexicon::UNNAMED_SPEAKER_NOUNS, self.word(noun)) {
            return None;
        }
        // Back over the words before the noun: "A", "One senior", "two government".
        let mut start = noun;
        while start > floor
            && noun - start < 3
            && self.is_word(start - 1)
            && !lexicon::contains_folded(lexicon::SUBJECT_STOPS, self.word(start - 1))
            && (self.word(start - 1).starts_with(char::is_lowercase)
                || self.opens_sentence(start - 1))
        {
            start -= 1;
        }
        Some(Source {
            span: self.span_of(start, to),
            entity: None,
        })
    }

    /// "Tomasz Wiśniewski of Scotiabank wrote": the person the body's "of" follows, when
    /// "of" stands right before token `from` and a person's name right before it.
    fn person_before_of(&self, from: usize, floor: usize) -> Option<Source> {
        if from >= floor + 2
            && self.word(from - 1) == "of"
            && let Some((name, entity)) = self.mention_ending_at(self.span_of(from - 2, from - 1))
            && self
                .entities
                .get(entity)
                .is_some_and(|e| e.kind == Kind::Person)
        {
            return Some(Source {
                span: name,
                entity: Some(entity),
            });
        }
        None
    }

    /// The source the subject phrase `from..to` names, or, when the phrase is a description
    /// or names no person, the name before it that it stands in apposition to ("Hilary
    /// Braysmith, associate professor of art history, said").
    fn phrase_or_apposed_source(
        &self,
        from: usize,
        to: usize,
        floor: usize,
        after_comma: bool,
    ) -> Source {
        let source = self.phrase_source(from, to);
        // "Asked whether the prime minister still backed Hale, his spokesperson said": an
        // introductory clause before the comma, no name in apposition.
        if from > floor && self.after_introductory_clause(from - 1, floor) {
            return source;
        }
        let is_person = source
            .entity
            .and_then(|e| self.entities.get(e))
            .is_some_and(|e| e.kind == Kind::Person);
        // "Tom Hale, the mayor, said": a description in apposition stands for the name
        // before it, which a reader would rather see.
        let description = self.word(from).starts_with(char::is_lowercase);
        if (!is_person || description)
            && from > floor
            && self.word(from - 1) == ","
            && let Some(named) = self.named_before_apposition(from, floor, description, after_comma)
        {
            return named;
        }
        // "Hilary Braysmith, associate professor of art history, said": the phrase before the
        // verb ends an apposition that began after a person's name.
        if !is_person
            && after_comma
            && let Some(person) = self.person_before_comma(floor, from)
        {
            return person;
        }
        source
    }

    /// Whether the stretch of words that the comma at token `comma` closes, back to `floor`
    /// or an earlier comma, opens with a word that opens an introductory clause ("Asked
    /// whether …,", "Speaking to reporters,", "When pressed,").
    fn after_introductory_clause(&self, comma: usize, floor: usize) -> bool {
        if self.word(comma) != "," {
            return false;
        }
        // An introductory clause is a few words: the look-back is bounded.
        const CLAUSE_TOKENS: usize = 30;
        let opening = (floor.max(comma.saturating_sub(CLAUSE_TOKENS))..comma)
            .rev()
            .find(|&k| k == floor || self.word(k - 1) == ",")
            .unwrap_or(floor);
        opening < comma
            && lexicon::contains_folded(lexicon::INTRODUCTORY_CLAUSE_OPENERS, self.word(opening))
    }

    /// The person or body named before the apposition that opens after the comma before
    /// token `from`: "Tom Hale" in "Tom Hale, the mayor, said".
    fn named_before_apposition(
        &self,
        from: usize,
        floor: usize,
        description: bool,
        after_comma: bool,
    ) -> Option<Source> {
        if let Some(person) = self.person_in_apposition(from, floor) {
            return Some(person);
        }
        // "Cynthia Thompson, curator of exhibits at the University of Arkansas,
        // Fayetteville, said": the person whose name opens the apposition.
        if let Some(person) = self.person_before_comma(floor, from) {
            return Some(person);
        }
        // "The Democratic Alliance, the second-largest party in parliament, said": a
        // body described in apposition.
        if description && after_comma {
            return self.body_before_description(floor, from);
        }
        None
    }

    /// The person whose name ends the phrase `from..to` after the preposition's object:
    /// "Jane Ellis" in "for Stockport Jane Ellis"; none when the name is the object itself.
    fn person_after_object(&self, from: usize, to: usize) -> Option<Source> {
        let phrase = self.span_of(from, to);
        let (span, e) = self.mention_ending_at(phrase)?;
        let person = self.entities.get(e).is_some_and(|e| e.kind == Kind::Person);
        (person && span.start > phrase.start).then_some(Source {
            span,
            entity: Some(e),
        })
    }

    /// "He toured the town with Anthony Albanese, who said …": the name a relative pronoun
    /// follows is the speaker, wherever that name stands in its own clause (even after a
    /// preposition).
    fn relative_antecedent(&self, cue: usize, floor: usize) -> Option<Source> {
        let cue = self.before_insertions(cue, floor);
        if cue <= floor + 2 || !self.after_relative_pronoun(cue, floor) {
            return None;
        }
        // The mention ending right before the comma.
        let (span, entity) = self.mention_ending_at(self.span_of(floor, cue - 2))?;
        let speaks = self
            .entities
            .get(entity)
            .is_some_and(|e| matches!(e.kind, Kind::Person | Kind::Organization));
        speaks.then_some(Source {
            span,
            entity: Some(entity),
        })
    }

    /// Whether token `cue` follows ", who", ", which": a relative clause opening after the
    /// name it describes.
    fn after_relative_pronoun(&self, cue: usize, floor: usize) -> bool {
        cue > floor + 1
            && self.word(cue - 2) == ","
            && lexicon::contains_folded(lexicon::RELATIVE_PRONOUNS, self.word(cue - 1))
    }

    /// Walks back over comma-separated appositions before token `from` to a person's name.
    fn person_in_apposition(&self, from: usize, floor: usize) -> Option<Source> {
        let mut boundary = from - 1;
        for _ in 0..4 {
            let (a, b) = self.subject_before(boundary, floor)?;
            let candidate = self.span_of(a, b);
            if let Some(e) = self.entity_ending_at(candidate)
                && self.entities.get(e).is_some_and(|e| e.kind == Kind::Person)
            {
                return Some(Source {
                    span: candidate,
                    entity: Some(e),
                });
            }
            if a == floor || a == 0 || self.word(a - 1) != "," {
                return None;
            }
            boundary = a - 1;
        }
        None
    }

    /// "The Harbour Alliance, the second-largest party on the council, said": the first
    /// organisation or group between tokens `floor` and `limit` whose name a comma and a
    /// description after it follow.
    fn body_before_description(&self, floor: usize, limit: usize) -> Option<Source> {
        let start = self.tokens.get(floor)?.span().start;
        let end = self
            .tokens
            .get(limit)
            .map_or(self.text.len(), |t| t.span().start);
        let first = self.first_mention_at(start);
        self.mentions_from(first)
            .take_while(|(m, _)| m.end <= end)
            .find(|(m, e)| {
                let described = self.text.get(m.end..).is_some_and(|rest| {
                    rest.strip_prefix(", ").is_some_and(|rest| {
                        ["the ", "a ", "an "].iter().any(|d| rest.starts_with(d))
                    })
                });
                described
                    && self
                        .entities
                        .get(*e)
                        .is_some_and(|e| matches!(e.kind, Kind::Organization | Kind::Group))
            })
            .map(|(span, e)| Source {
                span,
                entity: Some(e),
            })
    }

    /// Token `cue`, or the opening bracket of a few words in brackets right before it: a
    /// short form ("(QAG)", "(RBI)"), a lawmaker's party and state ("(D-Mich.)"), a
    /// picture's note ("(pictured)"). The subject ends before the brackets.
    fn before_bracketed_short_form(&self, cue: usize, floor: usize) -> usize {
        const MOST_TOKENS_INSIDE: usize = 4;
        if cue < floor + 3 || self.word(cue - 1) != ")" {
            return cue;
        }
        let close = cue - 1;
        let lowest = close.saturating_sub(MOST_TOKENS_INSIDE + 1).max(floor + 1);
        (lowest..close - 1)
            .rev()
            .take_while(|&k| !matches!(self.word(k), ")" | "\"" | "“" | "”"))
            .find(|&k| self.word(k) == "(")
            .unwrap_or(cue)
    }

    /// The subject phrase before token `cue` as token indices, by the rules of English
    /// subjects: a relative clause between subject and verb is skipped ("the council, which
    /// covers Enniskillen, said"; "Gemma Athwal, the MP for Stockport, who said"); a phrase
    /// takes in what hangs on it by "of", "for", "in" ("a spokesperson for the Chinese embassy
    /// in London"); an adverbial between commas is skipped ("Le Monde, in an editorial on
    /// Thursday, called"); a date or number opening it is dropped ("2019 a fisherman"); and
    /// the object of a preposition is never a subject.
    pub(super) fn subject_phrase(&self, cue: usize, floor: usize) -> Option<(usize, usize)> {
        let cue = self.before_insertions(cue, floor);
        // "…, who said": the antecedent before the comma.
        if self.after_relative_pronoun(cue, floor) {
            return self.subject_phrase(cue - 2, floor);
        }
        let (mut from, to) = self.subject_before(cue, floor)?;
        // Extend over attached phrases ("of Banffshire", "for the Chinese embassy"), unless
        // the phrase names a speaker already ("TD for Sligo-Leitrim Marian Ní Bhriain").
        let names_speaker = |from: usize| {
            self.entity_ending_at(self.span_of(from, to))
                .and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind == Kind::Person)
        };
        while from > floor + 1
            && !names_speaker(from)
            && lexicon::contains_folded(lexicon::ATTACHING_PREPOSITIONS, self.word(from - 1))
        {
            match self.subject_before(from - 1, floor) {
                Some((a, b)) if b == from - 1 => from = a,
                _ => break,
            }
        }
        // "an internal memo seen by this newspaper said", "a report obtained by Reuters
        // found": the noun a participle and its agent follow is the subject.
        if from > floor + 2
            && self.word(from - 1) == "by"
            && self.is_agent_participle(from - 2)
            && let Some((a, b)) = self.subject_before(from - 2, floor)
            && b == from - 2
        {
            return Some((a, b));
        }
        while from < to && self.is_date_or_number(from) {
            from += 1;
        }
        (from < to).then_some((from, to))
    }

    /// Token `cue`, or, when insertions between commas stand right before it, the comma that
    /// opens the first: a relative clause ("…, whose family has farmed near Yenda since 1948,
    /// said"), an adverbial ("…, in an editorial on Thursday, called"), an age ("…, 58,"), a
    /// party and state ("…, D-Calif.,").
    fn before_insertions(&self, cue: usize, floor: usize) -> usize {
        // An insertion is a few dozen words at most: the look-back is bounded.
        const INSERTION_WORDS: usize = 30;
        let mut at = cue;
        while at > floor && at < self.tokens.len() && self.word(at) == "," {
            let Some(open) = (floor..at)
                .rev()
                .take(INSERTION_WORDS)
                .find(|&k| self.word(k) == ",")
            else {
                break;
            };
            let first = open + 1;
            let inserted = first < at
                && (lexicon::contains_folded(lexicon::RELATIVE_PRONOUNS, self.word(first))
                    && self.word(first) != "that"
                    || lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(first))
                    || (first + 1 == at && self.is_date_or_number(first))
                    || (first + 1 == at
                        && lexicon::contains_folded(lexicon::INSERTED_ADVERBS, self.word(first)))
                    // "Rep. Young Kim, R-Calif., said": a lawmaker's party and state.
                    || (lexicon::is_party_and_state(self.word(first))
                        && (first + 1 == at || (first + 2 == at && self.word(first + 1) == ".")))
                    // "Marrowfield, based in Lima, said", "Velmor Foods, founded in 1952,
                    // said": a participle and its phrase.
                    || self.opens_participle_phrase(first, at));
            if !inserted {
                break;
            }
            at = open;
        }
        at
    }

    /// Whether the words from token `first` to the comma at `comma` are a participle and its
    /// phrase: a lower-case past participle, then a preposition.
    fn opens_participle_phrase(&self, first: usize, comma: usize) -> bool {
        let word = self.word(first);
        first + 2 < comma
            && is_past_participle(word)
            && word.starts_with(char::is_lowercase)
            && !self.is_cue(first)
            && lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(first + 1))
    }

    /// Whether the phrase at token `from` is the object of a preposition, which is never a
    /// subject; except the subject "with" gives a verb in -ing ("with one poster writing").
    fn after_object_preposition(&self, from: usize, floor: usize, cue: usize) -> bool {
        if from <= floor {
            return false;
        }
        let preposition = self.word(from - 1);
        let participle = self
            .tokens
            .get(cue)
            .is_some_and(|_| self.word(cue).ends_with("ing"));
        lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, preposition)
            && !(participle && preposition.eq_ignore_ascii_case("with"))
    }

    /// Whether token `at` is the object of a preposition, with "the" or "a" between
    /// ("of Glenmoor", "for the council").
    fn after_preposition(&self, at: usize, floor: usize) -> bool {
        let mut k = at;
        if k > floor && lexicon::contains_folded(lexicon::DETERMINERS, self.word(k - 1)) {
            k -= 1;
        }
        k > floor && lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(k - 1))
    }

    /// Whether token `i` is a number, or a month or weekday name.
    fn is_date_or_number(&self, i: usize) -> bool {
        let word = self.word(i);
        word.starts_with(|c: char| c.is_ascii_digit())
            || lexicon::contains_folded(lexicon::MONTHS, word)
            || lexicon::contains_folded(lexicon::WEEKDAYS, word)
    }

    /// The source tokens `from..to` name: the name its head ends with ("Mr Smith of the
    /// council" is Smith), else the entity the whole phrase resolves to, else the phrase as
    /// written.
    fn phrase_source(&self, from: usize, to: usize) -> Source {
        // "Judge Nicholas Fairweather KC told …": letters after a name are no part of it.
        if to - from >= 2
            && lexicon::NOT_NAMES.contains(&self.word(to - 1))
            && self.word(to - 2).starts_with(char::is_uppercase)
            && !lexicon::NOT_NAMES.contains(&self.word(to - 2))
        {
            let named = self.phrase_source(from, to - 1);
            let person = named
                .entity
                .and_then(|e| self.entities.get(e))
                .is_some_and(|e| e.kind == Kind::Person);
            if person {
                return named;
            }
        }
        let attached = (from + 1..to)
            .find(|&k| lexicon::contains_folded(lexicon::ATTACHING_PREPOSITIONS, self.word(k)));
        if let Some(head_end) = attached {
            // "the Department of Water and Sanitation": a name holding the preposition is
            // the phrase's head.
            let whole = self.span_of(from, to);
            if let Some((name, e)) = self.mention_ending_at(whole)
                && name.start < self.tokens[head_end].span().start
            {
                return Source {
                    span: whole,
                    entity: Some(e),
                };
            }
            let head = self.span_of(from, head_end);
            if let Some(e) = self.entity_ending_at(head) {
                return Source {
                    span: head,
                    entity: Some(e),
                };
            }
            // "A spokesperson for Barratt": who speaks for a body speaks as the body.
            let spokesperson = lexicon::is_spokes_noun(self.word(head_end - 1))
                && matches!(self.word(head_end), "for" | "at" | "of");
            let body = spokesperson
                .then(|| self.entity_ending_at(self.span_of(head_end + 1, to)))
                .flatten()
                .filter(|&e| {
                    self.entities
                        .get(e)
                        .is_some_and(|e| matches!(e.kind, Kind::Organization | Kind::Place))
                });
            if let Some(e) = body {
                return Source {
                    span: whole,
                    entity: Some(e),
                };
            }
            let span = self.span_of(from, to);
            let entity = self.resolve(head);
            return Source { span, entity };
        }
        let span = self.span_of(from, to);
        // "“…,” she said" of the unnamed spokeswoman the sentence before opened with: the
        // spokeswoman, as the text describes her.
        if let Some((description, body)) = self.described_spokesperson(span) {
            return Source {
                span: description,
                entity: body,
            };
        }
        Source {
            span,
            entity: self.resolve(span),
        }
    }

    /// A verb joined to an earlier one by "and" or "but" ("welcomed the study but said …")
    /// shares its subject: the first person named in the clause and not after a
    /// preposition, else the first organisation.
    fn coordinated_subject(&self, cue: usize, floor: usize) -> Option<Source> {
        let mut k = cue;
        while k > floor && lexicon::contains_folded(lexicon::SKIPPED_BEFORE_CUE, self.word(k - 1)) {
            k -= 1;
        }
        let joined = k > floor && lexicon::contains_folded(lexicon::COORDINATORS, self.word(k - 1));
        if !joined {
            return None;
        }
        let start = self.tokens.get(floor)?.span().start;
        let end = self.tokens.get(k - 1)?.span().start;
        let first = self.first_mention_at(start);
        let in_clause = self
            .mentions_from(first)
            .take_while(|(m, _)| m.end <= end)
            .filter(|(m, _)| {
                let at = self.token_at(m.start);
                !(at > floor
                    && lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(at - 1)))
            });
        let kind_of = |e: usize| self.entities.get(e).map(|e| e.kind);
        let mut first_org = None;
        for (span, e) in in_clause {
            match kind_of(e) {
                Some(Kind::Person) => {
                    return Some(Source {
                        span,
                        entity: Some(e),
                    });
                }
                Some(Kind::Organization) if first_org.is_none() => {
                    first_org = Some(Source {
                        span,
                        entity: Some(e),
                    });
                }
                _ => {}
            }
        }
        first_org
    }

    /// "One poster admitted to being part of the effort, writing in a blog post “…”": a cue
    /// in "-ing" after a comma speaks for the subject that opens the sentence: the name before
    /// its verb, or its first few plain words.
    pub(super) fn participle_subject(&self, cue: usize, floor: usize) -> Option<Source> {
        let word = self.word(cue);
        if !word.ends_with("ing") || cue <= floor + 1 || self.word(cue - 1) != "," {
            return None;
        }
        // The sentence opens after a dateline ("MUMBAI: Union Railway Minister …").
        let floor = (floor + 1..cue)
            .take(3)
            .find(|&k| matches!(self.word(k), ":" | "—" | "–"))
            .map_or(floor, |k| k + 1);
        // The first verb-like word in the first dozen, unless punctuation comes first.
        let is_verb = |k: usize| {
            let word = self.word(k);
            word.ends_with("ed") || is_cue_word(word)
        };
        let Some(verb) = (floor + 1..cue)
            .take(12)
            .find(|&k| is_verb(k) || !self.is_word(k))
            .filter(|&k| is_verb(k))
        else {
            return self.name_opening_sentence(floor);
        };
        // A name before the verb is the subject ("Mayor Anna Berg opened …"); not one
        // after a preposition ("The leader of Glenmoor council resigned").
        let start = self.tokens[floor].span().start;
        let end = self.tokens[verb].span().start;
        let first = self.first_mention_at(start);
        let named = self
            .mentions_from(first)
            .take_while(|(m, _)| m.end <= end)
            .filter(|(m, _)| !self.after_preposition(self.token_at(m.start), floor))
            .last();
        if let Some((mention, entity)) = named {
            return Some(Source {
                span: mention,
                entity: Some(entity),
            });
        }
        // "The leader of Glenmoor council has resigned, saying …": the subject phrase.
        if let Some((from, to)) = self.subject_phrase(verb, floor)
            && from == floor
            && lexicon::contains_folded(lexicon::DETERMINERS, self.word(from))
        {
            return Some(self.phrase_source(from, to));
        }
        // ("she said, adding that …": a pronoun is resolved as any subject is.)
        let plain = (floor + 1..verb).all(|k| !self.word(k).starts_with(char::is_uppercase));
        plain.then(|| {
            let span = self.span_of(floor, verb);
            Source {
                span,
                entity: self.resolve(span),
            }
        })
    }

    /// "DPP Tay sought 12 weeks’ jail, arguing that …": where no verb ending in "-ed" shows
    /// the subject, a person's or body's name opening the sentence (from token `floor`) is it.
    fn name_opening_sentence(&self, floor: usize) -> Option<Source> {
        let start = self.tokens[floor].span().start;
        let (mention, entity) = self
            .mentions_from(self.first_mention_at(start))
            .next()
            .filter(|(m, _)| {
                self.text
                    .get(start..m.start)
                    .is_some_and(|gap| gap.split_whitespace().count() <= 1)
            })?;
        let speaks = self
            .entities
            .get(entity)
            .is_some_and(|e| matches!(e.kind, Kind::Person | Kind::Organization));
        speaks.then_some(Source {
            span: mention,
            entity: Some(entity),
        })
    }

    /// A person's or organisation's name standing right after `span`, alone or before a comma
    /// (an attribution line: "Valeska Paris", "Charles Bolden, NASA Administrator").
    pub(super) fn name_right_after(&self, span: Span) -> Option<Source> {
        let next = self.tokens.get(self.token_at(span.end))?;
        let between = Span::new(span.end, next.span().start).slice(self.text);
        if !between.chars().all(char::is_whitespace) {
            return None;
        }
        let (mention, entity) = self.mention_starting_at(next.span().start)?;
        let kind = self.entities.get(entity)?.kind;
        if !matches!(kind, Kind::Person | Kind::Organization) {
            return None;
        }
        // The line ends with the name or a short description after a comma, and no sentence.
        let rest = self.text[mention.end..]
            .split(['\n', '\r'])
            .next()
            .unwrap_or("")
            .trim();
        let alone = rest.is_empty()
            || (rest.starts_with(',')
                && rest.split_whitespace().count() <= 8
                && !rest.ends_with(['.', '!', '?', ':']));
        alone.then_some(Source {
            span: mention,
            entity: Some(entity),
        })
    }

    /// The first person mention between tokens `floor..limit` that a comma follows: the name
    /// an apposition describes.
    pub(super) fn person_before_comma(&self, floor: usize, limit: usize) -> Option<Source> {
        let start = self.tokens.get(floor)?.span().start;
        let end = self
            .tokens
            .get(limit)
            .map_or(self.text.len(), |t| t.span().start);
        let first = self.first_mention_at(start);
        self.mentions_from(first)
            .take_while(|(m, _)| m.end <= end)
            .find(|(m, e)| {
                self.entities
                    .get(*e)
                    .is_some_and(|e| e.kind == Kind::Person)
                    && self
                        .text
                        .get(m.end..)
                        .is_some_and(|rest| rest.starts_with(','))
            })
            .map(|(span, e)| Source {
                span,
                entity: Some(e),
            })
    }

    /// The phrase after token `start`: a name or noun phrase up to punctuation or a
    /// preposition ("said KCNA", "said the post by an unknown author").
    pub(super) fn source_after(&self, start: usize, limit: usize) -> Option<Source> {
        // ("…,” adding that passengers had complained": a clause, no speaker.)
        if start < limit && lexicon::contains_folded(lexicon::SUBJECT_STOPS, self.word(start)) {
            return None;
        }
        let mut end = start;
        while end < limit && self.is_word(end) && end < start + 8 {
            // ("said the Department of Health": a name holding the stop word runs on.)
            if end > start
                && lexicon::contains_folded(lexicon::SUBJECT_STOPS, self.word(end))
                && self.name_across(self.tokens[end].span().start).is_none()
            {
                break;
            }
            // "according to an internal memo seen by this newspaper": the noun, not its
            // participle.
            if end > start
                && end + 1 < limit
                && self.word(end + 1) == "by"
                && self.is_agent_participle(end)
            {
                break;
            }
            end += 1;
        }
        if end <= start {
            return None;
        }
        let span = trim_possessive_end(self.text, self.span_of(start, end));
        let entity = self.resolve(span);
        let is_person = entity
            .and_then(|e| self.entities.get(e))
            .is_some_and(|e| e.kind == Kind::Person);
        // "in the words of the Crown prosecutor, Mark Tedeschi, QC", "said Oxfam's head of
        // policy, Katy Chakrabortty": the name in apposition, after the description's
        // prepositional phrase if it has one.
        const DESCRIPTION_TAIL: usize = 6;
        let comma = (end..(end + DESCRIPTION_TAIL).min(limit))
            .take_while(|&k| self.is_word(k) || self.word(k) == ",")
            .find(|&k| self.word(k) == ",");
        // "said Bath director of rugby Aled Pryce-Whitfield": a role's "of" and its lower-case
        // words run on to the name that holds the role.
        if !is_person
            && end < limit
            && matches!(self.word(end), "of" | "for")
            && let Some(person) = self.person_after_role_tail(end + 1, limit)
        {
            return Some(person);
        }
        if !is_person && let Some(comma) = comma {
            let limit = (comma + 6).min(limit).min(self.tokens.len());
            if let Some(person) = self
                .person_before_comma(comma + 1, limit)
                .or_else(|| self.person_closing_sentence(comma + 1))
            {
                return Some(person);
            }
        }
        Some(Source { span, entity })
    }

    /// The person whose name follows the lower-case words of a role from token `at`
    /// ("rugby" in "director of rugby Aled Pryce-Whitfield"), at most three of them.
    fn person_after_role_tail(&self, at: usize, limit: usize) -> Option<Source> {
        const TAIL_WORDS: usize = 3;
        let mut k = at;
        while k < limit
            && k - at < TAIL_WORDS
            && self.is_word(k)
            && self.word(k).starts_with(char::is_lowercase)
        {
            k += 1;
        }
        if k == at || k >= limit {
            return None;
        }
        let (span, entity) = self.mention_starting_at(self.tokens.get(k)?.span().start)?;
        let person = self
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == Kind::Person);
        person.then_some(Source {
            span,
            entity: Some(entity),
        })
    }

    /// The person named from token `at` to the end of its sentence: "said the union's
    /// general secretary, Mick Lynch." names its speaker last.
    fn person_closing_sentence(&self, at: usize) -> Option<Source> {
        let start = self.tokens.get(at)?.span().start;
        let (span, entity) = self.mention_starting_at(start)?;
        let person = self
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == Kind::Person);
        let closes = self.text[span.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['.', '\n', '\r', ';', '!', '?'])
            || span.end == self.text.len();
        (person && closes).then_some(Source {
            span,
            entity: Some(entity),
        })
    }

    /// "according to X" starting at token `i`: the cue span and X.
    pub(super) fn according_to(&self, i: usize, limit: usize) -> Option<(Span, Source)> {
        // Asked of every token before a quotation: the length answers for nearly all of them
        // before their text is read.
        if self.tokens.get(i)?.span().len() != "according".len() {
            return None;
        }
        // No other character lowers to an ASCII letter of these words (only the Kelvin sign
        // lowers to one, "k"): comparing ASCII case-blind is comparing lowered.
        if !self.word(i).eq_ignore_ascii_case("according")
            || self.tokens.get(i + 1).map(|t| t.text(self.text)) != Some("to")
        {
            return None;
        }
        let cue = self.span_of(i, i + 2);
        let source = self.source_after(i + 2, limit)?;
        Some((cue, source))
    }

    /// "in the words of X".
    pub(super) fn in_the_words_of(&self, i: usize, limit: usize) -> Option<(Span, Source)> {
        let phrase = ["in", "the", "words", "of"];
        // Asked of every token before a quotation, like "according to".
        if self.tokens.get(i)?.span().len() != phrase[0].len() {
            return None;
        }
        let matches = i + phrase.len() <= self.tokens.len()
            && phrase
                .iter()
                .enumerate()
                .all(|(k, word)| self.word(i + k).eq_ignore_ascii_case(word));
        if !matches {
            return None;
        }
        let cue = self.span_of(i, i + 4);
        let source = self.source_after(i + 4, limit)?;
        Some((cue, source))
    }
}

fn trim_possessive_end(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let last_word_start = slice.rfind(' ').map_or(0, |p| p + 1);
    let last = &slice[last_word_start..];
    let stripped = strip_possessive(last);
    Span::new(span.start, span.end - (last.len() - stripped.len()))
}

/// What attributes one quotation, and the rule that found it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Attribution {
    pub(super) source: Option<Source>,
    pub(super) cue: Option<Span>,
    pub(super) rule: Option<SourceRule>,
}

impl Attribution {
    pub(super) const NONE: Attribution = Attribution {
        source: None,
        cue: None,
        rule: None,
    };

    fn found(rule: SourceRule, cue: Option<Span>, source: Source) -> Self {
        Attribution {
            source: Some(source),
            cue,
            rule: Some(rule),
        }
    }
}

/// Where one quotation stands among the tokens: what the rules read.
struct Scope<'c, 'a> {
    context: &'c Context<'a>,
    sentences: &'c [Span],
    spans: &'c [Quote],
    index: usize,
    /// The first token after the quotation and any comma or dash after it.
    after: usize,
    /// The first token after the quotation.
    first_after: usize,
    /// Where the words after the quotation stop: its sentence's end or the next quotation.
    after_limit: usize,
}

type AttributionRule = fn(&Scope) -> Option<Attribution>;

/// The attribution rules, in order of trust: the first that finds a source wins.
const RULES: &[AttributionRule] = &[
    according_to_after,
    cue_then_source,
    source_then_cue,
    dash_and_name,
    dash_line_under,
    cue_before,
    closing_say,
    colon_after_subject,
    headline_name_before,
    headline_name_after_colon,
    sentence_before,
];

/// The source of quotation `spans[index]`, by the first rule of [`RULES`] that finds one.
pub(super) fn attribute(
    context: &Context,
    sentences: &[Span],
    spans: &[Quote],
    index: usize,
) -> Attribution {
    let scope = scope(context, sentences, spans, index);
    RULES
        .iter()
        .find_map(|rule| rule(&scope))
        .unwrap_or(Attribution::NONE)
}

fn scope<'c, 'a>(
    context: &'c Context<'a>,
    sentences: &'c [Span],
    spans: &'c [Quote],
    index: usize,
) -> Scope<'c, 'a> {
    let span = spans[index].span();
    let (tokens, text) = (context.tokens, context.text);
    let next_quote = spans.get(index + 1).map_or(usize::MAX, |s| s.span().start);
    let end_sentence = sentence_of(sentences, span.end.saturating_sub(1))
        .and_then(|s| sentences.get(s))
        .map_or(span.end, |s| s.end);
    let first_after = context.token_at(span.end);
    // `"Stop!" shouted the protester.`: a "!" or "?" inside the marks ends the sentence for
    // the segmenter, but a lower-case word after the quotation carries it on.
    // `"Where is the money?" Van der Westhuizen asked.`: so does a short subject and its
    // speech verb.
    const SUBJECT_WORDS: usize = 6;
    let asked_or_exclaimed = || {
        spans[index]
            .inner()
            .slice(text)
            .trim_end()
            .ends_with(['?', '!'])
    };
    let speaker_follows = |first: usize| {
        let sentence = tokens[first].sentence();
        (first..tokens.len().min(first + SUBJECT_WORDS))
            .take_while(|&k| tokens[k].sentence() == sentence && context.is_word(k))
            .any(|k| k > first && context.is_cue(k))
    };
    let carried_on = end_sentence <= span.end
        && tokens.get(first_after).is_some_and(|t| {
            t.kind() != TokenKind::Punct
                && !text[span.end..t.span().start].contains('\n')
                && (t.text(text).starts_with(|c: char| c.is_lowercase())
                    || (asked_or_exclaimed() && speaker_follows(first_after)))
        });
    let end_sentence = if carried_on {
        sentences
            .get(tokens[first_after].sentence())
            .map_or(end_sentence, |s| s.end)
    } else {
        end_sentence
    };
    let after_limit = context
        .token_at(end_sentence.min(next_quote))
        .max(first_after);
    let mut after = first_after;
    while after < after_limit && matches!(tokens[after].text(text), "," | "-" | "—" | "–") {
        after += 1;
    }
    Scope {
        context,
        sentences,
        spans,
        index,
        after,
        first_after,
        after_limit,
    }
}

/// "…,” according to the ministry.
fn according_to_after(scope: &Scope) -> Option<Attribution> {
    let (cue, source) = scope.context.according_to(scope.after, scope.after_limit)?;
    Some(Attribution::found(
        SourceRule::AccordingTo,
        Some(cue),
        source,
    ))
}

/// A speech verb, then its subject: "…,” said KCNA.
fn cue_then_source(scope: &Scope) -> Option<Attribution> {
    let (context, i) = (scope.context, scope.after);
    if i >= scope.after_limit || !context.is_cue(i) {
        return None;
    }
    let source = context.source_after(i + 1, scope.after_limit)?;
    Some(Attribution::found(
        SourceRule::CueAfter,
        Some(context.tokens[i].span()),
        source,
    ))
}

/// A subject, then its speech verb: "…,” SANA said; “…,” she said; “…,” Rathke also said;
/// with an apposition or insertion between commas or brackets: "…,” Tom Hale, the mayor,
/// said; "…,” Sen. Maria Ortez, D-N.M., told reporters; "…,” Sen. Ana Lyle (D-Mich.) said.
fn source_then_cue(scope: &Scope) -> Option<Attribution> {
    // A subject and its apposition are a few words; the look-ahead is bounded.
    const SUBJECT_WORDS: usize = 24;
    let (context, i) = (scope.context, scope.after);
    let first = context.tokens.get(i)?.span().start;
    let mut k = i + 1;
    while k < scope.after_limit
        && k <= i + SUBJECT_WORDS
        && (context.is_word(k)
            // ("Sen. Marguerite Ostrowski-Lyle (D-Mich.) told": a bracket after the name.)
            || matches!(context.word(k), "," | "." | "(" | ")")
            // "the Farmers' Union said": a mark inside a name.
            || context.name_across(context.tokens[k].span().start).is_some())
    {
        // The subject stands right after the quotation: "…,” she said; not "… as the
        // walkout continues".
        if context.is_cue(k)
            && let Some(mut source) = context.source_before(k, i)
            && (source.span.start == first || titled_from(context, i, source.span.start))
        {
            // The name the office stands before, not the office.
            if source.span.start != first
                && let Some((name, entity)) = context.mention_ending_at(source.span)
            {
                source = Source {
                    span: name,
                    entity: Some(entity),
                };
            }
            let cue = Some(context.tokens[k].span());
            return Some(Attribution::found(SourceRule::CueAfter, cue, source));
        }
        k += 1;
    }
    None
}

/// "“…,” Salar Andino Chief Executive María José Errázuriz de la Fuente said": whether only
/// capitalised words (a body's name and an office) stand from token `from` to the source at
/// offset `start`.
fn titled_from(context: &Context, from: usize, start: usize) -> bool {
    const TITLE_WORDS: usize = 6;
    let to = context.token_at(start);
    let capitalised = || {
        (from..to).all(|k| context.is_word(k) && context.word(k).starts_with(char::is_uppercase))
    };
    // "…,” cofounder and CEO Ingrid Saarinen said": words in lower case describing the
    // speaker, a title word last (the last may open the source, as "CEO" does).
    let title = |k: usize| lexicon::contains_folded(lexicon::TITLES, context.word(k));
    let described = || (from..to).all(|k| context.is_word(k)) && (title(to - 1) || title(to));
    to > from && to - from <= TITLE_WORDS && (capitalised() || described())
}

/// A dash and a name after a quotation that ends the way speech does: "“…” — Matthew
/// Ingram", and the "— Name, role" line under a pull quotation. Not a headline cited with
/// its publisher ("“Title” — Toronto Star").
fn dash_and_name(scope: &Scope) -> Option<Attribution> {
    let (context, i) = (scope.context, scope.after);
    let inner = scope.spans[scope.index].inner();
    let speech = inner
        .slice(context.text)
        .trim_end()
        .ends_with(['.', '!', '?', '…']);
    let dash = i > scope.first_after
        && i < scope.after_limit
        && matches!(context.word(i - 1), "-" | "—" | "–");
    if !speech || !dash {
        return None;
    }
    let source = context
        .source_after(i, scope.after_limit)
        .filter(|s| s.entity.is_some())?;
    Some(Attribution::found(SourceRule::DashLine, None, source))
}

/// A line under the quotation that opens with a dash and a name: the "— Name, role" line of
/// a pull quotation or a bullet.
fn dash_line_under(scope: &Scope) -> Option<Attribution> {
    let marked = &scope.spans[scope.index];
    let (span, inner) = (marked.span(), marked.inner());
    let context = scope.context;
    let text = context.text;
    let speech = inner.slice(text).trim_end().ends_with(['.', '!', '?', '…']);
    // (A pull quotation or a bullet opens its line: a quotation closing a sentence of the
    // story has its own speaker, not the name under the next paragraph.)
    let bullet_or_space = |c| matches!(c, ' ' | '\t' | '•' | '*' | '-' | '·' | '–' | '—');
    if !super::opens_line(text, span.start, bullet_or_space) {
        return None;
    }
    let rest = text.get(span.end..)?;
    let line = rest.trim_start_matches([' ', '\t', '\r', '\n']);
    let gap = &rest[..rest.len() - line.len()];
    if !speech || !gap.contains('\n') || gap.matches('\n').count() > 2 {
        return None;
    }
    let dash = line
        .chars()
        .next()
        .filter(|c| matches!(c, '—' | '–' | '-' | '―'))?;
    let start = text.len() - line.len() + dash.len_utf8();
    let line_end = line
        .find('\n')
        .map_or(text.len(), |n| text.len() - line.len() + n);
    let first = context.token_at(start);
    let limit = context.token_at(line_end);
    let source = context
        .source_after(first, limit)
        .filter(|s| s.entity.is_some())?;
    Some(Attribution::found(SourceRule::DashLine, None, source))
}

/// A clause ending in a colon right before the quotation speaks through its subject, a
/// name opening the clause: Chebet was blunt: “…”.
fn colon_after_subject(scope: &Scope) -> Option<Attribution> {
    let span = scope.spans[scope.index].span();
    let context = scope.context;
    let before = context.token_at(span.start).checked_sub(1)?;
    if context.word(before) != ":" {
        return None;
    }
    let start_sentence = sentence_start(scope.sentences, span.start);
    let floor = context.token_at(start_sentence.max(previous_quote_end(scope)));
    // "Asked about the cut, Mac Craith was modest:": the subject may follow an opening
    // clause and its comma, when a short predicate joins it to the colon ("… Ingram …
    // dubbed the conflict: …" is no speech).
    const OPENING_CLAUSE_WORDS: usize = 12;
    const PREDICATE_WORDS: usize = 3;
    let after_opening_clause = (floor..before.min(floor + OPENING_CLAUSE_WORDS))
        .find(|&k| context.word(k) == ",")
        .map(|comma| comma + 1);
    let subject_at = |k: usize, predicate_words: usize| {
        let opening = context.tokens.get(k)?.span().start;
        context.mention_starting_at(opening).filter(|(m, _)| {
            let predicate = context.token_at(m.end)..before;
            m.end <= context.tokens[before].span().start
                && predicate.len() <= predicate_words
                && (predicate_words == usize::MAX
                    || !predicate
                        .clone()
                        .any(|k| lexicon::contains_folded(lexicon::NAMING_VERBS, context.word(k))))
        })
    };
    let named = subject_at(floor, usize::MAX)
        .or_else(|| after_opening_clause.and_then(|k| subject_at(k, PREDICATE_WORDS)))
        .filter(|&(_, entity)| {
            context
                .entities
                .get(entity)
                .is_some_and(|e| matches!(e.kind, Kind::Person | Kind::Organization))
        })
        .map(|(span, entity)| Source {
            span,
            entity: Some(entity),
        });
    let source = named.or_else(|| unnamed_speaker_opening(context, floor, before))?;
    Some(Attribution::found(SourceRule::Colon, None, source))
}

/// The start and end of the line around `span`, when the line is at most `reach` bytes
/// long (a headline's): read at most `reach` bytes each way, so a long line is never read
/// through again for each quotation on it.
fn short_line_around(text: &str, span: Span, reach: usize) -> Option<(usize, usize)> {
    let mut from = span.start.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let start = match text[from..span.start].rfind('\n') {
        Some(at) => from + at + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let mut to = (span.end + reach).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let end = match text[span.end..to].find('\n') {
        Some(at) => span.end + at,
        None if to == text.len() => to,
        None => return None,
    };
    (end - start <= reach).then_some((start, end))
}

/// "Balfour-Ince ‘gutted’ after late leveller", "Starmer ‘furious’ over leak": in a
/// headline (a short line that ends in no full stop), the person or body opening the line
/// (or its part after a colon) right before the quoted words said them.
fn headline_name_before(scope: &Scope) -> Option<Attribution> {
    const HEADLINE_BYTES: usize = 160;
    let span = scope.spans[scope.index].span();
    let context = scope.context;
    let text = context.text;
    let before = context.token_at(span.start).checked_sub(1)?;
    let (name, entity) = context.mention_ending_at(context.tokens[before].span())?;
    let (line_start, line_end) = short_line_around(text, span, HEADLINE_BYTES)?;
    if line_start > name.start {
        return None;
    }
    let line = text.get(line_start..line_end)?;
    // ("Dunfermline 2-2 Ayr United: Balfour-Ince ‘gutted’": or opens the part after a colon.)
    let before_name = text[line_start..name.start].trim();
    let opens_line = before_name.is_empty() || before_name.ends_with(':');
    // (short_line_around kept the line within a headline's length.)
    let headline = !line.trim_end().ends_with(['.', '!', '?']);
    let speaks = context
        .entities
        .get(entity)
        .is_some_and(|e| matches!(e.kind, Kind::Person | Kind::Organization));
    let adjoining = text.get(name.end..span.start).is_some_and(|gap| gap == " ");
    (opens_line && headline && speaks && adjoining).then(|| {
        let source = Source {
            span: name,
            entity: Some(entity),
        };
        Attribution::found(SourceRule::Headline, None, source)
    })
}

/// "‘The reef is a library’: a conversation with Dr Nadeesha Gunawardena", "‘We cannot
/// build our way out’: Jo Hart on the housing crisis": a quotation opening a headline before
/// a colon is the words of the person the rest of the line names.
fn headline_name_after_colon(scope: &Scope) -> Option<Attribution> {
    const HEADLINE_BYTES: usize = 200;
    let span = scope.spans[scope.index].span();
    let context = scope.context;
    let text = context.text;
    let (line_start, line_end) = short_line_around(text, span, HEADLINE_BYTES)?;
    let opens_line = text[line_start..span.start].trim().is_empty();
    if !opens_line || !text[span.end..].starts_with(':') {
        return None;
    }
    let (name, entity) = context
        .mentions_from(context.first_mention_at(span.end))
        .take_while(|(m, _)| m.end <= line_end)
        .find(|&(_, e)| {
            context
                .entities
                .get(e)
                .is_some_and(|e| e.kind == Kind::Person)
        })?;
    let source = Source {
        span: name,
        entity: Some(entity),
    };
    Some(Attribution::found(SourceRule::Headline, None, source))
}

/// "A Whitehall source put it more bluntly:", "One official was blunt:": a speaker the text
/// does not name, opening the clause: a determiner and up to three words, the last a noun for
/// someone or something that speaks.
fn unnamed_speaker_opening(context: &Context, first: usize, colon: usize) -> Option<Source> {
    let opens = lexicon::contains_folded(lexicon::INDEFINITE_OPENERS, context.word(first));
    if !opens {
        return None;
    }
    let noun = (first + 1..(first + 5).min(colon))
        .take_while(|&k| context.is_word(k))
        .find(|&k| lexicon::contains_folded(lexicon::SPEAKER_NOUNS, context.word(k)))?;
    let span = context.span_of(first, noun + 1);
    Some(Source {
        span,
        entity: context.resolve(span),
    })
}

/// A speech verb before the quotation in its sentence: Ms Athwal added: ‘…’.
fn cue_before(scope: &Scope) -> Option<Attribution> {
    let span = scope.spans[scope.index].span();
    let context = scope.context;
    let start_sentence = sentence_start(scope.sentences, span.start);
    let floor = context.token_at(start_sentence.max(previous_quote_end(scope)));
    let before = context.token_at(span.start);
    attribution_before(context, floor, before, SourceRule::CueBefore)
}

/// "Man charged over opal heist after ‘sloppy’ getaway, police say": a sentence or a
/// headline closing with a comma, a short subject and "say" reports what it quotes as that
/// subject's words.
fn closing_say(scope: &Scope) -> Option<Attribution> {
    const SUBJECT_WORDS: usize = 4;
    let context = scope.context;
    let span = scope.spans[scope.index].span();
    let sentence = scope
        .sentences
        .get(sentence_of(scope.sentences, span.end.saturating_sub(1))?)?;
    let mut last = context.token_at(sentence.end).checked_sub(1)?;
    while last > 0 && matches!(context.word(last), "." | "!" | "?") {
        last -= 1;
    }
    if !lexicon::contains(lexicon::SAY_FORMS, context.word(last)) || !context.is_cue(last) {
        return None;
    }
    let comma = (last.saturating_sub(SUBJECT_WORDS + 1)..last)
        .rev()
        .find(|&k| context.word(k) == ",")?;
    let subject_only = comma + 1 < last && (comma + 1..last).all(|k| context.is_word(k));
    if comma < context.token_at(span.end) || !subject_only {
        return None;
    }
    let source = context.source_before(last, comma)?;
    let cue = Some(context.tokens[last].span());
    Some(Attribution::found(SourceRule::CueAfter, cue, source))
}

fn previous_quote_end(scope: &Scope) -> usize {
    (scope.index.checked_sub(1))
        .and_then(|p| scope.spans.get(p))
        .map_or(0, |s| s.span().end)
}

/// The sentence before, when this sentence is the quotation itself or follows a colon: Mr
/// Hale spoke after the vote. ‘…’
fn sentence_before(scope: &Scope) -> Option<Attribution> {
    let span = scope.spans[scope.index].span();
    let (context, sentences, text) = (scope.context, scope.sentences, scope.context.text);
    let s = sentence_of(sentences, span.start)?.checked_sub(1)?;
    let previous = sentences[s];
    let previous_quote_end = previous_quote_end(scope);
    let gap = Span::new(previous.end, span.start).slice(text);
    let ends_with_colon = previous.slice(text).trim_end().ends_with(':');
    let start_sentence = sentence_start(sentences, span.start);
    let only_quote_before = Span::new(start_sentence, span.start)
        .slice(text)
        .trim()
        .is_empty();
    let near = previous.end >= previous_quote_end
        && only_quote_before
        && (!gap.contains('\n') || ends_with_colon);
    if !near {
        return None;
    }
    let floor = context.token_at(previous.start.max(previous_quote_end));
    let limit = context.token_at(previous.end);
    attribution_before(context, floor, limit, SourceRule::SentenceBefore)
}

/// The last cue between tokens `floor..limit` and its subject, found by `rule`.
pub(super) fn attribution_before(
    context: &Context,
    floor: usize,
    limit: usize,
    rule: SourceRule,
) -> Option<Attribution> {
    let mut k = limit;
    while k > floor {
        k -= 1;
        if let Some((cue, source)) = context
            .according_to(k, limit)
            .or_else(|| context.in_the_words_of(k, limit))
        {
            return Some(Attribution::found(
                SourceRule::AccordingTo,
                Some(cue),
                source,
            ));
        }
        if context.is_cue(k) {
            let source = context
                .participle_subject(k, floor)
                .or_else(|| context.source_before(k, floor));
            if let Some(source) = source {
                let cue = Some(context.tokens[k].span());
                return Some(Attribution::found(rule, cue, source));
            }
        }
    }
    None
}

/// "According to the Presidential Media Directorate, …" inside a quotation.
pub(super) fn via_inside(context: &Context, inner: Span) -> Vec<Source> {
    let first = context.token_at(inner.start);
    let limit = context.token_at(inner.end);
    let mut out = Vec::new();
    let mut i = first;
    while i < limit {
        // (A source past the quotation's end, as the name after "according to" on the next
        // line of an unclosed quotation is, is none of its words.)
        if let Some((_, mut source)) = context
            .according_to(i, limit)
            .filter(|(_, source)| source.span.end <= inner.end)
        {
            let slice = source.span.slice(context.text);
            for determiner in ["the ", "The "] {
                if let Some(rest) = slice.strip_prefix(determiner) {
                    source.span.start = source.span.end - rest.len();
                }
            }
            source.entity = context.resolve(source.span);
            out.push(source);
        }
        i += 1;
    }
    out
}

/// A quotation without a speaker whose words another quotation gives with one takes that
/// speaker: a headline or standfirst quoting words the body attributes. Not a term, whose
/// kind (set apart) is decided already.
pub(super) fn repeated_sources(text: &str, quotes: &mut [Quote]) {
    let key = |quote: &Quote| {
        quote
            .inner()
            .slice(text)
            .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
    };
    let mut spoken: FastMap<&str, usize> = FastMap::default();
    for (index, quote) in quotes.iter().enumerate() {
        if quote.source().is_some() {
            spoken.entry(key(quote)).or_insert(index);
        }
    }
    if spoken.is_empty() {
        return;
    }
    for index in 0..quotes.len() {
        if quotes[index].source().is_some() || !quotes[index].is_quotation() {
            continue;
        }
        if let Some(&twin) = spoken.get(key(&quotes[index])) {
            let (source, rule) = (quotes[twin].source(), quotes[twin].source_rule());
            quotes[index].set_source(source);
            quotes[index]
                .set_source_rule(rule.map(|(_, resolution)| (SourceRule::Repeated, resolution)));
        }
    }
}

/// Whether a word is shaped as a past participle: regular ("obtained", "based") or one of the
/// irregular ones ("seen", "written").
fn is_past_participle(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || lexicon::contains_folded(lexicon::IRREGULAR_PARTICIPLES, word)
}
