//! Quotations, who they are attributed to, and the cue that attributes them.
//!
//! Spans: text between curly (“ ”), straight (") or angle (« ») double quotation marks, one
//! paragraph at a time; a quotation whose paragraph ends without a closing mark continues
//! when the next paragraph reopens with the same mark, as news style writes long quotes.
//!
//! Attribution, in order of trust: a cue right after the quotation ("“…,” SANA said", "…,"
//! said KCNA"); a cue before it in its sentence ("As Syria’s state media noted, “…”", "X said
//! that … “…”"); "according to X"; then the sentence before ("X said. “…”", "X tweeted:").
//! A pronoun source ("he said") is resolved to the nearest fitting entity before it.
//!
//! Quoted words that name or cite something (`the "History" section`, `the words "and
//! Emergency"`) are terms, not speech. Two kinds of quotation have no marks: the paragraph a
//! speech verb and a colon introduce (a block quotation), and a sentence a page prints twice
//! with its speaker's name under it (a pull quotation).

use super::hash::FastMap;
use super::lexicon::{self, WordList};
use super::names::strip_possessive;
use super::segment::{Token, TokenKind};
use crate::model::{Entity, Kind, Quote, Source, Span};

mod marks;

/// Words between a subject and its speech verb that are not part of the subject.
static SKIPPED_BEFORE_CUE: WordList = WordList::new(&[
    "also",
    "further",
    "later",
    "then",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "will",
    "would",
    "once",
    "again",
    "previously",
    "earlier",
    "recently",
    "subsequently",
    "had",
    "did",
    "does",
    "do",
    "not",
    "has",
    "just",
    "first",
    "finally",
    "still",
]);

/// Words that end a subject phrase when reading backwards from the verb.
static SUBJECT_STOPS: WordList = WordList::new(&[
    "as",
    "that",
    "which",
    "who",
    "and",
    "but",
    "when",
    "while",
    "because",
    "so",
    "if",
    "with",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "is",
    "are",
    "was",
    "were",
    "be",
    "get",
    "gets",
    "after",
    "before",
    "since",
    "although",
    "though",
    "where",
    "what",
    "how",
    "why",
    "said",
    "says",
    "told",
    "however",
    "meanwhile",
    "allegedly",
    "reportedly",
    "yet",
    "or",
    "about",
    "into",
    "than",
    "then",
]);

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    /// (mention span, entity index), sorted by span.
    mentions: Vec<(Span, usize)>,
}

