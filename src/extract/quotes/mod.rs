//! Quotations, who they are attributed to, and the cue that attributes them, in stages:
//!
//! 1. [`marks`]: the quotation marks of every English house style, the document's convention
//!    counted once, apostrophes told apart, only outermost quotations, one quotation over
//!    paragraphs that reopen with a mark.
//! 2. [`attribution`]: an ordered table of rules finds each quotation's cue and source phrase
//!    ("“…,” SANA said", "said KCNA", "according to X", "X added: ‘…’", "— Name, role").
//! 3. [`resolution`]: the phrase resolved to an entity (a name, a pronoun by gender and
//!    salience, a role, an age, an organisation's common noun) or kept as written.
//! 4. [`classify`]: speech or a scare quote (a title, a nickname, a word used as a word),
//!    decided once; the export and the TUI read the decision.
//! 5. [`unmarked`]: quotations without marks, block and pull quotations.
//!
//! Each quotation records the rule that found its source and how the source was resolved.

use std::cell::OnceCell;

use super::lexicon;
use super::segment::{Token, TokenKind};
use crate::model::{Entity, Kind, Offsets, Quote, QuoteKind, Source, SourceRule, Span};

mod attribution;
mod classify;
mod marks;
mod resolution;
mod unmarked;

use attribution::{Attribution, attribute};

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    /// Every entity's mentions, sorted by span.
    mentions: &'a [MentionAt],
    /// Each entity's gender as the text shows it ([`resolution::gender`]), worked out the
    /// first time a pronoun asks for it: most entities are never asked.
    genders: &'a [OnceCell<resolution::Gender>],
    /// The marked quotations, in order: names inside them are no one's antecedent. The list
    /// the stages fill in, read between the quotations they fill.
    quoted: &'a [Quote],
}

/// A mention of an entity as the stages look it up: twelve bytes where a span and an index
/// take twenty-four, for a list holding every mention of the text. Ordered as (span, entity).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct MentionAt {
    span: Offsets,
    entity: u32,
}

impl MentionAt {
    /// An index past 32 bits (beyond any text read) is held as the largest.
    fn new(span: Span, entity: usize) -> Self {
        MentionAt {
            span: span.into(),
            entity: u32::try_from(entity).unwrap_or(u32::MAX),
        }
    }

    /// The mention's span and its entity's index.
    fn pair(self) -> (Span, usize) {
        (self.span.span(), self.entity as usize)
    }
}

fn is_cue_word(word: &str) -> bool {
    lexicon::contains_folded(lexicon::SPEECH_VERBS, word)
        || lexicon::contains_folded(lexicon::MANNER_CUES, word)
}

impl Context<'_> {
    /// The gender of entity `entity` as the text shows it (unknown for an index past the
    /// entities).
    pub(super) fn gender(&self, entity: usize) -> resolution::Gender {
        match (self.genders.get(entity), self.entities.get(entity)) {
            (Some(cell), Some(e)) => {
                *cell.get_or_init(|| resolution::gender(self.text, self.tokens, e))
            }
            _ => resolution::Gender::default(),
        }
    }

    /// Whether token `k` is the first of its sentence (the segmenter's sentences, not
    /// [`crate::extract::segment::Token::sentence_start`], which also marks the first word
    /// after a colon or an opening mark).
    pub(super) fn opens_sentence(&self, k: usize) -> bool {
        k == 0 || self.tokens[k - 1].sentence() != self.tokens[k].sentence()
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// `f` of token `i` in lower case, without allocating for short ASCII words.
    pub(super) fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        lexicon::with_lower(self.word(i), f)
    }

    /// Index of the first token starting at or after `offset`.
    pub(super) fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < offset)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() != TokenKind::Punct)
    }

    /// Index of the first mention starting at or after `offset`.
    pub(super) fn first_mention_at(&self, offset: usize) -> usize {
        self.mentions
            .partition_point(|m| m.span.span().start < offset)
    }

    /// The mentions from index `first` on, in order, as (span, entity index).
    pub(super) fn mentions_from(&self, first: usize) -> impl Iterator<Item = (Span, usize)> + '_ {
        self.mentions
            .get(first..)
            .unwrap_or_default()
            .iter()
            .map(|m| m.pair())
    }

    /// The mention starting exactly at `offset`, as (span, entity index).
    pub(super) fn mention_starting_at(&self, offset: usize) -> Option<(Span, usize)> {
        self.mentions_from(self.first_mention_at(offset))
            .next()
            .filter(|(m, _)| m.start == offset)
    }

    pub(super) fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.tokens[from].span().start,
            self.tokens[to - 1].span().end,
        )
    }
}

