//! What every fuzz target asserts about one text: the extractor's annotations obey the span
//! rules, extraction is deterministic, and the export of it passes the contract's checks. The
//! checks are the integration tests' own (`tests/it/util/spans.rs`), so a crash here and a
//! failing test mean the same thing.

#[path = "../../tests/it/util/spans.rs"]
#[allow(dead_code)]
mod spans;

use briefing::model::{Briefing, Document};

pub fn check_text(text: &str) {
    let annotations = briefing::extract::extract(text);
    spans::check_annotations(text, &annotations);
    assert_eq!(
        annotations,
        briefing::extract::extract(text),
        "not deterministic"
    );
    let briefing = Briefing::from_document(Document {
        id: "fuzz".to_string(),
        path: "fuzz.txt".to_string(),
        text: text.to_string(),
        meta: None,
    });
    let export = briefing::export::to_string(&[briefing], false);
    let value: serde_json::Value = serde_json::from_str(&export).expect("the export is JSON");
    spans::check_export(&value);
    assert_eq!(value["briefings"][0]["text"], text, "text rewritten");
}
