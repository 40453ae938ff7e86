//! `briefing`: read news briefings in the terminal, with the people, places, organisations,
//! groups, dates and quotations in them found and linked.
//!
//! The data flows one way: [`corpus`] loads texts into [`model::Document`]s, [`extract`] turns
//! a text into [`model::Annotations`] (pure, no I/O), and two consumers read the result:
//! [`export`] writes the JSON contract, and the terminal UI ([`app`] state, [`ui`] rendering,
//! [`tui`] terminal handling) lets a reader browse it.
//!
//! A module is public when the binary, the benches, the fuzz targets or the integration tests
//! use it; inside [`extract`], only [`extract::extract`], [`extract::title`] and the segmenter
//! are meant for use from outside (docs/ARCHITECTURE.md, "The library's public surface").

#![forbid(unsafe_code)]

pub mod app;
pub mod budget;
pub mod config;
pub mod corpus;
pub mod corpus_index;
pub mod export;
pub mod extract;
pub mod formats;
pub mod model;
pub mod seeds;
pub mod text;
mod tty_watchdog;
pub mod tui;
pub mod ui;
