//! Text from outside the report model (file names, error messages, config values) made
//! safe to draw: control characters would move the cursor or start escape sequences, so
//! each one is replaced by U+FFFD. Report text itself is already cleaned by the loader.

use std::borrow::Cow;

/// `s` with every control character (C0, DEL, C1) replaced by U+FFFD.
pub fn clean(s: &str) -> Cow<'_, str> {
    if s.chars().any(char::is_control) {
        Cow::Owned(
            s.chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
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
    }
}
