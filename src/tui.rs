//! Terminal handling: init and restore, the panic hook, signals, suspension, mouse on and off,
//! OSC 52 copies, background extraction, and the synchronous event loop.
//!
//! The terminal is restored on every way out: a normal quit and an error return drop the
//! [`TerminalGuard`]; a panic runs the hook installed before the terminal is touched; every
//! signal that would end the program ([`ENDING_SIGNALS`]) sets a flag the loop checks at least
//! every [`TICK`], and it then returns normally. SIGTSTP and Ctrl-z give the terminal back and
//! stop; SIGCONT takes it again and redraws.
//!
//! Keys are read with poll(2) on the terminal (crossterm's `use-dev-tty` reader), so a key
//! typed during a storm of resizes is never left unread, and everything queued is handled
//! before the next frame. A resize that re-wraps a very long article waits until the size has
//! settled, the old layout drawn meanwhile ([`Sizing`]).
//!
//! The briefing list and the first briefing's text show at once: only the first file of a
//! folder is read before the first frame. The other files are read, and every briefing is
//! extracted, on a worker thread ([`load`]); each result arrives through a channel, and the
//! status bar shows the progress.

pub mod load;
pub mod opener;
pub mod read_state;
pub mod watch;

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use ratatui::{DefaultTerminal, Terminal, backend::CrosstermBackend};

use crate::app::clipboard::osc52;
use crate::app::keymap::Context;
use crate::app::{Action, App};
use crate::app::{Key, KeyCode, Modifiers};
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
    // Read marks: a state file that cannot be used is said once and replaced at once.
    let read_state = read_state::path();
    if let Some(path) = &read_state {
        let (marks, problem) = read_state::load(path);
        app.set_read_marks(marks);
        if let Some(problem) = problem {
            app.set_message(problem);
            let _ = read_state::save(path, app.read_marks());
        }
    }
    let outcome = run_terminal(
        &mut app,
        &mut loading,
        &config,
        reloads.as_ref(),
        read_state,
    );
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

/// Signals that end the program by default and can be caught: each one ends the UI, which
/// restores the terminal and exits with 128 + the signal's number, as the default action's
/// death would report. (SIGKILL cannot be caught; SIGSEGV and the like are faults the program
/// does not raise, and a handler must not return from them.)
const ENDING_SIGNALS: [i32; 14] = {
    use signal_hook::consts::signal::*;
    [
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGIO, SIGSYS, SIGABRT,
    ]
};

/// What the signal handlers tell the event loop, each a flag the loop checks at least every
/// [`TICK`].
struct Signals {
    /// The number of the signal that asks the UI to end, 0 while none has.
    ending: Arc<AtomicUsize>,
    /// SIGTSTP (`kill -TSTP`, or Ctrl-z where the terminal sends it): give the terminal back,
    /// then stop.
    stop: Arc<AtomicBool>,
    /// SIGCONT: the program runs again after a stop (its own, or SIGSTOP's, which cannot be
    /// caught): take the terminal again and draw everything.
    resumed: Arc<AtomicBool>,
    ids: Vec<signal_hook::SigId>,
}

impl Signals {
    fn listen() -> anyhow::Result<Signals> {
        let mut signals = Signals {
            ending: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
            ids: Vec::new(),
        };
        for signal in ENDING_SIGNALS {
            let id = signal_hook::flag::register_usize(
                signal,
                Arc::clone(&signals.ending),
                usize::try_from(signal).unwrap_or(1),
            )
            .with_context(|| format!("cannot listen for signal {signal}"))?;
            signals.ids.push(id);
        }
        let stop =
            signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&signals.stop))
                .context("cannot listen for SIGTSTP")?;
        let resumed =
            signal_hook::flag::register(signal_hook::consts::SIGCONT, Arc::clone(&signals.resumed))
                .context("cannot listen for SIGCONT")?;
        signals.ids.extend([stop, resumed]);
        Ok(signals)
    }

    fn ending(&self) -> usize {
        self.ending.load(Ordering::SeqCst)
    }
}

