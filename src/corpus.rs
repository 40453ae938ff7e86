//! Loading briefings from files and folders, and the bundled seeds.
//!
//! Each path that cannot be used becomes one [`LoadError`] naming the file and the reason; the
//! rest still load. A plain text file's text is the file decoded as UTF-8 with a leading
//! byte-order mark removed, and nothing else is rewritten; the other formats (saved pages,
//! feeds, JSON Lines, Markdown with front matter) are read by [`crate::formats`], and a part of
//! a file that cannot be used (a JSON line, a feed item) is one more [`LoadError`], naming its
//! line or item.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::formats::{self, Format};
use crate::model::Document;

/// Files larger than this are skipped, so `/dev/zero`-like inputs cannot be read forever.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Extensions a folder's briefing files carry.
pub const BRIEFING_EXTENSIONS: [&str; 10] = formats::EXTENSIONS;

/// A size limit in words: "64 MiB", "1 MiB", "512 KiB".
fn size_name(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} byte")
    }
}

/// Why a path was skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadProblem {
    #[error("no such file or directory")]
    Missing,
    #[error("permission denied")]
    PermissionDenied,
    #[error("not valid UTF-8 (first bad byte at offset {0})")]
    NotUtf8(usize),
    #[error("UTF-16 text, not UTF-8 (convert it, e.g. with iconv)")]
    Utf16,
    #[error("UTF-32 text, not UTF-8 (convert it, e.g. with iconv)")]
    Utf32,
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("not a regular file ({0})")]
    NotRegular(&'static str),
    #[error("larger than the {} limit", size_name(*.0))]
    TooLarge(u64),
    #[error(
        "folder holds no briefing files (.txt, .md, .text, .html, .htm, .xml, .rss, .atom, \
         .jsonl, .ndjson)"
    )]
    EmptyFolder,
    #[error("no article text found in the page")]
    NoArticleText,
    #[error("elements nested more than {0} deep (not read: it would take too long)")]
    TooDeep(usize),
    #[error(
        "declares the encoding \"{0}\", which is not read (convert it to UTF-8, e.g. with iconv)"
    )]
    UnknownEncoding(String),
    #[error("not a readable RSS or Atom feed: {0}")]
    NotAFeed(String),
    #[error("{0}")]
    NoBriefing(String),
    /// One part of a file (a JSON line, a feed item) skipped; the rest of the file loaded.
    #[error("{0}, skipped")]
    Part(String),
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
        write!(f, "{}: {}", display_path(&self.path), self.problem)
    }
}

/// A path as one printable line: control characters (a newline or an escape sequence in a
/// file name) are written as `\n`, `\u{1b}`, so a report stays one line and cannot drive the
/// terminal.
pub fn display_path(path: &Path) -> String {
    let lossy = path.to_string_lossy();
    if !lossy.chars().any(char::is_control) {
        return lossy.into_owned();
    }
    let mut out = String::with_capacity(lossy.len() + 8);
    for c in lossy.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
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

/// `ELOOP` on Linux: too many levels of symbolic links.
const ELOOP: i32 = 40;

fn problem_from_io(error: &io::Error) -> LoadProblem {
    match error.kind() {
        io::ErrorKind::NotFound => LoadProblem::Missing,
        io::ErrorKind::PermissionDenied => LoadProblem::PermissionDenied,
        _ if error.raw_os_error() == Some(ELOOP) => LoadProblem::Loop,
        _ => LoadProblem::Io(error.to_string()),
    }
}

fn special_file_kind(file_type: &fs::FileType) -> &'static str {
    if file_type.is_dir() {
        return "folder";
    }
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
    "special file"
}

/// Decodes file bytes into briefing text: UTF-8, leading BOM removed, no NUL bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadProblem> {
    // A UTF-16 or UTF-32 file is full of NUL bytes; name what it is rather than calling it
    // binary. UTF-32's little-endian mark starts with UTF-16's, so it is asked first.
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Err(LoadProblem::Utf32);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(LoadProblem::Utf16);
    }
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

