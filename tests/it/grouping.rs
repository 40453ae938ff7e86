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

#[test]
fn a_company_written_with_its_legal_form_is_named_by_its_first_word() {
    // The mention leaves the legal form out; the word after it still says "company".
    let text = "Brackwater Freight plc said on Monday it would close two depots. \
        Brackwater will move the work to Leeds, the company said.\n\n\
        Analysts said Brackwater had been losing money since 2021.\n";
    let (mentions, rules, kind) = entity_with(text, "Brackwater");
    assert!(
        mentions.iter().any(|m| m.starts_with("Brackwater Freight")),
        "{mentions:?}"
    );
    assert_eq!(mentions.iter().filter(|m| *m == "Brackwater").count(), 2);
    assert!(rules.contains(&GroupRule::CompanyShortName), "{rules:?}");
    assert_eq!(kind, Kind::Organization);
}

#[test]
fn a_word_and_a_business_word_make_a_company_the_word_names() {
    let text = "Tessaro Holdings, the Milan-based packaging group, confirmed the bid. \
        Workers said the Tessaro offer came too late.\n";
    let (mentions, _, kind) = entity_with(text, "Tessaro Holdings");
    assert!(mentions.iter().any(|m| m == "Tessaro"), "{mentions:?}");
    assert_eq!(kind, Kind::Organization);
}

#[test]
fn a_person_of_a_companys_name_stays_a_person() {
    // The surname belongs to the person the text names in full, not to the company.
    let text = "Tessaro Holdings was founded by Marco Tessaro in 1971. \
        \"We built it from nothing,\" Tessaro said.\n";
    let (mentions, _, kind) = entity_with(text, "Marco Tessaro");
    assert!(mentions.iter().any(|m| m == "Tessaro"), "{mentions:?}");
    assert_eq!(kind, Kind::Person);
}

#[test]
fn a_birth_name_is_the_person_known_by_another_name() {
    let text = "Dame Winifred Harcastle, the actress, has died aged 91.\n\n\
        Born Winifred Ada Croome in Leeds in 1934, she first appeared on stage at 12. \
        Her brother, Alfred Harcastle, said Winifred had been ill for some time.\n";
    let (mentions, rules, kind) = entity_with(text, "Winifred Harcastle");
    assert!(
        mentions.iter().any(|m| m == "Winifred Ada Croome"),
        "{mentions:?}"
    );
    assert!(mentions.iter().any(|m| m == "Winifred"), "{mentions:?}");
    assert!(!mentions.iter().any(|m| m == "Alfred Harcastle"));
    assert!(rules.contains(&GroupRule::BirthName), "{rules:?}");
    assert_eq!(kind, Kind::Person);
}

#[test]
fn a_maiden_name_after_nee_is_the_person_before_it() {
    let text = "The farm passed to Margaret Ellery (née Thwaite) in 1988. \
        Her cousin, Robert Thwaite, said the family was proud.\n";
    let (mentions, _, _) = entity_with(text, "Margaret Ellery");
    assert!(mentions.iter().any(|m| m == "Thwaite"), "{mentions:?}");
    assert!(!mentions.iter().any(|m| m == "Robert Thwaite"));
}

#[test]
fn generational_suffixes_tell_two_people_of_one_name_apart() {
    let text = "Tom Ferrier Jnr scored twice as Ashgrove won the final.\n\n\
        His father, Alan Ferrier Snr, captained the side in 1989. \"I was proud,\" \
        the elder Ferrier said. Ferrier Jnr said he had watched the old tapes, and \
        Ferrier added that the win was for the club.\n";
    let (junior, _, _) = entity_with(text, "Tom Ferrier Jnr");
    let (senior, _, _) = entity_with(text, "Alan Ferrier Snr");
    assert!(junior.iter().any(|m| m == "Ferrier Jnr"), "{junior:?}");
    assert!(
        !junior.iter().any(|m| m == "Alan Ferrier Snr"),
        "{junior:?}"
    );
    // "the elder Ferrier" is the Snr; the bare surname is the one the text names most.
    assert_eq!(
        senior.iter().filter(|m| *m == "Ferrier").count(),
        1,
        "{senior:?}"
    );
    assert_eq!(
        junior.iter().filter(|m| *m == "Ferrier").count(),
        1,
        "{junior:?}"
    );
}

