//! `App::update` without a terminal: actions in, state out, for every action.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use briefing::app::{Action, App, EntityRow, InputTarget, Lit, Pane, QuoteRow};
use briefing::model::Span;
use ui_common::*;

fn position(app: &App) -> String {
    briefing::ui::status::position(app).unwrap_or_default()
}

/// Whether `span` is among the article rows on screen.
fn on_screen(app: &App, span: Span) -> bool {
    let row = app.layout().row_of(span.start);
    row >= app.top_row() && row < app.top_row() + app.article_height()
}

#[test]
fn enter_on_an_entity_lights_every_mention_and_goes_to_the_first() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    let sharaa = entity(&app, "Ahmed al-Shara’a");
    assert_eq!(app.lit(), Some(&Lit::Entity(sharaa)));
    assert_eq!(app.targets().len(), 11);
    assert_eq!(app.current_target(), Some(Span::new(17, 35)));
    assert_eq!(position(&app), "PER Ahmed al-Shara’a · mention 1/11");
}

#[test]
fn n_and_shift_n_walk_the_mentions_wrapping_and_keep_each_in_view() {
    let mut app = seed_app(80, 24);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    let mentions = app.targets().to_vec();
    for step in 1..=11 {
        app.update(Action::NextMark);
        let expected = mentions[step % 11];
        assert_eq!(app.current_target(), Some(expected));
        assert!(on_screen(&app, expected), "mention {step} is off screen");
    }
    assert_eq!(position(&app), "PER Ahmed al-Shara’a · mention 1/11");
    app.update(Action::PreviousMark);
    assert_eq!(position(&app), "PER Ahmed al-Shara’a · mention 11/11");
    assert!(on_screen(&app, mentions[10]));
}

#[test]
fn n_with_nothing_lit_says_what_to_do() {
    let mut app = seed_app(120, 40);
    app.update(Action::NextMark);
    assert!(app.message().unwrap().contains("nothing lit"));
}

#[test]
fn selecting_a_quote_scrolls_to_it_and_lights_it() {
    let mut app = seed_app(80, 24);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Quotes);
    // Rows: sources, each followed by its quotes; find SANA's quote.
    let sana_quote = app
        .quote_rows()
        .iter()
        .position(|row| matches!(row, QuoteRow::Source { name, .. } if name == "SANA"))
        .unwrap()
        + 1;
    for _ in 0..sana_quote {
        app.update(Action::Down);
    }
    let QuoteRow::Quote(index) = app.selected_quote().unwrap().clone() else {
        panic!("not on a quote");
    };
    assert_eq!(app.lit(), Some(&Lit::Quote(index)));
    let quote = app.briefing().quotes()[index].clone();
    assert!(on_screen(&app, quote.span()));
    assert_eq!(
        position(&app),
        "quote by SANA · via Presidential Media Directorate"
    );
}

#[test]
fn enter_on_a_source_lights_all_its_quotations_and_n_walks_them() {
    let mut app = App::new(vec![visit()]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(
        app.selected_quote(),
        Some(&QuoteRow::Source {
            name: "Putin".into(),
            count: 1
        })
    );
    app.update(Action::Activate);
    assert_eq!(app.lit(), Some(&Lit::Source("Putin".into())));
    assert_eq!(app.lit_quotes(), [0]);
    assert_eq!(position(&app), "Putin · quote 1/1");
    app.update(Action::NextMark);
    assert_eq!(position(&app), "Putin · quote 1/1");
}

#[test]
fn an_entity_that_is_a_source_lists_its_quotes() {
    let app = App::new(vec![visit()]);
    assert_eq!(app.quotes_by(0), [0]);
    assert!(app.quotes_by(2).is_empty());
    let seed = seed_app(120, 40);
    let sana = entity(&seed, "SANA");
    assert_eq!(seed.quotes_by(sana).len(), 1);
}

#[test]
fn tab_cycles_the_visible_panes_both_ways() {
    let mut app = three_app(120, 40);
    assert_eq!(app.focus(), Pane::Article);
    let mut seen = vec![];
    for _ in 0..4 {
        app.update(Action::FocusNext);
        seen.push(app.focus());
    }
    assert_eq!(
        seen,
        [Pane::Entities, Pane::Quotes, Pane::Briefings, Pane::Article]
    );
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus(), Pane::Briefings);
    // With one briefing the list is hidden and skipped.
    let mut single = seed_app(120, 40);
    assert!(!single.shows_briefings());
    for _ in 0..3 {
        single.update(Action::FocusNext);
        assert_ne!(single.focus(), Pane::Briefings);
    }
}

