//! Kind rules asked before the word-shape rules of [`super::Document::classify_words`]: each
//! encodes a convention that overrides what the gazetteer says of the words alone. They sit in
//! [`KIND_RULES`], asked in order; the first that applies decides.

use super::{Document, Evidence};
use crate::extract::lexicon;
use crate::model::Kind;

/// A kind rule's test: the document, the name's words, the words joined, and where the name
/// stands (its first and last tokens) when it stands in the text.
type KindTest = fn(&Document, &[&str], &str, Option<(usize, usize)>) -> Option<(Kind, Evidence)>;

/// A convention deciding a name's kind from its words and where it stands.
pub(super) struct KindRule {
    pub name: &'static str,
    pub applies: KindTest,
}

/// The rules, in the order they are asked.
pub(super) static KIND_RULES: &[KindRule] = &[
    KindRule {
        name: DEFINED_SHORT_NAME,
        applies: defined_short_name,
    },
    KindRule {
        name: "quoted title",
        applies: quoted_title,
    },
    KindRule {
        name: "dateline",
        applies: dateline,
    },
    KindRule {
        name: "metonym",
        applies: metonym,
    },
    KindRule {
        name: "legislature",
        applies: legislature,
    },
    KindRule {
        name: "player named by position",
        applies: player_by_position,
    },
    KindRule {
        name: "paper a story was published in",
        applies: paper_published_in,
    },
    KindRule {
        name: "body someone moved from",
        applies: body_someone_moved_from,
    },
    KindRule {
        name: CLUB_IN_A_RESULT,
        applies: club,
    },
    KindRule {
        name: "word of a club's name",
        applies: word_of_club,
    },
    KindRule {
        name: PLACE_PLAYING,
        applies: team_in_match_report,
    },
    KindRule {
        name: "legal form",
        applies: legal_form,
    },
    KindRule {
        name: "institution of",
        applies: institution_of,
    },
    KindRule {
        name: "article name",
        applies: article_name,
    },
    KindRule {
        name: "particle name",
        applies: particle_name,
    },
];

/// The first rule that decides the kind of the name made of `words` (`full` joined).
pub(super) fn decide(
    document: &Document,
    words: &[&str],
    full: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence, &'static str)> {
    KIND_RULES.iter().find_map(|rule| {
        (rule.applies)(document, words, full, position)
            .map(|(kind, evidence)| (kind, evidence, rule.name))
    })
}

/// "Downing Street said", "the Kremlin denied": a seat of government stands for it.
fn metonym(
    _: &Document,
    _: &[&str],
    full: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    lexicon::METONYMS
        .contains(&full)
        .then_some((Kind::Organization, Evidence::Sure))
}

/// "a statement in Parliament", "the Senate voted": a legislature named by its word alone is
/// the body, wherever it sits.
fn legislature(
    _: &Document,
    _: &[&str],
    full: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    lexicon::LEGISLATURES
        .contains(&full)
        .then_some((Kind::Organization, Evidence::Sure))
}

/// "Bolton 3-1 Huddersfield", "Leeds beat Chelsea": a town on either side of a score or a
/// result is its club, wherever the text names it.
fn club(
    document: &Document,
    _: &[&str],
    full: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    if !document.clubs.contains(full) {
        return None;
    }
    let at_home = position.is_some_and(|(first, last)| where_play_happens(document, first, last));
    (!at_home).then_some((Kind::Organization, Evidence::Sure))
}

/// "Substitute Pereira struck", "keeper Lindqvist saved": in a match report, one word after
/// a playing position is the player's surname, whatever place or body shares it.
fn player_by_position(
    document: &Document,
    words: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, _) = position?;
    let after_position = first.checked_sub(1).is_some_and(|before| {
        lexicon::contains_folded(lexicon::PLAYING_POSITIONS, document.word(before))
    });
    (words.len() == 1 && after_position && document.is_match_report())
        .then_some((Kind::Person, Evidence::Likely))
}

