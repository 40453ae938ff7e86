//! Accuracy against the gold annotations in `tests/fixtures/gold/` (see its README for
//! sources and licences), with the figures the accuracy scorer prints: mentions, typed,
//! grouping, dates, quotes and sources, micro-averaged F1. The floors below are what the
//! extractor must keep; raise them when it gets better.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::Path;

use briefing::export;
use briefing::model::{Briefing, Document};
use serde_json::Value;

const SCORED: [&str; 3] = ["person", "organization", "place"];

#[derive(Default, Clone, Copy, Debug)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn f1(&self) -> f64 {
        let p = if self.tp + self.fp > 0 {
            self.tp as f64 / (self.tp + self.fp) as f64
        } else {
            0.0
        };
        let r = if self.tp + self.fn_ > 0 {
            self.tp as f64 / (self.tp + self.fn_) as f64
        } else {
            0.0
        };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// Mirrors the scorer's name normalisation for source names.
fn norm(s: &str) -> String {
    let mut s = s.replace(['’', 'ʼ'], "'").to_lowercase().trim().to_string();
    if let Some(rest) = s.strip_prefix("the ") {
        s = rest.to_string();
    }
    if let Some(rest) = s.strip_suffix("'s") {
        s = rest.to_string();
    }
    s.trim_matches(|c: char| c.is_whitespace() || ",.:;".contains(c))
        .to_string()
}

struct GoldMention {
    span: (u64, u64),
    head: (u64, u64),
    outer: (u64, u64),
    entity: usize,
    kinds: Vec<String>,
    class: &'static str,
}

fn span(v: &Value) -> (u64, u64) {
    (v["start"].as_u64().unwrap(), v["end"].as_u64().unwrap())
}

fn score(folder: &str) -> BTreeMap<&'static str, Count> {
    let mut c: BTreeMap<&'static str, Count> = BTreeMap::new();
    for key in [
        "mentions", "typed", "grouping", "dates", "quotes", "sources",
    ] {
        c.insert(key, Count::default());
    }
    let mut paths: Vec<_> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no gold files in {folder}");
    for path in paths {
        let gold: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let text = match gold["text"].as_str() {
            Some(text) => text.to_string(),
            None => {
                let file = gold["file"].as_str().unwrap();
                fs::read_to_string(Path::new("seeds").join(file)).unwrap()
            }
        };
        let briefing = Briefing::from_document(Document {
            id: gold["id"].as_str().unwrap().to_string(),
            path: path.display().to_string(),
            text: text.clone(),
            meta: None,
        });
        let exported: Value =
            serde_json::from_str(&export::to_string(std::slice::from_ref(&briefing), false))
                .unwrap();
        let b = &exported["briefings"][0];
        score_one(&gold, b, &mut c);
    }
    c
}