impl Drop for Signals {
    /// Once the terminal is back the signals do what they do by default again: a Ctrl-c while
    /// the last reports are gathered ends the program.
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Takes the terminal, runs the event loop, and gives the terminal back.
fn run_terminal(
    app: &mut App,
    loading: &mut Loading,
    config: &crate::config::Config,
    reloads: Option<&(watch::Watch, Receiver<watch::Reload>)>,
    read_state: Option<PathBuf>,
) -> anyhow::Result<Ended> {
    let signals = Signals::listen()?;
    install_panic_hook();
    crate::tty_watchdog::spawn(restore_terminal);
    let mut guard = TerminalGuard::enter(app.mouse())?;
    let mut channels = Channels {
        loading,
        reloads: reloads.map(|(_, receiver)| receiver),
        read_state,
        read_state_failed: false,
    };
    let outcome = event_loop(&mut guard, app, &config.theme, &mut channels, &signals);
    drop(guard);
    outcome?;
    Ok(match signals.ending() {
        0 => Ended::Quit,
        signal => Ended::Signal(i32::try_from(signal).unwrap_or(signal_hook::consts::SIGTERM)),
    })
}

/// What the event loop listens to besides the terminal.
struct Channels<'a> {
    loading: &'a mut Loading,
    reloads: Option<&'a Receiver<watch::Reload>>,
    /// Where the read marks are saved, and whether saving has failed (said once).
    read_state: Option<PathBuf>,
    read_state_failed: bool,
}

impl Channels<'_> {
    /// Saves the read marks when they changed; a failure is a status message, said once.
    /// True when it put a message in the status bar.
    fn save_read_marks(&mut self, app: &mut App) -> bool {
        let Some(marks) = app.take_read_marks_to_save() else {
            return false;
        };
        let Some(path) = &self.read_state else {
            return false;
        };
        if let Err(problem) = read_state::save(path, marks)
            && !self.read_state_failed
        {
            self.read_state_failed = true;
            app.set_message(problem);
            return true;
        }
        false
    }
}

/// A resize that re-wraps the article faster than this is applied at once, each step of a
/// drag; a slower one (a very long article) waits until the size has settled.
const QUICK_RELAYOUT: Duration = Duration::from_millis(30);
/// How long the size must stay the same before a slow re-wrap is done.
const SETTLE: Duration = Duration::from_millis(150);
/// After the first event of a wake, how long to wait for more before drawing: the terminal
/// reader cannot be asked without waiting at all, and this finds the rest of a burst (held
/// keys, a paste) so it is handled before one frame instead of one frame each.
const DRAIN: Duration = Duration::from_millis(1);

/// The terminal's size against the app's, while the two differ.
#[derive(Default)]
struct Sizing {
    /// The size last seen and since when, while it differs from the app's.
    pending: Option<(Rect, Instant)>,
    /// Whether the last re-wrap took longer than [`QUICK_RELAYOUT`].
    slow: bool,
}

impl Sizing {
    /// Applies the terminal's `size` to the app when it is quick to, or once it has settled;
    /// true when the app changed. Until then the old layout is drawn ([`draw`]).
    fn follow(&mut self, app: &mut App, size: Rect) -> bool {
        if size == app.area() {
            self.pending = None;
            return false;
        }
        let now = Instant::now();
        let since = match self.pending {
            Some((pending, since)) if pending == size => since,
            _ => {
                self.pending = Some((size, now));
                now
            }
        };
        if self.slow && now.duration_since(since) < SETTLE {
            return false;
        }
        let started = Instant::now();
        app.update(Action::Resize {
            width: size.width,
            height: size.height,
        });
        self.slow = started.elapsed() > QUICK_RELAYOUT;
        self.pending = None;
        true
    }

