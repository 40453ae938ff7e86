//! Quotation marks of every English house style on invented text: which marks open and close
//! a quotation, which are apostrophes, nesting, and quotations over several paragraphs.

use briefing::extract::extract;

/// The words of every quotation (speech or scare quote), in order.
fn quoted(text: &str) -> Vec<String> {
    extract(text)
        .quotes
        .iter()
        .map(|q| q.inner().slice(text).to_string())
        .collect()
}

#[test]
fn british_single_quotes_hold_apostrophes() {
    let text = "‘We don’t know yet, and we won’t guess,’ Ms Okafor said.\n";
    assert_eq!(quoted(text), ["We don’t know yet, and we won’t guess,"]);
    let straight = "'It isn't over,' said Cr Lindqvist. 'Not by a long way.'\n";
    assert_eq!(quoted(straight), ["It isn't over,", "Not by a long way."]);
}

#[test]
fn apostrophes_in_narration_open_nothing() {
    let text = "Cr O'Loughlin met at six o'clock on Paddy's Day, in the '90s style, to hear \
                rock 'n' roll and rock ’n’ roll from the ’60s at the Joneses’ house.\n";
    assert_eq!(quoted(text), Vec::<String>::new());
}

#[test]
fn decades_and_elisions_inside_a_quotation_do_not_close_it() {
    let text = "‘We’ve been dancing to rock ’n’ roll here since the ’50s,’ said Tama Rewi.\n";
    assert_eq!(
        quoted(text),
        ["We’ve been dancing to rock ’n’ roll here since the ’50s,"]
    );
    let straight = "'Back in '09 we had nothing,' Mr Dunne said.\n";
    assert_eq!(quoted(straight), ["Back in '09 we had nothing,"]);
}

#[test]
fn a_plural_possessive_inside_a_quotation_is_no_closing_mark() {
    let text = "‘We stayed at the Joneses’ house all summer,’ she said.\n";
    assert_eq!(
        quoted(text),
        ["We stayed at the Joneses’ house all summer,"]
    );
    let ending = "He called the caravan ‘the pride of the Joneses’’ on Friday.\n";
    assert_eq!(quoted(ending), ["the pride of the Joneses’"]);
}

#[test]
fn a_dropped_g_before_a_capital_is_no_closing_mark() {
    let text = "‘They played Rockin’ Robin twice,’ said Mere Tāwhiri.\n";
    assert_eq!(quoted(text), ["They played Rockin’ Robin twice,"]);
}

#[test]
fn only_the_outermost_quotation_is_reported() {
    let british = "‘An official told me, “The numbers are settled.” Well, they are not,’ she \
                   said.\n";
    assert_eq!(
        quoted(british),
        ["An official told me, “The numbers are settled.” Well, they are not,"]
    );
    let us = "\"Every year we are told 'next year'. We are tired,\" said Anand Pillai.\n";
    assert_eq!(
        quoted(us),
        ["Every year we are told 'next year'. We are tired,"]
    );
    let inner_at_end = "‘At half-time I told them, “Keep the ball,”’ the coach said.\n";
    assert_eq!(
        quoted(inner_at_end),
        ["At half-time I told them, “Keep the ball,”"]
    );
}

#[test]
fn guillemets_keep_their_no_break_spaces_and_german_marks_close_low() {
    let french = "Le Soir called it «\u{a0}une erreur historique\u{a0}» on Monday.\n";
    assert_eq!(quoted(french), ["\u{a0}une erreur historique\u{a0}"]);
    let german = "„Wir warten nicht länger“, sagte Jonas Brandt.\n";
    assert_eq!(quoted(german), ["Wir warten nicht länger"]);
    let single = "‹Nein›, sagte sie, und ‚bitte‘ sagte er.\n";
    assert_eq!(quoted(single), ["Nein", "bitte"]);
}

#[test]
fn a_quotation_over_paragraphs_that_reopen_is_one_quotation() {
    let text = "“We ran with no watches,” said coach Amos Kibet. “Now every teenager has one.\n\n\
                “They see the money before the work.\n\n\
                “You must first survive the mornings here.”\n\n\
                The camp opens in May.\n";
    let quotes = quoted(text);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert!(quotes[1].starts_with("Now every teenager has one.\n\n“They see"));
    assert!(quotes[1].ends_with("survive the mornings here."));
    let single = "‘First paragraph.\n\n‘Second paragraph,’ said Ruth Owusu.\n";
    assert_eq!(quoted(single), ["First paragraph.\n\n‘Second paragraph,"]);
}

#[test]
fn speaker_labels_are_no_quotations() {
    let text = "Q: Why the reef?\n\nA: Because it feeds us.\n\nCHAIR: We will resume.\n";
    assert_eq!(quoted(text), Vec::<String>::new());
}

#[test]
fn the_convention_decides_whether_an_unclosed_mark_runs_to_the_paragraph_end() {
    // A British text: an unclosed single quotation runs on; a stray double mark does not.
    let british = "‘One,’ she said. ‘Two,’ she said. ‘Three and the rest\n\nNext 12\" pipes.\n";
    assert_eq!(quoted(british), ["One,", "Two,", "Three and the rest"]);
}

#[test]
fn thousands_of_marks_and_apostrophes_stay_linear() {
    let unit = "‘a’ don’t 'b' «c» „d“ the ’90s \"e\" O'Neil ‘f ";
    let text = unit.repeat(20_000);
    let annotations = extract(&text);
    // Every unit holds at least four quotations whatever the unclosed ‘f pairs with.
    assert!(
        annotations.quotes.len() >= 4 * 20_000,
        "{}",
        annotations.quotes.len()
    );
    let unclosed = "‘".repeat(50_000) + &"’".repeat(50_000);
    let annotations = extract(&unclosed);
    assert!(annotations.quotes.len() <= 1);
}

#[test]
fn a_closing_mark_after_a_word_that_is_no_possessive_closes_there() {
    // "temporary’" cannot be a possessive: the quotation ends there, not at "Boys’".
    let text = "Pupils learned in ‘temporary’ classrooms lent by Napier Boys’ High School.\n";
    assert_eq!(quoted(text), ["temporary"]);
    // A Scots or Gaelic short word keeps its mark inside the quotation.
    let text = "'Chan eil sinn a' dol à seo,' he said.\n";
    assert_eq!(quoted(text), ["Chan eil sinn a' dol à seo,"]);
    // Words after "so-called" are the writer's doubt, not anyone's speech.
    let found = extract("It was a so-called “loophole” in the law, she said.\n");
    assert!(found.quotes.iter().all(|q| !q.is_quotation()));
}
