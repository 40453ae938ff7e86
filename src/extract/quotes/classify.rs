//! Speech or words set apart: which quoted words someone said, and which are scare quotes,
//! titles, nicknames, words used as words or defined terms.

use super::lexicon;
use super::{Context, sentence_start};
use crate::model::{Quote, QuoteKind, Span};

/// Whether the quotation at `span` names or cites words rather than reporting speech: it sits
/// inside a noun phrase (`the "History" section`), follows a citing word (`the words "and
/// Emergency"`), or, with no speaker found, follows a naming verb in its sentence (`dubbed the
/// conflict: "Scientology vs. the Internet"`).
pub(super) fn is_term(
    context: &Context,
    sentences: &[Span],
    span: Span,
    previous_end: usize,
    has_source: bool,
) -> bool {
    let first = context.token_at(span.start);
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let after = context.token_at(span.end);
    let same_sentence = |i: usize| {
        context
            .tokens
            .get(i)
            .zip(context.tokens.get(first))
            .is_some_and(|(a, b)| a.sentence() == b.sentence())
    };
    let word_before = context.word(before);
    // "called her ‘a true original’": "her" after a speech verb is its object, no
    // possessive opening a noun phrase.
    let object_of_cue = word_before.eq_ignore_ascii_case("her")
        && before
            .checked_sub(1)
            .is_some_and(|verb| same_sentence(verb) && context.is_cue(verb));
    // (`a “weighty factor” but …`, `a "cliff edge" for the sector`: a conjunction or a
    // preposition after the marks ends the phrase they stand in; no noun follows them.)
    let noun_after =
        || !lexicon::contains_folded(lexicon::PHRASE_ENDING_WORDS, context.word(after));
    let inside_noun_phrase = !object_of_cue
        && lexicon::contains_folded(lexicon::NOUN_PHRASE_OPENERS, word_before)
        && context.is_word(after)
        && context.tokens[after].span().start == span.end + 1
        && same_sentence(before)
        && noun_after();
    // "Darren ‘Dazza’ Whitlow", "Maria Consuelo "Connie" Dizon": capitalised words set
    // between a name's words are a nickname.
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let nickname = capitalised(word_before)
        && context.is_word(before)
        && context.is_word(after)
        && capitalised(context.word(after))
        && context.tokens[after].span().start == span.end + 1
        && context.tokens[before].span().end + 1 == span.start
        && same_sentence(after)
        && {
            let inner = span.slice(context.text);
            inner.split_whitespace().count() <= 3
                && inner.split_whitespace().all(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                })
        };
    if inside_noun_phrase
        || nickname
        || lexicon::contains_folded(lexicon::CITING_WORDS, word_before)
    {
        return true;
    }
    if has_source {
        return false;
    }
    // The naming verb stands in the same clause: within the sentence, after the quotation
    // before, and a few dozen words back at most (so a sentence of many quotations stays
    // linear).
    const CLAUSE_WORDS: usize = 40;
    let floor = context
        .token_at(sentence_start(sentences, span.start).max(previous_end))
        .max(first.saturating_sub(CLAUSE_WORDS));
    (floor..first).rev().any(|k| {
        context.is_word(k) && lexicon::contains_folded(lexicon::NAMING_VERBS, context.word(k))
    })
}

/// What the kind rules read of one quotation.
struct Facts<'a> {
    inner: &'a str,
    /// The character right after the closing mark.
    after: Option<char>,
    term: bool,
    attributed: bool,
    short: bool,
    /// Nothing but space stands before the opening mark on its line.
    opens_line: bool,
    /// The word after the closing mark and a space starts in lower case.
    next_word_lower: bool,
}

type KindRule = fn(&Facts) -> Option<QuoteKind>;

/// The kind rules, in order: the first that answers decides; a quotation none answers is a
/// scare quote.
const RULES: &[KindRule] = &[
    cited_or_named,
    title_of_a_work,
    name_in_marks,
    attributed,
    headline_before_colon,
    speech_shaped,
];