#[test]
fn b_toggles_the_briefing_list() {
    let mut app = three_app(120, 40);
    assert!(app.shows_briefings());
    app.update(Action::FocusPrevious);
    assert_eq!(app.focus(), Pane::Briefings);
    app.update(Action::ToggleBriefings);
    assert!(!app.shows_briefings());
    assert_eq!(app.focus(), Pane::Article);
    assert!(app.screen().briefings.is_none());
    let mut single = seed_app(120, 40);
    single.update(Action::ToggleBriefings);
    assert!(single.screen().briefings.is_some());
}

#[test]
fn article_scrolling_keys_move_the_reading_position() {
    let mut app = seed_app(80, 24);
    let page = app.article_height();
    app.update(Action::Down);
    assert_eq!(app.top_row(), 1);
    app.update(Action::Up);
    assert_eq!(app.top_row(), 0);
    app.update(Action::PageDown);
    assert_eq!(app.top_row(), page - 2, "two rows of overlap");
    app.update(Action::PageUp);
    assert_eq!(app.top_row(), 0);
    app.update(Action::HalfPageDown);
    assert_eq!(app.top_row(), page / 2);
    app.update(Action::HalfPageUp);
    assert_eq!(app.top_row(), 0);
    app.update(Action::Bottom);
    assert_eq!(app.top_row(), app.layout().len() - page);
    app.update(Action::Down);
    assert_eq!(
        app.top_row(),
        app.layout().len() - page,
        "scrolled past the end"
    );
    app.update(Action::Top);
    assert_eq!(app.top_row(), 0);
    assert_eq!(app.anchor(), 0);
}

#[test]
fn list_moves_skip_kind_headings_and_stop_at_the_ends() {
    let mut app = seed_app(120, 40);
    app.update(Action::FocusNext);
    assert_eq!(app.focus(), Pane::Entities);
    let first = app.selected_entity();
    assert!(matches!(app.entity_rows()[0], EntityRow::Heading { .. }));
    app.update(Action::Up);
    assert_eq!(app.selected_entity(), first);
    // The most-mentioned person comes first.
    assert_eq!(app.entity(first.unwrap()).unwrap().name, "Ahmed al-Shara’a");
    app.update(Action::Bottom);
    let last_entity = app.entity_rows().iter().rev().find_map(|r| match r {
        EntityRow::Entity(i) => Some(*i),
        _ => None,
    });
    assert_eq!(app.selected_entity(), last_entity);
    app.update(Action::Top);
    assert_eq!(app.selected_entity(), first);
    app.update(Action::PageDown);
    app.update(Action::HalfPageUp);
    assert!(app.selected_entity().is_some());
}

#[test]
fn briefings_switch_with_next_and_previous_and_keep_their_reading_positions() {
    let mut app = three_app(120, 40);
    app.update(Action::Down);
    app.update(Action::Down);
    let seed_anchor = app.anchor();
    assert!(seed_anchor > 0);
    app.update(Action::NextBriefing);
    assert_eq!(app.current_index(), 1);
    assert_eq!(app.anchor(), 0);
    app.update(Action::PreviousBriefing);
    assert_eq!(app.current_index(), 0);
    assert_eq!(app.anchor(), seed_anchor);
    app.update(Action::PreviousBriefing);
    assert_eq!(app.current_index(), 2, "wraps around");
    let mut single = seed_app(120, 40);
    single.update(Action::NextBriefing);
    assert_eq!(single.current_index(), 0);
    assert!(single.message().is_some());
}

