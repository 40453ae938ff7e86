//! The export contract on every real text the project has: the gold fixtures
//! (`tests/fixtures/gold/**/*.json`) and the bundled seeds (`seeds/*.txt`). Every exported span
//! slices the text on char boundaries and equals its `text` field, the same input gives
//! byte-identical output, and `--pretty` is the same JSON value as the compact form.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::util;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use briefing::export;
use briefing::extract::extract;
use briefing::model::{Briefing, Document};
use serde_json::Value;
use util::spans::{check_annotations, check_export};
use util::{Corpus, bin, run, run_command};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn json_files(folder: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every fixture text: (id, text), gold texts first, then the seeds.
fn fixture_texts() -> Vec<(String, String)> {
    let mut gold = Vec::new();
    json_files(&manifest_dir().join("tests/fixtures/gold"), &mut gold);
    let mut texts = Vec::new();
    for path in &gold {
        let value: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        match (&value["text"], &value["file"]) {
            (Value::String(text), _) => texts.push((format!("gold-{id}"), text.clone())),
            // The seed's gold names its file instead of copying the text; the seeds are
            // all checked below.
            (_, Value::String(file)) => assert!(
                manifest_dir().join("seeds").join(file).is_file(),
                "{}: its file {file} is not in seeds/",
                path.display()
            ),
            _ => panic!("{}: neither text nor file", path.display()),
        }
    }
    let mut seeds: Vec<PathBuf> = fs::read_dir(manifest_dir().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    for path in seeds {
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        texts.push((format!("seed-{id}"), fs::read_to_string(&path).unwrap()));
    }
    assert!(texts.len() >= 20, "fixtures found: {}", texts.len());
    texts
}

fn briefing(id: &str, text: &str) -> Briefing {
    Briefing::from_document(Document {
        id: id.to_string(),
        path: format!("{id}.txt"),
        text: text.to_string(),
        meta: None,
    })
}

#[test]
fn every_fixture_exports_valid_spans_deterministically() {
    for (id, text) in fixture_texts() {
        check_annotations(&text, &extract(&text));
        let first = export::to_string(&[briefing(&id, &text)], false);
        let second = export::to_string(&[briefing(&id, &text)], false);
        assert_eq!(first, second, "{id}: the same input gives the same bytes");
        let value: Value = serde_json::from_str(&first).unwrap();
        check_export(&value);
        assert_eq!(
            value["briefings"][0]["text"], text,
            "{id}: the text is exported unchanged"
        );
        let pretty: Value =
            serde_json::from_str(&export::to_string(&[briefing(&id, &text)], true)).unwrap();
        assert_eq!(pretty, value, "{id}: --pretty is the same value");
    }
}

/// The same through the binary, on one folder of every fixture text.
#[test]
fn binary_export_of_all_fixtures_is_valid_stable_and_pretty_equal() {
    let corpus = Corpus::new();
    let texts = fixture_texts();
    for (id, text) in &texts {
        corpus.file(&format!("{id}.txt"), text);
    }
    let compact = run([Path::new("export"), corpus.path()]);
    assert_eq!(compact.code, Some(0), "stderr: {}", compact.stderr);
    assert_eq!(compact.stderr, "");
    let value = compact.json();
    check_export(&value);
    let exported: Vec<(&str, &str)> = value["briefings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (b["id"].as_str().unwrap(), b["text"].as_str().unwrap()))
        .collect();
    let mut expected: Vec<(&str, &str)> = texts
        .iter()
        .map(|(id, text)| (id.as_str(), text.as_str()))
        .collect();
    expected.sort();
    assert_eq!(
        exported, expected,
        "every fixture, sorted by name, unchanged"
    );

    let again = run([Path::new("export"), corpus.path()]);
    assert!(
        again.stdout == compact.stdout,
        "two exports of the same folder differ"
    );

    let pretty = run([Path::new("export"), Path::new("--pretty"), corpus.path()]);
    assert_eq!(pretty.code, Some(0));
    assert_ne!(pretty.stdout, compact.stdout, "--pretty changes the layout");
    assert_eq!(pretty.json(), value, "--pretty is the same value");
}

/// `briefing export` with no path exports the bundled seeds; they must be the files in
/// `seeds/`, byte for byte, so the default corpus is what the repository shows.
#[test]
fn bundled_seeds_export_the_same_bytes_as_the_seed_files() {
    let bundled = run(["export"]);
    assert_eq!(bundled.code, Some(0), "stderr: {}", bundled.stderr);
    check_export(&bundled.json());

    let mut seeds: Vec<String> = fs::read_dir(manifest_dir().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    seeds.sort();
    let mut command = Command::new(bin());
    command
        .current_dir(manifest_dir())
        .arg("export")
        .args(seeds.iter().map(|name| format!("seeds/{name}")));
    let from_files = run_command(command);
    assert_eq!(from_files.code, Some(0), "stderr: {}", from_files.stderr);
    assert!(
        from_files.stdout == bundled.stdout,
        "bundled seeds differ from seeds/*.txt"
    );
}

#[test]
fn empty_export_is_still_a_document() {
    let value: Value = serde_json::from_str(&export::to_string(&[], false)).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"version": 1, "briefings": [], "corpus": {"entities": []}})
    );
    let pretty: Value = serde_json::from_str(&export::to_string(&[], true)).unwrap();
    assert_eq!(pretty, value);
}

/// Three invented briefings: a full name and the surname alone, one of two people sharing a
/// surname, and a bare title.
const LINKED_BRIEFINGS: [(&str, &str); 3] = [
    (
        "a_moscow.txt",
        "Vladimir Putin met Zoltan Okonkwo in Moscow on Tuesday. Putin said the talks were \
         useful. Okonkwo said nothing.\n",
    ),
    (
        "b_kremlin.txt",
        "On Wednesday, Mr Putin spoke again. The President said: \"We will talk.\" Amara Okonkwo, \
         a lawyer, was not there.\n",
    ),
    (
        "c_vienna.txt",
        "Zoltan Okonkwo flew to Vienna. Okonkwo met the President there.\n",
    ),
];

#[test]
fn export_of_a_folder_links_the_same_person_across_briefings() {
    let corpus = Corpus::new();
    for (name, text) in LINKED_BRIEFINGS {
        corpus.file(name, text);
    }
    let value = run([Path::new("export"), corpus.path()]).json();
    let briefings = value["briefings"].as_array().unwrap();
    let linked = value["corpus"]["entities"].as_array().unwrap();
    let mut seen = std::collections::HashSet::new();
    let mut groups = Vec::new();
    for (index, entity) in linked.iter().enumerate() {
        assert_eq!(entity["id"], format!("c{index}"));
        let mut names = Vec::new();
        for member in entity["members"].as_array().unwrap() {
            let briefing = briefings
                .iter()
                .find(|b| b["id"] == member["briefing"])
                .expect("a member names an exported briefing");
            let found = briefing["entities"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["id"] == member["entity"])
                .expect("a member names an entity of its briefing");
            assert_eq!(found["kind"], entity["kind"], "members share the kind");
            assert!(
                seen.insert((member["briefing"].clone(), member["entity"].clone())),
                "an entity in two corpus entities: {member}"
            );
            names.push(format!(
                "{}:{}",
                member["briefing"].as_str().unwrap(),
                found["name"].as_str().unwrap()
            ));
        }
        groups.push((entity["name"].as_str().unwrap().to_string(), names));
    }
    assert!(
        groups.contains(&(
            "Vladimir Putin".into(),
            vec!["a_moscow:Vladimir Putin".into(), "b_kremlin:Putin".into()]
        )),
        "{groups:?}"
    );
    assert!(
        groups.contains(&(
            "Zoltan Okonkwo".into(),
            vec![
                "a_moscow:Zoltan Okonkwo".into(),
                "c_vienna:Zoltan Okonkwo".into()
            ]
        )),
        "{groups:?}"
    );
    // Amara Okonkwo is another person, and "the President" is nobody in particular.
    for (name, members) in &groups {
        assert!(
            !members
                .iter()
                .any(|m| m.contains("Amara") || m.ends_with(":President")),
            "{name}: {members:?}"
        );
    }
    // One briefing alone links nothing.
    let one = run([Path::new("export"), &corpus.join("a_moscow.txt")]).json();
    assert_eq!(one["corpus"]["entities"], serde_json::json!([]));
}
