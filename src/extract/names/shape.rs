//! The gazetteer's and the word-shape rules' kind for a name no rule of [`super::kinds`]
//! decided. They sit in [`SHAPE_RULES`], asked in order; the first that applies decides, and
//! its name is the mention's `kind_rule`. A name no rule decides is an organisation, the
//! finder's default.

use std::cell::Cell;

use super::{
    Document, Evidence, VERY_COMMON_RANK, has_possessive, is_acronym, is_capitalised,
    is_organisation_headed, is_particle_name, is_roman_numeral, is_title, lowered_is_any,
    strip_possessive, with_plural,
};
use crate::extract::gazetteer::{self, Entry, PlaceClass};
use crate::extract::lexicon;
use crate::model::Kind;

/// What a shape rule decides: the kind, how sure it is, and the gazetteer's canonical name.
pub(super) type Shaped = (Kind, Evidence, Option<&'static str>);

/// The name a shape rule is asked about.
pub(super) struct Shape<'a> {
    /// The name's words.
    pub words: &'a [&'a str],
    /// The words joined by spaces.
    pub full: &'a str,
    /// The name's first and last tokens, when it stands in the text.
    pub position: Option<(usize, usize)>,
    /// What the gazetteer says about the whole name (with one word, about the word).
    pub known: Entry,
    /// A one-word name's neighbours, read once for the rules that ask about them.
    neighbours: Option<Neighbours<'a>>,
    /// What the gazetteer says about the first and the last word, looked up when a rule
    /// first asks: several rules ask about each.
    first_entry: Cell<Option<Entry>>,
    last_entry: Cell<Option<Entry>>,
}

impl<'a> Shape<'a> {
    pub(super) fn new<'t: 'a>(
        d: &Document<'t>,
        words: &'a [&'a str],
        full: &'a str,
        position: Option<(usize, usize)>,
    ) -> Self {
        let neighbours = position
            .filter(|_| words.len() == 1)
            .map(|(first, last)| Neighbours {
                first,
                last,
                before: first.checked_sub(1).map(|i| d.word(i)),
                after: d.word_at(last + 1),
                after_next: d.word_at(last + 2),
                speaks: Cell::new(None),
                after_article: Cell::new(None),
            });
        let known = d.gazetteer.entry(full);
        // (One word is the whole name, whose entry is known.)
        let one_word = (words.len() == 1).then_some(known);
        Shape {
            words,
            full,
            position,
            known,
            neighbours,
            first_entry: Cell::new(one_word),
            last_entry: Cell::new(one_word),
        }
    }

    /// What the gazetteer says about word `k` of the name.
    fn entry_at(&self, d: &Document, k: usize) -> Entry {
        let cached = if k == 0 {
            &self.first_entry
        } else if k + 1 == self.words.len() {
            &self.last_entry
        } else {
            return d.gazetteer.entry(self.words[k]);
        };
        if let Some(entry) = cached.get() {
            return entry;
        }
        let entry = d.gazetteer.entry(self.words[k]);
        cached.set(Some(entry));
        entry
    }

    /// Whether word `k` of the name is a given name or a surname the gazetteer knows.
    fn is_person_word(&self, d: &Document, k: usize) -> bool {
        let known = self.entry_at(d, k);
        known.is_given_name() || known.is_surname()
    }

    fn one_word(&self) -> bool {
        self.words.len() == 1
    }

    fn several_words(&self) -> bool {
        self.words.len() > 1
    }

    /// The last word, in a list compared in lower case.
    fn last_in(&self, list: &lexicon::WordList) -> bool {
        self.words
            .last()
            .is_some_and(|w| lexicon::contains_folded(list, w))
    }

    /// The first word, in a list compared in lower case.
    fn first_in(&self, list: &lexicon::WordList) -> bool {
        self.words
            .first()
            .is_some_and(|w| lexicon::contains_folded(list, w))
    }
}

/// A shape rule's test.
type ShapeTest = fn(&Document, &Shape) -> Option<Shaped>;

/// A convention deciding a name's kind from the gazetteer, its words' shape or its
/// neighbours.
pub(super) struct ShapeRule {
    pub name: &'static str,
    /// How many words a name must have for the rule to apply: each rule checks that
    /// itself too, but a name is not asked about by the rules that cannot apply to it.
    words: Words,
    pub applies: ShapeTest,
}

/// The names a shape rule can apply to, by their number of words.
enum Words {
    One,
    Several,
    Any,
}

/// The rules, in the order they are asked.
pub(super) static SHAPE_RULES: &[ShapeRule] = &[
    several("ship's prefix", ship),
    rule("gazetteer place", gazetteer_place),
    rule("gazetteer organisation", gazetteer_organization),
    rule("cited publication", cited_publication),
    rule("paper told", paper_told),
    one("party before its member", party_before_member),
    rule("after a work noun", after_work_noun),
    rule("employer after a job", employer_after_job),
    one("demonym", demonym),
    rule("people of a town", people_of_town),
    one("group word", group_word),
    rule("language", language),
    several("saint's church or town hall", church_or_town_hall),
    several("organisation head", organisation_head),
    several("utility named for a place", utility_named_for_place),
    several("a field's body named for its country", field_body),
    several("station and its number", station_number),
    rule("road and its number", road_number),
    several("district named by compass", compass_district),
    several("byline", byline_name),
    several("place cue or head", place_cue_or_head),
    several("compass part of a place", compass_part),
    several("compass initial", compass_initial),
    several("thing cue", thing_cue),
    several("team named for a place", weather_team),
    several("team named for a place by a plural", plural_place_team),
    several("event cue", event_cue),
    several("demonym phrase", demonym_phrase),
    one("town shape", town_shape),
    rule("before -based", before_based),
    one("speaker's label", speaker_label),
    several("speaker's full name as a label", speaker_full_label),
    one("speaker before a quotation", speaker_before_quotation),
    one("acronym", acronym),
    one("idea or follower", idea_or_follower),
    several("age after a full name", aged_full_name),
    rule("plural of a capitalised thing", plural_of_capitalised),
    rule("singular of a capitalised thing", singular_of_capitalised),
    several("people by their nation", people_by_nation),
    several("compass word before a place", compass_word_before_place),
    several(
        "opens with a nation or closes with an acronym",
        no_personal_ends,
    ),
    several("Irish article", irish_article),
    several("several words after a locative", locative_words),
    several("several words before a place noun", words_before_place_noun),
    rule("home of a person", home_of_person),
    several("firm of partners", firm_of_partners),
    rule("after a kind of business", after_business_noun),
    several("initials before a name", initials_before_name),
    several(
        "several words listed beside places",
        words_listed_beside_place,
    ),
    rule("end of a route", end_of_route),
    several("land's word after no given name", topographic_name),
    several("street after its preposition", street_after_preposition),
    several("opened by a brand", opened_by_brand),
    several("given name or particle", given_name_or_particle),
    several("surname", surname),
    rule("before a region", before_region),
    several("every word a place", every_word_a_place),
    several("plural team", plural_team),
    rule("owner of an office", owner_of_office),
    several("uncommon words", uncommon_words),
    several("several plain words", several_plain_words),
    one("speaks after an article", speaks_after_article),
    one("a body's spokesperson", body_spokesperson),
    one("age or kin", age_or_kin),
    one("addressed in a quotation", addressed),
    one("camel-case brand", camel_case_brand),
    one("speaks or credited", speaks_or_credited),
    one("player in a match report", player_in_match_report),
    one("double-barrelled surname", double_barrelled_surname),
    one("after a locative", after_locative),
    one("listed beside a place", listed_beside_place),
    one("before a place noun", before_place_noun),
    rule("owns what a place has", owns_what_a_place_has),
    one("code with a number", code_with_number),
    rule("ordinary word", ordinary_word),
    one("feature after an article", feature_after_article),
    rule("given name or surname", given_name_or_surname),
    one("small town", small_town),
    one("compass region", compass_region),
    one("land after an article", land_after_article),
    one("one word in a match report", one_word_in_match_report),
];

/// A rule for names of any number of words.
const fn rule(name: &'static str, applies: ShapeTest) -> ShapeRule {
    ShapeRule {
        name,
        words: Words::Any,
        applies,
    }
}

/// A rule for one-word names only.
const fn one(name: &'static str, applies: ShapeTest) -> ShapeRule {
    ShapeRule {
        name,
        words: Words::One,
        applies,
    }
}

/// A rule for names of several words only.
const fn several(name: &'static str, applies: ShapeTest) -> ShapeRule {
    ShapeRule {
        name,
        words: Words::Several,
        applies,
    }
}

/// The first shape rule that decides the kind of `shape`, or the default: an organisation,
/// on no evidence.
pub(super) fn decide(document: &Document, shape: &Shape) -> (Shaped, &'static str) {
    let count = shape.words.len();
    SHAPE_RULES
        .iter()
        .filter(|rule| match rule.words {
            Words::One => count == 1,
            Words::Several => count > 1,
            Words::Any => true,
        })
        .find_map(|rule| (rule.applies)(document, shape).map(|shaped| (shaped, rule.name)))
        .unwrap_or(((Kind::Organization, Evidence::Fallback, None), "default"))
}

/// "MV Glen Sannox", "USS Carl Vinson", "HMAS Canberra": a ship's prefix opens the ship's
/// name, whatever the words after it would name alone.
fn ship(_: &Document, s: &Shape) -> Option<Shaped> {
    (s.several_words() && lexicon::SHIP_PREFIXES.contains(&s.words[0])).then_some((
        Kind::Other,
        Evidence::Sure,
        None,
    ))
}

fn gazetteer_place(d: &Document, s: &Shape) -> Option<Shaped> {
    let place = match d.gazetteer.place_of(&s.known) {
        Some(place) => place,
        None => place_named_with_the(d, s)?,
    };
    let evidence =
        if s.several_words() || place.class != PlaceClass::City || place.population > 100_000 {
            Evidence::Sure
        } else {
            Evidence::Likely
        };
    Some((Kind::Place, evidence, Some(place.name)))
}

/// "in The Hague": a place whose name opens with a capitalised "The", which the name
/// finder leaves out of the name as it does a newspaper's.
fn place_named_with_the<'g>(d: &Document<'g>, s: &Shape) -> Option<&'g gazetteer::Place> {
    let (first, _) = s.position?;
    let before = d.word_at(first.checked_sub(1)?)?;
    if before != "The" {
        return None;
    }
    d.gazetteer.place(&format!("The {}", s.full))
}

fn gazetteer_organization(d: &Document, s: &Shape) -> Option<Shaped> {
    let organization = match d.gazetteer.organization_of(&s.known) {
        Some(organization) => organization,
        None if s.one_word() => d.acronym_written_as_word(s.full)?,
        None => return None,
    };
    Some((Kind::Organization, Evidence::Sure, Some(organization.name)))
}