fn score_one(gold: &Value, b: &Value, c: &mut BTreeMap<&'static str, Count>) {
    let mut sys_m: BTreeMap<(u64, u64), (String, String)> = BTreeMap::new();
    for e in b["entities"].as_array().unwrap() {
        for m in e["mentions"].as_array().unwrap() {
            sys_m.insert(
                span(m),
                (
                    e["id"].as_str().unwrap().to_string(),
                    e["kind"].as_str().unwrap().to_string(),
                ),
            );
        }
    }
    let mut gold_m: Vec<GoldMention> = Vec::new();
    for (i, e) in gold["entities"].as_array().unwrap().iter().enumerate() {
        let kind = e["kind"].as_str().unwrap();
        let kinds: Vec<String> = match e["kinds"].as_array() {
            Some(list) => list
                .iter()
                .map(|k| k.as_str().unwrap().to_string())
                .collect(),
            None => vec![kind.to_string()],
        };
        let optional = e["optional"].as_bool().unwrap_or(false);
        let class = if optional || !(SCORED.contains(&kind) || kind == "date") {
            "optional"
        } else if kind == "date" {
            "date"
        } else {
            "name"
        };
        for m in e["mentions"].as_array().unwrap() {
            let s = span(m);
            let head = if m.get("head").is_some() {
                span(&m["head"])
            } else {
                s
            };
            let outer = if m.get("outer").is_some() {
                span(&m["outer"])
            } else {
                s
            };
            gold_m.push(GoldMention {
                span: s,
                head,
                outer,
                entity: i,
                kinds: kinds.clone(),
                class,
            });
        }
    }
    let matches = |s: (u64, u64), g: &GoldMention| {
        s == g.span || (s.0 <= g.head.0 && s.1 >= g.head.1 && s.0 >= g.outer.0 && s.1 <= g.outer.1)
    };
    let mut pairing: HashMap<usize, (u64, u64)> = HashMap::new();
    let mut taken: HashSet<(u64, u64)> = HashSet::new();
    for (gi, g) in gold_m.iter().enumerate() {
        let mut order: Vec<(u64, u64)> = Vec::new();
        if sys_m.contains_key(&g.span) {
            order.push(g.span);
        }
        order.extend(sys_m.keys().copied());
        for s in order {
            if !taken.contains(&s) && matches(s, g) {
                pairing.insert(gi, s);
                taken.insert(s);
                break;
            }
        }
    }
    let excused: HashSet<(u64, u64)> = gold_m
        .iter()
        .enumerate()
        .filter(|(gi, g)| g.class == "optional" && pairing.contains_key(gi))
        .map(|(gi, _)| pairing[&gi])
        .collect();
    for (class, key, kinds_ok) in [
        ("name", "mentions", &SCORED[..]),
        ("date", "dates", &["date"][..]),
    ] {
        let golds_c: Vec<usize> = (0..gold_m.len())
            .filter(|&gi| gold_m[gi].class == class)
            .collect();
        let hit: Vec<usize> = golds_c
            .iter()
            .copied()
            .filter(|gi| {
                pairing
                    .get(gi)
                    .is_some_and(|s| kinds_ok.contains(&sys_m[s].1.as_str()))
            })
            .collect();
        let other_cls: HashSet<(u64, u64)> = gold_m
            .iter()
            .enumerate()
            .filter(|(gi, g)| pairing.contains_key(gi) && g.class != class)
            .map(|(gi, _)| pairing[&gi])
            .collect();
        let sys_c = sys_m
            .iter()
            .filter(|(s, v)| {
                kinds_ok.contains(&v.1.as_str()) && !excused.contains(s) && !other_cls.contains(s)
            })
            .count();
        let entry = c.get_mut(key).unwrap();
        entry.tp += hit.len();
        entry.fp += sys_c - hit.len();
        entry.fn_ += golds_c.len() - hit.len();
        if class == "name" {
            let typed = hit
                .iter()
                .filter(|gi| gold_m[**gi].kinds.contains(&sys_m[&pairing[gi]].1))
                .count();
            let entry = c.get_mut("typed").unwrap();
            entry.tp += typed;
            entry.fp += sys_c - typed;
            entry.fn_ += golds_c.len() - typed;
        }
    }
    let found: Vec<usize> = (0..gold_m.len())
        .filter(|gi| gold_m[*gi].class == "name" && pairing.contains_key(gi))
        .collect();
    let grouping = c.get_mut("grouping").unwrap();
    for x in 0..found.len() {
        for y in x + 1..found.len() {
            let (gx, gy) = (found[x], found[y]);
            let same_g = gold_m[gx].entity == gold_m[gy].entity;
            let same_s = sys_m[&pairing[&gx]].0 == sys_m[&pairing[&gy]].0;
            match (same_g, same_s) {
                (true, true) => grouping.tp += 1,
                (false, true) => grouping.fp += 1,
                (true, false) => grouping.fn_ += 1,
                _ => {}
            }
        }
    }
    let names: HashMap<String, Vec<String>> = b["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let mut list = vec![e["name"].as_str().unwrap().to_string()];
            list.extend(
                e["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a.as_str().unwrap().to_string()),
            );
            (e["id"].as_str().unwrap().to_string(), list)
        })
        .collect();
    let sys_q = b["quotes"].as_array().unwrap();
    let overlap = |a: (u64, u64), b: (u64, u64)| {
        let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
        if a.1 > a.0 {
            inter as f64 / (a.1 - a.0) as f64
        } else {
            0.0
        }
    };
    let mut used: HashSet<usize> = HashSet::new();
    for q in gold["quotes"].as_array().unwrap() {
        let gs = span(q);
        let accept: Option<Vec<String>> = q["source"]["accept"]
            .as_array()
            .filter(|a| !a.is_empty())
            .map(|a| a.iter().map(|x| norm(x.as_str().unwrap())).collect());
        let hit = sys_q.iter().enumerate().find(|(j, sq)| {
            !used.contains(j) && overlap(gs, span(sq)) >= 0.8 && overlap(span(sq), gs) >= 0.8
        });
        let Some((j, sq)) = hit else {
            c.get_mut("quotes").unwrap().fn_ += 1;
            if accept.is_some() {
                c.get_mut("sources").unwrap().fn_ += 1;
            }
            continue;
        };
        used.insert(j);
        c.get_mut("quotes").unwrap().tp += 1;
        let Some(accept) = accept else { continue };
        let src = &sq["source"];
        let mut cands: Vec<String> = vec![src["text"].as_str().unwrap_or("").to_string()];
        if let Some(id) = src["entity"].as_str() {
            cands.extend(names.get(id).cloned().unwrap_or_default());
        }
        let ok = cands
            .iter()
            .filter(|x| !x.is_empty())
            .any(|x| accept.contains(&norm(x)));
        let entry = c.get_mut("sources").unwrap();
        if ok {
            entry.tp += 1;
        } else {
            entry.fp += 1;
        }
    }
    c.get_mut("quotes").unwrap().fp += sys_q.len() - used.len();
}