/// "Published in Dawn, May 28th, 2026": the line a paper prints under its story names the
/// paper.
fn paper_published_in(
    document: &Document,
    _: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, _) = position?;
    let published = first >= 2
        && document.word(first - 1) == "in"
        && document.word(first - 2) == "Published"
        && document.opens_line(first - 2);
    published.then_some((Kind::Organization, Evidence::Sure))
}

/// "joined from Bradford City", "on loan from Crystal Palace", "signed from Livingston": the
/// name a player (or anyone hired) moved from is a club's or a firm's, whatever place shares
/// it.
fn body_someone_moved_from(
    document: &Document,
    _: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, _) = position?;
    let from = first.checked_sub(1)?;
    let verb = from.checked_sub(1)?;
    let moved = document.word(from) == "from"
        && lexicon::contains_folded(lexicon::TRANSFER_WORDS, document.word(verb));
    moved.then_some((Kind::Organization, Evidence::Likely))
}

/// "Albion levelled" after "Tadcaster Albion 2 Brighouse Town 1": in a match report, the
/// last word of a club's name, alone, is the club.
fn word_of_club(
    document: &Document,
    words: &[&str],
    full: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    (words.len() == 1 && document.is_match_report() && document.clubs.ends_a_name(full))
        .then_some((Kind::Organization, Evidence::Likely))
}

/// The rules that make a place's name its club's ("Liverpool beat Brentford 3-1", "for
/// Kerala against Assam").
pub(crate) const CLUB_IN_A_RESULT: &str = "club in a result";
pub(super) const PLACE_PLAYING: &str = "place playing in a match report";
/// A short name a press release defines in brackets (`("Halvorsen" or "the Company")`).
pub(crate) const DEFINED_SHORT_NAME: &str = "defined short name";
/// A word clipping a club's name in a match report ("Hibs" for Hibernian), known as the club.
pub(crate) const CLIPPED_CLUB: &str = "clipped name of a club";

/// Whether the words before token `first` make a place named there where something happens
/// ("in Mohali", "at Taunton", "travelled from Thornbury"), not a side that plays.
fn where_play_happens(document: &Document, first: usize, last: usize) -> bool {
    // ("in Queensland's second innings": the side owns what follows.)
    if super::has_possessive(document.word(last)) {
        return false;
    }
    first.checked_sub(1).is_some_and(|before| {
        let word = document.word(before);
        lexicon::contains_folded(lexicon::LOCATIVE_PREPOSITIONS, word)
            || lexicon::contains(lexicon::WHERE_PREPOSITIONS, word)
    })
}

/// Whether a place is where someone comes from: "a native of Kharkiv, Ukraine", the place
/// and the places after it that say where it lies.
fn someones_origin(document: &Document, first: usize) -> bool {
    const REACH: usize = 6;
    let sentence = document.tokens[first].sentence();
    let mut k = first;
    for _ in 0..REACH {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        let word = document.word(before);
        if document.tokens[before].sentence() != sentence {
            return false;
        }
        if word == "of" {
            return before.checked_sub(1).is_some_and(|noun| {
                lexicon::contains_folded(lexicon::ORIGIN_NOUNS, document.word(noun))
            });
        }
        if word != "," && !super::is_capitalised(word) {
            return false;
        }
        k = before;
    }
    false
}

/// Whether the words around the name send a side there to play someone else ("travel to
/// Adelaide to play South Australia") or on tour ("to tour Sri Lanka"): a place no result
/// names as a club is then where it plays. ("Bolton travel to Wigan" alone names the side
/// they play.)
fn where_a_side_goes(document: &Document, first: usize, last: usize) -> bool {
    let to_play_another = document.word_at(last + 1) == Some("to")
        && document
            .word_at(last + 2)
            .is_some_and(|verb| lexicon::contains(lexicon::FIXTURE_VERBS, verb));
    first.checked_sub(1).is_some_and(|before| {
        let word = document.word(before);
        (word == "to" && document.goes_to(first) && to_play_another)
            || lexicon::contains(lexicon::TOUR_FORMS, word)
    })
}