/// `"…" — Toronto Star, August 15, 2008`.
fn cited_publication(d: &Document, s: &Shape) -> Option<Shaped> {
    s.position
        .is_some_and(|(first, last)| d.is_cited_publication(first, last))
        .then_some((Kind::Organization, Evidence::Likely, None))
}

/// "told The Gleaner", "told the Courier": whom a speaker told, named with an article, is a
/// paper or a broadcaster (no person's name takes one).
fn paper_told(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let article = first.checked_sub(1)?;
    let verb = article.checked_sub(1)?;
    let told = d.word(article).eq_ignore_ascii_case("the")
        && lexicon::contains(lexicon::TELL_FORMS, d.word(verb));
    told.then_some((Kind::Organization, Evidence::Likely, None))
}

/// "the film Easy Rider", "her novel The Testaments". An article between the noun and the
/// name is the title's only when capitalised: in "will play the Cowboys" the noun is a verb.
fn after_work_noun(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let sentence = d.tokens[first].sentence();
    let mut before = first.checked_sub(1);
    if before.is_some_and(|b| {
        d.tokens[b].sentence() == sentence
            && is_capitalised(d.word(b))
            && d.token_in_folded(b, lexicon::DETERMINERS)
    }) {
        before = before.and_then(|b| b.checked_sub(1));
    }
    before
        .is_some_and(|b| d.tokens[b].sentence() == sentence && d.token_in(b, lexicon::WORK_NOUNS))
        .then_some((Kind::Other, Evidence::Likely, None))
}

/// "analysts at Macquarie", "an economist at Barrenjoey", "a spokesperson for Barratt":
/// where people of these jobs work, or whom a spokesperson speaks for, is an organisation,
/// whatever the name would be alone.
fn employer_after_job(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let at = first.checked_sub(1)?;
    let job = at.checked_sub(1)?;
    let sentence = d.tokens[first].sentence();
    let employs = d.text_is(at, "at") && d.token_in_folded(job, lexicon::EMPLOYEE_NOUNS)
        || d.text_is(at, "for") && lexicon::is_spokes_noun(d.word(job));
    // "Traders at Balogun Market", "nurses at Derriford Hospital": where they work is a
    // place when its name says so.
    let place = s.several_words() && s.last_in(lexicon::PLACE_CUES);
    (d.tokens[job].sentence() == sentence && employs && !place).then_some((
        Kind::Organization,
        Evidence::Likely,
        None,
    ))
}

/// "Syrian" and "Syrians" name one group: the people of the country.
fn demonym(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.one_word() {
        return None;
    }
    let people = d.gazetteer.people_of(&s.known)?;
    Some((Kind::Group, Evidence::Sure, Some(people)))
}

/// "Lagosians", "a Londoner", "New Yorkers", "Torontonians": a known place with a people
/// ending names the people of the town, as "Syrians" names those of the country. The place
/// must be one the gazetteer knows, and the whole no given name or surname ("Parker" is no
/// one from Park).
fn people_of_town(d: &Document, s: &Shape) -> Option<Shaped> {
    let last = *s.words.last()?;
    let singular = last.strip_suffix('s').unwrap_or(last);
    // Asked of nearly every name: the endings answer before the gazetteer is asked, and a
    // place is written out only for a capitalised stem.
    let from_place = |stem: &str| {
        if !is_capitalised(stem) {
            return false;
        }
        let mut place = String::with_capacity(s.full.len());
        for word in &s.words[..s.words.len() - 1] {
            place.push_str(word);
            place.push(' ');
        }
        place.push_str(stem);
        d.gazetteer.place(&place).is_some()
    };
    // "Lagos-ian", "Toronto-nian", "London-er", "Milan-ese", "Florid(a)-ian", "Californi(a)-n".
    let people = lexicon::TOWN_PEOPLE_ENDINGS.iter().any(|ending| {
        singular.strip_suffix(ending).is_some_and(|stem| {
            stem.len() > 2
                && (from_place(stem)
                    || (ending.starts_with('i') && from_place(&format!("{stem}a"))))
        })
    }) || singular
        .strip_suffix('n')
        .is_some_and(|stem| stem.ends_with('a') && from_place(stem));
    let person_word = || s.is_person_word(d, s.words.len() - 1) || d.known_person_word(singular);
    (people && !person_word()).then_some((Kind::Group, Evidence::Likely, None))
}

/// "a Gaelic teacher", "in Swahili", "Scottish Gaelic": a language, no body or place (a
/// people's or nation's word stays a group).
fn language(_: &Document, s: &Shape) -> Option<Shaped> {
    (s.known.is_language() && !s.known.is_group_word()).then_some((
        Kind::Other,
        Evidence::Sure,
        None,
    ))
}

fn group_word(_: &Document, s: &Shape) -> Option<Shaped> {
    (s.one_word() && s.known.is_group_word()).then_some((Kind::Group, Evidence::Sure, None))
}

/// "Merseyside Police", "Ministry of Defence".
fn organisation_head(_: &Document, s: &Shape) -> Option<Shaped> {
    // "Chongwe District", "the Lake District": a district is a place, unless a service's
    // word names what runs it ("Irving Independent School District", "Yolo Water District").
    if let [.., before, last] = s.words
        && last.eq_ignore_ascii_case("district")
        && !lexicon::contains_folded(lexicon::SERVICE_DISTRICT_WORDS, before)
    {
        return None;
    }
    let headed = || {
        is_organisation_headed(s.words)
            || (s.first_in(lexicon::ORGANIZATION_CUES) && s.words.get(1) == Some(&"of"))
            || s.first_in(lexicon::FOREIGN_BODY_HEADS)
    };
    (s.several_words() && headed()).then_some((Kind::Organization, Evidence::Sure, None))
}

/// "Athletics Kenya", "Transport Malta", "Historic England": a field's word before the name
/// of the country whose body it is.
fn field_body(d: &Document, s: &Shape) -> Option<Shaped> {
    let [field, place] = s.words else {
        return None;
    };
    let body = lexicon::contains_folded(lexicon::FIELD_BODY_NOUNS, field)
        && d.gazetteer
            .place(strip_possessive(place))
            .is_some_and(|p| matches!(p.class, PlaceClass::Country | PlaceClass::State));
    body.then_some((Kind::Organization, Evidence::Sure, None))
}

/// "Yorkshire Water", "Kenya Power", "Exe Valley Water": a utility's word after a name (a
/// place, a demonym or a word no dictionary has) ends a body's name. ("Clean Water",
/// "Nuclear Power": after ordinary words it names the thing.)
fn utility_named_for_place(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() || !s.last_in(lexicon::UTILITY_NOUNS) {
        return None;
    }
    let first = strip_possessive(s.words[0]);
    let named = !d.is_english_word(first)
        || s.entry_at(d, 0).is_place()
        || d.gazetteer.demonym(first).is_some()
        || lexicon::contains_folded(lexicon::NAME_OPENING_ADJECTIVES, first);
    named.then_some((Kind::Organization, Evidence::Likely, None))
}

/// "Highway 391", "Indian Route 5071"; "the M4", "the A470 near Builth": a road's word and
/// its number, or a road's letter and number after "the" where no noun follows ("the M4
/// chip" is a thing), name a road.
/// "BBC Radio 4", "Channel 4": a broadcaster's station or channel.
fn station_number(_: &Document, s: &Shape) -> Option<Shaped> {
    let [.., noun, number] = s.words else {
        return None;
    };
    super::numbers_station(noun, number).then_some((Kind::Organization, Evidence::Likely, None))
}

fn road_number(d: &Document, s: &Shape) -> Option<Shaped> {
    let road = Some((Kind::Place, Evidence::Sure, None));
    if let [.., noun, number] = s.words {
        return super::numbers_road(noun, number).then_some(road)?;
    }
    let bytes = s.full.as_bytes();
    let coded = (2..=5).contains(&bytes.len())
        && matches!(bytes[0], b'A' | b'B' | b'M' | b'N' | b'R')
        && bytes[1..].iter().all(u8::is_ascii_digit);
    let (first, last) = s.position?;
    let after_the = first > 0 && d.word(first - 1).eq_ignore_ascii_case("the");
    let no_noun_after = d.word_at(last + 1).is_none_or(|next| {
        !next.starts_with(|c: char| c.is_lowercase())
            || lexicon::contains_folded(lexicon::ROAD_NOUNS, next)
            || d.gazetteer
                .folded_rank(next)
                .is_some_and(|rank| rank <= VERY_COMMON_RANK)
    });
    (coded && after_the && no_noun_after).then_some(road)?
}

/// "Bolton North East", "Leeds Central", "Dublin Bay South", "Dublin Fingal West": a place and
/// a compass word after it name a constituency or a district.
fn compass_district(d: &Document, s: &Shape) -> Option<Shaped> {
    let [place @ .., last] = s.words else {
        return None;
    };
    let mut place = place;
    while let [rest @ .., compass] = place
        && lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, compass)
    {
        place = rest;
    }
    // ("Marong North": one word no dictionary or name list has, too; "Kevin North" is a
    // person.)
    let unknown_word =
        |w: &str| !d.is_english_word(w) && !d.gazetteer.given_name(w) && !is_acronym(w);
    let known_place = !place.is_empty()
        && (matches!(place, [only] if unknown_word(only))
            || d.gazetteer
                .place(strip_possessive(&d.joined(place)))
                .is_some()
            || place
                .last()
                .is_some_and(|w| lexicon::contains_folded(lexicon::PLACE_CUES, w))
            // ("Dublin Fingal West": a known place no one is called, and one more word.)
            || matches!(place, [town, _] if d.gazetteer.place(town).is_some()
                && !d.gazetteer.given_name(town)));
    (lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, last) && known_place).then_some((
        Kind::Place,
        Evidence::Sure,
        None,
    ))
}

/// "Parr Street", "Mount Everest"; but "Marc Lamont Hill": a given name, a middle name and a
/// surname that is also a place's head ("Capitol Hill") make a person.
fn place_cue_or_head(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let words = s.words;
    let full_personal_name = words.len() >= 3
        && s.entry_at(d, 0).is_given_name()
        && (1..words.len()).all(|k| s.is_person_word(d, k));
    // "Damon Hill said": a given name and a surname that is also a place's word, speaking.
    let person_speaking = || {
        words.len() == 2
            && s.entry_at(d, 0).is_given_name()
            && s.entry_at(d, 1).is_surname()
            && s.position.is_some_and(|(_, last)| {
                d.word_at(last + 1)
                    .is_some_and(|next| lexicon::contains(lexicon::SPEECH_VERBS, next))
            })
    };
    let place_head = words[0].strip_suffix('.').unwrap_or(words[0]);
    let headed_place = lexicon::contains_folded(lexicon::PLACE_HEADS, place_head);
    ((s.last_in(lexicon::PLACE_CUES) || headed_place) && !full_personal_name && !person_speaking())
        .then_some((Kind::Place, Evidence::Sure, None))
}

