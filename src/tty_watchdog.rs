//! Ends the program when its terminal goes away.
//!
//! When a terminal window closes, the kernel hangs up the tty: reads return end-of-file for
//! ever. crossterm 0.29's event reader retries such reads in a tight loop inside
//! `event::poll`, so the event loop never gets back to check the SIGHUP flag and the process
//! spins at full CPU (crossterm issue #793). This watchdog asks the kernel, without reading,
//! whether the tty has hung up, and if so restores what it can and exits.

use std::fs::File;
use std::time::Duration;

use rustix::event::{PollFd, PollFlags, Timespec};

/// How often the tty is checked; a closed window is noticed within this time.
const CHECK_EVERY: Duration = Duration::from_millis(250);

/// Exit status after a hang-up, as a shell reports death by SIGHUP (128 + 1).
pub const HANGUP_STATUS: i32 = 129;

/// Whether the tty has hung up, errored or closed.
fn hung_up(tty: &File) -> bool {
    // No read interest: hang-up and error conditions are always reported.
    let mut fds = [PollFd::new(tty, PollFlags::empty())];
    let ready = rustix::event::poll(&mut fds, Some(&Timespec::default())).unwrap_or(0);
    ready > 0
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

/// Starts the watchdog thread; `on_hang_up` runs before the process exits. Does nothing
/// when there is no controlling terminal to watch.
pub fn spawn(on_hang_up: fn()) {
    let Ok(tty) = File::open("/dev/tty") else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("tty-watchdog".into())
        .spawn(move || {
            loop {
                std::thread::sleep(CHECK_EVERY);
                if hung_up(&tty) {
                    on_hang_up();
                    std::process::exit(HANGUP_STATUS);
                }
            }
        });
    // Without the thread the program still works; it only loses this safety net.
    drop(spawned);
}
