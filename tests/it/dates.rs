//! Date rules on small invented texts: every form English news writes a date in, the span each
//! takes, what is not a date, and dates keeping their words from names.

use briefing::extract::extract;
use briefing::model::Kind;

/// The text of each date mention, in text order.
fn dates(text: &str) -> Vec<String> {
    let annotations = extract(text);
    let mut spans: Vec<_> = annotations
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Date)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    spans.sort();
    spans.iter().map(|s| s.slice(text).to_string()).collect()
}

/// The text and kind of each mention that is not a date.
fn names(text: &str) -> Vec<(String, Kind)> {
    extract(text)
        .entities
        .iter()
        .filter(|e| e.kind != Kind::Date)
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(|m| (m.slice(text).to_string(), e.kind))
        })
        .collect()
}

fn assert_dates(text: &str, expected: &[&str]) {
    assert_eq!(dates(text), expected, "in {text:?}");
}

#[test]
fn iso_dates_are_one_span() {
    assert_dates(
        "Forms filed on 2024-11-02 were lost; the office reopened 2024-11-19.\n",
        &["2024-11-02", "2024-11-19"],
    );
}

#[test]
fn iso_shapes_that_are_no_calendar_day_are_not_dates() {
    assert_dates("The part number 2024-13-40 was recalled.\n", &[]);
}

#[test]
fn numeric_dates_take_the_day_and_month_in_either_order() {
    assert_dates(
        "Letters dated 07/09/2024 and 12.11.2023 were sent, with a reply by 25/12/24.\n",
        &["07/09/2024", "12.11.2023", "25/12/24"],
    );
}

#[test]
fn a_fraction_or_a_score_is_not_a_numeric_date() {
    assert_dates(
        "Service runs 24/7 and the home side won 3-1 with 2/3 of the vote.\n",
        &[],
    );
}

#[test]
fn day_month_year_with_and_without_a_leading_zero() {
    assert_dates(
        "The hearing on 9 October 2024 was moved to 09 October 2024, then to 21st of November.\n",
        &["9 October 2024", "09 October 2024", "21st of November"],
    );
}

#[test]
fn month_day_year_with_a_comma_and_shortened_months() {
    assert_dates(
        "Sales began July 9, 2024, paused Nov 18, 2024 and resume Sept. 22 and Oct. 1.\n",
        &["July 9, 2024", "Nov 18, 2024", "Sept. 22", "Oct. 1"],
    );
}

#[test]
fn a_shortened_month_in_a_dateline_is_a_date_and_no_organisation() {
    let text = "MUMBAI, Nov 7 (PTI): The port reopened after the strike.\n";
    assert_dates(text, &["Nov 7"]);
    assert!(
        !names(text).iter().any(|(n, _)| n == "Nov"),
        "{:?}",
        names(text)
    );
}

#[test]
fn a_shortened_month_alone_is_not_a_date() {
    assert_dates("The Mar family and Jan Novak met.\n", &[]);
}

#[test]
fn a_weekday_with_its_date_is_one_span() {
    assert_dates(
        "Updated Wed 12 Nov 2025 at the desk. Filed Saturday, 8 March 2025 and on Monday, \
         June 2.\n",
        &[
            "Wed 12 Nov 2025",
            "Saturday, 8 March 2025",
            "Monday, June 2",
        ],
    );
}

#[test]
fn a_shortened_weekday_and_month_are_no_names() {
    let text = "Published Fri 5 Dec 2025 by the city desk.\n";
    assert_dates(text, &["Fri 5 Dec 2025"]);
    let found = names(text);
    assert!(
        !found.iter().any(|(n, _)| n == "Fri" || n == "Dec"),
        "{found:?}"
    );
}

#[test]
fn a_weekday_alone_keeps_its_own_span() {
    assert_dates(
        "The board met on Tuesday and again on Friday's late session.\n",
        &["Tuesday", "Friday"],
    );
}