fn is_cue_word(word: &str) -> bool {
    lexicon::contains_folded(lexicon::SPEECH_VERBS, word)
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// `f` of token `i` in lower case, without allocating for short ASCII words.
    fn with_lower<R>(&self, i: usize, f: impl FnOnce(&str) -> R) -> R {
        lexicon::with_lower(self.word(i), f)
    }

    /// Index of the first token starting at or after `offset`.
    fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    fn entity_ending_at(&self, span: Span) -> Option<usize> {
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
    fn resolve(&self, span: Span) -> Option<usize> {
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

    fn nearest_before(&self, offset: usize, kinds: &[Kind]) -> Option<usize> {
        self.nearest_entity_before(offset, |entity| kinds.contains(&entity.kind))
    }

    /// The nearest person before `offset` with a role ending in `title` ("Interior Minister"
    /// for "minister").
    fn nearest_holding(&self, offset: usize, title: &str) -> Option<usize> {
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
    fn nearest_entity_before(
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

    /// Whether token `i` is a speech verb someone speaks with. Not a capitalised word inside a
    /// sentence ("the United States"), not a noun ("the claims"), not "pointed" without "out",
    /// not a passive ("has been told", "was asked": the subject heard it, it did not say it).
    fn is_cue(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        let word = self.word(i);
        if !is_cue_word(word) && !self.issues_statement(i) {
            return false;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised && !token.sentence_start {
            return false;
        }
        if word.eq_ignore_ascii_case("pointed") {
            return self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.text(self.text).eq_ignore_ascii_case("out"));
        }
        // "denied the claims", "his remarks": after a determiner the word is a noun.
        let after_determiner = i > 0
            && self.tokens[i - 1].sentence == token.sentence
            && lexicon::contains_folded(lexicon::NOUN_PHRASE_OPENERS, self.word(i - 1));
        if after_determiner {
            return false;
        }
        let participle = word.ends_with("ed") || matches!(word, "told" | "written");
        // "was told", "were never asked", "has been repeatedly told".
        let auxiliary = (1..=3)
            .filter_map(|back| i.checked_sub(back))
            .take_while(|&k| self.tokens[k].sentence == token.sentence && self.is_word(k))
            .map(|k| self.word(k))
            .find(|w| !(w.ends_with("ly") || matches!(*w, "never" | "not" | "also" | "just")));
        let passive = participle
            && auxiliary.is_some_and(|w| lexicon::contains_folded(lexicon::PASSIVE_AUXILIARIES, w));
        !passive
    }

    /// "issued a statement", "released a short statement": the verb puts words out as
    /// surely as "said" does.
    fn issues_statement(&self, i: usize) -> bool {
        let word = self.word(i);
        if !lexicon::contains_folded(lexicon::STATEMENT_VERBS, word) {
            return false;
        }
        let sentence = self.tokens[i].sentence;
        (i + 1..i + 4)
            .take_while(|&k| self.tokens.get(k).is_some_and(|t| t.sentence == sentence))
            .any(|k| lexicon::contains_folded(lexicon::STATEMENT_NOUNS, self.word(k)))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// The subject phrase ending right before token `cue` (exclusive), reading backwards
    /// within the sentence, as token indices `from..to`.
    fn subject_before(&self, cue: usize, floor: usize) -> Option<(usize, usize)> {
        let mut to = cue;
        while to > floor
            && self.is_word(to - 1)
            && lexicon::contains_folded(&SKIPPED_BEFORE_CUE, self.word(to - 1))
        {
            to -= 1;
        }
        let mut from = to;
        while from > floor && self.is_word(from - 1) && from + 8 > to {
            let capitalised = self
                .word(from - 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let stop = self.with_lower(from - 1, |lower| {
                SUBJECT_STOPS.contains(&lower)
                    && !(capitalised && from - 1 > floor && lower != "as")
            });
            if stop || self.is_cue(from - 1) && from != to {
                break;
            }
            from -= 1;
        }
        (from < to).then_some((from, to))
    }

    fn span_of(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// A subject phrase, or the person it stands in apposition to ("Jeff Rathke, the State
    /// Department Spokesperson, said").
    fn source_before(&self, cue: usize, floor: usize) -> Option<Source> {
        // "X, the spokesperson, said": the apposition's closing comma before the verb.
        let after_comma = cue > floor + 1 && self.word(cue - 1) == ",";
        let cue = if after_comma { cue - 1 } else { cue };
        let (from, to) = self.subject_before(cue, floor)?;
        let span = self.span_of(from, to);
        let entity = self.resolve(span);
        let is_person = entity
            .and_then(|e| self.entities.get(e))
            .is_some_and(|e| e.kind == Kind::Person);
        if !is_person && from > floor && self.word(from - 1) == "," {
            // Walk back over comma-separated appositions to a person's name.
            let mut boundary = from - 1;
            for _ in 0..4 {
                let Some((a, b)) = self.subject_before(boundary, floor) else {
                    break;
                };
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
                    break;
                }
                boundary = a - 1;
            }
            // "Cynthia Thompson, curator of exhibits at the University of Arkansas,
            // Fayetteville, said": the person whose name opens the apposition.
            if let Some(person) = self.person_before_comma(floor, from) {
                return Some(person);
            }
        }
        // "Hilary Braysmith, associate professor of art history, said": the phrase before the
        // verb ends an apposition that began after a person's name.
        if !is_person
            && after_comma
            && let Some(person) = self.person_before_comma(floor, from)
        {
            return Some(person);
        }
        Some(Source { span, entity })
    }

    /// "One poster admitted to being part of the effort, writing in a blog post “…”": a cue
    /// in "-ing" after a comma speaks for the subject that opens the sentence: the name before
    /// its verb, or its first few plain words.
    fn participle_subject(&self, cue: usize, floor: usize) -> Option<Source> {
        let word = self.word(cue);
        if !word.ends_with("ing") || cue <= floor + 1 || self.word(cue - 1) != "," {
            return None;
        }
        // The first verb-like word in the first few, unless punctuation comes first.
        let is_verb = |k: usize| {
            let word = self.word(k);
            word.ends_with("ed") || is_cue_word(word)
        };
        let verb = (floor + 1..cue)
            .take(6)
            .find(|&k| is_verb(k) || !self.is_word(k))
            .filter(|&k| is_verb(k))?;
        // A name before the verb is the subject ("Mayor Anna Berg opened …").
        let start = self.tokens[floor].span.start;
        let end = self.tokens[verb].span.start;
        let first = self.mentions.partition_point(|(m, _)| m.start < start);
        let named = self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.end <= end)
            .last();
        if let Some(&(mention, entity)) = named {
            return Some(Source {
                span: mention,
                entity: Some(entity),
            });
        }
        let plain = (floor + 1..verb).all(|k| !self.word(k).starts_with(char::is_uppercase));
        plain.then(|| Source {
            span: self.span_of(floor, verb),
            entity: None,
        })
    }

    /// A person's or organisation's name standing right after `span`, alone or before a comma
    /// (an attribution line: "Valeska Paris", "Charles Bolden, NASA Administrator").
    fn name_right_after(&self, span: Span) -> Option<Source> {
        let next = self.tokens.get(self.token_at(span.end))?;
        let between = Span::new(span.end, next.span.start).slice(self.text);
        if !between.chars().all(char::is_whitespace) {
            return None;
        }
        let first = self
            .mentions
            .partition_point(|(m, _)| m.start < next.span.start);
        let &(mention, entity) = self
            .mentions
            .get(first)
            .filter(|(m, _)| m.start == next.span.start)?;
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
    fn person_before_comma(&self, floor: usize, limit: usize) -> Option<Source> {
        let start = self.tokens.get(floor)?.span.start;
        let end = self
            .tokens
            .get(limit)
            .map_or(self.text.len(), |t| t.span.start);
        let first = self.mentions.partition_point(|(m, _)| m.start < start);
        self.mentions[first..]
            .iter()
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
            .map(|&(span, e)| Source {
                span,
                entity: Some(e),
            })
    }

    /// The phrase after token `start`: a name or noun phrase up to punctuation or a
    /// preposition ("said KCNA", "said the post by an unknown author").
    fn source_after(&self, start: usize, limit: usize) -> Option<Source> {
        let mut end = start;
        while end < limit && self.is_word(end) && end < start + 8 {
            if end > start && lexicon::contains_folded(&SUBJECT_STOPS, self.word(end)) {
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
        // "in the words of the Crown prosecutor, Mark Tedeschi, QC": the name in apposition.
        if !is_person
            && self
                .tokens
                .get(end)
                .is_some_and(|t| t.text(self.text) == ",")
        {
            let limit = (end + 6).min(limit).min(self.tokens.len());
            if let Some(person) = self.person_before_comma(end + 1, limit) {
                return Some(person);
            }
        }
        Some(Source { span, entity })
    }

    /// "according to X" starting at token `i`: the cue span and X.
    fn according_to(&self, i: usize, limit: usize) -> Option<(Span, Source)> {
        // Asked of every token before a quotation: the length answers for nearly all of them
        // before their text is read.
        if self.tokens.get(i)?.span.len() != "according".len() {
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
    fn in_the_words_of(&self, i: usize, limit: usize) -> Option<(Span, Source)> {
        let phrase = ["in", "the", "words", "of"];
        // Asked of every token before a quotation, like "according to".
        if self.tokens.get(i)?.span.len() != phrase[0].len() {
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

/// What attributes one quotation.
#[derive(Debug, Clone, Copy)]
struct Attribution {
    source: Option<Source>,
    cue: Option<Span>,
}

/// Finds quotations and their sources. `entities` gives the names sources resolve to.
pub fn find(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    tokens: &[Token],
    entities: &[Entity],
) -> Vec<Quote> {
    let context = Context {
        text,
        tokens,
        entities,
        mentions: sorted_mentions(entities),
    };
    let convention = marks::convention(text, paragraphs);
    let spans: Vec<(Span, Span)> = marks::quotations(text, paragraphs, convention)
        .into_iter()
        .map(|m| (m.span, m.inner))
        .collect();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(Attribution, usize)> = None;
    for (index, &(span, inner)) in spans.iter().enumerate() {
        // Short is two words or fewer: counting stops at the third.
        let words = inner
            .slice(text)
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(3)
            .count();
        let mut attribution = attribute(&context, sentences, &spans, index);
        let previous_end = index.checked_sub(1).map_or(0, |p| spans[p].0.end);
        let term = is_term(
            &context,
            sentences,
            span,
            previous_end,
            attribution.source.is_some(),
        );
        if term {
            attribution = Attribution {
                source: None,
                cue: None,
            };
        } else if attribution.source.is_none() && !continues_in_next_paragraph(text, &spans, index)
        {
            // "A," she said, "B." and "X said. “B.”": the quotation before in the same
            // paragraph, or the paragraph before, lends its source.
            if let Some((earlier, earlier_end)) = previous {
                let between = Span::new(earlier_end, span.start).slice(text);
                // The length first: what lies between two quotations can be long.
                let close = between.len() < 200 && between.matches('\n').count() <= 1;
                if close && earlier.source.is_some() {
                    attribution = earlier;
                }
            }
        }
        let via = via_inside(&context, inner);
        quotes.push(Quote {
            span,
            inner,
            source: attribution.source,
            cue: attribution.cue,
            via,
            short: words <= 2,
            term,
        });
        previous = Some((attribution, span.end));
    }
    // A quotation left open at the end of its paragraph goes on in the next one, and the
    // speaker named at its end speaks it all (last paragraph first, so chains pass it on).
    for index in (0..quotes.len().saturating_sub(1)).rev() {
        if quotes[index].source.is_none()
            && !quotes[index].term
            && continues_in_next_paragraph(text, &spans, index)
        {
            quotes[index].source = quotes[index + 1].source;
            quotes[index].cue = quotes[index + 1].cue;
        }
    }
    // Each kind without marks only where no quotation stands yet, so quotations stay apart.
    let blocks = block_quotes(&context, paragraphs, sentences, &quotes);
    add_apart(&mut quotes, blocks);
    let pulled = pull_quotes(&context, paragraphs, sentences, &quotes);
    add_apart(&mut quotes, pulled);
    quotes
}

/// Every mention with its entity, sorted by span (and entity), as [`Context`] holds them.
/// Entities come in the order of their first mentions and hold theirs in text order, so the
/// first mentions are sorted already (sorting them only checks it): only the later ones are
/// sorted, and merged in. Sorting the whole list was a sixth of the time `find` takes.
fn sorted_mentions(entities: &[Entity]) -> Vec<(Span, usize)> {
    let total = entities.iter().map(|e| e.mentions.len()).sum();
    let mut mentions: Vec<(Span, usize)> = Vec::with_capacity(total);
    mentions.extend(
        (entities.iter().enumerate())
            .filter_map(|(e, entity)| Some((*entity.mentions.first()?, e))),
    );
    let mut later: Vec<(Span, usize)> = Vec::with_capacity(total - mentions.len());
    later.extend(
        (entities.iter().enumerate())
            .flat_map(|(e, entity)| entity.mentions.iter().skip(1).map(move |&m| (m, e))),
    );
    // Pairs are unique (an entity holds a span once), so the unstable sort gives the order
    // the stable one would.
    mentions.sort_unstable();
    later.sort_unstable();
    // Merged from the back, each into the room at the end of the first mentions.
    let mut firsts = mentions.len();
    mentions.resize(total, (Span::default(), 0));
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

/// Whether quotation `index` is left open at the end of its paragraph and the next paragraph
/// opens with the next quotation: one quotation over several paragraphs, each paragraph
/// opening with a mark and only the last one closing.
fn continues_in_next_paragraph(text: &str, spans: &[(Span, Span)], index: usize) -> bool {
    let (span, inner) = spans[index];
    let closed =
        span.end > inner.end && span.slice(text).trim_end().ends_with(['"', '”', '»', '“']);
    let Some(&(next, _)) = spans.get(index + 1) else {
        return false;
    };
    let gap = text.get(span.end..next.start).unwrap_or("x");
    !closed && gap.contains('\n') && gap.trim().is_empty()
}

/// Adds quotations that overlap none of `quotes` (sorted, apart) nor each other, keeping the
/// list sorted.
fn add_apart(quotes: &mut Vec<Quote>, more: Vec<Quote>) {
    if more.is_empty() {
        return;
    }
    let mut more: Vec<Quote> = more
        .into_iter()
        .filter(|q| quote_overlapping(quotes, q.span).is_none())
        .collect();
    more.sort_by_key(|q| q.span);
    // Of two new ones that overlap, the first stays.
    let mut kept: Vec<Quote> = Vec::with_capacity(more.len());
    for quote in more {
        if kept
            .last()
            .is_none_or(|last| !last.span.overlaps(quote.span))
        {
            kept.push(quote);
        }
    }
    quotes.extend(kept);
    quotes.sort_by_key(|q| q.span);
}

/// A quotation without marks, its span and inner span the same.
fn unmarked_quote(span: Span, source: Option<Source>, cue: Option<Span>) -> Quote {
    Quote {
        span,
        inner: span,
        source,
        cue,
        via: Vec::new(),
        short: false,
        term: false,
    }
}

fn is_double_quotation_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Whether `text` holds a double quotation mark. Each mark starts with '"' or the lead byte of
/// “ ” „ or « », so only those places are decoded.
fn has_double_quotation_mark(text: &str) -> bool {
    memchr::memchr3_iter(b'"', 0xE2, 0xC2, text.as_bytes()).any(|at| {
        text[at..]
            .chars()
            .next()
            .is_some_and(is_double_quotation_mark)
    })
}

/// Whether `text` has at least `n` words, as `split_whitespace` splits them.
fn has_words(text: &str, n: usize) -> bool {
    let mut words = 0;
    super::segment::word_initials(text, |_| {
        words += 1;
        words < n
    });
    words >= n
}

/// Index of the first quotation in `quotes` (sorted, apart) that overlaps `span`, if any.
fn quote_overlapping(quotes: &[Quote], span: Span) -> Option<usize> {
    let index = quotes.partition_point(|q| q.span.end <= span.start);
    quotes
        .get(index)
        .filter(|q| q.span.overlaps(span))
        .map(|_| index)
}

/// Block quotations: a paragraph that ends with a speech verb and a colon ("the Church denied
/// these allegations:") introduces the next paragraph as its words when that paragraph has no
/// quotation marks of its own. The quotation runs until a sentence that reports speech
/// itself ("They also claimed …"), where narration resumes.
fn block_quotes(
    context: &Context,
    paragraphs: &[Span],
    sentences: &[Span],
    quotes: &[Quote],
) -> Vec<Quote> {
    let text = context.text;
    let mut out = Vec::new();
    for pair in paragraphs.windows(2) {
        let (intro, block) = (pair[0], pair[1]);
        if !intro.slice(text).ends_with(':') || quote_overlapping(quotes, block).is_some() {
            continue;
        }
        let Some(last_sentence) = sentence_of(sentences, intro.end - 1) else {
            continue;
        };
        let sentence = sentences[last_sentence];
        let floor = context.token_at(sentence.start);
        let limit = context.token_at(intro.end);
        let Some(attribution) = attribution_before(context, floor, limit.saturating_sub(1)) else {
            continue;
        };
        let first = sentences.partition_point(|s| s.end <= block.start);
        let mut end = block.start;
        for quoted in sentences[first..].iter().take_while(|s| s.end <= block.end) {
            let from = context.token_at(quoted.start);
            let to = context.token_at(quoted.end);
            if (from..to).any(|k| context.is_cue(k)) {
                break;
            }
            end = quoted.end;
        }
        if end > block.start {
            let span = Span::new(block.start, end);
            out.push(unmarked_quote(span, attribution.source, attribution.cue));
        }
    }
    out
}

/// Pull quotations: news pages repeat a striking sentence of a quotation in large type, often
/// with the speaker's name under it, and the text keeps both copies. A sentence of eight words
/// or more that occurs exactly twice, once or twice outside quotation marks, is such a
/// quotation wherever it stands unmarked, when it has a source; neighbouring repeated
/// sentences of one paragraph are one quotation. Its source is the name on the line right
/// after it ("… suppressive. Valeska Paris", or a line "Charles Bolden, NASA Administrator"),
/// else its other copy's: the quotation the twin stands in, or the twin's own name line.
fn pull_quotes(
    context: &Context,
    paragraphs: &[Span],
    sentences: &[Span],
    quotes: &[Quote],
) -> Vec<Quote> {
    const MIN_WORDS: usize = 8;
    let text = context.text;
    let key = |s: Span| {
        s.slice(text)
            .trim_matches(|c: char| c.is_whitespace() || is_double_quotation_mark(c))
    };
    // Each sentence's words: how many times they occur, and the first two sentences. Every
    // sentence is counted, and only those printed twice are asked whether they are long
    // enough: all copies of the same words are.
    let mut copies: FastMap<&str, (usize, usize, usize)> =
        FastMap::with_capacity_and_hasher(sentences.len(), Default::default());
    for (index, &sentence) in sentences.iter().enumerate() {
        copies
            .entry(key(sentence))
            .and_modify(|(count, _, second)| {
                if *count == 1 {
                    *second = index;
                }
                *count += 1;
            })
            .or_insert((1, index, 0));
    }
    // Each unmarked copy and the index of its twin.
    let mut pulled: Vec<(usize, usize)> = Vec::new();
    let twins = copies
        .iter()
        .filter(|&(words, &(count, _, _))| count == 2 && has_words(words, MIN_WORDS));
    for (_, &(_, first, second)) in twins {
        for (copy, twin) in [(first, second), (second, first)] {
            let sentence = sentences[copy];
            let unmarked = !has_double_quotation_mark(sentence.slice(text))
                && quote_overlapping(quotes, sentence).is_none();
            if unmarked {
                pulled.push((copy, twin));
            }
        }
    }
    if pulled.is_empty() {
        return Vec::new();
    }
    pulled.sort_unstable();
    let paragraph_of = |offset: usize| paragraphs.partition_point(|p| p.end <= offset);
    // Runs of neighbouring pulled sentences in one paragraph, with their twins.
    let mut runs: Vec<(Span, Vec<usize>)> = Vec::new();
    for &(copy, twin) in &pulled {
        let sentence = sentences[copy];
        match runs.last_mut() {
            Some((span, twins))
                if sentence_of(sentences, span.end - 1) == copy.checked_sub(1)
                    && paragraph_of(span.start) == paragraph_of(sentence.start) =>
            {
                span.end = sentence.end;
                twins.push(twin);
            }
            _ => runs.push((sentence, vec![twin])),
        }
    }
    let mut sources: Vec<Option<Source>> = runs
        .iter()
        .map(|(span, _)| context.name_right_after(*span))
        .collect();
    for (index, (_, twins)) in runs.iter().enumerate() {
        if sources[index].is_some() {
            continue;
        }
        let twin_source = twins.iter().find_map(|&twin| {
            let at = sentences[twin];
            if let Some(q) = quote_overlapping(quotes, at) {
                // Only a twin wholly inside a quotation's words shares its speaker.
                let words = key(at);
                let inside = quotes[q].inner.slice(text).contains(words);
                return if inside { quotes[q].source } else { None };
            }
            // Runs are sorted and apart: a binary search, so a text printed twice over
            // (every sentence a twin) stays linear.
            let run = runs.partition_point(|(span, _)| span.end <= at.start);
            runs.get(run)
                .filter(|(span, _)| span.covers(at))
                .and_then(|_| sources[run])
        });
        sources[index] = twin_source;
    }
    // Without a name under it or a quoted twin, a repeated sentence is only repeated.
    runs.into_iter()
        .zip(sources)
        .filter(|(_, source)| source.is_some())
        .map(|((span, _), source)| unmarked_quote(span, source, None))
        .collect()
}

/// Whether the quotation at `span` names or cites words rather than reporting speech: it sits
/// inside a noun phrase (`the "History" section`), follows a citing word (`the words "and
/// Emergency"`), or, with no speaker found, follows a naming verb in its sentence (`dubbed the
/// conflict: "Scientology vs. the Internet"`).
fn is_term(
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
            .is_some_and(|(a, b)| a.sentence == b.sentence)
    };
    let word_before = context.word(before);
    let inside_noun_phrase = lexicon::contains_folded(lexicon::NOUN_PHRASE_OPENERS, word_before)
        && context.is_word(after)
        && context.tokens[after].span.start == span.end + 1
        && same_sentence(before);
    if inside_noun_phrase || lexicon::contains_folded(lexicon::CITING_WORDS, word_before) {
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

/// Where the sentence holding `offset` starts (`offset` itself between sentences).
fn sentence_start(sentences: &[Span], offset: usize) -> usize {
    sentence_of(sentences, offset)
        .and_then(|s| sentences.get(s))
        .map_or(offset, |s| s.start)
}

fn sentence_of(sentences: &[Span], offset: usize) -> Option<usize> {
    let index = sentences.partition_point(|s| s.end <= offset);
    sentences
        .get(index)
        .filter(|s| s.start <= offset)
        .map(|_| index)
}

fn attribute(
    context: &Context,
    sentences: &[Span],
    spans: &[(Span, Span)],
    index: usize,
) -> Attribution {
    let (span, _) = spans[index];
    let tokens = context.tokens;
    let text = context.text;
    let none = Attribution {
        source: None,
        cue: None,
    };
    // After the quotation, to the end of its sentence or the next quotation.
    let next_quote = spans.get(index + 1).map_or(usize::MAX, |(s, _)| s.start);
    let end_sentence = sentence_of(sentences, span.end.saturating_sub(1))
        .and_then(|s| sentences.get(s))
        .map_or(span.end, |s| s.end);
    let first_after = context.token_at(span.end);
    // `"Stop!" shouted the protester.`: a "!" or "?" inside the marks ends the sentence for
    // the segmenter, but a lower-case word after the quotation carries it on.
    let carried_on = end_sentence <= span.end
        && tokens.get(first_after).is_some_and(|t| {
            t.kind != TokenKind::Punct
                && t.text(text).starts_with(|c: char| c.is_lowercase())
                && !text[span.end..t.span.start].contains('\n')
        });
    let end_sentence = if carried_on {
        sentences
            .get(tokens[first_after].sentence)
            .map_or(end_sentence, |s| s.end)
    } else {
        end_sentence
    };
    let after_limit_offset = end_sentence.min(next_quote);
    let after_limit = context.token_at(after_limit_offset).max(first_after);
    let mut i = first_after;
    while i < after_limit && matches!(tokens[i].text(text), "," | "-" | "—" | "–") {
        i += 1;
    }
    if i < after_limit {
        if let Some((cue, source)) = context.according_to(i, after_limit) {
            return Attribution {
                source: Some(source),
                cue: Some(cue),
            };
        }
        // "said KCNA"
        if context.is_cue(i)
            && let Some(source) = context.source_after(i + 1, after_limit)
        {
            return Attribution {
                source: Some(source),
                cue: Some(tokens[i].span),
            };
        }
        // "SANA said", "Kathryn Waters said", "she said", "Rathke also said"
        let mut k = i;
        while k < after_limit && k < i + 8 && context.is_word(k) {
            if context.is_cue(k)
                && k > i
                && let Some(source) = context.source_before(k, i)
            {
                return Attribution {
                    source: Some(source),
                    cue: Some(tokens[k].span),
                };
            }
            k += 1;
        }
        // "“…” - Matthew Ingram": a dash and a name closing the paragraph.
        // Not for a headline cited with its publisher ("“Title” — Toronto Star, …"): the
        // quotation must end the way speech does.
        let (_, inner) = spans[index];
        let speech = inner.slice(text).trim_end().ends_with(['.', '!', '?', '…']);
        if speech && i > first_after && matches!(tokens[i - 1].text(text), "-" | "—" | "–") {
            let source = context.source_after(i, after_limit);
            if let Some(source) = source.filter(|s| s.entity.is_some()) {
                return Attribution {
                    source: Some(source),
                    cue: None,
                };
            }
        }
    }
    // Before the quotation, in its sentence.
    let start_sentence = sentence_start(sentences, span.start);
    let previous_quote_end = index
        .checked_sub(1)
        .and_then(|p| spans.get(p))
        .map_or(0, |(s, _)| s.end);
    let floor = context.token_at(start_sentence.max(previous_quote_end));
    let before = context.token_at(span.start);
    if let Some(found) = attribution_before(context, floor, before) {
        return found;
    }
    // The sentence before, when this sentence is the quotation itself or follows a colon.
    if let Some(s) = sentence_of(sentences, span.start).and_then(|s| s.checked_sub(1)) {
        let previous = sentences[s];
        let gap = Span::new(previous.end, span.start).slice(text);
        let ends_with_colon = previous.slice(text).trim_end().ends_with(':');
        let only_quote_before = Span::new(start_sentence, span.start)
            .slice(text)
            .trim()
            .is_empty();
        if previous.end >= previous_quote_end
            && only_quote_before
            && (!gap.contains('\n') || ends_with_colon)
        {
            let floor = context.token_at(previous.start.max(previous_quote_end));
            let limit = context.token_at(previous.end);
            if let Some(found) = attribution_before(context, floor, limit) {
                return found;
            }
        }
    }
    none
}

/// The last cue between tokens `floor..limit` and its subject.
fn attribution_before(context: &Context, floor: usize, limit: usize) -> Option<Attribution> {
    let mut k = limit;
    while k > floor {
        k -= 1;
        if let Some((cue, source)) = context
            .according_to(k, limit)
            .or_else(|| context.in_the_words_of(k, limit))
        {
            return Some(Attribution {
                source: Some(source),
                cue: Some(cue),
            });
        }
        if context.is_cue(k) {
            let source = context
                .participle_subject(k, floor)
                .or_else(|| context.source_before(k, floor));
            if let Some(source) = source {
                return Some(Attribution {
                    source: Some(source),
                    cue: Some(context.tokens[k].span),
                });
            }
        }
    }
    None
}

/// "According to the Presidential Media Directorate, …" inside a quotation.
fn via_inside(context: &Context, inner: Span) -> Vec<Source> {
    let first = context.token_at(inner.start);
    let limit = context.token_at(inner.end);
    let mut out = Vec::new();
    let mut i = first;
    while i < limit {
        if let Some((_, mut source)) = context.according_to(i, limit) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(sorted_mentions(&entities), expected);
        }
    }

    #[test]
    fn word_counts_and_marks_agree_with_the_char_by_char_forms() {
        for text in [
            "",
            " ",
            "one",
            "  one two\tthree\nfour\u{b}five\u{c}six\rseven eight ",
            "one\u{a0}two\u{2003}three\u{1c}four",
            "é è ê ë “quoted” «angle» „low”",
            "a b c d e f g",
            "a b c d e f g h",
        ] {
            let count = text.split_whitespace().count();
            for n in 0..10 {
                assert_eq!(has_words(text, n), count >= n, "{text:?} {n}");
            }
            assert_eq!(
                has_double_quotation_mark(text),
                text.contains(is_double_quotation_mark),
                "{text:?}"
            );
        }
    }
}