#[test]
fn the_part_of_a_hyphenated_surname_is_not_the_person() {
    // Another person's surname is the second part of a double-barrelled name.
    let text = "By Maya Lindqvist-Orme, Science Reporter\n\n\
        The survey was led by the geologist Dan Orme. Orme said the cliffs were moving.\n";
    let (mentions, _, _) = entity_with(text, "Maya Lindqvist-Orme");
    assert_eq!(mentions, ["Maya Lindqvist-Orme"]);
    let (orme, _, _) = entity_with(text, "Dan Orme");
    assert!(orme.iter().any(|m| m == "Orme"), "{orme:?}");
}

#[test]
fn a_bare_part_of_a_hyphenated_surname_stays_apart() {
    let text = "Maya Lindqvist-Orme won the award on Friday.\n\n\
        Her rival's coach, Orme, was not at the ceremony.\n";
    let (mentions, _, _) = entity_with(text, "Maya Lindqvist-Orme");
    assert!(!mentions.iter().any(|m| m == "Orme"), "{mentions:?}");
}

#[test]
fn a_county_written_with_co_is_the_county_named_alone() {
    let text = "Flooding closed roads across Co Fermanagh on Tuesday. \
        Farmers in Fermanagh said the fields would take weeks to drain.\n";
    let (mentions, _, kind) = entity_with(text, "Fermanagh");
    assert!(mentions.iter().any(|m| m == "Co Fermanagh"), "{mentions:?}");
    assert_eq!(kind, Kind::Place);
}

#[test]
fn a_places_other_name_in_brackets_is_the_place() {
    // A bilingual text gives the local name in brackets; a known place there is not one.
    let text = "Ferries to Skye (Eilean Sgitheanach) were cancelled on Monday, \
        and services from Oban (Scotland) are reduced.\n";
    let (mentions, rules, _) = entity_with(text, "Skye");
    assert!(
        mentions.iter().any(|m| m == "Eilean Sgitheanach"),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::BracketedOtherName), "{rules:?}");
    let (oban, _, _) = entity_with(text, "Oban");
    assert!(!oban.iter().any(|m| m == "Scotland"), "{oban:?}");
}

#[test]
fn a_river_named_without_its_feature_word_is_the_river() {
    let text = "Barges on the Tallowood River were halted on Monday. By Thursday the \
        Tallowood had fallen a metre, and pumping from the Tallowood resumed.\n";
    let (mentions, rules, kind) = entity_with(text, "Tallowood River");
    assert_eq!(
        mentions.iter().filter(|m| *m == "Tallowood").count(),
        2,
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::FeatureName), "{rules:?}");
    assert_eq!(kind, Kind::Place);
}

#[test]
fn a_known_place_stays_itself_beside_a_river_of_its_name() {
    let text = "Barges on the Mississippi River were halted. Farmers across Mississippi \
        waited for rain.\n";
    let (_, rules, _) = entity_with(text, "Mississippi River");
    assert!(!rules.contains(&GroupRule::FeatureName), "{rules:?}");
}

#[test]
fn a_street_s_name_alone_is_not_the_street() {
    let text = "Traffic on Tallowood Street stopped. Tallowood, a town upriver, was dry.\n";
    let (mentions, _, _) = entity_with(text, "Tallowood Street");
    assert_eq!(mentions, ["Tallowood Street"]);
}

#[test]
fn a_short_name_defined_in_quotation_marks_joins_the_body() {
    let text = "Cape Town – Rooiberg Wind Energy (Pty) Ltd (\u{201c}Rooiberg Wind\u{201d} or \
        \u{201c}the Company\u{201d}) today opened its plant.\n\nRooiberg Wind said more would \
        follow.\n";
    let (mentions, _, kind) = entity_with(text, "Rooiberg Wind Energy");
    assert_eq!(kind, Kind::Organization);
    assert_eq!(
        mentions.iter().filter(|m| *m == "Rooiberg Wind").count(),
        2,
        "{mentions:?}"
    );
}

