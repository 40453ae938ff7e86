//! Views rendered into a `TestBackend`: text snapshots at 120×40, 80×24 and 40×12, and the
//! highlight styles checked on the cells themselves (a text snapshot drops colours), under the
//! default theme and under `NO_COLOR`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use briefing::app::{Action, App, Lit, Pane, QuoteRow};
use briefing::text::layout::glyphs;
use briefing::ui::{self, theme::Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use ui_common::*;

fn draw(app: &App, theme: &Theme) -> Terminal<TestBackend> {
    let area = app.area();
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|frame| ui::render(app, theme, frame))
        .unwrap();
    terminal
}

fn buffer(app: &App, theme: &Theme) -> Buffer {
    draw(app, theme).backend().buffer().clone()
}

/// The cell showing byte `offset` of the article, which must be on screen.
fn cell_at<'b>(app: &App, buf: &'b Buffer, offset: usize) -> &'b Cell {
    let text = app.article_area().text;
    let row_index = app.layout().row_of(offset);
    assert!(
        row_index >= app.top_row(),
        "offset {offset} is above the screen"
    );
    let y = text.y + (row_index - app.top_row()) as u16;
    assert!(y < text.bottom(), "offset {offset} is below the screen");
    let row = app.layout().rows()[row_index];
    let x: usize = glyphs(&app.briefing().text, row.start, offset)
        .map(|g| g.width)
        .sum();
    &buf[(text.x + x as u16, y)]
}

/// The screen row showing byte `offset` of the article.
fn screen_row(app: &App, offset: usize) -> u16 {
    app.article_area().text.y + (app.layout().row_of(offset) - app.top_row()) as u16
}