#[test]
fn moving_in_the_briefing_list_shows_that_briefing_and_enter_reads_it() {
    let mut app = three_app(120, 40);
    app.update(Action::FocusPrevious);
    app.update(Action::Down);
    assert_eq!(app.current_index(), 1);
    app.update(Action::Activate);
    assert_eq!(app.focus(), Pane::Article);
}

#[test]
fn t_toggles_tinting_m_the_mouse_c_the_concordance() {
    let mut app = seed_app(120, 40);
    assert!(app.tint());
    app.update(Action::ToggleTint);
    assert!(!app.tint());
    assert!(!app.mouse());
    app.update(Action::ToggleMouse);
    assert!(app.mouse());
    assert_eq!(app.message(), Some("mouse on"));
    assert!(!app.context_lines());
    app.update(Action::ToggleContext);
    assert!(app.context_lines());
}

#[test]
fn help_opens_filters_scrolls_and_closes_without_quitting() {
    let mut app = seed_app(120, 40);
    app.update(Action::ToggleHelp);
    assert!(app.help().is_some());
    app.update(Action::Down);
    assert_eq!(app.help().unwrap().scroll, 1);
    app.update(Action::Search);
    assert_eq!(app.input().unwrap().target, InputTarget::HelpFilter);
    for c in "briefing".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Submit);
    assert_eq!(app.help().unwrap().filter, "briefing");
    let lines = briefing::ui::help::lines(&app);
    assert!(!lines.is_empty() && lines.iter().all(|l| l.to_lowercase().contains('b')));
    assert!(lines.iter().any(|l| l.contains("next briefing")));
    app.update(Action::Quit);
    assert!(app.help().is_none());
    assert!(!app.should_quit());
    app.update(Action::Quit);
    assert!(app.should_quit());
}

#[test]
fn search_highlights_hits_and_counts_them() {
    let mut app = seed_app(120, 40);
    app.update(Action::Search);
    for c in "moscow".chars() {
        app.update(Action::Type(c));
    }
    let expected = app.briefing().text.to_lowercase().matches("moscow").count();
    assert_eq!(app.search().unwrap().total(), Some(expected));
    app.update(Action::Submit);
    assert!(app.input().is_none());
    assert_eq!(app.lit(), Some(&Lit::Search));
    app.update(Action::NextMark);
    let status = |app: &App| briefing::ui::status::left_parts(app).join(" ");
    assert!(status(&app).contains(&format!("/moscow 2/{expected}")));
    app.update(Action::PreviousMark);
    app.update(Action::PreviousMark);
    assert!(
        status(&app).contains(&format!("/moscow {expected}/{expected}")),
        "wraps backwards: {}",
        status(&app)
    );
    app.update(Action::Clear);
    assert!(app.search().is_none());
    assert!(app.lit().is_none());
}

#[test]
fn escape_while_typing_a_search_cancels_it_and_backspace_edits() {
    let mut app = seed_app(120, 40);
    app.update(Action::Search);
    app.update(Action::Type('x'));
    app.update(Action::Type('q'));
    assert_eq!(app.search().unwrap().total(), Some(0));
    app.update(Action::Backspace);
    assert_eq!(app.input().unwrap().text, "x");
    app.update(Action::Clear);
    assert!(app.input().is_none() && app.search().is_none());
}

#[test]
fn slash_in_a_list_filters_it_fuzzily() {
    let mut app = seed_app(120, 40);
    app.update(Action::FocusNext);
    app.update(Action::Search);
    for c in "shr".chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Submit);
    let names: Vec<String> = app
        .entity_rows()
        .iter()
        .filter_map(|r| match r {
            EntityRow::Entity(i) => Some(app.entity(*i).unwrap().name.clone()),
            _ => None,
        })
        .collect();
    assert!(names.contains(&"Ahmed al-Shara’a".to_string()));
    assert!(!names.contains(&"Moscow".to_string()));
    assert_eq!(app.filters().entities, "shr");
    // Esc while editing the reopened filter puts back the kept one.
    app.update(Action::Search);
    assert_eq!(
        app.input().unwrap().text,
        "shr",
        "/ opens the kept filter to edit"
    );
    app.update(Action::Type('x'));
    app.update(Action::Clear);
    assert_eq!(app.filters().entities, "shr");
    // Esc on the filtered list clears the kept filter.
    app.update(Action::Clear);
    assert_eq!(app.filters().entities, "");
    assert!(app.entity_rows().len() > names.len());
}

