//! Dates: the calendar expressions English news writes, each found by a named rule.
//!
//! A date names a day, a month, a year, a decade, a fiscal year, a quarter or a holiday:
//! "2025-04-03", "03/04/2025", "3 April 2025", "May 14, 2025", "Tue 8 Apr 2025", "Sept. 14",
//! "the 15th", "the 1990s", "the '90s", "2027-28", "fiscal 2026", "first-quarter", "Diwali",
//! "mid-May". Clock times and timestamps ("09.14 BST", "4:45 PM EDT") are found too, so that
//! their zone is part of a time and not a name. Durations ("two weeks") are not dates.
//!
//! The rules sit in one ordered table, [`RULES`]: at each token the first rule that matches
//! takes its words, and the search goes on after them, so each token is read a bounded number
//! of times and the time is linear in the text. A month that is also a common word ("May",
//! "March") counts alone only after a preposition of time; a shortened month or weekday
//! ("Apr", "Tue") counts only with a day or a year.

use std::sync::LazyLock;

use super::hash::FastMap;
use super::lexicon;
use super::segment::{Token, TokenKind};
use crate::model::Span;

/// A date found in the text, and the rule that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    /// The rule's place in [`RULES`] (a byte, where its name would take sixteen: a text may
    /// hold many dates); [`DateMention::rule`] names it.
    rule: u8,
    /// The date's own words make it one (a day with its month, a year with its month, a
    /// holiday's name): it outranks a name found over the same words ("Apr" in "Apr 3",
    /// "Easter"). A lone month, weekday or year, known by its neighbours, does not.
    pub sure: bool,
}

impl DateMention {
    /// The name of the rule that found the date.
    pub fn rule(&self) -> &'static str {
        RULES.get(usize::from(self.rule)).map_or("", |r| r.name)
    }
}

/// One way of writing a date: its name and where, from a token, its words end.
pub struct DateRule {
    pub name: &'static str,
    /// Whether a token starting with this byte may start the rule's date: asked once per byte
    /// value, to make [`RULE_STARTS`].
    starts: fn(u8) -> bool,
    /// Whether a token of this text may start the rule's date: what the rule asks of its first
    /// word before anything else, asked without a call to the rule. Most words whose first
    /// byte a rule may start ("the", "said", "Minister") fail it.
    may_start: fn(&str) -> bool,
    find: fn(&Reader, usize) -> Option<Found>,
}

/// What a rule found from token `first`: the span and the token after it.
struct Found {
    span: Span,
    next: usize,
    sure: bool,
}

/// The rules in the order they are tried at each token: longer forms before the shorter forms
/// they hold ("Tue 8 Apr 2025" before "8 Apr", "first quarter of fiscal 2026" before "fiscal
/// 2026", "2025-04-03" and "2027-28" before a year).
pub static RULES: &[DateRule] = &[
    DateRule {
        name: "iso_date",
        starts: starts_with_digit,
        may_start: any_word,
        find: iso_date,
    },
    DateRule {
        name: "numeric_date",
        starts: starts_with_digit,
        may_start: any_word,
        find: numeric_date,
    },
    DateRule {
        name: "clock_time",
        starts: starts_with_digit,
        may_start: any_word,
        find: clock_time,
    },
    DateRule {
        name: "quarter",
        starts: may_start_quarter,
        may_start: may_be_quarter,
        find: quarter,
    },
    DateRule {
        name: "fiscal_year",
        starts: may_start_fiscal_year,
        may_start: may_be_fiscal_year,
        find: fiscal_year,
    },
    DateRule {
        name: "weekday",
        starts: may_start_weekday,
        may_start: may_be_weekday,
        find: weekday,
    },
    DateRule {
        name: "day_month",
        starts: starts_with_digit,
        may_start: any_word,
        find: day_month_rule,
    },
    DateRule {
        name: "month",
        starts: may_start_month,
        may_start: may_be_month,
        find: month,
    },
    DateRule {
        name: "decade",
        starts: may_start_decade,
        may_start: may_be_decade,
        find: decade,
    },
    DateRule {
        name: "mid_date",
        starts: may_start_mid_date,
        may_start: may_be_mid_date,
        find: mid_date,
    },
    DateRule {
        name: "holiday",
        starts: may_start_holiday,
        may_start: may_be_holiday,
        find: holiday,
    },
    DateRule {
        name: "day_of_month",
        starts: starts_with_digit,
        may_start: any_word,
        find: day_of_month,
    },
    DateRule {
        name: "year",
        starts: starts_with_digit,
        may_start: any_word,
        find: year,
    },
];