fn report(name: &str, figures: &BTreeMap<&'static str, Count>) -> String {
    let parts: Vec<String> = figures
        .iter()
        .map(|(k, v)| format!("{k} {:.3}", v.f1()))
        .collect();
    format!("{name}: {}", parts.join(", "))
}

#[test]
fn seed_briefing_scores_perfectly() {
    let figures = score("tests/fixtures/gold/seed");
    let summary = report("seed", &figures);
    for (key, count) in &figures {
        assert!(
            count.fp == 0 && count.fn_ == 0,
            "{key} is not perfect on the seed ({count:?}); {summary}"
        );
    }
}

#[test]
fn gum_dev_scores_hold_their_floors() {
    // Measured 0.900 / 0.875 / 0.965 / 0.869 / 0.963 (GUM marks names nested in a body's
    // name and leaves the state in "(R-Texas)" unmarked, which the styles' conventions do
    // not); the floors sit just below so a real regression fails while noise in unrelated
    // rules does not.
    assert_floors(
        "gum-dev",
        &[
            ("mentions", 0.895),
            ("typed", 0.87),
            ("grouping", 0.95),
            ("quotes", 0.86),
            ("sources", 0.94),
        ],
    );
}

#[test]
fn styles_dev_scores_hold_their_floors() {
    // Measured 0.977 / 0.957 / 0.974 / 1.000 / 0.991 / 0.976 on the 36 texts in
    // other house styles; the floors sit just below so a real regression fails.
    assert_floors(
        "styles-dev",
        &[
            ("mentions", 0.97),
            ("typed", 0.948),
            ("grouping", 0.965),
            ("dates", 0.98),
            ("quotes", 0.985),
            ("sources", 0.97),
        ],
    );
}

