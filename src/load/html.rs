//! HTML → text: the text of block elements, in document order.
//!
//! Reports saved from a government website are whole pages. Each block element (`p`,
//! `div`, `li`, `h1`…, table rows and cells) becomes its own line, `br` breaks a line,
//! runs of whitespace inside a line collapse to one space, and `script`, `style`,
//! `noscript`, `template` and the `head` are dropped. Site chrome (navigation, footer) is
//! kept as lines: recognising it is the parser's job, the same as for a copied .txt.
//!
//! Bytes are decoded by the page's own `<meta charset>` (or `http-equiv` content type)
//! when it names one, since many such pages are GBK; otherwise by the usual detection.

use ego_tree::NodeRef;
use scraper::{Html, Node};

use super::decode::{decode, DecodeError};

/// Elements whose content is never text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe",
];

/// Elements that stand on lines of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "hr",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "address",
    "center",
    "body",
    "html",
    "title",
];

/// Decode an HTML page's bytes, honouring a charset it declares.
pub fn decode_html(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if let Some(enc) = declared_charset(bytes) {
        if encoding_rs::Encoding::for_bom(bytes).is_none() && enc != encoding_rs::UTF_8 {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            if memchr::memchr(0, text.as_bytes()).is_none() && !text.trim().is_empty() {
                return Ok((text.into_owned(), enc.name()));
            }
        }
    }
    let decoded = decode(bytes)?;
    Ok((decoded.text, decoded.encoding))
}

/// The encoding named by `<meta charset=…>` or `content="…; charset=…"` in the first
/// kilobytes of a page (which are ASCII in every encoding a page may declare).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset")?;
    let rest = head[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// The text of a page: one line per block, in order.
pub fn text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut out = Text::default();
    walk(doc.tree.root(), &mut out);
    out.flush();
    out.text
}

#[derive(Default)]
struct Text {
    text: String,
    line: String,
}

impl Text {
    fn push(&mut self, s: &str) {
        for (i, word) in s.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            // A run of whitespace becomes one space, and none at the start of a line.
            if i > 0 && !self.line.is_empty() && !self.line.ends_with(' ') {
                self.line.push(' ');
            }
            self.line.push_str(word);
        }
    }

    fn flush(&mut self) {
        let line = self.line.trim();
        if !line.is_empty() {
            self.text.push_str(line);
            self.text.push('\n');
        }
        self.line.clear();
    }
}

fn walk(node: NodeRef<'_, Node>, out: &mut Text) {
    match node.value() {
        Node::Text(t) => out.push(t),
        Node::Element(e) => {
            let name = e.name();
            if SKIP.contains(&name) {
                return;
            }
            if name == "br" {
                out.flush();
                return;
            }
            let block = BLOCKS.contains(&name);
            if block {
                out.flush();
            }
            for child in node.children() {
                walk(child, out);
            }
            if block {
                out.flush();
            }
        }
        _ => {
            for child in node.children() {
                walk(child, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_scripts_go() {
        let page = r#"<html><head><title>页面</title><style>p{}</style></head><body>
            <div class="nav">首页 &gt; 政务公开</div>
            <script>var x = "一、不是正文";</script>
            <h1>某县2023年法治政府建设工作报告</h1>
            <p>一、主要举措和成效</p>
            <p>(一)依法   履行<b>职能</b>。全年<span>办理</span>案件。<br>第二行</p>
            <table><tr><td>甲</td><td>乙</td></tr></table>
            </body></html>"#;
        assert_eq!(
            text(page),
            "首页 > 政务公开\n某县2023年法治政府建设工作报告\n一、主要举措和成效\n(一)依法 履行职能。全年办理案件。\n第二行\n甲\n乙\n"
        );
    }

    #[test]
    fn a_declared_charset_is_honoured() {
        let (gbk, _, _) = encoding_rs::GBK
            .encode("<html><head><meta charset=\"gbk\"></head><body><p>法治政府</p></body></html>");
        let (decoded, enc) = decode_html(&gbk).unwrap();
        assert_eq!(enc, "GBK");
        assert_eq!(text(&decoded), "法治政府\n");
        let (gb, _, _) = encoding_rs::GBK.encode(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>报告</p>",
        );
        assert_eq!(text(&decode_html(&gb).unwrap().0), "报告\n");
    }
}
