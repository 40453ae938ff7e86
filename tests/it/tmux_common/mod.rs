//! Driving the real binary in tmux: a session, keys, the screen, tmux's view of the
//! terminal's modes. Shared by the `tmux_*` end-to-end tests.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;
use std::sync::{Mutex, MutexGuard};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long to wait for the screen to show something before giving up. Only a ceiling: the
/// test moves on as soon as the text appears.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// One session at a time: the tmux tests share one binary and would otherwise run side by
/// side, and a loaded machine then delays a key long enough to change what the app reads (an
/// Escape followed by another key reads as that key with Alt).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

pub struct Session {
    name: String,
    /// The session's `XDG_STATE_HOME`, so the read marks never touch the real home.
    _state: tempfile::TempDir,
    // Declared last so it is released after the session is killed.
    _turn: MutexGuard<'static, ()>,
}

impl Session {
    /// Starts `command` in a detached 120×40 session; `tag` tells sessions of one test run
    /// apart.
    pub fn start(tag: &str, command: &str) -> Session {
        // A test that failed while holding the turn has already reported its failure.
        let turn = ONE_AT_A_TIME
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let name = format!("briefing-test-{}-{tag}", std::process::id());
        let state = tempfile::tempdir().unwrap();
        // Exported by the session's shell rather than `new-session -e`, which races the
        // tmux server starting up.
        let command = format!(
            "XDG_STATE_HOME='{}'; export XDG_STATE_HOME; {command}",
            state.path().display()
        );
        // The server of the session before may still be shutting down when this one starts
        // ("server exited unexpectedly"): try again a few times before failing.
        let mut started = false;
        for _ in 0..5 {
            let status = Command::new("tmux")
                .args([
                    "new-session",
                    "-d",
                    "-x",
                    "120",
                    "-y",
                    "40",
                    "-s",
                    &name,
                    &command,
                ])
                .status()
                .unwrap();
            if status.success() {
                started = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(started, "tmux new-session failed five times");
        Session {
            name,
            _state: state,
            _turn: turn,
        }
    }

    /// The session's name, for tmux commands of a test's own.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            let status = Command::new("tmux")
                .args(["send-keys", "-t", &self.name, key])
                .status()
                .unwrap();
            assert!(status.success());
        }
    }

    pub fn screen(&self, escapes: bool) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", &self.name];
        if escapes {
            args.push("-e");
        }
        let out = Command::new("tmux").args(&args).output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn flag(&self, name: &str) -> String {
        let out = Command::new("tmux")
            .args([
                "display-message",
                "-p",
                "-t",
                &self.name,
                &format!("#{{{name}}}"),
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen shows `text`, and returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(false);
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("waited for {text:?}; the screen shows:\n{screen}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    pub fn status_line(&self) -> String {
        self.screen(false).lines().nth(39).unwrap_or("").to_string()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

pub fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}
