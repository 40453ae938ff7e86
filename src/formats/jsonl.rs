//! JSON Lines: one briefing per line, `{"text": …}` with optional `title`, `date`, `url`,
//! `source`, `author` and `id`. A line that cannot be used is named by its number and skipped;
//! the other lines still load. Blank lines are passed over.

use serde::Deserialize;

use super::{Item, Parsed};
use crate::corpus::LoadProblem;
use crate::model::Meta;

#[derive(Deserialize)]
struct Line {
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    author: Option<String>,
    /// A string or a number.
    id: Option<serde_json::Value>,
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

pub fn parse(text: &str) -> Result<Parsed, LoadProblem> {
    let mut parsed = Parsed::default();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let record: Line = match serde_json::from_str(line) {
            Ok(record) => record,
            Err(error) => {
                // serde_json counts within the line: its "line 1" would read as the file's.
                let reason = error
                    .to_string()
                    .replace(" at line 1 column ", " at column ");
                let what = if error.is_data() {
                    "a field of the wrong type"
                } else {
                    "not a JSON object"
                };
                parsed
                    .skipped
                    .push(format!("line {number}: {what} ({reason})"));
                continue;
            }
        };
        let Some(text) = non_empty(record.text) else {
            parsed
                .skipped
                .push(format!("line {number}: no \"text\" field"));
            continue;
        };
        let key = match record.id {
            Some(serde_json::Value::String(id)) if !id.is_empty() => id,
            Some(serde_json::Value::Number(id)) => id.to_string(),
            _ => number.to_string(),
        };
        parsed.items.push(Item {
            key: Some(key),
            text,
            meta: Meta {
                title: non_empty(record.title),
                date: non_empty(record.date),
                url: non_empty(record.url),
                source: non_empty(record.source),
                author: non_empty(record.author),
            },
        });
    }
    if parsed.items.is_empty() {
        // One line for the file: the first reason, and how many more lines had one.
        return Err(LoadProblem::NoBriefing(match parsed.skipped.as_slice() {
            [] => "no JSON lines".into(),
            [only] => format!("no usable JSON line ({only})"),
            [first, rest @ ..] => {
                format!("no usable JSON line ({first}; {} more skipped)", rest.len())
            }
        }));
    }
    Ok(parsed)
}
