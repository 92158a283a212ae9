//! Word and HTML input: each sample written as a .docx (a zip with minimal
//! WordprocessingML, made here) and as an HTML page (with scripts, styles and a GBK
//! charset) loads into the same outline as the .txt it came from.

use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;

use baogao::load::{self, LoadError};
use baogao::{NodeKind, Report};

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A minimal .docx: one `w:p` per line, each line split over two runs the way Word
/// splits text at formatting changes.
fn docx(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.lines() {
        let cut = line
            .char_indices()
            .nth(2)
            .map(|(i, _)| i)
            .unwrap_or(line.len());
        let (a, b) = line.split_at(cut);
        body.push_str(&format!(
            "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t>{}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(a),
            escape(b)
        ));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(types.as_bytes()).unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// A web page holding the text, one `<p>` per line, in a GB encoding as many such
/// sites serve it.
fn html_gbk(text: &str) -> Vec<u8> {
    let mut page = String::from(
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>报告</title><style>p { margin: 0 }</style><script>document.write('一、不是正文')</script></head><body><div id=\"main\">\n",
    );
    for line in text.lines() {
        page.push_str(&format!("  <p>{}</p>\n", escape(line)));
    }
    page.push_str("</div><script>var 二 = '二、也不是';</script></body></html>\n");
    // Encoded as GB18030, which covers every character; pages labelled gb2312 are decoded
    // by the GB18030 decoder (as browsers do), so the label still reads them.
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&page);
    assert!(!unmappable);
    bytes.into_owned()
}

/// The outline without line numbers (blank lines do not survive HTML).
fn outline(report: &Report) -> Vec<(u8, NodeKind, String, String, bool)> {
    report
        .nodes
        .iter()
        .map(|n| {
            (
                n.level,
                n.kind,
                n.number.clone(),
                n.title.clone(),
                n.repaired,
            )
        })
        .collect()
}

fn load(path: &Path) -> Report {
    let source = load::load_file(path).unwrap();
    baogao::parse_report(source.path, source.text)
}

#[test]
fn docx_and_html_load_into_the_same_outline_as_txt() {
    let dir = tempfile::tempdir().unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut names: Vec<_> = fs::read_dir(&samples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for txt in names {
        let stem = txt.file_stem().unwrap().to_str().unwrap().to_string();
        let plain = load(&txt);
        let text = plain.text.to_string();
        let docx_path = dir.path().join(format!("{stem}.docx"));
        fs::write(&docx_path, docx(&text)).unwrap();
        let html_path = dir.path().join(format!("{stem}.html"));
        let html_bytes = html_gbk(&text);
        fs::write(&html_path, html_bytes).unwrap();

        let from_docx = load(&docx_path);
        assert_eq!(outline(&from_docx), outline(&plain), "{stem}.docx");
        // Paragraphs map to lines one to one, so the lines agree too.
        let lines = |r: &Report| r.nodes.iter().map(|n| n.line).collect::<Vec<_>>();
        assert_eq!(lines(&from_docx), lines(&plain), "{stem}.docx lines");
        assert_eq!(from_docx.meta.title, plain.meta.title, "{stem}.docx title");

        let from_html = load(&html_path);
        assert_eq!(outline(&from_html), outline(&plain), "{stem}.html");
        assert_eq!(from_html.meta.year, plain.meta.year, "{stem}.html year");
        assert!(
            !from_html.text.contains("不是"),
            "{stem}.html kept a script"
        );
    }
}

#[test]
fn a_corrupt_docx_gets_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("草稿.docx");
    fs::write(&path, b"PK\x03\x04 this is not really a zip").unwrap();
    let err = load::load_file(&path).unwrap_err();
    assert!(matches!(err, LoadError::Corrupt { .. }), "{err:?}");
    assert!(err.to_string().contains("cannot read as docx"), "{err}");

    // A zip without a document part.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("other.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(b"<x/>").unwrap();
    fs::write(&path, zip.finish().unwrap().into_inner()).unwrap();
    let err = load::load_file(&path).unwrap_err().to_string();
    assert!(err.contains("no word/document.xml"), "{err}");
}
