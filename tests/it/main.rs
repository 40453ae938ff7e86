//! The integration tests, in one test binary (`cargo test --test it`), so the library is linked
//! once rather than once per file. Each module is one concern; the helpers they share are
//! modules too.
//!
//! Guards that take long on large inputs (a 50 MB file through the binary) are `#[ignore]`d:
//! `cargo test -- --ignored` runs them, and CI (`.ci/run`) does.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod tmux_common;
mod ui_common;
mod util;

mod accuracy;
mod adversarial;
mod cli;
mod dates;
mod export;
mod formats;
mod grouping;
mod names;
mod names_linear;
mod names_styles;
mod properties;
mod quote_marks;
mod quote_sources;
mod quotes;
mod segment;
mod tmux_folder;
mod tmux_hangup;
mod tmux_identity;
mod tmux_reading;
mod tmux_resize;
mod tmux_seed;
mod tmux_suspend;
mod tmux_terminal;
mod ui_identity;
mod ui_loading;
mod ui_picture;
mod ui_properties;
mod ui_read;
mod ui_reading;
mod ui_reload;
mod ui_render;
mod ui_update;
