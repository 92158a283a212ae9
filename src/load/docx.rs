//! Word `.docx` → text: the paragraphs of `word/document.xml`, in order.
//!
//! A .docx is a zip of XML parts. The body text is in `w:p` paragraphs made of `w:r`
//! runs holding `w:t` text; tabs and line breaks are their own elements. Deleted text of
//! tracked changes lives in `w:delText` and is left out, inserted text is kept. A heading
//! number typed as text (`一、`, `(一)`) is a `w:t` like any other and comes through;
//! Word's automatic list numbering is not text in the document and is not rebuilt.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::MAX_FILE_BYTES;

/// The part of the package that holds the document body.
const DOCUMENT: &str = "word/document.xml";

/// Why a .docx could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxError {
    #[error("not a .docx (zip) file: {0}")]
    Zip(String),
    #[error("no {DOCUMENT} in the package")]
    NoDocument,
    #[error("{DOCUMENT} is larger than the size limit")]
    TooLarge,
    #[error("{DOCUMENT} is not valid XML: {0}")]
    Xml(String),
}

/// The text of a .docx file's bytes: one line per paragraph.
pub fn text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Zip(e.to_string()))?;
    let part = archive.by_name(DOCUMENT).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => DocxError::NoDocument,
        other => DocxError::Zip(other.to_string()),
    })?;
    // Read at most the size limit (and one byte more to notice): a zip bomb must not
    // fill memory.
    let mut xml = String::new();
    part.take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| DocxError::Zip(e.to_string()))?;
    if xml.len() as u64 > MAX_FILE_BYTES {
        return Err(DocxError::TooLarge);
    }
    paragraphs(&xml)
}

/// Paragraph text from WordprocessingML.
fn paragraphs(xml: &str) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut line = String::new();
    // Inside a `w:t` (text to keep) or `w:instrText`/`w:delText` (text to drop).
    let mut in_text = false;
    let xml_err = |e: quick_xml::Error| DocxError::Xml(e.to_string());
    loop {
        match reader.read_event().map_err(xml_err)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "p" => line.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => line.push('\t'),
                // A manual line break inside a paragraph starts a new line of text.
                "br" | "cr" => {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line.clear();
                }
                _ => {}
            },
            Event::Text(t) if in_text => line.push_str(&t.xml_content(Default::default())),
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = r.resolve_char_ref().map_err(xml_err)? {
                    line.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    line.push_str(s);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line.clear();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_runs_tabs_and_entities() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space="preserve">总体 &amp; 情况</w:t></w:r></w:p>
            <w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙&#x3002;</w:t></w:r></w:p>
            <w:p><w:r><w:delText>删去的</w:delText><w:t>留下的</w:t></w:r></w:p>
            <w:p/></w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml).unwrap(),
            "一、总体 & 情况\n甲\t乙\n丙。\n留下的\n"
        );
    }

    #[test]
    fn corrupt_input_gives_a_clear_error() {
        assert!(matches!(text(b"PK\x03\x04garbage"), Err(DocxError::Zip(_))));
        assert!(matches!(text(b"plain text"), Err(DocxError::Zip(_))));
    }
}
