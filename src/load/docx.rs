//! Word `.docx` → text: the paragraphs of `word/document.xml`, in order.
//!
//! A .docx is a zip of XML parts. The body text is in `w:p` paragraphs made of `w:r`
//! runs holding `w:t` text; tabs and line breaks are their own elements. Deleted text of
//! tracked changes lives in `w:delText` and is left out, inserted text is kept. A heading
//! number typed as text (`一、`, `(一)`) is a `w:t` like any other and comes through.
//! Word's automatic list numbering is not text in the document: a paragraph's `w:numPr`
//! points into `word/numbering.xml`, whose level formats (`%1、` in `chineseCounting`,
//! `(%1)`, `%1.`) are counted out here so drafts numbered by Word read like typed ones.
//! Numbering attached only through a paragraph style is not followed.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::MAX_FILE_BYTES;
use crate::parse::numerals::{to_chinese, to_circled};

/// The part of the package that holds the document body.
const DOCUMENT: &str = "word/document.xml";
/// The part that defines automatic numbering.
const NUMBERING: &str = "word/numbering.xml";

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
    let xml = read_part(&mut archive, DOCUMENT)?.ok_or(DocxError::NoDocument)?;
    // Numbering is optional; a broken numbering part loses the numbers, not the text.
    let numbering = match read_part(&mut archive, NUMBERING)? {
        Some(xml) => Numbering::parse(&xml).unwrap_or_default(),
        None => Numbering::default(),
    };
    paragraphs(&xml, &numbering)
}

/// One part of the package as text, `None` when absent.
fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let part = match archive.by_name(name) {
        Ok(part) => part,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(other) => return Err(DocxError::Zip(other.to_string())),
    };
    // Read at most the size limit (and one byte more to notice): a zip bomb must not
    // fill memory.
    let mut xml = String::new();
    part.take(MAX_FILE_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| DocxError::Zip(e.to_string()))?;
    if xml.len() as u64 > MAX_FILE_BYTES {
        return Err(DocxError::TooLarge);
    }
    Ok(Some(xml))
}

/// The `w:val` attribute of an element.
fn val(e: &BytesStart<'_>) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .map(|a| {
            a.normalized_value(Default::default())
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
}

/// One level of a numbering definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The levels of one abstract numbering definition, by level index.
type Levels = HashMap<u8, Level>;
/// Start values that a numbering instance overrides, by level index.
type Overrides = HashMap<u8, u32>;

/// The numbering definitions of a document: abstract definitions by id, and the
/// numbering instances paragraphs point to, with their start overrides.
#[derive(Debug, Clone, Default)]
struct Numbering {
    abstracts: HashMap<String, Levels>,
    /// numId → (abstractNumId, start overrides by level)
    nums: HashMap<String, (String, Overrides)>,
}

