//! Texts of adversarial shapes: one pattern repeated to any size, aimed at the places where
//! an extractor reading a name, a quotation or a date may look back or ahead without bound
//! (runs of titles, particles, capitals, quotation marks, brackets, dates, abbreviations,
//! dots, one long word, no spaces at all). Shared by `tests/it/adversarial.rs`, which times the
//! extractor on two sizes of each, and `examples/adversarial.rs`, which writes them to files
//! for `scripts/memory-budget`.

/// A named pattern; the text is the pattern repeated.
pub struct Shape {
    pub name: &'static str,
    pub pattern: &'static str,
}

/// Every shape. Names are short and have no spaces, so a script can take them as arguments.
pub const SHAPES: &[Shape] = &[
    // Titles and roles that wait for a name which never comes.
    shape("title_dr_the", "Dr. the "),
    shape("title_the_president", "the President, "),
    shape("title_mr_comma", "Mr. , "),
    shape("title_chancellor_the", "German Chancellor the "),
    shape("title_governor_of", "Governor of Washington , "),
    shape("title_stacked", "Prime Minister Sir Dr. Prof. "),
    // Name particles and capitals with nothing to end the run.
    shape("particles", "van der de la al- bin "),
    shape("capitals", "Marrow Quill Tesk "),
    shape("capitals_all_caps", "NORTH QUAY TRUST "),
    shape("initials", "J. K. "),
    shape("possessives", "Marrow's Quill's "),
    // Quotation marks of every kind, alone, paired and with speech cues.
    shape("quote_straight_double", "\""),
    shape("quote_straight_single", "'"),
    shape("quote_curly_double", "“ ” "),
    shape("quote_curly_open_only", "“a "),
    shape("quote_curly_single", "‘ ’ "),
    shape("quote_guillemets", "« » "),
    shape("quote_low_high", "„a“ "),
    shape("quote_said", "\"It is,\" she said. "),
    shape("quote_nested", "“a ‘b “c ‘d "),
    shape("apostrophes", "O'Neill’s don't '90s "),
    // Brackets.
    shape("brackets_open", "("),
    shape("brackets_mixed", "( [ { ) ] } "),
    // Dates and numbers.
    shape(
        "dates",
        "Tue 8 Apr 2025 09.14 BST, 2025-04-03, 03/04/2025, mid-May, the '90s. ",
    ),
    shape("date_words", "Apr May June Tue "),
    shape("numbers", "2025 1,200 3.5 "),
    // Abbreviations and full stops.
    shape("abbreviations", "U.S. e.g. St. Mr. "),
    shape("dots", "."),
    shape("dots_spaced", ". "),
    shape("ellipses", "... "),
    // Lines and words without spaces.
    shape("newlines", "\n"),
    shape("short_lines", "Ab said.\n"),
    shape("long_word", "a"),
    shape("long_capital_word", "Abcdefghij"),
    shape("no_spaces", "AbcDef,Ghi.Jkl\"Mno'"),
    shape("hyphens", "-a-B"),
];

const fn shape(name: &'static str, pattern: &'static str) -> Shape {
    Shape { name, pattern }
}

/// The shape's pattern repeated to `bytes` bytes (cut on a character boundary).
pub fn text(shape: &Shape, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + shape.pattern.len());
    while out.len() < bytes {
        out.push_str(shape.pattern);
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

/// The shape named `name`.
pub fn find(name: &str) -> Option<&'static Shape> {
    SHAPES.iter().find(|s| s.name == name)
}