/// Opens a file for reading, refusing anything that is not a regular file.
///
/// The path is checked before it is opened, so a device is never opened at all (opening one
/// can have effects) and a FIFO is never waited on. The open itself does not block either
/// (`O_NONBLOCK`), and the open handle is checked again, so a path swapped for a FIFO between
/// the two steps cannot hang the load.
fn open_regular(path: &Path) -> Result<(fs::File, u64), LoadProblem> {
    let metadata = fs::metadata(path).map_err(|e| problem_from_io(&e))?;
    if !metadata.is_file() {
        return Err(LoadProblem::NotRegular(special_file_kind(
            &metadata.file_type(),
        )));
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // On a regular file O_NONBLOCK changes nothing for reads.
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        options.custom_flags(flags.bits() as i32);
    }
    let file = options.open(path).map_err(|e| problem_from_io(&e))?;
    let metadata = file.metadata().map_err(|e| problem_from_io(&e))?;
    if !metadata.is_file() {
        return Err(LoadProblem::NotRegular(special_file_kind(
            &metadata.file_type(),
        )));
    }
    Ok((file, metadata.len()))
}

/// Reads a regular file of at most `cap` bytes, guarded as briefing files are: a FIFO, a
/// device or a folder is refused without being waited on or read, and a file that is (or
/// grows) larger than `cap` is refused after reading at most one byte past it.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, LoadProblem> {
    let (file, len) = open_regular(path)?;
    if len > cap {
        return Err(LoadProblem::TooLarge(cap));
    }
    // `len` is a hint only: files under /proc say 0 and have text, and a file may grow or
    // shrink while it is read. The cap is enforced on the bytes actually read.
    let mut bytes = Vec::with_capacity(usize::try_from(len.min(cap)).unwrap_or(0));
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| problem_from_io(&e))?;
    if bytes.len() as u64 > cap {
        return Err(LoadProblem::TooLarge(cap));
    }
    Ok(bytes)
}

/// What one file gave: its briefings in order, and the parts of it that were skipped
/// ([`LoadProblem::Part`]).
#[derive(Debug, Default)]
pub struct FileRead {
    pub documents: Vec<Document>,
    pub skipped: Vec<LoadProblem>,
}

/// Reads one file in its format ([`Format::of`]) into its briefings. A file that is one
/// briefing gets `id`; each briefing of a feed or a JSON Lines file gets `id#KEY`, KEY being
/// the item's number or the line's `id` (else its line number), unique within the file, so the
/// ids stay unique across a load whenever the files' ids are.
pub fn read_documents(path: &Path, id: &str) -> Result<FileRead, LoadProblem> {
    let bytes = read_regular(path, MAX_FILE_BYTES)?;
    let parsed = formats::parse(Format::of(path), bytes)?;
    let shown = path.display().to_string();
    let mut keys: HashSet<String> = HashSet::new();
    let documents = parsed
        .items
        .into_iter()
        .map(|item| {
            let id = match item.key {
                None => id.to_string(),
                Some(key) => {
                    let mut unique = format!("{id}#{key}");
                    let mut n = 2;
                    while keys.contains(&unique) {
                        unique = format!("{id}#{key}#{n}");
                        n += 1;
                    }
                    keys.insert(unique.clone());
                    unique
                }
            };
            Document {
                id,
                path: shown.clone(),
                text: item.text,
                meta: item.meta.boxed(),
            }
        })
        .collect();
    Ok(FileRead {
        documents,
        skipped: parsed.skipped.into_iter().map(LoadProblem::Part).collect(),
    })
}

/// Whether a path's format may hold many briefings (a feed, JSON Lines): the TUI reads such
/// files before it starts, and live reload leaves them alone.
pub fn is_multi_document(path: &Path) -> bool {
    Format::of(path).is_multi_document()
}

/// Reads a file that is one briefing (its first, for a feed or JSON Lines file).
pub fn read_file(path: &Path) -> Result<Document, LoadProblem> {
    let read = read_documents(path, &document_id(path))?;
    read.documents
        .into_iter()
        .next()
        .ok_or(LoadProblem::NoBriefing("no briefing in the file".into()))
}

/// The briefings of a file and the reports of what was skipped in it, each a [`LoadError`]
/// naming the file.
fn read_entry(path: &Path, id: &str) -> (Vec<Document>, Vec<LoadError>) {
    let error = |problem| LoadError {
        path: path.to_path_buf(),
        problem,
    };
    match read_documents(path, id) {
        Ok(read) => (
            read.documents,
            read.skipped.into_iter().map(error).collect(),
        ),
        Err(problem) => (Vec::new(), vec![error(problem)]),
    }
}

