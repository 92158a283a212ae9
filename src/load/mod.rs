//! Loading: paths → report files → decoded text.
//!
//! Plain text and Markdown are decoded as they are; `.docx` is read from the XML in its
//! zip (`docx`), `.html`/`.htm` from its block elements (`html`). Every format ends as
//! the same clean text, so the parser never knows where a report came from.
//!
//! Folders are walked recursively and sorted so every run sees the same order. Files
//! that cannot be read as report text (unreadable, binary, empty, over the size limit,
//! undecodable) are returned as `LoadError`s beside the good ones: one bad file never
//! stops the others, and the caller decides how to report it.

pub mod decode;
pub mod docx;
pub mod html;

use std::fs;
use std::path::{Path, PathBuf};

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

/// Why a path yielded no report.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: skipped: {size} bytes is over the {} MB limit", path.display(), MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: skipped: {source}", path.display())]
    Decode {
        path: PathBuf,
        #[source]
        source: DecodeError,
    },
    #[error("{}: no such file or folder", path.display())]
    Missing { path: PathBuf },
    #[error("{}: cannot read as {format}: {reason}", path.display())]
    Corrupt {
        path: PathBuf,
        format: &'static str,
        reason: String,
    },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::Decode { path, .. }
            | LoadError::Missing { path }
            | LoadError::Corrupt { path, .. } => path,
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

/// Expand paths into report files: a file is taken as given (whatever its extension,
/// since the user named it), a folder is walked recursively for report files, sorted.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(LoadError::Missing { path: path.clone() })
            }
            Err(source) => errors.push(LoadError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    (files, errors)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(LoadError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        // Hidden files and folders (.git, editor swap files) are never reports.
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, errors);
        } else if is_report_file(&path) {
            files.push(path);
        }
    }
}

/// Read and decode one file.
pub fn load_file(path: &Path) -> Result<Source, LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(io_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let bytes = fs::read(path).map_err(io_err)?;
    source_from_bytes(path, &bytes)
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
}