/// "for Kerala against Assam", "as Punjab piled up 431": in a report of a team sport, a
/// known place that plays is its team; where play happens ("in Mohali", "at Taunton",
/// "travelled from Thornbury") and a place naming a thing ("Bolton town centre", "the Fife
/// derby", "a Dubai-based group") stay places.
fn team_in_match_report(
    document: &Document,
    words: &[&str],
    full: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, last) = position?;
    // (Asked of every name: the text's answer, kept, before the gazetteer's.)
    if !document.is_match_report() || document.gazetteer.place(full).is_none() {
        return None;
    }
    let names_a_thing = document.word_at(last + 1).is_some_and(|after| {
        lexicon::contains(lexicon::PLACE_NOUNS_AFTER, after) || after == "derby"
    });
    let last_word = words.last().map_or(0, |w| w.len());
    let compound = document.word(last).as_bytes().get(last_word) == Some(&b'-');
    (!where_play_happens(document, first, last)
        && !where_a_side_goes(document, first, last)
        && !someones_origin(document, first)
        && !names_a_thing
        && !compound)
        .then_some((Kind::Organization, Evidence::Likely))
}

/// "Kessler-Braun AG", "Bayline Marine Inc.": a legal form ends a company's name; "PT Graha
/// Citra Lestari Tbk": one beside the name, before or after it, makes it a company's too.
fn legal_form(
    document: &Document,
    words: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let ends_in_form =
        matches!(words, [_, .., last] if lexicon::contains_folded(lexicon::LEGAL_FORMS, last));
    let form_beside = || {
        position.is_some_and(|(first, last)| {
            first.checked_sub(1).is_some_and(|before| {
                lexicon::contains(lexicon::LEGAL_FORM_PREFIXES, document.word(before))
            }) || document.word_at(last + 1).is_some_and(|after| {
                after != "Co" && lexicon::contains_folded(lexicon::LEGAL_FORMS, after)
            })
        })
    };
    (ends_in_form || form_beside()).then_some((Kind::Organization, Evidence::Sure))
}

/// "Al-Masri", "al-Rashidi": one word joining a particle to a name is a person's surname,
/// unless the gazetteer knows it as a place or an organisation ("Al-Ain").
fn particle_name(
    document: &Document,
    words: &[&str],
    full: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    // "Domhnall Mac an t-Saoir", "Ó hAodha": a Gaelic surname's mutated capital.
    if words
        .last()
        .is_some_and(|last| super::particles::is_mutated_capital(last))
    {
        return Some((Kind::Person, Evidence::Likely));
    }
    let [only] = words else {
        return None;
    };
    let particle =
        super::is_particle_name(only) || super::particles::is_capitalised_particle_name(only);
    (particle && !document.known_place_or_organization(full))
        .then_some((Kind::Person, Evidence::Likely))
}

/// "Museum of Art", "Department for Business and Trade": an institution's head before "of"
/// or "for" makes the name an organisation's, unless the gazetteer knows it otherwise.
fn institution_of(
    document: &Document,
    words: &[&str],
    full: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let head = words.windows(2).find_map(|pair| {
        let headed = lexicon::contains(lexicon::HEAD_PARTICLES, pair[1])
            && (lexicon::contains_folded(lexicon::OF_HEADS, pair[0])
                || lexicon::contains_folded(lexicon::ORGANIZATION_CUES, pair[0]))
            && !lexicon::contains_folded(lexicon::PLACE_HEADS, pair[0]);
        headed.then_some(pair[0])
    })?;
    let known = document.gazetteer.entry(full);
    if known.is_place() || known.is_organization() {
        return None;
    }
    // The first head decides: "the Tower of London" is a building, "the Battle of the Somme"
    // an event, "the Treaty of Rome" a thing, "the University of Texas" a body.
    let kind = if lexicon::contains_folded(lexicon::BUILDING_OF_HEADS, head) {
        Kind::Place
    } else if lexicon::contains_folded(lexicon::EVENT_OF_HEADS, head) {
        Kind::Event
    } else if lexicon::contains_folded(lexicon::LAW_OF_HEADS, head) {
        Kind::Other
    } else {
        Kind::Organization
    };
    Some((kind, Evidence::Likely))
}

