//! Following a person across briefings: the dossier, `o`/`O`, the jump list, Enter keeping
//! the reader's place, hint mode and citations. Actions in, state out, on four invented
//! briefings (`tests/fixtures/identity/`) extracted by the real extractor.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use briefing::app::dossier::DossierRow;
use briefing::app::{Action, App, Lit, Pane, QuoteRow};
use briefing::app::{Key, KeyCode, Modifiers};
use briefing::model::{Briefing, Document};
use ui_common::{entity, screen_text, select_entity};

const FILES: [(&str, &str); 4] = [
    (
        "a_summit",
        include_str!("../fixtures/identity/a_summit.txt"),
    ),
    ("b_grain", include_str!("../fixtures/identity/b_grain.txt")),
    (
        "c_vienna",
        include_str!("../fixtures/identity/c_vienna.txt"),
    ),
    (
        "d_decree",
        include_str!("../fixtures/identity/d_decree.txt"),
    ),
];

fn briefings() -> Vec<Briefing> {
    FILES
        .iter()
        .map(|(id, text)| {
            Briefing::from_document(Document {
                id: id.to_string(),
                path: format!("tests/fixtures/identity/{id}.txt"),
                text: text.to_string(),
                meta: None,
            })
        })
        .collect()
}

fn app() -> App {
    let mut app = App::new(briefings());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.key(Key::plain(code));
}

fn selected_name(app: &App) -> String {
    app.entity(app.selected_entity().unwrap())
        .unwrap()
        .name
        .clone()
}

#[test]
fn the_dossier_lists_every_briefing_naming_the_person_and_every_quotation() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    let dossier = app.dossier().unwrap().clone();
    assert_eq!(dossier.name, "Vladimir Putin");
    // a_summit, b_grain ("Mr Putin" only), d_decree; not c_vienna, whose "President" is
    // nobody in particular.
    assert_eq!(dossier.briefings(), [0, 1, 3]);
    let mentions: Vec<usize> = dossier
        .rows
        .iter()
        .filter_map(|r| match r {
            DossierRow::Briefing { mentions, .. } => Some(*mentions),
            DossierRow::Quote { .. } => None,
        })
        .collect();
    assert_eq!(mentions, [4, 2, 3]);
    let quoted: Vec<usize> = dossier
        .rows
        .iter()
        .filter_map(|r| match r {
            DossierRow::Quote { briefing, .. } => Some(*briefing),
            DossierRow::Briefing { .. } => None,
        })
        .collect();
    assert_eq!(quoted, [0, 1, 3]);
    let screen = screen_text(&app, &briefing::ui::theme::Theme::ansi());
    assert!(screen.contains("Dossier: Vladimir Putin [PER]"), "{screen}");
    assert!(screen.contains("Named in 3 briefings"), "{screen}");
    assert!(screen.contains("Source of 3 quotations"), "{screen}");
    assert!(
        screen.contains("“Prices will fall,” — Grain prices fall"),
        "{screen}"
    );
}

#[test]
fn enter_on_a_quotation_row_opens_that_briefing_at_that_quotation() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    let row = app
        .dossier()
        .unwrap()
        .rows
        .iter()
        .position(|r| matches!(r, DossierRow::Quote { briefing: 3, .. }))
        .unwrap();
    for _ in 0..row {
        app.update(Action::Down);
    }
    app.update(Action::Activate);
    assert!(app.dossier().is_none());
    assert_eq!(app.current_index(), 3);
    let Some(Lit::Quote(index)) = app.lit().cloned() else {
        panic!("no quotation lit: {:?}", app.lit());
    };
    let quote = &app.briefing().quotes()[index];
    assert_eq!(app.briefing().slice(quote.inner()), "Farmers need help,");
}

#[test]
fn o_walks_the_dossier_briefings_wrapping_and_never_changes_who_is_followed() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    let mut visited = Vec::new();
    for _ in 0..5 {
        app.update(Action::OtherBriefing);
        visited.push(app.current_index());
        assert!(
            app.message().unwrap().starts_with("Vladimir Putin: "),
            "{:?}",
            app.message()
        );
        // The entity selected is the one of this briefing that is Putin.
        let name = selected_name(&app);
        assert!(name == "Vladimir Putin" || name == "Putin", "{name}");
        assert_eq!(
            app.lit(),
            Some(&Lit::Entity(app.selected_entity().unwrap()))
        );
    }
    assert_eq!(visited, [1, 3, 0, 1, 3]);
    // Back to the first: said so when it wrapped.
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 0);
    assert!(app.message().unwrap().contains("back to the first of 3"));
    app.update(Action::PreviousOtherBriefing);
    assert_eq!(app.current_index(), 3);
    assert!(app.message().unwrap().contains("back to the last of 3"));
    app.update(Action::PreviousOtherBriefing);
    assert_eq!(app.current_index(), 1);
}

