//! HTML → text: the text of block elements, in document order.
//!
//! Reports saved from a government website are whole pages. Each block element (`p`,
//! `div`, `li`, `h1`…, table rows and cells) becomes its own line, `br` breaks a line,
//! runs of whitespace inside a line collapse to one space, and `script`, `style`,
//! `noscript`, `template` and the `head` are dropped. Site chrome (navigation, footer) is
//! kept as lines: recognising it is the parser's job, the same as for a copied .txt.
//!
//! The page is read as a stream of tokens (html5ever's tokenizer), not built into a
//! tree: text extraction needs only the order of tags and text, and a tree builder costs
//! time in the depth of the page (each `<div>` looks through every open element for a
//! `<p>` to close), which a page nested 100 000 deep turns into minutes. The stream
//! costs time and memory in the length of the page, whatever its shape.
//!
//! Bytes are decoded by the page's own `<meta charset>` (or `http-equiv` content type)
//! when it names one and the bytes agree, since many such pages are GBK; otherwise by
//! the usual detection.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::decode::{decode, DecodeError};

/// Elements whose content is never text, with how the tokenizer must read their
/// content (as the HTML tree builder would tell it: raw text is not markup).
const SKIP: &[(&str, Option<RawKind>)] = &[
    ("script", Some(RawKind::ScriptData)),
    ("style", Some(RawKind::Rawtext)),
    ("noscript", Some(RawKind::Rawtext)),
    ("iframe", Some(RawKind::Rawtext)),
    ("noembed", Some(RawKind::Rawtext)),
    ("noframes", Some(RawKind::Rawtext)),
    ("xmp", Some(RawKind::Rawtext)),
    ("title", Some(RawKind::Rcdata)),
    ("template", None),
    ("svg", None),
    ("math", None),
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
];

/// Decode an HTML page's bytes: a BOM decides; then the charset the page declares,
/// unless the bytes say otherwise (a page that is valid UTF-8 is UTF-8 whatever it
/// declares, and a declared UTF-16 is read as UTF-8, as browsers do: a page whose meta
/// tag can be read as ASCII is not UTF-16); then the usual detection.
pub fn decode_html(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    let declared = declared_charset(bytes)
        .filter(|_| encoding_rs::Encoding::for_bom(bytes).is_none())
        .filter(|enc| *enc != encoding_rs::UTF_8 && enc.output_encoding() == *enc)
        .filter(|_| std::str::from_utf8(bytes).is_err());
    if let Some(enc) = declared {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        // Bytes the declared charset cannot decode mean the declaration is wrong:
        // detection does better than a page of replacement characters.
        if !had_errors && memchr::memchr(0, text.as_bytes()).is_none() && !text.trim().is_empty() {
            return Ok((text.into_owned(), enc.name()));
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
    let sink = Sink::default();
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // No script ever runs, so the tokenizer never stops before the end of the input.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut out = tokenizer.sink.out.take();
    out.flush();
    out.text
}

/// Receives the tokens and keeps the text.
#[derive(Default)]
struct Sink {
    out: RefCell<Text>,
    /// Inside a skipped element: its name and how deep the same name nests in it.
    skipping: RefCell<Option<(&'static str, usize)>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.out.borrow_mut();
        let mut skipping = self.skipping.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let start = tag.kind == TagKind::StartTag;
                if let Some((skipped, depth)) = skipping.as_mut() {
                    if name == *skipped {
                        if start && !tag.self_closing {
                            *depth += 1;
                        } else if !start {
                            *depth -= 1;
                            if *depth == 0 {
                                *skipping = None;
                            }
                        }
                    }
                    return TokenSinkResult::Continue;
                }
                if let Some(&(skipped, raw)) = SKIP.iter().find(|(n, _)| *n == name) {
                    if start && !tag.self_closing {
                        *skipping = Some((skipped, 1));
                        if let Some(kind) = raw {
                            return TokenSinkResult::RawData(kind);
                        }
                    }
                } else if name == "br" || BLOCKS.contains(&name) {
                    // A block starts and ends a line; `<br>` (and the `</br>` browsers
                    // read as one) ends one.
                    out.flush();
                }
            }
            Token::CharacterTokens(t) if skipping.is_none() => out.push(&t),
            _ => {}
        }
        TokenSinkResult::Continue
    }
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

    #[test]
    fn a_hundred_thousand_nested_elements_do_not_overflow_the_stack() {
        let depth = 100_000;
        let page = format!(
            "<html><body>{}一、总体情况{}<p>二、不足</p></body></html>",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        // A small stack, like the TUI loader's: the walk must not depend on it.
        let text = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || text(&page))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(text, "一、总体情况\n二、不足\n");
    }

    #[test]
    fn a_declared_charset_the_bytes_contradict_is_not_believed() {
        // Declares UTF-16 (browsers read that as UTF-8), really UTF-8.
        let page =
            "<html><head><meta charset=\"utf-16\"></head><body><p>法治政府建设</p></body></html>";
        let (decoded, enc) = decode_html(page.as_bytes()).unwrap();
        assert_eq!(enc, "UTF-8");
        assert_eq!(text(&decoded), "法治政府建设\n");
        // Declares GBK, really UTF-8.
        let page = page.replace("utf-16", "gbk");
        let (decoded, enc) = decode_html(page.as_bytes()).unwrap();
        assert_eq!(enc, "UTF-8");
        assert_eq!(text(&decoded), "法治政府建设\n");
        // Declares UTF-8, really GBK: detection finds GBK.
        let (gbk, _, _) = encoding_rs::GBK.encode(
            "<html><head><meta charset=\"utf-8\"></head><body><p>法治政府建设年度报告，全年办理行政复议案件。</p></body></html>",
        );
        let (decoded, _) = decode_html(&gbk).unwrap();
        assert_eq!(
            text(&decoded),
            "法治政府建设年度报告，全年办理行政复议案件。\n"
        );
        // A BOM decides over the declaration.
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("<meta charset=gbk><p>报告</p>".as_bytes());
        assert_eq!(text(&decode_html(&bom).unwrap().0), "报告\n");
    }
}