#[test]
fn a_given_name_after_a_preposition_is_the_person_not_a_place() {
    let text = "The housing minister, Tarun Bhalla-Marsh, was criticised. His spokesperson said: \
        \u{2018}The prime minister has full confidence in Tarun.\u{2019}\n\nSubstitute \
        Ruairí Mac Craith scored. Ruairí hit the post.\n";
    let (mentions, _, kind) = entity_with(text, "Tarun Bhalla-Marsh");
    assert_eq!(kind, Kind::Person);
    assert!(mentions.iter().any(|m| m == "Tarun"), "{mentions:?}");
    let (mentions, _, kind) = entity_with(text, "Ruairí Mac Craith");
    assert_eq!(kind, Kind::Person);
    assert!(mentions.iter().any(|m| m == "Ruairí"), "{mentions:?}");
}

#[test]
fn a_place_named_without_its_head_word_joins_it() {
    let text = "The fire on Mount Korrawong spread overnight. Crews said the Korrawong fire \
        jumped the river.\n\nIslanders on Eilean Torsa protested. Torsa has 160 people.\n";
    for (long, short) in [("Mount Korrawong", "Korrawong"), ("Eilean Torsa", "Torsa")] {
        let (mentions, _, kind) = entity_with(text, long);
        assert_eq!(kind, Kind::Place, "{long}");
        assert!(mentions.iter().any(|m| m == short), "{long}: {mentions:?}");
    }
}

#[test]
fn an_acronym_leaves_out_the_place_after_of() {
    let text = "The TSB said it was investigating. Later the Transportation Safety Board of \
        Canada sent a team.\n";
    let (mentions, rules, _) = entity_with(text, "Transportation Safety Board of Canada");
    assert!(mentions.iter().any(|m| m == "TSB"), "{mentions:?}");
    assert!(rules.contains(&GroupRule::Acronym), "{rules:?}");
    // Only a place the gazetteer knows is left out.
    let text = "The Regional Health Authority of Ondorrel met. RHA shares fell.\n";
    let (mentions, _, _) = entity_with(text, "Regional Health Authority of Ondorrel");
    assert!(!mentions.iter().any(|m| m == "RHA"), "{mentions:?}");
}

#[test]
fn a_firm_s_first_word_stands_for_it_when_business_words_close_the_name() {
    let text = "Contracts went to Tesvaro Freight Services and Kilmory Packaging Supplies. \
        Tesvaro said it would appeal. Kilmory Packaging declined to comment.\n";
    let (mentions, rules, _) = entity_with(text, "Tesvaro Freight Services");
    assert_eq!(mentions, ["Tesvaro Freight Services", "Tesvaro"]);
    assert!(rules.contains(&GroupRule::CompanyShortName), "{rules:?}");
    let (mentions, _, _) = entity_with(text, "Kilmory Packaging Supplies");
    assert_eq!(
        mentions,
        ["Kilmory Packaging Supplies", "Kilmory Packaging"]
    );
    // A place is no firm's short name: the town stays the town.
    let text = "Residents of Karoo backed Karoo Sun Energy Group's plan. In Karoo, few agreed.\n";
    let (mentions, _, _) = entity_with(text, "Karoo Sun Energy Group");
    assert!(!mentions.contains(&"Karoo".to_string()), "{mentions:?}");
}

#[test]
fn a_known_place_is_no_short_name_of_a_body_named_after_it() {
    let text = "Tasmania Health said waiting times fell. Tasmania Health will report in May.\n\n\
        Hospitals across Tasmania are full.\n";
    let (mentions, _, kind) = entity_with(text, "Tasmania Health");
    assert_eq!(mentions, ["Tasmania Health", "Tasmania Health"]);
    assert_eq!(kind, Kind::Organization);
    let (mentions, _, kind) = entity_with(text, "Tasmania");
    assert_eq!(kind, Kind::Place, "{mentions:?}");
}

#[test]
fn a_short_form_in_brackets_joins_a_name_with_a_place_inside_it() {
    let text = "Dewi Lestari, of the Surabaya Institute of Marine Science (ITKS), led the study. \
        ITKS said the reef was recovering.\n";
    let (mentions, _, _) = entity_with(text, "Surabaya Institute of Marine Science");
    assert_eq!(
        mentions,
        ["Surabaya Institute of Marine Science", "ITKS", "ITKS"],
        "{mentions:?}"
    );
}