#[test]
fn styles_more_scores_hold_their_floors() {
    // Measured 0.963 / 0.930 / 0.934 / 0.973 / 0.988 / 0.954 on 118 more texts in house
    // styles (Scottish, Irish, Welsh, Indian, Pakistani, Bangladeshi, Singaporean,
    // Indonesian, Filipino, Ghanaian, Australian, NZ, Canadian, Kenyan, Nigerian, South
    // African, Hong Kong, Korean and Arabic-named copy, wire stories, releases, sport,
    // features, obituaries, court reports, transcripts, Hansard, live blogs, an NBA game
    // story, a university release, an earnings release, a podcast and a magazine Q&A).
    assert_floors(
        "styles-more",
        &[
            ("mentions", 0.958),
            ("typed", 0.922),
            ("grouping", 0.927),
            ("dates", 0.967),
            ("quotes", 0.982),
            ("sources", 0.945),
        ],
    );
}

#[test]
fn held_out_scores_hold_their_floors() {
    // Measured 0.943 / 0.884 / 0.906 / 0.984 / 0.985 / 0.922 on the 24 texts in
    // `eval/held-out`, which no rule was written against (scored, never read); the floors sit
    // further below than the others' since no rule may be tuned to keep them.
    assert_folder_floors(
        "eval/held-out",
        &[
            ("mentions", 0.925),
            ("typed", 0.86),
            ("grouping", 0.88),
            ("dates", 0.965),
            ("quotes", 0.965),
            ("sources", 0.895),
        ],
    );
}

/// Scores the gold folder `tests/fixtures/gold/NAME` and fails on any figure below its floor.
fn assert_floors(name: &str, floors: &[(&str, f64)]) {
    assert_folder_floors(&format!("tests/fixtures/gold/{name}"), floors);
}

/// Scores the gold folder at `folder` and fails on any figure below its floor.
fn assert_folder_floors(folder: &str, floors: &[(&str, f64)]) {
    let figures = score(folder);
    let summary = report(folder, &figures);
    for &(key, floor) in floors {
        let f1 = figures[key].f1();
        assert!(
            f1 >= floor,
            "{key} F1 {f1:.3} fell below {floor}; {summary}"
        );
    }
}

/// The seed's quotations carry the gold cue and attribution inside the quote, and its people
/// the gold roles, word for word.
#[test]
fn seed_cues_vias_and_roles_match_the_gold_file() {
    let gold: Value = serde_json::from_str(
        &fs::read_to_string("tests/fixtures/gold/seed/000_51b3c3bcfa4b6a7d.json").unwrap(),
    )
    .unwrap();
    let text = fs::read_to_string(Path::new("seeds").join(gold["file"].as_str().unwrap())).unwrap();
    let briefing = Briefing::from_document(Document {
        id: "seed".into(),
        path: "seed".into(),
        text,
        meta: None,
    });
    let exported: Value =
        serde_json::from_str(&export::to_string(std::slice::from_ref(&briefing), false)).unwrap();
    let b = &exported["briefings"][0];
    for q in gold["quotes"].as_array().unwrap() {
        let found = b["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|sq| span(sq) == span(q))
            .unwrap_or_else(|| panic!("no quotation at {:?}", span(q)));
        assert_eq!(
            found["cue"]["text"],
            q["cue"]["text"],
            "cue of {:?}",
            span(q)
        );
        assert_eq!(
            span(&found["cue"]),
            span(&q["cue"]),
            "cue span of {:?}",
            span(q)
        );
        assert_eq!(
            found["source"]["text"],
            q["source"]["text"],
            "source of {:?}",
            span(q)
        );
        let vias: Vec<&str> = found["via"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["text"].as_str().unwrap())
            .collect();
        let gold_vias: Vec<&str> = q["via"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(vias, gold_vias, "via of {:?}", span(q));
    }
    for e in gold["entities"].as_array().unwrap() {
        if e["kind"] != "person" {
            continue;
        }
        let found = b["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|se| se["name"] == e["name"])
            .unwrap_or_else(|| panic!("no entity named {}", e["name"]));
        assert_eq!(found["roles"], e["roles"], "roles of {}", e["name"]);
    }
}