/// "the Pacific Northwest", "Syria's north-east": a part of a known place.
fn compass_part(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let compass = s
        .words
        .last()
        .is_some_and(|w| lexicon::contains_folded(lexicon::COMPASS_POINTS, w));
    let rest = || d.joined(&s.words[..s.words.len() - 1]);
    (compass && d.gazetteer.place(&rest()).is_some()).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "S. Korea", "N. Ireland": a compass point shortened before the rest of a known place's
/// name.
fn compass_initial(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let compass_word = match s.words[0].trim_end_matches('.') {
        "N" => "North",
        "S" => "South",
        "E" => "East",
        "W" => "West",
        _ => return None,
    };
    let rest = s.words[1..].join(" ");
    let expanded = format!("{compass_word} {}", strip_possessive(&rest));
    let place = d.gazetteer.place(&expanded)?;
    Some((Kind::Place, Evidence::Likely, Some(place.name)))
}

/// "Space Shuttle", "Booker Prize".
fn thing_cue(_: &Document, s: &Shape) -> Option<Shaped> {
    let cued = || s.last_in(lexicon::THING_CUES) || s.last_in(lexicon::LAW_HEADS);
    (s.several_words() && cued()).then_some((Kind::Other, Evidence::Likely, None))
}

/// "Gulf War", "Hurricane Maria".
/// "Melbourne Storm", "Carolina Hurricane": a place before a weather word is a team; storms
/// are named with the weather word first ("Storm Darragh", "Hurricane Maria").
fn weather_team(d: &Document, s: &Shape) -> Option<Shaped> {
    let team = s.several_words()
        && s.last_in(lexicon::EVENT_HEADS)
        && d.gazetteer.place_of(&s.entry_at(d, 0)).is_some();
    team.then_some((Kind::Organization, Evidence::Likely, None))
}

/// "Denver Nuggets", "Leeds Rhinos", "Sydney Swans": in a match report, a place before the
/// plural of an ordinary noun is a team, when the plural is no surname ("Dallas Brooks") and
/// no feature of the land ("Malvern Hills").
fn plural_place_team(d: &Document, s: &Shape) -> Option<Shaped> {
    let [_, plural] = s.words[..] else {
        return None;
    };
    let singular = plural.strip_suffix('s').filter(|w| w.len() > 2)?;
    let team = d.is_match_report()
        && d.gazetteer.place_of(&s.entry_at(d, 0)).is_some()
        && !s.entry_at(d, 1).is_surname()
        && d.is_english_word(singular)
        && !lexicon::contains_folded(lexicon::PLACE_HEADS, singular)
        && !lexicon::contains_folded(lexicon::NATURAL_FEATURES, singular);
    team.then_some((Kind::Organization, Evidence::Likely, None))
}

fn event_cue(_: &Document, s: &Shape) -> Option<Shaped> {
    let cued = || s.last_in(lexicon::EVENT_CUES) || s.first_in(lexicon::EVENT_HEADS);
    (s.several_words() && cued()).then_some((Kind::Event, Evidence::Likely, None))
}

fn demonym_phrase(_: &Document, s: &Shape) -> Option<Shaped> {
    (s.several_words() && s.known.is_demonym()).then_some((Kind::Group, Evidence::Likely, None))
}

/// "Newton-le-Willows", "Banffshire", "Sligo-Leitrim".
fn town_shape(d: &Document, s: &Shape) -> Option<Shaped> {
    (s.one_word() && is_hyphenated_place(s.full, d.gazetteer)).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "a Porthgain-based charity", "the London-based firm": what something is based in is a
/// place.
fn before_based(d: &Document, s: &Shape) -> Option<Shaped> {
    let (_, last) = s.position?;
    let word = d.word(last);
    let based = word.len() > 6
        && word
            .get(word.len() - 6..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("-based"));
    based.then_some((Kind::Place, Evidence::Likely, None))
}

/// "Starmer: ‘We will not back down’": one word opening a headline before a colon and a
/// quotation is who said it.
fn speaker_before_quotation(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, last) = s.position?;
    (first == last && d.labels_a_quotation(first) && !d.is_common(s.full)).then_some((
        Kind::Person,
        Evidence::Likely,
        None,
    ))
}

/// "OKAFOR: Did you know?": a word in capitals opening a line before a colon, which the
/// text also writes as a name in ordinary case ("Senator Maria Okafor"), is a transcript's
/// label for that speaker.
fn speaker_label(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let label = s.one_word()
        && is_acronym(s.full)
        && s.full.chars().count() >= 3
        && n.after == Some(":")
        && d.opens_line(n.first);
    if !label {
        return None;
    }
    let title_cased = lexicon::title_cased(s.full);
    let known = d.gazetteer.entry(&title_cased);
    // The text writes the name in running text too, or it is a long word no list has (the
    // panel's names may stand only in a list of speakers, which reads as a headline).
    let named = d.seen_capitalised.contains(&title_cased)
        || (s.full.chars().count() >= 5
            && !d.is_english_word(&title_cased)
            && !known.is_organization()
            && !known.is_place());
    if !named {
        return None;
    }
    // "KARACHI: The city's traders …": a place no one is named after, in capitals before a
    // colon, is a dateline, as Pakistani and Indian papers write them.
    if known.is_place() && !known.is_surname() && !known.is_given_name() {
        return Some((Kind::Place, Evidence::Likely, None));
    }
    Some((Kind::Person, Evidence::Likely, None))
}

/// "ARLO FENWICK-CROW: We paid for it.", "INÉS CARRASQUILLO-VOSS, HOST:": a transcript's
/// label, a full name in capitals opening a line before a colon (or a comma and the
/// speaker's role), none of its words English.
fn speaker_full_label(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, last) = s.position?;
    let capitals = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    // ("INES MARSH, HOST:": a role after the name makes it a speaker's, whatever its words.)
    let role_after = d.word_at(last + 1) == Some(",")
        && d.word_at(last + 2).is_some_and(capitals)
        && d.word_at(last + 3) == Some(":");
    let before_colon = d.word_at(last + 1) == Some(":") || role_after;
    let label = before_colon
        && d.opens_line(first)
        && s.words
            .iter()
            .all(|w| capitals(w) && (role_after || !d.is_english_word(w)));
    label.then_some((Kind::Person, Evidence::Likely, None))
}

/// An acronym is an organisation's, but "WASHINGTON (Reuters) -": a dateline's city in
/// capitals is the city.
fn acronym(d: &Document, s: &Shape) -> Option<Shaped> {
    let full = s.full;
    if !(s.one_word() && is_acronym(full)) {
        return None;
    }
    // The word as prose writes it, asked of the gazetteer and of the text.
    let letters = full.chars().count();
    let title_cased = (letters >= 4).then(|| lexicon::title_cased(full));
    if let Some(place) = title_cased.as_deref().and_then(|t| d.gazetteer.place(t)) {
        return Some((Kind::Place, Evidence::Likely, Some(place.name)));
    }
    // "the SAVA region", "the BARMM province": capitals before a word for an area of
    // government name the area.
    let area_after = s.position.is_some_and(|(_, last)| {
        d.word_at(last + 1)
            .is_some_and(|next| lexicon::contains(lexicon::AREA_NOUNS_AFTER, next))
    });
    if area_after {
        return Some((Kind::Place, Evidence::Likely, None));
    }
    // ("IST - KRISHNAGIRI" where the text writes "Krishnagiri district": a long word in
    // capitals the text also writes as a name is that name shouted, whatever it names.)
    let shouted_name = letters >= 6
        && title_cased
            .as_deref()
            .is_some_and(|t| d.seen_capitalised.contains(t));
    let evidence = if shouted_name {
        Evidence::Fallback
    } else {
        Evidence::Likely
    };
    Some((Kind::Organization, evidence, None))
}

/// "Islamophobia", "Zionism": an idea; "a former Scientologist": a follower.
fn idea_or_follower(_: &Document, s: &Shape) -> Option<Shaped> {
    let named = s.known.is_given_name() || s.known.is_surname();
    if !s.one_word() || is_acronym(s.full) || named {
        return None;
    }
    let kind = lexicon::with_lower(s.full, |folded| {
        if lexicon::IDEA_ENDINGS
            .iter()
            .any(|end| folded.ends_with(end))
        {
            return Some(Kind::Other);
        }
        // Not "Zeitgeist" nor "Christ", nor a Nordic surname ("Lindqvist", "Almquist",
        // "Blomkvist": English spells no follower so).
        let follower = folded.trim_end_matches('s');
        let nordic = lexicon::NORDIC_SURNAME_ENDINGS
            .iter()
            .any(|end| follower.ends_with(end));
        (follower.len() >= 7 && follower.ends_with("ist") && !follower.ends_with("eist") && !nordic)
            .then_some(Kind::Group)
    })?;
    Some((kind, Evidence::Likely, None))
}

/// "Hamish Marchbank, 81, who …": an age set after a name of several words is a person's,
/// even where the family is also named ("the Marchbanks").
fn aged_full_name(d: &Document, s: &Shape) -> Option<Shaped> {
    (s.several_words() && s.position.is_some_and(|(_, last)| d.aged(last))).then_some((
        Kind::Person,
        Evidence::Likely,
        None,
    ))
}

/// Whether the name may be a person's, which keeps it from the plural and singular rules:
/// one word that is a surname, or several opening with a given name.
fn person_like(d: &Document, s: &Shape) -> bool {
    if s.one_word() {
        s.known.is_surname()
    } else {
        s.entry_at(d, 0).is_given_name()
    }
}

/// "Polaroids" where "Polaroid" is also written: the plural of a thing's name. (Not a
/// surname: "Kathryn Waters" stays a person where a typo writes "Water".)
fn plural_of_capitalised(d: &Document, s: &Shape) -> Option<Shaped> {
    let last = s.words.last().copied().unwrap_or("");
    let plural = last
        .strip_suffix('s')
        .is_some_and(|singular| singular.len() > 2 && d.seen_capitalised.contains(singular));
    (plural && !person_like(d, s)).then_some((Kind::Other, Evidence::Likely, None))
}

/// "the Polaroid camera", "Warhol Polaroid exhibits" where "Polaroids" is also written: the
/// singular of a thing's name, alone or after its maker's.
fn singular_of_capitalised(d: &Document, s: &Shape) -> Option<Shaped> {
    let last = s.words.last().copied().unwrap_or("");
    let singular = !person_like(d, s)
        && with_plural(last, |plural| {
            // Not "Water" where "Kathryn Waters" is written: a surname is no plural.
            d.seen_capitalised.contains(plural) && !d.known_person_word(plural)
        });
    singular.then_some((Kind::Other, Evidence::Guess, None))
}

/// "Self-employed Canadians", "Young Australians": people named by their nation.
fn people_by_nation(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let last = strip_possessive(s.words[s.words.len() - 1]);
    (last.ends_with('s') && d.gazetteer.demonym(last).is_some()).then_some((
        Kind::Group,
        Evidence::Likely,
        None,
    ))
}

