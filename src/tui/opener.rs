//! `gx`: a briefing's link handed to the system's opener (`xdg-open`, or `open` on macOS),
//! spawned detached so the reader keeps the terminal: its standard streams go nowhere (a
//! browser's messages would garble the screen), it runs in a process group of its own (a
//! Ctrl-c in the reader does not reach it), and a thread waits for it, so no zombie is left
//! and a failure can be told in the status bar.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::Sender;

// The app decides what `gx` may open; the opener checks the same again before running.
pub use crate::app::is_web_link;

/// The openers asked for, in order.
const OPENERS: [&str; 2] = if cfg!(target_os = "macos") {
    ["open", "xdg-open"]
} else {
    ["xdg-open", "open"]
};

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|folder| folder.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Starts the opener on `url`. An error says why it could not start; a later failure (the
/// opener exits with an error) is sent on `report` as a status line.
pub fn open(url: &str, report: Sender<String>) -> Result<(), String> {
    if !is_web_link(url) {
        return Err(format!("not a web link, not opened: {url}"));
    }
    let Some(opener) = OPENERS.iter().find_map(|name| find_on_path(name)) else {
        return Err("no system opener found (xdg-open or open)".to_string());
    };
    let mut command = Command::new(&opener);
    command
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    let mut child = command
        .spawn()
        .map_err(|error| format!("cannot start {}: {error}", opener.display()))?;
    let name = opener.display().to_string();
    std::thread::spawn(move || {
        if let Ok(status) = child.wait()
            && !status.success()
        {
            let _ = report.send(format!("{name} could not open the link ({status})"));
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_links_are_opened() {
        assert!(is_web_link("https://ledger.example/news/ferry-plan"));
        assert!(is_web_link("HTTP://example.org/a?b=c"));
        assert!(!is_web_link("file:///etc/passwd"));
        assert!(!is_web_link("--help"));
        assert!(!is_web_link("https://a.example/ x"));
        assert!(!is_web_link("https://a.example/\n"));
    }
}
