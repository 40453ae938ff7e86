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

pub mod watch;

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
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
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub mouse: bool,
    /// The files and folders given on the command line, watched for changes (empty for the
    /// bundled seeds, which cannot change).
    pub watch: Vec<PathBuf>,
    /// Whether the folders were read with their subfolders.
    pub recursive: bool,
}

/// How the UI ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The reader quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT) ended it; the terminal was restored first.
    Signal(i32),
}

impl Ended {
    /// The conventional exit status for a signal, 128 + its number (143 for SIGTERM).
    pub fn signal_status(self) -> Option<u8> {
        match self {
            Ended::Quit => None,
            Ended::Signal(signal) => u8::try_from(128 + signal).ok(),
        }
    }
}

/// Set by tests to check that a panic restores the terminal: the UI panics once its first
/// frame is drawn. Meaningless to a reader.
const TEST_PANIC: &str = "BRIEFING_TEST_PANIC";

/// The default configuration file, as `--print-config` prints it.
pub fn default_config() -> String {
    crate::config::default_text()
}

/// Opens the terminal UI on the documents.
pub fn run(
    documents: Vec<Document>,
    errors: Vec<LoadError>,
    options: Options,
) -> anyhow::Result<Ended> {
    let (config, problems) = match crate::config::path() {
        Some(path) => crate::config::load(&path, Theme::from_env()),
        None => crate::config::parse("", Theme::from_env()),
    };
    let texts: Vec<(usize, String)> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d.text.clone()))
        .collect();
    // Watching starts before the first frame, so a change made while the UI starts is seen.
    let watching = (!options.watch.is_empty())
        .then(|| watch::start(&options.watch, options.recursive, &documents));
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
    // Without a watcher (no inotify watches left, say) the UI still works, and says so.
    let reloads = match watching {
        Some(Ok(watching)) => Some(watching),
        Some(Err(error)) => {
            app.set_message(format!("live reload is off: {error}"));
            None
        }
        None => None,
    };
    let results = extract_in_background(texts);

    // The number of the signal that asks the UI to end, 0 while none has.
    let signalled = Arc::new(AtomicUsize::new(0));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register_usize(signal, Arc::clone(&signalled), signal as usize)
            .context("cannot listen for SIGTERM/SIGHUP")?;
    }
    install_panic_hook();
    crate::tty_watchdog::spawn(restore_terminal);
    let mut guard = TerminalGuard::enter(app.mouse())?;
    let channels = Channels {
        results: &results,
        reloads: reloads.as_ref().map(|(_, receiver)| receiver),
    };
    let outcome = event_loop(&mut guard, &mut app, &config.theme, &channels, &signalled);
    drop(guard);
    drop(reloads);
    for problem in problems.iter().skip(1) {
        eprintln!("briefing: config {problem}");
    }
    for message in take_worker_panics() {
        eprintln!("briefing: {message}");
    }
    outcome?;
    Ok(match signalled.load(Ordering::SeqCst) {
        0 => Ended::Quit,
        signal => Ended::Signal(i32::try_from(signal).unwrap_or(signal_hook::consts::SIGTERM)),
    })
}

/// Extracts every text on a worker thread, the first (the one shown) before the others.
///
/// A text the extractor panics on comes back with no annotations rather than ending the
/// thread, so the other briefings still arrive.
fn extract_in_background(mut texts: Vec<(usize, String)>) -> Receiver<(usize, Annotations)> {
    let (sender, receiver) = mpsc::channel();
    let extract =
        |text: &str| std::panic::catch_unwind(|| crate::extract::extract(text)).unwrap_or_default();
    std::thread::spawn(move || {
        if texts.is_empty() {
            return;
        }
        let (first, text) = texts.remove(0);
        if sender.send((first, extract(&text))).is_err() {
            return;
        }
        drop(text);
        texts
            .into_par_iter()
            .for_each_with(sender, |sender, (index, text)| {
                // A closed channel means the UI has quit: the rest is not needed.
                let _ = sender.send((index, extract(&text)));
            });
    });
    receiver
}

/// What the event loop listens to besides the terminal.
struct Channels<'a> {
    results: &'a Receiver<(usize, Annotations)>,
    reloads: Option<&'a Receiver<watch::Reload>>,
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    theme: &Theme,
    channels: &Channels,
    signalled: &AtomicUsize,
) -> anyhow::Result<()> {
    let mut mouse = app.mouse();
    let test_panic = std::env::var_os(TEST_PANIC).is_some();
    while !app.should_quit() && signalled.load(Ordering::SeqCst) == 0 {
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
        if test_panic {
            #[allow(clippy::panic)] // Only under BRIEFING_TEST_PANIC, for the tests.
            {
                panic!("{TEST_PANIC} is set: panicking after the first frame");
            }
        }
        if event::poll(TICK)? {
            // Handle everything queued before drawing again, so held keys never lag.
            loop {
                handle(app, event::read()?);
                if app.should_quit() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        while let Ok((index, annotations)) = channels.results.try_recv() {
            app.set_annotations(index, annotations);
        }
        if let Some(reloads) = channels.reloads {
            while let Ok(reload) = reloads.try_recv() {
                app.file_changed(&reload.path, reload.outcome);
            }
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

/// Panics on worker threads (extraction, the watcher), kept to be printed once the terminal
/// is back: printed at once they would land on the alternate screen, over the UI.
static WORKER_PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn take_worker_panics() -> Vec<String> {
    WORKER_PANICS
        .lock()
        .map(|mut panics| std::mem::take(&mut *panics))
        .unwrap_or_default()
}

/// A panic on the UI thread restores the terminal and then reports as usual; one on a worker
/// thread (which the workers catch and recover from) leaves the UI running and is reported
/// when it ends.
fn install_panic_hook() {
    let ui_thread: ThreadId = std::thread::current().id();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui_thread {
            restore_terminal();
            previous(info);
        } else if let Ok(mut panics) = WORKER_PANICS.lock() {
            panics.push(format!("a worker thread failed: {info}"));
        }
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