/// "West Azerbaijan", "North Wales", "Greater Manchester", "Old Trafford": a compass word
/// or another adjective that opens names of places, before a known place, names a part or a
/// place of its own.
fn compass_word_before_place(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let compass = lexicon::contains_folded(
        lexicon::NAME_OPENING_ADJECTIVES,
        strip_possessive(s.words[0]),
    );
    // "West Tyrone", "West Java": a compass word before one word no dictionary has.
    let compass_word = lexicon::contains_folded(lexicon::COMPASS_SUFFIXES, s.words[0]);
    if let [_, only] = s.words
        && compass_word
        && !is_acronym(only)
        && !d.is_english_word(strip_possessive(only))
    {
        return Some((Kind::Place, Evidence::Likely, None));
    }
    let rest = || d.joined(&s.words[1..]);
    (compass && d.gazetteer.place(strip_possessive(&rest())).is_some()).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "British Steel", "UK Steel", "Africa CDC": a country, region or nationality opening the
/// name, or an acronym closing it, makes it no person's. ("Jordan Ellery-Price", "Georgia
/// Hale": a country that is also a given name opens a person's name as often as anything
/// else's; "DARNELL WHITFIELD": a name in capitals throughout is no acronym's.)
fn no_personal_ends(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let g = d.gazetteer;
    let words = s.words;
    let first = strip_possessive(words[0]);
    let opening = if first.len() == words[0].len() {
        s.entry_at(d, 0)
    } else {
        g.entry(first)
    };
    let country_or_nation = g.place_of(&opening).is_some_and(|p| {
        matches!(
            p.class,
            PlaceClass::Country | PlaceClass::State | PlaceClass::Continent
        )
    }) || opening.is_demonym();
    let opens_with_place = (country_or_nation || (is_acronym(first) && opening.is_place()))
        && !opening.is_given_name();
    let last_at = words.len() - 1;
    let last = strip_possessive(words[last_at]);
    let acronym_last = is_acronym(last)
        && last.chars().count() >= 2
        && !is_roman_numeral(last)
        && !(if last.len() == words[last_at].len() {
            s.entry_at(d, last_at)
        } else {
            g.entry(last)
        })
        .is_place()
        && !words.iter().all(|w| is_acronym(w));
    (opens_with_place || acronym_last).then_some((Kind::Organization, Evidence::Guess, None))
}

/// Whether no word of the name is a given name.
fn no_given_name(d: &Document, s: &Shape) -> bool {
    // ("in Al Hamra", "in El Alto": the Arabic or Spanish article opening a place's name is
    // no given name there.)
    let article = |k: usize| k == 0 && s.words.len() > 1 && matches!(s.words[0], "Al" | "El");
    !(0..s.words.len()).any(|k| !article(k) && s.entry_at(d, k).is_given_name())
}

/// "in Port Talbot", "visited Ang Mo Kio", "the provinces of West Azerbaijan": an unknown
/// name that no given name is in, after a locative preposition or a verb of visiting, is a
/// place.
fn locative_words(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    if !s.several_words() {
        return None;
    }
    let locative = (first > 0
        && (d.token_in_folded(first - 1, lexicon::LOCATIVE_PREPOSITIONS)
            || d.token_in_folded(first - 1, lexicon::VISIT_VERBS)))
        || d.after_seat_title(first);
    // "residents of Kwun Tong", "the outskirts of Ban Chang": a noun that only places follow
    // with "of" is cue enough, whatever words the name shares with given names.
    let place_noun_of = d.after_place_noun_of(first);
    // ("in Ruaridh Kinnaird's corner": the possessive, read from the token the name's words
    // were cut from, makes the name the owner of what follows.)
    let (_, last) = s.position?;
    let possessive =
        s.words.last().is_some_and(|w| has_possessive(w)) || has_possessive(d.word(last));
    // "over the Sierra Madre", "in the Wester Ross": after a locative and "the", a given name
    // opens no person's name (one before a noun may: "in the John Hale case").
    let locative_the = first >= 2
        && d.text_is(first - 1, "the")
        && (d.token_in_folded(first - 2, lexicon::LOCATIVE_PREPOSITIONS)
            || matches!(d.word(first - 2), "over" | "along"))
        && !d.word_at(last + 1).is_some_and(|w| {
            d.tokens[last + 1].sentence() == d.tokens[last].sentence()
                && w.starts_with(|c: char| c.is_lowercase())
        });
    // ("Ban Chang, near Rayong": a place said to be near another.)
    let near_place = no_given_name(d, s) && d.placed_after(last);
    // ("from St Harmon to Llanidloes", "moved to Port Talbot": a journey's ends.)
    let journey = || no_given_name(d, s) && d.after_place_preposition(first, last);
    let placed = (locative && no_given_name(d, s))
        || place_noun_of
        || locative_the
        || near_place
        || journey();
    (placed && !possessive).then_some((Kind::Place, Evidence::Guess, None))
}

/// "in An Spidéal", "An Bord Pleanála said": a name opened by the Irish article is a place
/// where a place is cued (a locative before it), a body otherwise; never a person, though
/// "An" is a given name too.
fn irish_article(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    // ("An Nguyen": a given name before a surname.)
    if s.words.first() != Some(&"An") || s.is_person_word(d, 1) {
        return None;
    }
    let locative = (first > 0 && d.token_in_folded(first - 1, lexicon::LOCATIVE_PREPOSITIONS))
        || d.after_place_noun_of(first);
    Some(if locative {
        (Kind::Place, Evidence::Likely, None)
    } else {
        (Kind::Organization, Evidence::Guess, None)
    })
}

/// A word written as brands are, a capital inside it: "PlayStation", "eBay", "inkLoom".
fn is_brand(word: &str) -> bool {
    let word = strip_possessive(word);
    super::is_camel_case_brand(word) || super::is_lower_camel_brand(word)
}

/// "inkLoom Slate", "eBay Motors": a brand opening a name of several words names the brand's
/// line or arm, never a person.
fn opened_by_brand(_: &Document, s: &Shape) -> Option<Shaped> {
    is_brand(s.words[0]).then_some((Kind::Organization, Evidence::Guess, None))
}

/// "VisitScotland figures", "PayPal said": one word with a capital inside is a firm's or a
/// body's name.
/// ("in KwaNobuhle", "Motherwell and KwaNobuhle": after a locative or in a list, the rules
/// for those decide.)
fn camel_case_brand(d: &Document, s: &Shape) -> Option<Shaped> {
    if !(s.one_word() && is_brand(s.full)) {
        return None;
    }
    let (first, _) = s.position?;
    let after_locative = first > 0 && d.token_in_folded(first - 1, lexicon::LOCATIVE_PREPOSITIONS);
    let listed = || {
        first > 1
            && matches!(d.word(first - 1), "and" | "," | "or")
            && super::is_capitalised(d.word(first - 2))
    };
    (!after_locative && !listed()).then_some((Kind::Organization, Evidence::Likely, None))
}

/// "the Toa Payoh hawker centre", "the Madre de Dios region": a name no given name is in,
/// before a place noun, is the place.
fn words_before_place_noun(d: &Document, s: &Shape) -> Option<Shaped> {
    let (_, last) = s.position?;
    // ("Wester Ross villages", "the Lawrence Weston estate": a place noun right after the
    // name outweighs a given name in it.)
    let noun_right_after = || {
        d.word_at(last + 1).is_some_and(|w| {
            d.tokens[last + 1].sentence() == d.tokens[last].sentence()
                && w.starts_with(|c: char| c.is_lowercase())
                && is_place_noun(w)
        })
    };
    let placed = (d.place_noun_follows(last) && (no_given_name(d, s) || noun_right_after()))
        || d.plural_place_noun_after_list(last);
    (s.several_words() && placed).then_some((Kind::Place, Evidence::Guess, None))
}

/// "copper miner Cordillera Austral", "chipmaker Arvantis", "The operator, Terminales del
/// Norte, said": a name right after a noun for a kind of business, or set beside one, is
/// that business, unless a given name opens it ("Chilean miner Mario Sepúlveda").
fn after_business_noun(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let business = |k: usize| {
        d.is_word(k)
            && d.word(k).starts_with(|c: char| c.is_lowercase())
            && lexicon::contains(lexicon::BUSINESS_NOUNS, d.word(k))
    };
    let same_sentence = |k: usize| d.tokens[k].sentence() == d.tokens[first].sentence();
    let before = first.checked_sub(1).filter(|&k| same_sentence(k));
    let right_after = before.is_some_and(business);
    // ("the network regulator, the Bundesnetzagentur, approved": the name's own article
    // after the comma.)
    let before = match before {
        Some(k) if k > 0 && d.word(k).eq_ignore_ascii_case("the") && d.word(k - 1) == "," => {
            Some(k - 1)
        }
        other => other,
    };
    // ("The operator, Terminales del Norte, said"; one word may describe the noun: "The
    // network regulator, the Bundesnetzagentur,".)
    let determiner_at = |k: Option<usize>| {
        k.filter(|&k| same_sentence(k))
            .is_some_and(|k| lexicon::contains_folded(lexicon::DETERMINERS, d.word(k)))
    };
    // ("A former office manager at the firm, Delwyn Roskruge, said": a name set beside a job
    // held at the business describes the one who holds it.)
    let job_at = |determiner: usize| {
        determiner >= 2
            && d.text_is(determiner - 1, "at")
            && d.token_in_folded(determiner - 2, lexicon::EMPLOYEE_NOUNS)
    };
    let beside = before.is_some_and(|comma| {
        let determiner = if determiner_at(comma.checked_sub(2)) {
            comma.checked_sub(2)
        } else if comma
            .checked_sub(2)
            .is_some_and(|k| d.is_word(k) && d.word(k).starts_with(|c: char| c.is_lowercase()))
            && determiner_at(comma.checked_sub(3))
        {
            comma.checked_sub(3)
        } else {
            None
        };
        d.word(comma) == ","
            && comma.checked_sub(1).is_some_and(business)
            && determiner.is_some_and(|k| !job_at(k))
    });
    let given = d.gazetteer.given_name(s.words[0]);
    ((right_after || beside) && !given).then_some((Kind::Organization, Evidence::Likely, None))
}

/// "A Footscray man", "a Sunshine North woman", "the Werribee teenager": a name between an
/// article and a lower-case noun for a person is where that person lives.
fn home_of_person(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, last) = s.position?;
    let sentence = d.tokens[first].sentence();
    let in_sentence = |k: usize| d.tokens.get(k).is_some_and(|t| t.sentence() == sentence);
    let article = first.checked_sub(1).is_some_and(|k| {
        in_sentence(k) && lexicon::contains_folded(lexicon::DETERMINERS, d.word(k))
    });
    let person_after = in_sentence(last + 1)
        && d.word_at(last + 1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && lexicon::contains(lexicon::RESIDENT_NOUNS, w)
        });
    (article && person_after && !s.words.iter().any(|w| is_acronym(w))).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "Fenwick & Drummond", "Hale & Rudd Metals": a name joined by an ampersand is a firm's.
