//! Bytes → text: encoding detection and cleaning.
//!
//! Reports arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or GBK/GB18030
//! from older Windows tools. A BOM decides; otherwise valid UTF-8 is taken as UTF-8 and
//! anything else is guessed by chardetng from a prefix and decoded by encoding_rs.
//! The result has `\n` line ends and no control characters but `\n` and `\t`, so no
//! byte of a report can ever reach a terminal as an escape sequence.

use std::borrow::Cow;

use encoding_rs::Encoding;

/// How many bytes chardetng looks at. A prefix is enough to tell GBK from Big5 or
/// UTF-8, and keeps detection cheap on large files.
const DETECT_PREFIX: usize = 64 * 1024;

/// Why bytes could not be turned into report text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("no text after decoding as {0}")]
    NoText(&'static str),
}

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decode a file's bytes into clean report text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (raw, encoding) = if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        // UTF-16 text is full of NUL bytes, so the BOM must be looked at first.
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        (text, enc.name())
    } else if memchr::memchr(0, bytes).is_some() {
        return Err(DecodeError::Binary);
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (Cow::Borrowed(text), encoding_rs::UTF_8.name())
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        let prefix = &bytes[..bytes.len().min(DETECT_PREFIX)];
        detector.feed(prefix, prefix.len() == bytes.len());
        let enc = detector.guess(None, chardetng::Utf8Detection::Allow);
        let (text, _) = enc.decode_without_bom_handling(bytes);
        (text, enc.name())
    };
    let text = clean(&raw).into_owned();
    if text.trim().is_empty() {
        return Err(DecodeError::NoText(encoding));
    }
    Ok(Decoded { text, encoding })
}

/// Normalise line ends to `\n` and drop control characters other than `\n` and `\t`
/// (C0, DEL, C1, and a stray BOM). Borrows when the text is already clean, which is the
/// common case and keeps loading fast.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !has_dirt(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // CRLF and lone CR both end a line.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if needs_cleaning(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether the text has anything `clean` must change: C0 controls but `\n` and `\t`
/// (CR included), DEL, C1 controls (UTF-8 `C2 80`–`C2 9F`) or a BOM (`EF BB BF`).
/// Scanning bytes keeps the common, clean case fast.
fn has_dirt(bytes: &[u8]) -> bool {
    // Branch-free per byte so the compiler can vectorise the scan of the whole text.
    let controls = bytes.chunks(256).any(|chunk| {
        chunk.iter().fold(false, |acc, &b| {
            acc | ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7f)
        })
    });
    controls
        || memchr::memchr_iter(0xc2, bytes)
            .any(|i| bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
        || memchr::memmem::find(bytes, "\u{feff}".as_bytes()).is_some()
}

/// Whether a character must not reach the text as it is.
fn needs_cleaning(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        '\u{feff}' => true,
        c => c.is_control(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("一、总体情况\n".as_bytes()).unwrap();
        assert_eq!(plain.text, "一、总体情况\n");
        assert_eq!(plain.encoding, "UTF-8");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("一、总体情况".as_bytes());
        assert_eq!(decode(&bom).unwrap().text, "一、总体情况");
    }

    #[test]
    fn utf16_with_bom_both_endians() {
        let text = "(一)行政复议\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, text);
        assert_eq!(decode(&le).unwrap().encoding, "UTF-16LE");
        assert_eq!(decode(&be).unwrap().text, text);
    }

    #[test]
    fn gbk_is_detected_and_decoded() {
        let text = "一、落实主体责任,将法治政府建设摆在突出位置\n(一)聚焦关键少数,增强法治思维。\
                    坚持把政府常务会议学法作为领导干部集体学法的重要方式之一。\n";
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
        assert!(!unmappable);
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.text, text);
        assert!(decoded.encoding == "GBK" || decoded.encoding == "gb18030");
    }

    #[test]
    fn line_ends_are_normalised() {
        assert_eq!(decode(b"a\r\nb\rc\n").unwrap().text, "a\nb\nc\n");
    }

    #[test]
    fn control_characters_and_escapes_are_removed() {
        let dirty = "标题\x1b[31m红\x07\u{9b}2J\u{7f}\t表\n";
        assert_eq!(decode(dirty.as_bytes()).unwrap().text, "标题[31m红2J\t表\n");
    }

    #[test]
    fn clean_text_is_borrowed_and_full_width_forms_are_kept() {
        let text = "（一）行政复议，调解成功率99％。\u{a0}\u{3000}\n";
        assert!(matches!(clean(text), Cow::Borrowed(_)));
        assert!(matches!(clean("a\u{feff}b"), Cow::Owned(ref s) if s == "ab"));
        assert!(matches!(clean("a\u{85}b"), Cow::Owned(ref s) if s == "ab"));
    }

    #[test]
    fn empty_binary_and_blank_files_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(DecodeError::Binary));
        assert!(matches!(decode(b" \n\r\n "), Err(DecodeError::NoText(_))));
    }
}
