//! Loading: paths → report files → decoded text.
//!
//! Plain text and Markdown are decoded as they are; `.docx` is read from the XML in its
//! zip (`docx`), `.html`/`.htm` from its block elements (`html`). Every format ends as
//! the same clean text, so the parser never knows where a report came from.
//!
//! Folders are walked recursively (walkdir) and sorted so every run sees the same order.
//! Like ripgrep, the walk skips hidden files and folders (names starting with `.`) and
//! does not follow symbolic links it meets unless asked (`Walk::follow`, `--follow`);
//! when it does, each real folder is entered once, so a link loop neither hangs nor
//! repeats reports, and each real file is listed once however many paths reach it. A
//! path named by the user is always taken, link or not. Only regular files are read,
//! and never more than the size limit, counted while reading (a FIFO would block for
//! ever, `/dev/zero` never ends, and a file may grow after its size was looked at).
//! Files that cannot be read as report text (unreadable, not a regular file, binary,
//! empty, over the size limit, undecodable) are returned as `LoadError`s beside the
//! good ones: one bad file never stops the others, and the caller decides how to report
//! it.

pub mod decode;
pub mod docx;
pub mod html;

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::display;

pub use decode::{decode, DecodeError, Decoded};

/// Files larger than this are skipped: no real report is this long, and reading one
/// would stall the UI.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// File extensions read as reports.
pub const REPORT_EXTENSIONS: [&str; 5] = ["txt", "md", "docx", "html", "htm"];

/// How a file's bytes are turned into text, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown (and anything unknown the user named).
    Text,
    Docx,
    Html,
}

impl Format {
    pub fn of(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("docx") => Format::Docx,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Text,
        }
    }
}

/// A report file read and decoded, ready to parse.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    pub encoding: &'static str,
}

/// Why a path yielded no report. Messages start with the path, escaped so a file name
/// cannot put control characters on the user's terminal.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read: {source}", display::path(path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: skipped: {size} bytes or more, over the {} MB limit", display::path(path), MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: skipped: not a regular file ({kind})", display::path(path))]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{}: skipped: {source}", display::path(path))]
    Decode {
        path: PathBuf,
        #[source]
        source: DecodeError,
    },
    #[error("{}: no such file or folder", display::path(path))]
    Missing { path: PathBuf },
    #[error(
        "{}: cannot read as {format}: {}",
        display::path(path),
        display::escape(reason)
    )]
    Corrupt {
        path: PathBuf,
        format: &'static str,
        reason: String,
    },
    /// A defect in baogao met while reading this file (a contained panic).
    #[error(
        "{}: failed: internal error: {}",
        display::path(path),
        display::escape(message)
    )]
    Internal { path: PathBuf, message: String },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::NotRegular { path, .. }
            | LoadError::Decode { path, .. }
            | LoadError::Missing { path }
            | LoadError::Corrupt { path, .. }
            | LoadError::Internal { path, .. } => path,
        }
    }
}

/// Whether a path names a file baogao reads as a report.
pub fn is_report_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| {
            REPORT_EXTENSIONS
                .iter()
                .any(|known| e.eq_ignore_ascii_case(known))
        })
        .unwrap_or(false)
}

/// How folders are walked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Walk {
    /// Follow symbolic links met inside folders (`--follow`), each real folder once.
    pub follow: bool,
}

/// Expand paths into report files with the default walk (links inside folders not
/// followed).
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    discover_with(paths, Walk::default())
}

/// Expand paths into report files: a file is taken as given (whatever its extension,
/// since the user named it), a folder is walked recursively for report files, sorted.
/// A file reached by several paths is listed once, under the first.
pub fn discover_with(paths: &[PathBuf], walk: Walk) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut found = Found::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk_folder(path, walk, &mut found),
            Ok(_) => found.take(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                found.errors.push(LoadError::Missing { path: path.clone() })
            }
            Err(source) => found.errors.push(LoadError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    (found.files, found.errors)
}

/// What a discovery has found so far.
#[derive(Default)]
struct Found {
    files: Vec<PathBuf>,
    errors: Vec<LoadError>,
    /// Real paths of the files taken, so none is listed twice.
    files_seen: HashSet<PathBuf>,
    /// Real paths of the folders entered, so none is walked twice.
    folders_seen: HashSet<PathBuf>,
}

impl Found {
    fn take(&mut self, path: PathBuf) {
        // A path that cannot be resolved is kept: reading it will say what is wrong.
        let real = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if self.files_seen.insert(real) {
            self.files.push(path);
        }
    }