fn firm_of_partners(_: &Document, s: &Shape) -> Option<Shaped> {
    s.words
        .contains(&"&")
        .then_some((Kind::Organization, Evidence::Likely, None))
}

/// "By MARTA KOWALSKI and JON BRENNER": the names a byline opening "By" gives, in capitals
/// or not, are its writers'.
fn byline_name(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let before = first.checked_sub(1)?;
    let sentence = d.tokens[first].sentence();
    // The word before first: asked of every name of several words, the line only after.
    let after_by_or_and = (matches!(d.word(before), "By" | "and" | "&")
        || (d.word(before) == ":" && before > 0 && d.word(before - 1) == "By"))
        && d.tokens[before].sentence() == sentence;
    let opens_with_by = || {
        let line = super::sentence_tokens(d.tokens, sentence);
        line.first().is_some_and(|t| t.text(d.text) == "By")
    };
    (after_by_or_and && opens_with_by()).then_some((Kind::Person, Evidence::Sure, None))
}

/// "R Ashoka", "D K Shivakumar", "DK Shivakumar": initials written without full stops, as
/// Indian and Malaysian copy writes them, before one word of a name. ("A" and "I" are words;
/// two capitals the gazetteer knows are a short form: "UN", "EU".)
fn initials_before_name(d: &Document, s: &Shape) -> Option<Shaped> {
    let (last, initials) = s.words.split_last()?;
    let initial = |w: &&str| {
        let mut chars = w.chars();
        let single = chars
            .next()
            .is_some_and(|c| c.is_uppercase() && !matches!(c, 'A' | 'I'))
            && chars.next().is_none();
        // ("HM Coastguard", "HM Land Registry": His or Her Majesty's, opening a British body's
        // name, is no one's initials.)
        let pair = w.len() == 2
            && *w != "HM"
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && initials.len() == 1
            && {
                let entry = d.gazetteer.entry(w);
                !entry.is_place() && !entry.is_organization() && !entry.is_group_word()
            };
        single || pair
    };
    let named = initials.iter().all(initial)
        && is_capitalised(last)
        && !is_acronym(last)
        && !d.is_common(last);
    named.then_some((Kind::Person, Evidence::Likely, None))
}

/// A given name opening several words, or a name particle among them, makes a person; but
/// "Fan Expo Canada": a name ending with a country's, with a word no person is named
/// between, is not a person's even when it opens with a given name.
fn given_name_or_particle(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let words = s.words;
    let last = words.len() - 1;
    let country_ended = words.len() > 2
        && d.gazetteer
            .place_of(&s.entry_at(d, last))
            .is_some_and(|place| place.class == PlaceClass::Country)
        && (1..last).any(|k| !s.is_person_word(d, k));
    let given = person_like(d, s) && !country_ended;
    // ("Caoimhín Mac Craith": a Gaelic particle is written capitalised inside the name.)
    // ("Muthu a/l Raman", "Kavitha a/p Suppiah": a Malaysian Indian name's "son of".)
    let particle = || {
        words
            .windows(3)
            .any(|three| matches!(three, ["a", "/", "l" | "p"] | ["s" | "d", "/", "o"]))
            || words.iter().enumerate().any(|(k, w)| {
                is_particle_name(w)
                    || lexicon::PARTICLES.contains(w)
                    || (k > 0
                        && k < last
                        && matches!(*w, "Mac" | "Ó" | "Ní" | "Nic" | "Uí" | "Mhic"))
            })
    };
    (given || particle() || family_first_syllabic(d, words)).then_some((
        Kind::Person,
        Evidence::Likely,
        None,
    ))
}

/// "Park Seo-yeon", "Lau Kwok-wah": a surname before a Korean or Cantonese given name of two
/// syllables joined by a hyphen, the second in lower case.
fn family_first_syllabic(d: &Document, words: &[&str]) -> bool {
    let syllable =
        |part: &str| (2..=5).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic());
    let [family, given] = words else {
        return false;
    };
    let syllabic = strip_possessive(given)
        .split_once('-')
        .is_some_and(|(first, second)| {
            syllable(first)
                && syllable(second)
                && is_capitalised(first)
                && second.bytes().all(|b| b.is_ascii_lowercase())
        });
    syllabic && d.gazetteer.surname(family) && !d.is_english_word(given)
}

/// A surname closing several words makes a person; but "Environment Canada": a country's
/// name is no surname, whatever the census says, and "People Power": a surname after one of
/// the commonest words is a word of a name, not a person's surname.
fn surname(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() {
        return None;
    }
    let g = d.gazetteer;
    let opens_with_very_common = g
        .folded_rank(s.words[0])
        .is_some_and(|rank| rank <= VERY_COMMON_RANK);
    let surname = !opens_with_very_common && {
        let last = s.words[s.words.len() - 1];
        let known = s.entry_at(d, s.words.len() - 1);
        // "Felicity Amankwah-Rowe": a double-barrelled surname with a known half.
        let double_barrelled = || {
            last.split_once('-').is_some_and(|(a, b)| {
                is_capitalised(a)
                    && is_capitalised(b)
                    && (g.surname(a) || g.surname(b))
                    && g.place(a).is_none()
                    && g.place(b).is_none()
            })
        };
        (known.is_surname() || double_barrelled()) && !known.is_place()
    };
    surname.then_some((Kind::Person, Evidence::Likely, None))
}