    /// How long the loop may sleep before a pending size must be applied.
    fn wait(&self, tick: Duration) -> Duration {
        match self.pending {
            Some((_, since)) => SETTLE.saturating_sub(since.elapsed()).min(tick),
            None => tick,
        }
    }
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    theme: &Theme,
    channels: &mut Channels,
    signals: &Signals,
) -> anyhow::Result<()> {
    let mut mouse = app.mouse();
    let test_panic = std::env::var_os(TEST_PANIC).is_some();
    let mut sizing = Sizing::default();
    // Frames are drawn only when something changed: while a briefing waits for its
    // annotations the loop wakes often, and redrawing an unchanged screen each time would
    // cost more than the waiting.
    let mut changed = true;
    // What the opener of a `gx` link says when it fails, for the status bar.
    let (link_report, link_reports) = std::sync::mpsc::channel::<String>();
    while !app.should_quit() && signals.ending() == 0 {
        if signals.stop.swap(false, Ordering::SeqCst) {
            guard.suspend(signals)?;
            changed = true;
        }
        if signals.resumed.swap(false, Ordering::SeqCst) {
            // A stop the program did not see coming (SIGSTOP): the shell took the terminal
            // back in between, so take it again and draw everything.
            guard.resume(app.mouse())?;
            changed = true;
        }
        // A resize can land between its event and the next frame; the size is checked before
        // each frame so the panes always match the terminal.
        let size = guard.terminal.size()?;
        let area = Rect::new(0, 0, size.width, size.height);
        changed |= sizing.follow(app, area);
        if app.mouse() != mouse {
            mouse = app.mouse();
            guard.set_mouse(mouse)?;
        }
        if let Some(text) = app.take_clipboard() {
            let mut out = io::stdout();
            out.write_all(osc52(&text).as_bytes())?;
            out.flush()?;
        }
        if let Some(url) = app.take_link_to_open()
            && let Err(problem) = opener::open(&url, link_report.clone())
        {
            app.set_message(problem);
            changed = true;
        }
        if let Ok(problem) = link_reports.try_recv() {
            app.set_message(problem);
            changed = true;
        }
        if changed || sizing.pending.is_some() {
            guard.terminal.draw(|frame| draw(app, theme, frame))?;
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
        if event::poll(sizing.wait(tick))? {
            // Handle everything queued before drawing again, so held keys never lag.
            loop {
                match event::read()? {
                    Event::Key(key) if is_suspend(app, &key) => guard.suspend(signals)?,
                    event => handle(app, event),
                }
                if app.should_quit() || !event::poll(DRAIN)? {
                    break;
                }
            }
            changed = true;
        }
        changed |= channels.save_read_marks(app);
        changed |= channels.loading.deliver(app);
        changed |= app.poll_background();
        if let Some(reloads) = channels.reloads {
            while let Ok(reload) = reloads.try_recv() {
                app.file_changed(&reload.path, reload.outcome);
                changed = true;
            }
        }
    }
    // A mark made just before quitting is kept too.
    channels.save_read_marks(app);
    Ok(())
}

/// Whether a key asks to suspend ([`Action::Suspend`], Ctrl-z by default). In raw mode the
/// terminal sends Ctrl-z as a key rather than as SIGTSTP, so the shell acts on it here.
fn is_suspend(app: &App, key: &event::KeyEvent) -> bool {
    key.kind == KeyEventKind::Press
        && key_of(key)
            .is_some_and(|key| app.keymap().action(Context::Global, key) == Some(Action::Suspend))
}

/// The app's key for a terminal key event; `None` for keys no binding can name (media keys,
/// lone modifiers), which the app would ignore anyway.
fn key_of(event: &event::KeyEvent) -> Option<Key> {
    use event::KeyCode as Term;
    let code = match event.code {
        Term::Char(c) => KeyCode::Char(c),
        Term::F(n) => KeyCode::F(n),
        Term::Enter => KeyCode::Enter,
        Term::Esc => KeyCode::Esc,
        Term::Tab => KeyCode::Tab,
        Term::BackTab => KeyCode::BackTab,
        Term::Backspace => KeyCode::Backspace,
        Term::Up => KeyCode::Up,
        Term::Down => KeyCode::Down,
        Term::Left => KeyCode::Left,
        Term::Right => KeyCode::Right,
        Term::Home => KeyCode::Home,
        Term::End => KeyCode::End,
        Term::PageUp => KeyCode::PageUp,
        Term::PageDown => KeyCode::PageDown,
        Term::Delete => KeyCode::Delete,
        Term::Insert => KeyCode::Insert,
        _ => return None,
    };
    let mut modifiers = Modifiers::NONE;
    for (term, own) in [
        (event::KeyModifiers::CONTROL, Modifiers::CONTROL),
        (event::KeyModifiers::ALT, Modifiers::ALT),
        (event::KeyModifiers::SHIFT, Modifiers::SHIFT),
    ] {
        if event.modifiers.contains(term) {
            modifiers |= own;
        }
    }
    Some(Key::pressed(code, modifiers))
}

/// Draws the app; while a new size waits to settle ([`Sizing`]), the layout of the old size,
/// cut to the new one, rather than a blank or a "too small" screen.
fn draw(app: &App, theme: &Theme, frame: &mut ratatui::Frame) {
    let area = frame.area();
    if area == app.area() {
        ui::render(app, theme, frame);
        return;
    }
    let mut old = Buffer::empty(app.area());
    ui::draw(app, theme, app.area(), &mut old);
    let buf = frame.buffer_mut();
    for y in 0..area.height.min(old.area.height) {
        for x in 0..area.width.min(old.area.width) {
            if let (Some(cell), Some(target)) = (old.cell((x, y)), buf.cell_mut((x, y))) {
                // A wide character cut by the new right edge would spill past it.
                if x + 1 == area.width && unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                    target.set_symbol(" ").set_style(cell.style());
                } else {
                    *target = cell.clone();
                }
            }
        }
    }
}

