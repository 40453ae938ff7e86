//! Resolving a source phrase to the entity it stands for: a name, a pronoun by gender,
//! number and salience, a role or a description the text gave someone, an organisation's
//! common noun ("the department"). What resolves to nothing is kept as written ("a
//! government source", "the secretary").

use super::Context;
use super::lexicon;
use crate::model::{Entity, Kind, Resolution, Source, Span};

/// A person's grammatical gender, as the text shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Gender {
    #[default]
    Unknown,
    Male,
    Female,
}

impl Gender {
    fn of_pronoun(word: &str) -> Gender {
        if lexicon::contains_folded(lexicon::MALE_PRONOUNS, word) {
            Gender::Male
        } else if lexicon::contains_folded(lexicon::FEMALE_PRONOUNS, word) {
            Gender::Female
        } else {
            Gender::Unknown
        }
    }

    /// "spokeswoman", "spokesman"; "spokesperson" says nothing.
    fn of_spokes_noun(word: &str) -> Gender {
        let lower = word.to_ascii_lowercase();
        if lower.ends_with("woman") || lower.ends_with("women") {
            Gender::Female
        } else if lower.ends_with("man") || lower.ends_with("men") {
            Gender::Male
        } else {
            Gender::Unknown
        }
    }

    fn of_title(word: &str) -> Gender {
        match lexicon::sex_of_title(word) {
            Some(lexicon::TitleSex::Male) => Gender::Male,
            Some(lexicon::TitleSex::Female) => Gender::Female,
            None => Gender::Unknown,
        }
    }

    /// "the mother of five", "the father": a word for a person or kin.
    fn of_person_noun(word: &str) -> Gender {
        if lexicon::contains(lexicon::FEMALE_PERSON_NOUNS, word) {
            Gender::Female
        } else if lexicon::contains(lexicon::MALE_PERSON_NOUNS, word) {
            Gender::Male
        } else {
            Gender::Unknown
        }
    }

