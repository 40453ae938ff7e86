//! Property tests: the extractor and the loader on arbitrary input.
//!
//! Whatever the text — random Unicode, random bytes that happen to decode, or generated
//! news-like prose full of capitalised names, quotation marks, apostrophes and cue verbs —
//! extraction must not panic, every span must be a non-empty range on char boundaries that
//! slices to its exported text, mentions and quotes must not overlap, and the output must be
//! the same every time. The news-like generator exists because random characters almost never
//! form a name or a quotation, so they would leave those code paths untested.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::util;

use briefing::corpus::{LoadProblem, decode};
use briefing::export;
use briefing::extract::extract;
use briefing::model::{Briefing, Document};
use proptest::prelude::*;
use util::spans::{check_annotations, check_export};

/// Extracts, checks the annotations, exports twice and checks the export. Returns the number
/// of entities and quotes found, for the tests that check the generator reaches them.
fn check_text(text: &str) -> (usize, usize) {
    let annotations = extract(text);
    check_annotations(text, &annotations);
    assert_eq!(annotations, extract(text), "extraction is deterministic");

    let document = Document {
        id: "prop".to_string(),
        path: "prop.txt".to_string(),
        text: text.to_string(),
        meta: None,
    };
    let first = export::to_string(&[Briefing::from_document(document.clone())], false);
    let second = export::to_string(&[Briefing::from_document(document)], false);
    assert_eq!(first, second, "export is byte-for-byte deterministic");
    let value: serde_json::Value = serde_json::from_str(&first).expect("the export is JSON");
    check_export(&value);
    assert_eq!(
        value["briefings"][0]["text"], text,
        "the text is exported unchanged"
    );
    (annotations.entities.len(), annotations.quotes.len())
}

/// Pieces of news prose, chosen to reach every rule: names of one and several words, titles,
/// acronyms in parentheses, possessives with each apostrophe, every quotation mark alone (so
/// they pair up, nest and stay open at random), cue verbs, abbreviations with full stops,
/// dates, and text from other scripts.
const NEWS: &[&str] = &[
    "Vladimir",
    "Putin",
    "Ahmed",
    "al-Shara’a",
    "Sharaa",
    "Hayʼat",
    "Tahrir",
    "al-Sham",
    "(HTS)",
    "HTS",
    "Sergei",
    "Lavrov",
    "Kremlin",
    "Moscow",
    "Damascus",
    "Syria",
    "Syrian",
    "Russian",
    "United",
    "Nations",
    "U.N.",
    "U.S.",
    "European",
    "Union",
    "NASA",
    "President",
    "Minister",
    "Foreign",
    "Prime",
    "Dr.",
    "Mr.",
    "Mrs.",
    "St.",
    "Jan.",
    "Gen.",
    "Inc.",
    "Co.",
    "No.",
    "e.g.",
    "Monday",
    "Wednesday",
    "March",
    "2024",
    "3",
    "the",
    "a",
    "of",
    "and",
    "in",
    "on",
    "to",
    "with",
    "was",
    "is",
    "will",
    "we",
    "they",
    "he",
    "she",
    "it",
    "that",
    "said",
    "says",
    "told",
    "noted",
    "added",
    "according",
    "according to",
    "stated",
    "asked",
    "warned",
    "explained",
    "reporters",
    "media",
    "state",
    "agency",
    "news",
    "officials",
    "spokesman",
    "’s",
    "'s",
    "ʼs",
    "s’",
    "’",
    "'",
    "ʼ",
    "‘",
    "“",
    "”",
    "\"",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    "「",
    "」",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "—",
    "–",
    "-",
    "…",
    "...",
    "/",
    "&",
    "%",
    "\u{a0}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "e\u{301}",
    "👍🏽",
    "🇸🇾",
    "Ωμέγα",
    "Łódź",
    "İstanbul",
    "ß",
    "ǅ",
    "الشرع",
    "دمشق",
    "Путин",
    "Москва",
    "習近平",
    "東京",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "", "\n", "\n\n", "\r\n", "\r", "\t", "  ", "\u{2028}", "\u{3000}",
];