#[test]
fn a_country_s_acronym_opening_a_body_s_name_may_be_left_out_of_its_initials() {
    let text = "A panel to the U.S. Seed and Fodder Administration voted on Monday. \
        The SFA said it would review the vote. The UK Independence Party met. The IP team \
        left.\n";
    let (mentions, _, kind) = entity_with(text, "U.S. Seed and Fodder Administration");
    assert_eq!(mentions, ["U.S. Seed and Fodder Administration", "SFA"]);
    assert_eq!(kind, Kind::Organization);
    // Two letters left are too few to stand for the name.
    let (mentions, _, _) = entity_with(text, "UK Independence Party");
    assert_eq!(mentions, ["UK Independence Party"]);
}

#[test]
fn a_company_s_first_word_joins_it_when_its_other_names_only_abbreviate_it() {
    let text = "Kestova Pharma shares slump\n\n\
        Shares of Kestova Pharmaceuticals Inc fell 19% on Wednesday. Kestova said it was \
        disappointed. Kestova will appeal, analysts said.\n";
    let (mentions, _, kind) = entity_with(text, "Kestova Pharmaceuticals Inc");
    assert_eq!(
        mentions.iter().filter(|m| *m == "Kestova").count(),
        2,
        "{mentions:?}"
    );
    assert_eq!(kind, Kind::Organization);
    // Two companies of one group: the first word alone is neither.
    let text = "Tarnel Steel Ltd and Tarnel Motors Ltd reported results. Tarnel said so.\n";
    let (mentions, _, _) = entity_with(text, "Tarnel Steel Ltd");
    assert!(!mentions.contains(&"Tarnel".to_string()), "{mentions:?}");
}

#[test]
fn a_trade_ending_a_company_s_name_lets_its_first_word_stand_for_it() {
    let text = "Shares in Quorvane Airways fell. Quorvane said fuel costs rose. Halvik \
        Biologics agreed, and Halvik said so too.\n";
    let (mentions, _, kind) = entity_with(text, "Quorvane Airways");
    assert_eq!(mentions, ["Quorvane Airways", "Quorvane"]);
    assert_eq!(kind, Kind::Organization);
    let (mentions, _, _) = entity_with(text, "Halvik Biologics");
    assert_eq!(mentions, ["Halvik Biologics", "Halvik"]);
    // A person of that surname is asked first.
    let text = "Ellis Construction won the bid. Its founder, Mark Ellis, was pleased. Ellis \
        said the work would start soon.\n";
    let (mentions, _, _) = entity_with(text, "Mark Ellis");
    assert!(mentions.contains(&"Ellis".to_string()), "{mentions:?}");
}

#[test]
fn a_bare_surname_means_a_person_named_before_it_rather_than_one_named_after() {
    let text = "Harold Penberthy, who has died aged 91, designed lifeboats.\n\n\
        Penberthy was born in Falmouth. He is survived by his children, Ruth and Michael \
        Penberthy. Michael Penberthy said his father never stopped drawing.\n";
    let (harold, _, _) = entity_with(text, "Harold Penberthy");
    assert_eq!(harold, ["Harold Penberthy", "Penberthy"]);
    let (michael, _, _) = entity_with(text, "Michael Penberthy");
    assert_eq!(michael, ["Michael Penberthy", "Michael Penberthy"]);
}

#[test]
fn a_team_s_own_word_after_its_place_stands_for_the_team() {
    let text = "Timberwolves hold off Blazers\n\nThe Minnesota Timberwolves beat the Portland \
        Trail Blazers 118-112 on Friday. The Timberwolves won again. Leeds United lost, and \
        United fans left early.\n";
    let (team, rules, kind) = entity_with(text, "Minnesota Timberwolves");
    assert_eq!(
        team,
        ["Timberwolves", "Minnesota Timberwolves", "Timberwolves"]
    );
    assert_eq!(
        (rules, kind),
        (vec![GroupRule::NameEnd], Kind::Organization)
    );
    // A common word is no team's own word.
    let (leeds, _, _) = entity_with(text, "Leeds United");
    assert_eq!(leeds, ["Leeds United"]);
}

#[test]
fn a_surname_titled_mr_is_not_the_woman_titled_ms() {
    let text = "Ms. Yesenia Trujillo, 67, said her air-conditioning had failed. \
        Ms. Trujillo spent the day at a library. Her son, Mr. Trujillo, drove her home.\n";
    let (mother, _, _) = entity_with(text, "Yesenia Trujillo");
    assert_eq!(mother, ["Yesenia Trujillo", "Trujillo"]);
    let annotations = extract(text);
    assert_eq!(annotations.entities.len(), 2, "{:?}", annotations.entities);
}