impl Numbering {
    fn parse(xml: &str) -> Result<Numbering, quick_xml::Error> {
        let mut reader = Reader::from_str(xml);
        let mut out = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<u8> = None;
        loop {
            let event = reader.read_event()?;
            let (e, empty) = match &event {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abstract_id = None,
                        "num" => num_id = None,
                        "lvl" | "lvlOverride" => level = None,
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let attr = |name: &str| {
                e.attributes()
                    .flatten()
                    .find(|a| a.key.local_name().as_ref() == name)
                    .map(|a| a.value.to_string())
            };
            match e.local_name().as_ref() {
                "abstractNum" if !empty => abstract_id = attr("abstractNumId"),
                "num" if !empty => num_id = attr("numId"),
                "lvl" | "lvlOverride" if !empty => {
                    level = attr("ilvl").and_then(|v| v.parse().ok());
                }
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num_id, val(e)) {
                        out.nums.entry(n.clone()).or_default().0 = a;
                    }
                }
                "startOverride" => {
                    if let (Some(n), Some(l), Some(v)) = (&num_id, level, val(e)) {
                        let start = v.parse().unwrap_or(1);
                        out.nums.entry(n.clone()).or_default().1.insert(l, start);
                    }
                }
                name @ ("start" | "numFmt" | "lvlText") => {
                    if let (Some(a), Some(l), Some(v)) = (&abstract_id, level, val(e)) {
                        let lvl = out
                            .abstracts
                            .entry(a.clone())
                            .or_default()
                            .entry(l)
                            .or_default();
                        match name {
                            "start" => lvl.start = v.parse().unwrap_or(1),
                            "numFmt" => lvl.format = v,
                            _ => lvl.text = v,
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    fn levels(&self, num_id: &str) -> Option<(&Levels, &Overrides)> {
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        Some((self.abstracts.get(abstract_id)?, overrides))
    }
}

/// A number in a numbering format; `None` for bullets and formats without a number.
fn format_number(n: u32, format: &str) -> Option<String> {
    Some(match format {
        "decimal" | "decimalZero" => n.to_string(),
        "chineseCounting"
        | "chineseCountingThousand"
        | "chineseLegalSimplified"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand" => to_chinese(n),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => to_circled(n),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + 0xff10).unwrap_or(c))
            .collect(),
        "lowerLetter" | "upperLetter" => {
            let c = char::from(b'a' + ((n.max(1) - 1) % 26) as u8);
            if format == "upperLetter" {
                c.to_ascii_uppercase().to_string()
            } else {
                c.to_string()
            }
        }
        _ => return None,
    })
}

/// Counters of the numbering instances met so far, and the marker text they give.
#[derive(Default)]
struct Counters {
    /// numId → current value per level
    values: HashMap<String, Vec<Option<u32>>>,
}

impl Counters {
    /// Count one numbered paragraph and return its marker (`一、`, `(二)`, `1.`).
    fn next(&mut self, numbering: &Numbering, num_id: &str, ilvl: u8) -> Option<String> {
        let (levels, overrides) = numbering.levels(num_id)?;
        let level = levels.get(&ilvl)?;
        // Bullets mark list items, they do not number them.
        if matches!(level.format.as_str(), "bullet" | "none") {
            return None;
        }
        let start = |l: u8| {
            overrides
                .get(&l)
                .copied()
                .or_else(|| levels.get(&l).map(|lv| lv.start))
                .unwrap_or(1)
        };
        let values = self.values.entry(num_id.to_string()).or_default();
        let i = usize::from(ilvl);
        if values.len() <= i {
            values.resize(i + 1, None);
        }
        // A start near `u32::MAX` (a hostile or broken file) stays there, not wraps.
        values[i] = Some(values[i].map_or(start(ilvl), |v| v.saturating_add(1)));
        // A level that counts on restarts every deeper level.
        values.truncate(i + 1);
        let mut text = level.text.clone();
        for k in (0..=i).rev() {
            let placeholder = format!("%{}", k + 1);
            if !text.contains(&placeholder) {
                continue;
            }
            let value = values[k].unwrap_or_else(|| start(k as u8));
            let format = levels
                .get(&(k as u8))
                .map(|l| l.format.as_str())
                .unwrap_or("decimal");
            text = text.replace(&placeholder, &format_number(value, format)?);
        }
        Some(text)
    }
}

/// Paragraph text from WordprocessingML, with automatic numbers written out.
fn paragraphs(xml: &str, numbering: &Numbering) -> Result<String, DocxError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut line = String::new();
    // Inside a `w:t` (text to keep); `w:instrText`/`w:delText` are other elements.
    let mut in_text = false;
    // The paragraph's numbering reference (numId, ilvl), read from its `w:numPr`.
    let mut num_id: Option<String> = None;
    let mut ilvl: u8 = 0;
    let mut counters = Counters::default();
    let xml_err = |e: quick_xml::Error| DocxError::Xml(e.to_string());
    loop {
        match reader.read_event().map_err(xml_err)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "p" => {
                    line.clear();
                    num_id = None;
                    ilvl = 0;
                }
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
                "numId" => num_id = val(&e),
                "ilvl" => ilvl = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0),
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
                    let marker = num_id
                        .as_deref()
                        .filter(|id| *id != "0")
                        .and_then(|id| counters.next(numbering, id, ilvl));
                    if let Some(marker) = marker {
                        out.push_str(&marker);
                    }
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line.clear();
                    num_id = None;
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
            paragraphs(xml, &Numbering::default()).unwrap(),
            "一、总体 & 情况\n甲\t乙\n丙。\n留下的\n"
        );
    }

    #[test]
    fn automatic_numbering_is_written_out() {
        let numbering = r#"<w:numbering xmlns:w="w">
            <w:abstractNum w:abstractNumId="3">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%2)"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
              <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="8"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
            </w:numbering>"#;
        let numbering = Numbering::parse(numbering).unwrap();
        let p = |num: &str, lvl: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p("7", 0, "总体情况"),
            p("7", 1, "甲"),
            p("7", 2, "子项"),
            p("7", 2, "子项"),
            p("7", 1, "乙"),
            p("7", 0, "存在不足"),
            p("7", 1, "丙"),
            p("7", 3, "要点"),
            "<w:p><w:r><w:t>正文</w:t></w:r></w:p>".to_string(),
            p("8", 0, "下步安排"),
        ]
        .concat();
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        assert_eq!(
            paragraphs(&xml, &numbering).unwrap(),
            "一、总体情况\n(一)甲\n1.子项\n2.子项\n(二)乙\n二、存在不足\n(一)丙\n要点\n正文\n三、下步安排\n"
        );
    }

    #[test]
    fn corrupt_input_gives_a_clear_error() {
        assert!(matches!(text(b"PK\x03\x04garbage"), Err(DocxError::Zip(_))));
        assert!(matches!(text(b"plain text"), Err(DocxError::Zip(_))));
    }

    #[test]
    fn numbering_starting_at_u32_max_saturates() {
        let numbering = r#"<w:numbering xmlns:w="w">
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="4294967295"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="4294967295"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            </w:numbering>"#;
        let numbering = Numbering::parse(numbering).unwrap();
        let p = |lvl: u8| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>"#
            )
        };
        let body = [p(0), p(0), p(1), p(1)].concat();
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        let top = "四十二亿九千四百九十六万七千二百九十五";
        assert_eq!(
            paragraphs(&xml, &numbering).unwrap(),
            format!("{top}、甲\n{top}、甲\n{top}.4294967295甲\n{top}.4294967295甲\n")
        );
    }
}