/// Finds quotations and their sources. `entities` gives the names sources resolve to.
pub fn find(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &[Token],
    entities: &[Entity],
) -> Vec<Quote> {
    // The marked quotations, each filled in where it stands: one list, where a list of
    // their marks beside a list of quotations held both (a text of quotations every few
    // bytes holds one per quotation).
    let (_, mut quotes) = marks::quotations(text, paragraphs);
    let mentions = sorted_mentions(entities);
    let genders = vec![OnceCell::new(); entities.len()];
    // What the stages read, but for the quotations, which are the list being filled in.
    let shared = Context {
        text,
        tokens,
        entities,
        mentions: &mentions,
        genders: &genders,
        quoted: &[],
    };
    let mut previous: Option<(Attribution, usize)> = None;
    for index in 0..quotes.len() {
        let (mut quote, attribution, term) = marked_quote(
            &Context {
                quoted: &quotes,
                ..shared
            },
            sentences,
            index,
            previous,
        );
        previous = Some((attribution, quote.span().end));
        // A term's words are set apart whatever else is found, so its kind is known now; the
        // others' kinds are decided below, and read as quotations until then. (The kind
        // holds what a list of one flag a quotation would.)
        quote.set_kind(if term {
            QuoteKind::ScareQuote
        } else {
            QuoteKind::Quotation
        });
        quotes[index] = quote;
    }
    attribution::repeated_sources(text, &mut quotes);
    for quote in &mut quotes {
        let term = !quote.is_quotation();
        quote.set_kind(classify::decide(text, quote, term));
    }
    // Each kind without marks only where no quotation stands yet, so quotations stay apart.
    let context = Context {
        quoted: &quotes,
        ..shared
    };
    let blocks = unmarked::block_quotes(&context, paragraphs, sentences, &quotes);
    // A block quotation is the outer one: scare quotes inside it are its words.
    // Blocks are in text order and apart: one binary search per quotation.
    quotes.retain(|q| {
        let block = blocks.partition_point(|b| b.span().end < q.span().end);
        !blocks.get(block).is_some_and(|b| b.span().covers(q.span()))
    });
    add_apart(&mut quotes, blocks);
    // (Pull quotations ask no pronoun, so which quotations the context holds is no matter.)
    let context = Context {
        quoted: &quotes,
        ..shared
    };
    let pulled = unmarked::pull_quotes(&context, paragraphs, sentences, &quotes);
    add_apart(&mut quotes, pulled);
    // Room was made for a quotation at every opening mark.
    quotes.shrink_to_fit();
    quotes
}

/// The marked quotation `context.quoted[index]` with its attribution, given the one before
/// it.
fn marked_quote(
    context: &Context,
    sentences: &[Span],
    index: usize,
    previous: Option<(Attribution, usize)>,
) -> (Quote, Attribution, bool) {
    let spans = context.quoted;
    let (span, inner) = (spans[index].span(), spans[index].inner());
    let text = context.text;
    let mut attribution = attribute(context, sentences, spans, index);
    let previous_end = index.checked_sub(1).map_or(0, |p| spans[p].span().end);
    let term = classify::is_term(
        context,
        sentences,
        span,
        previous_end,
        attribution.source.is_some(),
    );
    if term {
        attribution = Attribution::NONE;
    } else if attribution.source.is_none()
        && let Some((earlier, earlier_end)) = previous
    {
        // "A," she said, "B." and "X said. “B.”": the quotation before in the same
        // paragraph, or the paragraph before, lends its source.
        let between = Span::new(earlier_end, span.start).slice(text);
        // The length first: what lies between two quotations can be long.
        // The same paragraph, or the quotation opens the next one ("‘…,’ Cr Jayo said.
        // ¶ ‘…’"), however many blank lines stand between the paragraphs.
        let same_paragraph = !between.contains('\n');
        let opens_next_paragraph = between
            .rsplit('\n')
            .next()
            .is_some_and(|last_line| last_line.trim().is_empty())
            && between
                .lines()
                .filter(|line| !line.trim().is_empty())
                .count()
                <= 1;
        let close = between.len() < 200 && (same_paragraph || opens_next_paragraph);
        if close
            && earlier.source.is_some()
            && !new_subject_between(context, sentences, earlier.source, earlier_end, span.start)
            && !names_other_person_after(context, sentences, earlier.source, span.end)
        {
            attribution = Attribution {
                rule: Some(SourceRule::SplitQuotation),
                ..earlier
            };
        }
    }
    let mut quote = Quote::new(span, inner);
    quote.set_source(
        (attribution.source).map(|s| context.without_affiliation(context.without_title(s))),
    );
    quote.set_cue(attribution.cue);
    quote.set_via(attribution::via_inside(context, inner));
    quote.set_short(is_short(inner.slice(text)));
    // Resolved as written, before the titles came off the name.
    quote.set_source_rule(
        attribution
            .rule
            .zip(attribution.source)
            .map(|(rule, source)| (rule, context.resolution(source))),
    );
    (quote, attribution, term)
}

