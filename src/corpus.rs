//! Loading briefings from files and folders, and the bundled seeds.
//!
//! Each path that cannot be used becomes one [`LoadError`] naming the file and the reason; the
//! rest still load. The text is the file decoded as UTF-8 with a leading byte-order mark
//! removed, and nothing else is rewritten.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::model::Document;

/// Files larger than this are skipped, so `/dev/zero`-like inputs cannot be read forever.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Extensions a folder's briefing files carry.
pub const BRIEFING_EXTENSIONS: [&str; 3] = ["txt", "md", "text"];

/// Why a path was skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadProblem {
    #[error("no such file or directory")]
    Missing,
    #[error("permission denied")]
    PermissionDenied,
    #[error("not valid UTF-8 (first bad byte at offset {0})")]
    NotUtf8(usize),
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    #[error("larger than the {} MiB limit", MAX_FILE_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("folder holds no briefing files (.txt, .md, .text)")]
    EmptyFolder,
    #[error("symbolic link loop")]
    Loop,
    #[error("cannot read: {0}")]
    Io(String),
}

/// One skipped path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub problem: LoadProblem,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.problem)
    }
}

/// What a load produced: the documents in order, and every path that was skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub documents: Vec<Document>,
    pub errors: Vec<LoadError>,
}

impl Loaded {
    /// 0 when everything loaded, 1 when some paths were skipped, 2 when nothing loaded.
    pub fn exit_code(&self) -> i32 {
        if self.documents.is_empty() {
            2
        } else if self.errors.is_empty() {
            0
        } else {
            1
        }
    }
}

fn problem_from_io(error: &io::Error) -> LoadProblem {
    match error.kind() {
        io::ErrorKind::NotFound => LoadProblem::Missing,
        io::ErrorKind::PermissionDenied => LoadProblem::PermissionDenied,
        _ if error.raw_os_error() == Some(40) => LoadProblem::Loop, // ELOOP
        _ => LoadProblem::Io(error.to_string()),
    }
}

fn special_file_kind(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "FIFO";
        }
        if file_type.is_char_device() {
            return "character device";
        }
        if file_type.is_block_device() {
            return "block device";
        }
        if file_type.is_socket() {
            return "socket";
        }
    }
    let _ = file_type;
    "special file"
}

/// Decodes file bytes into briefing text: UTF-8, leading BOM removed, no NUL bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadProblem> {
    if bytes.contains(&0) {
        return Err(LoadProblem::Binary);
    }
    let mut text = String::from_utf8(bytes)
        .map_err(|error| LoadProblem::NotUtf8(error.utf8_error().valid_up_to()))?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// Reads one briefing file.
pub fn read_file(path: &Path) -> Result<Document, LoadProblem> {
    let metadata = fs::metadata(path).map_err(|e| problem_from_io(&e))?;
    if !metadata.is_file() {
        return Err(LoadProblem::NotRegular(special_file_kind(
            &metadata.file_type(),
        )));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadProblem::TooLarge);
    }
    let file = fs::File::open(path).map_err(|e| problem_from_io(&e))?;
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow between the size check and the read; never read past the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| problem_from_io(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadProblem::TooLarge);
    }
    let text = decode(bytes)?;
    Ok(Document {
        id: document_id(path),
        path: path.display().to_string(),
        text,
    })
}

/// The file stem, the briefing's id.
pub fn document_id(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn is_briefing_file(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'));
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    !hidden && extension.is_some_and(|e| BRIEFING_EXTENSIONS.contains(&e.as_str()))
}

/// Collects the briefing files of a folder, sorted by name; with `recursive`, subfolders too
/// (each visited once, so a symlink loop ends).
fn folder_files(
    folder: &Path,
    recursive: bool,
    visited: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let canonical = match fs::canonicalize(folder) {
        Ok(path) => path,
        Err(error) => {
            errors.push(LoadError {
                path: folder.to_path_buf(),
                problem: problem_from_io(&error),
            });
            return;
        }
    };
    if !visited.insert(canonical) {
        errors.push(LoadError {
            path: folder.to_path_buf(),
            problem: LoadProblem::Loop,
        });
        return;
    }
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push(LoadError {
                path: folder.to_path_buf(),
                problem: problem_from_io(&error),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            let hidden = path
                .file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with('.'));
            if recursive && !hidden {
                folder_files(&path, recursive, visited, files, errors);
            }
        } else if is_briefing_file(&path) {
            files.push(path);
        }
    }
}

/// Expands the given paths into the list of files to read, in order. Folders give their
/// briefing files sorted by name; a folder with none is reported.
pub fn expand_paths(paths: &[PathBuf], recursive: bool) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => {
                let before = files.len();
                let mut visited = HashSet::new();
                folder_files(path, recursive, &mut visited, &mut files, &mut errors);
                if files.len() == before {
                    errors.push(LoadError {
                        path: path.clone(),
                        problem: LoadProblem::EmptyFolder,
                    });
                }
            }
            Ok(_) => files.push(path.clone()),
            Err(error) => errors.push(LoadError {
                path: path.clone(),
                problem: problem_from_io(&error),
            }),
        }
    }
    (files, errors)
}

/// Loads every path: files as given, folders as their briefing files.
pub fn load(paths: &[PathBuf], recursive: bool) -> Loaded {
    let (files, mut errors) = expand_paths(paths, recursive);
    let mut documents = Vec::with_capacity(files.len());
    for path in files {
        match read_file(&path) {
            Ok(document) => documents.push(document),
            Err(problem) => errors.push(LoadError { path, problem }),
        }
    }
    Loaded { documents, errors }
}

/// The seed briefings compiled into the binary.
pub fn seeds() -> Vec<Document> {
    crate::seeds::SEEDS
        .iter()
        .map(|(name, text)| Document {
            id: document_id(Path::new(name)),
            path: format!("seeds/{name}"),
            text: text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        })
        .collect()
}
