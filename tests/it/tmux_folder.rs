//! The real binary in tmux on a folder whose files are read in the background: a file that
//! cannot be read shows in the list marked `skipped`, the status bar counts it, and once the
//! reader quits stderr holds one `briefing: PATH: REASON` line per skipped path in the order
//! of the paths, with exit status 1, as when every file was read before the UI started.
//! Skipped (with a note) when tmux is not installed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::tmux_common;

use tmux_common::{Session, tmux_available};

#[test]
fn unreadable_files_found_in_the_background_are_marked_then_reported_in_order() {
    if !tmux_available() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("news");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("a.txt"), "Putin met Macron in Paris.\n").unwrap();
    std::fs::write(folder.join("b.txt"), b"PK\x03\x04\0\0").unwrap();
    std::fs::write(folder.join("c.txt"), "Rain in Lisbon on Monday.\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let stderr = dir.path().join("stderr");
    let binary = env!("CARGO_BIN_EXE_briefing");
    let command = format!(
        "env -u NO_COLOR XDG_CONFIG_HOME={config} sh -c '{binary} {folder} {missing} 2> {stderr}; echo \"exit=$?\"; sleep 60'",
        config = dir.path().display(),
        folder = folder.display(),
        missing = missing.display(),
        stderr = stderr.display(),
    );
    let tmux = Session::start("folder", &command);
    // c.txt's own title replaces its file name once it is read.
    tmux.wait_for("Rain in Lisbon");
    // The missing path is known from the listing; b.txt once it has been read.
    let screen = tmux.wait_for("2 path(s) skipped");
    let row = screen
        .lines()
        .find(|line| line.contains("b.txt"))
        .unwrap_or_else(|| panic!("b.txt is not listed:\n{screen}"));
    assert!(row.contains("skipped"), "b.txt is not marked:\n{screen}");

    tmux.keys(&["q"]);
    tmux.wait_for("exit=1");
    let reported = std::fs::read_to_string(&stderr).unwrap();
    assert_eq!(
        reported,
        format!(
            "briefing: {}: binary file (contains NUL bytes)\n\
             briefing: {}: no such file or directory\n",
            folder.join("b.txt").display(),
            missing.display()
        )
    );
}
