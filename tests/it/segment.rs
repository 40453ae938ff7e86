//! Sentence boundaries after abbreviations, initials and dotted acronyms.

use briefing::extract::segment;

fn sentences(text: &str) -> Vec<&str> {
    let paragraphs = segment::paragraphs(text);
    segment::sentences(text, &paragraphs)
        .iter()
        .map(|s| s.slice(text))
        .collect()
}

#[test]
fn a_dotted_acronym_before_a_title_or_an_institution_does_not_end_the_sentence() {
    assert_eq!(
        sentences("The U.S. Senator spoke. The U.N. Security Council met.\n"),
        ["The U.S. Senator spoke.", "The U.N. Security Council met."]
    );
    // The head may come after the connectors of an institution's name.
    assert_eq!(
        sentences("A panel to the U.S. Seed and Fodder Administration voted.\n"),
        ["A panel to the U.S. Seed and Fodder Administration voted."]
    );
}

#[test]
fn a_dotted_acronym_before_an_ordinary_opener_ends_the_sentence() {
    assert_eq!(
        sentences(
            "He moved to the U.S. The company followed. He left the U.K. The Senate \
            met.\n"
        ),
        [
            "He moved to the U.S.",
            "The company followed.",
            "He left the U.K.",
            "The Senate met."
        ]
    );
}

#[test]
fn titles_and_initials_before_names_do_not_end_the_sentence() {
    assert_eq!(
        sentences("Dr. Lena Ostrova met K.C. Maurer and Steven F. Quorra. They spoke.\n"),
        [
            "Dr. Lena Ostrova met K.C. Maurer and Steven F. Quorra.",
            "They spoke."
        ]
    );
}