#[test]
fn o_on_a_one_briefing_name_says_so_and_stays() {
    let mut app = app();
    select_entity(&mut app, "Sochi");
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 0);
    assert_eq!(app.message(), Some("Sochi is in no other briefing"));
}

#[test]
fn a_surname_shared_by_two_people_is_not_followed_to_the_other() {
    let mut app = app();
    select_entity(&mut app, "Zoltan Okonkwo");
    let mut visited = Vec::new();
    for _ in 0..3 {
        app.update(Action::OtherBriefing);
        visited.push(app.current_index());
        assert_eq!(selected_name(&app), "Zoltan Okonkwo");
    }
    // b_grain's Amara Okonkwo is someone else.
    assert_eq!(visited, [2, 0, 2]);
}

#[test]
fn ctrl_o_returns_to_the_exact_place_before_the_jump_and_ctrl_i_goes_forward() {
    let mut app = app();
    select_entity(&mut app, "Zoltan Okonkwo");
    let before = app.here();
    app.update(Action::OtherBriefing);
    let after = app.here();
    assert_ne!(after.briefing, before.briefing);
    app.key(Key::new(KeyCode::Char('o'), Modifiers::CONTROL));
    assert_eq!(app.here(), before);
    app.key(Key::new(KeyCode::Char('i'), Modifiers::ALT));
    assert_eq!(app.here(), after);
    app.update(Action::JumpForward);
    assert_eq!(app.message(), Some("no later jump"));
    app.update(Action::JumpBack);
    assert_eq!(app.here(), before);
}

#[test]
fn a_briefing_switch_and_enter_on_an_entity_are_jumps() {
    let mut app = app();
    let start = app.here();
    app.update(Action::NextBriefing);
    select_entity(&mut app, "Putin");
    let in_b = app.here();
    app.update(Action::Activate);
    assert_eq!(app.jumps().back_len(), 2);
    app.update(Action::JumpBack);
    assert_eq!(app.here(), in_b);
    app.update(Action::JumpBack);
    assert_eq!(app.here(), start);
}

/// A briefing long enough to scroll: Okonkwo named once in each of 40 paragraphs.
fn long_briefing() -> Briefing {
    let text: String = (1..=40)
        .map(|n| format!("In part {n} of the talks, Zoltan Okonkwo spoke about grain.\n\n"))
        .collect();
    Briefing::from_document(Document {
        id: "long".into(),
        path: "long.txt".into(),
        text,
        meta: None,
    })
}

#[test]
fn enter_keeps_the_place_lighting_the_first_mention_at_or_after_the_reading_position() {
    let mut app = App::new(vec![long_briefing()]);
    app.update(Action::Resize {
        width: 100,
        height: 20,
    });
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let reading = app.top_offset();
    select_entity(&mut app, "Zoltan Okonkwo");
    app.update(Action::Activate);
    let okonkwo = entity(&app, "Zoltan Okonkwo");
    let mentions = app.entity(okonkwo).unwrap().mentions.clone();
    let expected = mentions.iter().position(|m| m.start >= reading).unwrap();
    assert!(expected > 0);
    assert_eq!(app.cursor(), expected);
    assert_eq!(
        briefing::ui::status::position(&app).unwrap(),
        format!("PER Zoltan Okonkwo · mention {}/40", expected + 1)
    );
    // From below the last mention it wraps to the first.
    app.update(Action::Clear);
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus(), Pane::Article);
    app.update(Action::Bottom);
    let bottom = app.top_offset();
    select_entity(&mut app, "Zoltan Okonkwo");
    app.update(Action::Activate);
    let first_after = mentions.iter().position(|m| m.start >= bottom).unwrap_or(0);
    assert_eq!(app.cursor(), first_after);
}

#[test]
fn hint_mode_labels_the_names_on_screen_and_typing_a_label_selects_that_mention() {
    let mut app = app();
    while app.focus() != Pane::Article {
        app.update(Action::FocusNext);
    }
    press(&mut app, KeyCode::Char('f'));
    let hints = app.hints().unwrap().clone();
    assert_eq!(hints.hints.len(), app.mentions().len(), "all on screen");
    let okonkwo = entity(&app, "Zoltan Okonkwo");
    let hint = hints
        .hints
        .iter()
        .rfind(|h| h.entity == okonkwo)
        .unwrap()
        .clone();
    // The label is drawn over the mention.
    let screen = screen_text(&app, &briefing::ui::theme::Theme::ansi());
    assert!(
        screen.contains(&format!("{}konkwo said", hint.label)),
        "{screen}"
    );
    for c in hint.label.chars() {
        press(&mut app, KeyCode::Char(c));
    }
    assert!(app.hints().is_none());
    assert_eq!(app.selected_entity(), Some(okonkwo));
    assert_eq!(app.current_target(), Some(hint.span));
    // Esc leaves hint mode without selecting anything.
    press(&mut app, KeyCode::Char('f'));
    press(&mut app, KeyCode::Esc);
    assert!(app.hints().is_none());
    assert_eq!(app.current_target(), Some(hint.span));
}