/// News-like text: up to `max` tokens, each followed by a separator.
fn news(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(NEWS), prop::sample::select(SEPARATORS)),
        0..max,
    )
    .prop_map(|pieces| {
        pieces
            .into_iter()
            .flat_map(|(word, separator)| [word, separator])
            .collect()
    })
}

/// Sentences shaped like attributed quotations, so quote and source rules fire often.
fn quoted_sentence() -> impl Strategy<Value = String> {
    let name = prop::sample::select(
        &[
            "Putin",
            "Vladimir Putin",
            "Lavrov",
            "the Kremlin",
            "Ahmed al-Shara’a",
            "he",
            "she",
            "Syria’s state media",
            "a U.N. spokesman",
            "HTS",
        ][..],
    );
    let cue = prop::sample::select(&["said", "told reporters", "noted", "added", "warned"][..]);
    let marks = prop::sample::select(
        &[
            ("“", "”"),
            ("\"", "\""),
            ("«", "»"),
            ("‘", "’"),
            ("«\u{a0}", "\u{a0}»"),
            ("“", ""),
            ("", "”"),
            ("„", "“"),
        ][..],
    );
    (news(12), name, cue, marks, any::<bool>()).prop_map(
        |(words, name, cue, (open, close), before)| {
            if before {
                format!("{name} {cue}: {open}{words}{close} ")
            } else {
                format!("{open}{words},{close} {name} {cue}. ")
            }
        },
    )
}

fn news_article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![news(20), quoted_sentence(), Just("\n".to_string())],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_gives_valid_annotations(text in any::<String>()) {
        check_text(&text);
    }

    #[test]
    fn arbitrary_chars_from_the_whole_range_give_valid_annotations(
        chars in prop::collection::vec(any::<char>(), 0..300)
    ) {
        check_text(&chars.into_iter().collect::<String>());
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily_give_valid_annotations(
        bytes in prop::collection::vec(any::<u8>(), 0..600)
    ) {
        check_text(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn news_like_text_gives_valid_annotations(text in news(200)) {
        check_text(&text);
    }

    #[test]
    fn attributed_quotations_give_valid_annotations(text in news_article()) {
        check_text(&text);
    }

    /// The loader's decoding: a file is accepted exactly when it is UTF-8 with no NUL byte,
    /// and its text is the file minus one leading byte-order mark, nothing else changed.
    #[test]
    fn decode_accepts_exactly_utf8_without_nul(
        bom in any::<bool>(),
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut file = if bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
        file.extend_from_slice(&bytes);
        let result = decode(file.clone());
        match std::str::from_utf8(&file) {
            Ok(_) if file.contains(&0) => prop_assert_eq!(result, Err(LoadProblem::Binary)),
            Ok(text) => prop_assert_eq!(
                result,
                Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
            ),
            Err(_) => prop_assert!(result.is_err()),
        }
    }

    /// Text that decodes is extracted with valid spans, BOM or not.
    #[test]
    fn decoded_files_give_valid_annotations(
        bytes in prop::collection::vec(any::<u8>(), 0..400)
    ) {
        if let Ok(text) = decode(bytes) {
            check_text(&text);
        }
    }
}

/// Characters the segmentation fast path knows, with a few it does not (so the fallback and
/// its boundaries are reached too), weighted towards the punctuation that decides boundaries.
fn segment_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            &[
                ' ', ' ', '.', '.', '!', '?', ',', ';', ':', '-', '\'', '"', '(', ')', '[', ']',
                '_', '\t', '\n', '\r', '\u{b}', '\u{85}', '\u{a0}', '\u{2028}', '’', '‘',
                '“', '”', '«', '»', '—', '–', 'ʼ', '0', '7', 'a', 'z', 'A', 'Q', 'é', 'É', 'ß',
                'ĸ', 'ŉ', 'ſ', '×', '%',
            ][..]
        ),
        4 => prop::char::range('a', 'z'),
        2 => prop::char::range('A', 'Z'),
        1 => prop::char::range('\u{0}', '\u{17f}'),
        1 => prop::sample::select(&['\u{301}', '\u{200d}', 'ª', '習', '\u{3000}', '\u{2024}'][..]),
    ]
}