/// "the coast of Aceh, Indonesia", "Cape Quorra, Florida": a name set before its country or
/// state is a place in it.
fn before_region(d: &Document, s: &Shape) -> Option<Shaped> {
    let (_, last) = s.position?;
    (s.words.iter().all(|w| is_capitalised(w)) && d.followed_by_region(last)).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

fn every_word_a_place(d: &Document, s: &Shape) -> Option<Shaped> {
    let places = || (0..s.words.len()).all(|k| d.gazetteer.place_of(&s.entry_at(d, k)).is_some());
    (s.several_words() && places()).then_some((Kind::Place, Evidence::Guess, None))
}

/// "The Ontario Ghostbusters", "Velvet Rangers": a plural that is no surname names a team or
/// a band, not a person.
fn plural_team(d: &Document, s: &Shape) -> Option<Shaped> {
    let team = || {
        s.words.last().is_some_and(|w| {
            w.len() > 4
                && (w.ends_with("ers") || w.ends_with("ists"))
                && !s.entry_at(d, s.words.len() - 1).is_surname()
        })
    };
    (s.several_words() && team()).then_some((Kind::Organization, Evidence::Guess, None))
}

/// Up to four words none of which is a common English word: a person's name, most likely.
fn uncommon_words(d: &Document, s: &Shape) -> Option<Shaped> {
    // ("NSW SES", "BSE Sensex": a short form of three letters or more beside words in lower
    // case is no part of anyone's name; two capitals may be a person's initials, "DK
    // Shivakumar", and a byline in capitals is all short forms.)
    let body_short_form =
        |w: &&str| is_acronym(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let uncommon = || {
        let short_forms = s.words.iter().filter(|w| body_short_form(w)).count();
        s.words.iter().all(|w| !d.is_common(w))
            && !s.words.iter().all(|w| is_short_form(w))
            && (short_forms == 0 || s.words.iter().all(|w| is_acronym(w)))
    };
    (s.several_words() && s.words.len() <= 4 && uncommon()).then_some((
        Kind::Person,
        Evidence::Guess,
        None,
    ))
}

/// "Sinn Féin leader Mary Lou McDonald", "Kestrel Foods chairman Ian Holt", "Te Whatu Ora
/// chief executive Margie Apa": a name right before an office written in lower case, itself
/// before a capitalised name, is the body whose office it is (a person's own staff are
/// written "Holt's chief of staff").
fn owner_of_office(d: &Document, s: &Shape) -> Option<Shaped> {
    let (_, last) = s.position?;
    if !d.office_and_holder_after(last) {
        return None;
    }
    // "Tarrangil Shire mayor Cr …": a place's office makes its owner the place.
    let office = d.word_at(last + 1).unwrap_or("");
    Some(if super::is_place_office(office) {
        (Kind::Place, Evidence::Guess, None)
    } else {
        (Kind::Organization, Evidence::Guess, None)
    })
}

/// A word in capitals of at most four letters: a short form ("NSW", "SES"), not a name
/// written in capitals ("DARNELL").
fn is_short_form(word: &str) -> bool {
    is_acronym(word) && word.chars().count() <= 4
}

/// Several words no earlier rule decided: an organisation's name, most likely.
fn several_plain_words(_: &Document, s: &Shape) -> Option<Shaped> {
    s.several_words()
        .then_some((Kind::Organization, Evidence::Guess, None))
}

/// One unknown word's neighbours, each compared in lower case: the word before, the two
/// after. Several rules ask whether it speaks or follows an article: each is answered once.
struct Neighbours<'t> {
    first: usize,
    last: usize,
    before: Option<&'t str>,
    after: Option<&'t str>,
    after_next: Option<&'t str>,
    speaks: Cell<Option<bool>>,
    after_article: Cell<Option<bool>>,
}

/// `cached`'s answer, or `decide`'s, kept in it.
fn answered_once(cached: &Cell<Option<bool>>, decide: impl FnOnce() -> bool) -> bool {
    if let Some(answer) = cached.get() {
        return answer;
    }
    let answer = decide();
    cached.set(Some(answer));
    answer
}

impl<'t> Neighbours<'t> {
    fn of<'s>(s: &'s Shape<'t>) -> Option<&'s Self> {
        s.neighbours.as_ref()
    }

    /// "the Navy said": a name after an article.
    fn after_article(&self) -> bool {
        answered_once(&self.after_article, || {
            self.before
                .is_some_and(|w| lexicon::contains_folded(lexicon::DETERMINERS, w))
        })
    }

    /// "Mauer said", "said Mauer.": the word speaks. (Not "Fishermen near Treleddyd said":
    /// after a locative word the name is where the speaker is.)
    fn speaks(&self) -> bool {
        answered_once(&self.speaks, || {
            // ("Tomasz Wiśniewski of Scotiabank wrote": the object of "of", "at" or "for"
            // is whom the speaker works for, not the speaker; "a grower from Walgett wrote":
            // the object of "from" is where the speaker is from.)
            let locative_or_employer = self.before.is_some_and(|w| {
                lexicon::contains_folded(lexicon::LOCATIVE_PREPOSITIONS, w)
                    || matches!(w, "of" | "at" | "for" | "from")
            });
            !locative_or_employer && self.says()
        })
    }

    fn says(&self) -> bool {
        folded_in(self.after, lexicon::SPEAKING_AFTER)
            || (folded_in(self.before, lexicon::SPEAKING_BEFORE)
                && (self.after.is_none() || lowered_is(self.after, &[".", ",", ";"])))
    }
}

fn lowered_is(word: Option<&str>, words: &[&str]) -> bool {
    word.is_some_and(|w| lowered_is_any(w, words))
}

fn folded_in(word: Option<&str>, list: &lexicon::WordList) -> bool {
    word.is_some_and(|w| lexicon::contains_folded(list, w))
}

/// "the Navy said": a name after an article that speaks is no person's.
fn speaks_after_article(_: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    (n.speaks() && n.after_article()).then_some((Kind::Organization, Evidence::Likely, None))
}

/// "a Translink spokesperson": bodies have spokespeople named after them.
fn body_spokesperson(_: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let spokesperson = folded_in(n.after, lexicon::SPOKESPERSON_NOUNS);
    (n.after_article() && spokesperson).then_some((Kind::Organization, Evidence::Likely, None))
}

/// "Alasdair, 52, who left": an age set after a name is a person's; so is a name right
/// after a kinship noun ("her brother Alasdair").
fn age_or_kin(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let kin = listed_after_kin(d, n.first);
    ((d.aged(n.last) || kin) && !is_acronym(s.full)).then_some((
        Kind::Person,
        Evidence::Likely,
        None,
    ))
}

/// Whether the name at token `first` follows a kinship noun, directly ("her brother
/// Alasdair") or in the list a plural one opens ("her sons, Chidi and Emeka").
fn listed_after_kin(d: &Document, first: usize) -> bool {
    // A list of a few names at most: the look-back is bounded.
    const LIST_TOKENS: usize = 8;
    let kinship = |word: &str| {
        let singular = word.strip_suffix('s').unwrap_or(word);
        lexicon::contains_folded(lexicon::KINSHIP_NOUNS, word)
            || lexicon::contains_folded(lexicon::KINSHIP_NOUNS, singular)
            || word.eq_ignore_ascii_case("children")
            || word.eq_ignore_ascii_case("grandchildren")
    };
    let sentence = d.tokens[first].sentence();
    let mut index = first;
    for _ in 0..LIST_TOKENS {
        let Some(before) = index.checked_sub(1) else {
            return false;
        };
        if d.tokens[before].sentence() != sentence {
            return false;
        }
        let word = d.word(before);
        if kinship(word) {
            // Only a plural noun opens a list; a singular one stands right before its name.
            return before + 1 == first || word.ends_with('s') || word.ends_with("ren");
        }
        if !(matches!(word, "," | "and") || is_capitalised(word)) {
            return false;
        }
        index = before;
    }
    false
}

/// "‘Tell him, Tam,’", "“Thank you, Marguerite.”", "‘Ifeoluwa, the budget is final’": one
/// word set off by a comma at a quotation's edge is whom the speaker addresses, a person.
fn addressed(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let at_opening = d.quotation_opens_at(n.first) && n.after == Some(",");
    let at_closing = n.before == Some(",")
        && matches!(n.after, Some("," | "." | "!" | "?"))
        && d.quotation_closes_at(n.last + 2);
    (at_opening || at_closing).then_some((Kind::Person, Evidence::Guess, None))
}

/// One word speaking is a person more often than not (organisations that speak are known or
/// written as acronyms, caught above); "Image: Snbehnke.": credits name photographers far
/// more often than agencies.
fn speaks_or_credited(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    // ("Haf Bowen, 63, of Croesgoch said": the town is where the speaker lives.)
    let speaks = || n.speaks() && !d.home_after_age(n.first);
    if !(speaks() || d.in_credit_line(n.first)) || is_acronym(s.full) {
        return None;
    }
    // "Translink says": a body speaks as often as a person; one word no list of names has
    // votes only weakly ("a Translink spokesperson" outvotes it).
    let entry = d.gazetteer.entry(s.full);
    let evidence = if s.several_words() || entry.is_given_name() || entry.is_surname() {
        Evidence::Likely
    } else {
        Evidence::Fallback
    };
    Some((Kind::Person, evidence, None))
}

/// In a match report, one word for who does what a player does: "Esterhuizen converted",
/// "Marler's tackle", "a try from Ojomoh". Sides that play are decided
/// before, from the result, and so is a word clipping a side's name ("Cov kicked"); a known
/// place or body is never taken for a player.
fn player_in_match_report(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    if !may_be_player(d, s, s.full) {
        return None;
    }
    let plays = n.after.is_some_and(|w| {
        if has_possessive(d.word(n.last)) {
            lexicon::contains_folded(lexicon::PLAY_NOUNS, w)
        } else {
            lexicon::contains(lexicon::PLAY_VERBS, w)
        }
    });
    let play_from = n.before == Some("from")
        && n.first >= 2
        && lexicon::contains_folded(lexicon::PLAY_NOUNS, d.word(n.first - 2));
    (plays || play_from).then_some((Kind::Person, Evidence::Guess, None))
}

/// In a match report, one word that nothing else has typed and that is no English word is a
/// player's surname far more often than a body: the sides are read from the result, and
/// nicknames are words ("Blades", "Potters", "the Banner"), demonyms of a sort
/// ("Farneymen") or go after "the" ("the Déise").
fn one_word_in_match_report(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let word = strip_possessive(s.full);
    (may_be_player(d, s, word)
        && !n.after_article()
        && !d.is_english_word(word)
        && !d.plural_of_english_word(word, &s.known)
        && !word.ends_with("men")
        && !has_toponym_ending(word))
    .then_some((Kind::Person, Evidence::Fallback, None))
}

/// Whether one word of a match report may be a player's name: no acronym, no place or body
/// the gazetteer knows, and no clipping of a side's name.
fn may_be_player(d: &Document, s: &Shape, word: &str) -> bool {
    d.is_match_report()
        && !is_acronym(word)
        && !s.known.is_place()
        && !s.known.is_organization()
        && !d.clubs.clipped(word)
}

/// "St Clement's Church", "Lambeth Town Hall": a church named for its saint and a town's or
/// city's hall are buildings, places (the Church of Scotland, a body, is named otherwise).
fn church_or_town_hall(_: &Document, s: &Shape) -> Option<Shaped> {
    let [first, .., before_last, last] = s.words else {
        return None;
    };
    let saints = matches!(*first, "St" | "St." | "Saint" | "Ste" | "Ste.")
        && lexicon::contains_folded(lexicon::CHURCH_BUILDINGS, last);
    let hall = last.eq_ignore_ascii_case("hall")
        && matches!(*before_last, "Town" | "City" | "County" | "Guild");
    (saints || hall).then_some((Kind::Place, Evidence::Likely, None))
}

/// "off Ferreira-Mullan", "Strachan-Reid's cross": one word of two surnames joined by a
/// hyphen, no part of it a place, is a person's double-barrelled surname.
fn double_barrelled_surname(d: &Document, s: &Shape) -> Option<Shaped> {
    let word = strip_possessive(s.full);
    let (first, second) = word.split_once('-')?;
    let no_place = |part: &str| is_capitalised(part) && d.gazetteer.place(part).is_none();
    let surname = |part: &str| no_place(part) && d.gazetteer.surname(part);
    // ("Ferreira-Mullan": the second surname may be one no list has, nor any dictionary.)
    let rare_surname = |part: &str| {
        surname(part) || (no_place(part) && unlisted_word(d, part) && !d.is_english_word(part))
    };
    let known = s.known.is_place() || s.known.is_organization();
    // ("South-West", "Town-Hall": words that are surnames too are words here.)
    let words = d.is_english_word(first) && d.is_english_word(second);
    (!known && !words && surname(first) && rare_surname(second)).then_some((
        Kind::Person,
        Evidence::Guess,
        None,
    ))
}

/// "in Irving", "moved to Nefyn", "between Carnvellin and …", "the mayor of Ghajnsielem",
/// "visited Murwillumbah".
fn after_locative(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    if has_possessive(d.word(n.last)) {
        return None;
    }
    let locative = n.before.is_some_and(|w| {
        lexicon::contains_folded(lexicon::LOCATIVE_PREPOSITIONS, w)
            || lexicon::contains_folded(lexicon::VISIT_VERBS, w)
    });
    // "peaks at Shrewsbury", "ferries from Ardrossan": after a preposition that may as well
    // precede a firm, a word ending as towns' names end.
    let toponym = || {
        n.before.is_some_and(|w| {
            lexicon::contains(lexicon::PLACE_OR_BODY_PREPOSITIONS, w)
                && (has_toponym_ending(s.full)
                    || (unlisted_word(d, s.full) && !matches!(w, "to" | "from")))
        }) && !d.gazetteer.entry(s.full).is_given_name()
    };
    (locative
        || toponym()
        || d.after_place_preposition(n.first, n.last)
        || d.after_place_noun_of(n.first)
        || d.after_seat_title(n.first)
        || d.after_place_noun_at(n.first)
        || d.home_after_age(n.first)
        || d.placed_after(n.last))
    .then_some((Kind::Place, Evidence::Guess, None))
}

/// A capitalised word of letters that no list knows: no English word, name or body.
fn unlisted_word(d: &Document, word: &str) -> bool {
    let entry = d.gazetteer.entry(word);
    is_capitalised(word)
        && !is_acronym(word)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        // ("Villers-Bretonneux": each part of a hyphened name opens with its capital.)
        && word.split('-').all(|part| part.chars().skip(1).all(|c| !c.is_uppercase()))
        && d.gazetteer.folded_rank(word).is_none()
        && !entry.is_surname()
        && !entry.is_organization()
}

/// Whether a word ends as English, Scots and South Asian towns' names do: "Shrewsbury",
/// "Middlesbrough", "Edinburgh", "Colchester", "Doncaster", "Portsmouth", "Alnwick",
/// "Mylapore", "Ghaziabad", "Ahmednagar". Endings that surnames share as often ("-ton",
/// "-ford", "-field") are left out.
fn has_toponym_ending(word: &str) -> bool {
    word.len() > 5
        && is_capitalised(word)
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && lexicon::TOPONYM_ENDINGS.iter().any(|ending| {
            word.len() > ending.len() + 2
                && word[word.len() - ending.len()..].eq_ignore_ascii_case(ending)
        })
}

/// "villages such as Abersoch, Nefyn and Aberdaron": a name listed beside a known place is a
/// place.
fn listed_beside_place(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let listed_place = |joiner: Option<&str>, neighbour: Option<&str>| {
        matches!(joiner, Some("," | "and" | "or"))
            && neighbour.is_some_and(|w| d.gazetteer.place(w).is_some() && is_capitalised(w))
    };
    let before_next = n.first.checked_sub(2).map(|i| d.word(i));
    // "in Cusack Park, Ennis, next Sunday": after the word that ends a place's name and a
    // comma, the town it is in.
    let town_of_place = || {
        n.before == Some(",")
            && before_next.is_some_and(|w| {
                is_capitalised(w) && lexicon::contains_folded(lexicon::PLACE_CUES, w)
            })
            && matches!(n.after, Some("," | ".") | None)
    };
    (listed_place(n.before, before_next) || listed_place(n.after, n.after_next) || town_of_place())
        .then_some((Kind::Place, Evidence::Guess, None))
}

/// "Thatto Heath", "Gowther Beck", "Nidderdale Way", "Lightning Ridge": a word for land,
/// water or a way that is a surname too, after words none of which is a given name or a
/// surname, closes a place's name. ("Ted Heath" opens with a given name.) After "on" or
/// "along", three words or more so closed are a street.
fn topographic_name(d: &Document, s: &Shape) -> Option<Shaped> {
    if !s.several_words() || !s.last_in(lexicon::TOPOGRAPHIC_SURNAMES) {
        return None;
    }
    let last = s.words.len() - 1;
    let personal = (0..last).any(|k| {
        let entry = s.entry_at(d, k);
        entry.is_given_name() || entry.is_surname() || is_title(s.words[k])
    });
    // "on Kings Weston Lane", "along Church Hill Way": three words or more after a
    // street's preposition, a way's word last, are a street, whatever surnames open them.
    let on_street = || {
        s.words.len() >= 3
            && s.position.is_some_and(|(first, _)| {
                first > 0 && d.token_in_folded(first - 1, lexicon::STREET_PREPOSITIONS)
            })
            && !s.entry_at(d, 0).is_given_name()
    };
    (!personal || on_street()).then_some((Kind::Place, Evidence::Guess, None))
}

/// "the Takoradi–Agona Nkwanta road", "the Agona Nkwanta–Takoradi highway", "the Belfast to
/// Derry line": a name joined by a dash or "to" to a known place, before a route's noun, is
/// the route's other end; so are both of two words so joined between "the" and the noun
/// ("the Aggeneys–Helios line").
fn end_of_route(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, last) = s.position?;
    let joins = |k: usize| {
        d.word_at(k).is_some_and(|w| {
            (matches!(w, "–" | "-" | "—")
                && !d.tokens[k].space_before()
                && d.tokens.get(k + 1).is_some_and(|next| !next.space_before()))
                || w == "to"
        })
    };
    let place = |k: usize| d.word_at(k).is_some_and(|w| d.gazetteer.place(w).is_some());
    let the = |k: usize| d.word_at(k).is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let word_end = |k: usize, article: usize| {
        place(k) || (the(article) && d.word_at(k).is_some_and(is_capitalised))
    };
    let route_after = |k: usize| {
        d.word_at(k)
            .is_some_and(|w| lexicon::contains(lexicon::ROUTE_NOUNS, w))
    };
    let after_place =
        first >= 3 && joins(first - 1) && word_end(first - 2, first - 3) && route_after(last + 1);
    let before_place =
        first >= 1 && joins(last + 1) && word_end(last + 2, first - 1) && route_after(last + 3);
    (after_place || before_place).then_some((Kind::Place, Evidence::Likely, None))
}