#[test]
fn a_timestamp_takes_its_zone_and_is_never_a_name() {
    let text = "Last modified on Fri 5 Dec 2025 16.02 GMT. The vote closed at 7:30 PM AEST.\n";
    let found = dates(text);
    assert!(found.contains(&"Fri 5 Dec 2025".to_string()), "{found:?}");
    assert!(found.contains(&"16.02 GMT".to_string()), "{found:?}");
    assert!(found.contains(&"7:30 PM AEST".to_string()), "{found:?}");
    let names = names(text);
    assert!(
        !names.iter().any(|(n, _)| n == "AEST" || n == "GMT"),
        "{names:?}"
    );
}

#[test]
fn a_decimal_is_no_clock_time() {
    assert_dates("Growth slowed to 12.45 percent.\n", &[]);
}

#[test]
fn a_lone_day_of_the_month_counts_only_without_a_noun_after_it() {
    assert_dates(
        "Payments are late if the 21st falls on a weekend. The 21st century began.\n",
        &["21st"],
    );
}

#[test]
fn decades_with_digits_and_with_either_apostrophe() {
    assert_dates(
        "Prices last rose like this in the 1970s, the '80s and the ’60s.\n",
        &["1970s", "'80s", "’60s"],
    );
}

#[test]
fn an_age_in_the_nineties_is_not_a_decade() {
    assert_dates("She is in her 90s and still farms.\n", &[]);
}

#[test]
fn fiscal_and_financial_years() {
    assert_dates(
        "The levy rises in 2026-27, as in the 2024/25 year and 2019–20, and in fiscal 2028.\n",
        &["2026-27", "2024/25", "2019–20", "fiscal 2028"],
    );
}

#[test]
fn two_years_that_do_not_follow_each_other_are_no_fiscal_year() {
    assert_dates("The score was 2019-17 in the end.\n", &[]);
}

#[test]
fn quarters_spaced_hyphenated_and_with_their_year() {
    assert_dates(
        "Third-quarter sales fell; second quarter profit rose. It lands in the fourth quarter \
         of fiscal 2027.\n",
        &[
            "Third-quarter",
            "second quarter",
            "fourth quarter of fiscal 2027",
        ],
    );
}

#[test]
fn a_quarter_of_something_is_no_date() {
    assert_dates("A quarter of the staff left.\n", &[]);
}

#[test]
fn holidays_are_dates_whatever_the_name_finder_thought() {
    let text = "Shops close for Hanukkah and Eid al-Adha, and reopen after Thanksgiving. \
        Parades are planned for St Andrew’s Day and Waitangi Day.\n";
    assert_dates(
        text,
        &[
            "Hanukkah",
            "Eid al-Adha",
            "Thanksgiving",
            "St Andrew’s Day",
            "Waitangi Day",
        ],
    );
    let found = names(text);
    assert!(
        !found
            .iter()
            .any(|(n, _)| ["Hanukkah", "Andrew", "Waitangi", "Thanksgiving"]
                .iter()
                .any(|h| n.contains(h))),
        "{found:?}"
    );
}

#[test]
fn a_holiday_inside_a_longer_name_is_no_date() {
    assert_dates(
        "Flights to Christmas Island resumed after the Good Friday Agreement talks.\n",
        &[],
    );
}

#[test]
fn mid_month_year_and_decade() {
    assert_dates(
        "Work stops in mid-August, resumes by mid-2027 and recalls the mid-1980s.\n",
        &["mid-August", "mid-2027", "mid-1980s"],
    );
}

#[test]
fn months_in_generic_use_count() {
    assert_dates(
        "It was a bright October afternoon when the ferry sank.\n",
        &["October"],
    );
}

#[test]
fn a_month_that_is_a_common_word_needs_a_time_word() {
    assert_dates(
        "You may march in May, but March is when the count ends.\n",
        &["May"],
    );
}

#[test]
fn years_as_modifiers_count_and_quantities_do_not() {
    assert_dates(
        "The 2019 floods and a 2021 report cost about 2000 jobs; flight 1984 landed at 1900 GMT.\n",
        &["2019", "2021", "1900 GMT"],
    );
}