#[test]
fn the_dossier_copies_a_sources_quotations_as_citations() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    app.update(Action::Copy);
    assert_eq!(app.message(), Some("copied 3 citations"));
    assert_eq!(
        app.take_clipboard().unwrap(),
        "“We agreed on the grain corridor,” — Vladimir Putin, \"Putin and Okonkwo meet in Moscow\" (a_summit.txt)\n\
         “Prices will fall,” — Vladimir Putin, \"Grain prices fall\" (b_grain.txt)\n\
         “Farmers need help,” — Vladimir Putin, \"A new decree\" (d_decree.txt)"
    );
}

#[test]
fn the_dossier_of_a_source_in_the_quote_list_is_its_entitys() {
    let mut app = app();
    while app.focus() != Pane::Quotes {
        app.update(Action::FocusNext);
    }
    let source = app
        .quote_rows()
        .iter()
        .find(|r| matches!(r, QuoteRow::Source { .. }))
        .cloned()
        .unwrap();
    assert!(matches!(&source, QuoteRow::Source { name, .. } if name == "Vladimir Putin"));
    app.update(Action::Dossier);
    assert_eq!(app.dossier().unwrap().briefings(), [0, 1, 3]);
    app.update(Action::Clear);
    // `o` from the quote list follows the source: its quotations are lit there.
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 1);
    assert!(matches!(app.lit(), Some(Lit::Source(name)) if name == "Putin"));
    assert_eq!(app.focus(), Pane::Quotes);
}

#[test]
fn a_reloaded_briefing_joins_the_dossier() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    assert_eq!(app.dossier().unwrap().briefings(), [0, 1, 3]);
    app.update(Action::Clear);
    let mut vienna = Briefing::from_document(Document {
        id: "c_vienna".into(),
        path: "tests/fixtures/identity/c_vienna.txt".into(),
        text: format!("{}\nVladimir Putin phoned him on Friday.\n", FILES[2].1),
        meta: None,
    });
    vienna.title = "Okonkwo in Vienna".into();
    app.replace_briefing(2, vienna);
    app.update(Action::Dossier);
    assert_eq!(app.dossier().unwrap().briefings(), [0, 1, 2, 3]);
}

/// A hand-made briefing: `names` as person entities, each with its mention count.
fn made(id: &str, names: &[(&str, usize)]) -> Briefing {
    use briefing::model::{Annotations, Entity, Kind, Span};
    let mut text = String::new();
    let mut entities = Vec::new();
    for (name, count) in names {
        let mut mentions = Vec::new();
        for _ in 0..*count {
            mentions.push(Span::new(text.len(), text.len() + name.len()));
            text.push_str(name);
            text.push_str(" spoke.\n");
        }
        entities.push(Entity {
            name: name.to_string(),
            kind: Kind::Person,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions,
            grounds: Default::default(),
        });
    }
    Briefing {
        id: id.into(),
        path: format!("{id}.txt"),
        title: id.into(),
        text: std::sync::Arc::new(text),
        annotations: Annotations {
            entities,
            ..Annotations::default()
        },
        meta: None,
    }
}

#[test]
fn o_lands_on_the_entity_named_most_where_a_briefing_splits_one_person_in_two() {
    // The second briefing has a one-mention "Donald Trump" and a separate five-mention
    // "Trump"; "President" alone is nobody in particular.
    let mut app = App::new(vec![
        made("first", &[("Donald Trump", 2)]),
        made(
            "second",
            &[("President", 1), ("Donald Trump", 1), ("Trump", 5)],
        ),
        made("third", &[("President", 3)]),
    ]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    select_entity(&mut app, "Donald Trump");
    app.update(Action::Dossier);
    assert_eq!(app.dossier().unwrap().briefings(), [0, 1]);
    app.update(Action::Clear);
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 1);
    assert_eq!(selected_name(&app), "Trump");
    assert_eq!(app.targets().len(), 5);
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 0);
    assert_eq!(selected_name(&app), "Donald Trump");
}

#[test]
fn a_briefing_reloaded_under_an_open_dossier_closes_it_and_enter_lights_nothing_stale() {
    let mut app = app();
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    let rows = app.dossier().unwrap().briefings();
    assert!(rows.contains(&3));
    // d_decree now names nobody: its old entity numbers point past the new list.
    let emptied = Briefing::from_document(Document {
        id: "d_decree".into(),
        path: "tests/fixtures/identity/d_decree.txt".into(),
        text: "nothing here now\n".into(),
        meta: None,
    });
    app.replace_briefing(3, emptied);
    assert!(app.dossier().is_none(), "the stale dossier stays open");
    app.update(Action::Activate);
    if let Some(Lit::Entity(index)) = app.lit() {
        assert!(
            app.entity(*index).is_some(),
            "lit entity {index} does not exist"
        );
    }
}