    /// Whether the folder is new (and now seen).
    fn enter(&mut self, folder: &Path) -> bool {
        match fs::canonicalize(folder) {
            Ok(real) => self.folders_seen.insert(real),
            Err(_) => true,
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn walk_folder(dir: &Path, walk: Walk, found: &mut Found) {
    let mut entries = WalkDir::new(dir)
        .follow_links(walk.follow)
        .sort_by_file_name()
        .into_iter()
        // Hidden files and folders (.git, editor swap files) are never reports; the
        // folder the user named is walked whatever its name.
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            // A link back to a folder being walked: already covered, nothing to say.
            Err(e) if e.loop_ancestor().is_some() => continue,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let source = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot walk"));
                found.errors.push(LoadError::Io { path, source });
                continue;
            }
        };
        let kind = entry.file_type();
        if kind.is_dir() {
            // Links to one real folder from several places: walk it once.
            if !found.enter(entry.path()) {
                entries.skip_current_dir();
            }
        } else if kind.is_file() && is_report_file(entry.path()) {
            // Links are not followed (`kind` is the link's own type) unless asked; FIFOs,
            // sockets and devices are never reports.
            found.take(entry.into_path());
        }
    }
}

/// What kind of file a non-regular file is, for the message.
fn kind_of(meta: &fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "a special file"
    }
}

/// Open `path` for reading if it is a regular file. It is looked at before it is
/// opened (opening a FIFO waits for a writer), opened without blocking (in case it was
/// swapped for a FIFO in between), and looked at again through the open handle.
fn open_regular(path: &Path) -> Result<(File, u64), LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let not_regular = |meta: &fs::Metadata| LoadError::NotRegular {
        path: path.to_path_buf(),
        kind: kind_of(meta),
    };
    let meta = fs::metadata(path).map_err(io_err)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    Ok((file, meta.len()))
}

