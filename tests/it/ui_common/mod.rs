//! Briefings with known annotations for the UI tests: the seed briefing annotated from its gold
//! file (so the tests do not wait for the extractor), and two small hand-made ones.

#![allow(dead_code)]

use briefing::app::{Action, App};
use briefing::model::{Annotations, Briefing, Entity, Kind, Quote, QuoteKind, Source, Span};
use briefing::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use serde_json::Value;

pub const SEED_TEXT: &str = include_str!("../../../seeds/000_51b3c3bcfa4b6a7d.txt");
const SEED_GOLD: &str = include_str!("../../fixtures/gold/seed/000_51b3c3bcfa4b6a7d.json");

fn span(value: &Value) -> Span {
    let at = |key: &str| value[key].as_u64().unwrap() as usize;
    Span::new(at("start"), at("end"))
}

fn kind(name: &str) -> Kind {
    match name {
        "person" => Kind::Person,
        "organization" => Kind::Organization,
        "place" => Kind::Place,
        "group" => Kind::Group,
        "date" => Kind::Date,
        "event" => Kind::Event,
        _ => Kind::Other,
    }
}

/// The seed briefing with the gold annotations: 11 mentions of Ahmed al-Shara’a, four
/// quotations (SANA's with "via Presidential Media Directorate").
pub fn seed() -> Briefing {
    let gold: Value = serde_json::from_str(SEED_GOLD).unwrap();
    let text = SEED_TEXT.to_string();
    let mut entities: Vec<Entity> = gold["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let name = e["name"].as_str().unwrap().to_string();
            let mut mentions: Vec<Span> =
                e["mentions"].as_array().unwrap().iter().map(span).collect();
            mentions.sort();
            let mut aliases: Vec<String> = Vec::new();
            for m in &mentions {
                let surface = m.slice(&text).to_string();
                if surface != name && !aliases.contains(&surface) {
                    aliases.push(surface);
                }
            }
            Entity {
                kind: kind(e["kind"].as_str().unwrap()),
                roles: e["roles"]
                    .as_array()
                    .map(|r| r.iter().map(|x| x.as_str().unwrap().to_string()).collect())
                    .unwrap_or_default(),
                name,
                aliases,
                mentions,
                grounds: Default::default(),
            }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions.first().copied());
    let entity_at = |words: Span| {
        entities
            .iter()
            .position(|e| e.mentions.contains(&words) || e.name == words.slice(&text))
    };
    let quotes = gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let outer = span(q);
            let inner_text = q["text"].as_str().unwrap();
            let offset = outer.slice(&text).find(inner_text).unwrap();
            let inner = Span::new(
                outer.start + offset,
                outer.start + offset + inner_text.len(),
            );
            let source = (!q["source"].is_null()).then(|| {
                let words = span(&q["source"]);
                Source {
                    span: words,
                    entity: entity_at(words),
                }
            });
            let via = q["via"]
                .as_array()
                .unwrap()
                .iter()
                .map(|name| {
                    let name = name.as_str().unwrap();
                    let at = inner.start + inner.slice(&text).find(name).unwrap();
                    let words = Span::new(at, at + name.len());
                    Source {
                        span: words,
                        entity: entity_at(words),
                    }
                })
                .collect();
            let mut quote = Quote::new(outer, inner);
            quote.set_source(source);
            quote.set_cue((!q["cue"].is_null()).then(|| span(&q["cue"])));
            quote.set_via(via);
            quote.set_kind(QuoteKind::Quotation);
            quote
        })
        .collect();
    let base = briefing::extract::extract(&text);
    Briefing {
        id: "000_51b3c3bcfa4b6a7d".into(),
        path: "seeds/000_51b3c3bcfa4b6a7d.txt".into(),
        title: "Syrian President Ahmed al-Shara’a arrived in Russia on Wednesday.".into(),
        text: text.into(),
        annotations: Annotations {
            paragraphs: base.paragraphs,
            sentences: base.sentences,
            entities,
            quotes,
        },
        meta: None,
    }
}

