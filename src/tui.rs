//! Terminal handling: init and restore, the panic hook, SIGTERM/SIGHUP, mouse on and off,
//! OSC 52 copies, background extraction, and the synchronous event loop.
//!
//! The terminal is restored on every way out: a normal quit and an error return drop the
//! [`TerminalGuard`]; a panic runs the hook installed before the terminal is touched; SIGTERM
//! and SIGHUP set a flag the loop checks at least every [`TICK`], and it then returns normally.
//!
//! The briefing list and the first briefing's text show at once: only the first file of a
//! folder is read before the first frame. The other files are read, and every briefing is
//! extracted, on a worker thread ([`load`]); each result arrives through a channel, and the
//! status bar shows the progress.

pub mod load;
pub mod watch;

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
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

use crate::app::clipboard::osc52;
use crate::app::{Action, App};
use crate::corpus::{Entry, LoadError};
use crate::model::Document;
use crate::ui::{self, theme::Theme};

use load::Loading;

/// How long the loop waits for input before it checks signals and background results.
const TICK: Duration = Duration::from_millis(100);
/// The wait while the briefing on screen still waits for its text or annotations: they
/// show within this long of arriving, not a whole [`TICK`] later.
const SHORT_TICK: Duration = Duration::from_millis(10);

/// Options from the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub mouse: bool,
    /// The files and folders given on the command line, watched for changes (empty for the
    /// bundled seeds, which cannot change).
    pub watch: Vec<PathBuf>,
    /// Whether the folders were read with their subfolders.
    pub recursive: bool,
    /// The theme `--theme` chose, which the configuration file starts from.
    pub theme: Option<Theme>,
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

/// What the UI opens on: [`crate::corpus::open`]'s result, or the bundled seeds.
#[derive(Debug, Default)]
pub struct Start {
    /// Paths found unusable before the first document (already reported on stderr).
    pub skipped: Vec<LoadError>,
    /// Briefings already read, shown first; the first one is on screen.
    pub documents: Vec<Document>,
    /// Listed after them, in order: files still to read, and paths known to be unusable.
    pub rest: Vec<Entry>,
}

/// How the UI ended, and the paths after the first briefing that could not be used, in the
/// order of the paths, to be reported on stderr now that the terminal is back.
#[derive(Debug)]
pub struct Finished {
    pub outcome: anyhow::Result<Ended>,
    pub skipped: Vec<LoadError>,
}

/// Opens the terminal UI.
pub fn run(start: Start, options: Options) -> Finished {
    let (config, problems) = match crate::config::path() {
        Some(path) => crate::config::load(&path, options.theme.unwrap_or_else(Theme::from_env)),
        None => crate::config::parse("", options.theme.unwrap_or_else(Theme::from_env)),
    };
    // Watching starts before the first frame, so a change made while the UI starts is seen.
    let watching = (!options.watch.is_empty()).then(|| {
        let unread: Vec<PathBuf> = start.rest.iter().flatten().cloned().collect();
        watch::start(&options.watch, options.recursive, &start.documents, &unread)
    });
    let seen = match &watching {
        Some(Ok((_, _, seen))) => Some(seen.clone()),
        _ => None,
    };
    // The app starts with "N path(s) skipped: …" in the status bar when paths were skipped.
    let (mut app, mut loading) = Loading::open(&start.skipped, start.documents, start.rest, seen);
    app.set_keymap(config.keymap.clone());
    app.set_mouse(options.mouse || config.mouse);
    // A configuration problem outranks the skipped paths in the status bar.
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
    }
    // Without a watcher (no inotify watches left, say) the UI still works, and says so.
    let reloads = match watching {
        Some(Ok((watch, reloads, _))) => Some((watch, reloads)),
        Some(Err(error)) => {
            app.set_message(format!("live reload is off: {error}"));
            None
        }
        None => None,
    };
    let outcome = run_terminal(&mut app, &mut loading, &config, reloads.as_ref());
    drop(reloads);
    // The report must name every path that could not be used, as a load that read
    // everything before the UI started would have: wait for the reads still going (not for
    // extraction), however the UI ended.
    loading.finish_reading(&mut app);
    for problem in problems.iter().skip(1) {
        eprintln!("briefing: config {problem}");
    }
    for message in take_worker_panics() {
        eprintln!("briefing: {message}");
    }
    Finished {
        outcome,
        skipped: loading.skipped(),
    }
}

/// Takes the terminal, runs the event loop, and gives the terminal back.
fn run_terminal(
    app: &mut App,
    loading: &mut Loading,
    config: &crate::config::Config,
    reloads: Option<&(watch::Watch, Receiver<watch::Reload>)>,
) -> anyhow::Result<Ended> {
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
    let mut channels = Channels {
        loading,
        reloads: reloads.map(|(_, receiver)| receiver),
    };
    let outcome = event_loop(&mut guard, app, &config.theme, &mut channels, &signalled);
    drop(guard);
    outcome?;
    Ok(match signalled.load(Ordering::SeqCst) {
        0 => Ended::Quit,
        signal => Ended::Signal(i32::try_from(signal).unwrap_or(signal_hook::consts::SIGTERM)),
    })
}

/// What the event loop listens to besides the terminal.
struct Channels<'a> {
    loading: &'a mut Loading,
    reloads: Option<&'a Receiver<watch::Reload>>,
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    theme: &Theme,
    channels: &mut Channels,
    signalled: &AtomicUsize,
) -> anyhow::Result<()> {
    let mut mouse = app.mouse();
    let test_panic = std::env::var_os(TEST_PANIC).is_some();
    // Frames are drawn only when something changed: while a briefing waits for its
    // annotations the loop wakes often, and redrawing an unchanged screen each time would
    // cost more than the waiting.
    let mut changed = true;
    while !app.should_quit() && signalled.load(Ordering::SeqCst) == 0 {
        // A resize can land between its event and the next frame; the size is checked before
        // each frame so the panes always match the terminal.
        let size = guard.terminal.size()?;
        if (size.width, size.height) != (app.area().width, app.area().height) {
            app.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
            changed = true;
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
        if changed {
            guard.terminal.draw(|frame| ui::render(app, theme, frame))?;
            changed = false;
        }
        if test_panic {
            #[allow(clippy::panic)] // Only under BRIEFING_TEST_PANIC, for the tests.
            {
                panic!("{TEST_PANIC} is set: panicking after the first frame");
            }
        }
        let tick = if app.current_slot().awaits_annotations() {
            SHORT_TICK
        } else {
            TICK
        };
        if event::poll(tick)? {
            // Handle everything queued before drawing again, so held keys never lag.
            loop {
                handle(app, event::read()?);
                if app.should_quit() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            changed = true;
        }
        changed |= channels.loading.deliver(app);
        changed |= app.poll_background();
        if let Some(reloads) = channels.reloads {
            while let Ok(reload) = reloads.try_recv() {
                app.file_changed(&reload.path, reload.outcome);
                changed = true;
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
