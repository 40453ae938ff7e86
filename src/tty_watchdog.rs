//! Ends the program when its terminal goes away.
//!
//! When a terminal window closes, the kernel hangs up the tty: reads return end-of-file for
//! ever. crossterm 0.29's event reader retries such reads in a tight loop inside
//! `event::poll`, so the event loop never gets back to check the SIGHUP flag and the process
//! spins at full CPU (crossterm issue #793). This watchdog asks the kernel, without reading,
//! whether the tty has hung up, and if so restores what it can and exits.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::time::Duration;

/// How often the tty is checked; a closed window is noticed within this time.
const CHECK_EVERY: Duration = Duration::from_millis(250);

/// Exit status after a hang-up, as a shell reports death by SIGHUP (128 + 1).
pub const HANGUP_STATUS: i32 = 129;

/// Whether the tty behind `fd` has hung up, errored or closed.
fn hung_up(fd: i32) -> bool {
    let mut poll = libc::pollfd {
        fd,
        // No read interest: hang-up and error conditions are always reported.
        events: 0,
        revents: 0,
    };
    // SAFETY: `poll` reads and writes exactly the one pollfd passed, which lives on this
    // stack frame for the whole call; a zero timeout never blocks.
    let ready = unsafe { libc::poll(&mut poll, 1, 0) };
    ready > 0 && poll.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
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
            let fd = tty.as_raw_fd();
            loop {
                std::thread::sleep(CHECK_EVERY);
                if hung_up(fd) {
                    on_hang_up();
                    std::process::exit(HANGUP_STATUS);
                }
            }
        });
    // Without the thread the program still works; it only loses this safety net.
    drop(spawned);
}