fn handle(app: &mut App, event: Event) {
    match event {
        // Only presses: terminals that report releases would otherwise act twice.
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if let Some(key) = key_of(&key) {
                app.key(key);
            }
        }
        // The loop compares the terminal's size with the app's before each frame, and applies
        // a change when it is quick to or once it has settled.
        Event::Resize(..) => {}
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
    /// Whether mouse capture is on, to turn it on again after a suspension.
    mouse: bool,
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
            Ok(terminal) => Ok(TerminalGuard { terminal, mouse }),
            Err(error) => {
                restore_terminal();
                Err(error).context("cannot start drawing")
            }
        }
    }

    /// Gives the terminal back and stops the program, as SIGTSTP's default would; when it
    /// runs again (`fg`), takes the terminal again and draws everything.
    fn suspend(&mut self, signals: &Signals) -> anyhow::Result<()> {
        restore_terminal();
        signal_hook::low_level::raise(signal_hook::consts::SIGSTOP).context("cannot suspend")?;
        // The SIGCONT that woke the program is this resumption's, done here.
        signals.resumed.store(false, Ordering::SeqCst);
        self.resume_mouse()
    }

    /// Takes the terminal again after a stop: raw mode, the alternate screen, the mouse if on,
    /// and a full redraw (the screen was the shell's in between).
    fn resume(&mut self, mouse: bool) -> anyhow::Result<()> {
        self.mouse = mouse;
        // The shell put the terminal back in cooked mode behind crossterm's back; crossterm
        // believes it raw still and would not set it again.
        let _ = disable_raw_mode();
        self.resume_mouse()
    }

    fn resume_mouse(&mut self) -> anyhow::Result<()> {
        enable_raw_mode().context("cannot put the terminal in raw mode")?;
        execute!(io::stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
        self.set_mouse(self.mouse)?;
        // A new terminal believes the screen blank, as it now is, so the next frame draws
        // every cell. (`Terminal::clear` would ask the terminal where its cursor is, and the
        // answer can be lost to the shell handing the terminal back.)
        self.terminal =
            Terminal::new(CrosstermBackend::new(io::stdout())).context("cannot start drawing")?;
        Ok(())
    }

    fn set_mouse(&mut self, on: bool) -> io::Result<()> {
        self.mouse = on;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Briefing;
    use ratatui::backend::TestBackend;

    #[test]
    fn terminal_keys_become_the_key_table_keys() {
        use event::{KeyCode as Term, KeyEvent, KeyModifiers as TermModifiers};
        let key = |code, modifiers| key_of(&KeyEvent::new(code, modifiers));
        assert_eq!(
            key(Term::Char('J'), TermModifiers::SHIFT),
            Some(Key::char('J'))
        );
        assert_eq!(
            key(Term::BackTab, TermModifiers::SHIFT),
            Some(Key::plain(KeyCode::BackTab))
        );
        assert_eq!(
            key(Term::Char('o'), TermModifiers::CONTROL),
            Some(Key::ctrl('o'))
        );
        assert_eq!(
            key(Term::Char('i'), TermModifiers::ALT),
            Some(Key::new(KeyCode::Char('i'), Modifiers::ALT))
        );
        assert_eq!(
            key(Term::PageDown, TermModifiers::NONE),
            "PgDn".parse().ok()
        );
        assert_eq!(key(Term::F(5), TermModifiers::NONE), "F5".parse().ok());
        // Keys no binding can name are dropped rather than guessed at.
        assert_eq!(key(Term::CapsLock, TermModifiers::NONE), None);
        assert_eq!(key(Term::Null, TermModifiers::NONE), None);
    }

    fn seed_app(width: u16, height: u16) -> App {
        let seeds = crate::corpus::seeds();
        let briefings = seeds.into_iter().map(Briefing::from_document).collect();
        let mut app = App::new(briefings);
        app.update(Action::Resize { width, height });
        app
    }

    fn screen(terminal: &Terminal<TestBackend>) -> String {
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|cell| cell.symbol()).collect()
    }

    /// A slow re-wrap waits until the size has been still for [`SETTLE`]; a quick one is done
    /// at once.
    #[test]
    fn a_slow_resize_waits_for_the_size_to_settle() {
        let mut app = seed_app(100, 30);
        let mut sizing = Sizing {
            slow: true,
            ..Sizing::default()
        };
        let new = Rect::new(0, 0, 90, 30);
        assert!(
            !sizing.follow(&mut app, new),
            "not while it may still change"
        );
        assert_eq!(app.area().width, 100);
        assert!(sizing.wait(TICK) <= SETTLE);
        std::thread::sleep(SETTLE + Duration::from_millis(20));
        assert!(sizing.follow(&mut app, new), "settled");
        assert_eq!(app.area(), new);
        // The seeds wrap in far less than QUICK_RELAYOUT: the next size is applied at once.
        assert!(!sizing.slow);
        assert!(sizing.follow(&mut app, Rect::new(0, 0, 80, 30)));
        assert_eq!(app.area().width, 80);
    }

    /// Meanwhile the old layout is drawn, cut to the new size, not a "too small" screen.
    #[test]
    fn while_a_size_settles_the_old_layout_is_drawn_cut_to_it() {
        let app = seed_app(100, 30);
        let mut wide = Terminal::new(TestBackend::new(100, 30)).unwrap();
        wide.draw(|frame| draw(&app, &Theme::ansi(), frame))
            .unwrap();
        let mut narrow = Terminal::new(TestBackend::new(90, 25)).unwrap();
        narrow
            .draw(|frame| draw(&app, &Theme::ansi(), frame))
            .unwrap();
        let wide = screen(&wide);
        let narrow = screen(&narrow);
        let wide_rows: Vec<String> = wide
            .chars()
            .collect::<Vec<_>>()
            .chunks(100)
            .map(|row| row.iter().take(89).collect())
            .collect();
        let narrow_rows: Vec<String> = narrow
            .chars()
            .collect::<Vec<_>>()
            .chunks(90)
            .map(|row| row.iter().take(89).collect())
            .collect();
        assert_eq!(narrow_rows[..], wide_rows[..25]);
        assert!(narrow.contains("Briefings"), "{narrow}");
    }
}