#[test]
fn durations_are_not_dates() {
    assert_dates("The trial lasted two weeks and five years passed.\n", &[]);
}

#[test]
fn a_text_of_many_different_dates_groups_each_once() {
    let text: String = (1..=28)
        .map(|d| format!("Filed on {d} March 2024. Again on {d} March 2024.\n"))
        .collect();
    let annotations = extract(&text);
    let dates: Vec<_> = annotations
        .entities
        .iter()
        .filter(|e| e.kind == Kind::Date)
        .collect();
    assert_eq!(dates.len(), 28);
    assert!(dates.iter().all(|e| e.mentions.len() == 2));
}

#[test]
fn each_date_names_the_rule_that_found_it() {
    use briefing::extract::{dates, segment};
    let text = "Filed 2025-04-03 before Diwali, due in fiscal 2026 and on Tue 8 Apr 2025.\n";
    let paragraphs = segment::paragraphs(text);
    let sentences = segment::sentences(text, &paragraphs);
    let tokens = segment::tokens(text, &sentences);
    let found: Vec<(&str, &str)> = dates::find(text, &tokens)
        .iter()
        .map(|d| (d.span.slice(text), d.rule()))
        .collect();
    assert_eq!(
        found,
        [
            ("2025-04-03", "iso_date"),
            ("Diwali", "holiday"),
            ("fiscal 2026", "fiscal_year"),
            ("Tue 8 Apr 2025", "weekday"),
        ]
    );
}

#[test]
fn a_year_after_a_holiday_is_the_same_date() {
    let found = dates("Crowds gathered before Diwali 2027 and again at Christmas 2026.");
    assert!(found.contains(&"Diwali 2027".to_string()), "{found:?}");
    assert!(found.contains(&"Christmas 2026".to_string()), "{found:?}");
}

#[test]
fn a_date_set_in_capitals_is_a_date_and_no_name() {
    let text = "NEWS RELEASE\nEMBARGOED UNTIL 06:00 GMT, THURSDAY 9 OCTOBER 2025\n\n\
        Ferry fares will rise in spring, the operator said.\n";
    assert!(
        dates(text).contains(&"THURSDAY 9 OCTOBER 2025".to_string()),
        "{:?}",
        dates(text)
    );
    assert_eq!(names(text), [], "in {text:?}");
}

#[test]
fn the_fourth_of_july_and_st_brigid_s_day_are_holidays() {
    let text = "The council paid for the Fourth of July fireworks. She was at Mass on St \
                Brigid's Day.\n";
    assert_eq!(dates(text), ["Fourth of July", "St Brigid's Day"]);
}

#[test]
fn a_year_before_1800_is_a_date_where_the_words_around_it_say_so() {
    let text = "The abbey was built in the winter of 1342. In March 1588 the fleet sailed. \
        The tower fell in 1707, and in 1711 its bell was recast. Papers from the 1650s \
        survive, kept since Candlemas.\n";
    assert_eq!(
        dates(text),
        ["1342", "March 1588", "1707", "1711", "1650s", "Candlemas"]
    );
    // A number of that size after "in" or "by" with its noun is a count.
    let text = "Power failed in 1500 homes and the team won by 1200 runs.\n";
    assert_eq!(dates(text), Vec::<String>::new());
}

#[test]
fn a_quarter_named_by_its_last_month_and_a_half_year_are_dates() {
    assert_dates(
        "Sales fell in the June quarter and rose in H1 2025. June Obi said H1 was a school.",
        &["June quarter", "H1 2025"],
    );
    assert_dates(
        "Profit rose in the March quarter of 2025 and the December quarter of fiscal 2026.",
        &["March quarter of 2025", "December quarter of fiscal 2026"],
    );
    assert!(
        !names("Revenue grew in H1 2025.")
            .iter()
            .any(|(name, _)| name == "H1"),
        "H1 is no place"
    );
}