/// Whether quoted words are speech or words set apart, by the first rule of [`RULES`] that
/// answers. `term` says whether [`is_term`] found them named or cited.
pub(super) fn decide(text: &str, quote: &Quote, term: bool) -> QuoteKind {
    let facts = Facts {
        inner: quote.inner().slice(text).trim_end(),
        after: text.get(quote.span().end..).and_then(|r| r.chars().next()),
        term,
        attributed: quote.source().is_some(),
        short: quote.short(),
        opens_line: opens_line(text, quote.span().start),
        next_word_lower: text
            .get(quote.span().end..)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(char::is_lowercase)),
    };
    RULES
        .iter()
        .find_map(|rule| rule(&facts))
        .unwrap_or(QuoteKind::ScareQuote)
}

/// Whether only spaces stand between the line's start and byte `start`.
fn opens_line(text: &str, start: usize) -> bool {
    super::opens_line(text, start, |c| matches!(c, ' ' | '\t'))
}

/// Words a noun phrase, a citing word or a naming verb sets apart are a name or a term:
/// the "History" section, the word “unputdownable”, nicknamed “Little Chekhov”.
fn cited_or_named(facts: &Facts) -> Option<QuoteKind> {
    facts.term.then_some(QuoteKind::ScareQuote)
}

/// Capitalised words that do not end like a sentence are a title: “A Monsoon of Small Hours”,
/// "Cowboys and Indians". Title case leaves only its small words in lower case, so a lower-case
/// word of any other kind makes the words speech: ‘Thank you, Tam,’ he said.
fn title_of_a_work(facts: &Facts) -> Option<QuoteKind> {
    if facts.inner.ends_with(['.', '!', '?']) {
        return None;
    }
    // Counted in one pass, without collecting the words: asked of every quotation.
    let (mut words, mut capitalised) = (0, 0);
    crate::extract::segment::word_initials(facts.inner, |first| {
        words += 1;
        capitalised += usize::from(first.is_uppercase());
        true
    });
    let title_case = || {
        facts.inner.split_whitespace().all(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            !word.starts_with(char::is_lowercase)
                || lexicon::contains(lexicon::TITLE_CASE_SMALL_WORDS, word)
        })
    };
    (words >= 2 && capitalised * 3 >= words * 2 && title_case()).then_some(QuoteKind::ScareQuote)
}

/// One capitalised word in marks before the rest of its clause is a name set apart, a
/// storm's or a nickname: Pagasa said ‘Dindo’ was last spotted east of Casiguran.
fn name_in_marks(facts: &Facts) -> Option<QuoteKind> {
    let one_capitalised_word = facts.inner.starts_with(char::is_uppercase)
        && facts.inner.chars().all(|c| c.is_alphabetic() || c == '-');
    (one_capitalised_word && facts.next_word_lower).then_some(QuoteKind::ScareQuote)
}

/// Words someone is said to have said are a quotation, one word or many: ‘relaxed’, a
/// Treasury source said.
fn attributed(facts: &Facts) -> Option<QuoteKind> {
    facts.attributed.then_some(QuoteKind::Quotation)
}

/// "‘We cannot build our way out of this’: housing minister on the crisis": a quotation
/// opening a line before a colon is a headline's quotation of what someone said, whoever
/// the line goes on to name.
fn headline_before_colon(facts: &Facts) -> Option<QuoteKind> {
    (facts.opens_line
        && facts.after == Some(':')
        && facts.inner.split_whitespace().nth(2).is_some())
    .then_some(QuoteKind::Quotation)
}

/// More than two words that end the way speech does are a quotation; the closing stop may
/// stand inside the marks or, in British style, after them.
fn speech_shaped(facts: &Facts) -> Option<QuoteKind> {
    let inside = facts.inner.ends_with(['.', '!', '?', ',', '…', ';']);
    let outside = facts
        .after
        .is_some_and(|c| matches!(c, '.' | ',' | '!' | '?' | ';'));
    (!facts.short && (inside || outside)).then_some(QuoteKind::Quotation)
}