/// Whether a sentence opening between two quotations, from `from` to `to`, opens with a
/// name other than the earlier quotation's source: "… of “sleepwalking”. Mayor Ortiz
/// dismissed the plan as “arithmetic”." The later quotation is the new subject's, not a
/// continuation of the earlier one.
fn new_subject_between(
    context: &Context,
    sentences: &[Span],
    earlier: Option<Source>,
    from: usize,
    to: usize,
) -> bool {
    let first = sentences.partition_point(|s| s.start <= from);
    let mut opening = sentences[first..].iter().take_while(|s| s.start < to);
    opening.any(|sentence| {
        let Some(&mention) = context
            .mentions
            .get(context.first_mention_at(sentence.start))
        else {
            return false;
        };
        let (name, entity) = mention.pair();
        // Up to two capitalised words before it: an article or a title ("The", "Mayor").
        let before = Span::new(sentence.start, name.start).slice(context.text);
        let opens = name.end <= to
            && name.start < sentence.end
            && before.split_whitespace().count() <= 2
            && before
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        opens && !names_source(earlier, name, entity)
    })
}

/// Whether the mention `name` of `entity` names the `earlier` quotation's source: its
/// entity, or words inside its source's phrase.
fn names_source(earlier: Option<Source>, name: Span, entity: usize) -> bool {
    earlier.is_some_and(|source| source.entity == Some(entity) || source.span.covers(name))
}

/// Whether the sentence a quotation ends in names, after it, a person other than the earlier
/// quotation's source: "“This is a disgrace” — that was the verdict of Cllr Jane Moss." is
/// no continuation of the quotation before.
fn names_other_person_after(
    context: &Context,
    sentences: &[Span],
    earlier: Option<Source>,
    end: usize,
) -> bool {
    // The rest of the sentence, or the first words of a long one: what follows a quotation
    // and names its speaker is short, and the look-ahead is bounded.
    const REACH: usize = 200;
    let sentence_end = sentences
        .get(sentences.partition_point(|s| s.end < end))
        .map_or(end, |s| s.end)
        .min(end + REACH);
    let first = context.first_mention_at(end);
    (context.mentions.get(first..).unwrap_or_default().iter())
        .map(|mention| mention.pair())
        .take_while(|(name, _)| name.end <= sentence_end)
        .any(|(name, entity)| {
            let person = context
                .entities
                .get(entity)
                .is_some_and(|e| e.kind == Kind::Person);
            person && !names_source(earlier, name, entity)
        })
}

/// Short is two words or fewer: counting stops at the third.
fn is_short(words: &str) -> bool {
    let count = words
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(3)
        .count();
    count <= 2
}