/// The tokens and their text, with the questions the rules ask of them.
pub struct Reader<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl<'t> Reader<'t> {
    fn word(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind())
    }

    fn start(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.span().start)
    }

    fn end(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.span().end)
    }

    /// Token `b` exists and is in token `a`'s sentence.
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence() == y.sentence(),
            _ => false,
        }
    }

    /// Token `i + 1` follows token `i` in its sentence with no space between ("03/04").
    fn joined(&self, i: usize) -> bool {
        self.same_sentence(i, i + 1) && self.tokens.get(i + 1).is_some_and(|t| !t.space_before())
    }

    fn sentence_start(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.sentence_start())
    }

    /// The word before token `i` in its sentence, in lower case, is in `list`.
    fn before_is(&self, i: usize, list: &lexicon::WordList) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            self.same_sentence(p, i) && lexicon::with_lower(self.word(p), |w| list.contains(&w))
        })
    }

    fn found(&self, first: usize, last: usize, sure: bool) -> Option<Found> {
        Some(Found {
            span: Span::new(self.start(first), self.end(last)),
            next: last + 1,
            sure,
        })
    }
}

/// All ASCII digits, at least one.
fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

/// The number a word of digits writes, if it is `lengths` digits long.
fn number(word: &str, lengths: std::ops::RangeInclusive<usize>) -> Option<u32> {
    if !lengths.contains(&word.len()) || !is_digits(word) {
        return None;
    }
    word.parse().ok()
}

fn is_year_number(word: &str) -> bool {
    number(word, 4..=4).is_some_and(|y| (1800..=2099).contains(&y))
}

/// A year before 1800 ("1526", "1644"): a date only where the words around it say so, as
/// such numbers are more often counts.
fn is_early_year_number(word: &str) -> bool {
    number(word, 4..=4).is_some_and(|y| (1000..1800).contains(&y))
}

/// A day of the month, with or without an ordinal ending: "3", "03", "15th", "1st".
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ending = &word[digits.len()..];
    let day = number(digits, 1..=2).filter(|d| (1..=31).contains(d))?;
    (ending.is_empty() || ending == ordinal_ending(day)).then_some(day)
}