/// A small briefing that names al-Shara’a only by an alias, and Putin twice.
pub fn visit() -> Briefing {
    let text = "Putin met Sharaa in Moscow.\nLater Putin said “talks went well.”\n".to_string();
    let find = |word: &str, nth: usize| {
        let at = text.match_indices(word).nth(nth).unwrap().0;
        Span::new(at, at + word.len())
    };
    let entities = vec![
        Entity {
            name: "Putin".into(),
            kind: Kind::Person,
            aliases: vec![],
            roles: vec![],
            mentions: vec![find("Putin", 0), find("Putin", 1)],
            grounds: Default::default(),
        },
        Entity {
            name: "Sharaa".into(),
            kind: Kind::Person,
            aliases: vec![],
            roles: vec![],
            mentions: vec![find("Sharaa", 0)],
            grounds: Default::default(),
        },
        Entity {
            name: "Moscow".into(),
            kind: Kind::Place,
            aliases: vec![],
            roles: vec![],
            mentions: vec![find("Moscow", 0)],
            grounds: Default::default(),
        },
    ];
    let outer = find("“talks went well.”", 0);
    let mut quote = Quote::new(outer, Span::new(outer.start + 3, outer.end - 3));
    quote.set_source(Some(Source {
        span: find("Putin", 1),
        entity: Some(0),
    }));
    quote.set_cue(Some(find("said", 0)));
    quote.set_kind(QuoteKind::Quotation);
    let quotes = vec![quote];
    Briefing {
        id: "visit".into(),
        path: "visit.txt".into(),
        title: "Putin met Sharaa".into(),
        text: text.into(),
        annotations: Annotations {
            entities,
            quotes,
            ..Annotations::default()
        },
        meta: None,
    }
}

/// A briefing naming nobody from the others.
pub fn weather() -> Briefing {
    let text =
        "Rain is expected in Lisbon.\tWinds\tfrom the west.\r\n北京 will be dry 😀.".to_string();
    let at = text.find("Lisbon").unwrap();
    Briefing {
        id: "weather".into(),
        path: "weather.txt".into(),
        title: "Weather".into(),
        annotations: Annotations {
            entities: vec![Entity {
                name: "Lisbon".into(),
                kind: Kind::Place,
                aliases: vec![],
                roles: vec![],
                mentions: vec![Span::new(at, at + "Lisbon".len())],
                grounds: Default::default(),
            }],
            ..Annotations::default()
        },
        text: text.into(),
        meta: None,
    }
}

/// An app on the seed alone, sized like a terminal.
pub fn seed_app(width: u16, height: u16) -> App {
    let mut app = App::new(vec![seed()]);
    app.update(Action::Resize { width, height });
    app
}

/// An app on the seed and the two small briefings.
pub fn three_app(width: u16, height: u16) -> App {
    let mut app = App::new(vec![seed(), visit(), weather()]);
    app.update(Action::Resize { width, height });
    app
}

/// Index of the seed entity called `name`.
pub fn entity(app: &App, name: &str) -> usize {
    app.briefing()
        .entities()
        .iter()
        .position(|e| e.name == name)
        .unwrap()
}

/// Selects the entity called `name` in the entity pane, as a user would with j/k.
pub fn select_entity(app: &mut App, name: &str) {
    let wanted = entity(app, name);
    while app.focus() != briefing::app::Pane::Entities {
        app.update(Action::FocusNext);
    }
    app.update(Action::Top);
    for _ in 0..app.entity_rows().len() {
        if app.selected_entity() == Some(wanted) {
            return;
        }
        app.update(Action::Down);
    }
    assert_eq!(
        app.selected_entity(),
        Some(wanted),
        "could not reach {name}"
    );
}

/// Presses keys given as key names ("j", "Enter", "S-Tab", "C-d").
pub fn press(app: &mut App, keys: &[&str]) {
    for key in keys {
        app.key(key.parse().unwrap());
    }
}

/// The app drawn at its own size with `theme`, as text: one line per row, trailing spaces cut.
pub fn screen_text(app: &App, theme: &Theme) -> String {
    let area = app.area();
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| briefing::ui::render(app, theme, frame))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