/// "la Repubblica", "le Figaro": a lower-case article opening a name makes it a title or a
/// paper's, not a person's.
fn article_name(
    _: &Document,
    words: &[&str],
    _: &str,
    _: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let [first, _, ..] = words else {
        return None;
    };
    lexicon::ARTICLE_PARTICLES
        .contains(first)
        .then_some((Kind::Organization, Evidence::Likely))
}

/// "PASCAGOULA, Miss. (AP) —", "İZMİR —", "MILAN/FRANKFURT (Reuters) -": a name in capitals
/// opening a paragraph before a comma, a dash, a slash or a bracket is the dateline's place.
fn dateline(
    document: &Document,
    words: &[&str],
    full: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, last) = position?;
    // "RIO DE JANEIRO": a short particle may stand inside the city's name.
    let inner_particle = |i: usize, w: &&str| {
        i > 0 && i + 1 < words.len() && lexicon::contains(lexicon::CAPITAL_CITY_PARTICLES, w)
    };
    // "MILAN/FRANKFURT": a slash written against a dateline's cities joins them; one between
    // spaces parts a byline's pieces ("Ritika Parmar-Joshi / TNN / Updated").
    let slash_against = |slash: usize| {
        document.word_at(slash) == Some("/")
            && document
                .tokens
                .get(slash + 1)
                .is_some_and(|t| !t.space_before())
            && !document.tokens[slash].space_before()
    };
    let shouted = words.iter().enumerate().all(|(i, w)| {
        inner_particle(i, w)
            || (super::furniture::maybe_shouted(w) && !w.contains('.') && w.chars().count() >= 3)
    });
    if !shouted {
        return None;
    }
    let opens_paragraph = first == 0 || {
        let gap_start = document.tokens[first - 1].span().end;
        let gap = document
            .text
            .get(gap_start..document.tokens[first].span().start);
        gap.is_some_and(|gap| gap.contains('\n')) || slash_against(first - 1)
    };
    let dash = |index: usize| matches!(document.word_at(index), Some("—" | "–" | "-" | "--"));
    // "KYIV (AP) —": a bracket is the agency's, with a dash after it; "NCP (SP) leader" is
    // a name with its faction.
    let agency_bracket = document.word_at(last + 1) == Some("(")
        && document.word_at(last + 3) == Some(")")
        && dash(last + 4);
    // ("INES MARSH, HOST:": a transcript's speaker and role, no city and state.)
    let speaker_label =
        document.word_at(last + 1) == Some(",") && document.word_at(last + 3) == Some(":");
    let before_break = (document.word_at(last + 1) == Some(",") && !speaker_label)
        || slash_against(last + 1)
        || dash(last + 1)
        || agency_bracket;
    // "KARACHI: Cotton arrivals …", "KUALA LUMPUR: Prime Minister …": South and South-East
    // Asian copy puts a colon after the city. (A speaker's label is written so too: "MORRISON:"
    // counts only as a place the gazetteer knows.)
    // A dateline opens the story: only in its first lines, and not a word that is a surname
    // too ("HOLLAND:" in a transcript further down).
    const DATELINE_REACH: usize = 600;
    let colon_after_known_place = || {
        document.word_at(last + 1) == Some(":")
            && document.tokens[first].span().start < DATELINE_REACH
            && {
                let title_cased: Vec<String> =
                    words.iter().map(|w| lexicon::title_cased(w)).collect();
                let place = title_cased.join(" ");
                let entry = document.gazetteer.entry(&place);
                (entry.is_place() || document.gazetteer.town(&place))
                    && (words.len() > 1 || !(entry.is_surname() || entry.is_given_name()))
            }
    };
    if opens_paragraph && colon_after_known_place() {
        return Some((Kind::Place, Evidence::Sure));
    }
    (opens_paragraph && before_break && !document.known_place_or_organization(full))
        .then_some((Kind::Place, Evidence::Likely))
}

