//! Words that are not names where they stand, whatever their capital: page furniture (wire
//! tags, shouted labels on a line of their own), abbreviated dates, amounts of money, and the
//! words that open a sentence. Each is a rule of [`rejects`], asked in order.

use super::{Document, is_acronym, is_capitalised};
use crate::extract::lexicon;
use crate::extract::segment::Token;
use crate::extract::segment::TokenKind;

/// Whether a rule says the word at `index` (its possessive cut off: `stem`) is no name,
/// the rules asked in order, cheapest first: an abbreviated date, an opener, an amount, a
/// wire tag, a line of furniture. Asked of every capitalised word: each rule is called
/// directly, so that its first test (a list's filters, a byte) is made where it is asked.
pub(super) fn rejects(document: &Document, index: usize, stem: &str) -> bool {
    short_date_word(document, index, stem)
        || capitalised_opener(document, index, stem)
        || currency_amount(document, index, stem)
        || wire_tag(document, index, stem)
        || furniture_line(document, index, stem)
        || party_and_state(document, index, stem)
        || time_stamp(document, index, stem)
        || shouted_english_word(document, index, stem)
        || hashtag(document, index)
        || transcript_furniture(document, index, stem)
        || named_time_zone(document, index, stem)
        || school_year(document, index, stem)
}

/// "Year 6 pupil", "Grade 10 students": a school year and its number name no one.
fn school_year(document: &Document, index: usize, stem: &str) -> bool {
    matches!(stem, "Year" | "Grade")
        && document
            .word_at(index + 1)
            .is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
}

/// How far a stage direction is read each way from a word in it.
const STAGE_DIRECTION_REACH: usize = 8;

/// "(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)": a transcript's stage direction, words in
/// capitals in brackets on a line of their own; and "INÉS CARRASQUILLO-VOSS, HOST:": the role
/// a speaker's label gives after the name. Neither names anyone.
fn transcript_furniture(document: &Document, index: usize, stem: &str) -> bool {
    if !maybe_shouted(stem) {
        return false;
    }
    let role_in_label = lexicon::contains(lexicon::TRANSCRIPT_ROLES, stem)
        && document.word_at(index + 1) == Some(":");
    // ("DUNSTAN GUILLORY-MBAH, GUEST:": a role after the speaker's name and a comma.)
    let role_after_name = lexicon::contains(lexicon::TRANSCRIPT_GUEST_ROLES, stem)
        && document.word_at(index + 1) == Some(":")
        && index > 0
        && document.word(index - 1) == ",";
    if role_after_name {
        return true;
    }
    if role_in_label {
        return true;
    }
    let shouted = |k: usize| document.is_word(k) && maybe_shouted(document.word(k));
    let open = (index.saturating_sub(STAGE_DIRECTION_REACH)..index)
        .rev()
        .find(|&k| !shouted(k))
        .filter(|&k| document.word(k) == "(" && document.opens_line(k));
    let close = (index + 1..(index + STAGE_DIRECTION_REACH).min(document.tokens.len()))
        .find(|&k| !shouted(k))
        .filter(|&k| document.word(k) == ")");
    open.is_some() && close.is_some()
}

/// "8:30 a.m. Eastern Time", "noon Pacific time": a time zone named in words.
fn named_time_zone(document: &Document, index: usize, stem: &str) -> bool {
    let zone = |word: &str| lexicon::contains(lexicon::TIME_ZONE_REGIONS, word);
    let time = |word: &str| lexicon::contains(lexicon::TIME_ZONE_WORDS, word);
    (zone(stem) && document.word_at(index + 1).is_some_and(time))
        || (index > 0 && time(stem) && zone(document.word(index - 1)))
}

/// "#HealthFirst", "#IStandWithAhmed": a hashtag is a label, not a name.
fn hashtag(document: &Document, index: usize) -> bool {
    index > 0 && !document.tokens[index].space_before() && document.word(index - 1).ends_with('#')
}

