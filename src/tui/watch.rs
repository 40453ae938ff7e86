//! Live reload: watching the files and folders given on the command line.
//!
//! A [`notify`] watcher reports raw file-system events on its own thread; they go to a
//! debouncing thread that waits for a burst (an editor's save is often several events: write,
//! rename, attribute change) to go quiet, then reads each affected file again with
//! [`corpus::read_file`], extracts it, and sends one [`Reload`] per file that really changed.
//! The event loop hands each one to [`crate::app::App::file_changed`]; nothing here touches
//! the app or the terminal, so a test can drive the same channel without either.
//!
//! A file given by name is watched through its folder (editors replace files by renaming a new
//! one over them, which would end a watch on the file itself). A folder's new files are loaded
//! when the same rules that loaded the folder ([`corpus::expand_paths`]) would have taken them.

use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::corpus::{self, LoadProblem};
use crate::model::{Briefing, Document};

/// A burst of events is over when none came for this long.
const QUIET: Duration = Duration::from_millis(150);
/// A file rewritten without pause (a log) is still read this often.
const MAX_WAIT: Duration = Duration::from_secs(1);

/// One file read again after it changed on disk: its path as it was loaded, and the briefing
/// or why it cannot be read now.
#[derive(Debug)]
pub struct Reload {
    pub path: PathBuf,
    pub outcome: Result<Briefing, LoadProblem>,
}

/// The running watcher; dropping it stops the watching and the debouncing thread.
pub struct Watch {
    _watcher: RecommendedWatcher,
}

/// A path given on the command line.
#[derive(Debug, Clone)]
struct Root {
    /// As given, so reloaded files keep the paths they were loaded under.
    given: PathBuf,
    /// As the watcher reports it: absolute, links not resolved.
    absolute: PathBuf,
    folder: bool,
}

/// What the last read of a file gave, so an event that changed nothing (a `touch`, the
/// watcher's own reads) reloads nothing and a broken file is reported once.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    Text(u64),
    Problem(LoadProblem),
    /// Listed but not read yet by the background load: a file the UI knows, not a new one.
    /// A read of it here counts as news, since what the load will read is not known yet.
    Unread,
}

/// What the watcher knows of each file the UI holds, shared with the background load
/// (`super::load`), which records each file's first read so that a later event compares
/// against it: a `touch` of a file read in the background then reloads nothing.
#[derive(Debug, Clone, Default)]
pub struct SeenFiles(Arc<Mutex<HashMap<PathBuf, Seen>>>);

impl SeenFiles {
    fn lock(&self) -> MutexGuard<'_, HashMap<PathBuf, Seen>> {
        // A panic elsewhere while holding it leaves a map that is still whole.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records what the background load's read of a listed file gave, unless the watcher
    /// has read the file since: its read is the newer.
    pub fn record_first_read(&self, path: &Path, outcome: &Result<Arc<String>, LoadProblem>) {
        let now = match outcome {
            Ok(text) => Seen::Text(fingerprint(text)),
            Err(problem) => Seen::Problem(problem.clone()),
        };
        if let Some(seen) = self.lock().get_mut(path)
            && *seen == Seen::Unread
        {
            *seen = now;
        }
    }
}