/// The file stem, the briefing's id when no other file in the same load shares it
/// ([`unique_ids`]). A name that is not UTF-8 keeps its bad bytes, written `\xFF`, so two
/// such names never collapse into one id.
pub fn document_id(path: &Path) -> String {
    match path.file_stem() {
        Some(stem) => escaped(stem),
        None => escaped(path.as_os_str()),
    }
}

/// A name as text: its UTF-8 as it is, each byte that is not UTF-8 as `\xHH`. Unlike a lossy
/// conversion, two different names stay different.
fn escaped(name: &OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

/// The id of each of `paths` (in order), unique among them, as the export contract says: the
/// file stem, or, where two files share a stem, their paths without extension. Where even
/// those agree (`a.txt` beside `a.md`) the whole path is the id, and a path listed twice gets
/// `#2`, `#3`, … on its later appearances. Depends only on the list, so the same paths always
/// give the same ids.
pub fn unique_ids<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Vec<String> {
    let paths: Vec<&Path> = paths.into_iter().collect();
    let mut ids: Vec<String> = paths.iter().map(|path| document_id(path)).collect();
    // Each step widens only the ids still shared; what is shared after the last is the same
    // path listed twice.
    let widen: [fn(&Path) -> String; 2] = [
        |path| escaped(path.with_extension("").as_os_str()),
        |path| escaped(path.as_os_str()),
    ];
    for wider in widen {
        let shared = shared_ids(&ids);
        if shared.is_empty() {
            return ids;
        }
        for (id, path) in ids.iter_mut().zip(&paths) {
            if shared.contains(id.as_str()) {
                *id = wider(path);
            }
        }
    }
    let mut taken: HashSet<String> = HashSet::with_capacity(ids.len());
    for id in &mut ids {
        if !taken.insert(id.clone()) {
            let mut n = 2;
            while taken.contains(&format!("{id}#{n}")) {
                n += 1;
            }
            id.push_str(&format!("#{n}"));
            taken.insert(id.clone());
        }
    }
    ids
}

/// The ids that more than one entry of `ids` holds.
fn shared_ids(ids: &[String]) -> HashSet<String> {
    let mut seen = HashSet::with_capacity(ids.len());
    ids.iter()
        .filter(|id| !seen.insert(id.as_str()))
        .cloned()
        .collect()
}

/// Asked of every name in a listed folder, so read as bytes, without building its path.
fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

fn is_briefing_name(name: &OsStr) -> bool {
    !is_hidden(name)
        && Path::new(name).extension().is_some_and(|extension| {
            BRIEFING_EXTENSIONS
                .iter()
                .any(|known| extension.eq_ignore_ascii_case(known))
        })
}

/// One item of an expanded path list, in order: a file to read, or a path already known to be
/// unusable. Keeping both in one list lets every report come out in the order of the paths.
pub type Entry = Result<PathBuf, LoadError>;

fn entry_error(path: &Path, problem: LoadProblem) -> Entry {
    Err(LoadError {
        path: path.to_path_buf(),
        problem,
    })
}

/// What tells two folders apart: device and inode, so that a folder reached again (through a
/// symbolic link) is known without resolving its path. Comparing canonical paths made a deep
/// walk cubic: each folder's path is as long as its depth, and each was compared with every
/// ancestor's.
type FolderId = (u64, u64);

fn folder_id(folder: &Path) -> io::Result<FolderId> {
    use std::os::unix::fs::MetadataExt;
    let metadata = fs::metadata(folder)?;
    Ok((metadata.dev(), metadata.ino()))
}

/// Folders seen during one recursive walk.
#[derive(Default)]
struct Walk {
    /// The folders being descended, root first: meeting one of these again is a symbolic link
    /// loop.
    ancestors: HashSet<FolderId>,
    /// Every folder read so far: a folder reached a second time through a symbolic link (not a
    /// loop) is not read again, so no briefing is loaded twice.
    visited: HashSet<FolderId>,
}

/// Collects the briefing files of a folder, sorted by name; with `recursive`, subfolders too.
/// Linear in the length of the paths it lists (the system resolves each folder's path once),
/// however deep they nest.
fn folder_entries(folder: &Path, recursive: bool, walk: &mut Walk, entries: &mut Vec<Entry>) {
    let id = match folder_id(folder) {
        Ok(id) => id,
        Err(error) => {
            entries.push(entry_error(folder, problem_from_io(&error)));
            return;
        }
    };
    if walk.ancestors.contains(&id) {
        entries.push(entry_error(folder, LoadProblem::Loop));
        return;
    }
    if !walk.visited.insert(id) {
        return;
    }
    let listing = match fs::read_dir(folder) {
        Ok(listing) => listing,
        Err(error) => {
            entries.push(entry_error(folder, problem_from_io(&error)));
            return;
        }
    };
    // Each item with the type the listing itself gives (no system call on Linux): a stat of
    // every file would be most of the time it takes to list a 10,000-file folder.
    let mut items = Vec::new();
    for item in listing {
        match item {
            Ok(item) => items.push((item.file_name(), item.file_type().ok())),
            Err(error) => entries.push(entry_error(folder, problem_from_io(&error))),
        }
    }
    // By name, which within one folder is the order of the whole paths: comparing paths reads
    // them component by component, and was most of the time it took to list 10,000 files.
    items.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    walk.ancestors.insert(id);
    for (name, file_type) in items {
        // A symbolic link is followed (`is_dir` does), so a linked folder is descended (and
        // checked for loops); a dangling link is not a folder and is reported when it is read.
        let is_dir = match file_type {
            Some(file_type) if !file_type.is_symlink() => file_type.is_dir(),
            _ => folder.join(&name).is_dir(),
        };
        if is_dir {
            if recursive && !is_hidden(&name) {
                folder_entries(&folder.join(&name), recursive, walk, entries);
            }
        } else if is_briefing_name(&name) {
            entries.push(Ok(folder.join(&name)));
        }
    }
    walk.ancestors.remove(&id);
}

/// Expands one given path: a file (or anything that is not a folder) as itself, to be read
/// and judged then; a folder as its briefing files. A folder with none is reported.
fn expand_path(path: &Path, recursive: bool) -> Vec<Entry> {
    match fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => {
            let mut entries = Vec::new();
            folder_entries(path, recursive, &mut Walk::default(), &mut entries);
            // Only a folder that gave nothing at all is called empty: when its listing failed
            // or it held only unusable links, the reports already say why.
            if entries.is_empty() {
                entries.push(entry_error(path, LoadProblem::EmptyFolder));
            }
            entries
        }
        Ok(_) => vec![Ok(path.to_path_buf())],
        Err(error) => vec![entry_error(path, problem_from_io(&error))],
    }
}