/// Only characters the fast path knows, so every case is compared.
fn known_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(
            &[
                ' ', ' ', '.', '.', '!', '?', ',', ';', ':', '-', '\'', '"', '(', ')', '[', ']',
                '_', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{a0}', '’', '‘', '“', '”', '«',
                '»', '—', '–', '…', '0', '7', 'a', 'z', 'A', 'Q', 'é', 'É', 'ß', 'ÿ', 'Þ', '%',
                '&', '/', '#', '@',
            ][..]
        ),
        4 => prop::char::range('a', 'z'),
        2 => prop::char::range('A', 'Z'),
        1 => prop::char::range('0', '9'),
        1 => prop::char::range('\u{100}', '\u{17f}'),
        1 => Just('\u{2bc}'),
    ]
}

fn crate_sentences(text: &str) -> Vec<(usize, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.split_sentence_bound_indices()
        .map(|(start, piece)| (start, start + piece.len()))
        .collect()
}

/// The fast sentence and word splitting gives exactly the boundaries of unicode-segmentation.
/// (Text the fast path does not know is the crate's own business: nothing to compare.)
fn check_segmentation(text: &str) -> Result<(), TestCaseError> {
    use briefing::extract::segment::boundaries;
    use unicode_segmentation::UnicodeSegmentation;
    let mut sentences = Vec::new();
    if boundaries::sentence_pieces(text, &mut sentences) {
        prop_assert_eq!(sentences, crate_sentences(text), "sentences of {:?}", text);
    } else {
        prop_assert!(sentences.is_empty());
    }
    let mut words = Vec::new();
    if boundaries::word_pieces(text, &mut words) {
        let expected: Vec<(u32, u32)> = text
            .split_word_bound_indices()
            .map(|(start, piece)| (start as u32, (start + piece.len()) as u32))
            .collect();
        prop_assert_eq!(words, expected, "words of {:?}", text);
    } else {
        prop_assert!(words.is_empty());
    }
    Ok(())
}