/// Whether a token is a score: "3-1", "2–0" (one token or three).
fn score_at(document: &Document, index: usize) -> Option<usize> {
    let word = document.word_at(index)?;
    if let Some((a, b)) = word.split_once(['-', '–']) {
        return (is_points(a) && is_points(b)).then_some(index);
    }
    (is_points(word)
        && matches!(document.word_at(index + 1), Some("-" | "–"))
        && document.word_at(index + 2).is_some_and(is_points))
    .then_some(index + 2)
}

/// One side's points in a score or a result: one to three digits.
fn is_points(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Tokens marked, one bit each: the tokens [`find_clubs`] and [`find_quoted_titles`] start
/// from, marked while the document is read.
pub(super) struct TokenMarks(Vec<u64>);

impl TokenMarks {
    pub(super) fn new(tokens: usize) -> Self {
        TokenMarks(vec![0; tokens.div_ceil(64)])
    }

    pub(super) fn mark(&mut self, index: usize) {
        if let Some(bits) = self.0.get_mut(index / 64) {
            *bits |= 1 << (index % 64);
        }
    }

    /// The marked tokens, in order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(at, &bits)| {
            let mut rest = bits;
            std::iter::from_fn(move || {
                let bit = (rest != 0).then(|| rest.trailing_zeros() as usize)?;
                rest &= rest - 1;
                Some(at * 64 + bit)
            })
        })
    }
}

/// Whether a club's search or a quoted title's may start at `word`: a number or a result
/// verb (four to eight letters), or a mark that may open a quotation (each starts with '"',
/// '\'' or the byte 0xE2).
pub(super) fn may_start_club_or_title(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b'0'..=b'9' | b'"' | b'\'' | 0xe2) => true,
        Some(b'v') => lexicon::contains(lexicon::VERSUS_WORDS, word),
        Some(b'b') if word == "between" => true,
        Some(&first) => {
            lexicon::RESULT_VERBS.has_word_starting_with(first) && (4..=8).contains(&word.len())
        }
        None => false,
    }
}

/// The clubs of a text as first and last tokens, in text order: those a result names (a
/// score, a result verb or "v" stands between them), which make the text a match report,
/// and those a game is said to be between, which do not ("the Anzac Day match between
/// Collingwood and Essendon" in a story of the day).
#[derive(Default)]
pub(super) struct FoundClubs {
    pub in_results: Vec<(usize, usize)>,
    pub in_a_game: Vec<(usize, usize)>,
}

/// The clubs of the text. Only the tokens in `marks` are read.
pub(super) fn find_clubs(document: &Document, marks: &TokenMarks) -> FoundClubs {
    let mut found = FoundClubs::default();
    let clubs = &mut found.in_results;
    for index in marks.iter().filter(|&index| index > 0) {
        let word = document.word(index);
        let first = word.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_digit() {
            clubs_around_number(document, index, clubs);
            continue;
        }
        if lexicon::contains(lexicon::VERSUS_WORDS, word) {
            clubs_around_versus(document, index, clubs);
            continue;
        }
        if word == "between" {
            clubs_of_a_match(document, index, &mut found.in_a_game);
            continue;
        }
        if !first.is_ascii_lowercase() || !lexicon::contains(lexicon::RESULT_VERBS, word) {
            continue;
        }
        clubs_around_result_verb(document, index, clubs);
    }
    found
}

/// Both names, when there are both, pushed as two clubs.
fn push_pair(
    clubs: &mut Vec<(usize, usize)>,
    before: Option<(usize, usize)>,
    after: Option<(usize, usize)>,
) {
    if let (Some(before), Some(after)) = (before, after) {
        clubs.push(before);
        clubs.push(after);
    }
}