#[test]
fn a_place_playing_is_its_club_apart_from_the_place() {
    let text = "Liverpool FC travel south on Friday. Liverpool beat Brentford 3-1 at Anfield, \
        and Brentford FC fell to 14th. The striker, who grew up in Liverpool, scored twice.\n\n\
        The Minnesota Timberwolves beat the Portland Trail Blazers 118-112. Darnell Okafor \
        had 12 rebounds, and his layup sealed it as Minnesota won again.\n";
    let (club, _, kind) = entity_with(text, "Liverpool FC");
    assert_eq!(club, ["Liverpool FC", "Liverpool"]);
    assert_eq!(kind, Kind::Organization);
    // Where the striker grew up is the city, an entity of its own.
    let annotations = extract(text);
    let city = annotations
        .entities
        .iter()
        .find(|e| e.kind == Kind::Place && e.name == "Liverpool");
    assert_eq!(
        city.map(|e| e.mentions.len()),
        Some(1),
        "{:?}",
        annotations.entities
    );
    let (team, _, _) = entity_with(text, "Minnesota Timberwolves");
    assert_eq!(team, ["Minnesota Timberwolves", "Minnesota"]);
}

#[test]
fn a_european_company_and_a_partnership_are_named_short_without_their_form() {
    let text = "Ostwerk Energie SE shares fell 9%. A spokesperson for Ostwerk declined to \
        comment. Halcyon Urban Partners LLP bought the site; a Halcyon spokesman said so.\n";
    let (ostwerk, _, kind) = entity_with(text, "Ostwerk Energie SE");
    assert_eq!(ostwerk, ["Ostwerk Energie SE", "Ostwerk"]);
    assert_eq!(kind, Kind::Organization);
    let (halcyon, _, _) = entity_with(text, "Halcyon Urban Partners LLP");
    assert_eq!(halcyon, ["Halcyon Urban Partners LLP", "Halcyon"]);
}

#[test]
fn a_singaporean_son_of_keeps_the_father_s_name_in_the_person_s() {
    let text = "Mr Ravi s/o Ramasamy, 58, a retiree, said his flat was hot. Mr Ravi added \
        that he ran a fan.\n";
    let (ravi, _, kind) = entity_with(text, "Ravi s/o Ramasamy");
    assert_eq!(ravi, ["Ravi s/o Ramasamy", "Ravi"]);
    assert_eq!(kind, Kind::Person);
}

#[test]
fn his_majesty_s_body_is_no_person_and_its_own_word_stands_for_it() {
    let text = "Coastguard teams from Seahouses were called. HM Coastguard said the two people \
        inside were unhurt.\n";
    let (coastguard, _, kind) = entity_with(text, "HM Coastguard");
    assert_eq!(coastguard, ["Coastguard", "HM Coastguard"]);
    assert_eq!(kind, Kind::Organization);
}

#[test]
fn an_acronym_of_word_openings_joins_the_one_body_it_spells() {
    // Syllables of the words ("LA" of Lagos) and a middle word left out ("Homeland Security").
    let text = "Sign up for the KASEMA alerts. The Kano State Emergency Management Agency \
        sends warnings.\nThe Dorset Emergency Response and Civil Resilience Agency said 43 \
        homes were flooded. A DERA spokesperson said teams would visit.\n";
    let (mentions, rules, _) = entity_with(text, "KASEMA");
    assert!(
        mentions.contains(&"Kano State Emergency Management Agency".to_string()),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::Acronym), "{rules:?}");
    let (mentions, _, _) = entity_with(text, "DERA");
    assert!(
        mentions.contains(&"Dorset Emergency Response and Civil Resilience Agency".to_string()),
        "{mentions:?}"
    );
    // A small word may give its letter: "DOC" is the Department of Conservation.
    let text = "The Department of Conservation manages the reserve. DOC staff said so.\n";
    let (mentions, _, _) = entity_with(text, "DOC");
    assert!(
        mentions.contains(&"Department of Conservation".to_string()),
        "{mentions:?}"
    );
    // Two bodies that both spell it: the acronym joins neither.
    let text = "The Kent Fire Service met the Kendal Flood Service on Monday. KFS staff left.\n";
    let (mentions, _, _) = entity_with(text, "KFS");
    assert_eq!(mentions, vec!["KFS"]);
}

