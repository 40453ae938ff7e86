//! The span rules of the export contract (`docs/EXPORT.md`), checked on the JSON a
//! run printed and on the extractor's own annotations. Each failure names the briefing, the
//! field and the offending span, so a report can be turned into a test.

use briefing::model::{Annotations, Span};
use serde_json::Value;

/// Checks that `start..end` is a non-empty range inside `text`, on char boundaries.
pub fn check_range(text: &str, start: usize, end: usize, what: &str) {
    assert!(start < end, "{what}: empty or reversed span {start}..{end}");
    assert!(
        end <= text.len(),
        "{what}: span {start}..{end} ends past the text ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} cuts a character"
    );
}

fn span_of(value: &Value, what: &str) -> (usize, usize) {
    let field = |name: &str| {
        value[name]
            .as_u64()
            .unwrap_or_else(|| panic!("{what}: `{name}` is not an offset: {value}"))
            as usize
    };
    (field("start"), field("end"))
}

/// Checks one `{start, end, text}` object: in range, on boundaries, and `text[start..end]`
/// equal to its `text` field. Returns the span.
fn check_span_text(text: &str, value: &Value, what: &str) -> Span {
    let (start, end) = span_of(value, what);
    check_range(text, start, end, what);
    let expected = value["text"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: `text` is not a string: {value}"));
    assert_eq!(
        &text[start..end],
        expected,
        "{what}: text[{start}..{end}] differs from its `text` field"
    );
    Span::new(start, end)
}

fn check_entity_ref(value: &Value, entity_ids: &[&str], what: &str) {
    match &value["entity"] {
        Value::Null => {}
        Value::String(id) => assert!(
            entity_ids.contains(&id.as_str()),
            "{what}: entity {id} is not an entity of this briefing"
        ),
        other => panic!("{what}: entity is neither null nor an id: {other}"),
    }
}

/// Checks every briefing of an export document. Returns how many spans were checked, so a
/// caller can tell the check was not vacuous.
pub fn check_export(export: &Value) -> usize {
    assert_eq!(export["version"], 1, "version");
    let briefings = export["briefings"]
        .as_array()
        .expect("briefings is an array");
    briefings.iter().map(check_briefing).sum()
}

/// Checks one exported briefing; returns how many spans were checked.
pub fn check_briefing(briefing: &Value) -> usize {
    let id = briefing["id"].as_str().expect("id is a string");
    let text = briefing["text"].as_str().expect("text is a string");
    let mut checked = 0;
    let entities = briefing["entities"]
        .as_array()
        .expect("entities is an array");
    let entity_ids: Vec<&str> = entities
        .iter()
        .map(|e| e["id"].as_str().expect("entity id"))
        .collect();
    let mut all_mentions = Vec::new();
    for entity in entities {
        let eid = entity["id"].as_str().unwrap_or("?");
        assert!(
            !entity["name"].as_str().unwrap_or("").is_empty(),
            "{id} {eid}: empty name"
        );
        let mentions = entity["mentions"].as_array().expect("mentions is an array");
        assert!(!mentions.is_empty(), "{id} {eid}: entity without mentions");
        let mut own = Vec::new();
        for (n, mention) in mentions.iter().enumerate() {
            let span = check_span_text(text, mention, &format!("{id} {eid} mention {n}"));
            all_mentions.push((span, eid.to_string()));
            own.push(span);
            checked += 1;
        }
        assert_sorted_apart(&own, &format!("{id} {eid} mentions"));
    }
    assert_nested_or_apart(&mut all_mentions, &format!("{id} mentions"));

    let mut quote_spans = Vec::new();
    for quote in briefing["quotes"].as_array().expect("quotes is an array") {
        let qid = format!("{id} {}", quote["id"].as_str().unwrap_or("?"));
        let (start, end) = span_of(quote, &qid);
        check_range(text, start, end, &qid);
        let inner = quote["text"].as_str().expect("quote text");
        assert!(!inner.is_empty(), "{qid}: empty quotation");
        assert!(
            text[start..end].contains(inner),
            "{qid}: its text is not inside its marks"
        );
        quote_spans.push((Span::new(start, end), qid.clone()));
        checked += 1;
        if !quote["source"].is_null() {
            check_span_text(text, &quote["source"], &format!("{qid} source"));
            check_entity_ref(&quote["source"], &entity_ids, &format!("{qid} source"));
            checked += 1;
        }
        if !quote["cue"].is_null() {
            check_span_text(text, &quote["cue"], &format!("{qid} cue"));
            checked += 1;
        }
        for (n, via) in quote["via"]
            .as_array()
            .expect("via is an array")
            .iter()
            .enumerate()
        {
            let what = format!("{qid} via {n}");
            let span = check_span_text(text, via, &what);
            check_entity_ref(via, &entity_ids, &what);
            assert!(
                Span::new(start, end).covers(span),
                "{what}: attribution {span:?} lies outside its quotation {start}..{end}"
            );
            checked += 1;
        }
    }
    // Like a quotation, a scare quote's span holds its marks and its text what lies inside.
    for (n, scare) in briefing["scare_quotes"]
        .as_array()
        .expect("scare_quotes is an array")
        .iter()
        .enumerate()
    {
        let what = format!("{id} scare quote {n}");
        let (start, end) = span_of(scare, &what);
        check_range(text, start, end, &what);
        let inner = scare["text"].as_str().expect("scare quote text");
        let marked = &text[start..end];
        assert!(
            marked.len() > inner.len() && marked.contains(inner),
            "{what}: {inner:?} is not what lies inside the marks of {marked:?}"
        );
        quote_spans.push((Span::new(start, end), what));
        checked += 1;
    }
    assert_no_overlap(&mut quote_spans, &format!("{id} quotes"));
    checked
}

/// Sorts labelled spans and asserts every two are apart or one strictly inside the other.
/// Mentions of different entities may nest — a name inside a longer name, "Texas" in
/// "University of Texas", is the extractor's deliberate choice (`remove_overlaps` in
/// `src/extract/mod.rs`) — but never cross, and never cover the same bytes twice. Mentions of
/// one entity must not overlap at all (checked separately).
fn assert_nested_or_apart(spans: &mut [(Span, String)], what: &str) {
    // Outer spans first: by start, then longest first.
    spans.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    let mut open: Vec<&(Span, String)> = Vec::new();
    for item in spans.iter() {
        let (span, label) = item;
        while open
            .last()
            .is_some_and(|(outer, _)| outer.end <= span.start)
        {
            open.pop();
        }
        if let Some((outer, outer_label)) = open.last() {
            assert!(
                outer.covers(*span) && outer != span,
                "{what}: {label} {span:?} crosses or repeats {outer_label} {outer:?}"
            );
        }
        open.push(item);
    }
}

/// Sorts labelled spans and asserts no two overlap.
fn assert_no_overlap(spans: &mut [(Span, String)], what: &str) {
    spans.sort();
    for pair in spans.windows(2) {
        let ((a, la), (b, lb)) = (&pair[0], &pair[1]);
        assert!(!a.overlaps(*b), "{what}: {la} {a:?} overlaps {lb} {b:?}");
    }
}

/// Checks the extractor's annotations of `text` directly, including the spans the export does
/// not show (paragraphs, sentences, quotation insides).
pub fn check_annotations(text: &str, annotations: &Annotations) {
    let range = |span: Span, what: &str| check_range(text, span.start, span.end, what);

    for (n, paragraph) in annotations.paragraphs.iter().enumerate() {
        range(*paragraph, &format!("paragraph {n}"));
    }
    assert_sorted_apart(&annotations.paragraphs, "paragraphs");
    for (n, sentence) in annotations.sentences.iter().enumerate() {
        range(*sentence, &format!("sentence {n}"));
        assert!(
            annotations.paragraphs.iter().any(|p| p.covers(*sentence)),
            "sentence {n} {sentence:?} lies in no paragraph"
        );
    }
    assert_sorted_apart(&annotations.sentences, "sentences");

    let mut mentions = Vec::new();
    for (e, entity) in annotations.entities.iter().enumerate() {
        assert!(!entity.name.is_empty(), "entity {e}: empty name");
        assert!(!entity.mentions.is_empty(), "entity {e}: no mentions");
        for (n, mention) in entity.mentions.iter().enumerate() {
            range(*mention, &format!("entity {e} mention {n}"));
            mentions.push((*mention, format!("entity {e}")));
        }
        assert_sorted_apart(&entity.mentions, &format!("entity {e} mentions"));
    }
    assert_nested_or_apart(&mut mentions, "mentions of different entities");

    let entity_count = annotations.entities.len();
    let quote_spans: Vec<Span> = annotations.quotes.iter().map(|q| q.span()).collect();
    assert_sorted_apart(&quote_spans, "quotes");
    for (q, quote) in annotations.quotes.iter().enumerate() {
        range(quote.span(), &format!("quote {q}"));
        range(quote.inner(), &format!("quote {q} inner"));
        assert!(
            quote.span().covers(quote.inner()),
            "quote {q}: inner {:?} is not inside {:?}",
            quote.inner(),
            quote.span()
        );
        if let Some(source) = quote.source() {
            range(source.span, &format!("quote {q} source"));
            if let Some(entity) = source.entity {
                assert!(
                    entity < entity_count,
                    "quote {q} source: no entity {entity}"
                );
            }
        }
        if let Some(cue) = quote.cue() {
            range(cue, &format!("quote {q} cue"));
        }
        for (n, via) in quote.via().iter().enumerate() {
            range(via.span, &format!("quote {q} via {n}"));
            assert!(
                quote.span().covers(via.span),
                "quote {q} via {n}: {:?} lies outside the quotation {:?}",
                via.span,
                quote.span()
            );
            if let Some(entity) = via.entity {
                assert!(
                    entity < entity_count,
                    "quote {q} via {n}: no entity {entity}"
                );
            }
        }
    }
}

/// Asserts spans are in increasing order and pairwise apart.
fn assert_sorted_apart(spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{what}: {:?} and {:?} overlap or are out of order",
            pair[0],
            pair[1]
        );
    }
}