/// Al-Shara’a lit and walked to his third mention.
fn walking_sharaa(app: &mut App) {
    select_entity(app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    app.update(Action::NextMark);
}

/// SANA's quote selected in the quote pane.
fn sana_quote(app: &mut App) -> usize {
    while app.focus() != Pane::Quotes {
        app.update(Action::FocusNext);
    }
    app.update(Action::Top);
    for _ in 0..app.quote_rows().len() {
        if let Some(QuoteRow::Quote(i)) = app.selected_quote() {
            let quote = &app.briefing().quotes()[*i];
            if quote
                .source()
                .is_some_and(|s| app.briefing().slice(s.span) == "SANA")
            {
                return *i;
            }
        }
        app.update(Action::Down);
    }
    panic!("no SANA quote");
}

#[test]
fn snapshot_wide_walking_a_person() {
    let mut app = three_app(120, 40);
    walking_sharaa(&mut app);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn snapshot_standard_with_a_quote_lit() {
    let mut app = seed_app(80, 24);
    sana_quote(&mut app);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn snapshot_small_searching() {
    let mut app = three_app(40, 12);
    press(&mut app, &["/", "m", "o", "s", "c", "o", "w", "Enter", "n"]);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn snapshot_entity_details_with_context_lines() {
    let mut app = three_app(120, 40);
    walking_sharaa(&mut app);
    app.update(Action::ToggleContext);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn snapshot_help_overlay() {
    let mut app = seed_app(80, 24);
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn snapshot_too_small() {
    let app = seed_app(39, 9);
    insta::assert_snapshot!(draw(&app, &Theme::ansi()).backend());
}

#[test]
fn every_size_renders_without_panicking() {
    let mut app = three_app(120, 40);
    walking_sharaa(&mut app);
    app.update(Action::ToggleHelp);
    for width in [1, 2, 5, 20, 39, 40, 41, 60, 99, 100, 101, 160] {
        for height in [1, 2, 5, 9, 10, 11, 24, 50] {
            app.update(Action::Resize { width, height });
            let _ = buffer(&app, &Theme::ansi());
            let _ = buffer(&app, &Theme::no_color());
        }
    }
}

#[test]
fn the_lit_entity_and_the_current_mention_are_styled_on_their_cells() {
    let mut app = seed_app(120, 40);
    walking_sharaa(&mut app);
    let theme = Theme::ansi();
    let buf = buffer(&app, &theme);
    let mentions = app.targets();
    let current = app.current_target().unwrap();
    assert_eq!(current, mentions[2]);
    let lit = cell_at(&app, &buf, mentions[1].start);
    assert_eq!((lit.fg, lit.bg), (Color::Black, Color::Yellow));
    assert!(lit.modifier.contains(Modifier::BOLD));
    // Every cell of the current mention, not just the first.
    for offset in current.start..current.end {
        if app.briefing().text.is_char_boundary(offset) {
            assert_eq!(cell_at(&app, &buf, offset).bg, Color::LightRed);
        }
    }
    // Another person keeps the kind tint; plain text stays plain.
    let putin = app.briefing().entities()[entity(&app, "Vladimir Putin")].mentions[0];
    assert_eq!(cell_at(&app, &buf, putin.start).fg, Color::Cyan);
    let arrived = app.briefing().text.find("arrived").unwrap();
    assert_eq!(
        cell_at(&app, &buf, arrived).fg,
        Color::Reset,
        "plain text stays plain"
    );
    // The scrollbar marks each mention, the current one differently.
    let bar = app.article_area().scrollbar;
    let marks: Vec<&str> = (bar.y..bar.bottom())
        .map(|y| buf[(bar.x, y)].symbol())
        .collect();
    assert!(marks.contains(&"◆") && marks.contains(&"•"), "{marks:?}");
}

#[test]
fn a_lit_quote_and_its_source_use_one_colour_family_apart_from_entities() {
    let mut app = seed_app(120, 40);
    let index = sana_quote(&mut app);
    let theme = Theme::ansi();
    let buf = buffer(&app, &theme);
    let quote = app.briefing().quotes()[index].clone();
    let source = quote.source().unwrap().span;
    let scheduled = app.briefing().text.find("scheduled").unwrap();
    assert!(quote.inner().contains(scheduled));
    let inside = cell_at(&app, &buf, scheduled);
    assert_eq!(inside.bg, Color::LightGreen);
    let named = cell_at(&app, &buf, source.start);
    assert_eq!(named.bg, Color::Green);
    assert!(
        named
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
    let cue = cell_at(&app, &buf, quote.cue().unwrap().start);
    assert_eq!(cue.bg, Color::Green);
    let via = cell_at(&app, &buf, quote.via()[0].span.start);
    assert_eq!(via.bg, Color::Green);
    // Entity highlights are yellow and red: the quote family never uses them.
    for bg in [inside.bg, named.bg, cue.bg] {
        assert!(![theme.selected.bg, theme.current.bg].contains(&Some(bg)));
    }
    // The gutter marks the quotation's rows.
    let gutter = app.article_area().gutter;
    let y = screen_row(&app, scheduled);
    assert_eq!(buf[(gutter.x, y)].symbol(), "▌");
    // An unlit quotation is italic.
    let other = app
        .briefing()
        .quotes()
        .iter()
        .find(|q| q.span() != quote.span())
        .unwrap();
    let row = app.layout().row_of(other.inner().start);
    if row >= app.top_row() && row < app.top_row() + app.article_height() {
        assert!(
            cell_at(&app, &buf, other.inner().start + 1)
                .modifier
                .contains(Modifier::ITALIC)
        );
    }
}

#[test]
fn focus_mode_keeps_only_the_selection_lit() {
    let mut app = seed_app(120, 40);
    walking_sharaa(&mut app);
    app.update(Action::ToggleTint);
    let buf = buffer(&app, &Theme::ansi());
    let putin = app.briefing().entities()[entity(&app, "Vladimir Putin")].mentions[0];
    assert_eq!(cell_at(&app, &buf, putin.start).fg, Color::Reset);
    assert_eq!(
        cell_at(&app, &buf, app.targets()[1].start).bg,
        Color::Yellow
    );
    assert_eq!(
        cell_at(&app, &buf, app.current_target().unwrap().start).bg,
        Color::LightRed
    );
}

#[test]
fn no_color_uses_no_colour_and_every_highlight_stays_visible() {
    let theme = Theme::no_color();
    let mut app = seed_app(120, 40);
    walking_sharaa(&mut app);
    let buf = buffer(&app, &theme);
    for cell in buf.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    let lit = cell_at(&app, &buf, app.targets()[1].start).modifier;
    let current = cell_at(&app, &buf, app.current_target().unwrap().start).modifier;
    let arrived = app.briefing().text.find("arrived").unwrap();
    let plain = cell_at(&app, &buf, arrived).modifier;
    assert!(lit.contains(Modifier::REVERSED));
    assert!(current.contains(Modifier::REVERSED));
    assert_ne!(lit, current);
    assert_eq!(plain, Modifier::empty());

    let mut app = seed_app(120, 40);
    let index = sana_quote(&mut app);
    let buf = buffer(&app, &theme);
    let quote = app.briefing().quotes()[index].clone();
    let scheduled = app.briefing().text.find("scheduled").unwrap();
    let inside = cell_at(&app, &buf, scheduled).modifier;
    let source = cell_at(&app, &buf, quote.source().unwrap().span.start).modifier;
    assert!(inside.contains(Modifier::UNDERLINED));
    assert!(source.contains(Modifier::REVERSED));
    assert_ne!(inside, source);
    assert_ne!(
        inside,
        Modifier::ITALIC,
        "a lit quote differs from an unlit one"
    );
}

#[test]
fn search_hits_are_lit_and_the_status_bar_counts_them() {
    let mut app = seed_app(120, 40);
    press(&mut app, &["/", "m", "o", "s", "c", "o", "w", "Enter"]);
    let buf = buffer(&app, &Theme::ansi());
    let hits = briefing::app::search::find_all(&app.briefing().text, "moscow");
    assert_eq!(
        cell_at(&app, &buf, app.current_target().unwrap().start).bg,
        Color::LightRed
    );
    let other = hits
        .iter()
        .find(|h| Some(**h) != app.current_target())
        .unwrap();
    let row = app.layout().row_of(other.start);
    if row < app.top_row() + app.article_height() {
        assert_eq!(cell_at(&app, &buf, other.start).bg, Color::Cyan);
    }
    let status_row = app.screen().status.y;
    let status: String = (0..120)
        .map(|x| buf[(x, status_row)].symbol().to_string())
        .collect();
    assert!(
        status.contains(&format!("/moscow 1/{}", hits.len())),
        "{status}"
    );
    assert_eq!(app.lit(), Some(&Lit::Search));
}

#[test]
fn the_status_bar_shows_the_focused_panes_hints_from_the_keymap() {
    let mut app = seed_app(120, 40);
    app.update(Action::FocusNext);
    let buf = buffer(&app, &Theme::ansi());
    let y = app.screen().status.y;
    let status: String = (0..120).map(|x| buf[(x, y)].symbol().to_string()).collect();
    assert!(status.contains("Enter light"), "{status}");
    assert!(status.contains("c context"), "{status}");
}

/// The entity pane's lines, as text, top to bottom.
fn entity_pane_lines(app: &App) -> Vec<String> {
    let buf = buffer(app, &Theme::no_color());
    let area = app.screen().entities.unwrap();
    (area.y..area.bottom())
        .map(|y| {
            (area.x..area.right())
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn moving_through_the_entity_list_moves_rows_only_as_the_list_scrolls() {
    for (width, height) in [(120, 40), (80, 24), (200, 60)] {
        let mut app = seed_app(width, height);
        while app.focus() != Pane::Entities {
            app.update(Action::FocusNext);
        }
        let list = app.entity_list_area().unwrap();
        let mut before = entity_pane_lines(&app);
        let mut offset = app.list_offset(Pane::Entities);
        let selectable = app
            .entity_rows()
            .iter()
            .filter(|r| matches!(r, briefing::app::EntityRow::Entity(_)))
            .count();
        for step in 0..selectable + 2 {
            app.update(if step <= selectable {
                Action::Down
            } else {
                Action::Up
            });
            assert_eq!(app.entity_list_area(), Some(list), "the list stays put");
            let after = entity_pane_lines(&app);
            let moved = app.list_offset(Pane::Entities) as isize - offset as isize;
            assert!(moved.abs() <= 2, "one step scrolls past at most a heading");
            // Each list row is where it was, shifted by the scroll; the selection marker aside,
            // compare the rows' names (everything after the two marker columns).
            let rows = usize::from(list.y - app.screen().entities.unwrap().y)
                ..usize::from(list.bottom() - app.screen().entities.unwrap().y);
            for line in rows.clone() {
                let from = line as isize + moved;
                if rows.contains(&(from as usize)) && from >= 0 {
                    let name = |l: &str| l.chars().skip(3).collect::<String>();
                    assert_eq!(
                        name(&after[line]),
                        name(&before[from as usize]),
                        "{width}x{height}, step {step}: row {line} moved"
                    );
                }
            }
            before = after;
            offset = app.list_offset(Pane::Entities);
        }
    }
}

#[test]
fn the_help_title_names_the_keys_bound_now() {
    use briefing::app::Key;
    use briefing::app::keymap::Keymap;
    let mut app = seed_app(120, 40);
    let mut keymap = Keymap::default();
    keymap.rebind(Action::Quit, &[Key::char('x')]);
    app.set_keymap(keymap);
    app.update(Action::ToggleHelp);
    let screen = screen_text(&app, &Theme::no_color());
    assert!(screen.contains("x close"), "{screen}");
    assert!(!screen.contains("q close"), "{screen}");
}

#[test]
fn the_concordance_aligns_mentions_and_enter_goes_to_the_selected_one() {
    let mut app = seed_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    press(&mut app, &["c"]);
    assert!(app.context_lines());
    let list = app.entity_list_area().unwrap();
    let sharaa = entity(&app, "Ahmed al-Shara’a");
    let mentions = app.briefing().entities()[sharaa].mentions.clone();
    let buf = buffer(&app, &Theme::ansi());
    // Every row's mention starts at the same column, in the lit style; nothing is red.
    let mut columns = Vec::new();
    for (row, mention) in mentions.iter().enumerate().take(usize::from(list.height)) {
        let y = list.y + row as u16;
        let first = (list.x..list.right())
            .find(|&x| buf[(x, y)].bg == Color::Yellow)
            .unwrap_or_else(|| panic!("row {row} has no lit mention"));
        let word: String = (first..list.right())
            .take_while(|&x| buf[(x, y)].bg == Color::Yellow)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        assert_eq!(word, mention.slice(&app.briefing().text), "row {row}");
        columns.push(first);
        for x in list.x..list.right() {
            assert_ne!(
                buf[(x, y)].bg,
                Color::LightRed,
                "an error-red cell at {x},{y}"
            );
        }
    }
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{columns:?}");
    // j moves the selected row; Enter lights the entity at that mention.
    press(&mut app, &["j", "j", "Enter"]);
    assert_eq!(app.concordance_row(), 2);
    assert_eq!(app.current_target(), Some(mentions[2]));
    assert_eq!(app.lit(), Some(&Lit::Entity(sharaa)));
    press(&mut app, &["Esc"]);
    assert!(!app.context_lines(), "Esc closes the concordance first");
    assert_eq!(app.lit(), Some(&Lit::Entity(sharaa)));
}

/// Under `NO_COLOR` the article's tints are gone: the status bar names the kind of the
/// mention being walked, so a place is told from a person without colour.
#[test]
fn no_color_status_bar_names_the_walked_mentions_kind() {
    let theme = Theme::no_color();
    let mut app = seed_app(120, 40);
    for (name, tag) in [("Ahmed al-Shara’a", "PER "), ("Moscow", "LOC ")] {
        select_entity(&mut app, name);
        app.update(Action::Activate);
        let buf = buffer(&app, &theme);
        let bottom = app.area().height - 1;
        let status: String = (0..app.area().width)
            .map(|x| buf[(x, bottom)].symbol().to_string())
            .collect();
        assert!(
            status.starts_with(&format!("{tag}{name} · mention 1/")),
            "{status}"
        );
        // The walked mention itself is marked by attributes alone.
        let span = app.current_target().unwrap();
        let cell = cell_at(&app, &buf, span.start);
        assert_eq!(cell.fg, Color::Reset);
        assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    }
}

/// The seed with the extractor's own entities, which record why they are grouped.
fn extracted_seed_app(width: u16, height: u16) -> App {
    let mut briefing = seed();
    briefing.annotations = briefing::extract::extract(&briefing.text);
    let mut app = App::new(vec![briefing]);
    app.update(Action::Resize { width, height });
    app
}

#[test]
fn the_details_say_in_one_cut_line_why_an_entity_is_one_and_of_its_kind() {
    let mut app = extracted_seed_app(80, 24);
    select_entity(&mut app, "Ahmed al-Shara’a");
    let lines = entity_pane_lines(&app);
    let why = lines
        .iter()
        .position(|line| line.contains("person: title"))
        .unwrap_or_else(|| panic!("no why line in {lines:#?}"));
    // At 80 columns the short block's facts row carries it, and the list follows.
    assert!(
        lines[why].contains("11 mentions · person: title"),
        "{lines:#?}"
    );
    assert!(lines[why + 1].contains("PER ·"), "{lines:#?}");
    // Too long for its row, it is cut with an ellipsis, not wrapped.
    let mut narrow = extracted_seed_app(44, 24);
    select_entity(&mut narrow, "Ahmed al-Shara’a");
    let lines = entity_pane_lines(&narrow);
    let why = lines
        .iter()
        .position(|line| line.contains("11 mentions · "))
        .unwrap();
    assert!(
        lines[why].trim_end_matches([' ', '┃', '│']).ends_with('…'),
        "{lines:#?}"
    );
    assert!(lines[why + 1].contains("PER ·"), "{lines:#?}");
    let wide = extracted_seed_app(200, 40);
    let mut wide = wide;
    select_entity(&mut wide, "Ahmed al-Shara’a");
    let text = entity_pane_lines(&wide).join("\n");
    assert!(text.contains("grouped by "), "{text}");
    assert!(text.contains("surname"), "{text}");
}

#[test]
fn the_why_line_keeps_the_details_block_one_height() {
    let mut app = extracted_seed_app(120, 40);
    let heading_row = |app: &App| {
        entity_pane_lines(app).iter().position(|line| {
            [" · ", "PER", "ORG", "LOC"]
                .iter()
                .skip(1)
                .any(|k| line.contains(&format!("┃{k} ·")))
        })
    };
    select_entity(&mut app, "Ahmed al-Shara’a");
    let first = heading_row(&app);
    select_entity(&mut app, "Bashar al-Assad");
    assert_eq!(heading_row(&app), first);
}