#[test]
fn a_place_said_of_a_place_is_no_short_name_of_the_company_named_after_it() {
    let text = "Kelmscott Residential Repairs Ltd was based in the seaside suburb of \
        Kelmscott. Kelmscott Residential Repairs Ltd closed in May.\n";
    let (mentions, _, kind) = entity_with(text, "Kelmscott");
    assert_eq!(kind, Kind::Place);
    assert_eq!(mentions, vec!["Kelmscott"]);
    // Named alone as a subject, the short name is the company's.
    let text = "Kelmscott Residential Repairs Ltd was fined. Kelmscott said it would appeal.\n";
    let (mentions, _, _) = entity_with(text, "Kelmscott");
    assert!(mentions.len() == 2, "{mentions:?}");
}

#[test]
fn a_place_after_de_in_a_body_s_name_is_where_the_body_is() {
    let text = "The Cabildo de Tenerife, the island council, says the fire is contained. \
        About two million visitors travel to Tenerife each year. The Syndicat des Dockers de \
        San-Pédro called a strike; ships wait at San-Pédro.\n";
    let (mentions, _, kind) = entity_with(text, "Cabildo de Tenerife");
    assert_eq!(kind, Kind::Organization);
    assert_eq!(mentions, vec!["Cabildo de Tenerife"]);
    let (_, _, kind) = entity_with(text, "Tenerife");
    assert_eq!(kind, Kind::Place);
    let (mentions, _, _) = entity_with(text, "Syndicat des Dockers de San-Pédro");
    assert_eq!(mentions, vec!["Syndicat des Dockers de San-Pédro"]);
}

#[test]
fn a_club_s_place_joins_its_nickname_name_from_a_result_and_a_body_named_again_in_brackets() {
    let text = "Coventry 24-20 Luton Reds\n\nCoventry edged Luton at the Butts Park Arena \
        on Saturday. Luton led at the break.\n";
    let (mentions, _, _) = entity_with(text, "Luton Reds");
    assert!(mentions.contains(&"Luton".to_string()), "{mentions:?}");
    // A franchise the text names elsewhere is another side.
    let text = "Rajasthan Kings batter Vikram Sethi hit 201 for Rajasthan against Goa in Jaipur.\n";
    let (mentions, _, _) = entity_with(text, "Rajasthan Kings");
    assert!(!mentions.contains(&"Rajasthan".to_string()), "{mentions:?}");
    let text = "Transport for Wales (Trafnidiaeth Cymru), which runs the bus, said so. Buses in \
        Wales are few.\n";
    let (mentions, _, _) = entity_with(text, "Transport for Wales");
    assert!(
        mentions.contains(&"Trafnidiaeth Cymru".to_string()),
        "{mentions:?}"
    );
    let (mentions, _, _) = entity_with(text, "Wales");
    assert!(
        !mentions.contains(&"Trafnidiaeth Cymru".to_string()),
        "{mentions:?}"
    );
}

#[test]
fn a_person_s_first_and_last_names_without_the_middle_ones_are_the_person() {
    let text = "Minister Chaudhry Irfan Ahmed Warraich spoke first. Later Chaudhry Warraich said \
        no. Ana Maria Ruiz left. Ana Ruiz returned. Ana Belén Ortiz and Ana Lucía Ortiz came. \
        Ana Ortiz waved.\n";
    let (mentions, rules, _) = entity_with(text, "Chaudhry Warraich");
    assert!(
        mentions.contains(&"Chaudhry Irfan Ahmed Warraich".to_string()),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::FirstAndLastName), "{rules:?}");
    let (mentions, _, _) = entity_with(text, "Ana Ruiz");
    assert!(
        mentions.contains(&"Ana Maria Ruiz".to_string()),
        "{mentions:?}"
    );
    // Two people so named leave the short name alone.
    let (mentions, _, _) = entity_with(text, "Ana Ortiz");
    assert_eq!(mentions, ["Ana Ortiz"], "{mentions:?}");
}