#[test]
fn list_filters_rank_word_starts_first_and_say_when_nothing_matches() {
    let mut app = seed_app(120, 40);
    while app.focus() != Pane::Entities {
        app.update(Action::FocusNext);
    }
    press(&mut app, &["/", "s", "h", "a", "r", "a", "'", "a"]);
    let first = app.entity_rows().iter().find_map(|r| match r {
        EntityRow::Entity(i) => Some(app.entity(*i).unwrap().name.clone()),
        _ => None,
    });
    assert_eq!(
        first.as_deref(),
        Some("Ahmed al-Shara’a"),
        "folded and ranked"
    );
    press(&mut app, &["C-u", "z", "q", "x", "j", "Enter"]);
    assert!(app.entity_rows().is_empty());
    let screen = screen_text(&app, &briefing::ui::theme::Theme::no_color());
    assert!(screen.contains("nothing matches the filter"), "{screen}");
    press(&mut app, &["Esc"]);
    assert!(!app.entity_rows().is_empty());
}

#[test]
fn e_selects_the_entity_at_the_reading_position() {
    let mut app = seed_app(120, 40);
    app.update(Action::EntityAtReading);
    let first = app.mentions()[0];
    assert_eq!(app.selected_entity(), Some(first.1));
    assert_eq!(app.lit(), Some(&Lit::Entity(first.1)));
    assert_eq!(app.current_target(), Some(first.0));
    // From a walk, e picks the entity at the current mention.
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    while app.focus() != Pane::Article {
        app.update(Action::FocusNext);
    }
    app.update(Action::EntityAtReading);
    assert_eq!(app.selected_entity(), Some(entity(&app, "Vladimir Putin")));
    assert_eq!(position(&app), "PER Vladimir Putin · mention 2/4");
}

#[test]
fn o_jumps_to_the_entity_in_the_next_briefing_naming_it_by_alias() {
    let mut app = three_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    let sharaa = entity(&app, "Ahmed al-Shara’a");
    assert_eq!(app.also_in(sharaa), [1]);
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 1);
    assert_eq!(app.lit(), Some(&Lit::Entity(1)));
    assert_eq!(position(&app), "PER Sharaa · mention 1/1");
    // And back: wrapping round to the seed.
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 0);
    assert_eq!(
        app.entity(app.selected_entity().unwrap()).unwrap().name,
        "Ahmed al-Shara’a"
    );
    select_entity(&mut app, "Iran");
    app.update(Action::OtherBriefing);
    assert_eq!(app.current_index(), 0);
    assert!(app.message().unwrap().contains("no other briefing"));
}

#[test]
fn y_copies_the_selection() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Copy);
    assert_eq!(app.take_clipboard().as_deref(), Some("Vladimir Putin"));
    assert!(app.take_clipboard().is_none());
    app.update(Action::FocusNext);
    app.update(Action::Down);
    app.update(Action::Copy);
    let copied = app.take_clipboard().unwrap();
    let QuoteRow::Quote(index) = app.selected_quote().unwrap().clone() else {
        panic!("not on a quote");
    };
    let quote = app.briefing().quotes()[index].clone();
    let source = briefing::app::lists::source_name(app.briefing(), &quote);
    assert_eq!(
        copied,
        format!("“{}” — {source}", app.briefing().slice(quote.inner()))
    );
    assert!(app.message().unwrap().starts_with("copied"));
}

#[test]
fn y_on_a_source_heading_copies_nothing_and_says_so() {
    let mut app = seed_app(120, 40);
    while app.focus() != Pane::Quotes {
        app.update(Action::FocusNext);
    }
    app.update(Action::Top);
    assert!(matches!(
        app.selected_quote(),
        Some(QuoteRow::Source { .. })
    ));
    app.update(Action::Copy);
    assert!(app.take_clipboard().is_none());
    assert!(
        app.message()
            .unwrap()
            .contains("select one of its quotations")
    );
}

