//! Writes a large synthetic archive of briefings for benchmarks and profiling:
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR [COUNT] [SEED]
//! ```
//!
//! COUNT defaults to 10,000 briefings (about 40 MB), SEED to 1. The same arguments always
//! write the same bytes. Each briefing is a headline and a run of paragraphs recombined from
//! the bundled seed briefings (the texts of the gold fixtures), 1.5–6.5 KB long, one paragraph
//! a line as real briefings are. The people's names are swapped per file for names from the
//! gazetteer's lists, so every file has its own entities and the extractor cannot meet the
//! same few names over and over.
//!
//! `benches/` includes this file as a module, so the benchmarks read the same corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use briefing::seeds::SEEDS;

/// How many briefings the default corpus holds.
pub const DEFAULT_COUNT: usize = 10_000;

const GOLD: [&str; 13] = [
    include_str!("../tests/fixtures/gold/seed/000_51b3c3bcfa4b6a7d.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_asylum.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_clock.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_election.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_expo.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_hackers.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_homeopathic.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_imprisoned.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_korea.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_nasa.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_sensitive.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_stampede.json"),
    include_str!("../tests/fixtures/gold/gum-dev/GUM_news_warhol.json"),
];
const GIVEN_NAMES: &str = include_str!("../assets/given_names.txt");
const SURNAMES: &str = include_str!("../assets/surnames.txt");
const WORDS: &str = include_str!("../assets/words.txt");

/// splitmix64: a tiny deterministic generator, so the corpus needs no `rand` and never changes
/// with a dependency's version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One seed briefing cut into its headline and body paragraphs.
struct Source {
    headline: &'static str,
    paragraphs: Vec<&'static str>,
}

/// What the generator recombines.
pub struct Material {
    sources: Vec<Source>,
    /// Words of people's names in the gold annotations, and whether each is a given name.
    name_words: BTreeMap<String, bool>,
    given_pool: Vec<&'static str>,
    surname_pool: Vec<&'static str>,
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Material {
    pub fn new() -> Self {
        let sources = SEEDS
            .iter()
            .map(|(_, text)| {
                let mut lines = text
                    .trim_start_matches('\u{feff}')
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty());
                let headline = lines.next().unwrap_or("Briefing");
                Source {
                    headline,
                    paragraphs: lines.collect(),
                }
            })
            .collect();
        let common: BTreeSet<&str> = data_lines(WORDS).take(20_000).collect();
        let mut name_words = BTreeMap::new();
        for gold in GOLD {
            let gold: serde_json::Value = serde_json::from_str(gold).unwrap();
            for entity in gold["entities"].as_array().unwrap() {
                if entity["kind"] != "person" {
                    continue;
                }
                for mention in entity["mentions"].as_array().unwrap() {
                    let words: Vec<&str> = mention["text"]
                        .as_str()
                        .unwrap()
                        .split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().count() >= 3)
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .filter(|w| !common.contains(w.to_lowercase().as_str()))
                        .collect();
                    let many = words.len() > 1;
                    for (i, word) in words.iter().enumerate() {
                        let given = many && i == 0;
                        let entry = name_words.entry(word.to_string()).or_insert(given);
                        *entry &= given;
                    }
                }
            }
        }
        let pool = |text: &'static str| -> Vec<&'static str> {
            data_lines(text)
                .filter(|n| n.chars().all(char::is_alphabetic) && n.len() >= 4)
                .filter(|n| !common.contains(n.to_lowercase().as_str()))
                .collect()
        };
        Material {
            sources,
            name_words,
            given_pool: pool(GIVEN_NAMES),
            surname_pool: pool(SURNAMES),
        }
    }

    /// Briefing number `index` of a corpus made with `seed`.
    pub fn briefing(&self, seed: u64, index: usize) -> String {
        let mut rng = Rng(seed ^ (index as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
        // Names for this file: each name word of the seeds gets its own stand-in.
        let names: BTreeMap<&str, &str> = self
            .name_words
            .iter()
            .map(|(word, &given)| {
                let pool = if given {
                    &self.given_pool
                } else {
                    &self.surname_pool
                };
                (word.as_str(), pool[rng.below(pool.len())])
            })
            .collect();
        let target = 1_500 + rng.below(5_000);
        let main = &self.sources[rng.below(self.sources.len())];
        let mut text = String::with_capacity(target + 1_000);
        text.push_str(&swap_names(main.headline, &names));
        text.push('\n');
        let mut next = rng.below(main.paragraphs.len().max(1));
        while text.len() < target {
            // Mostly the main story in order, sometimes a paragraph of another.
            let paragraph = if rng.below(10) < 7 {
                let p = main.paragraphs.get(next).copied();
                next = (next + 1) % main.paragraphs.len().max(1);
                p
            } else {
                let other = &self.sources[rng.below(self.sources.len())];
                other
                    .paragraphs
                    .get(rng.below(other.paragraphs.len().max(1)))
                    .copied()
            };
            if let Some(paragraph) = paragraph {
                text.push_str(&swap_names(paragraph, &names));
                text.push('\n');
            }
        }
        text
    }
}

impl Default for Material {
    fn default() -> Self {
        Self::new()
    }
}

/// Replaces each whole word found in `names` by its stand-in.
fn swap_names(text: &str, names: &BTreeMap<&str, &str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut word_start: Option<usize> = None;
    let flush = |out: &mut String, word: &str| match names.get(word) {
        Some(stand_in) => out.push_str(stand_in),
        None => out.push_str(word),
    };
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            flush(&mut out, &text[start..i]);
        }
        out.push(c);
    }
    if let Some(start) = word_start {
        flush(&mut out, &text[start..]);
    }
    out
}

/// Writes `count` briefings into `dir` (created if needed) as `b00000.txt`, … and returns the
/// number of bytes written.
pub fn write_corpus(dir: &Path, count: usize, seed: u64) -> io::Result<u64> {
    fs::create_dir_all(dir)?;
    let material = Material::new();
    let mut bytes = 0;
    for index in 0..count {
        let text = material.briefing(seed, index);
        bytes += text.len() as u64;
        fs::write(dir.join(format!("b{index:05}.txt")), text)?;
    }
    Ok(bytes)
}

/// The default corpus under `target/`, written on first use, so benchmarks share one copy.
pub fn cached_corpus(count: usize) -> PathBuf {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let dir = target.join(format!("bench-corpus-{count}"));
    if !dir.join(".complete").exists() {
        // Written aside and renamed, so an interrupted run never leaves half a corpus.
        let partial = target.join(format!("bench-corpus-{count}.partial"));
        let _ = fs::remove_dir_all(&partial);
        write_corpus(&partial, count, 1).unwrap();
        fs::write(partial.join(".complete"), b"").unwrap();
        let _ = fs::remove_dir_all(&dir);
        fs::rename(&partial, &dir).unwrap();
    }
    dir
}

#[allow(dead_code)]
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: gen_corpus OUT_DIR [COUNT] [SEED]");
        std::process::exit(2);
    };
    let count = args.next().map_or(DEFAULT_COUNT, |n| n.parse().unwrap());
    let seed = args.next().map_or(1, |n| n.parse().unwrap());
    let bytes = write_corpus(Path::new(&dir), count, seed).unwrap();
    println!(
        "{count} briefings, {bytes} bytes ({:.1} MB) in {dir}",
        bytes as f64 / 1e6
    );
}