/// "on Belfast Walk", "along Pellow Row": capitalised words closed by a street's word after
/// a street's preposition are the street, unless a given name that is no place opens them
/// ("along with Ann Lane").
fn street_after_preposition(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, _) = s.position?;
    let street = s.several_words()
        && s.words
            .last()
            .is_some_and(|w| lexicon::contains(lexicon::STREET_WORDS, w))
        && first > 0
        && d.token_in_folded(first - 1, lexicon::STREET_PREPOSITIONS)
        && (!s.entry_at(d, 0).is_given_name() || s.entry_at(d, 0).is_place());
    street.then_some((Kind::Place, Evidence::Sure, None))
}

/// "Mocuba, Maganja da Costa and Nicoadala": several words listed between names, one of them
/// a known place, are a place, unless a given name opens them. ("in Mozambique, Kwesi
/// Adu-Boahen, said": a name set after a place is no list.)
fn words_listed_beside_place(d: &Document, s: &Shape) -> Option<Shaped> {
    let (first, last) = s.position?;
    if !s.several_words() || first < 2 || s.entry_at(d, 0).is_given_name() {
        return None;
    }
    let joins = |k: usize| {
        d.word_at(k)
            .is_some_and(|w| matches!(w, "," | "and" | "or"))
    };
    let name = |k: usize| d.word_at(k).filter(|w| is_capitalised(w));
    let (before, after) = (name(first - 2), name(last + 2));
    let listed = joins(first - 1) && joins(last + 1) && before.is_some() && after.is_some();
    let beside_place = [before, after]
        .into_iter()
        .flatten()
        .any(|w| d.gazetteer.place(w).is_some());
    (listed && beside_place).then_some((Kind::Place, Evidence::Guess, None))
}

/// A noun for a place after a name, singular or plural ("village", "villages").
fn is_place_noun(word: &str) -> bool {
    lexicon::contains_folded(lexicon::PLACE_NOUNS_AFTER, word)
        || word
            .strip_suffix('s')
            .is_some_and(|singular| lexicon::contains_folded(lexicon::PLACE_NOUNS_AFTER, singular))
}

/// "Tartus naval base", "Merseyside police".
fn before_place_noun(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    (d.place_noun_follows(n.last) || d.plural_place_noun_after_list(n.last)).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "Marikina's population", "Tarrangil's streets", "Fish Hoek's outskirts": what owns people
/// who live there, streets or suburbs is a place.
fn owns_what_a_place_has(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let owned = n
        .after
        .is_some_and(|w| lexicon::contains(lexicon::WHAT_A_PLACE_HAS, w));
    (has_possessive(d.word(n.last)) && owned && !s.known.is_organization()).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

/// "the Conservative county councillor", "a Green peer", "Reform voters": an ordinary word,
/// capitalised before a word for a party's people or offices, is the party. (A place there
/// is a seat: "Rangitīkei MP".)
fn party_before_member(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let member = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase() || w.len() <= 4)
                && lexicon::contains_folded(lexicon::PARTY_MEMBER_NOUNS, w)
        })
    };
    let level = n
        .after
        .is_some_and(|w| lexicon::contains(lexicon::COUNCIL_LEVELS, w));
    let member_follows = member(n.after) || (level && member(n.after_next));
    (member_follows
        && d.is_english_word(s.full)
        && !s.known.is_place()
        && !s.known.is_demonym()
        && !lexicon::contains_folded(lexicon::NO_PARTY_WORDS, s.full))
    .then_some((Kind::Organization, Evidence::Likely, None))
}

/// "STS-133", "PC-1", "LYN-014", "F-16", "COVID-19": letters, a hyphen and a number name a
/// mission, a form, a fire, a model or a disease, things the text names but no person, place
/// or body (known ones, "G-7", are found in the gazetteer before).
fn code_with_number(_: &Document, s: &Shape) -> Option<Shaped> {
    let word = strip_possessive(s.full);
    let coded = word.split_once('-').is_some_and(|(letters, number)| {
        !letters.is_empty()
            && letters.chars().all(char::is_alphabetic)
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number.chars().all(|c| c.is_ascii_alphanumeric())
    });
    coded.then_some((Kind::Other, Evidence::Likely, None))
}

/// "the West" where "west" is also written: a capitalised ordinary word names something, but
/// nothing says what.
fn ordinary_word(d: &Document, s: &Shape) -> Option<Shaped> {
    d.seen_lower
        .contains_folded(s.full)
        .then_some((Kind::Other, Evidence::Guess, None))
}

/// "up the Clyde to Glasgow", "fished the Shannon.": a lone given name after an article,
/// where the phrase ends, is a river or another feature of the land; people go without one.
fn feature_after_article(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let phrase_ends = n.after.is_none_or(|w| {
        matches!(w, "." | "," | ";" | ":" | ")")
            || lexicon::contains_folded(lexicon::LOCATIVE_PREPOSITIONS, w)
            || matches!(w, "to" | "and")
    });
    let the = n.before.is_some_and(|w| w.eq_ignore_ascii_case("the"));
    (the && phrase_ends && s.known.is_given_name() && !d.aged(n.last)).then_some((
        Kind::Place,
        Evidence::Guess,
        None,
    ))
}

/// A given name or a surname that is no English word.
fn given_name_or_surname(d: &Document, s: &Shape) -> Option<Shaped> {
    let named = s.known.is_given_name() || s.known.is_surname();
    let evidence = if s.several_words() {
        Evidence::Guess
    } else {
        Evidence::Fallback
    };
    (named && !d.is_english_word(s.full)).then_some((Kind::Person, evidence, None))
}

/// "ferries from Ullapool", "Taunton": a word nothing else decided that names a small town,
/// when it is no acronym, no given name or surname and no English word. A guess: towns
/// share their names with people and firms; and "Ishikawa, who …" is someone.
fn small_town(d: &Document, s: &Shape) -> Option<Shaped> {
    let named = s.known.is_given_name() || s.known.is_surname();
    let who = Neighbours::of(s).is_some_and(|n| match n.after {
        Some(",") => n.after_next == Some("who"),
        after => after == Some("who"),
    });
    let town = s.one_word()
        && !is_acronym(s.full)
        && !named
        && !who
        && !d.is_english_word(s.full)
        && d.gazetteer.town(s.full);
    town.then_some((Kind::Place, Evidence::Guess, None))
}

/// "washed away by the Jamuna", "along the Strule near Newtownstewart", "leave the Karoo":
/// a word no dictionary or name list has, after "the", where nothing but a verb or a small
/// word follows, is a river, a region or another feature of the land. People go without an
/// article, and a team's nickname is plural ("the Cutlers").
/// "across the Northeast", "the South-West": a region named by two compass points or the
/// middle, after "the". (One point alone is as often a state as a region: "the North
/// retaliated", "the West".)
fn compass_region(_: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let the = n.before.is_some_and(|w| w.eq_ignore_ascii_case("the"));
    (the && lexicon::contains_folded(lexicon::COMPASS_REGIONS, s.full)).then_some((
        Kind::Place,
        Evidence::Likely,
        None,
    ))
}

fn land_after_article(d: &Document, s: &Shape) -> Option<Shaped> {
    let n = Neighbours::of(s)?;
    let the = n.before.is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if !the || is_acronym(s.full) || s.full.ends_with('s') || d.is_english_word(s.full) {
        return None;
    }
    // ("the Taoiseach's office": an office, no land.)
    let named = s.known.is_given_name() || s.known.is_surname() || is_title(s.full);
    let small_word_after = n.after.is_none_or(|w| {
        matches!(
            w,
            "." | "," | ";" | ":" | ")" | "’" | "'" | "\"" | "”" | "?" | "!"
        ) || d
            .gazetteer
            .folded_rank(w)
            .is_some_and(|rank| rank <= VERY_COMMON_RANK)
    });
    (!named && small_word_after).then_some((Kind::Place, Evidence::Guess, None))
}