/// The ending English writes after the ordinal of `n`: "st", "nd", "rd" or "th".
fn ordinal_ending(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// How a word names a month: in full ("April", "Sept."), shortened ("Apr"), or not at all.
#[derive(Clone, Copy, PartialEq, Eq)]
enum MonthWord {
    Full,
    Short,
}

fn month_word(word: &str) -> Option<MonthWord> {
    month_word_as_written(word)
        .or_else(|| lexicon::with_title_case(word, month_word_as_written).flatten())
}

fn month_word_as_written(word: &str) -> Option<MonthWord> {
    if lexicon::MONTHS.contains(&word) {
        // "Sept." and "Apr." are written out with their stop: as sure as a full name.
        return Some(MonthWord::Full);
    }
    lexicon::MONTH_ABBREVIATIONS
        .contains(&word)
        .then_some(MonthWord::Short)
}

fn is_weekday(word: &str) -> bool {
    lexicon::WEEKDAYS.contains(&word)
        || lexicon::with_title_case(word, |titled| lexicon::WEEKDAYS.contains(&titled))
            == Some(true)
}

fn is_short_weekday(word: &str) -> bool {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let listed = |bare: &str| lexicon::WEEKDAY_ABBREVIATIONS.contains(&bare);
    listed(bare) || lexicon::with_title_case(bare, listed) == Some(true)
}

/// `word` without a possessive ending ("Friday's" → "Friday").
fn stem(word: &str) -> &str {
    super::names::strip_possessive(word)
}

/// The tokens of a day and month from token `i`: "3 April", "15th of May", "8 Apr 2025",
/// "3 April, 2025". Gives the last token.
fn day_month(r: &Reader, i: usize) -> Option<usize> {
    day_number(r.word(i))?;
    let mut m = i + 1;
    if r.word(m) == "of" && r.same_sentence(i, m + 1) {
        m += 1;
    }
    if !r.same_sentence(i, m) || month_word(r.word(m)).is_none() {
        return None;
    }
    Some(year_after(r, m).unwrap_or(m))
}

/// The year after the date ending at token `i`, with or without a comma: "April 2025",
/// "May 14, 2025". Gives its token.
fn year_after(r: &Reader, i: usize) -> Option<usize> {
    let at = if r.word(i + 1) == "," { i + 2 } else { i + 1 };
    (r.same_sentence(i, at) && is_year_number(r.word(at))).then_some(at)
}

/// "August 1526", "April 1603": a month names the year after it, however early.
fn any_year_after_month(r: &Reader, month: usize) -> bool {
    let at = month + 1;
    r.same_sentence(month, at) && {
        let word = r.word(at);
        is_year_number(word) || is_early_year_number(word)
    }
}

/// The tokens of a month with its day or year from token `i`: "April 3", "May 14, 2025",
/// "Apr 08, 2025", "Sept. 14", "April 2026", "June 15th". Gives the last token.
fn month_day(r: &Reader, i: usize) -> Option<usize> {
    month_word(r.word(i))?;
    let day = i + 1;
    if r.same_sentence(i, day) && r.kind(day) != Some(TokenKind::Punct) {
        if day_number(r.word(day)).is_some() {
            return Some(year_after(r, day).unwrap_or(day));
        }
        if any_year_after_month(r, i) {
            return Some(day);
        }
    }
    None
}

/// "2025-04-03": a year, month and day joined by hyphens (ISO 8601).
fn iso_date(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    let mut parts = word.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let valid = parts.next().is_none()
        && is_year_number(y)
        && number(m, 2..=2).is_some_and(|m| (1..=12).contains(&m))
        && number(d, 2..=2).is_some_and(|d| (1..=31).contains(&d));
    valid.then(|| r.found(i, i, true))?
}

/// "03/04/2025", "3.4.2025", "03-04-25": day and month (either first, as the house writes
/// them) and a year, joined by one kind of mark.
fn numeric_date(r: &Reader, i: usize) -> Option<Found> {
    if !r.word(i).starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // One token ("3.4.2025", "03-04-2025") or five ("03" "/" "04" "/" "2025"), joined.
    let last = if (i..i + 4).all(|k| r.joined(k)) {
        i + 4
    } else {
        i
    };
    let written = r.text.get(r.start(i)..r.end(last))?;
    let mark = written.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let mut parts = written.split(mark);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let (a, b) = (number(a, 1..=2)?, number(b, 1..=2)?);
    let valid = parts.next().is_none()
        && (number(y, 2..=2).is_some() || is_year_number(y))
        && (1..=31).contains(&a)
        && (1..=31).contains(&b)
        && (a <= 12 || b <= 12);
    valid.then(|| r.found(i, last, true))?
}

/// "09.14 BST", "18:42", "4:45 PM EDT", "5:12am", "9am", "1430 GMT": a clock time, with its
/// zone.
fn clock_time(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (hours, rest) = word.split_at(
        word.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(word.len()),
    );
    // "1430 GMT": hours and minutes in four digits, before a zone.
    if rest.is_empty() && hours.len() == 4 {
        let minutes = number(&hours[2..], 2..=2)?;
        let zone = r.same_sentence(i, i + 1) && lexicon::TIME_ZONES.contains(&r.word(i + 1));
        let valid = zone && number(&hours[..2], 2..=2).is_some_and(|h| h <= 23) && minutes <= 59;
        return valid.then(|| r.found(i, i + 1, true))?;
    }
    let hours = number(hours, 1..=2)?;
    let mut last = i;
    let minutes_and_suffix = if let Some(after_stop) = rest.strip_prefix('.') {
        // "09.14": the time is sure only with a zone or "am"/"pm" after it.
        Some(after_stop)
    } else if rest.is_empty() && r.word(i + 1) == ":" && r.joined(i) && r.joined(i + 1) {
        last = i + 2;
        Some(r.word(i + 2))
    } else {
        None
    };
    let suffix = match minutes_and_suffix {
        Some(tail) => {
            let minutes = tail.get(..2).and_then(|m| number(m, 2..=2))?;
            if minutes > 59 {
                return None;
            }
            &tail[2..]
        }
        None => rest,
    };
    let day_half = |w: &str| lexicon::contains_folded(lexicon::CLOCK_DAY_HALVES, w);
    let has_day_half = !suffix.is_empty() && day_half(suffix);
    if !suffix.is_empty() && !has_day_half {
        return None;
    }
    let max_hours = if has_day_half { 12 } else { 23 };
    if hours > max_hours {
        return None;
    }
    let mut marked = has_day_half;
    if !has_day_half && r.same_sentence(last, last + 1) && day_half(r.word(last + 1)) {
        last += 1;
        marked = true;
    }
    if r.same_sentence(last, last + 1) && lexicon::TIME_ZONES.contains(&r.word(last + 1)) {
        last += 1;
        marked = true;
    }
    // "9am" needs its "am"; "09.14" a zone or "am"; "18:42" its colon.
    let colon = last > i && r.word(i + 1) == ":";
    (marked || colon).then(|| r.found(i, last, true))?
}

/// "first quarter", "third-quarter", "Q1", with "of fiscal 2026", "2025" or "FY26" after it;
/// a half-year with its year ("H1 2025").
fn quarter(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if !may_be_quarter_length(word) {
        return None;
    }
    // "H1 2025", "H2 FY26": a half-year, always with its year.
    if let Some(number) = word.strip_prefix('H') {
        number.parse::<u32>().ok().filter(|n| (1..=2).contains(n))?;
        let year = quarter_year(r, i + 1).filter(|_| r.same_sentence(i, i + 1))?;
        return r.found(i, year, true);
    }
    let quarter_last = if let Some(number) = word.strip_prefix('Q') {
        number.parse::<u32>().ok().filter(|n| (1..=4).contains(n))?;
        // "Q3 2025", "Q1 FY26": its year straight after it.
        if let Some(year) = quarter_year(r, i + 1).filter(|_| r.same_sentence(i, i + 1)) {
            return r.found(i, year, true);
        }
        i
    } else if let Some((ordinal, noun)) = word.split_once('-') {
        let ordinal = lexicon::contains_folded(lexicon::QUARTER_ORDINALS, ordinal);
        (ordinal && noun.eq_ignore_ascii_case("quarter")).then_some(i)?
    } else {
        // The next word first: it is rarely "quarter", and cheaper to ask than the list.
        let is_quarter = r.same_sentence(i, i + 1)
            && r.word(i + 1).eq_ignore_ascii_case("quarter")
            && lexicon::contains_folded(lexicon::QUARTER_ORDINALS, word);
        is_quarter.then_some(i + 1)?
    };
    r.found(i, with_year_of(r, i, quarter_last), true)
}

/// The last token of a quarter written at tokens `first..=last`, taking in the year that
/// follows it with "of" ("… of fiscal 2026", "… of 2025").
fn with_year_of(r: &Reader, first: usize, last: usize) -> usize {
    let of_year = r.word(last + 1) == "of" && r.same_sentence(first, last + 2);
    of_year
        .then(|| quarter_year(r, last + 2))
        .flatten()
        .unwrap_or(last)
}

/// The last token of the year or fiscal year at token `i`: "2025", "fiscal 2026", "FY26".
fn quarter_year(r: &Reader, i: usize) -> Option<usize> {
    fiscal_year(r, i)
        .map(|f| f.next - 1)
        .or_else(|| year_span_at(r, i))
}

/// "2027-28", "2023/24", "2019–20", "fiscal 2026", "FY2026", "FY 2025-26": a year running
/// into the next, or a year named fiscal.
fn fiscal_year(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if word.eq_ignore_ascii_case("fiscal") {
        let mut at = i + 1;
        if r.word(at).eq_ignore_ascii_case("year") {
            at += 1;
        }
        if !r.same_sentence(i, at) {
            return None;
        }
        let last = year_span_at(r, at)?;
        return r.found(i, last, true);
    }
    if let Some(year) = word.strip_prefix("FY") {
        if year.is_empty() {
            let last = year_span_at(r, i + 1).filter(|_| r.same_sentence(i, i + 1))?;
            return r.found(i, last, true);
        }
        (number(year, 2..=2).is_some() || is_year_number(year) || is_two_years(year))
            .then_some(())?;
        return r.found(i, i, true);
    }
    if is_two_years(word) {
        return r.found(i, i, true);
    }
    // "2023/24", "2019–20": three tokens, joined.
    let mark = r.word(i + 1);
    let joined = r.joined(i) && r.joined(i + 1) && matches!(mark, "/" | "–" | "-");
    if joined && is_year_number(word) && follows_year(word, r.word(i + 2)) {
        return r.found(i, i + 2, true);
    }
    None
}

/// The last token of a year or a fiscal year at token `i`.
fn year_span_at(r: &Reader, i: usize) -> Option<usize> {
    if is_year_number(r.word(i)) {
        let mark = r.word(i + 1);
        let joined = r.joined(i) && r.joined(i + 1) && matches!(mark, "/" | "–" | "-");
        if joined && follows_year(r.word(i), r.word(i + 2)) {
            return Some(i + 2);
        }
        return Some(i);
    }
    is_two_years(r.word(i)).then_some(i)
}

/// "2027-28", "2023/2024": one word of a year and the next.
fn is_two_years(word: &str) -> bool {
    word.split_once(['-', '/'])
        .is_some_and(|(first, second)| is_year_number(first) && follows_year(first, second))
}

/// `second` writes the year after `first`, in two digits or four ("2027" then "28").
fn follows_year(first: &str, second: &str) -> bool {
    let Some(first) = number(first, 4..=4) else {
        return false;
    };
    match second.len() {
        2 => number(second, 2..=2) == Some((first + 1) % 100),
        4 => number(second, 4..=4) == Some(first + 1),
        _ => false,
    }
}

/// "Wednesday", "Friday, 14 Mar 2025", "Tue 8 Apr 2025", "Monday, April 14": a weekday,
/// with the date after it in one span. A shortened weekday needs that date.
fn weekday(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    let full = is_weekday(stem(word));
    if !full && !is_short_weekday(word) {
        return None;
    }
    let possessive = stem(word).len() != word.len();
    if !possessive {
        let after = if r.word(i + 1) == "," { i + 2 } else { i + 1 };
        if r.same_sentence(i, after) {
            let date = day_month(r, after).or_else(|| month_day(r, after));
            if let Some(last) = date {
                return r.found(i, last, true);
            }
        }
    }
    if !full {
        return None;
    }
    let start = r.start(i);
    Some(Found {
        span: Span::new(start, start + stem(word).len()),
        next: i + 1,
        sure: false,
    })
}

/// "3 April 2025", "03 April 2025", "15th of May", "8 Apr": a day before its month.
fn day_month_rule(r: &Reader, i: usize) -> Option<Found> {
    let last = day_month(r, i)?;
    r.found(i, last, true)
}

/// "April 3", "May 14, 2025", "Sept. 14", "April 2026"; a month alone ("in March", "a cold
/// July morning"), where one that is also a common word needs a preposition of time before
/// it.
fn month(r: &Reader, i: usize) -> Option<Found> {
    if let Some(last) = month_day(r, i) {
        return r.found(i, last, true);
    }
    let word = r.word(i);
    let name = stem(word);
    if month_word(name) != Some(MonthWord::Full) || name.ends_with('.') {
        return None;
    }
    // "the June quarter", "the March quarter of 2025": Australian and Indian copy name a
    // quarter by its last month.
    let names_quarter = r.same_sentence(i, i + 1) && r.word(i + 1).eq_ignore_ascii_case("quarter");
    if names_quarter {
        return r.found(i, with_year_of(r, i, i + 1), true);
    }
    let ambiguous = lexicon::AMBIGUOUS_MONTHS.contains(&name);
    if ambiguous && (r.sentence_start(i) || !r.before_is(i, lexicon::TIME_PREPOSITIONS)) {
        return None;
    }
    let start = r.start(i);
    Some(Found {
        span: Span::new(start, start + name.len()),
        next: i + 1,
        sure: false,
    })
}

/// "1990s", "the '90s", "’60s": a decade.
fn decade(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if is_decade(word, 4) {
        return r.found(i, i, true);
    }
    let apostrophe = matches!(word, "'" | "’" | "‘");
    (apostrophe && r.joined(i) && is_decade(r.word(i + 1), 2)).then(|| r.found(i, i + 1, true))?
}

/// "1990s" (`digits` 4) or "90s" (2): a number ending in 0, then "s" or "'s".
fn is_decade(word: &str, digits: usize) -> bool {
    let Some(number) = word.get(..digits) else {
        return false;
    };
    let ending = &word[digits..];
    let decade = is_digits(number) && number.ends_with('0');
    // ("the 1740s", "the 1500s": an "s" makes even an early number a decade or a century.)
    let in_range = digits == 2 || is_year_number(number) || is_early_year_number(number);
    decade && in_range && matches!(ending, "s" | "'s" | "’s")
}

/// "mid-May", "mid-2024", "mid-1990s": the middle of a month, year or decade.
fn mid_date(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    let rest = word
        .strip_prefix("mid-")
        .or_else(|| word.strip_prefix("Mid-"))?;
    let dated = month_word(rest) == Some(MonthWord::Full)
        || is_year_number(rest)
        || is_decade(rest, 4)
        || rest
            .strip_prefix(['\'', '’'])
            .is_some_and(|r| is_decade(r, 2));
    dated.then(|| r.found(i, i, true))?
}

/// Holidays by their first word, each as its words, longest first.
static HOLIDAYS_BY_FIRST_WORD: LazyLock<FastMap<&'static str, Vec<Vec<&'static str>>>> =
    LazyLock::new(|| {
        let mut map: FastMap<&'static str, Vec<Vec<&'static str>>> = FastMap::default();
        for holiday in lexicon::HOLIDAYS {
            let words: Vec<&'static str> = holiday.split(' ').collect();
            if let Some(&first) = words.first() {
                map.entry(first).or_default().push(words);
            }
        }
        for phrases in map.values_mut() {
            phrases.sort_by_key(|words| std::cmp::Reverse(words.len()));
        }
        map
    });

/// The first words of the holidays, as a list whose length and letter filters turn away
/// nearly every capitalised word before any hashing.
static HOLIDAY_FIRST_WORDS: LazyLock<lexicon::WordList> = LazyLock::new(|| {
    let firsts: Vec<&'static str> = (lexicon::HOLIDAYS.iter())
        .filter_map(|h| h.split(' ').next())
        .collect();
    // Made once and kept for the program's life, as the compiled-in lists are.
    lexicon::WordList::new(Box::leak(firsts.into_boxed_slice()))
});

/// `written` is `listed`, ignoring case and the kind of apostrophe ("Paddy’s" is "Paddy's").
fn same_word(written: &str, listed: &str) -> bool {
    let fold = |c: char| match c {
        '’' | 'ʼ' => '\'',
        c => c.to_ascii_lowercase(),
    };
    written.chars().map(fold).eq(listed.chars().map(fold))
}

/// "Diwali", "Eid Al Fitr", "St Patrick's Day", "Paddy’s Day", "Canada Day": a holiday from
/// [`lexicon::HOLIDAYS`], unless a capitalised word after it makes it part of a name
/// ("Christmas Island", "Good Friday Agreement").
fn holiday(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if !may_be_holiday(word) {
        return None;
    }
    let curly = !word.is_ascii() && word.contains('’');
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let key: std::borrow::Cow<str> = if curly {
        word.replace('’', "'").into()
    } else {
        word.into()
    };
    let phrases = HOLIDAYS_BY_FIRST_WORD.get(key.as_ref())?;
    let phrase = phrases.iter().find(|words| {
        words
            .iter()
            .enumerate()
            .skip(1)
            .all(|(k, listed)| r.same_sentence(i, i + k) && same_word(r.word(i + k), listed))
    })?;
    let last = i + phrase.len() - 1;
    if phrase.len() == 1 && lexicon::HOLIDAYS_ALSO_WORDS.contains(&word) && r.sentence_start(i) {
        return None;
    }
    let next = r.word(last + 1);
    let name_goes_on = r.same_sentence(last, last + 1)
        && r.kind(last + 1) == Some(TokenKind::Word)
        && next.starts_with(|c: char| c.is_uppercase())
        && !is_weekday(stem(next))
        && month_word(next).is_none();
    if name_goes_on {
        // Its words belong to the name: passed over, so that "Friday" in it is no date.
        return Some(Found {
            span: Span::new(r.start(i), r.start(i)),
            next: last + 1,
            sure: false,
        });
    }
    // "Christmas 2026", "Diwali 2025": a year after the holiday says which, as after a month.
    let year_after = r.same_sentence(last, last + 1) && is_year_number(next);
    r.found(i, if year_after { last + 1 } else { last }, true)
}

/// "the 15th": a day of the month standing alone, with no noun after it ("the 15th falls on
/// a Sunday", "by the 21st.").
fn day_of_month(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if word.len() < 3 || day_number(word).is_none() || is_digits(word) {
        return None;
    }
    let after_the = i
        .checked_sub(1)
        .is_some_and(|p| r.same_sentence(p, i) && r.word(p).eq_ignore_ascii_case("the"));
    if !after_the {
        return None;
    }
    let next = i + 1;
    let alone = !r.same_sentence(i, next)
        || (r.kind(next) == Some(TokenKind::Punct) && r.word(next) != "-")
        || lexicon::AFTER_A_LONE_DAY.contains(&r.word(next));
    alone.then(|| r.found(i, i, true))?
}

/// "in 2015", "a 2023 agreement", "the 2016 New Year Honours": a number of four digits from
/// 1800 to 2099, unless the words around it make it a count, a code or a clock time
/// ("about 2000 people", "flight 1949", "1900 GMT").
fn year(r: &Reader, i: usize) -> Option<Found> {
    let word = r.word(i);
    if r.kind(i) == Some(TokenKind::Number) && is_early_year_number(word) {
        return early_year(r, i);
    }
    if r.kind(i) != Some(TokenKind::Number) || !is_year_number(word) {
        return None;
    }
    let after_time_word = r.before_is(i, lexicon::TIME_PREPOSITIONS);
    let counted = i
        .checked_sub(1)
        .is_some_and(|p| r.same_sentence(p, i) && lexicon::NOT_BEFORE_YEAR.contains(&r.word(p)));
    let next = r.word(i + 1);
    let measured = r.same_sentence(i, i + 1)
        && (lexicon::NOT_AFTER_YEAR.contains(&next) || lexicon::TIME_ZONES.contains(&next));
    let is_year = after_time_word || !(counted || measured);
    is_year.then(|| Found {
        span: Span::new(r.start(i), r.end(i)),
        next: i + 1,
        sure: false,
    })
}

/// "in 1644, and", "in 1646 its east range", "the summer of 1526.": a number before 1800
/// is a year after a word of time ("in", "since", "until") or "of" after a season, when no
/// noun follows it ("in 1500 homes" counts).
fn early_year(r: &Reader, i: usize) -> Option<Found> {
    let after_time_word = r.before_is(i, lexicon::TIME_PREPOSITIONS);
    let season_of = i >= 2
        && r.same_sentence(i - 2, i)
        && r.word(i - 1) == "of"
        && lexicon::with_lower(r.word(i - 2), |w| lexicon::SEASONS.contains(&w));
    let next = i + 1;
    let nothing_counted = !r.same_sentence(i, next)
        || r.kind(next) == Some(TokenKind::Punct)
        || lexicon::with_lower(r.word(next), |w| lexicon::AFTER_A_YEAR.contains(&w));
    ((after_time_word || season_of) && nothing_counted).then(|| r.found(i, i, false))?
}

/// The first word of a quarter: "Q1" is two bytes, "first" to "fourth" five or six,
/// "first-quarter" longer with a hyphen. Most words asked ("the", "to", "said") are none.
fn may_be_quarter_length(word: &str) -> bool {
    let plain_ordinal = matches!(word.len(), 5 | 6);
    word.len() == 2 || plain_ordinal || (word.len() > 6 && has_hyphen(word))
}

/// Whether a word holds an ASCII hyphen: its bytes compared in place, as the words asked are
/// short and a search set up for each cost more than the comparisons.
fn has_hyphen(word: &str) -> bool {
    word.bytes().any(|b| b == b'-')
}

/// The first word of a quarter as [`quarter`] reads it: of a quarter's length, and "Q…", a
/// hyphenated word or an ordinal ("there", "state" are none).
fn may_be_quarter(word: &str) -> bool {
    may_be_quarter_length(word)
        && (word.starts_with(['Q', 'H'])
            || has_hyphen(word)
            || lexicon::contains_folded(lexicon::QUARTER_ORDINALS, word))
}

/// The first word of a fiscal year: "fiscal", "FY…", or a number ("2027-28", "2023" of
/// "2023/24").
fn may_be_fiscal_year(word: &str) -> bool {
    word.eq_ignore_ascii_case("fiscal")
        || word.starts_with("FY")
        || word.starts_with(|c: char| c.is_ascii_digit())
}

/// A weekday, possessive or not, or a shortened one with or without its stop.
fn may_be_weekday(word: &str) -> bool {
    is_weekday(stem(word)) || is_short_weekday(word)
}

/// A month as written ("April", "Apr", "Sept.") or possessive ("May's").
fn may_be_month(word: &str) -> bool {
    if month_word(word).is_some() {
        return true;
    }
    // A word that is its own stem was just asked.
    let name = stem(word);
    name.len() != word.len() && month_word(name) == Some(MonthWord::Full)
}

/// "1990s" and the apostrophe of "'90s".
fn may_be_decade(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || matches!(word, "'" | "’" | "‘")
}

fn may_be_mid_date(word: &str) -> bool {
    word.starts_with("mid-") || word.starts_with("Mid-")
}

/// The first word of a holiday, as listed or with a curly apostrophe. Nearly every word asked
/// is a capitalised ASCII word that starts none: the list's filters say so before the word is
/// searched for a curly apostrophe.
fn may_be_holiday(word: &str) -> bool {
    HOLIDAY_FIRST_WORDS.contains(&word) || (!word.is_ascii() && word.contains('’'))
}

/// The rules whose first word is told by its first byte alone.
fn any_word(_: &str) -> bool {
    true
}

fn starts_with_digit(byte: u8) -> bool {
    byte.is_ascii_digit()
}

/// "first quarter", "Q1", "third-quarter".
fn may_start_quarter(byte: u8) -> bool {
    matches!(byte, b'Q' | b'H')
        || lexicon::QUARTER_ORDINALS.has_word_starting_with(byte.to_ascii_lowercase())
}

/// "fiscal 2026", "FY26", "2027-28".
fn may_start_fiscal_year(byte: u8) -> bool {
    matches!(byte, b'f' | b'F') || byte.is_ascii_digit()
}

fn may_start_weekday(byte: u8) -> bool {
    lexicon::WEEKDAYS.has_word_starting_with(byte)
        || lexicon::WEEKDAY_ABBREVIATIONS.has_word_starting_with(byte)
}

fn may_start_month(byte: u8) -> bool {
    lexicon::MONTHS.has_word_starting_with(byte)
        || lexicon::MONTH_ABBREVIATIONS.has_word_starting_with(byte)
}

/// "1990s", "'90s", "’90s" (whose first byte is that of "’").
fn may_start_decade(byte: u8) -> bool {
    byte.is_ascii_digit() || matches!(byte, b'\'' | 0xE2)
}

fn may_start_mid_date(byte: u8) -> bool {
    matches!(byte, b'm' | b'M')
}

fn may_start_holiday(byte: u8) -> bool {
    lexicon::HOLIDAYS
        .iter()
        .any(|h| h.as_bytes().first() == Some(&byte))
}

/// For each byte, the rules (a bit for each place in [`RULES`], which holds at most 32) whose date a token starting
/// with it may start. Most tokens start with a byte no rule starts with, and most others
/// with one only one or two rules do: "the" and "said" are asked only whether they open a
/// quarter.
static RULE_STARTS: LazyLock<[u32; 256]> = LazyLock::new(|| {
    std::array::from_fn(|byte| {
        let byte = byte as u8;
        (RULES.iter().enumerate())
            .filter(|(_, rule)| (rule.starts)(byte))
            .fold(0, |mask, (index, _)| mask | 1 << index)
    })
});

/// The places in [`RULES`] of the bits set in `starts`, in order: a token is asked only of
/// the rules its first byte may start, without a pass over the others.
fn rules_in(starts: u32) -> impl Iterator<Item = usize> {
    let mut rest = starts;
    std::iter::from_fn(move || {
        let index = (rest != 0).then(|| rest.trailing_zeros() as usize)?;
        rest &= rest - 1;
        Some(index)
    })
}

/// Date mentions in text order; they never overlap.
pub fn find(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    let reader = Reader { text, tokens };
    let rule_starts = &*RULE_STARTS;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        // The first byte is read from the text directly.
        let starts =
            (text.as_bytes().get(token.span().start)).map_or(0, |&b| rule_starts[usize::from(b)]);
        if starts == 0 {
            i += 1;
            continue;
        }
        let word = token.text(text);
        let found = rules_in(starts).find_map(|index| {
            let rule = RULES.get(index)?;
            if !(rule.may_start)(word) {
                return None;
            }
            (rule.find)(&reader, i).map(|found| (index, found))
        });
        match found {
            // An empty span passes over words that hold no date.
            Some((rule, found)) if found.next > i => {
                if !found.span.is_empty() {
                    out.push(DateMention {
                        span: found.span,
                        rule: u8::try_from(rule).unwrap_or(u8::MAX),
                        sure: found.sure,
                    });
                }
                i = found.next;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::segment;
    use proptest::prelude::*;

    /// Every rule that finds a date from a token says, of that token's word alone, that it
    /// may start one: [`find`] asks `may_start` first and skips the rule otherwise.
    fn check_may_start(text: &str) -> Result<(), TestCaseError> {
        let sentences = segment::sentences(text, &segment::paragraphs(text));
        let tokens = segment::tokens(text, &sentences);
        let reader = Reader {
            text,
            tokens: &tokens,
        };
        for (i, token) in tokens.iter().enumerate() {
            let word = token.text(text);
            for rule in RULES {
                if (rule.find)(&reader, i).is_some() {
                    prop_assert!((rule.may_start)(word), "{} {word:?} in {text:?}", rule.name);
                }
            }
        }
        Ok(())
    }

    /// Pieces of text a date is made of, and a few it is not: separators, the words of
    /// fiscal years and quarters ("FY2025-26", "first-quarter"), years and decades
    /// ("2023/24", "mid-’90s"), months and weekdays as news abbreviates them ("Sept.",
    /// "Thurs"), holidays ("St. Patrick's Day", "Eid al-Fitr"), days and clock times ("15th",
    /// "4:45 PM EDT") and numeric dates ("03/04/2025"). Joined at random, they make the
    /// texts [`check_may_start`] reads: dates, and near-dates a rule might misread.
    const DATE_PIECES: &[&str] = &[
        " ",
        " ",
        " ",
        ", ",
        ". ",
        "-",
        "/",
        ":",
        "'",
        "’",
        "the",
        "of",
        "in",
        "fiscal",
        "Fiscal",
        "FISCAL",
        "year",
        "FY",
        "FY26",
        "FY2025-26",
        "Q1",
        "Q4",
        "Q5",
        "Q0001",
        "first",
        "First",
        "THIRD",
        "fourth",
        "quarter",
        "Quarter",
        "first-quarter",
        "Third-Quarter",
        "2025",
        "2027-28",
        "2023/24",
        "2019–20",
        "1990s",
        "90s",
        "'s",
        "’s",
        "May",
        "May's",
        "March’s",
        "Sept.",
        "Sept",
        "Apr",
        "Apr.",
        "April",
        "Monday",
        "Friday's",
        "Tue",
        "Tue.",
        "Thurs",
        "Wed",
        "mid-May",
        "Mid-2024",
        "mid-1990s",
        "mid-’90s",
        "Christmas",
        "Christmas Day",
        "St",
        "St.",
        "Patrick's",
        "Patrick’s",
        "Paddy’s",
        "Day",
        "Eid",
        "al-Fitr",
        "Good",
        "Friday",
        "Canada",
        "Easter",
        "Diwali",
        "3",
        "03",
        "15th",
        "1st",
        "9am",
        "4:45",
        "PM",
        "EDT",
        "09.14",
        "BST",
        "1430",
        "GMT",
        "2025-04-03",
        "03/04/2025",
        "3.4.2025",
        "Island",
    ];

    /// A piece of [`DATE_PIECES`], for texts a date rule may or may not find a date in.
    fn date_piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(DATE_PIECES)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

        #[test]
        fn a_rule_finds_dates_only_from_words_it_may_start(
            pieces in prop::collection::vec(date_piece(), 0..30)
        ) {
            check_may_start(&pieces.concat())?;
        }
    }

    #[test]
    fn rules_may_start_their_own_examples() {
        check_may_start(
            "On Tue 8 Apr 2025, the first quarter of fiscal 2026 and Q3 FY26 began; in May, \
             mid-May, the '90s, the 1990s, 2027-28, 2023/24, Friday’s Paddy’s Day, St Patrick's \
             Day, Eid al-Fitr, 4:45 PM EDT, 09.14 BST, 1430 GMT, 2025-04-03, 03/04/2025, by the \
             15th.",
        )
        .unwrap();
    }

    #[test]
    fn every_rule_has_a_bit_of_its_own() {
        assert!(RULES.len() <= 32);
        let all = RULE_STARTS.iter().fold(0, |all, mask| all | mask);
        assert_eq!(
            all.count_ones() as usize,
            RULES.len(),
            "a rule no byte starts"
        );
    }

    #[test]
    fn rules_are_asked_in_order_of_their_bits() {
        assert_eq!(rules_in(0).count(), 0);
        assert_eq!(rules_in(0b1010_0001).collect::<Vec<_>>(), [0, 5, 7]);
        assert_eq!(rules_in(1 << 31).collect::<Vec<_>>(), [31]);
    }
}