#[test]
fn y_in_the_article_copies_the_lit_mention_without_marks() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    let span = app.current_target().unwrap();
    while app.focus() != Pane::Article {
        app.update(Action::FocusNext);
    }
    app.update(Action::Copy);
    assert_eq!(
        app.take_clipboard().as_deref(),
        Some(span.slice(&app.briefing().text))
    );
}

#[test]
fn escape_clears_the_highlight_and_the_message() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Syria");
    app.update(Action::Activate);
    app.update(Action::ToggleMouse);
    app.update(Action::Clear);
    assert!(app.lit().is_none());
    assert!(app.message().is_none());
}

#[test]
fn resize_keeps_the_reading_place() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    app.update(Action::NextMark);
    let mention = app.current_target().unwrap();
    for (width, height) in [(80, 24), (40, 12), (200, 60), (120, 40)] {
        app.update(Action::Resize { width, height });
        assert!(on_screen(&app, mention), "{width}x{height}");
        assert!(app.anchor() <= mention.start);
    }
    // A plain scroll position is kept as the byte at the top.
    let mut app = seed_app(120, 40);
    app.update(Action::Down);
    app.update(Action::Down);
    let anchor = app.anchor();
    app.update(Action::Resize {
        width: 60,
        height: 40,
    });
    let row = app.layout().rows()[app.top_row()];
    assert!(row.start <= anchor && anchor <= row.end, "{row:?} {anchor}");
}

#[test]
fn any_size_is_accepted() {
    let mut app = three_app(120, 40);
    for (width, height) in [(1, 1), (0, 0), (39, 9), (40, 10), (2, 200), (500, 3)] {
        app.update(Action::Resize { width, height });
        app.update(Action::PageDown);
        app.update(Action::NextMark);
        app.update(Action::EntityAtReading);
    }
}

#[test]
fn mouse_clicks_focus_and_select_only_when_the_mouse_is_on() {
    let mut app = seed_app(120, 40);
    let list = app.entity_list_area().unwrap();
    app.update(Action::Click {
        column: list.x + 2,
        row: list.y + 3,
    });
    assert_eq!(app.focus(), Pane::Article, "mouse is off by default");
    app.update(Action::ToggleMouse);
    app.update(Action::Click {
        column: list.x + 2,
        row: list.y + 3,
    });
    assert_eq!(app.focus(), Pane::Entities);
    let EntityRow::Entity(clicked) = app.entity_rows()[3].clone() else {
        panic!("row 3 is a heading")
    };
    assert_eq!(app.selected_entity(), Some(clicked));
    // A click on a mention in the article selects and lights its entity.
    let text = app.article_area().text;
    app.update(Action::Click {
        column: text.x + 18,
        row: text.y,
    });
    assert_eq!(app.focus(), Pane::Article);
    assert_eq!(
        app.lit(),
        Some(&Lit::Entity(entity(&app, "Ahmed al-Shara’a")))
    );
    // The wheel scrolls the pane under the pointer.
    app.update(Action::Wheel {
        column: text.x,
        row: text.y,
        down: true,
    });
    assert_eq!(app.top_row(), 3);
}

