//! Terminal handling: init and restore, the panic hook, SIGTERM/SIGHUP, mouse on and off,
//! OSC 52 copies, background extraction, and the synchronous event loop.
//!
//! The terminal is restored on every way out: a normal quit and an error return drop the
//! [`TerminalGuard`]; a panic runs the hook installed before the terminal is touched; SIGTERM
//! and SIGHUP set a flag the loop checks at least every [`TICK`], and it then returns normally.
//!
//! The briefing list and the first briefing's text show at once. Extraction runs on a worker
//! thread (the briefing being read first, the rest in parallel with rayon) and each result
//! arrives through a channel as [`App::set_annotations`]; the status bar shows the progress.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use anyhow::Context as _;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::{DefaultTerminal, Terminal, backend::CrosstermBackend};
use rayon::prelude::*;

use crate::app::clipboard::osc52;
use crate::app::{Action, App};
use crate::corpus::LoadError;
use crate::model::{Annotations, Document};
use crate::ui::{self, theme::Theme};

/// How long the loop waits for input before it checks signals and extraction results.
const TICK: Duration = Duration::from_millis(100);

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub mouse: bool,
}

/// The default configuration file, as `--print-config` prints it.
pub fn default_config() -> String {
    crate::config::default_text()
}

/// Opens the terminal UI on the documents.
pub fn run(
    documents: Vec<Document>,
    errors: Vec<LoadError>,
    options: Options,
) -> anyhow::Result<()> {
    let (config, problems) = match crate::config::path() {
        Some(path) => crate::config::load(&path, Theme::from_env()),
        None => crate::config::parse("", Theme::from_env()),
    };
    let texts: Vec<(usize, String)> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d.text.clone()))
        .collect();
    let mut app = App::pending(documents);
    app.set_keymap(config.keymap.clone());
    app.set_mouse(options.mouse || config.mouse);
    if let Some(problem) = problems.first() {
        let path = crate::config::path()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let more = if problems.len() > 1 {
            format!(" (+{} more)", problems.len() - 1)
        } else {
            String::new()
        };
        app.set_message(format!(
            "config {path} {problem}{more}; defaults used for it"
        ));
    } else if let Some(error) = errors.first() {
        app.set_message(format!("{} path(s) skipped: {error}", errors.len()));
    }
    let results = extract_in_background(texts);

    let quit = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&quit))
            .context("cannot listen for SIGTERM/SIGHUP")?;
    }
    install_panic_hook();
    let mut guard = TerminalGuard::enter(app.mouse())?;
    let outcome = event_loop(&mut guard, &mut app, &config.theme, &results, &quit);
    drop(guard);
    for problem in problems.iter().skip(1) {
        eprintln!("briefing: config {problem}");
    }
    outcome
}

/// Extracts every text on a worker thread, the first (the one shown) before the others.
fn extract_in_background(mut texts: Vec<(usize, String)>) -> Receiver<(usize, Annotations)> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        if texts.is_empty() {
            return;
        }
        let (first, text) = texts.remove(0);
        if sender
            .send((first, crate::extract::extract(&text)))
            .is_err()
        {
            return;
        }
        drop(text);
        texts
            .into_par_iter()
            .for_each_with(sender, |sender, (index, text)| {
                // A closed channel means the UI has quit: the rest is not needed.
                let _ = sender.send((index, crate::extract::extract(&text)));
            });
    });
    receiver
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    theme: &Theme,
    results: &Receiver<(usize, Annotations)>,
    quit: &AtomicBool,
) -> anyhow::Result<()> {
    let mut mouse = app.mouse();
    while !app.should_quit() && !quit.load(Ordering::SeqCst) {
        // A resize can land between its event and the next frame; the size is checked before
        // each frame so the panes always match the terminal.
        let size = guard.terminal.size()?;
        if (size.width, size.height) != (app.area().width, app.area().height) {
            app.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
        }
        if app.mouse() != mouse {
            mouse = app.mouse();
            guard.set_mouse(mouse)?;
        }
        if let Some(text) = app.take_clipboard() {
            let mut out = io::stdout();
            out.write_all(osc52(&text).as_bytes())?;
            out.flush()?;
        }
        guard.terminal.draw(|frame| ui::render(app, theme, frame))?;
        if event::poll(TICK)? {
            // Handle everything queued before drawing again, so held keys never lag.
            loop {
                handle(app, event::read()?);
                if app.should_quit() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        while let Ok((index, annotations)) = results.try_recv() {
            app.set_annotations(index, annotations);
        }
    }
    Ok(())
}

fn handle(app: &mut App, event: Event) {
    match event {
        // Only presses: terminals that report releases would otherwise act twice.
        Event::Key(key) if key.kind == KeyEventKind::Press => app.key(key),
        Event::Resize(width, height) => app.update(Action::Resize { width, height }),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            let action = match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollDown => Some(Action::Wheel {
                    column,
                    row,
                    down: true,
                }),
                MouseEventKind::ScrollUp => Some(Action::Wheel {
                    column,
                    row,
                    down: false,
                }),
                _ => None,
            };
            if let Some(action) = action {
                app.update(action);
            }
        }
        _ => {}
    }
}

/// Puts the terminal back: mouse capture off, main screen, cooked mode, cursor shown. Every
/// step is tried even when one fails (the terminal may be gone after SIGHUP).
fn restore_terminal() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen);
    let _ = disable_raw_mode();
    let _ = execute!(out, ratatui::crossterm::cursor::Show);
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// The terminal in raw mode on the alternate screen; dropping it restores the terminal.
struct TerminalGuard {
    terminal: DefaultTerminal,
}

impl TerminalGuard {
    fn enter(mouse: bool) -> anyhow::Result<Self> {
        enable_raw_mode().context("cannot put the terminal in raw mode")?;
        let mut out = io::stdout();
        let entered = execute!(out, EnterAlternateScreen).and_then(|()| {
            if mouse {
                execute!(out, EnableMouseCapture)
            } else {
                Ok(())
            }
        });
        if let Err(error) = entered {
            restore_terminal();
            return Err(error).context("cannot switch to the alternate screen");
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(error) => {
                restore_terminal();
                Err(error).context("cannot start drawing")
            }
        }
    }

    fn set_mouse(&mut self, on: bool) -> io::Result<()> {
        if on {
            execute!(io::stdout(), EnableMouseCapture)
        } else {
            execute!(io::stdout(), DisableMouseCapture)
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}
