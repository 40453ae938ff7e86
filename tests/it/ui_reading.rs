//! Reading without colour, the status bar's hints at every width, `n`/`N` from what is on
//! screen, and the list filter's ranking: on the rendered cells and the app's state.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use briefing::app::{Action, App, EntityRow, Pane};
use briefing::model::{Annotations, Briefing, Entity, Kind, Span};
use briefing::ui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ui_common::*;

/// A briefing with the given `(name, kind)` entities, each mentioned at every place its name
/// occurs in `text`.
fn briefing_of(text: &str, entities: &[(&str, Kind)]) -> Briefing {
    let entities = entities
        .iter()
        .map(|&(name, kind)| Entity {
            name: name.into(),
            kind,
            aliases: vec![],
            roles: vec![],
            mentions: text
                .match_indices(name)
                .map(|(at, _)| Span::new(at, at + name.len()))
                .collect(),
            grounds: Default::default(),
        })
        .collect();
    Briefing {
        id: "invented".into(),
        path: "invented.txt".into(),
        title: "Invented".into(),
        text: text.to_string().into(),
        meta: None,
        annotations: Annotations {
            entities,
            ..Annotations::default()
        },
    }
}

fn draw(app: &App, theme: &Theme) -> Buffer {
    let area = app.area();
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| briefing::ui::render(app, theme, frame))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The modifiers of the article cells showing the `nth` (from 0) `word` of the text.
fn modifiers_of(app: &App, buffer: &Buffer, word: &str, nth: usize) -> Vec<Modifier> {
    let text = app.briefing().text.clone();
    let (offset, _) = text.match_indices(word).nth(nth).unwrap();
    let area = app.article_area().text;
    let row_index = app.layout().row_of(offset);
    assert!(row_index >= app.top_row(), "{word:?} is above the screen");
    let y = area.y + (row_index - app.top_row()) as u16;
    assert!(y < area.bottom(), "{word:?} is below the screen");
    let row = app.layout().rows()[row_index];
    // The invented texts are ASCII: a byte is a column.
    let x = area.x + (offset - row.start) as u16;
    (x..x + word.len() as u16)
        .map(|x| buffer[(x, y)].modifier)
        .collect()
}

/// One modifier set for the whole word.
fn modifier_of(app: &App, buffer: &Buffer, word: &str, nth: usize) -> Modifier {
    let cells = modifiers_of(app, buffer, word, nth);
    assert!(cells.windows(2).all(|w| w[0] == w[1]), "{word}: {cells:?}");
    cells[0]
}

/// The modifiers of the cells drawing `text` wherever it first shows on screen.
fn modifiers_on_screen(buffer: &Buffer, text: &str) -> Vec<Modifier> {
    let area = buffer.area;
    for y in 0..area.height {
        let line: String = (0..area.width).map(|x| buffer[(x, y)].symbol()).collect();
        if let Some(at) = line.find(text) {
            let x = line[..at].chars().count() as u16;
            return (x..x + text.chars().count() as u16)
                .map(|x| buffer[(x, y)].modifier)
                .collect();
        }
    }
    panic!("{text:?} is not on screen");
}

const KINDS_TEXT: &str = "Wanda Oyelaran met staff of Quillmark Holdings in Tbilisi. The \
    Zorbanians gathered on Thursday for the Velvet Regatta, and Oyelaran stayed on.\n";

fn kinds_app() -> App {
    let briefing = briefing_of(
        KINDS_TEXT,
        &[
            ("Oyelaran", Kind::Person),
            ("Quillmark Holdings", Kind::Organization),
            ("Tbilisi", Kind::Place),
            ("Zorbanians", Kind::Group),
            ("Thursday", Kind::Date),
            ("Velvet Regatta", Kind::Event),
        ],
    );
    let mut app = App::new(vec![briefing]);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    app
}

#[test]
fn without_colour_each_kind_is_drawn_with_its_own_attributes() {
    let app = kinds_app();
    let buffer = draw(&app, &Theme::no_color());
    let names = [
        "Oyelaran",
        "Quillmark Holdings",
        "Tbilisi",
        "Zorbanians",
        "Thursday",
        "Velvet Regatta",
    ];
    let looks: Vec<Modifier> = names
        .iter()
        .map(|name| modifier_of(&app, &buffer, name, 0))
        .collect();
    for (i, look) in looks.iter().enumerate() {
        assert!(!look.is_empty(), "{} has no attribute", names[i]);
        for (j, other) in looks.iter().enumerate().skip(i + 1) {
            assert_ne!(look, other, "{} and {} look alike", names[i], names[j]);
        }
    }
    // Plain words stay plain.
    assert_eq!(modifier_of(&app, &buffer, "staff", 0), Modifier::empty());
    // The attributes are the theme's, so the help's legend and the article agree.
    let theme = Theme::no_color();
    assert_eq!(looks[0], theme.person.add_modifier);
    assert_eq!(looks[2], theme.place.add_modifier);
}

#[test]
fn without_colour_the_lit_entity_and_current_mention_win_over_the_kind() {
    let mut app = kinds_app();
    select_entity(&mut app, "Oyelaran");
    app.update(Action::Activate);
    let theme = Theme::no_color();
    let buffer = draw(&app, &theme);
    // The first mention is the current one, the second merely lit: each shows its own
    // highlight alone, whatever the person's attributes are.
    assert_eq!(
        modifier_of(&app, &buffer, "Oyelaran", 0),
        theme.current.add_modifier
    );
    assert_eq!(
        modifier_of(&app, &buffer, "Oyelaran", 1),
        theme.selected.add_modifier
    );
    // No other kind is drawn like the selection.
    for name in ["Quillmark Holdings", "Tbilisi", "Zorbanians", "Thursday"] {
        assert_ne!(
            modifier_of(&app, &buffer, name, 0),
            theme.selected.add_modifier
        );
    }
}

