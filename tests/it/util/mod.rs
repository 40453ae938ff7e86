//! Helpers shared by the integration tests: a temporary corpus, a way to run the real binary
//! that cannot hang the test run, and the span checks every export and every extraction must
//! pass.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod spans;

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// The `briefing` binary cargo built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_briefing"))
}

/// A finished run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn stdout_str(&self) -> &str {
        std::str::from_utf8(&self.stdout).expect("the export is UTF-8")
    }

    /// The export parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|error| {
            panic!(
                "stdout is not JSON ({error}); stderr: {}; stdout starts {:?}",
                self.stderr,
                String::from_utf8_lossy(&self.stdout[..self.stdout.len().min(200)])
            )
        })
    }

    /// The ids of the exported briefings, in order.
    pub fn ids(&self) -> Vec<String> {
        self.json()["briefings"]
            .as_array()
            .expect("briefings is an array")
            .iter()
            .map(|b| b["id"].as_str().expect("id is a string").to_string())
            .collect()
    }
}

/// How long a run may take before it is treated as hung. Not a speed check: it is only there
/// so that a FIFO or `/dev/zero` that the binary waits on fails the test instead of stalling
/// the whole suite.
const HANG_LIMIT: Duration = Duration::from_secs(300);

/// Runs `briefing ARGS...` with no stdin.
pub fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut command = Command::new(bin());
    command.args(args);
    run_command(command)
}

/// Runs a prepared command to the end, collecting its output; kills it if it hangs.
pub fn run_command(mut command: Command) -> Run {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = command.spawn().expect("the command starts");
    wait(child)
}

fn wait(mut child: Child) -> Run {
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    // Both pipes are drained at once so a large export cannot block on a full pipe.
    let out = thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout.read_to_end(&mut bytes).map(|_| bytes)
    });
    let err = thread::spawn(move || {
        let mut bytes = Vec::new();
        stderr.read_to_end(&mut bytes).map(|_| bytes)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            break status;
        }
        if started.elapsed() > HANG_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("briefing did not finish: it hangs");
        }
        thread::sleep(Duration::from_millis(10));
    };
    let stdout = out.join().unwrap().expect("read stdout");
    let stderr = err.join().unwrap().expect("read stderr");
    Run {
        code: status.code(),
        stdout,
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    }
}

/// A temporary folder of briefing files, removed when dropped.
pub struct Corpus {
    dir: tempfile::TempDir,
}

impl Corpus {
    pub fn new() -> Self {
        Corpus {
            dir: tempfile::tempdir().expect("create a temporary folder"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `self.path()/name`, not created.
    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file (creating its folders) and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folders");
        }
        std::fs::write(&path, bytes).expect("write a file");
        path
    }

    /// Creates an empty folder and returns its path.
    pub fn folder(&self, name: &str) -> PathBuf {
        let path = self.join(name);
        std::fs::create_dir_all(&path).expect("create a folder");
        path
    }

    /// Creates a symbolic link `name` pointing at `target` (taken as is, may be relative).
    pub fn symlink(&self, name: &str, target: impl AsRef<Path>) -> PathBuf {
        let path = self.join(name);
        std::os::unix::fs::symlink(target, &path).expect("create a symbolic link");
        path
    }
}

/// The line `briefing: PATH: REASON` the binary prints for a skipped path.
pub fn skipped(path: &Path, reason: &str) -> String {
    format!("briefing: {}: {reason}\n", path.display())
}

/// Whether the tests run as root (who reads files whatever their mode says).
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
        .unwrap_or(false)
}