/// Expands the given paths into the list of files to read, in order. Folders give their
/// briefing files sorted by name; a folder with none is reported.
pub fn expand_paths(paths: &[PathBuf], recursive: bool) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in paths.iter().flat_map(|path| expand_path(path, recursive)) {
        match entry {
            Ok(file) => files.push(file),
            Err(error) => errors.push(error),
        }
    }
    (files, errors)
}

/// Lists every path without reading any file: files as given, folders as their briefing
/// files, and the paths already known to be unusable, all in the order of the paths.
pub fn list(paths: &[PathBuf], recursive: bool) -> Vec<Entry> {
    paths
        .iter()
        .flat_map(|path| expand_path(path, recursive))
        .collect()
}

/// The start of a lazy load ([`open`]): what was skipped before the first briefing that
/// loaded, that briefing, and everything listed after it, still to be read.
#[derive(Debug, Default)]
pub struct Opening {
    /// The paths before the first briefing that could not be used, in order.
    pub skipped: Vec<LoadError>,
    /// The first briefing that loaded; none when no path gave one.
    pub first: Option<Document>,
    /// The briefings read with the first: the rest of its file when it is a feed or a JSON
    /// Lines file, and every file up to the last such file listed (see [`open`]).
    pub more: Vec<Document>,
    /// Everything listed after the briefings read, in order: the reports of what was skipped
    /// among those, then files not read yet and paths already known to be unusable.
    pub rest: Vec<Entry>,
}

