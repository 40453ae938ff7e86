//! Quotation rules on small invented texts: which quoted words are speech, which are names or
//! cited terms, and quotations that stand without marks (block and pull quotations).

use briefing::extract::extract;
use briefing::model::Annotations;

/// Each quotation (speech only) as (its words, its source's words or "").
fn quotations(text: &str) -> Vec<(String, String)> {
    let annotations: Annotations = extract(text);
    annotations
        .quotes
        .iter()
        .filter(|q| q.is_quotation())
        .map(|q| {
            let source = q.source().map_or("", |s| s.span.slice(text));
            (q.inner().slice(text).to_string(), source.to_string())
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_capitalised_speech_verb_inside_a_sentence_is_part_of_a_name() {
    let text = "Museums across the United States also hold prints of \"strangers\" nobody knows.\n";
    assert_eq!(quotations(text), pairs(&[]));
}

#[test]
fn pointed_is_a_cue_only_with_out() {
    let to = "She pointed to the table with \"electric\" punch on it.\n";
    assert_eq!(quotations(to), pairs(&[]));
    let out = "Mary Jones pointed out that \"the rooms were full of people\".\n";
    assert_eq!(
        quotations(out),
        pairs(&[("the rooms were full of people", "Mary Jones")])
    );
}

#[test]
fn the_subject_of_a_passive_speech_verb_is_not_its_speaker() {
    let text = "The army has been told to prepare for a \"state of readiness\" on the border.\n";
    assert_eq!(quotations(text), pairs(&[]));
}

#[test]
fn quoted_words_inside_a_noun_phrase_are_a_name() {
    let text = "The \"Archive\" page of the site explains the dispute in detail.\n";
    assert_eq!(quotations(text), pairs(&[]));
}

#[test]
fn cited_words_are_not_speech() {
    let text = "The ministry added the words \"and Fisheries\" to the department's name.\n";
    assert_eq!(quotations(text), pairs(&[]));
    let dubbed =
        "Writing on his blog, Tom Lark dubbed the feud: \"Bakers vs. the Town, part II\".\n";
    assert_eq!(quotations(dubbed), pairs(&[]));
}

#[test]
fn a_paragraph_after_a_speech_verb_and_a_colon_is_a_block_quotation() {
    let text = "In a letter to the council, the company denied the claims:\n\
        Our staff were never asked to work at night. Every shift ended by six. \
        The company also claimed the council had the wrong figures.\n";
    assert_eq!(
        quotations(text),
        pairs(&[(
            "Our staff were never asked to work at night. Every shift ended by six.",
            "the company"
        )])
    );
}

#[test]
fn a_colon_without_a_speech_verb_introduces_no_quotation() {
    let text = "The list of towns was long:\nHarlow, Hull and Leeds were all on it.\n";
    assert_eq!(quotations(text), pairs(&[]));
}

#[test]
fn a_repeated_sentence_of_a_quotation_is_a_pull_quotation_with_its_speaker() {
    let pulled = "We will rebuild every school in the valley before the winter comes.";
    let text = format!(
        "Mayor Anna Berg spoke on Monday.\n\
         \"{pulled} Nobody will be left behind,\" Berg said.\n\
         {pulled}\n\
         The council meets again next week.\n"
    );
    let found = quotations(&text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], (pulled.to_string(), "Berg".to_string()));
}

#[test]
fn a_repeated_sentence_with_a_name_line_under_it_is_a_pull_quotation() {
    let pulled = "I was told to leave my family behind and never speak to them again.";
    let text = format!(
        "Petra Lindqvist, a former member, has sued the group.\n\
         {pulled} Petra Lindqvist\n\
         {pulled} Her lawyers filed the case in March.\n"
    );
    assert_eq!(
        quotations(&text),
        pairs(&[(pulled, "Petra Lindqvist"), (pulled, "Petra Lindqvist")])
    );
}

#[test]
fn a_sentence_repeated_without_a_speaker_is_only_repeated() {
    let repeated = "The bridge will stay closed to traffic until the repairs are finished.";
    let text = format!("{repeated}\nThe works started in May.\n{repeated}\n");
    assert_eq!(quotations(&text), pairs(&[]));
}

#[test]
fn a_pull_quotation_never_overlaps_a_block_quotation() {
    let pulled = "We will rebuild every school in the valley before the winter comes.";
    let text = format!(
        "The mayor, Anna Berg, told the council:\n\
         {pulled} Nobody will be left behind.\n\
         {pulled} Anna Berg\n"
    );
    let annotations = extract(&text);
    let spans: Vec<_> = annotations.quotes.iter().map(|q| q.span()).collect();
    for pair in spans.windows(2) {
        assert!(pair[0].end <= pair[1].start, "{spans:?}");
    }
    assert_eq!(quotations(&text).len(), 2, "{:?}", quotations(&text));
}

#[test]
fn a_comma_before_the_verb_closes_an_apposition_after_the_speaker() {
    let text = "Hilda Marchetti, associate professor of art history, said, \
        \"His prints changed how museums collect photographs.\"\n";
    assert_eq!(
        quotations(text),
        pairs(&[(
            "His prints changed how museums collect photographs.",
            "Hilda Marchetti"
        )])
    );
}

#[test]
fn a_participle_cue_after_a_comma_speaks_for_the_sentence_s_subject() {
    let plain = "One reader admitted to joining the protest, writing in a blog post \
        \"I have joined the march and I am proud of it.\"\n";
    assert_eq!(
        quotations(plain),
        pairs(&[(
            "I have joined the march and I am proud of it.",
            "One reader"
        )])
    );
    let named = "Mayor Anna Berg opened the bridge, saying \"This is a good day for the town.\"\n";
    assert_eq!(
        quotations(named),
        pairs(&[("This is a good day for the town.", "Anna Berg")])
    );
}

#[test]
fn issuing_a_statement_attributes_the_quotation_after_it() {
    let text = "Mayor Lena Ostrova issued a statement on the closure. \
        \"We will reopen the bridge before winter, whatever it costs.\"\n";
    assert_eq!(
        quotations(text),
        pairs(&[(
            "We will reopen the bridge before winter, whatever it costs.",
            // A named speaker's source is the name, without the title before it.
            "Lena Ostrova"
        )])
    );
    // A statement someone else issued says nothing about who speaks.
    let passive = "A statement was issued on the closure. \
        \"We will reopen the bridge before winter, whatever it costs.\"\n";
    assert_eq!(
        quotations(passive),
        pairs(&[(
            "We will reopen the bridge before winter, whatever it costs.",
            ""
        )])
    );
}

#[test]
fn a_cue_after_an_exclaiming_quotation_still_attributes_it() {
    let text = "The crowd grew. \"This is outrageous!\" shouted protester Jane Doe. \
        \"Why now?\" asked Mark Ellis.\n";
    assert_eq!(
        quotations(text),
        pairs(&[
            ("This is outrageous!", "protester Jane Doe"),
            ("Why now?", "Mark Ellis")
        ])
    );
}

#[test]
fn a_quotation_over_several_paragraphs_is_one_with_the_speaker_named_at_its_end() {
    let text = "\"We will not back down,\" Anna Berg wrote on Sunday.\n\
        \"We have lost everything. The house, the boat, the nets.\n\
        \"Nobody came to help us for three days,\" said fisherman Tom Reyes.\n";
    assert_eq!(
        quotations(text),
        pairs(&[
            ("We will not back down,", "Anna Berg"),
            // Each paragraph reopens with a mark and only the last closes: one quotation.
            (
                "We have lost everything. The house, the boat, the nets.\n\"Nobody came to help \
                 us for three days,",
                "fisherman Tom Reyes"
            ),
        ])
    );
}

#[test]
fn the_minister_as_a_source_is_the_person_given_that_role() {
    let text = "Interior Minister Dana Holt visited the town on Monday. \
        \"We are ready,\" the minister told reporters.\n";
    let annotations = extract(text);
    let quote = annotations.quotes.first().expect("one quotation");
    let source = quote.source().expect("a source");
    assert_eq!(source.span.slice(text), "the minister");
    let entity = source.entity.map(|e| annotations.entities[e].name.as_str());
    assert_eq!(entity, Some("Dana Holt"));
}