/// The clubs around the number at token `index`: the sides of a score or of a results
/// line, or the side a score was against.
fn clubs_around_number(document: &Document, index: usize, clubs: &mut Vec<(usize, usize)>) {
    // "Hallam Vale 2-2 Thornbury Athletic", "Scarlets 24 Ospreys 21".
    if let Some(end) = score_at(document, index) {
        let (before, after) = (club_before(document, index), club_after(document, end + 1));
        match (before, after) {
            (Some(_), Some(_)) => push_pair(clubs, before, after),
            _ => clubs.extend(opponent_after_score(document, end)),
        }
    } else if let Some((before, after)) = results_line(document, index) {
        push_pair(clubs, Some(before), Some(after));
    }
}

/// "were beaten 2-1 by Norwich", "lost 3-0 to Leeds": a score ending at token `end`, then
/// the side it was against, a place the gazetteer knows.
fn opponent_after_score(document: &Document, end: usize) -> Option<(usize, usize)> {
    document
        .word_at(end + 1)
        .is_some_and(|w| lexicon::contains(lexicon::SCORE_PREPOSITIONS, w))
        .then(|| club_after(document, end + 2))
        .flatten()
        .filter(|&name| document.gazetteer.place(written(document, name)).is_some())
}

/// The clubs either side of the "v" at token `index`: both names, when one is a place the
/// gazetteer knows.
fn clubs_around_versus(document: &Document, index: usize, clubs: &mut Vec<(usize, usize)>) {
    // "England v India"; "Holloway v Pritchard" is a court case, its parties people.
    let mut after = index + 1;
    if document.word_at(after) == Some(".") {
        after += 1;
    }
    let (before, after) = (club_before(document, index), club_after(document, after));
    let is_place = |name: Option<(usize, usize)>| {
        name.is_some_and(|name| document.gazetteer.place(written(document, name)).is_some())
    };
    if is_place(before) || is_place(after) {
        push_pair(clubs, before, after);
    }
}

/// "the match between Collingwood and Essendon": the two names after "between" at token
/// `index`, where a word for a game stands before it, are clubs.
fn clubs_of_a_match(document: &Document, index: usize, clubs: &mut Vec<(usize, usize)>) {
    let game = document.word(index - 1);
    if !lexicon::contains_folded(lexicon::MATCH_NOUNS, game) {
        return;
    }
    let Some(first) = club_after(document, index + 1) else {
        return;
    };
    if document.word_at(first.1 + 1) != Some("and") {
        return;
    }
    push_pair(clubs, Some(first), club_after(document, first.1 + 2));
}

/// "Liverpool beat Brentford", "Leeds drew with Burnley": the places either side of the
/// result verb at token `index` are clubs.
fn clubs_around_result_verb(document: &Document, index: usize, clubs: &mut Vec<(usize, usize)>) {
    let mut after = index + 1;
    if matches!(document.word_at(after), Some("with" | "to")) {
        after += 1;
    }
    let same_sentence = |k: usize| {
        document.tokens.get(k).map(|t| t.sentence()) == Some(document.tokens[index].sentence())
    };
    let is_place = |k: usize| {
        capitalised_word(document, k)
            && same_sentence(k)
            && document.gazetteer.place(document.word(k)).is_some()
    };
    // "Liverpool beat Brentford 3-1": a known place on one side and the score after the
    // other make both clubs, whatever the gazetteer knows of the second.
    let scored_after = || {
        capitalised_word(document, after)
            && same_sentence(after)
            && score_at(document, after + 1).is_some()
    };
    if is_place(index - 1) && (is_place(after) || scored_after()) {
        push_pair(clubs, Some((index - 1, index - 1)), Some((after, after)));
    }
}

