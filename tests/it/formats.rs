//! Briefings as they arrive (`src/formats/`): saved web pages, RSS and Atom feeds, JSON Lines
//! and Markdown front matter, read from the invented fixtures in `tests/fixtures/formats/`
//! through the real binary, and their exports checked against the contract.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::util::{self, run, spans::check_export};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

/// Exports `names` and checks the export against the contract: every span, unique ids, and
/// `meta` holding only the five known fields, each a non-empty string.
fn export(names: &[&str]) -> (util::Run, Value) {
    let paths: Vec<PathBuf> = names.iter().map(|name| fixture(name)).collect();
    let run = run(std::iter::once(PathBuf::from("export")).chain(paths));
    let value = run.json();
    check_export(&value);
    let briefings = value["briefings"].as_array().unwrap();
    let ids: HashSet<&str> = briefings
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), briefings.len(), "ids are unique: {ids:?}");
    for briefing in briefings {
        if let Some(meta) = briefing.get("meta") {
            let meta = meta.as_object().expect("meta is an object");
            assert!(!meta.is_empty(), "an empty meta is left out");
            for (key, value) in meta {
                assert!(
                    ["title", "date", "url", "source", "author"].contains(&key.as_str()),
                    "unknown meta field {key}"
                );
                assert!(
                    value.as_str().is_some_and(|v| !v.is_empty()),
                    "{key}: {value}"
                );
            }
        }
    }
    (run, value)
}

fn briefings(value: &Value) -> &Vec<Value> {
    value["briefings"].as_array().unwrap()
}