/// Every Latin Extended-A letter, in the places where its case decides a boundary: after
/// an abbreviation's full stop, inside and around words.
#[test]
fn latin_extended_a_segments_like_unicode_segmentation() {
    for c in ('\u{100}'..='\u{17f}').chain(['\u{2bc}']) {
        for text in [
            format!("Mr. {c}x went."),
            format!("etc. {c}x went."),
            format!("a.{c} b"),
            format!("{c}{c}. {c}a"),
            format!("U.S. {c}"),
            format!("x{c}'s 4{c}5 {c}_ \"{c}.\" {c}"),
        ] {
            use briefing::extract::segment::boundaries;
            assert!(
                boundaries::sentence_pieces(&text, &mut Vec::new()),
                "{text}"
            );
            assert!(boundaries::word_pieces(&text, &mut Vec::new()), "{text}");
            check_segmentation(&text).unwrap();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn fast_segmentation_matches_unicode_segmentation(
        chars in prop::collection::vec(segment_char(), 0..120)
    ) {
        check_segmentation(&chars.into_iter().collect::<String>())?;
    }

    #[test]
    fn fast_segmentation_matches_unicode_segmentation_on_known_characters(
        chars in prop::collection::vec(known_char(), 0..80)
    ) {
        check_segmentation(&chars.into_iter().collect::<String>())?;
    }

    #[test]
    fn fast_segmentation_matches_unicode_segmentation_on_news(text in news_article()) {
        check_segmentation(&text)?;
    }

    #[test]
    fn fast_segmentation_matches_unicode_segmentation_on_any_text(text in any::<String>()) {
        check_segmentation(&text)?;
    }
}

/// The generator is only useful if it reaches the name and quotation rules. This runs a fixed
/// set of generated articles and reports how much they found; once the extractor finds names
/// and quotations, it must find some here.
#[test]
fn news_generator_reaches_names_and_quotes() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let (mut entities, mut quotes) = (0, 0);
    for _ in 0..64 {
        let text = news_article().new_tree(&mut runner).unwrap().current();
        let (e, q) = check_text(&text);
        entities += e;
        quotes += q;
    }
    let on_seed = extract(briefing::seeds::SEEDS[0].1);
    if !on_seed.entities.is_empty() {
        assert!(entities > 0, "no entity in 64 generated articles");
    }
    if !on_seed.quotes.is_empty() {
        assert!(quotes > 0, "no quotation in 64 generated articles");
    }
    eprintln!("64 generated articles: {entities} entities, {quotes} quotes");
}

/// Found by the property tests: a quotation mark with nothing after it became a quotation with
/// empty insides (`"` → quote 0..1 with text ""). A quotation must have words in it.
#[test]
fn regression_lone_quotation_mark_is_not_an_empty_quotation() {
    for text in ["\"", " \"", "“", "“”", "« »", "He said “", "\"  \"\n“\t”"] {
        let annotations = extract(text);
        util::spans::check_annotations(text, &annotations);
        assert!(
            annotations.quotes.iter().all(|q| !q.inner().is_empty()),
            "{text:?}: {:?}",
            annotations.quotes
        );
    }
}

/// The checks themselves must be able to fail: each broken annotation here is rejected.
#[test]
fn span_checks_reject_broken_annotations() {
    use briefing::model::{Annotations, Entity, Kind, Quote, QuoteKind, Span};
    let text = "Café Putin said “yes” in the U.S.";
    let entity = |mentions: Vec<Span>| Entity {
        name: "X".to_string(),
        kind: Kind::Person,
        aliases: Vec::new(),
        roles: Vec::new(),
        mentions,
        grounds: Default::default(),
    };
    let quote = |span: Span, inner: Span| {
        let mut quote = Quote::new(span, inner);
        quote.set_kind(QuoteKind::Quotation);
        quote
    };
    let broken: Vec<(&str, Annotations)> = vec![
        (
            "cuts é",
            Annotations {
                entities: vec![entity(vec![Span::new(0, 4)])],
                ..Annotations::default()
            },
        ),
        (
            "past the end",
            Annotations {
                entities: vec![entity(vec![Span::new(30, 99)])],
                ..Annotations::default()
            },
        ),
        (
            "empty",
            Annotations {
                entities: vec![entity(vec![Span::new(6, 6)])],
                ..Annotations::default()
            },
        ),
        (
            "one entity overlapping itself",
            Annotations {
                entities: vec![entity(vec![Span::new(6, 11), Span::new(6, 16)])],
                ..Annotations::default()
            },
        ),
        (
            "two entities crossing",
            Annotations {
                entities: vec![
                    entity(vec![Span::new(6, 16)]),
                    entity(vec![Span::new(12, 20)]),
                ],
                ..Annotations::default()
            },
        ),
        (
            "two entities on the same span",
            Annotations {
                entities: vec![
                    entity(vec![Span::new(6, 11)]),
                    entity(vec![Span::new(6, 11)]),
                ],
                ..Annotations::default()
            },
        ),
        (
            "quotes overlapping",
            Annotations {
                quotes: vec![
                    quote(Span::new(17, 26), Span::new(20, 23)),
                    quote(Span::new(20, 30), Span::new(21, 29)),
                ],
                ..Annotations::default()
            },
        ),
        (
            "inside not inside",
            Annotations {
                quotes: vec![quote(Span::new(17, 26), Span::new(6, 11))],
                ..Annotations::default()
            },
        ),
    ];
    for (what, annotations) in broken {
        let caught =
            std::panic::catch_unwind(|| util::spans::check_annotations(text, &annotations));
        assert!(caught.is_err(), "the checks let through: {what}");
    }
    // And the nesting they allow: a place inside an organisation's name.
    let nested = Annotations {
        entities: vec![
            entity(vec![Span::new(6, 16)]),
            entity(vec![Span::new(6, 11)]),
        ],
        ..Annotations::default()
    };
    util::spans::check_annotations(text, &nested);
}