/// Whether token `k` is a capitalised word.
fn capitalised_word(document: &Document, k: usize) -> bool {
    document.is_word(k)
        && document
            .word_at(k)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The most capitalised words a club's name is read over beside a score ("Wolverhampton
/// Wanderers", "Queen of the South").
const CLUB_WORDS: usize = 3;

/// The capitalised words right before token `index` on its line, first and last tokens: the
/// club ending there ("Hallam Vale" in "Hallam Vale 2-2 …").
fn club_before(document: &Document, index: usize) -> Option<(usize, usize)> {
    let last = index.checked_sub(1)?;
    if !capitalised_word(document, last) || !same_line(document, last, index) {
        return None;
    }
    let mut first = last;
    let mut words = 1;
    while first > 0 && words < CLUB_WORDS && same_line(document, first - 1, first) {
        if capitalised_word(document, first - 1) {
            first -= 1;
        } else if let Some(before) = connector_before(document, first) {
            first = before;
        } else {
            break;
        }
        words += 1;
    }
    if document.word_at(first) == Some("The") && first < last {
        first += 1;
    }
    Some((first, last))
}

/// Whether token `k` is a small word inside a club's name: "Queen of the South", "Heart of
/// Midlothian". ("and" is left out: "Bolton 2-1 Wigan and Leeds 0-0 Hull" are four.)
pub(super) fn is_club_connector(document: &Document, k: usize) -> bool {
    matches!(document.word_at(k), Some("of" | "the"))
}

/// The capitalised word before the one or two small words right before token `index` on
/// its line ("Queen" before "of the South").
fn connector_before(document: &Document, index: usize) -> Option<usize> {
    let mut k = index;
    while k > 0 && index - k < 2 && is_club_connector(document, k - 1) {
        k -= 1;
    }
    let before = k.checked_sub(1)?;
    (k < index && capitalised_word(document, before) && same_line(document, before, index))
        .then_some(before)
}

/// The capitalised word after the one or two small words right after token `index` on its
/// line ("South" after "Queen of the").
fn connector_after(document: &Document, index: usize) -> Option<usize> {
    let mut k = index + 1;
    while k - index <= 2 && is_club_connector(document, k) {
        k += 1;
    }
    (k > index + 1 && capitalised_word(document, k) && same_line(document, index, k)).then_some(k)
}

/// The capitalised words from token `index` on, on the line of the token before it, first
/// and last tokens: the club starting there ("Thornbury Athletic" in "… 2-2 Thornbury
/// Athletic").
fn club_after(document: &Document, index: usize) -> Option<(usize, usize)> {
    if !capitalised_word(document, index) || !same_line(document, index.checked_sub(1)?, index) {
        return None;
    }
    let mut last = index;
    let mut words = 1;
    while words < CLUB_WORDS && same_line(document, last, last + 1) {
        if capitalised_word(document, last + 1) {
            last += 1;
        } else if let Some(after) = connector_after(document, last) {
            last = after;
        } else {
            break;
        }
        words += 1;
    }
    Some((index, last))
}

/// The text of tokens `first` to `last`, as written.
pub(super) fn written<'t>(document: &Document<'t>, (first, last): (usize, usize)) -> &'t str {
    let start = document.tokens[first].span().start;
    let end = document.tokens[last].span().end;
    document.text.get(start..end).unwrap_or_default()
}

/// "Scarlets 24 Ospreys 21" as a line of its own: a club, its points, the other club and
/// its points. `index` is the first number.
fn results_line(document: &Document, index: usize) -> Option<((usize, usize), (usize, usize))> {
    let points = |k: usize| document.word_at(k).is_some_and(is_points);
    if !points(index) {
        return None;
    }
    let before = club_before(document, index)?;
    let after = club_after(document, index + 1)?;
    let second = after.1 + 1;
    let starts_line = before.0 == 0 || !same_line(document, before.0 - 1, before.0);
    let ends_line =
        document.word_at(second + 1).is_none() || !same_line(document, second, second + 1);
    (starts_line && points(second) && same_line(document, after.1, second) && ends_line)
        .then_some((before, after))
}