/// The text of the entity mentions, as `name: [mention, …]`, for comparing two exports.
fn entity_summary(briefing: &Value) -> Vec<(String, String, Vec<String>)> {
    briefing["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["kind"].as_str().unwrap().to_string(),
                e["mentions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| m["text"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn entity_names(briefing: &Value) -> Vec<String> {
    entity_summary(briefing).into_iter().map(|e| e.0).collect()
}

#[test]
fn a_page_gives_its_article_paragraphs_without_the_furniture() {
    let (run, value) = export(&["page.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let [page] = briefings(&value).as_slice() else {
        panic!("one briefing");
    };
    assert_eq!(
        page["text"],
        "Harbour council approves ferry plan\n\
         By Mira Okafor\n\
         The Harbour Council of Port Elwin voted on Thursday to run a new ferry between the old \
         pier and Gull Island.\n\
         Mayor Lena Fischer called the vote a turning point for the town. “We have waited \
         twenty years for this crossing,” Fischer said.\n\
         Opponents, led by councillor Tomas Brandt, said the cost was too high.\n\
         “The budget cannot carry it,” Brandt told reporters.\n\
         Service is due to start in June.\n"
    );
    // og:title beats JSON-LD's headline, article:published_time its datePublished, the
    // author meta JSON-LD's author, the canonical link og:url.
    assert_eq!(
        page["meta"],
        json!({
            "title": "Harbour council approves ferry plan",
            "date": "2025-03-14T09:30:00+01:00",
            "url": "https://ledger.example/news/ferry-plan",
            "source": "The Coastal Ledger",
            "author": "Mira Okafor",
        })
    );
    assert_eq!(page["title"], "Harbour council approves ferry plan");
    // The spans point into the extracted text: the quotation and its source are found there.
    let text = page["text"].as_str().unwrap();
    let quote = page["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == "We have waited twenty years for this crossing,")
        .expect("the mayor's quotation");
    let (start, end) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &text[start..end],
        "“We have waited twenty years for this crossing,”"
    );
    assert_eq!(quote["source"]["text"], "Fischer");
    assert!(entity_names(page).contains(&"Lena Fischer".to_string()));
    assert!(entity_names(page).contains(&"Tomas Brandt".to_string()));
}

#[test]
fn a_page_without_an_article_element_takes_the_block_with_the_most_paragraph_text() {
    let (run, value) = export(&["page_without_article.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let page = &briefings(&value)[0];
    assert_eq!(
        page["text"],
        "The Redstone quarry reopened on Monday after the autumn flood.\n\
         Site manager Paolo Greco said the pumps had run for three weeks.\n\
         “We lost a month of work,” Greco said.\n"
    );
    // JSON-LD in an @graph, a list of authors, the publisher as the outlet; <title> for the
    // title when nothing better is given.
    assert_eq!(
        page["meta"],
        json!({
            "title": "Quarry reopens after flood",
            "date": "2024-11-02",
            "source": "Valley Post",
            "author": "Ada Lindqvist",
        })
    );
}

#[test]
fn malformed_and_windows_1252_pages_are_read_as_a_browser_reads_them() {
    let (run, value) = export(&["page_malformed.html", "page_windows_1252.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let [malformed, latin] = briefings(&value).as_slice() else {
        panic!("two briefings");
    };
    assert_eq!(
        malformed["text"],
        "Firefighters in Oakridge contained the blaze on Sunday.\n\
         Chief Rosa Kim said nobody was hurt.\n\
         Crews stay overnight.\n"
    );
    assert!(
        malformed.get("meta").is_none(),
        "nothing known, nothing written"
    );
    assert_eq!(
        latin["text"],
        "Café owner José Martínez said: “We reopen on Monday.”\n"
    );
}

#[test]
fn the_seed_as_a_news_page_exports_the_same_entities_and_quotes_as_the_plain_seed() {
    let (run, page) = export(&["seed_page.html"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let plain_seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_51b3c3bcfa4b6a7d.txt");
    let plain = run_export(&[plain_seed.as_path()]);
    let (page, plain) = (&briefings(&page)[0], &briefings(&plain)[0]);
    assert!(
        entity_summary(plain).len() > 10,
        "the seed names many things"
    );
    assert_eq!(entity_summary(page), entity_summary(plain));
    assert_eq!(page["entities"], plain["entities"], "offsets too");
    assert!(!plain["quotes"].as_array().unwrap().is_empty());
    assert_eq!(page["quotes"], plain["quotes"]);
    assert_eq!(page["scare_quotes"], plain["scare_quotes"]);
    assert_eq!(
        page["text"].as_str().unwrap().trim_end(),
        plain["text"].as_str().unwrap().trim_end()
    );
    assert_eq!(page["meta"]["source"], "The Daily Meridian");
    assert_eq!(page["meta"]["author"], "Rana Haddad");
    assert_eq!(page["meta"]["date"], "2025-10-15T14:20:00Z");
}

fn run_export(paths: &[&Path]) -> Value {
    let run = run(std::iter::once(Path::new("export")).chain(paths.iter().copied()));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    run.json()
}

/// What an RSS 2.0 and an Atom feed of the same three stories give: the same texts and
/// metadata, one briefing per item, ids `FILE#N`.
#[test]
fn rss_and_atom_feeds_give_one_briefing_per_item() {
    for name in ["feed.rss", "feed.atom"] {
        let (run, value) = export(&[name]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        let items = briefings(&value);
        let ids: Vec<&str> = items.iter().map(|b| b["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["feed#1", "feed#2", "feed#3"], "{name}");
        assert_eq!(
            items[0]["text"],
            "The Northgate library will open until nine on weekdays.\n\
             “Readers asked for evenings,” librarian Hana Sato said.\n",
            "{name}: item HTML as text, the share box left out"
        );
        assert_eq!(
            items[0]["meta"],
            json!({
                "title": "Library extends opening hours",
                "date": "2025-02-03T08:00:00Z",
                "url": "https://gazette.example/library-hours",
                "source": "Northgate Gazette",
                "author": "Jonas Weber",
            }),
            "{name}"
        );
        assert_eq!(
            items[1]["text"],
            "Repairs to the Elm Street bridge will take two more months, engineer Carlos Mendes \
             said.\n",
            "{name}"
        );
        assert_eq!(items[1]["meta"]["date"], "2025-02-04T10:15:00Z", "{name}");
        assert_eq!(
            items[2]["meta"]["title"],
            "School choir wins regional prize"
        );
        assert_eq!(items[2]["meta"]["url"], "https://gazette.example/choir");
        assert_eq!(
            items[0]["quotes"][0]["source"]["text"], "librarian Hana Sato",
            "{name}: spans into the item's text"
        );
    }
    // Both at once: the ids stay unique though the files share a stem.
    let (_, both) = export(&["feed.rss", "feed.atom"]);
    assert_eq!(briefings(&both).len(), 6);
}

#[test]
fn a_bad_json_line_is_reported_with_its_number_and_the_rest_load() {
    let (run, value) = export(&["briefings.jsonl"]);
    let path = fixture("briefings.jsonl");
    assert_eq!(
        run.stderr,
        util::skipped(&path, "line 2: no \"text\" field, skipped")
    );
    assert_eq!(run.code, Some(1), "something was skipped");
    let items = briefings(&value);
    let ids: Vec<&str> = items.iter().map(|b| b["id"].as_str().unwrap()).collect();
    // The line's own id where it gives one, else its line number.
    assert_eq!(ids, ["briefings#a1", "briefings#3", "briefings#7"]);
    assert_eq!(
        items[0]["meta"],
        json!({
            "title": "Clinic opens in Braga",
            "date": "2025-04-11",
            "url": "https://wire.example/a1",
            "source": "Wire Example",
            "author": "Luis Pena",
        })
    );
    assert!(items[1].get("meta").is_none());
    assert_eq!(
        items[2]["meta"],
        json!({"date": "2025-04-09", "source": "Arctic Desk"})
    );
    assert!(entity_names(&items[0]).contains(&"Ana Ruiz".to_string()));
}

#[test]
fn a_json_lines_file_with_repeated_ids_still_gives_unique_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dup.ndjson");
    std::fs::write(
        &path,
        "{\"id\":\"x\",\"text\":\"Ann Lee spoke.\"}\n\n{\"id\":\"x\",\"text\":\"Bob Day spoke.\"}\nnot json\n",
    )
    .unwrap();
    let run = run(["export".as_ref(), path.as_os_str()]);
    assert_eq!(run.ids(), ["dup#x", "dup#x#2"]);
    assert!(
        run.stderr.starts_with(&format!(
            "briefing: {}: line 4: not a JSON object (",
            path.display()
        )),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1);
}

#[test]
fn front_matter_becomes_meta_and_leaves_the_text() {
    let (run, value) = export(&["yaml_front_matter.md", "toml_front_matter.md"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let [yaml, toml] = briefings(&value).as_slice() else {
        panic!("two briefings");
    };
    assert_eq!(
        yaml["text"],
        "The planning board approved a wind farm off Wexford on Tuesday.\n\
         “This is the largest project we have seen,” board chair Declan Byrne said.\n"
    );
    assert_eq!(
        yaml["meta"],
        json!({
            "title": "Wind farm approved off Wexford",
            "date": "2025-05-20",
            "url": "https://energy.example/wexford",
            "source": "Energy Desk",
            "author": "Niamh O'Connor",
        })
    );
    assert_eq!(
        toml["text"],
        "The tram line in Brno reached the airport on Monday.\n\
         Transport councillor Petr Dvořák said the trip now takes twenty minutes.\n"
    );
    assert_eq!(
        toml["meta"],
        json!({
            "title": "Tram line reaches the airport",
            "date": "2025-06-02",
            "url": "https://transit.example/tram",
            "source": "Transit Weekly",
            "author": "Eva Novak",
        })
    );
    // The first mention of the place is at its offset in the text without the block.
    let brno = yaml["entities"]
        .as_array()
        .unwrap()
        .iter()
        .chain(toml["entities"].as_array().unwrap());
    let found = brno
        .clone()
        .find(|e| e["name"] == "Brno")
        .expect("Brno is found");
    assert_eq!(found["mentions"][0]["start"], "The tram line in ".len());
    assert!(brno.clone().any(|e| e["name"] == "Declan Byrne"));
}

/// Each bad input is one line on stderr naming the file (and the reason), the other files
/// load, and the exit status is 1 as for any skipped path.
#[test]
fn bad_inputs_are_one_line_each_and_the_rest_loads() {
    let bad = [
        ("page_no_text.html", "no article text found in the page"),
        (
            "page_unknown_encoding.html",
            "declares the encoding \"x-mac-klingon\", which is not read (convert it to UTF-8, \
             e.g. with iconv)",
        ),
        ("feed_no_items.rss", "the feed has no items"),
    ];
    let mut names: Vec<&str> = bad.iter().map(|(name, _)| *name).collect();
    names.push("feed_malformed.xml");
    names.push("page.html");
    let (run, value) = export(&names);
    assert_eq!(run.code, Some(1));
    assert_eq!(briefings(&value).len(), 1, "the good page loads");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stderr);
    for ((name, reason), line) in bad.iter().zip(&lines) {
        assert_eq!(
            format!("{line}\n"),
            util::skipped(&fixture(name), reason),
            "{name}"
        );
    }
    assert!(
        lines[3].starts_with(&format!(
            "briefing: {}: not a readable RSS or Atom feed: ",
            fixture("feed_malformed.xml").display()
        )),
        "{}",
        lines[3]
    );
    // Alone, a bad file leaves nothing to export: status 2, as for any unusable path.
    let alone = run_command_export(&fixture("feed_no_items.rss"));
    assert_eq!(alone.code, Some(2));
}

fn run_command_export(path: &Path) -> util::Run {
    run(["export".as_ref(), path.as_os_str()])
}

/// The size and file-type guards apply to every format: a FIFO named `.jsonl` is refused
/// without being waited on, a page over the size cap without being read.
#[test]
fn every_format_keeps_the_file_guards() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("stream.jsonl");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    // Sparse: no disk is written.
    let huge = dir.path().join("huge.html");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(briefing::corpus::MAX_FILE_BYTES + 1)
        .unwrap();
    let run = run(["export".as_ref(), fifo.as_os_str(), huge.as_os_str()]);
    assert_eq!(
        run.stderr,
        format!(
            "{}{}briefing: nothing to export\n",
            util::skipped(&fifo, "not a regular file (FIFO)"),
            util::skipped(&huge, "larger than the 64 MiB limit")
        )
    );
    assert_eq!(run.code, Some(2));
}

/// A folder lists every format; the export keeps the folder's (name) order, a feed's items
/// in feed order in its place.
#[test]
fn a_folder_of_mixed_formats_exports_in_order() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.jsonl", "c.html", "d.rss"] {
        let source = match name {
            "a.txt" => None,
            "b.jsonl" => Some("briefings.jsonl"),
            "c.html" => Some("page.html"),
            _ => Some("feed.rss"),
        };
        let target = dir.path().join(name);
        match source {
            Some(source) => std::fs::copy(fixture(source), &target).map(|_| ()).unwrap(),
            None => std::fs::write(&target, "Ann Lee spoke in Oslo.\n").unwrap(),
        }
    }
    let run = run(["export".as_ref(), dir.path().as_os_str()]);
    assert_eq!(
        run.ids(),
        ["a", "b#a1", "b#3", "b#7", "c", "d#1", "d#2", "d#3"]
    );
    // The TUI's opening reads the same briefings in the same order: the files up to the last
    // feed are read before it starts, the rest are left to the background load.
    let opening = briefing::corpus::open(&[dir.path().to_path_buf()], false);
    let mut ids: Vec<String> = opening.first.iter().map(|d| d.id.clone()).collect();
    ids.extend(opening.more.iter().map(|d| d.id.clone()));
    assert_eq!(ids, ["a", "b#a1", "b#3", "b#7", "c", "d#1", "d#2", "d#3"]);
    assert_eq!(opening.rest.len(), 1, "the skipped JSON line");
    assert!(opening.rest[0].is_err());
}

/// `--jsonl`: one briefing per line, the same objects as the JSON export's `briefings`, in
/// the same order, and the corpus as the last line.
#[test]
fn json_lines_export_holds_the_json_exports_briefings() {
    let names = [
        "page.html",
        "feed.atom",
        "briefings.jsonl",
        "yaml_front_matter.md",
    ];
    let (_, whole) = export(&names);
    let paths: Vec<PathBuf> = names.iter().map(|name| fixture(name)).collect();
    let lines_run = run(["export", "--jsonl"]
        .iter()
        .map(PathBuf::from)
        .chain(paths.iter().cloned()));
    assert_eq!(
        lines_run.code,
        Some(1),
        "the bad JSON line, as in the JSON export"
    );
    let text = lines_run.stdout_str();
    assert!(text.ends_with('\n'));
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let (corpus, items) = lines.split_last().unwrap();
    assert_eq!(items.len(), 8);
    assert_eq!(items, briefings(&whole).as_slice());
    assert_eq!(corpus, &json!({"corpus": whole["corpus"]}));
    // Plain text and the seeds: the lines are the JSON export's briefings too.
    let seeds = run(["export", "--jsonl"]);
    let seed_lines: Vec<Value> = seeds
        .stdout_str()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let seed_json = run(["export"]).json();
    assert_eq!(
        &seed_lines[..seed_lines.len() - 1],
        briefings(&seed_json).as_slice()
    );
    assert!(
        !seed_json["corpus"]["entities"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the seeds link across briefings"
    );
    assert_eq!(
        seed_lines.last().unwrap(),
        &json!({"corpus": seed_json["corpus"]})
    );
    let pretty = run(["export", "--jsonl", "--pretty"]);
    assert_eq!(
        pretty.code,
        Some(2),
        "--jsonl and --pretty do not go together"
    );
}

/// A plain text file's export has no `meta` key at all, so exports made before formats had
/// metadata stay byte-identical.
#[test]
fn plain_text_exports_no_meta() {
    let value = run(["export"]).json();
    for briefing in briefings(&value) {
        assert!(briefing.get("meta").is_none(), "{}", briefing["id"]);
    }
}

/// The app on the fixtures' briefings (the page, the three Atom items, a plain text), fully
/// extracted, on a wide screen.
fn app_on_fixtures() -> briefing::app::App {
    use briefing::app::{Action, App};
    let mut loaded = briefing::corpus::load(&[fixture("page.html"), fixture("feed.atom")], false);
    loaded.documents.push(briefing::model::Document {
        id: "plain".into(),
        path: "plain.txt".into(),
        text: "Zebra council met in Oslo.\nNobody spoke.\n".into(),
        meta: None,
    });
    let briefings = loaded
        .documents
        .into_iter()
        .map(briefing::model::Briefing::from_document)
        .collect();
    let mut app = App::new(briefings);
    app.update(Action::Resize {
        width: 160,
        height: 30,
    });
    app
}

/// The briefing list shows each briefing's date and outlet; the article's bottom border its
/// outlet, date, author and link.
#[test]
fn the_reader_shows_date_outlet_author_and_link() {
    use crate::ui_common::screen_text;
    let app = app_on_fixtures();
    let screen = screen_text(&app, &briefing::ui::theme::Theme::ansi());
    let row = screen
        .lines()
        .find(|line| line.contains("▶ Harbour council"))
        .expect("the page's row");
    assert!(row.contains(" 2025-03-14 "), "{screen}");
    let choir = screen
        .lines()
        .find(|line| line.contains("School choir"))
        .expect("a feed item's row");
    assert!(choir.contains(" 2025-02-05 "), "{choir}");
    // Wide enough, the outlet is shown beside the date.
    let mut wide = app_on_fixtures();
    for _ in 0..8 {
        wide.update(briefing::app::Action::WiderList);
    }
    let wide_screen = screen_text(&wide, &briefing::ui::theme::Theme::ansi());
    assert!(
        wide_screen.contains("2025-02-05 Northgate Gazette"),
        "{wide_screen}"
    );
    assert!(
        screen.contains("┗ The Coastal Ledger · 2025-03-14 · by Mira Okafor · https://ledger.ex"),
        "{screen}"
    );
}

/// `s` in the briefing list reaches the date order once dates are known: newest first,
/// undated last. Without dates it is passed over.
#[test]
fn the_briefing_list_sorts_by_date_when_dates_are_known() {
    use briefing::app::Action;
    use briefing::app::lists::BriefingSort;
    let mut app = app_on_fixtures();
    app.update(Action::FocusLeft);
    assert_eq!(app.focus(), briefing::app::Pane::Briefings);
    for _ in 0..3 {
        app.update(Action::CycleSort);
    }
    assert_eq!(app.briefing_sort(), BriefingSort::Date);
    let titles: Vec<String> = app
        .briefing_rows()
        .iter()
        .map(|&i| app.slot(i).unwrap().briefing.title.clone())
        .collect();
    assert_eq!(
        titles,
        [
            "Harbour council approves ferry plan",
            "School choir wins regional prize",
            "Bridge repairs delayed",
            "Library extends opening hours",
            "Zebra council met in Oslo.",
        ]
    );
    app.update(Action::CycleSort);
    assert_eq!(app.briefing_sort(), BriefingSort::FileName);
    let mut undated = crate::ui_common::three_app(120, 30);
    undated.update(Action::FocusLeft);
    for _ in 0..3 {
        undated.update(Action::CycleSort);
    }
    assert_eq!(undated.briefing_sort(), BriefingSort::FileName);
}

/// `gx` hands the briefing's link to the terminal shell to open; `x` alone does nothing, and a
/// briefing without a link says so in the status bar.
#[test]
fn gx_opens_the_briefings_link() {
    use crate::ui_common::press;
    let mut app = app_on_fixtures();
    press(&mut app, &["x"]);
    assert_eq!(app.take_link_to_open(), None, "x alone");
    press(&mut app, &["g", "x"]);
    assert_eq!(
        app.take_link_to_open().as_deref(),
        Some("https://ledger.example/news/ferry-plan")
    );
    assert_eq!(
        app.message(),
        Some("opening https://ledger.example/news/ferry-plan")
    );
    // The plain briefing has no link.
    press(&mut app, &["G"]);
    while app.briefing().id != "plain" {
        app.update(briefing::app::Action::NextBriefing);
    }
    press(&mut app, &["g", "x"]);
    assert_eq!(app.take_link_to_open(), None);
    assert_eq!(app.message(), Some("this briefing has no link"));
}

/// A page read by the reader's background load keeps its meta and its headline as the title,
/// from the read through the extraction; a feed opened alone is all its items at once.
#[test]
fn the_background_load_keeps_a_pages_meta_and_a_feed_opens_whole() {
    use briefing::tui::load::Loading;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Ann Lee spoke in Oslo.\n").unwrap();
    std::fs::copy(fixture("page.html"), dir.path().join("b.html")).unwrap();
    let opening = briefing::corpus::open(&[dir.path().to_path_buf()], false);
    assert!(
        opening.more.is_empty(),
        "no feed: the page is left to the background"
    );
    assert_eq!(opening.rest.len(), 1);
    let first = opening.first.unwrap();
    let (mut app, mut loading) = Loading::open(&[], vec![first], opening.rest, None);
    while loading.deliver_next(&mut app) {}
    let page = &app.slot(1).unwrap().briefing;
    assert!(app.slot(1).unwrap().extracted);
    assert_eq!(page.title, "Harbour council approves ferry plan");
    let meta = page.meta.as_deref().expect("the page's meta");
    assert_eq!(meta.source.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(meta.author.as_deref(), Some("Mira Okafor"));
    assert!(page.entities().iter().any(|e| e.name == "Lena Fischer"));

    let feed = briefing::corpus::open(&[fixture("feed.atom")], false);
    let ids: Vec<String> = feed
        .first
        .iter()
        .chain(&feed.more)
        .map(|d| d.id.clone())
        .collect();
    assert_eq!(ids, ["feed#1", "feed#2", "feed#3"]);
    assert!(feed.rest.is_empty() && feed.skipped.is_empty());
}

/// `g` of `gx` goes to the top first, of the briefing list too, where the top row is another
/// briefing: the link opened is still the one of the briefing being read, and the reader stays
/// where they were.
#[test]
fn gx_in_the_briefing_list_opens_the_link_of_the_briefing_read() {
    use crate::ui_common::press;
    use briefing::app::Action;
    let mut app = app_on_fixtures();
    app.update(Action::FocusLeft);
    app.update(Action::NextBriefing);
    let read = app.briefing().id.clone();
    let url = app
        .briefing()
        .meta
        .as_deref()
        .and_then(|m| m.url.clone())
        .expect("the second briefing has a link");
    press(&mut app, &["g", "x"]);
    assert_eq!(app.take_link_to_open(), Some(url));
    assert_eq!(app.briefing().id, read);
}