/// Every mention with its entity, sorted by span (and entity), as [`Context`] holds them.
/// Entities come in the order of their first mentions and hold theirs in text order, so the
/// first mentions are sorted already (sorting them only checks it): only the later ones are
/// sorted, and merged in. Sorting the whole list was a sixth of the time `find` takes.
fn sorted_mentions(entities: &[Entity]) -> Vec<MentionAt> {
    let total = entities.iter().map(|e| e.mentions.len()).sum();
    let mut mentions: Vec<MentionAt> = Vec::with_capacity(total);
    mentions.extend(
        (entities.iter().enumerate())
            .filter_map(|(e, entity)| Some(MentionAt::new(*entity.mentions.first()?, e))),
    );
    let mut later: Vec<MentionAt> = Vec::with_capacity(total - mentions.len());
    later.extend((entities.iter().enumerate()).flat_map(|(e, entity)| {
        (entity.mentions.iter().skip(1)).map(move |&m| MentionAt::new(m, e))
    }));
    // Pairs are unique (an entity holds a span once), so the unstable sort gives the order
    // the stable one would.
    mentions.sort_unstable();
    later.sort_unstable();
    // Merged from the back, each into the room at the end of the first mentions.
    let mut firsts = mentions.len();
    mentions.resize(total, MentionAt::default());
    for slot in (0..total).rev() {
        let Some(&next_later) = later.last() else {
            break;
        };
        if firsts > 0 && mentions[firsts - 1] > next_later {
            firsts -= 1;
            mentions[slot] = mentions[firsts];
        } else {
            mentions[slot] = next_later;
            later.pop();
        }
    }
    mentions
}

/// Adds quotations that overlap none of `quotes` (sorted, apart) nor each other, keeping the
/// list sorted.
fn add_apart(quotes: &mut Vec<Quote>, more: Vec<Quote>) {
    if more.is_empty() {
        return;
    }
    let mut more: Vec<Quote> = more
        .into_iter()
        .filter(|q| quote_overlapping(quotes, q.span()).is_none())
        .collect();
    more.sort_by_key(Quote::span);
    // Of two new ones that overlap, the first stays.
    let mut kept: Vec<Quote> = Vec::with_capacity(more.len());
    for quote in more {
        if kept
            .last()
            .is_none_or(|last| !last.span().overlaps(quote.span()))
        {
            kept.push(quote);
        }
    }
    quotes.extend(kept);
    quotes.sort_by_key(Quote::span);
}

/// Index of the first quotation in `quotes` (sorted, apart) that overlaps `span`, if any.
pub(super) fn quote_overlapping(quotes: &[Quote], span: Span) -> Option<usize> {
    let index = quotes.partition_point(|q| q.span().end <= span.start);
    quotes
        .get(index)
        .filter(|q| q.span().overlaps(span))
        .map(|_| index)
}

/// Whether only characters `skipped` says are filler stand between the line's start and byte
/// `start`: read back over them alone, so a long line is never read through again for each
/// quotation on it.
pub(super) fn opens_line(text: &str, start: usize, skipped: impl Fn(char) -> bool) -> bool {
    text.get(..start).is_some_and(|before| {
        (before.chars().rev())
            .find(|&c| !skipped(c))
            .is_none_or(|c| c == '\n' || c == '\r')
    })
}

/// Where the sentence holding `offset` starts (`offset` itself between sentences).
pub(super) fn sentence_start(sentences: &[Span], offset: usize) -> usize {
    sentence_of(sentences, offset)
        .and_then(|s| sentences.get(s))
        .map_or(offset, |s| s.start)
}

pub(super) fn sentence_of(sentences: &[Span], offset: usize) -> Option<usize> {
    let index = sentences.partition_point(|s| s.end <= offset);
    sentences
        .get(index)
        .filter(|s| s.start <= offset)
        .map(|_| index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    #[test]
    fn mentions_are_sorted_whatever_the_order_of_the_entities() {
        let entity = |spans: &[(usize, usize)]| Entity {
            name: String::new(),
            kind: Kind::Person,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: spans
                .iter()
                .map(|&(start, end)| Span::new(start, end))
                .collect(),
            grounds: Default::default(),
        };
        let cases = [
            vec![],
            vec![entity(&[])],
            vec![
                entity(&[(0, 3), (10, 13), (40, 43)]),
                entity(&[(5, 8), (20, 28)]),
            ],
            // Out of the order of their first mentions, one empty, two sharing spans.
            vec![
                entity(&[(30, 35), (50, 52)]),
                entity(&[]),
                entity(&[(0, 9), (30, 33), (60, 61)]),
                entity(&[(0, 4), (30, 35)]),
                entity(&[(12, 14)]),
            ],
        ];
        for entities in cases {
            let mut expected: Vec<(Span, usize)> = (entities.iter().enumerate())
                .flat_map(|(e, entity)| entity.mentions.iter().map(move |&m| (m, e)))
                .collect();
            expected.sort();
            let sorted: Vec<(Span, usize)> = sorted_mentions(&entities)
                .into_iter()
                .map(MentionAt::pair)
                .collect();
            assert_eq!(sorted, expected);
        }
    }
}
