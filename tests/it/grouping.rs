//! Grouping conventions on small invented texts: which mentions are one entity, and the rule
//! each entity records for it.

use briefing::extract::extract;
use briefing::model::{GroupRule, Kind};

/// The entity holding a mention written `surface`: its mentions as written and its rules.
fn entity_with(text: &str, surface: &str) -> (Vec<String>, Vec<GroupRule>, Kind) {
    let annotations = extract(text);
    let entity = annotations
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.slice(text) == surface))
        .unwrap_or_else(|| panic!("no entity names {surface:?}"));
    let mentions = entity.mentions.iter().map(|m| m.slice(text).to_string());
    let rules = entity.grounds.grouped_by.iter().collect();
    (mentions.collect(), rules, entity.kind)
}

#[test]
fn an_acronym_in_brackets_after_an_organisation_is_its_short_form() {
    // A translated name keeps the original's acronym: its letters are not the initials.
    let text = "Officials from the Coastal Flood Protection Agency (KTVB) met on Monday. \
        The plan was drafted by engineers at KTVB, a spokesman said.\n";
    let (mentions, rules, _) = entity_with(text, "Coastal Flood Protection Agency");
    assert_eq!(
        mentions.iter().filter(|m| *m == "KTVB").count(),
        2,
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::BracketedShortForm), "{rules:?}");
}

#[test]
fn a_defined_acronym_written_alone_later_joins_its_name() {
    let text = "The Northern Council for Water Safety and Quality (NCWSQ) issued a warning. \
        Residents were told to boil water.\n\nThe NCWSQ said the advice would stand. \
        Later the NCWSQ added that tests continue.\n";
    let (mentions, _, _) = entity_with(text, "Northern Council for Water Safety and Quality");
    assert_eq!(
        mentions.iter().filter(|m| *m == "NCWSQ").count(),
        3,
        "{mentions:?}"
    );
}

#[test]
fn a_place_before_brackets_keeps_its_acronym_apart() {
    // A dateline's agency is no short form of the place.
    let text = "TALLINN, Estonia (BNS) — The port reopened on Monday after repairs.\n";
    let (mentions, _, _) = entity_with(text, "Estonia");
    assert!(!mentions.iter().any(|m| m == "BNS"), "{mentions:?}");
}

#[test]
fn a_family_name_after_a_western_given_name_is_the_person() {
    let text = "The agency's director, Ms Rachel Tan Mei Ling, said the stalls would reopen. \
        \"We will be ready,\" Ms Tan said.\n";
    let (mentions, rules, _) = entity_with(text, "Rachel Tan Mei Ling");
    assert!(mentions.iter().any(|m| m == "Tan"), "{mentions:?}");
    assert!(rules.contains(&GroupRule::NameInside), "{rules:?}");
}

#[test]
fn a_paternal_surname_stands_for_a_double_surname() {
    let text = "The finance minister, Luis Alberto Quintana Robles, spoke on Friday. \
        Quintana said the budget was final. Later, Quintana left for Quito.\n";
    let (mentions, _, _) = entity_with(text, "Luis Alberto Quintana Robles");
    assert_eq!(
        mentions.iter().filter(|m| *m == "Quintana").count(),
        2,
        "{mentions:?}"
    );
}

#[test]
fn a_word_inside_two_full_names_joins_neither() {
    let text = "Mr Daniel Ong Wei Jie and Mr Samuel Ong Kai Ming run the stall. \
        Mr Ong said business was good.\n";
    let (mentions, _, _) = entity_with(text, "Daniel Ong Wei Jie");
    assert!(!mentions.iter().any(|m| m == "Ong"), "{mentions:?}");
}

#[test]
fn a_given_name_and_patronymic_stand_for_the_person() {
    let text = "The court heard the case of Anastasia Petrovna Sokolova, a teacher. \
        \"Anastasia Petrovna has waited long enough,\" her lawyer said. \
        Sokolova did not attend.\n";
    let (mentions, rules, _) = entity_with(text, "Anastasia Petrovna Sokolova");
    assert!(
        mentions.iter().any(|m| m == "Anastasia Petrovna"),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::GivenName), "{rules:?}");
}

#[test]
fn a_dotted_capital_i_in_capitals_meets_the_name_in_lower_case() {
    let text = "İSKENDERUN, April 3 — Crews worked through the night. \
        The port of İskenderun reopened on Friday.\n";
    let (mentions, _, _) = entity_with(text, "İskenderun");
    assert!(mentions.iter().any(|m| m == "İSKENDERUN"), "{mentions:?}");
}

#[test]
fn a_surname_records_its_rule_and_the_kind_its_rule() {
    let text = "Mr Peter Hollis, the mayor, opened the bridge. Hollis said it was overdue.\n";
    let annotations = extract(text);
    let entity = annotations
        .entities
        .iter()
        .find(|e| e.name == "Peter Hollis")
        .expect("Peter Hollis");
    assert!(entity.grounds.grouped_by.contains(GroupRule::Surname));
    assert_eq!(entity.kind, Kind::Person);
    assert_eq!(entity.grounds.kind_rule, "title");
}

#[test]
fn an_initial_stands_for_the_word_it_begins() {
    let text = "J. Okonkwo-Baird signed the letter.\n\nThe club chairman, Jerome \
        Okonkwo-Baird, said on Monday the ground would be sold.\n";
    let (mentions, rules, _) = entity_with(text, "Jerome Okonkwo-Baird");
    assert!(
        mentions.iter().any(|m| m == "J. Okonkwo-Baird"),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::Initial), "{rules:?}");
}

#[test]
fn a_given_name_said_as_a_person_s_joins_a_full_name_of_unknown_kind() {
    let text = "The estate belongs to Torquil Dunleavy, who farms it. \
        \"It stays in the family,\" Torquil told reporters.\n";
    let (mentions, _, kind) = entity_with(text, "Torquil");
    assert!(
        mentions.iter().any(|m| m == "Torquil Dunleavy"),
        "{mentions:?}"
    );
    assert_eq!(kind, Kind::Person);
}

#[test]
fn an_acronym_inside_a_name_gives_all_its_letters_to_the_initials() {
    // "UK Steel" opens with an acronym: its initials are "UKS", so the US is someone else.
    let text = "UK Steel said orders fell in March. The US raised its tariffs again, \
        and UK Steel warned of closures.\n";
    let (mentions, _, _) = entity_with(text, "UK Steel");
    assert!(!mentions.iter().any(|m| m == "US"), "{mentions:?}");
    // The same letters, spelled out, make a name's acronym.
    let text = "The UK Independence Party held a rally in Dover. \
        Later UKIP officials said turnout was high.\n";
    let (mentions, rules, _) = entity_with(text, "UK Independence Party");
    assert!(mentions.iter().any(|m| m == "UKIP"), "{mentions:?}");
    assert!(rules.contains(&GroupRule::Acronym), "{rules:?}");
}

#[test]
fn an_acronym_may_keep_the_letter_of_a_legal_form() {
    let text = "Shares in Halvern Water Supply Company Limited fell on Tuesday. \
        Analysts said HWSCL would cut its dividend.\n";
    let (mentions, _, _) = entity_with(text, "Halvern Water Supply Company");
    assert!(mentions.iter().any(|m| m == "HWSCL"), "{mentions:?}");
}