/// A one-word name shaped like a place: a county by its ending ("Banffshire"), English and
/// French town names joined by a small word ("Newton-le-Willows", "Stratford-upon-Avon",
/// "Boulogne-sur-Mer"), or two known places joined by a hyphen ("Sligo-Leitrim").
pub(super) fn is_hyphenated_place(word: &str, g: &gazetteer::Gazetteer) -> bool {
    if word.len() > 7 && word.ends_with("shire") && is_capitalised(word) {
        return true;
    }
    // (Most words have no hyphen: a plain scan says so before a split.)
    if !word.as_bytes().contains(&b'-') {
        return false;
    }
    let mut parts = word.split('-');
    let (Some(head), Some(second)) = (parts.next(), parts.next()) else {
        return false;
    };
    let joined_by_small_word = lexicon::contains(lexicon::PLACE_JOINING_WORDS, second)
        && is_capitalised(head)
        && parts.next_back().is_some_and(is_capitalised);
    let two_places = parts.next().is_none()
        && is_capitalised(second)
        && g.place(head).is_some()
        && g.place(second).is_some();
    joined_by_small_word || two_places
}

impl Document<'_> {
    /// Whether a lower-case place noun follows token `last`, at once or after one more
    /// lower-case word ("Tartus naval base", "Merseyside police").
    pub(super) fn place_noun_follows(&self, last: usize) -> bool {
        // (In lower case: "Residents" opening the next sentence is no place noun of this one.)
        let place_noun = |word: Option<&str>| {
            word.is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()) && is_place_noun(w))
        };
        let sentence = self.tokens[last].sentence();
        let in_sentence = |k: usize| self.word_in_sentence(k, sentence);
        let after = in_sentence(last + 1);
        // "Rangitīkei MP Suze Redmayne", "Kiamaina MCA Margaret Wanjiru": a constituency before
        // its member's abbreviation (a seat's title in capitals, or its plural) and name.
        let member_abbreviation = |w: &str| {
            let singular = w.strip_suffix('s').unwrap_or(w);
            singular.len() >= 2
                && singular.bytes().all(|b| b.is_ascii_uppercase())
                && lexicon::contains_folded(lexicon::SEAT_TITLES, w)
        };
        // (The member's name follows: "Éamon Ó Cuív TD welcomed it" is the member.)
        if after.is_some_and(member_abbreviation)
            && in_sentence(last + 2).is_some_and(is_capitalised)
        {
            return true;
        }
        // "Tartus naval base": one word in lower case may stand between ("The port" opening
        // the next line may not, nor a speech verb: "Bongikhaya Mxhalisa said residents").
        let lower_after = || {
            after.is_some_and(|w| {
                w.chars().all(char::is_lowercase) && !lexicon::contains(lexicon::SPEECH_VERBS, w)
            })
        };
        place_noun(after) || (place_noun(in_sentence(last + 2)) && lower_after())
    }

    /// "the Akram Wah and Phuleli canals", "the Ross, Skye and Lochaber wards": names listed
    /// before a plural place noun are each a place of that kind. Whether such a list
    /// follows the name ending at token `last`.
    pub(super) fn plural_place_noun_after_list(&self, last: usize) -> bool {
        const REACH: usize = 12;
        let sentence = self.tokens[last].sentence();
        let mut after_name = true;
        let mut joined = false;
        for k in last + 1..(last + 1 + REACH).min(self.tokens.len()) {
            if self.tokens[k].sentence() != sentence {
                return false;
            }
            let word = self.word(k);
            if after_name && matches!(word, "," | "and" | "or") {
                joined = true;
                after_name = false;
            } else if is_capitalised(word) {
                after_name = true;
            } else {
                // ("the Kendal and Matla power stations": one word in lower case may stand
                // before the noun.)
                let plural_place_noun = |k: usize| {
                    let word = self.word(k);
                    word.len() > 1
                        && word.ends_with('s')
                        && word.starts_with(|c: char| c.is_lowercase())
                        && is_place_noun(word)
                };
                let noun_next = || {
                    word.chars().all(char::is_lowercase)
                        && self
                            .tokens
                            .get(k + 1)
                            .is_some_and(|t| t.sentence() == sentence)
                        && plural_place_noun(k + 1)
                };
                return joined && after_name && (plural_place_noun(k) || noun_next());
            }
        }
        false
    }

    /// Whether the name from token `first` to `last` stands where a place does: after a verb
    /// of going or a route's noun and "to" ("moved to Nefyn", "roads to Talakaveri"), after "between" or "via", or in "from X to"
    /// ("travels from Jayanagar to Electronic City").
    fn after_place_preposition(&self, first: usize, last: usize) -> bool {
        let before = first.checked_sub(1).map(|i| self.word(i));
        let verb = || first.checked_sub(2).map(|i| self.word(i));
        let sentence = self.tokens[first].sentence();
        let same_sentence = |i: usize| self.tokens.get(i).is_some_and(|t| t.sentence() == sentence);
        match before {
            Some("to") if !self.place_after_from_before(first) => self.goes_to(first),
            // "from Oldcastle to Ballyvourney": the second place, too.
            Some("to") if self.place_after_from_before(first) => true,
            Some("between" | "via") => true,
            Some("for") => verb().is_some_and(|v| {
                same_sentence(first - 2) && lexicon::contains_folded(lexicon::DEPARTURE_WORDS, v)
            }),
            Some("from") => same_sentence(last + 1) && self.word_at(last + 1) == Some("to"),
            _ => false,
        }
    }

    /// Whether a verb of going or a route's noun stands before "to" and token `first`
    /// ("moved to Nefyn", "roads to Talakaveri").
    pub(super) fn goes_to(&self, first: usize) -> bool {
        first
            .checked_sub(2)
            .and_then(|k| self.word_in_sentence(k, self.tokens[first].sentence()))
            .is_some_and(|verb| {
                lexicon::contains_folded(lexicon::MOTION_VERBS, verb)
                    || lexicon::contains_folded(lexicon::ROUTE_NOUNS, verb)
            })
    }

    /// Whether "from", up to three capitalised words and "to" stand before token `first`
    /// ("from Oldcastle to Ballyvourney").
    fn place_after_from_before(&self, first: usize) -> bool {
        let Some(to) = first.checked_sub(1) else {
            return false;
        };
        let sentence = self.tokens[first].sentence();
        let mut k = to;
        while k > 0 && to - k < 3 {
            k -= 1;
            let word = self.word(k);
            if self.tokens[k].sentence() != sentence {
                return false;
            }
            if word == "from" {
                return k + 1 < to;
            }
            if !(self.is_word(k) && is_capitalised(word)) {
                return false;
            }
        }
        k > 0 && self.word(k - 1) == "from" && self.tokens[k - 1].sentence() == sentence
    }

    /// Whether a quotation mark right before token `index` opens a quotation there: a curly
    /// opening mark, or a straight one written against the word after it.
    pub(super) fn quotation_opens_at(&self, index: usize) -> bool {
        index
            .checked_sub(1)
            .is_some_and(|mark| match self.word(mark) {
                "‘" | "“" => true,
                "\"" | "'" => !self.tokens[index].space_before(),
                _ => false,
            })
    }

    /// Whether token `mark` closes a quotation: a curly closing mark, or a straight one
    /// written against the word before it.
    fn quotation_closes_at(&self, mark: usize) -> bool {
        match self.word_at(mark) {
            Some("’" | "”") => true,
            Some("\"" | "'") => !self.tokens[mark].space_before(),
            _ => false,
        }
    }

    /// Whether a comma and an age follow token `last` ("Alasdair, 52, who …").
    pub(super) fn aged(&self, last: usize) -> bool {
        // "Smith, 52, said", "Smith, 52." (not "Indigenous Services Canada, 31 long-term
        // advisories": a count before its noun).
        self.text_is(last + 1, ",")
            && self.word_at(last + 2).is_some_and(|w| {
                (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            })
            && self.word_at(last + 3).is_none_or(|after| {
                matches!(
                    after,
                    "," | ")" | "." | ";" | ":" | "—" | "–" | "-" | "years" | "and" | "or"
                )
            })
    }

    /// Whether "at" after a place noun stands before token `first` ("the harbour at
    /// Abercastle", "the crossing at Rafah").
    fn after_place_noun_at(&self, first: usize) -> bool {
        first >= 2
            && self.text_is(first - 1, "at")
            && lexicon::contains_folded(lexicon::PLACE_NOUNS_AFTER, self.word(first - 2))
    }

    /// Whether token `index` is the first of its line.
    pub(super) fn opens_line(&self, index: usize) -> bool {
        let start = self.tokens[index].span().start;
        let line_before = match index.checked_sub(1) {
            Some(before) => self.text.get(self.tokens[before].span().end..start),
            None => self.text.get(..start),
        };
        line_before.is_some_and(|gap| index == 0 || gap.contains('\n'))
    }

    /// Whether ", <age>, of" or ", <age>, from" stands before token `first`: where someone
    /// named with their age lives ("Haf Bowen, 63, of Croesgoch", "Dean Lowry, 34, from
    /// Whiston").
    fn home_after_age(&self, first: usize) -> bool {
        first >= 5
            && (self.text_is(first - 1, "of") || self.text_is(first - 1, "from"))
            && self.text_is(first - 2, ",")
            && self.aged(first - 5)
    }

    /// Whether the name ending at token `last` is placed by what follows it: ", near" or ",
    /// outside" and a name, or a compass word and "of" ("Masiphumelele, near Kommetjie",
    /// "Tejeda, west of Las Palmas").
    pub(super) fn placed_after(&self, last: usize) -> bool {
        let sentence = self.tokens[last].sentence();
        let word = |k: usize| self.word_in_sentence(k, sentence);
        if word(last + 1) != Some(",") {
            return false;
        }
        let near = word(last + 2).is_some_and(|w| lexicon::contains(lexicon::NEAR_WORDS, w));
        let compass_of = word(last + 2)
            .is_some_and(|w| lexicon::contains(lexicon::COMPASS_SUFFIXES, w))
            && word(last + 3) == Some("of");
        let name_at = |k: usize| word(k).is_some_and(is_capitalised);
        (near && name_at(last + 3)) || (compass_of && name_at(last + 4))
    }

    /// Whether "for" after an elected member's title stands before token `first`: the seat
    /// ("the MP for Warrandyte").
    fn after_seat_title(&self, first: usize) -> bool {
        first >= 2
            && self.word(first - 1) == "for"
            && lexicon::contains_folded(lexicon::SEAT_TITLES, self.word(first - 2))
    }

    /// Whether "of" after a place noun or a territorial title stands before token `first`
    /// ("residents of Motherwell", "the mayor of Ghajnsielem", "provinces of Van").
    pub(super) fn after_place_noun_of(&self, first: usize) -> bool {
        first >= 2
            && self.text_is(first - 1, "of")
            && (lexicon::contains_folded(lexicon::OF_PLACE_NOUNS, self.word(first - 2))
                || lexicon::contains_folded(lexicon::PLACE_OF_WORDS, self.word(first - 2)))
    }
}
