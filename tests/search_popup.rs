//! The search popup drawn on a `TestBackend`: snapshots of Chinese, pinyin and
//! full-text searches over the samples, and checks that the highlighted cells are the
//! matched characters.

use std::sync::Arc;

use baogao::search::{SearchIndex, Searcher, TextIndex};
use baogao::tui::search_popup::{render, SearchPopup};
use baogao::Report;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

struct Fixture {
    reports: Vec<Report>,
    index: Arc<SearchIndex>,
    text: TextIndex,
}

fn fixture() -> Fixture {
    let reports = baogao::samples::reports().unwrap();
    let index = Arc::new(SearchIndex::build(&reports));
    let text = TextIndex::build(&reports);
    Fixture {
        reports,
        index,
        text,
    }
}

/// Type `keys` into a fresh popup (searching after each key, as the app does) and draw.
fn draw(
    f: &Fixture,
    keys: &str,
    full_text: bool,
    width: u16,
    height: u16,
) -> (Terminal<TestBackend>, SearchPopup) {
    let mut popup = SearchPopup::new();
    let mut searcher = Searcher::new(Arc::clone(&f.index));
    if full_text {
        popup.toggle_mode();
    }
    for c in keys.chars() {
        popup.insert(c);
        if popup.take_dirty() {
            popup.refresh(&mut searcher, &f.text, &f.reports);
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| render(frame, frame.area(), &popup, &f.reports, &f.index))
        .unwrap();
    (terminal, popup)
}

/// The cells of row `y` as (symbol, highlighted), skipping the blank cell a wide
/// character leaves behind it.
fn row(buffer: &Buffer, y: u16) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut x = 0;
    while x < buffer.area.width {
        let cell = &buffer[(x, y)];
        let lit = cell.fg == Color::Yellow && cell.modifier.contains(Modifier::BOLD);
        out.push((cell.symbol().to_string(), lit));
        x += cell.symbol().width().max(1) as u16;
    }
    out
}

/// The highlighted (yellow, bold) characters of row `y`, without the selection marker.
fn highlighted_in_row(buffer: &Buffer, y: u16) -> String {
    row(buffer, y)
        .into_iter()
        .filter(|(s, lit)| *lit && s != ">")
        .map(|(s, _)| s)
        .collect::<String>()
        .trim()
        .to_string()
}

fn row_text(buffer: &Buffer, y: u16) -> String {
    row(buffer, y).into_iter().map(|(s, _)| s).collect()
}

/// Every row with its highlighted characters marked `[...]`: a snapshot of what is lit.
fn lit_rows(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut open = false;
        for (s, lit) in row(buffer, y) {
            if lit != open {
                line.push(if lit { '[' } else { ']' });
                open = lit;
            }
            line.push_str(&s);
        }
        if open {
            line.push(']');
        }
        if line.contains('[') {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

#[test]
fn chinese_query_snapshot_and_highlights() {
    let f = fixture();
    let (terminal, popup) = draw(&f, "行政复议", false, 110, 20);
    insta::assert_snapshot!("popup_chinese", terminal.backend());
    let buffer = terminal.backend().buffer();
    insta::assert_snapshot!("popup_chinese_lit", lit_rows(buffer));
    assert_eq!(popup.headings().len(), 3);
    // Rows 2..5 are the three 行政复议 headings, each with exactly those highlighted.
    for y in 2..5 {
        assert_eq!(
            highlighted_in_row(buffer, y),
            "行政复议",
            "{}",
            row_text(buffer, y)
        );
    }
    // The cursor sits after the four double-width characters: border, "/ ", 8 columns.
    let mut terminal = terminal;
    let pos = terminal.get_cursor_position().unwrap();
    assert_eq!((pos.x, pos.y), (1 + 2 + 8, 1));
}

#[test]
fn pinyin_query_snapshot_and_highlights() {
    let f = fixture();
    let (terminal, _) = draw(&f, "fzzf sfcj", false, 110, 20);
    insta::assert_snapshot!("popup_pinyin", terminal.backend());
    let buffer = terminal.backend().buffer();
    insta::assert_snapshot!("popup_pinyin_lit", lit_rows(buffer));
    let shunyi = (2..8)
        .find(|&y| row_text(buffer, y).contains("攻堅戰"))
        .expect("shunyi's heading listed");
    assert_eq!(highlighted_in_row(buffer, shunyi), "法治政府示範創建");
}

#[test]
fn full_text_snapshot() {
    let f = fixture();
    let (terminal, popup) = draw(&f, "行政复议", true, 110, 16);
    insta::assert_snapshot!("popup_full_text", terminal.backend());
    assert!(popup.text_hits().len() > 5);
    let buffer = terminal.backend().buffer();
    insta::assert_snapshot!("popup_full_text_lit", lit_rows(buffer));
    assert_eq!(highlighted_in_row(buffer, 2), "行政复议");
}

#[test]
fn selection_moves_and_targets_the_heading() {
    let f = fixture();
    let (_, mut popup) = draw(&f, "xzfy", false, 80, 12);
    let first = popup.selected_target(&f.reports).unwrap();
    popup.select_next();
    let second = popup.selected_target(&f.reports).unwrap();
    assert_ne!(first, second);
    let node = &f.reports[second.report].nodes[second.node.unwrap()];
    assert_eq!(node.line, second.line);
    assert!(node.title.contains("行政复议"));
    popup.select_prev();
    popup.select_prev();
    assert_eq!(popup.selected_target(&f.reports).unwrap(), first);
}