#[test]
fn annotations_arriving_later_keep_the_selection_and_place() {
    let seed = seed();
    let mut app = App::pending(vec![briefing::model::Document {
        id: seed.id.clone(),
        path: seed.path.clone(),
        text: seed.text.to_string(),
        meta: None,
    }]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert_eq!(app.extracted_count(), 0);
    assert!(app.entity_rows().is_empty());
    app.update(Action::Down);
    let anchor = app.anchor();
    app.set_annotations(0, seed.annotations.clone());
    assert_eq!(app.extracted_count(), 1);
    assert_eq!(app.anchor(), anchor);
    select_entity(&mut app, "Moscow");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    // A re-extraction (say the file changed) finds Moscow again by name.
    let mut reordered = seed.clone();
    reordered.annotations.entities.reverse();
    app.replace_briefing(0, reordered);
    let moscow = entity(&app, "Moscow");
    assert_eq!(app.selected_entity(), Some(moscow));
    assert_eq!(app.lit(), Some(&Lit::Entity(moscow)));
    assert_eq!(position(&app), "LOC Moscow · mention 2/8");
}

#[test]
fn keys_route_through_the_table_and_typing_goes_to_the_input() {
    let mut app = three_app(120, 40);
    press(&mut app, &["J"]);
    assert_eq!(app.current_index(), 1);
    press(&mut app, &["["]);
    assert_eq!(app.current_index(), 0);
    press(&mut app, &["/", "q", "Backspace", "P", "u", "t", "Enter"]);
    assert_eq!(app.search().unwrap().query, "Put");
    assert!(!app.should_quit(), "q typed into the search must not quit");
    press(&mut app, &["Esc", "Tab", "Enter"]);
    assert_eq!(
        app.lit(),
        Some(&Lit::Entity(entity(&app, "Ahmed al-Shara’a")))
    );
    press(&mut app, &["C-d", "S-Tab", "e"]);
    assert_eq!(app.focus(), Pane::Article);
    press(&mut app, &["?", "q", "q"]);
    assert!(app.should_quit());
}

#[test]
fn a_message_lasts_until_the_next_key_which_may_bring_its_own() {
    let mut app = three_app(120, 40);
    app.set_message("reloaded visit.txt");
    press(&mut app, &["j"]);
    assert_eq!(app.message(), None);
    press(&mut app, &["m"]);
    assert_eq!(app.message(), Some("mouse on"));
}

/// Types `/query` in the article and returns what the search lit, as text.
fn search_for(app: &mut App, query: &str) -> Vec<String> {
    while app.focus() != Pane::Article {
        app.update(Action::FocusNext);
    }
    app.update(Action::Clear);
    app.update(Action::Search);
    for c in query.chars() {
        app.update(Action::Type(c));
    }
    app.update(Action::Submit);
    let text = app.briefing().text.clone();
    let all = Span::new(0, text.len());
    app.search()
        .unwrap()
        .hits_in(&text, all)
        .iter()
        .map(|hit| hit.slice(&text).to_string())
        .collect()
}

#[test]
fn search_finds_what_the_reader_typed_on_a_plain_keyboard() {
    let mut app = seed_app(120, 40);
    assert_eq!(search_for(&mut app, "al-shara'a"), ["al-Shara’a"]);
    assert_eq!(search_for(&mut app, "sharaa's"), ["Sharaa’s"]);
    assert_eq!(search_for(&mut app, "\"sharaa"), ["“Sharaa"]);
    let mut app = App::new(vec![weather_in_zurich()]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert_eq!(search_for(&mut app, "zurich"), ["Zürich", "ZURICH"]);
    assert_eq!(search_for(&mut app, "\"we will"), ["“We will"]);
    assert_eq!(search_for(&mut app, "1990-95"), ["1990–95"]);
}

fn weather_in_zurich() -> briefing::model::Briefing {
    briefing::model::Briefing::from_document(briefing::model::Document {
        id: "zurich".into(),
        path: "zurich.txt".into(),
        text: "Rain in Zürich, as in 1990–95. “We will stay,” said ZURICH police.".into(),
        meta: None,
    })
}

#[test]
fn a_search_on_a_long_article_walks_and_counts_every_hit() {
    // Three megabytes: counted off the UI thread, walked without listing the hits.
    let paragraph = "Officials in Zürich said the talks would go on. Nothing else.\n";
    let text = paragraph.repeat(3_000_000 / paragraph.len());
    let expected = text.matches("Zürich").count();
    let mut app = App::new(vec![briefing::model::Briefing::from_document(
        briefing::model::Document {
            id: "long".into(),
            path: "long.txt".into(),
            text,
            meta: None,
        },
    )]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    press(&mut app, &["/", "z", "u", "r", "i", "c", "h", "Enter"]);
    assert!(
        app.current_target().is_some(),
        "the first hit is found at once"
    );
    app.finish_background();
    assert_eq!(app.search().unwrap().total(), Some(expected));
    press(&mut app, &["G", "N"]);
    let status = briefing::ui::status::left_parts(&app).join(" ");
    assert!(
        status.contains(&format!("/zurich {expected}/{expected}")),
        "{status}"
    );
    press(&mut app, &["n"]);
    let status = briefing::ui::status::left_parts(&app).join(" ");
    assert!(
        status.contains(&format!("/zurich 1/{expected}")),
        "{status}"
    );
}

#[test]
fn h_and_l_move_between_panes_left_to_right() {
    let mut app = three_app(120, 40);
    assert_eq!(app.focus(), Pane::Article);
    press(&mut app, &["l"]);
    assert_eq!(app.focus(), Pane::Entities);
    press(&mut app, &["l"]);
    assert_eq!(
        app.focus(),
        Pane::Entities,
        "nothing right of the side panes"
    );
    press(&mut app, &["h", "h"]);
    assert_eq!(app.focus(), Pane::Briefings);
    press(&mut app, &["Right", "Tab", "Tab", "Left"]);
    assert_eq!(app.focus(), Pane::Article);
    press(&mut app, &["Right"]);
    assert_eq!(app.focus(), Pane::Quotes, "the side pane last shown");
}

#[test]
fn paging_keeps_two_rows_and_the_readout_names_the_first_row_shown() {
    let mut app = seed_app(80, 24);
    let height = app.article_height();
    assert!(
        position(&app).contains(&format!("row 1–{height} of")),
        "{}",
        position(&app)
    );
    app.update(Action::PageDown);
    assert_eq!(app.top_row(), height - 2);
    assert!(
        position(&app).contains(&format!("row {}–", height - 1)),
        "{}",
        position(&app)
    );
}

#[test]
fn escape_after_an_incremental_search_goes_back_to_where_it_started() {
    let mut app = seed_app(80, 24);
    app.update(Action::PageDown);
    let start = app.anchor();
    press(&mut app, &["/", "a", "l", "-", "s", "h", "a", "r", "a"]);
    assert_ne!(app.anchor(), start, "the search scrolled to its hit");
    press(&mut app, &["Esc"]);
    assert_eq!(app.anchor(), start);
    assert!(app.search().is_none());
}

#[test]
fn counts_of_one_are_singular_and_the_selection_shows_in_a_list() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    // Moving in the list shows what is selected, and what stays lit after it.
    let lone = app
        .entity_rows()
        .iter()
        .find_map(|r| match r {
            EntityRow::Entity(i) if app.entity(*i).unwrap().mentions.len() == 1 => Some(*i),
            _ => None,
        })
        .unwrap();
    let name = app.entity(lone).unwrap().name.clone();
    select_entity(&mut app, &name);
    let shown = position(&app);
    assert!(shown.contains(&format!("{name} · 1 mention")), "{shown}");
    assert!(!shown.contains("1 mentions"), "{shown}");
    assert!(
        shown.contains("lit: PER Ahmed al-Shara’a · mention 1/11"),
        "{shown}"
    );
}

#[test]
fn the_briefing_list_tells_briefings_apart() {
    let empty = briefing::model::Briefing::from_document(briefing::model::Document {
        id: "empty".into(),
        path: "/news/empty-file.txt".into(),
        text: String::new(),
        meta: None,
    });
    let mut app = App::new(vec![seed(), empty]);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert_eq!(app.slot(1).unwrap().briefing.title, "empty-file.txt");
    let screen = screen_text(&app, &briefing::ui::theme::Theme::no_color());
    assert!(screen.contains("empty-file.txt"), "{screen}");
    assert!(
        screen.contains("e 4q") || screen.contains("e 3q"),
        "{screen}"
    );
    let narrow = app.screen().briefings.unwrap().width;
    press(&mut app, &[">", ">"]);
    assert_eq!(app.screen().briefings.unwrap().width, narrow + 8);
    press(&mut app, &["<"]);
    assert_eq!(app.screen().briefings.unwrap().width, narrow + 4);
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    assert!(app.screen().briefings.unwrap().width > narrow + 4);
}

#[test]
fn s_cycles_the_entity_order_and_dates_stay_in_time_order() {
    let mut app = seed_app(120, 40);
    while app.focus() != Pane::Entities {
        app.update(Action::FocusNext);
    }
    let people = |app: &App| -> Vec<(String, usize)> {
        app.entity_rows()
            .iter()
            .filter_map(|r| match r {
                EntityRow::Entity(i) => {
                    let e = app.entity(*i).unwrap();
                    (e.kind == briefing::model::Kind::Person)
                        .then(|| (e.name.clone(), e.mentions[0].start))
                }
                _ => None,
            })
            .collect()
    };
    let dates = |app: &App| -> Vec<String> {
        app.entity_rows()
            .iter()
            .filter_map(|r| match r {
                EntityRow::Entity(i) => {
                    let e = app.entity(*i).unwrap();
                    (e.kind == briefing::model::Kind::Date).then(|| e.name.clone())
                }
                _ => None,
            })
            .collect()
    };
    let in_time_order = |names: &[String]| {
        names
            .windows(2)
            .all(|w| briefing::app::lists::time_key(&w[0]) <= briefing::app::lists::time_key(&w[1]))
    };
    assert!(in_time_order(&dates(&app)), "{:?}", dates(&app));
    press(&mut app, &["s"]);
    let by_name: Vec<String> = people(&app).into_iter().map(|p| p.0).collect();
    let mut sorted = by_name.clone();
    sorted.sort_by_key(|n| briefing::text::fold::fold_str(n));
    assert_eq!(by_name, sorted);
    assert!(app.message().unwrap().contains("by name"));
    press(&mut app, &["s"]);
    let starts: Vec<usize> = people(&app).into_iter().map(|p| p.1).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    assert!(in_time_order(&dates(&app)));
    press(&mut app, &["s"]);
    assert!(app.message().unwrap().contains("by mentions"));
}

#[test]
fn s_in_the_briefing_list_sorts_by_file_name_title_or_quotations() {
    let mut app = three_app(120, 40);
    while app.focus() != Pane::Briefings {
        app.update(Action::FocusNext);
    }
    let titles = |app: &App| -> Vec<String> {
        app.briefing_rows()
            .iter()
            .map(|&i| app.slot(i).unwrap().briefing.title.clone())
            .collect()
    };
    assert_eq!(app.briefing_rows(), [0, 1, 2]);
    press(&mut app, &["s"]);
    let by_title = titles(&app);
    let mut sorted = by_title.clone();
    sorted.sort_by_key(|t| briefing::text::fold::fold_str(t));
    assert_eq!(by_title, sorted);
    press(&mut app, &["s"]);
    let quotes: Vec<usize> = app
        .briefing_rows()
        .iter()
        .map(|&i| app.slot(i).unwrap().briefing.quotes().len())
        .collect();
    assert!(quotes.windows(2).all(|w| w[0] >= w[1]), "{quotes:?}");
    assert!(app.message().unwrap().contains("by quotations"));
    press(&mut app, &["s"]);
    assert_eq!(app.briefing_rows(), [0, 1, 2]);
}

#[test]
fn a_briefing_read_later_takes_its_place_in_the_title_order() {
    use std::sync::Arc;
    let first = briefing::model::Document {
        id: "m".into(),
        path: "m.txt".into(),
        text: "Middle title here.\n\nSome words.".into(),
        meta: None,
    };
    let mut app = App::opening(
        vec![first],
        vec!["/news/z-late.txt".into(), "/news/y-later.txt".into()],
    );
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    while app.focus() != Pane::Briefings {
        app.update(Action::FocusNext);
    }
    press(&mut app, &["s"]);
    app.file_read(
        1,
        Ok(Arc::new("Another title first.\n\nWords.".to_string())),
    );
    app.file_read(2, Ok(Arc::new("Zebra title last.\n\nWords.".to_string())));
    let titles: Vec<String> = app
        .briefing_rows()
        .iter()
        .map(|&i| app.slot(i).unwrap().briefing.title.clone())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| briefing::text::fold::fold_str(t));
    assert_eq!(titles, sorted);
    assert_eq!(app.briefing_rows()[0], 1, "{titles:?}");
}