/// Whether no line break comes between tokens `a` and `b` (`a` before `b`).
fn same_line(document: &Document, a: usize, b: usize) -> bool {
    match (document.tokens.get(a), document.tokens.get(b)) {
        (Some(a), Some(b)) => !document
            .text
            .get(a.span().end..b.span().start)
            .is_none_or(|between| between.contains('\n')),
        _ => false,
    }
}

/// "“A Monsoon of Small Hours”", "‘Wildfire Road’": capitalised words filling a quotation are
/// a work's title, not the names they hold.
fn quoted_title(
    document: &Document,
    _: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, _) = position?;
    let titles = &document.quoted_titles;
    let at = titles.partition_point(|&(_, end)| end <= first);
    titles
        .get(at)
        .is_some_and(|&(start, _)| start <= first)
        .then_some((Kind::Other, Evidence::Sure))
}

/// `Karoo Sun Energy (Pty) Ltd ("Karoo Sun" or "the Company")`: a name in quotation marks
/// opening a bracket right after a capitalised word is the short name a press release or a
/// filing defines for the body it has just named.
fn defined_short_name(
    document: &Document,
    _: &[&str],
    _: &str,
    position: Option<(usize, usize)>,
) -> Option<(Kind, Evidence)> {
    let (first, _) = position?;
    let mark = first.checked_sub(1)?;
    let bracket = first.checked_sub(2)?;
    let named = first.checked_sub(3)?;
    let defined = matches!(document.word(mark), "“" | "\"" | "‘" | "'")
        && document.word(bracket) == "("
        && document.tokens[bracket].space_before()
        && super::is_capitalised(document.word(named));
    defined.then_some((Kind::Organization, Evidence::Likely))
}

/// How many words a quoted title may hold.
const MAX_TITLE_WORDS: usize = 10;

/// The token ranges of quotations holding only a title-case phrase of two words or more, in
/// text order. Only the tokens in `marks` are read as opening marks.
pub(super) fn find_quoted_titles(document: &Document, marks: &TokenMarks) -> Vec<(usize, usize)> {
    let mut titles = Vec::new();
    let opening = |index: usize| matches!(document.word(index), "“" | "‘" | "\"" | "'");
    let closing = |w: &str| matches!(w, "”" | "’" | "\"" | "'");
    // Where the next title may open: past the last one found.
    let mut next = 0;
    for index in marks.iter() {
        if index < next || !opening(index) {
            continue;
        }
        let sentence = document.tokens[index].sentence();
        let mut k = index + 1;
        let mut words = 0;
        let mut closed = false;
        while k < document.tokens.len() && k - index <= MAX_TITLE_WORDS + 1 {
            let token = &document.tokens[k];
            let word = document.word(k);
            if closing(word) && token.sentence() == sentence {
                closed = true;
                break;
            }
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            let small = words > 0 && lexicon::contains(lexicon::TITLE_CASE_SMALL_WORDS, word);
            if token.kind() != crate::extract::segment::TokenKind::Word || !(capitalised || small) {
                break;
            }
            words += 1;
            k += 1;
        }
        if closed && words >= 2 {
            titles.push((index + 1, k));
            next = k + 1;
        }
    }
    titles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_verbs_are_as_long_as_find_clubs_reads_them() {
        // Only tokens of four to eight bytes are marked as a result verb may be.
        assert!(
            lexicon::RESULT_VERBS
                .iter()
                .all(|verb| (4..=8).contains(&verb.len()) && may_start_club_or_title(verb))
        );
    }

    #[test]
    fn marks_come_back_in_order() {
        let mut marks = TokenMarks::new(200);
        for index in [199, 0, 64, 5, 130, 63, 65, 5] {
            marks.mark(index);
        }
        assert_eq!(
            marks.iter().collect::<Vec<_>>(),
            [0, 5, 63, 64, 65, 130, 199]
        );
    }
}