/// Read and decode one file (a regular file, at most `MAX_FILE_BYTES`).
pub fn load_file(path: &Path) -> Result<Source, LoadError> {
    let (file, size) = open_regular(path)?;
    let too_large = |size| LoadError::TooLarge {
        path: path.to_path_buf(),
        size,
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    // The length is counted while reading too: the file may have grown since.
    let bytes = read_at_most(file, MAX_FILE_BYTES, size)
        .map_err(|source| LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?
        .ok_or_else(|| too_large(MAX_FILE_BYTES + 1))?;
    source_from_bytes(path, &bytes)
}

/// All of `reader`, or `None` once it gives more than `limit` bytes (without reading
/// further). `expected` sizes the buffer.
fn read_at_most(reader: impl Read, limit: u64, expected: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::with_capacity(expected.min(limit) as usize);
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Decode bytes that came from `path` (a file, or a bundled sample), in the format its
/// extension names.
pub fn source_from_bytes(path: &Path, bytes: &[u8]) -> Result<Source, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    let decode_err = |source| LoadError::Decode {
        path: path.to_path_buf(),
        source,
    };
    let (text, encoding) = match Format::of(path) {
        Format::Text => {
            let Decoded { text, encoding } = decode(bytes).map_err(decode_err)?;
            (text, encoding)
        }
        Format::Docx => {
            let text = docx::text(bytes).map_err(|e| LoadError::Corrupt {
                path: path.to_path_buf(),
                format: "docx",
                reason: e.to_string(),
            })?;
            (decode::clean(&text).into_owned(), "UTF-8")
        }
        Format::Html => {
            let (page, encoding) = html::decode_html(bytes).map_err(decode_err)?;
            (decode::clean(&html::text(&page)).into_owned(), encoding)
        }
    };
    if text.trim().is_empty() {
        return Err(decode_err(DecodeError::NoText(encoding)));
    }
    Ok(Source {
        path: path.to_path_buf(),
        text,
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discover_walks_folders_sorted_and_keeps_report_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for name in [
            "b/sub/z.txt",
            "a.md",
            "b/x.TXT",
            "c.pdf",
            ".git/y.txt",
            "b/.swp.txt",
            "d.docx",
            "e.HTM",
        ] {
            fs::write(root.join(name), "一、总体情况").unwrap();
        }
        let (files, errors) = discover(&[root.to_path_buf()]);
        assert!(errors.is_empty());
        let rel: Vec<_> = files
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(rel, ["a.md", "b/sub/z.txt", "b/x.TXT", "d.docx", "e.HTM"]);
    }

    #[test]
    fn a_missing_path_is_an_error_not_a_panic() {
        let (files, errors) = discover(&[PathBuf::from("/no/such/place/报告.txt")]);
        assert!(files.is_empty());
        assert!(matches!(errors[0], LoadError::Missing { .. }));
    }

    #[test]
    fn bad_files_give_clear_reasons() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.txt");
        fs::write(&empty, "").unwrap();
        let binary = dir.path().join("bin.txt");
        fs::write(&binary, b"\x00\x01\x02abc").unwrap();
        let msg = load_file(&empty).unwrap_err().to_string();
        assert!(msg.contains("empty file"), "{msg}");
        let msg = load_file(&binary).unwrap_err().to_string();
        assert!(msg.contains("binary"), "{msg}");
        let msg = load_file(&dir.path().join("gone.txt"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("cannot read"), "{msg}");
    }

    #[test]
    fn a_corrupt_docx_says_so() {
        let err = source_from_bytes(Path::new("报告.docx"), b"not a zip").unwrap_err();
        assert!(matches!(err, LoadError::Corrupt { format: "docx", .. }));
        let msg = err.to_string();
        assert!(
            msg.starts_with("报告.docx: cannot read as docx: not a .docx"),
            "{msg}"
        );
    }

    #[test]
    fn oversized_input_is_refused_before_decoding() {
        let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
        let err = source_from_bytes(Path::new("big.txt"), &big).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { .. }));
    }

    #[test]
    fn reading_stops_at_the_limit_whatever_the_size_said() {
        // An endless source (like /dev/zero, or a file that keeps growing).
        assert!(read_at_most(std::io::repeat(0), 1000, 0).unwrap().is_none());
        let exact = read_at_most(&[7u8; 1000][..], 1000, 10).unwrap().unwrap();
        assert_eq!(exact.len(), 1000);
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_neither_hang_nor_repeat_reports() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("reports");
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::write(root.join("a.txt"), "一、总体情况").unwrap();
        fs::write(root.join("sub/b.txt"), "一、总体情况").unwrap();
        symlink(&root, root.join("self")).unwrap();
        symlink("..", root.join("sub/up")).unwrap();
        symlink("b.txt", root.join("sub/b-link.txt")).unwrap();
        symlink(root.join("sub"), root.join("sub-again")).unwrap();
        let names = |walk| {
            let (files, errors) = discover_with(std::slice::from_ref(&root), walk);
            assert!(errors.is_empty(), "{errors:?}");
            files
                .iter()
                .map(|p| p.strip_prefix(&root).unwrap().display().to_string())
                .collect::<Vec<_>>()
        };
        // Links are not followed by default (like ripgrep).
        assert_eq!(names(Walk::default()), ["a.txt", "sub/b.txt"]);
        // Followed, every real file is listed once, under the first path that reaches it
        // in sorted order (`b-link.txt` sorts before `b.txt`).
        assert_eq!(names(Walk { follow: true }), ["a.txt", "sub/b-link.txt"]);
        // A link named on the command line is taken.
        let (files, _) = discover(&[root.join("sub-again")]);
        assert_eq!(files.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn followed_links_reach_folders_outside() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let (root, outside) = (dir.path().join("r"), dir.path().join("elsewhere"));
        fs::create_dir_all(&root).unwrap();
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("c.txt"), "一、总体情况").unwrap();
        symlink(&outside, root.join("linked")).unwrap();
        assert!(discover(std::slice::from_ref(&root)).0.is_empty());
        let (files, _) = discover_with(&[root], Walk { follow: true });
        assert_eq!(files.len(), 1);
        assert!(files[0].ends_with("linked/c.txt"));
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_at_once() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("SKIPPED: mkfifo is not available");
            return;
        }
        symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
        fs::write(dir.path().join("ok.txt"), "一、总体情况").unwrap();
        // Walking (even following links) lists regular files only.
        let (files, _) = discover_with(&[dir.path().to_path_buf()], Walk { follow: true });
        assert_eq!(files, [dir.path().join("ok.txt")]);
        // Named by the user, they are refused with a reason, without blocking or
        // reading for ever.
        let msg = load_file(&fifo).unwrap_err().to_string();
        assert!(
            msg.ends_with("skipped: not a regular file (a FIFO)"),
            "{msg}"
        );
        let msg = load_file(&dir.path().join("zero.txt"))
            .unwrap_err()
            .to_string();
        assert!(
            msg.ends_with("not a regular file (a character device)"),
            "{msg}"
        );
    }

    #[test]
    fn messages_escape_control_characters_in_names() {
        let err = load_file(Path::new("/no/such/\u{1b}]0;pwned\u{7}\n.txt")).unwrap_err();
        let msg = err.to_string();
        assert!(!msg.contains('\u{1b}') && !msg.contains('\n'), "{msg}");
        assert!(msg.contains("\\x1b]0;pwned\\x07\\n.txt"), "{msg}");
    }

    #[test]
    fn zero_width_characters_do_not_hide_headings_and_lines_keep_their_numbers() {
        let text = "报告\n\u{200b}一、总体情况\n(\u{200d}一)依法行政\n\u{feff}\u{2060}二、存在\u{200c}不足\n";
        let source = source_from_bytes(Path::new("r.txt"), text.as_bytes()).unwrap();
        let report = crate::parse_report(source.path, source.text);
        let headings: Vec<(usize, &str, &str)> = report
            .nodes
            .iter()
            .map(|n| (n.line, n.number.as_str(), n.title.as_str()))
            .collect();
        assert_eq!(
            headings,
            [
                (2, "一、", "总体情况"),
                (3, "(一)", "依法行政"),
                (4, "二、", "存在不足")
            ]
        );
    }
}