#[test]
fn a_place_s_other_name_set_off_by_commas_names_it_again() {
    let text = "Hauliers in Stornoway, or Steòrnabhagh, had lost trade. A haulier in Steòrnabhagh \
        agreed. Buses run from Leeds, or Bradford, each day.\n";
    let (mentions, _, kind) = entity_with(text, "Stornoway");
    assert_eq!(kind, Kind::Place);
    assert_eq!(
        mentions.iter().filter(|m| *m == "Steòrnabhagh").count(),
        2,
        "{mentions:?}"
    );
    // Two towns the gazetteer knows are two places.
    let (mentions, _, _) = entity_with(text, "Leeds");
    assert!(!mentions.contains(&"Bradford".to_string()), "{mentions:?}");
}

#[test]
fn the_name_someone_is_known_by_joins_them() {
    let text = "Lau Kwok-wah, known as Kenny Lau, runs a noodle stall. Everton Whyte (better \
        known as Sarge) trained alone. Sarge said he felt fine.\n";
    let (surfaces, rules, kind) = entity_with(text, "Everton Whyte");
    assert!(surfaces.contains(&"Sarge".to_string()), "{surfaces:?}");
    assert!(rules.contains(&GroupRule::KnownAs), "{rules:?}");
    assert_eq!(kind, Kind::Person);
    let (surfaces, _, _) = entity_with(text, "Lau Kwok-wah");
    assert!(surfaces.contains(&"Kenny Lau".to_string()), "{surfaces:?}");
}

#[test]
fn a_common_surname_written_inside_a_full_name_speaks_as_the_person() {
    let text = "Chief Executive John Lee Ka-chiu will attend. Lee said he was pleased.\n";
    let (surfaces, _, kind) = entity_with(text, "John Lee Ka-chiu");
    assert!(surfaces.contains(&"Lee".to_string()), "{surfaces:?}");
    assert_eq!(kind, Kind::Person);
}

#[test]
fn a_place_said_of_as_a_place_joins_no_one_of_that_surname() {
    let text = "Councillor Derek Kent said Kent residents were angry. Tomás Galway, a \
        fisherman, said prices fell. \"It is hard,\" Galway said.\n";
    let (surfaces, _, _) = entity_with(text, "Derek Kent");
    assert_eq!(surfaces, ["Derek Kent"]);
    let (surfaces, _, kind) = entity_with(text, "Tomás Galway");
    assert!(surfaces.contains(&"Galway".to_string()), "{surfaces:?}");
    assert_eq!(kind, Kind::Person);
}

#[test]
fn a_clipped_club_name_in_a_match_report_joins_the_club() {
    let text = "Tarrowfield 2-2 Kelsington\n\nTarrowfield came from two goals down. On the \
        hour Tarrows pulled one back and Kels never recovered.\n";
    let (mentions, rules, kind) = entity_with(text, "Tarrows");
    assert_eq!(kind, Kind::Organization);
    assert!(mentions.iter().any(|m| m == "Tarrowfield"), "{mentions:?}");
    assert_eq!(rules, [GroupRule::ClippedClub]);
    let (mentions, _, _) = entity_with(text, "Kels");
    assert!(mentions.iter().any(|m| m == "Kelsington"), "{mentions:?}");
}

#[test]
fn a_short_name_a_press_release_defines_joins_the_company() {
    let text = "Quarrendale Robotics, Inc. (\"Quarrendale\" or \"the Company\") launched a \
        pallet mover. \"We are proud,\" said Mira Holt, Chief Executive Officer of \
        Quarrendale.\n";
    let (mentions, rules, kind) = entity_with(text, "Quarrendale Robotics");
    assert_eq!(kind, Kind::Organization);
    assert_eq!(
        mentions.iter().filter(|m| *m == "Quarrendale").count(),
        2,
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::BracketedShortForm), "{rules:?}");
}

#[test]
fn a_person_named_after_a_preposition_still_joins_by_surname() {
    let text = "Goals from Jamie Ferreira-Mullan put Hearts ahead. The shot took a deflection \
        off Ferreira-Mullan.\n";
    let (mentions, rules, kind) = entity_with(text, "Jamie Ferreira-Mullan");
    assert_eq!(kind, Kind::Person);
    assert!(
        mentions.iter().any(|m| m == "Ferreira-Mullan"),
        "{mentions:?}"
    );
    assert!(rules.contains(&GroupRule::Surname), "{rules:?}");
}