#[test]
fn the_help_opens_with_the_kinds_legend_in_the_theme_in_force() {
    let mut app = kinds_app();
    app.update(Action::ToggleHelp);
    let theme = Theme::no_color();
    let buffer = draw(&app, &theme);
    for kind in Kind::ALL.into_iter().filter(|&k| k != Kind::Other) {
        let cells = modifiers_on_screen(&buffer, &format!(" {} ", kind.tag()));
        assert_eq!(cells[1], theme.kind(kind).add_modifier, "{kind:?}");
    }
}

/// The status bar: the screen's last row.
fn status_row(app: &App) -> String {
    screen_text(app, &Theme::ansi())
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_help_hint_stays_on_the_status_bar_at_every_width() {
    for width in [40, 80, 100, 120, 160, 200] {
        let mut app = three_app(width, 30);
        for pane in 0..4 {
            let status = status_row(&app);
            assert!(
                status.ends_with("? help"),
                "width {width}, pane {pane}: {status:?}"
            );
            app.update(Action::FocusNext);
        }
        // A long message is cut before it pushes the hint off.
        app.update(Action::NextMark);
        let status = status_row(&app);
        assert!(status.contains("nothing lit"), "{status:?}");
        assert!(status.ends_with("? help"), "width {width}: {status:?}");
    }
    // Wide bars keep the other hints too.
    let app = three_app(200, 30);
    let status = status_row(&app);
    assert!(
        status.contains("/ search") && status.contains("q quit"),
        "{status:?}"
    );
}

/// Types `text` and Enter into the line being edited.
fn type_line(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Submit);
}

/// Whether `span` is among the article rows on screen.
fn on_screen(app: &App, span: Span) -> bool {
    let row = app.layout().row_of(span.start);
    row >= app.top_row() && row < app.top_row() + app.article_height()
}

#[test]
fn after_a_jump_search_hits_are_walked_from_what_is_on_screen() {
    let mut app = seed_app(80, 24);
    press(&mut app, &["/"]);
    type_line(&mut app, "the");
    let text = app.briefing().text.clone();
    let hits = briefing::app::search::find_all(&text, "the");
    assert!(hits.len() > 20, "{}", hits.len());
    press(&mut app, &["n", "n"]);
    press(&mut app, &["G"]);
    // Back from the end: the last hit, on screen, not the one before the hit left above.
    press(&mut app, &["N"]);
    let current = app.current_target().unwrap();
    assert_eq!(Some(&current), hits.last());
    assert!(on_screen(&app, current));
    press(&mut app, &["N"]);
    assert_eq!(
        Some(app.current_target().unwrap()),
        hits.iter().rev().nth(1).copied()
    );
    // And forward from the top after `g`: the first hit at or after the reading position.
    press(&mut app, &["g", "n"]);
    assert_eq!(app.current_target(), hits.first().copied());
    // A hit still on screen is walked from, as before.
    press(&mut app, &["n"]);
    assert_eq!(app.current_target(), hits.get(1).copied());
}

#[test]
fn after_a_jump_lit_mentions_are_walked_from_what_is_on_screen() {
    let mut app = seed_app(80, 24);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    while app.focus() != Pane::Article {
        app.update(Action::FocusNext);
    }
    let mentions = app.targets().to_vec();
    press(&mut app, &["n", "n"]);
    assert_eq!(app.current_target(), Some(mentions[2]));
    app.update(Action::Bottom);
    app.update(Action::PreviousMark);
    let bottom = app.visible_range().end;
    let last_shown = mentions.iter().rposition(|m| m.start < bottom).unwrap();
    assert_eq!(app.current_target(), Some(mentions[last_shown]));
    assert!(on_screen(&app, mentions[last_shown]));
    app.update(Action::Top);
    app.update(Action::NextMark);
    assert_eq!(app.current_target(), Some(mentions[0]));
}

#[test]
fn an_exact_name_ranks_and_is_selected_above_a_longer_fuzzy_one() {
    let text = "Self-employed Canadians protested. Self-employed Canadians marched. \
        Self-employed Canadians left. Canada answered.\n";
    let briefing = briefing_of(
        text,
        &[
            ("Self-employed Canadians", Kind::Organization),
            ("Canada", Kind::Place),
        ],
    );
    let mut app = App::new(vec![briefing]);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    let canada = entity(&app, "Canada");
    let canadians = entity(&app, "Self-employed Canadians");
    select_entity(&mut app, "Self-employed Canadians");
    press(&mut app, &["/"]);
    for c in "Canada".chars() {
        app.update(Action::Type(c));
    }
    let first = app.entity_rows().iter().find_map(|row| match row {
        EntityRow::Entity(i) => Some(*i),
        EntityRow::Heading { .. } => None,
    });
    assert_eq!(first, Some(canada));
    assert_eq!(app.selected_entity(), Some(canada));
    // The fuzzy match is still listed, below.
    assert!(app.entity_rows().contains(&EntityRow::Entity(canadians)));
}
