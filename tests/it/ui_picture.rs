//! The README's picture: the app on the seed briefing, rendered into a `TestBackend` and
//! written out as SVG cell by cell, so the picture is a real render, never a drawing.
//!
//! The test fails when `docs/screenshot.svg` no longer matches what the UI draws; run it with
//! `UPDATE_PICTURE=1` to write the new picture.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::ui_common;

use std::fmt::Write as _;

use briefing::app::Action;
use briefing::ui::{self, theme::Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ui_common::*;

const PICTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/screenshot.svg");
const CELL_WIDTH: f32 = 8.4;
const CELL_HEIGHT: f32 = 17.0;
const BACKGROUND: &str = "#1e1e1e";
const FOREGROUND: &str = "#d4d4d4";

/// A dark terminal's palette for the 16 named colours.
fn rgb(color: Color) -> Option<String> {
    let hex = match color {
        Color::Reset => return None,
        Color::Black => "#1e1e1e",
        Color::Red => "#cd3131",
        Color::Green => "#0dbc79",
        Color::Yellow => "#e5e510",
        Color::Blue => "#2472c8",
        Color::Magenta => "#bc3fbc",
        Color::Cyan => "#11a8cd",
        Color::Gray => "#e5e5e5",
        Color::DarkGray => "#666666",
        Color::LightRed => "#f14c4c",
        Color::LightGreen => "#23d18b",
        Color::LightYellow => "#f5f543",
        Color::LightBlue => "#3b8eea",
        Color::LightMagenta => "#d670d6",
        Color::LightCyan => "#29b8db",
        Color::White => "#ffffff",
        Color::Rgb(r, g, b) => return Some(format!("#{r:02x}{g:02x}{b:02x}")),
        Color::Indexed(_) => return None,
    };
    Some(hex.to_string())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The buffer as SVG: a background rectangle per coloured cell, a text run per style.
fn svg(buf: &Buffer) -> String {
    let area = buf.area;
    let width = f32::from(area.width) * CELL_WIDTH;
    let height = f32::from(area.height) * CELL_HEIGHT;
    let mut out = String::new();
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" \
         font-size=\"14\">\n<rect width=\"100%\" height=\"100%\" fill=\"{BACKGROUND}\"/>"
    )
    .unwrap();
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let cell = &buf[(x, y)];
            let reversed = cell.modifier.contains(Modifier::REVERSED);
            let (mut fg, mut bg) = (rgb(cell.fg), rgb(cell.bg));
            if reversed {
                (fg, bg) = (
                    bg.or(Some(BACKGROUND.into())),
                    fg.or(Some(FOREGROUND.into())),
                );
            }
            // A run: following cells with the same look.
            let mut run = String::new();
            let start = x;
            while x < area.width {
                let next = &buf[(x, y)];
                if next.fg != cell.fg || next.bg != cell.bg || next.modifier != cell.modifier {
                    break;
                }
                run.push_str(next.symbol());
                x += 1;
            }
            let left = f32::from(start) * CELL_WIDTH;
            let top = f32::from(y) * CELL_HEIGHT;
            if let Some(bg) = bg {
                let w = f32::from(x - start) * CELL_WIDTH;
                writeln!(out, "<rect x=\"{left}\" y=\"{top}\" width=\"{w}\" height=\"{CELL_HEIGHT}\" fill=\"{bg}\"/>").unwrap();
            }
            if run.trim().is_empty() {
                continue;
            }
            let mut attributes = format!("fill=\"{}\"", fg.unwrap_or_else(|| FOREGROUND.into()));
            if cell.modifier.contains(Modifier::BOLD) {
                attributes.push_str(" font-weight=\"bold\"");
            }
            if cell.modifier.contains(Modifier::ITALIC) {
                attributes.push_str(" font-style=\"italic\"");
            }
            if cell.modifier.contains(Modifier::UNDERLINED) {
                attributes.push_str(" text-decoration=\"underline\"");
            }
            let baseline = top + CELL_HEIGHT * 0.78;
            let length = f32::from(x - start) * CELL_WIDTH;
            writeln!(
                out,
                "<text x=\"{left}\" y=\"{baseline}\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\" xml:space=\"preserve\" {attributes}>{}</text>",
                escape(&run)
            )
            .unwrap();
        }
    }
    out.push_str("</svg>\n");
    out
}

#[test]
fn the_readme_picture_is_a_real_render_of_the_seed() {
    let mut app = three_app(120, 40);
    select_entity(&mut app, "Ahmed al-Shara’a");
    app.update(Action::Activate);
    app.update(Action::NextMark);
    app.update(Action::NextMark);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|frame| ui::render(&app, &Theme::ansi(), frame))
        .unwrap();
    let picture = svg(terminal.backend().buffer());
    assert!(picture.contains("Ahmed al-Shara’a · mention 3/11"));
    if std::env::var_os("UPDATE_PICTURE").is_some() {
        std::fs::write(PICTURE, &picture).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(PICTURE).unwrap_or_default();
    assert!(
        committed == picture,
        "docs/screenshot.svg is out of date: run `UPDATE_PICTURE=1 cargo test --test it ui_picture`"
    );
}

#[test]
fn the_readme_lists_every_default_key() {
    let readme = include_str!("../../README.md");
    let keys = readme
        .split("### Keys")
        .nth(1)
        .expect("README has a Keys section");
    for binding in briefing::app::keymap::DEFAULT_BINDINGS {
        let key = format!("`{}`", binding.key);
        assert!(keys.contains(&key), "README's keys miss {key}");
    }
}

const DOSSIER_PICTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/dossier.svg");

/// The README's second picture: the dossier of a person followed across four invented
/// briefings (`tests/fixtures/identity/`).
#[test]
fn the_readme_dossier_picture_is_a_real_render() {
    let files = [
        include_str!("../fixtures/identity/a_summit.txt"),
        include_str!("../fixtures/identity/b_grain.txt"),
        include_str!("../fixtures/identity/c_vienna.txt"),
        include_str!("../fixtures/identity/d_decree.txt"),
    ];
    let ids = ["a_summit", "b_grain", "c_vienna", "d_decree"];
    let briefings = ids
        .iter()
        .zip(files)
        .map(|(id, text)| {
            briefing::model::Briefing::from_document(briefing::model::Document {
                id: id.to_string(),
                path: format!("tests/fixtures/identity/{id}.txt"),
                text: text.to_string(),
                meta: None,
            })
        })
        .collect();
    let mut app = briefing::app::App::new(briefings);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    select_entity(&mut app, "Vladimir Putin");
    app.update(Action::Dossier);
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
    terminal
        .draw(|frame| ui::render(&app, &Theme::ansi(), frame))
        .unwrap();
    let picture = svg(terminal.backend().buffer());
    assert!(picture.contains("Dossier: Vladimir Putin"));
    if std::env::var_os("UPDATE_PICTURE").is_some() {
        std::fs::write(DOSSIER_PICTURE, &picture).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(DOSSIER_PICTURE).unwrap_or_default();
    assert!(
        committed == picture,
        "docs/dossier.svg is out of date: run `UPDATE_PICTURE=1 cargo test --test it ui_picture`"
    );
}
