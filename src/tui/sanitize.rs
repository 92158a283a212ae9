//! Text from outside the report model (file names, error messages, config values) made
//! safe to draw: control characters would move the cursor or start escape sequences, and
//! bidirectional controls and zero-width characters reorder or hide what follows them,
//! so each one is replaced by U+FFFD (`display::is_unsafe`). Report text itself is
//! already cleaned by the loader; the CLI writes visible escapes instead
//! (`display::escape`).

use std::borrow::Cow;

use crate::display::is_unsafe;

/// `s` with every control character (C0, DEL, C1) and every bidirectional or invisible
/// format character replaced by U+FFFD.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unsafe) {
        Cow::Owned(
            s.chars()
                .map(|c| if is_unsafe(c) { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_newlines_are_replaced() {
        assert_eq!(
            clean("a\u{1b}[2Jb\nc\u{9b}d"),
            "a\u{fffd}[2Jb\u{fffd}c\u{fffd}d"
        );
        assert!(matches!(clean("襄城 2020"), Cow::Borrowed(_)));
        assert_eq!(
            clean("报告\u{202e}txt.exe\u{200b}"),
            "报告\u{fffd}txt.exe\u{fffd}"
        );
    }
}