/// "EMBARGOED UNTIL 00:01 BST", "MINISTER RESIGNS": a word of six letters or more in
/// capitals that is an English word or one of its inflections, and no name the gazetteer
/// knows, is prose set in capitals; so is a shorter common word in capitals beside one
/// ("UNTIL"). Acronyms that long are made of initials, not words. Beside a word in capitals
/// that is no English word it may be part of a name ("THORNBURY LIGHTING GROUP PLC"), and
/// before a comma, slash, bracket, dash or colon it may be a dateline's city.
fn shouted_english_word(document: &Document, index: usize, stem: &str) -> bool {
    const SHORTEST: usize = 6;
    if stem.len() < 2 || !is_all_capitals(stem) {
        return false;
    }
    let neighbours = || {
        [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter(|&k| {
                k < document.tokens.len()
                    && document.tokens[k].sentence() == document.tokens[index].sentence()
            })
            .filter_map(|k| document.word_at(k))
    };
    let english = if stem.len() >= SHORTEST {
        is_english_in_capitals(document, stem)
    } else {
        document.is_common(stem)
            && is_english_in_capitals(document, stem)
            && neighbours().any(|w| w.len() >= SHORTEST && is_english_in_capitals(document, w))
    };
    let beside_shouted_name = || {
        neighbours().any(|w| {
            is_all_capitals(w) && !is_english_in_capitals(document, w) && !super::is_date_word(w)
        })
    };
    let before_break = matches!(
        document.word_at(index + 1),
        Some("," | "/" | "(" | "—" | "–" | "-" | ":")
    );
    english && !before_break && !beside_shouted_name()
}

fn is_all_capitals(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A word in capitals that is an English word or an inflection of one, and no name the
/// gazetteer knows.
fn is_english_in_capitals(document: &Document, word: &str) -> bool {
    if !is_all_capitals(word) {
        return false;
    }
    let titled = lexicon::title_cased(word);
    if document.known_place_or_organization(&titled)
        || document.known_person_word(&titled)
        || document.gazetteer.town(&titled)
    {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    let english = |word: &str| document.gazetteer.folded_rank(word).is_some();
    english(&lower)
        || ["ing", "ed", "es", "d", "s"].iter().any(|ending| {
            lower
                .strip_suffix(ending)
                .is_some_and(|root| root.len() >= 4 && english(root))
        })
}

/// "Sen. Alex Padilla, D-Calif., said", "Rep. Young Kim (R-Calif.)": US copy's party and
/// state after a lawmaker's name, between commas or brackets, is no name the name finder
/// reads; [`super::party_places`] makes a place of what follows the party's letter. A state
/// legislator's home town goes there too, in words of its own: "Assemblywoman Tracey Okafor,
/// D-Red Hook, said".
fn party_and_state(document: &Document, index: usize, stem: &str) -> bool {
    // The word's shape first: asked of every capitalised word.
    if lexicon::is_party_and_state(stem) {
        return party_and_town_end(document, index).is_some();
    }
    // A later word of the town: the party's token a word or two back (asked of every
    // capitalised word: the token before must be a word for it to be either).
    if index == 0 || !document.is_word(index - 1) {
        return false;
    }
    (1..=2).any(|back| {
        index >= back
            && lexicon::is_party_and_state(document.word(index - back))
            && party_and_town_end(document, index - back).is_some_and(|end| index < end)
    })
}

/// Where the party, state or town opened at token `at` ends (the comma, bracket or stop
/// after it), when it stands between commas or brackets: after the party's token, at most
/// two more capitalised words of the town.
pub(super) fn party_and_town_end(document: &Document, at: usize) -> Option<usize> {
    if at == 0 || !matches!(document.word(at - 1), "," | "(") {
        return None;
    }
    (at + 1..=at + 3).find_map(|k| match document.word_at(k)? {
        "," | ")" | "." | ";" => Some(Some(k)),
        word if is_capitalised(word) => None,
        _ => Some(None),
    })?
}

/// "By Kayla Dorsett | Published March 3, 2026", "Updated 6:12 PM": a story's time stamp,
/// its verb before a date, a time or "on"/"at", is no name.
fn time_stamp(document: &Document, index: usize, stem: &str) -> bool {
    lexicon::contains(lexicon::TIME_STAMP_VERBS, stem)
        && document.word_at(index + 1).is_some_and(|next| {
            next.starts_with(|c: char| c.is_ascii_digit())
                || matches!(next, "on" | "at")
                || super::is_date_word(next)
                || lexicon::SHORT_DATE_WORDS.contains(&next)
        })
}

/// "In Lisbon the talks resumed", "'On Paddy's Day …'": a function word opening a sentence or
/// a quotation is never (part of) a name; written in capitals ("IN", "WHO") it may be one.
/// Right after a capitalised word mid-sentence it goes on a name as a syllable of it ("Tan
/// Kiat How", "Wilson Or"): there a function word would be written in lower case.
fn capitalised_opener(document: &Document, index: usize, stem: &str) -> bool {
    lexicon::OPENERS.contains(&stem)
        && !continues_name(document, index)
        && !irish_article_opens_name(document, index, stem)
}

/// "in An Spidéal", "from An Cheathrú Rua": mid-sentence, where English writes "an" in lower
/// case, a capitalised "An" before a capitalised word is the Irish article opening a
/// place's name. (Not after a quotation mark, a bracket or a colon, where a sentence may
/// open, nor in a title-case headline.)
pub(super) fn irish_article_opens_name(document: &Document, index: usize, stem: &str) -> bool {
    if stem != "An" {
        return false;
    }
    if document.tokens[index].sentence_start() {
        return irish_name_opens_sentence(document, index);
    }
    if index == 0 {
        return false;
    }
    let token = &document.tokens[index];
    let sentence = token.sentence();
    let after_word = document.tokens[index - 1].kind() == TokenKind::Word;
    !token.sentence_start()
        && after_word
        && !document.in_title_case(sentence)
        && document.tokens.get(index + 1).is_some_and(|next| {
            next.sentence() == sentence
                && next.space_before()
                && is_capitalised(document.word(index + 1))
        })
}

/// "An Bord Pleanála said", "An Garda Síochána confirmed": opening a sentence, "An" is the
/// Irish article when the word after it is capitalised, no English word or given name, and
/// it or the next word is written with an Irish long vowel ("An Airbus A320" is English).
fn irish_name_opens_sentence(document: &Document, index: usize) -> bool {
    let sentence = document.tokens[index].sentence();
    let word_in_sentence = |k: usize| {
        document
            .tokens
            .get(k)
            .filter(|t| t.sentence() == sentence && t.kind() == TokenKind::Word)
            .map(|_| document.word(k))
    };
    let Some(next) = word_in_sentence(index + 1) else {
        return false;
    };
    let irish = |word: &str| word.contains(['á', 'é', 'í', 'ó', 'ú', 'Á', 'É', 'Í', 'Ó', 'Ú']);
    is_capitalised(next)
        && !document.is_english_word(next)
        && !document.gazetteer.given_name(next)
        && (irish(next) || word_in_sentence(index + 2).is_some_and(irish))
}

/// Whether the word at `index` follows a capitalised word of its sentence, a space between,
/// in ordinary prose (not a title-case headline).
fn continues_name(document: &Document, index: usize) -> bool {
    let token = &document.tokens[index];
    let Some(previous) = index.checked_sub(1).map(|i| &document.tokens[i]) else {
        return false;
    };
    !token.sentence_start()
        && token.space_before()
        && previous.sentence() == token.sentence()
        && previous.kind() == TokenKind::Word
        && is_capitalised(document.word(index - 1))
        && !document.in_title_case(token.sentence())
}

/// Whether a word may be written in capitals: its second byte is no lower-case ASCII letter
/// (a quick answer for nearly every word before [`is_acronym`] reads it through).
pub(super) fn maybe_shouted(word: &str) -> bool {
    !word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && is_acronym(word)
}

fn starts_with_digit(word: Option<&str>) -> bool {
    word.and_then(|w| w.bytes().next())
        .is_some_and(|b| b.is_ascii_digit())
}

/// "Thu 3 Apr 2025", "Apr 08, 2025": an abbreviated weekday or month beside a number (or
/// before another date word) is a date.
fn short_date_word(document: &Document, index: usize, stem: &str) -> bool {
    let word = stem.strip_suffix('.').unwrap_or(stem);
    if !lexicon::SHORT_DATE_WORDS.contains(&word) {
        return false;
    }
    let next = document.word_at(index + 1);
    let previous = index.checked_sub(1).and_then(|i| document.word_at(i));
    starts_with_digit(next)
        || starts_with_digit(previous)
        || next.is_some_and(|w| lexicon::SHORT_DATE_WORDS.contains(&w))
        || (next == Some(",") && starts_with_digit(document.word_at(index + 2)))
}

/// "Rs 1,240 crore", "R120-million", "Dh1.2 billion", "N4.2bn": a currency's letters before
/// an amount.
fn currency_amount(document: &Document, index: usize, stem: &str) -> bool {
    let bytes = stem.as_bytes();
    if !bytes
        .first()
        .is_some_and(|&b| lexicon::CURRENCY_PREFIXES.has_word_starting_with(b))
    {
        return false;
    }
    if let Some(digit) = bytes.iter().position(u8::is_ascii_digit) {
        return digit > 0
            && lexicon::CURRENCY_PREFIXES.contains(&&stem[..digit])
            && !road_after_the(document, index, bytes);
    }
    let letters = stem.strip_suffix('.').unwrap_or(stem);
    // ("GH¢2.4 million": the sign may stand between the letters and the number.)
    let amount_after = starts_with_digit(document.word_at(index + 1))
        || (matches!(document.word_at(index + 1), Some("¢" | "$" | "₵"))
            && starts_with_digit(document.word_at(index + 2)));
    letters.len() > 1 && lexicon::CURRENCY_PREFIXES.contains(&letters) && amount_after
}

/// "the R238", "the N15": a road's letter and a whole number after "the", with no word of
/// size after it ("the R50 million"), is a road, not rand or naira.
fn road_after_the(document: &Document, index: usize, bytes: &[u8]) -> bool {
    let road_shape = bytes.len() > 1 && bytes[1..].iter().all(u8::is_ascii_digit);
    let after_the = index
        .checked_sub(1)
        .and_then(|i| document.word_at(i))
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let sized = document
        .word_at(index + 1)
        .is_some_and(|w| lexicon::contains_folded(lexicon::AMOUNT_MAGNITUDES, w));
    road_shape && after_the && !sized
}

/// "(LEAD)", "(END)": a wire story's tag in parentheses; "UPDATE 2-Chilean miner halts…",
/// "EXCLUSIVE -": one opening a headline before a hyphen.
fn wire_tag(document: &Document, index: usize, stem: &str) -> bool {
    // (The word before is read only when it starts with the bracket.)
    let bracketed = || {
        index > 0
            && document.first_byte(index - 1) == b'('
            && document.word_at(index - 1) == Some("(")
            && document.word_at(index + 1) == Some(")")
    };
    let before_hyphen = || {
        document.opens_line(index)
            && document.word_at(index + 1).is_some_and(|next| {
                next == "-"
                    || next.split_once('-').is_some_and(|(n, _)| {
                        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                    })
            })
    };
    maybe_shouted(stem)
        && lexicon::contains_folded(lexicon::WIRE_TAGS, stem)
        && (bracketed() || before_hyphen())
}

/// How far a furniture line is read each way: such lines are short, and the reading stays
/// bounded however long a line of capitals runs.
const FURNITURE_REACH: usize = 6;

/// "FOR IMMEDIATE RELEASE", "NOTES TO EDITORS", "ENDS", a section label "HEALTH": a short line
/// of capitals made only of ordinary English words is page furniture, not a name.
fn furniture_line(document: &Document, index: usize, stem: &str) -> bool {
    if !maybe_shouted(stem) || stem.contains('.') {
        return false;
    }
    let starts_line = |k: usize| {
        k == 0 || {
            let gap_start = document.tokens[k - 1].span().end;
            let gap_end = document.tokens[k].span().start;
            document
                .text
                .get(gap_start..gap_end)
                .is_some_and(|gap| gap.contains('\n'))
        }
    };
    let mut first = index;
    while !starts_line(first) {
        if index - first >= FURNITURE_REACH {
            return false;
        }
        first -= 1;
    }
    let mut end = index + 1;
    while end < document.tokens.len() && !starts_line(end) {
        if end - index > FURNITURE_REACH {
            return false;
        }
        end += 1;
    }
    (first..end).all(|k| {
        let token = &document.tokens[k];
        if token.kind() != TokenKind::Word {
            return true;
        }
        let word = document.word(k);
        (is_acronym(word) || !is_capitalised(word))
            && document.is_common(word)
            && !document.known_place_or_organization(word)
            && !document.known_person_word(word)
    })
}

/// "By Alys Penrose, Political correspondent, BBC News": a line opening with "By" and a
/// capitalised word is a byline, whose capitals are names, not a headline's. So is a line
/// without "By" that gives a name, a comma and a newsroom job ("Steven Morris, Wales
/// correspondent", "Amara Diallo, Senior Sports Writer").
pub(super) fn is_byline(text: &str, tokens: &[Token], sentence: usize) -> bool {
    let line = super::sentence_tokens(tokens, sentence);
    let capitalised = |token: &Token| {
        token
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    match line {
        [by, next, ..] if by.text(text) == "By" && capitalised(next) => true,
        // "By: Jhesset Catapang-Villanueva - Reporter".
        [by, colon, next, ..]
            if by.text(text) == "By" && colon.text(text) == ":" && capitalised(next) =>
        {
            true
        }
        _ => names_then_job(text, line, capitalised) || names_then_outlet(text, line, capitalised),
    }
}

/// "Wren Takahashi-Moberg · CBC News · Posted: Mar 09, 2026": two to four capitalised words
/// opening a line of pieces set apart by middle dots or bars, the reporter's name first.
fn names_then_outlet(text: &str, line: &[Token], capitalised: impl Fn(&Token) -> bool) -> bool {
    let separator = |t: &Token| matches!(t.text(text), "·" | "|" | "•");
    let Some(first) = line.iter().position(separator) else {
        return false;
    };
    (2..=4).contains(&first)
        && line[..first]
            .iter()
            .all(|t| t.kind() == TokenKind::Word && capitalised(t))
        && line[first + 1..].iter().any(separator)
}

/// "Steven Morris, Wales correspondent": two to four capitalised words, a comma, and a short
/// description ending in a newsroom job.
fn names_then_job(text: &str, line: &[Token], capitalised: impl Fn(&Token) -> bool) -> bool {
    const MOST_WORDS: usize = 12;
    let Some(comma) = line.iter().position(|t| t.text(text) == ",") else {
        return false;
    };
    let last_word = line.iter().rev().find(|t| t.kind() == TokenKind::Word);
    (2..=4).contains(&comma)
        && line[..comma]
            .iter()
            .all(|t| t.kind() == TokenKind::Word && capitalised(t))
        && line.len() <= MOST_WORDS
        && last_word.is_some_and(|t| lexicon::contains_folded(lexicon::JOB_NOUNS, t.text(text)))
}
