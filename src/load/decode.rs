//! Bytes → text: encoding detection and cleaning.
//!
//! Reports arrive as UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one
//! from some Windows tools), or GBK/GB18030 from older Windows tools. A BOM decides;
//! otherwise UTF-16 is recognised by where its NUL bytes sit, valid UTF-8 is taken as
//! UTF-8, and anything else is guessed by chardetng from a prefix and decoded by
//! encoding_rs.
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
    } else if let Some(enc) = sniff_utf16(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
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

/// UTF-16 without a BOM, told from binary: the text has NUL bytes (the high bytes of
/// its ASCII characters: digits, line ends), mostly on one side of each byte pair, which
/// gives the byte order, and read in that order it is almost all characters a report
/// is written in.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(DETECT_PREFIX)];
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // ASCII in UTF-16LE is `xx 00`: its NULs are the odd bytes.
    let enc = match (even, odd) {
        (0, 0) => return None,
        (e, o) if o > e * 4 => encoding_rs::UTF_16LE,
        (e, o) if e > o * 4 => encoding_rs::UTF_16BE,
        _ => return None,
    };
    let (text, _) = enc.decode_without_bom_handling(sample);
    let (mut good, mut all) = (0usize, 0usize);
    for c in text.chars() {
        all += 1;
        good += usize::from(is_report_char(c));
    }
    (good * 100 >= all * 95).then_some(enc)
}

/// Characters Chinese report text is made of: ASCII text, CJK ideographs, CJK and
/// general punctuation, full-width forms, enclosed numbers.
fn is_report_char(c: char) -> bool {
    matches!(c,
        '\n' | '\r' | '\t' | ' '..='~'
        | '\u{a0}'..='\u{ff}'
        | '\u{2000}'..='\u{206f}'
        | '\u{2460}'..='\u{24ff}'
        | '\u{3000}'..='\u{303f}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ff00}'..='\u{ffef}')
}

/// Normalise line ends to `\n` and drop control characters other than `\n` and `\t`
/// (C0, DEL, C1) and invisible format characters (zero-width spaces and joiners, the
/// word joiner, bidirectional controls, a stray BOM: `display::is_invisible_format`).
/// A zero-width space before `一、` would otherwise hide the heading from the parser,
/// and a bidi override would reorder what the terminal shows. Characters are removed
/// inside lines and line ends are kept, so line numbers stay those of the file.
/// Borrows when the text is already clean, which is the common case and keeps loading
/// fast.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !has_dirt(text) {
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
/// (CR included), DEL, or a character from `needs_cleaning` beyond ASCII. Scanning bytes
/// keeps the common, clean case fast: only characters whose UTF-8 lead byte is one a
/// dirty character can start with are decoded and looked at.
fn has_dirt(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Branch-free per byte so the compiler can vectorise the scan of the whole text.
    let controls = bytes.chunks(256).any(|chunk| {
        chunk.iter().fold(false, |acc, &b| {
            acc | ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7f)
        })
    });
    // Lead bytes of C1 controls and U+00AD (C2), U+061C (D8), U+180E (E1), U+200B–U+206F
    // (E2), U+FEFF and U+FFF9–U+FFFB (EF), tag characters (F3). Each is a lead byte, so
    // the offset found is a character boundary.
    let dirty_at = |i: usize| {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(needs_cleaning)
    };
    controls
        || memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).any(dirty_at)
        || memchr::memchr3_iter(0xd8, 0xe1, 0xf3, bytes).any(dirty_at)
}

/// Whether a character must not reach the text as it is.
fn needs_cleaning(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        c => c.is_control() || crate::display::is_invisible_format(c),
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

    #[test]
    fn zero_width_and_bidi_characters_are_stripped_keeping_lines() {
        let text = "\u{200b}一、总体情况\n(\u{200d}一)依法\u{2060}行政\n\u{feff}二、\u{202e}不足\u{2066}\n";
        assert_eq!(clean(text), "一、总体情况\n(一)依法行政\n二、不足\n");
        // Typographic quotes, dashes and full-width forms share lead bytes with them.
        let typographic = "“法治”—…，。（一）\u{3000}";
        assert!(matches!(clean(typographic), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{ad}b\u{e0041}c\u{180e}d\u{61c}e"), "abcde");
    }

    #[test]
    fn utf16_without_bom_both_endians() {
        let text = "一、总体情况\n全年办理行政复议案件12件，同比增长5%。\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let got = decode(&le).unwrap();
        assert_eq!((got.text.as_str(), got.encoding), (text, "UTF-16LE"));
        let got = decode(&be).unwrap();
        assert_eq!((got.text.as_str(), got.encoding), (text, "UTF-16BE"));
        // Binary with NULs is still binary.
        let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert_eq!(decode(&binary), Err(DecodeError::Binary));
    }
}