    fn fits(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// A person's gender from the text, by votes: a gendered title before a mention (Mr, Ms,
/// Dame, Lord) counts three, a given name one sex nearly always bears counts one, the first
/// he/she/his/her after a mention that opens its sentence counts one ("Hollander, who testified last week, has said he …"). Other entities are
/// [`Gender::Unknown`].
pub(super) fn gender(text: &str, tokens: &[super::Token], entity: &Entity) -> Gender {
    // A sentence's pronoun is looked for a few words on at most, so the pass stays linear.
    const PRONOUN_REACH: usize = 24;
    let word = |i: usize| tokens[i].text(text);
    if entity.kind != Kind::Person {
        return Gender::Unknown;
    }
    let mut votes = 0i32;
    let mut vote = |gender: Gender, weight: i32| match gender {
        Gender::Male => votes += weight,
        Gender::Female => votes -= weight,
        Gender::Unknown => {}
    };
    if let Some(first) = entity.name.split_whitespace().next() {
        vote(Gender::of_title(first), 3);
    }
    // "Kevin Marbuk", "Cheryl Ho": a given name nearly always one sex's counts as a pronoun
    // after the name does.
    let gazetteer = crate::extract::gazetteer::get();
    let given = entity
        .name
        .split_whitespace()
        .find(|word| gazetteer.given_name(word));
    match given.and_then(|word| gazetteer.given_name_is_male(word)) {
        Some(true) => vote(Gender::Male, 1),
        Some(false) => vote(Gender::Female, 1),
        None => {}
    }
    for mention in &entity.mentions {
        let at = tokens.partition_point(|t| t.span().start < mention.start);
        if let Some(before) = at.checked_sub(1) {
            vote(Gender::of_title(word(before)), 3);
        }
        // "herder Tsetsegiin Oyun, 58, said she had lost …": a speech verb after the name
        // (an age or an apposition between commas) and a pronoun right after it.
        const SAID_REACH: usize = 6;
        let end = tokens.partition_point(|t| t.span().start < mention.end);
        let said_pronoun = (end..tokens.len().min(end + SAID_REACH))
            .find(|&k| super::lexicon::contains_folded(super::lexicon::SPEECH_VERBS, word(k)))
            .and_then(|verb| {
                tokens
                    .get(verb + 1)
                    .map(|_| Gender::of_pronoun(word(verb + 1)))
            });
        if let Some(gender) = said_pronoun {
            vote(gender, 1);
        }
        if tokens.get(at).is_some_and(|t| t.sentence_start()) {
            let sentence = tokens[at].sentence();
            let pronoun = (at + 1..tokens.len())
                .take(PRONOUN_REACH)
                .take_while(|&k| tokens[k].sentence() == sentence)
                .map(|k| Gender::of_pronoun(word(k)))
                .find(|g| *g != Gender::Unknown);
            vote(pronoun.unwrap_or_default(), 1);
        }
    }
    match votes.signum() {
        1 => Gender::Male,
        -1 => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// What a description opening a sentence stands for.
enum Described {
    /// "The 61-year-old": a person the text gives that age, or who spoke last.
    Aged,
    /// "A spokeswoman for Unison": the body named after "for", if any (token `noun` is the
    /// spokes- word).
    Spokesperson { noun: usize, body: Option<usize> },
}

/// One way to resolve a source phrase; `lower` is the phrase in lower case.
type ResolveRule = fn(&Context, Span, &str) -> Option<usize>;

/// The resolution rules, in order: the first that finds an entity wins.
const RULES: &[ResolveRule] = &[
    named,
    pronoun,
    described_by_age,
    holding_the_role,
    headline_role,
    described_beside,
    described_person,
    body,
    body_spokesperson,
    business,
    epithet,
];

/// How many sentences back a pronoun or a description looks for its person.
const PRONOUN_SENTENCES_BACK: usize = 4;

/// A phrase whose head (its end) is a name stands for that name's entity; "the Pole", one of
/// a people, is a person ([`epithet`]), not the people.
fn named(context: &Context, span: Span, lower: &str) -> Option<usize> {
    let entity = context.entity_ending_at(span)?;
    let one_of_a_people = context
        .entities
        .get(entity)
        .is_some_and(|e| e.kind == Kind::Group)
        && lower
            .strip_prefix("the ")
            .is_some_and(|rest| !rest.contains(' '));
    (!one_of_a_people).then_some(entity)
}

/// He and she: the salient person of that gender before; it and they: the nearest
/// organisation or group.
fn pronoun(context: &Context, span: Span, lower: &str) -> Option<usize> {
    if lexicon::PERSON_PRONOUNS.contains(&lower) {
        let gender = Gender::of_pronoun(lower);
        return match context.described_subject(span.start, gender) {
            Some(described) => described,
            None => context.salient_person_but(span.start, gender, context.addressee(span)),
        };
    }
    if lexicon::THING_PRONOUNS.contains(&lower) {
        return context.nearest_entity_before(span.start, |e| {
            matches!(e.kind, Kind::Organization | Kind::Group)
        });
    }
    None
}

/// "The 42-year-old": the person the text gives that age ("McCreadie, 42,"), else the
/// salient person before.
fn described_by_age(context: &Context, span: Span, lower: &str) -> Option<usize> {
    let rest = lower.strip_prefix("the ")?;
    let age = rest.strip_suffix("-year-old")?;
    if age.is_empty() || !age.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = context.text;
    let aged = context.nearest_mention_before(span.start, |mention, entity| {
        let after = text.get(mention.end..).unwrap_or("");
        entity.kind == Kind::Person
            && after.strip_prefix(", ").is_some_and(|a| {
                a.starts_with(age) && !a[age.len()..].starts_with(char::is_numeric)
            })
    });
    // Else whom the story has heard speak: "Bolton manager Stuart McCreadie said …" before
    // "the 42-year-old said", not a name in passing ("a Ciarán Brennan header").
    // But the nearest person opening a sentence comes first: "Gerald Okonjo-Byrne has lived
    // opposite the creek … ‘I’ll be there at six,’ the 71-year-old said".
    aged.or_else(|| context.nearest_person_opening_a_sentence(span.start))
        .or_else(|| context.recent_speaker(span.start))
        .or_else(|| context.salient_person(span.start, Gender::Unknown))
}

/// "The minister told reporters": the nearest person the text gave a role with that word
/// ("Union Minister of State for Housing").
fn holding_the_role(context: &Context, span: Span, lower: &str) -> Option<usize> {
    let rest = lower.strip_prefix("the ")?;
    let head = rest.rsplit(' ').next().unwrap_or(rest);
    // ("the CFO": a short form no list holds, of a role the text gave in full; written in
    // capitals, so that "the firm" is not asked about.)
    let short_form = !rest.contains(' ') && is_short_form_as_written(context, span, head);
    if !lexicon::TITLE_HEADS.contains(&head) && !short_form {
        return None;
    }
    // ("the inspector" for "Insp Ravi Sandhu": a role written short.)
    context.nearest_entity_before(span.start, |entity| {
        entity.kind == Kind::Person
            && entity.roles.iter().any(|role| {
                role.split([' ', '-']).any(|word| {
                    word.eq_ignore_ascii_case(head) || lexicon::title_in_full(word) == Some(head)
                }) || ends_with_initials(role, head)
            })
    })
}

/// "'We will find them,' sheriff says", "Regional president calls it 'worst fire'": a
/// headline drops the article, and the person given that role is named in the story below.
/// A role word or two, before anyone is named, stands for the first person after it whose
/// role holds the word.
fn headline_role(context: &Context, span: Span, lower: &str) -> Option<usize> {
    const MAX_WORDS: usize = 3;
    // A story names its people within a few dozen mentions; the look-ahead is bounded.
    const LOOK_AHEAD: usize = 64;
    let head = lower.rsplit(' ').next().unwrap_or(lower);
    let bare = lower.split(' ').count() <= MAX_WORDS
        && !lower.starts_with(|c: char| !c.is_alphabetic())
        && !lexicon::contains(lexicon::DETERMINERS, lower.split(' ').next().unwrap_or(""));
    if !bare || !lexicon::TITLE_HEADS.contains(&head) {
        return None;
    }
    let is_person = |entity: usize| {
        context
            .entities
            .get(entity)
            .is_some_and(|e| e.kind == Kind::Person)
    };
    if context
        .mentions_before(span.start)
        .any(|(_, e)| is_person(e))
    {
        return None;
    }
    context
        .mentions_from(context.first_mention_at(span.end))
        .take(LOOK_AHEAD)
        .map(|(_, entity)| entity)
        .find(|&entity| {
            is_person(entity)
                && context.entities[entity].roles.iter().any(|role| {
                    role.split([' ', '-'])
                        .any(|word| word.eq_ignore_ascii_case(head))
                })
        })
}

/// Whether `short` (a source's last word, lowered) is written in capitals in the source at
/// `span`: "the CFO", "the CM".
fn is_short_form_as_written(context: &Context, span: Span, short: &str) -> bool {
    (2..=4).contains(&short.len())
        && span
            .slice(context.text)
            .rsplit(' ')
            .next()
            .is_some_and(|written| {
                written.len() == short.len() && written.bytes().all(|b| b.is_ascii_uppercase())
            })
}

/// Whether a role's last words have `short` as initials: "the CM" for "Tamil Nadu Chief
/// Minister", "the PM" for "Prime Minister", "the CFO" for "Chief financial officer".
fn ends_with_initials(role: &str, short: &str) -> bool {
    if !(2..=4).contains(&short.len()) {
        return false;
    }
    let initials: Vec<char> = role
        .split([' ', '-'])
        .filter(|word| !matches!(*word, "of" | "for" | "and" | "the"))
        .filter_map(|word| word.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let short: Vec<char> = short.chars().collect();
    initials.ends_with(&short)
}

/// "The striker, Jamie Abernethy, scored … “…,” the striker said": a description the text
/// set beside a person's name ("the striker, Name" or "Name, the striker") stands for them.
fn described_beside(context: &Context, span: Span, lower: &str) -> Option<usize> {
    /// How far back from a name its description is read: a few words.
    const DESCRIPTION_BYTES: usize = 48;
    let rest = lower.strip_prefix("the ")?;
    if rest.is_empty() || rest.split(' ').count() > 2 {
        return None;
    }
    let short_form = is_short_form_as_written(context, span, rest);
    let text = context.text;
    let ends_with_folded = |before: &str, tail: &str| {
        before.len() >= tail.len()
            && before.is_char_boundary(before.len() - tail.len())
            && before[before.len() - tail.len()..].eq_ignore_ascii_case(tail)
    };
    let starts_with_folded = |after: &str, head: &str| {
        after.len() >= head.len()
            && after.is_char_boundary(head.len())
            && after[..head.len()].eq_ignore_ascii_case(head)
    };
    let before_name = format!("the {rest}, ");
    let after_name = [
        format!(", the {rest}"),
        format!(", a {rest}"),
        format!(", an {rest}"),
    ];
    context.nearest_mention_before(span.start, |mention, entity| {
        let before = text.get(..mention.start).unwrap_or("");
        let after = text.get(mention.end..).unwrap_or("");
        let closes = |head: &str| {
            after[head.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        };
        // "skipper Ewan Dunn", "chief financial officer Tom Brennan" for "the CFO": the
        // description written right before the name, a few words of its sentence.
        let mut from = before.len().saturating_sub(DESCRIPTION_BYTES);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let line = before[from..]
            .rsplit(['.', '\n', ',', ';', ':'])
            .next()
            .unwrap_or("");
        let mut words = line.split_whitespace().rev();
        let right_before = if short_form {
            // As many words as the short form has letters, their initials its letters.
            let role: Vec<&str> = words.by_ref().take(rest.len()).collect();
            role.len() == rest.len() && {
                let role: Vec<&str> = role.into_iter().rev().collect();
                ends_with_initials(&role.join(" "), rest)
            }
        } else {
            words.next().is_some_and(|w| w.eq_ignore_ascii_case(rest))
        };
        entity.kind == Kind::Person
            && (ends_with_folded(before, &before_name)
                || right_before
                || after_name
                    .iter()
                    .any(|head| starts_with_folded(after, head) && closes(head)))
    })
}

/// "the mother of five told AFP", "the father said": a person the text describes by a word
/// for a person, kin or resident, is the salient person of that word's gender before it, as
/// a pronoun would be.
fn described_person(context: &Context, span: Span, lower: &str) -> Option<usize> {
    const DESCRIPTION_WORDS: usize = 4;
    let rest = lower.strip_prefix("the ")?;
    let head = rest.split(' ').next()?;
    let person_word = lexicon::contains(lexicon::KINSHIP_NOUNS, head)
        || (lexicon::contains(lexicon::RESIDENT_NOUNS, head) && !head.ends_with('s'));
    if !person_word || rest.split(' ').count() > DESCRIPTION_WORDS {
        return None;
    }
    let gender = Gender::of_person_noun(head);
    context.salient_person(span.start, gender)
}

/// "said the Pole", "said the Clare TD", "the Conservative member said": a person described
/// by nation, or by a role the text qualifies with a capitalised name (a seat, a party, a
/// club), and given no such role by name, is the person the story is about at that point, as
/// a pronoun of no gender would be. A bare role ("the minister") may be someone not named
/// yet, and stays as written.
fn epithet(context: &Context, span: Span, lower: &str) -> Option<usize> {
    const EPITHET_WORDS: usize = 4;
    let written = span
        .slice(context.text)
        .strip_prefix("the ")
        .or_else(|| span.slice(context.text).strip_prefix("The "))?;
    let words: Vec<&str> = written.split(' ').collect();
    let (&head, qualifiers) = words.split_last()?;
    if words.len() > EPITHET_WORDS || lower.len() != span.len() {
        return None;
    }
    // "said the Thornbury manager, Grzegorz Wiśniewski": the name set after it is who.
    let named_after = context
        .mentions_from(context.first_mention_at(span.end))
        .next()
        .is_some_and(|(m, _)| {
            context
                .text
                .get(span.end..m.start)
                .is_some_and(|between| between.trim() == ",")
        });
    if named_after {
        return None;
    }
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let nation = qualifiers.is_empty()
        && capitalised(head)
        && crate::extract::gazetteer::get().demonym(head).is_some();
    let head = head.to_lowercase();
    // ("the Conservative member": a member of a house, as "the Clare TD" is.)
    let role = lexicon::TITLE_HEADS.contains(&head.as_str())
        || lexicon::TITLES.contains(&head.as_str())
        || head == "member";
    let qualified_role = role && qualifiers.iter().any(|word| capitalised(word));
    (nation || qualified_role).then(|| context.salient_person(span.start, Gender::Unknown))?
}

/// "The department said", "the trust": the nearest organisation with that word in its name
/// (the Department of Water and Sanitation, Tamar Valley and South Hams NHS Trust), or for a
/// department or ministry, a government office (the Home Office).
fn body(context: &Context, span: Span, lower: &str) -> Option<usize> {
    let rest = lower.strip_prefix("the ")?;
    if rest.contains(' ') || !lexicon::ORGANIZATION_CUES.contains(&rest) {
        return None;
    }
    // "the Home Office … The department said": a ministry is a department whatever its name
    // calls it.
    let ministry = lexicon::contains(lexicon::MINISTRY_NOUNS, rest);
    context.nearest_entity_before(span.start, |entity| {
        let mut words = entity.name.split([' ', '-']);
        entity.kind == Kind::Organization
            && (words.clone().any(|word| word.eq_ignore_ascii_case(rest))
                || ministry
                    && words
                        .next_back()
                        .is_some_and(|last| lexicon::contains(lexicon::MINISTRY_HEADS, last)))
    })
}

/// "the family-owned company said", "the firm", "the Dublin-based lender": a business
/// described by what it is ([`lexicon::BUSINESS_NOUNS`]) stands for the nearest organisation
/// named before it, whatever its name calls it.
fn business(context: &Context, span: Span, lower: &str) -> Option<usize> {
    const DESCRIPTION_WORDS: usize = 4;
    let rest = lower.strip_prefix("the ")?;
    let head = rest.rsplit(' ').next()?;
    if !lexicon::contains(lexicon::BUSINESS_NOUNS, head)
        || rest.split(' ').count() > DESCRIPTION_WORDS
    {
        return None;
    }
    context.nearest_entity_before(span.start, |entity| entity.kind == Kind::Organization)
}

/// "a Shell spokesperson", "A Downing Street spokeswoman": an unnamed spokesperson speaks
/// for the body named before the word.
fn body_spokesperson(context: &Context, span: Span, _: &str) -> Option<usize> {
    let (before, noun) = span.slice(context.text).rsplit_once(' ')?;
    if !lexicon::is_spokes_noun(noun) {
        return None;
    }
    let body = Span::new(span.start, span.start + before.len());
    let (_, entity) = context.mention_ending_at(body)?;
    context
        .entities
        .get(entity)
        .is_some_and(|e| e.kind == Kind::Organization)
        .then_some(entity)
}

impl Context<'_> {
    pub(super) fn entity_ending_at(&self, span: Span) -> Option<usize> {
        self.mention_ending_at(span).map(|(_, e)| e)
    }

    /// The mention, with its entity, that [`Context::entity_ending_at`] picks: the last
    /// (the shortest) of those inside `span` that end where it ends.
    pub(super) fn mention_ending_at(&self, span: Span) -> Option<(Span, usize)> {
        // Mentions are sorted by span: only those starting inside `span` can end with it.
        let first = self.first_mention_at(span.start);
        let inside = self
            .mentions_from(first)
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| m.end == span.end)
            .last();
        // Or a mention the source words end: "Whitlow" of `Darren "Dazza" Whitlow`.
        inside.or_else(|| {
            let before = first.checked_sub(1)?;
            let (m, entity) = self.mentions.get(before)?.pair();
            (m.end == span.end).then_some((m, entity))
        })
    }

    /// The entity a source phrase stands for, by the first rule of [`RULES`] that finds one.
    pub(super) fn resolve(&self, span: Span) -> Option<usize> {
        lexicon::with_lower(span.slice(self.text), |lower| {
            RULES.iter().find_map(|rule| rule(self, span, lower))
        })
    }

    /// The person a pronoun of `gender` at `offset` refers to: within the nearest sentence
    /// holding a fitting person (outside quotations), the one that opens the sentence's
    /// clause, not one after a preposition ("with Dennis Hollander"); else the nearest.
    pub(super) fn salient_person(&self, offset: usize, gender: Gender) -> Option<usize> {
        self.salient_person_but(offset, gender, None)
    }

    /// "“…,” he told Kieran", "she said to Ms Ortiz": the person the speech verb right
    /// after the pronoun at `span` is addressed to, who is not the speaker.
    fn addressee(&self, span: Span) -> Option<usize> {
        let verb = self.token_at(span.end);
        if verb + 1 >= self.tokens.len() || !self.is_word(verb) || !self.is_cue(verb) {
            return None;
        }
        let to = usize::from(self.word(verb + 1) == "to");
        let named = self.tokens.get(verb + 1 + to)?.span().start;
        self.mention_starting_at(named).map(|(_, entity)| entity)
    }

    /// [`Context::salient_person`], passing over the person `other`.
    fn salient_person_but(
        &self,
        offset: usize,
        gender: Gender,
        other: Option<usize>,
    ) -> Option<usize> {
        let here = self
            .tokens
            .get(self.token_at(offset).saturating_sub(1))?
            .sentence();
        let fitting = |mention: Span, entity: usize| {
            self.entities
                .get(entity)
                .is_some_and(|e| e.kind == Kind::Person)
                // A pronoun of no gender fits anyone, without the person's gender asked.
                && (gender == Gender::Unknown || gender.fits(self.gender(entity)))
                && other != Some(entity)
                && !self.is_quoted(mention)
        };
        // The best candidate so far: its sentence, entity, and whether it speaks.
        let mut best: Option<(usize, usize, bool)> = None;
        for (mention, entity) in self.mentions_before(offset) {
            let at = self.token_at(mention.start);
            let sentence = self.tokens.get(at).map_or(here, |t| t.sentence());
            if here.saturating_sub(sentence) > PRONOUN_SENTENCES_BACK {
                break;
            }
            if best.is_some_and(|(s, _, _)| s != sentence) {
                break;
            }
            if !fitting(mention, entity) {
                continue;
            }
            let after_preposition = at.checked_sub(1).is_some_and(|b| {
                self.tokens[b].sentence() == sentence
                    && lexicon::contains_folded(lexicon::OBJECT_PREPOSITIONS, self.word(b))
            });
            // "Dja Dja Wurrung ranger Uncle Kevin Marbuk said …": the name right before the
            // speech verb is who spoke, whatever names open the sentence.
            let end = self.token_at(mention.end);
            let speaks = self
                .tokens
                .get(end)
                .is_some_and(|t| t.sentence() == sentence)
                && lexicon::contains_folded(lexicon::SPEECH_VERBS, self.word(end));
            // ("Aumua-Lindqvist's lawyer, Cosima Dragović, …": a possessor is no subject.)
            let possessor = self
                .text
                .get(mention.end..)
                .is_some_and(|rest| rest.starts_with("’s ") || rest.starts_with("'s "));
            // Read backwards: a later candidate of the same sentence gives way to an earlier
            // one not after a preposition, unless the later one speaks.
            let speaker_found = best.is_some_and(|(_, _, spoke)| spoke);
            let subject_like = !after_preposition && !possessor;
            if best.is_none() || speaks || (subject_like && !speaker_found) {
                best = Some((sentence, entity, speaks));
            }
        }
        best.map(|(_, entity, _)| entity)
    }

    /// "The 61-year-old … wiped away tears. “…,” she said.", "A spokeswoman for Unison said
    /// … ‘…,’ she said.": what a description opening the pronoun's sentence or the one
    /// before (outside quotations) stands for, when no person is named between it and the
    /// pronoun and the gender fits: the person an age describes, the body a spokesperson
    /// speaks for. `Some(None)` when the description stands for nobody the text names (an
    /// unnamed spokesperson): the pronoun is theirs, not an earlier person's.
    fn described_subject(&self, offset: usize, gender: Gender) -> Option<Option<usize>> {
        self.description_for(offset, gender)
            .map(|(_, _, entity)| entity)
    }

    /// "A council spokeswoman said … “…,” she said": the unnamed spokesperson a pronoun
    /// (`span`) stands for, as [`Context::described_subject`] finds it, and the body the
    /// spokesperson speaks for, if the text names it.
    pub(super) fn described_spokesperson(&self, span: Span) -> Option<(Span, Option<usize>)> {
        let gender = lexicon::with_lower(span.slice(self.text), |lower| {
            lexicon::PERSON_PRONOUNS
                .contains(&lower)
                .then(|| Gender::of_pronoun(lower))
        })?;
        match self.description_for(span.start, gender)? {
            (description, true, body) => Some((description, body)),
            _ => None,
        }
    }

    /// [`Context::described_subject`], with the description's span and whether it is a
    /// spokesperson's.
    fn description_for(
        &self,
        offset: usize,
        gender: Gender,
    ) -> Option<(Span, bool, Option<usize>)> {
        let here = self.token_at(offset).checked_sub(1)?;
        let (description, described) = self.description_opening(here)?;
        let between = Span::new(description.end, offset);
        let named_between = self
            .mentions_from(self.first_mention_at(between.start))
            .take_while(|(m, _)| m.end <= between.end)
            .any(|(m, e)| {
                !self.is_quoted(m) && self.entities.get(e).is_some_and(|e| e.kind == Kind::Person)
            });
        if named_between {
            return None;
        }
        match described {
            Described::Aged => {
                let person = lexicon::with_lower(description.slice(self.text), |lower| {
                    described_by_age(self, description, lower)
                })?;
                (gender == Gender::Unknown || gender.fits(self.gender(person))).then_some((
                    description,
                    false,
                    Some(person),
                ))
            }
            Described::Spokesperson { noun, body } => {
                let noun_gender = match Gender::of_spokes_noun(self.word(noun)) {
                    Gender::Unknown => lexicon::with_lower(self.word(noun), Gender::of_person_noun),
                    known => known,
                };
                (gender == Gender::Unknown || gender.fits(noun_gender)).then_some((
                    description,
                    true,
                    body,
                ))
            }
        }
    }

    /// The description opening the sentence of token `here` or the one before ("The
    /// 61-year-old", "A spokeswoman for Unison"), and what it describes.
    fn description_opening(&self, here: usize) -> Option<(Span, Described)> {
        // Sentences are read back to their starts, a bounded number of tokens.
        const LOOK_BACK_TOKENS: usize = 200;
        let mut sentences = 0;
        for k in (here.saturating_sub(LOOK_BACK_TOKENS)..=here).rev() {
            // Sentences inside quotations are the speaker's, not the narrative's.
            if !self.opens_sentence(k) || self.is_quoted(self.tokens[k].span()) {
                continue;
            }
            let after_article = k + 1;
            let article = lexicon::contains_folded(lexicon::DETERMINERS, self.word(k));
            if after_article < here && article && self.word(after_article).ends_with("-year-old") {
                return Some((self.span_of(k, after_article + 1), Described::Aged));
            }
            // "A spokeswoman", "A council spokeswoman", "A Queensland Health spokesman": up
            // to three words of whose spokesperson between the article and the noun.
            const MODIFIERS: usize = 3;
            let noun = if article {
                (after_article..(after_article + MODIFIERS + 1).min(here))
                    .take_while(|&n| self.is_word(n))
                    .find(|&n| lexicon::is_spokes_noun(self.word(n)))
                    .unwrap_or(after_article)
            } else {
                k
            };
            if noun < here && lexicon::is_spokes_noun(self.word(noun)) {
                // "for Unison", "for the Taoiseach"; else a name before the noun.
                let word_at = |n: usize| (n < self.tokens.len()).then(|| self.word(n));
                let after_for = match word_at(noun + 2) {
                    Some("the") => noun + 3,
                    _ => noun + 2,
                };
                let body_after = (word_at(noun + 1) == Some("for"))
                    .then(|| self.tokens.get(after_for))
                    .flatten()
                    .and_then(|t| self.mention_starting_at(t.span().start));
                let body_before = || {
                    (after_article..noun)
                        .find_map(|n| self.mention_starting_at(self.tokens[n].span().start))
                        .filter(|(m, _)| m.end <= self.tokens[noun].span().start)
                };
                let body = body_after.or_else(body_before).map(|(_, entity)| entity);
                return Some((
                    self.span_of(k, noun + 1),
                    Described::Spokesperson { noun, body },
                ));
            }
            // "A European importer, who asked not to be named, told AFP": someone unnamed,
            // an indefinite article's noun set off by a comma or followed by a speech verb.
            // "My grandmother sold fish … she told me": kin the speaker does not name.
            let kin = k + 1 < here
                && lexicon::contains_folded(lexicon::PERSONAL_POSSESSIVES, self.word(k))
                && lexicon::contains_folded(lexicon::KINSHIP_NOUNS, self.word(k + 1));
            if kin {
                return Some((
                    self.span_of(k, k + 2),
                    Described::Spokesperson {
                        noun: k + 1,
                        body: None,
                    },
                ));
            }
            if let Some(noun) = self.unnamed_subject(k, here) {
                return Some((
                    self.span_of(k, noun + 1),
                    Described::Spokesperson { noun, body: None },
                ));
            }
            sentences += 1;
            if sentences == 2 {
                return None;
            }
        }
        None
    }

    /// The last word of "A European importer," or "One trader said" opening a sentence at
    /// token `k` (before token `here`): an indefinite article, up to four words the last in
    /// lower case, then a comma or a speech verb.
    fn unnamed_subject(&self, k: usize, here: usize) -> Option<usize> {
        const WORDS: usize = 4;
        let indefinite = lexicon::contains_folded(lexicon::INDEFINITE_OPENERS, self.word(k));
        if !indefinite {
            return None;
        }
        let sentence = self.tokens[k].sentence();
        let lower = |n: usize| self.word(n).starts_with(|c: char| c.is_lowercase());
        let last = (k + 1..(k + 1 + WORDS).min(here))
            .take_while(|&n| self.is_word(n) && self.tokens[n].sentence() == sentence)
            .last()?;
        let next = last + 1;
        (next < here
            && lower(last)
            && (self.word(next) == ","
                || (self.is_word(next)
                    && lexicon::contains_folded(lexicon::SPEECH_VERBS, self.word(next)))))
        .then_some(last)
    }

    /// The nearest person before `offset`, within the pronouns' look-back, whose name a
    /// speech verb follows ("McCreadie said", "Owusu told reporters").
    /// The person named nearest before `offset` (outside quotations), when the name opens
    /// its sentence.
    fn nearest_person_opening_a_sentence(&self, offset: usize) -> Option<usize> {
        let (mention, entity) = self.mentions_before(offset).find(|&(m, e)| {
            self.entities.get(e).is_some_and(|e| e.kind == Kind::Person) && !self.is_quoted(m)
        })?;
        self.opens_sentence(self.token_at(mention.start))
            .then_some(entity)
    }

    fn recent_speaker(&self, offset: usize) -> Option<usize> {
        let here = self
            .tokens
            .get(self.token_at(offset).saturating_sub(1))?
            .sentence();
        self.mentions_before(offset)
            .take_while(|&(m, _)| {
                let sentence = self
                    .tokens
                    .get(self.token_at(m.start))
                    .map_or(here, |t| t.sentence());
                here.saturating_sub(sentence) <= PRONOUN_SENTENCES_BACK
            })
            .find(|&(m, e)| {
                self.entities.get(e).is_some_and(|e| e.kind == Kind::Person)
                    && !self.is_quoted(m)
                    && self.speaks_after(self.token_at(m.end))
            })
            .map(|(_, e)| e)
    }

    /// Whether a speech verb stands at token `at`, or right after an insertion between
    /// commas that opens there ("Ms Mistry, a mother of three, said").
    fn speaks_after(&self, at: usize) -> bool {
        const INSERTION_TOKENS: usize = 30;
        if self.is_cue(at) {
            return true;
        }
        if self.tokens.get(at).is_none() || self.word(at) != "," {
            return false;
        }
        let sentence = self.tokens[at].sentence();
        (at + 1..(at + INSERTION_TOKENS).min(self.tokens.len()))
            .take_while(|&k| self.tokens[k].sentence() == sentence)
            .find(|&k| self.word(k) == ",")
            .is_some_and(|comma| self.is_cue(comma + 1))
    }

    fn is_quoted(&self, span: Span) -> bool {
        let index = self.quoted.partition_point(|q| q.span().end <= span.start);
        self.quoted
            .get(index)
            .is_some_and(|q| q.span().covers(span))
    }

    /// Mentions ending before `offset`, nearest first, a bounded number of them.
    fn mentions_before(&self, offset: usize) -> impl Iterator<Item = (Span, usize)> + '_ {
        // A pronoun or a role refers back a few sentences at most; the look-back is bounded
        // so a long text without a fitting entity stays linear.
        const LOOK_BACK: usize = 64;
        let end = self.first_mention_at(offset);
        self.mentions[..end]
            .iter()
            .rev()
            .take(LOOK_BACK)
            .map(|m| m.pair())
            .filter(move |(m, _)| m.end <= offset)
    }

    fn nearest_mention_before(
        &self,
        offset: usize,
        fits: impl Fn(Span, &Entity) -> bool,
    ) -> Option<usize> {
        self.mentions_before(offset)
            .find(|&(m, e)| self.entities.get(e).is_some_and(|e| fits(m, e)))
            .map(|(_, e)| e)
    }

    /// The entity of the nearest mention ending before `offset` that `fits`.
    pub(super) fn nearest_entity_before(
        &self,
        offset: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        self.nearest_mention_before(offset, |_, e| fits(e))
    }

    /// An unnamed speaker's phrase without the body it is placed in: "A senior official at
    /// the Ministry of Agriculture" is "A senior official", "One official in the Treasury"
    /// "One official". (Who speaks for a body, "a spokeswoman for the Home Office", is that
    /// body, resolved before this; where someone is from stays: "A grain grower from
    /// Walgett".)
    pub(super) fn without_affiliation(&self, source: Source) -> Source {
        if source.entity.is_some() {
            return source;
        }
        let first = self.token_at(source.span.start);
        let end = self.token_at(source.span.end);
        let placed_in_body = |k: usize| {
            let mut name = k + 1;
            if name < end && self.word(name).eq_ignore_ascii_case("the") {
                name += 1;
            }
            matches!(self.word(k), "at" | "in")
                && name < end
                && self.word(name).starts_with(char::is_uppercase)
        };
        // At least one word stays before the preposition.
        match (first + 1..end).find(|&k| placed_in_body(k)) {
            Some(k) => Source {
                span: Span::new(source.span.start, self.tokens[k - 1].span().end),
                ..source
            },
            None => source,
        }
    }

    /// A named speaker's source without the titles before the name: "Det Insp Rhiannon
    /// Blackwood" is Rhiannon Blackwood, "National Revenue Minister Anil Sethi" Anil Sethi.
    pub(super) fn without_title(&self, source: Source) -> Source {
        // A person's, or a name the extractor took for an organisation's: what stays is
        // capitalised words only, as a person's name is.
        let named = source
            .entity
            .and_then(|e| self.entities.get(e))
            .is_some_and(|e| matches!(e.kind, Kind::Person | Kind::Organization));
        if !named || self.entity_ending_at(source.span) != source.entity {
            return source;
        }
        let first = self.token_at(source.span.start);
        let end = self.token_at(source.span.end);
        let is_title = |k: usize| {
            let word = self.word(k).trim_end_matches('.');
            [
                lexicon::TITLES,
                lexicon::TITLE_HEADS,
                lexicon::MALE_TITLES,
                lexicon::FEMALE_TITLES,
                lexicon::NAME_PREFIXES,
            ]
            .iter()
            .any(|list| lexicon::contains_folded(list, word))
        };
        // The name starts after the last title, and keeps at least one capitalised word.
        let Some(last_title) = (first..end.saturating_sub(1)).rev().find(|&k| is_title(k)) else {
            return source;
        };
        let name = (last_title + 1..end).find(|&k| self.is_word(k));
        let capitalised = (last_title + 1..end)
            .filter(|&k| self.is_word(k))
            .all(|k| self.word(k).starts_with(char::is_uppercase));
        match name {
            Some(k) if capitalised => Source {
                span: Span::new(self.tokens[k].span().start, source.span.end),
                ..source
            },
            _ => source,
        }
    }

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