/// Lists the paths and reads files in order only until one loads, so a reader sees the first
/// briefing of a large archive without waiting for the others. When nothing loads, `skipped`
/// holds every report [`load`] would give, in the same order.
///
/// A feed or a JSON Lines file is many briefings, and a file still to be read is one row of
/// the TUI's list; so when such files are listed, every file up to the last of them is read
/// here too (in parallel), and only the files after it are left to read in the background.
pub fn open(paths: &[PathBuf], recursive: bool) -> Opening {
    let mut opening = Opening::default();
    let mut entries = list(paths, recursive).into_iter();
    let mut reports = Vec::new();
    for entry in entries.by_ref() {
        let (documents, errors) = match entry {
            Ok(file) => read_entry(&file, &document_id(&file)),
            Err(error) => (Vec::new(), vec![error]),
        };
        let mut documents = documents.into_iter();
        match documents.next() {
            Some(first) => {
                opening.first = Some(first);
                opening.more.extend(documents);
                reports = errors;
                break;
            }
            None => opening.skipped.extend(errors),
        }
    }
    let mut rest: Vec<Entry> = entries.collect();
    let last_multi = rest
        .iter()
        .rposition(|entry| entry.as_ref().is_ok_and(|path| is_multi_document(path)));
    if let Some(last) = last_multi {
        use rayon::prelude::*;
        let read: Vec<(Vec<Document>, Vec<LoadError>)> = rest
            .par_drain(..=last)
            .map(|entry| match entry {
                Ok(file) => read_entry(&file, &document_id(&file)),
                Err(error) => (Vec::new(), vec![error]),
            })
            .collect();
        for (documents, errors) in read {
            opening.more.extend(documents);
            reports.extend(errors);
        }
    }
    opening.rest = reports.into_iter().map(Err).chain(rest).collect();
    opening
}

/// Loads every path: files as given, folders as their briefing files. Documents and errors
/// both come out in the order of the paths.
pub fn load(paths: &[PathBuf], recursive: bool) -> Loaded {
    use rayon::prelude::*;
    let entries = list(paths, recursive);
    // Files are read in parallel (an archive is thousands of small files, and each costs a
    // few system calls) and collected in order, so documents and reports keep the order of
    // the paths.
    let results: Vec<(Vec<Document>, Vec<LoadError>)> = entries
        .into_par_iter()
        .map(|entry| match entry {
            Ok(file) => read_entry(&file, &document_id(&file)),
            Err(error) => (Vec::new(), vec![error]),
        })
        .collect();
    let mut loaded = Loaded::default();
    for (documents, errors) in results {
        loaded.documents.extend(documents);
        loaded.errors.extend(errors);
    }
    loaded
}

/// The seed briefings compiled into the binary.
pub fn seeds() -> Vec<Document> {
    crate::seeds::SEEDS
        .iter()
        .map(|(name, text)| Document {
            id: document_id(Path::new(name)),
            path: format!("seeds/{name}"),
            text: text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
            meta: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    fn ids(paths: &[&str]) -> Vec<String> {
        unique_ids(paths.iter().map(Path::new))
    }

    #[test]
    fn an_id_is_the_stem_unless_another_file_shares_it() {
        assert_eq!(
            ids(&["x/a.txt", "y/a.txt", "z/b.txt", "c.md"]),
            ["x/a", "y/a", "b", "c"]
        );
    }

    #[test]
    fn ids_stay_unique_when_paths_without_extension_agree_or_a_path_is_listed_twice() {
        assert_eq!(
            ids(&["d/a.txt", "d/a.md", "d/a.txt", "b.txt"]),
            ["d/a.txt", "d/a.md", "d/a.txt#2", "b"]
        );
    }

    #[test]
    fn names_that_are_not_utf8_keep_their_bytes_apart() {
        let first = Path::new(OsStr::from_bytes(b"x/\xff.txt"));
        let second = Path::new(OsStr::from_bytes(b"x/\xfe.txt"));
        assert_eq!(
            unique_ids([first, second]),
            ["\\xFF".to_string(), "\\xFE".to_string()]
        );
        assert_eq!(document_id(first), "\\xFF");
    }

    /// A chain of 1,000 nested folders lists in well under a second (it took half a minute
    /// when each folder's canonical path was compared with every ancestor's), and the file at
    /// the bottom is found.
    #[test]
    fn a_deep_chain_of_folders_lists_in_linear_time() {
        let dir = tempfile::tempdir().unwrap();
        let mut deepest = dir.path().to_path_buf();
        for _ in 0..1000 {
            deepest.push("d");
        }
        fs::create_dir_all(&deepest).unwrap();
        fs::write(deepest.join("a.txt"), "Putin spoke.\n").unwrap();
        let started = std::time::Instant::now();
        let entries = list(&[dir.path().to_path_buf()], true);
        let took = started.elapsed();
        assert_eq!(entries, [Ok(deepest.join("a.txt"))]);
        assert!(took < std::time::Duration::from_secs(5), "took {took:?}");
    }
}