fn fingerprint(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Starts watching `paths` (as given on the command line): `documents` were read from them,
/// and the files in `unread` were listed and are still being read in the background, which
/// records its reads in the returned [`SeenFiles`].
pub fn start(
    paths: &[PathBuf],
    recursive: bool,
    documents: &[Document],
    unread: &[PathBuf],
) -> notify::Result<(Watch, Receiver<Reload>, SeenFiles)> {
    let roots: Vec<Root> = paths
        .iter()
        .filter_map(|given| {
            let absolute = std::path::absolute(given).ok()?;
            Some(Root {
                folder: absolute.is_dir(),
                given: given.clone(),
                absolute,
            })
        })
        .collect();
    let (events_in, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(events_in)?;
    let mut watched = BTreeSet::new();
    for root in &roots {
        let (target, mode) = if root.folder {
            let mode = if recursive {
                RecursiveMode::Recursive
            } else {
                RecursiveMode::NonRecursive
            };
            (root.absolute.clone(), mode)
        } else {
            let parent = root.absolute.parent().map(Path::to_path_buf);
            (parent.unwrap_or_default(), RecursiveMode::NonRecursive)
        };
        // A folder holding several given files is watched once; one that cannot be watched
        // (gone already) leaves the others watched.
        if watched.insert(target.clone()) {
            let _ = watcher.watch(&target, mode);
        }
    }
    let seen = documents
        .iter()
        .map(|d| (PathBuf::from(&d.path), Seen::Text(fingerprint(&d.text))))
        .chain(unread.iter().map(|path| (path.clone(), Seen::Unread)))
        .collect();
    let seen = SeenFiles(Arc::new(Mutex::new(seen)));
    let (reloads_out, reloads) = mpsc::channel();
    let debouncer = Debouncer {
        roots,
        recursive,
        seen: seen.clone(),
        out: reloads_out,
    };
    std::thread::Builder::new()
        .name("briefing-watch".into())
        .spawn(move || debouncer.run(&events))
        .map_err(notify::Error::io)?;
    Ok((Watch { _watcher: watcher }, reloads, seen))
}

struct Debouncer {
    roots: Vec<Root>,
    recursive: bool,
    seen: SeenFiles,
    out: Sender<Reload>,
}

/// The absolute paths a burst touched, or that everything must be looked at again.
#[derive(Default)]
struct Burst {
    paths: BTreeSet<PathBuf>,
    rescan: bool,
}

impl Burst {
    fn add(&mut self, event: notify::Result<notify::Event>) {
        match event {
            // Reads (ours included) change nothing.
            Ok(event) if matches!(event.kind, EventKind::Access(_)) => {}
            Ok(event) => {
                self.rescan |= event.need_rescan();
                self.paths.extend(event.paths);
            }
            // The watcher lost track (its queue overflowed): look at everything.
            Err(_) => self.rescan = true,
        }
    }
}

impl Debouncer {
    fn run(mut self, events: &Receiver<notify::Result<notify::Event>>) {
        // Ends when the watcher is dropped (its sender goes) or the app stops listening.
        while let Ok(first) = events.recv() {
            let mut burst = Burst::default();
            burst.add(first);
            let started = Instant::now();
            loop {
                let left = MAX_WAIT.saturating_sub(started.elapsed());
                if left.is_zero() {
                    break;
                }
                match events.recv_timeout(QUIET.min(left)) {
                    Ok(event) => burst.add(event),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            for path in self.affected(&burst) {
                if !self.reload(path) {
                    return;
                }
            }
        }
    }

    /// The files (as loaded) a burst may have changed: known files it touched, or that sit in
    /// a folder it touched, and files a watched folder now holds that were never loaded.
    fn affected(&self, burst: &Burst) -> BTreeSet<PathBuf> {
        let mut files = BTreeSet::new();
        let seen = self.seen.lock();
        let touched = |absolute: &Path| {
            burst.rescan
                || burst
                    .paths
                    .iter()
                    .any(|p| p == absolute || absolute.starts_with(p))
        };
        for root in &self.roots {
            if !root.folder {
                if touched(&root.absolute) {
                    files.insert(root.given.clone());
                }
                continue;
            }
            let in_root = burst.rescan || burst.paths.iter().any(|p| p.starts_with(&root.absolute));
            if !in_root {
                continue;
            }
            for known in seen.keys() {
                if let Ok(relative) = known.strip_prefix(&root.given)
                    && touched(&root.absolute.join(relative))
                {
                    files.insert(known.clone());
                }
            }
            let (listed, _) =
                corpus::expand_paths(std::slice::from_ref(&root.given), self.recursive);
            files.extend(listed.into_iter().filter(|f| !seen.contains_key(f)));
        }
        files
    }

    /// Reads one file again and sends what changed; false once the app stopped listening.
    fn reload(&mut self, path: PathBuf) -> bool {
        // A feed or a JSON Lines file is many briefings, read once when the reader starts; a
        // slot of the list is one briefing, so such a file is not reloaded live.
        if corpus::is_multi_document(&path) {
            return true;
        }
        let read = corpus::read_file(&path);
        let now = match &read {
            Ok(document) => Seen::Text(fingerprint(&document.text)),
            Err(problem) => Seen::Problem(problem.clone()),
        };
        {
            let mut seen = self.seen.lock();
            let before = seen.get(&path);
            // A file that vanished before it was ever loaded is nobody's business.
            if before == Some(&now) || (before.is_none() && read.is_err()) {
                return true;
            }
            seen.insert(path.clone(), now);
        }
        let outcome = read.and_then(|document| {
            // An extractor bug must not end live reload for every other file.
            std::panic::catch_unwind(|| Briefing::from_document(document))
                .map_err(|_| LoadProblem::Io("the extractor failed on this text".into()))
        });
        self.out.send(Reload { path, outcome }).is_ok()
    }
}
