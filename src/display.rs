//! Text bound for a terminal made inert: file names, report text and messages printed by
//! the CLI (stdout and stderr) and drawn by the TUI.
//!
//! A file may be named with an escape sequence (`\e]0;…\a` retitles the window, `\e[2J`
//! clears it) or a newline (which would forge a `path:line: …` line in `baogao check`),
//! and bidirectional controls (U+202E) reorder what follows them on screen. None of
//! these may reach a terminal as they are. The CLI writes them as visible escapes (`\n`,
//! `\x1b`, `\u{202e}`) so the name can still be told apart and typed; the TUI replaces
//! them with U+FFFD (`tui::sanitize`). JSON needs nothing: serde escapes control
//! characters, and a JSON reader is not a terminal.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Whether `c` must not reach a terminal as it is: C0 and C1 controls and DEL (escape
/// sequences, cursor motion, line breaks), bidirectional controls (embeddings,
/// overrides, isolates, marks) and the invisible format characters that hide text or
/// change how it is read (zero-width spaces and joiners, word joiner, BOM).
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Format characters (Unicode category Cf) a report or a file name may carry that draw
/// nothing but change the text's meaning or order on screen. The loader strips them from
/// report text (`load::decode::clean`); here they are made visible in names.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'                   // soft hyphen
        | '\u{061c}'                 // Arabic letter mark (bidi)
        | '\u{180e}'                 // Mongolian vowel separator
        | '\u{200b}'..='\u{200f}'    // zero-width space, non-joiner, joiner, LRM, RLM
        | '\u{202a}'..='\u{202e}'    // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'    // word joiner, invisible operators
        | '\u{2066}'..='\u{206f}'    // bidi isolates, deprecated format controls
        | '\u{feff}'                 // BOM / zero-width no-break space
        | '\u{fff9}'..='\u{fffb}'    // interlinear annotation
        | '\u{e0000}'..='\u{e007f}' // tag characters
    )
}

/// `s` with every unsafe character written as a visible escape: `\n`, `\r`, `\t`,
/// `\x1b` for other C0/C1 controls and DEL, `\u{202e}` for format characters. Borrows
/// when there is nothing to escape, which is nearly always.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() && (c as u32) < 0x100 => {
                // Infallible: writing to a String.
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A path as the CLI prints it: lossy UTF-8 (a byte that is not UTF-8 shows as U+FFFD)
/// with unsafe characters escaped.
pub fn path(p: &Path) -> String {
    escape(&p.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_make_controls_visible_and_keep_chinese() {
        assert!(matches!(escape("襄城区2020年度报告.txt"), Cow::Borrowed(_)));
        assert_eq!(escape("a\u{1b}]0;owned\u{7}b"), "a\\x1b]0;owned\\x07b");
        assert_eq!(escape("x\ny\rz\tw"), "x\\ny\\rz\\tw");
        assert_eq!(escape("\u{9b}2J\u{7f}"), "\\x9b2J\\x7f");
        assert_eq!(escape("报告\u{202e}txt.exe"), "报告\\u{202e}txt.exe");
        assert_eq!(escape("一\u{200b}、"), "一\\u{200b}、");
    }

    #[test]
    fn an_escaped_string_holds_no_unsafe_character() {
        let nasty: String = (0u32..0x300)
            .chain(0x2000..0x2070)
            .chain([0xfeff, 0xe0041])
            .filter_map(char::from_u32)
            .collect();
        let out = escape(&nasty);
        assert!(!out.chars().any(is_unsafe), "{out}");
        assert!(!out.contains('\n'));
    }

    #[test]
    fn paths_are_escaped() {
        assert_eq!(
            path(Path::new("dir/evil\nsamples/x.txt:1: error forged")),
            "dir/evil\\nsamples/x.txt:1: error forged"
        );
    }
}
