//! Name rules on small invented texts: kinds from a name's head, places inside organisations'
//! names, and words that are never names on their own.

use briefing::extract::extract;
use briefing::model::Kind;

/// Each entity as (name, kind, mention texts).
fn entities(text: &str) -> Vec<(String, Kind, Vec<String>)> {
    extract(text)
        .entities
        .iter()
        .map(|e| {
            let mentions = e.mentions.iter().map(|m| m.slice(text).to_string());
            (e.name.clone(), e.kind, mentions.collect())
        })
        .collect()
}

fn kind_of(text: &str, name: &str) -> Option<Kind> {
    entities(text)
        .into_iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, kind, _)| kind)
}

#[test]
fn an_organisation_head_before_for_or_of_decides_the_kind() {
    let text =
        "The grant came from the Helen Marsh Foundation for the Performing Arts last year.\n";
    assert_eq!(
        kind_of(text, "Helen Marsh Foundation for the Performing Arts"),
        Some(Kind::Organization)
    );
}

#[test]
fn a_place_after_university_of_is_not_the_university_s_short_name() {
    let text = "She studied at the University of South Dakota before moving. \
        South Dakota has few universities.\n";
    let found = entities(text);
    let university = found
        .iter()
        .find(|(n, _, _)| n == "University of South Dakota")
        .expect("the university");
    assert_eq!(university.2, ["University of South Dakota"]);
    let state = found
        .iter()
        .find(|(n, _, _)| n == "South Dakota")
        .expect("the state");
    assert_eq!(state.1, Kind::Place);
    // Inside the university's name the state is the university's word, no mention of it.
    assert_eq!(state.2, ["South Dakota"], "{found:?}");
}

#[test]
fn lone_letters_numerals_and_the_commonest_words_are_not_names() {
    let text = "Protection B files were found. He called it part XVII of the saga. \
        The seats of the district constituency In the north were lost.\n";
    let names: Vec<String> = entities(text).into_iter().map(|(n, _, _)| n).collect();
    for word in ["B", "XVII", "In"] {
        assert!(!names.iter().any(|n| n == word), "{word} in {names:?}");
    }
}

#[test]
fn vehicles_and_prizes_are_things() {
    let text = "The Orbital Shuttle will fly again, and its designer won the Lowell Prize.\n";
    assert_eq!(kind_of(text, "Orbital Shuttle"), Some(Kind::Other));
    assert_eq!(kind_of(text, "Lowell Prize"), Some(Kind::Other));
}

#[test]
fn one_word_that_speaks_is_a_person() {
    let text =
        "Donors must show the prints, said Quellmar. Later Trevisk said the show would tour.\n";
    assert_eq!(kind_of(text, "Quellmar"), Some(Kind::Person));
    assert_eq!(kind_of(text, "Trevisk"), Some(Kind::Person));
}

#[test]
fn springs_and_planetariums_are_places() {
    let text = "The exhibit moved from Ravel Springs to the Orlov Planetarium in June.\n";
    assert_eq!(kind_of(text, "Ravel Springs"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Orlov Planetarium"), Some(Kind::Place));
}

#[test]
fn an_organisation_s_name_without_its_for_phrase_is_the_same_organisation() {
    let text = "The grant came from the Helen Marsh Foundation for the Performing Arts. \
        A year later the Helen Marsh Foundation doubled it.\n";
    let found = entities(text);
    let foundation = found
        .iter()
        .find(|(n, _, _)| n == "Helen Marsh Foundation for the Performing Arts")
        .expect("the foundation");
    assert_eq!(
        foundation.2,
        [
            "Helen Marsh Foundation for the Performing Arts",
            "Helen Marsh Foundation"
        ],
        "{found:?}"
    );
}

#[test]
fn an_acronym_does_not_run_into_a_person_s_name() {
    let text = "The rocket lifted off at dawn. Image: NASA Robert Kestrel.\n";
    let names: Vec<String> = entities(text).into_iter().map(|(n, _, _)| n).collect();
    assert!(names.contains(&"NASA".to_string()), "{names:?}");
    assert!(names.contains(&"Robert Kestrel".to_string()), "{names:?}");
}

#[test]
fn a_place_opening_a_longer_name_is_part_of_that_name() {
    // As news annotation reads it: "Harwick Police Department" is one name, not the town's.
    let text = "The school is in Harwick, Texas. The Harwick Police Department arrested him.\n";
    let found = entities(text);
    let town = found
        .iter()
        .find(|(n, _, _)| n == "Harwick")
        .expect("the town");
    assert_eq!(town.2, ["Harwick"], "{found:?}");
    assert!(
        found
            .iter()
            .any(|(n, _, _)| n == "Harwick Police Department"),
        "{found:?}"
    );
}

#[test]
fn a_person_s_full_name_inside_a_body_s_is_a_mention_but_a_firm_s_surname_is_not() {
    let text = "Marta Quillon founded the Marta Quillon Trust in 2001. Her cousin Ivo \
        Brenner runs Brenner & Sons, and Brenner said the firm would grow.\n";
    let found = entities(text);
    let person = |name: &str| {
        found
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|e| e.2.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        person("Marta Quillon"),
        ["Marta Quillon", "Marta Quillon"],
        "{found:?}"
    );
    assert_eq!(
        person("Ivo Brenner"),
        ["Ivo Brenner", "Brenner"],
        "{found:?}"
    );
}

#[test]
fn a_name_made_an_adjective_by_a_hyphen_is_the_name() {
    let text = "Guests wore Marlowe-like wigs while Keshland-backed fighters held the town.\n";
    let found = entities(text);
    let mentions: Vec<String> = found.iter().flat_map(|(_, _, m)| m.clone()).collect();
    assert!(mentions.contains(&"Marlowe".to_string()), "{found:?}");
    assert!(mentions.contains(&"Keshland".to_string()), "{found:?}");
}

#[test]
fn a_follower_word_before_a_name_is_not_part_of_it() {
    let text = "The video shows Scientologist Tom Cruise on stage. Cruise laughs.\n";
    let found = entities(text);
    let actor = found
        .iter()
        .find(|(_, kind, _)| *kind == Kind::Person)
        .expect("the actor");
    assert_eq!(actor.0, "Tom Cruise", "{found:?}");
    assert_eq!(actor.2, ["Tom Cruise", "Cruise"], "{found:?}");
}

#[test]
fn a_credit_line_names_its_photographers() {
    let text = "Crowds filled the square on Sunday. Image: Tovrelk.\n\
        The band played late. Video: Quenbarr & Ostlidge.\n";
    for name in ["Tovrelk", "Quenbarr", "Ostlidge"] {
        assert_eq!(kind_of(text, name), Some(Kind::Person), "{name}");
    }
    // The same unknown word opening an ordinary sentence proves nothing.
    let plain = "Tovrelk. The band played late.\n";
    assert_eq!(kind_of(plain, "Tovrelk"), None);
}

#[test]
fn a_capitalised_role_after_its_organisation_is_the_persons_role_not_a_mention() {
    let text = "Mara Quill, the Transport Department Spokesperson, said the road was closed. \
        The Transport Department will reopen it.\n";
    let found = entities(text);
    let person = found
        .iter()
        .find(|(name, _, _)| name == "Mara Quill")
        .expect("the person");
    assert_eq!(person.1, Kind::Person);
    assert_eq!(person.2, ["Mara Quill"], "{found:?}");
    let roles = &extract(text).entities[0].roles;
    assert!(
        roles
            .iter()
            .any(|r| r == "Transport Department Spokesperson"),
        "{roles:?}"
    );
    let department = found
        .iter()
        .find(|(name, _, _)| name == "Transport Department")
        .expect("the department");
    assert_eq!(department.1, Kind::Organization);
    assert_eq!(department.2.len(), 2, "{found:?}");
}

#[test]
fn a_cited_headline_names_its_publisher() {
    let text = "Sources\n\
        \"Bridge closed after storm\" — Harbour Gazette, March 3, 2021\n\
        \"Storm damage worse than feared\" — Quillmarsh.net, March 4, 2021\n";
    assert_eq!(kind_of(text, "Harbour Gazette"), Some(Kind::Organization));
    assert_eq!(kind_of(text, "Quillmarsh.net"), Some(Kind::Organization));
}

#[test]
fn letter_compounds_handles_ideas_and_followers_are_not_organisations() {
    let text = "The boy wore a NASA T-shirt to class. The mayor posted from his @CITYHALLX \
        account. Critics spoke of Quorvism and of Quorvophobia. She is a former Quorvist.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(names.contains(&"NASA"), "{found:?}");
    assert!(!names.iter().any(|n| n.contains("T-shirt")), "{found:?}");
    assert!(!names.contains(&"CITYHALLX"), "{found:?}");
    assert_eq!(kind_of(text, "Quorvism"), Some(Kind::Other));
    assert_eq!(kind_of(text, "Quorvophobia"), Some(Kind::Other));
    assert_eq!(kind_of(text, "Quorvist"), Some(Kind::Group));
}

#[test]
fn a_prize_winner_is_not_a_name() {
    let text =
        "Atwood, a Booker Prize-winner, signed books. A Nobel Prize-winning chemist spoke.\n";
    let found = entities(text);
    assert!(
        !found.iter().any(|(n, _, _)| n.contains("winn")),
        "{found:?}"
    );
}

#[test]
fn a_name_and_its_own_shorter_form_inside_it_keep_the_longer() {
    let text = "The exhibit moved to a museum in New York City.\nCritics came from BBC News, \
        and from elsewhere.\n";
    let found = entities(text);
    let mentions: Vec<&str> = found
        .iter()
        .flat_map(|(_, _, m)| m.iter().map(String::as_str))
        .collect();
    assert!(mentions.contains(&"New York City"), "{found:?}");
    assert!(mentions.contains(&"BBC News"), "{found:?}");
    assert!(!mentions.contains(&"New York"), "{found:?}");
}

#[test]
fn places_in_roles_and_before_their_country_are_places() {
    let text = "Boats sank off Vessamar, Indonesia. Later, Governor of Texas Lena Ostrova \
        spoke.\n";
    assert_eq!(kind_of(text, "Vessamar"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Lena Ostrova"), Some(Kind::Person));
    assert_eq!(kind_of(text, "Texas"), Some(Kind::Place));
}

#[test]
fn a_title_after_a_work_noun_is_a_work_and_an_unknown_subject_is_a_name() {
    let text = "He starred in the 1969 film Quiet Harbour Nights with friends.\n\
        Quorvanet has learned that the site was down. Zentrasoft, Microsoft and Apple \
        showed games.\n";
    assert_eq!(kind_of(text, "Quiet Harbour Nights"), Some(Kind::Other));
    assert!(kind_of(text, "Quorvanet").is_some());
    assert!(kind_of(text, "Zentrasoft").is_some());
}

#[test]
fn a_full_personal_name_ending_in_hill_is_a_person_and_a_compass_part_of_a_place_a_place() {
    let text = "Professor Marc Lamont Hill wrote about it. Crowds gathered on Capitol Hill. \
        Rain is expected across the Pacific Northwest this week.\n";
    assert_eq!(kind_of(text, "Marc Lamont Hill"), Some(Kind::Person));
    assert_eq!(kind_of(text, "Capitol Hill"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Pacific Northwest"), Some(Kind::Place));
}

#[test]
fn and_inside_an_institution_s_name_joins_it() {
    let text = "The shuttle went to the National Air and Space Museum last year. Another went \
        to the Evergreen Aviation & Space Museum. Jeff Rathke and State Department officials \
        disagreed.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(
        names.contains(&"National Air and Space Museum"),
        "{found:?}"
    );
    assert!(
        names.contains(&"Evergreen Aviation & Space Museum"),
        "{found:?}"
    );
    assert!(names.contains(&"Jeff Rathke"), "{found:?}");
    assert!(names.contains(&"State Department"), "{found:?}");
}

#[test]
fn a_title_opening_an_organisation_s_name_and_a_country_ending_one_are_not_people() {
    let text = "Groups included the Doctor Quill Society of Canada and others. The third \
        Lena Expo Canada opened on Friday.\n";
    let found = entities(text);
    assert_eq!(
        kind_of(text, "Doctor Quill Society of Canada"),
        Some(Kind::Organization),
        "{found:?}"
    );
    assert_eq!(
        kind_of(text, "Lena Expo Canada"),
        Some(Kind::Organization),
        "{found:?}"
    );
    // Named only inside the organisations' names, the country is no entity of the story.
    assert_eq!(kind_of(text, "Canada"), None, "{found:?}");
}

#[test]
fn a_word_an_organisation_is_named_after_is_that_organisation() {
    let text = "The Church of Quorvology denied it. Critics of Quorvology protested outside. \
        Quorvology has fought them for years. The word quorvology means nothing. \
        The Bank of Canada said little. Canada was quiet.\n";
    let found = entities(text);
    let church = found
        .iter()
        .find(|(n, _, _)| n == "Church of Quorvology")
        .expect("the church");
    assert_eq!(church.1, Kind::Organization);
    assert_eq!(church.2.len(), 3, "{found:?}");
    assert_eq!(kind_of(text, "Canada"), Some(Kind::Place), "{found:?}");
}

#[test]
fn a_plural_that_is_no_surname_names_a_team_not_a_person() {
    let text = "Fans cheered The Quorra Dreamchasers on Sunday. Kathryn Waters spoke later.\n";
    assert_eq!(
        kind_of(text, "Quorra Dreamchasers"),
        Some(Kind::Organization)
    );
    assert_eq!(kind_of(text, "Kathryn Waters"), Some(Kind::Person));
}

#[test]
fn ordinary_words_capitalised_together_inside_a_sentence_are_a_name() {
    let text = "Raymond Chan of People Power won, as did Elizabeth Quat In the north.\n";
    let found = entities(text);
    assert_eq!(
        kind_of(text, "People Power"),
        Some(Kind::Organization),
        "{found:?}"
    );
    // Not when a name comes first: the common word is tacked on.
    assert_eq!(
        kind_of(text, "Elizabeth Quat"),
        Some(Kind::Person),
        "{found:?}"
    );
}

#[test]
fn the_singular_of_a_thing_s_plural_is_the_thing() {
    let text = "The show has forty Quorracams on the walls. The Quorracam camera was \
        cheap. There are also Warhol Quorracam exhibits. Kathryn Waters spoke; Water \
        said the walls were full.\n";
    let found = entities(text);
    assert_eq!(kind_of(text, "Quorracam"), Some(Kind::Other), "{found:?}");
    assert!(
        !found.iter().any(|(_, kind, mentions)| *kind == Kind::Person
            && mentions.iter().any(|m| m.contains("Quorracam"))),
        "{found:?}"
    );
    assert_eq!(kind_of(text, "Water"), Some(Kind::Person), "{found:?}");
}

#[test]
fn one_word_that_writes_or_tweets_is_a_person() {
    let text = "\"We will not back down,\" Zelvenko wrote on Sunday. Later Ostrakov tweeted it.\n";
    assert_eq!(kind_of(text, "Zelvenko"), Some(Kind::Person));
    assert_eq!(kind_of(text, "Ostrakov"), Some(Kind::Person));
}

#[test]
fn a_work_s_title_may_open_with_the_and_a_new_noun_is_no_subject_name() {
    let text = "Her novel The Quorra Testaments sold well. Livestreaming has grown fast.\n";
    let found = entities(text);
    assert_eq!(
        kind_of(text, "Quorra Testaments"),
        Some(Kind::Other),
        "{found:?}"
    );
    assert_eq!(kind_of(text, "Livestreaming"), None, "{found:?}");
}

#[test]
fn a_named_storm_is_an_event() {
    let text = "Hurricane Quorra hit the coast. Days after Typhoon Vessa struck, aid arrived.\n";
    assert_eq!(kind_of(text, "Hurricane Quorra"), Some(Kind::Event));
    assert_eq!(kind_of(text, "Typhoon Vessa"), Some(Kind::Event));
}

#[test]
fn a_mount_a_lake_or_a_fort_is_a_place() {
    let text = "Mount Quorra is high. Climbers left Lake Vessa and Fort Ostrova. \
        Officials of the Lake Quorra District Council met on Monday.\n";
    assert_eq!(kind_of(text, "Mount Quorra"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Lake Vessa"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Fort Ostrova"), Some(Kind::Place));
    assert_eq!(
        kind_of(text, "Lake Quorra District Council"),
        Some(Kind::Organization)
    );
}

#[test]
fn a_sentence_dense_with_names_is_prose_not_a_headline() {
    let text = "Meanwhile, NATO Secretary-General Lena Ostrova met German Chancellor Ivo \
        Quarrel in Berlin.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(names.contains(&"Lena Ostrova"), "{found:?}");
    assert!(names.contains(&"Ivo Quarrel"), "{found:?}");
    assert_eq!(
        kind_of(text, "Ivo Quarrel"),
        Some(Kind::Person),
        "{found:?}"
    );
}

#[test]
fn a_wire_dateline_and_credit_name_no_acronym_and_no_editing() {
    let text = "KYIV, Ukraine (AP) — Drones hit the city overnight. The Quorra Liberation \
        Front (QLF) denied it.\nReporting by Lena Ostrova in London; Editing by Ivo Quarrel.\n";
    let found = entities(text);
    let ukraine = found
        .iter()
        .find(|(n, _, _)| n == "Ukraine")
        .expect("Ukraine");
    assert!(!ukraine.2.iter().any(|m| m == "AP"), "{found:?}");
    let front = found
        .iter()
        .find(|(n, _, _)| n == "Quorra Liberation Front")
        .expect("the front");
    assert!(front.2.iter().any(|m| m == "QLF"), "{found:?}");
    assert_eq!(kind_of(text, "Editing"), None, "{found:?}");
    assert_eq!(
        kind_of(text, "Ivo Quarrel"),
        Some(Kind::Person),
        "{found:?}"
    );
}

#[test]
fn a_dateline_city_in_capitals_is_a_place_and_a_company_is_one_with_its_legal_form() {
    let text = "WASHINGTON (Reuters) - Shares of Quorrasoft Inc rose on Monday. Quorrasoft said \
        sales grew.\n";
    let found = entities(text);
    assert_eq!(kind_of(text, "WASHINGTON"), Some(Kind::Place), "{found:?}");
    let company = found
        .iter()
        .find(|(n, _, _)| n == "Quorrasoft Inc")
        .expect("the company");
    assert_eq!(company.1, Kind::Organization);
    assert_eq!(company.2, ["Quorrasoft Inc", "Quorrasoft"], "{found:?}");
}

#[test]
fn an_unlisted_word_after_at_or_towards_is_a_place_unless_someone_works_there() {
    let text = "The walkers camped at Skelvoe and the fire moved towards Ardnish.\n\
        Boats were moored under Caolbeg overnight.\n\
        She works at Quillbrook. Staff at Zenvia were told on Monday.\n\
        An analyst at Fenwray said the deal was sound.\n";
    for place in ["Skelvoe", "Ardnish", "Caolbeg"] {
        assert_eq!(kind_of(text, place), Some(Kind::Place), "{place}");
    }
    for body in ["Quillbrook", "Zenvia", "Fenwray"] {
        assert_eq!(kind_of(text, body), Some(Kind::Organization), "{body}");
    }
    // "To" and "from" name a buyer or a funder as often as a town: no guess there.
    let text = "The farm sold its milk to Kelvarra for years, with support from Gavra.\n";
    assert_eq!(kind_of(text, "Kelvarra"), Some(Kind::Organization));
    assert_eq!(kind_of(text, "Gavra"), Some(Kind::Organization));
}

#[test]
fn a_regnal_number_belongs_to_the_name_and_keeps_monarchs_apart() {
    let text = "Henry VIII ruled England. His father Henry VII had died in 1509.\n\
        Queen Elizabeth II opened the bridge. Nana Abena Serwaa II, the queen mother of \
        Kwaso, attended with Pope Leo XIV.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    for monarch in [
        "Henry VIII",
        "Henry VII",
        "Elizabeth II",
        "Abena Serwaa II",
        "Leo XIV",
    ] {
        assert_eq!(
            kind_of(text, monarch),
            Some(Kind::Person),
            "{monarch} in {names:?}"
        );
    }
    // A numbered part of something is no person.
    let text = "Allied troops landed in Normandy during World War II.\n";
    assert_ne!(kind_of(text, "World War II"), Some(Kind::Person));
    // "I" after a given name is the first to reign where no pronoun's verb follows it.
    let text = "After the death of Elizabeth I on 24 March, he was styled James I of England. \
        Charles I’s garrison surrendered.\n";
    for monarch in ["Elizabeth I", "James I", "Charles I"] {
        assert_eq!(kind_of(text, monarch), Some(Kind::Person), "{monarch}");
    }
    let text = "Thanks, Jane. When Tom I think was there, Tom agreed.\n";
    assert_eq!(kind_of(text, "Tom I"), None);
}

#[test]
fn a_brand_opening_in_lower_case_is_a_name_and_its_line_no_person() {
    let text = "Tablets from reMarkable sold well. The Oslo startup zenQuill, which sells the \
        zenQuill Folio, raised money. Later zenQuill said it would list.\n\
        The mRNA vaccine lowered pH levels and used 5 kWh.\n";
    assert_eq!(kind_of(text, "reMarkable"), Some(Kind::Organization));
    assert_eq!(kind_of(text, "zenQuill"), Some(Kind::Organization));
    assert_ne!(kind_of(text, "zenQuill Folio"), Some(Kind::Person));
    let found = entities(text);
    for term in ["mRNA", "pH", "kWh"] {
        assert!(
            found.iter().all(|(_, _, m)| !m.iter().any(|m| m == term)),
            "{term} in {found:?}"
        );
    }
}

#[test]
fn a_castle_or_a_lighthouse_is_a_place_and_its_trust_a_body() {
    let text = "The king stayed at Tregarrow Castle in 1526. The Tregarrow Castle Trust \
        restored the Pendeen Lighthouse.\n";
    assert_eq!(kind_of(text, "Tregarrow Castle"), Some(Kind::Place));
    assert_eq!(
        kind_of(text, "Tregarrow Castle Trust"),
        Some(Kind::Organization)
    );
    assert_eq!(kind_of(text, "Pendeen Lighthouse"), Some(Kind::Place));
    // A sound is a sea's: "Bluemull Sound"; opening a body's name it is that body's word.
    let text = "The ferry crossed Yell Sound. Sound Transit said no.\n";
    assert_eq!(kind_of(text, "Yell Sound"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Sound Transit"), Some(Kind::Organization));
}

#[test]
fn a_legal_form_ends_the_company_s_name_before_where_it_is() {
    let text = "The fire broke out at Quarrel Creek Salvage LLC on East Mill Boulevard. \
        Crews from Brightwater Pumps Inc. of Denver helped.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        kind_of(text, "Quarrel Creek Salvage LLC"),
        Some(Kind::Organization),
        "{names:?}"
    );
    assert_eq!(
        kind_of(text, "East Mill Boulevard"),
        Some(Kind::Place),
        "{names:?}"
    );
    assert_eq!(
        kind_of(text, "Brightwater Pumps Inc."),
        Some(Kind::Organization),
        "{names:?}"
    );
    assert_eq!(kind_of(text, "Denver"), Some(Kind::Place), "{names:?}");
}

#[test]
fn villages_of_a_possessive_town_and_a_castle_written_in_lower_case_are_places() {
    let text = "The kill spread to the nearby villages of Pilang-Pilang and Tatalo. Crews from \
        Hout Kraal, Ocean Vale and Simon's Town came. The Tregarrow castle stood empty.\n";
    let found = entities(text);
    let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    for place in ["Pilang-Pilang", "Tatalo", "Simon's Town", "Tregarrow"] {
        assert_eq!(
            kind_of(text, place),
            Some(Kind::Place),
            "{place} in {names:?}"
        );
    }
    // The possessive of a place or a body stays its own name.
    let text = "Sydney's Harbour Bridge was shut.\n";
    assert_eq!(kind_of(text, "Sydney"), Some(Kind::Place));
}

#[test]
fn a_speech_verb_between_a_name_and_a_place_noun_keeps_the_name_a_person() {
    let text = "Community leader Bongani Mxolisi-Dube said residents had warned for years.\n";
    assert_eq!(kind_of(text, "Bongani Mxolisi-Dube"), Some(Kind::Person));
    // One describing word may stand between: "Tartus naval base".
    let text = "Ships left the Kharvel naval base.\n";
    assert_eq!(kind_of(text, "Kharvel"), Some(Kind::Place));
}

#[test]
fn a_name_said_to_lie_near_another_is_a_place() {
    let text = "A fire swept through part of Khayamandi, near Kommetjie, on Sunday. Crews \
        reached Tejeda, west of Las Palmas, at noon. The talks with Quillbrook, near the end \
        of the day, went on.\n";
    assert_eq!(kind_of(text, "Khayamandi"), Some(Kind::Place));
    assert_eq!(kind_of(text, "Tejeda"), Some(Kind::Place));
    assert_ne!(kind_of(text, "Quillbrook"), Some(Kind::Place));
}
