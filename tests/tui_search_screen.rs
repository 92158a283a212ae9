//! The search popup drawn over the whole app (`panes::draw` into a `TestBackend`), with
//! the query typed key by key and the index built in the background as in the real
//! event loop. The snapshot lists, under the screen, the characters drawn as matches
//! (bold + underline: the tests use the mono theme, which has no colour).

use std::time::{Duration, Instant};

use baogao::tui::{panes, App};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
    app.poll_search();
}

fn settle(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        app.poll_search();
        if app.search.settled() {
            return;
        }
        assert!(Instant::now() < deadline, "search did not settle");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn popup_with(query: &str, width: u16, height: u16) -> Terminal<TestBackend> {
    let reports = baogao::samples::reports().unwrap();
    let mut app = App::with_reports(reports, true, (width, height));
    settle(&mut app);
    press(&mut app, KeyCode::Char('/'));
    for c in query.chars() {
        press(&mut app, KeyCode::Char(c));
    }
    settle(&mut app);
    let mut term = Terminal::new(TestBackend::new(width, height)).unwrap();
    term.draw(|f| panes::draw(&app, f)).unwrap();
    term
}

/// The matched characters of each row that has any (row number: characters).
fn lit(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut row = String::new();
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let m = cell.modifier;
            if m.contains(Modifier::BOLD | Modifier::UNDERLINED) && cell.symbol() != " " {
                row.push_str(cell.symbol());
            }
        }
        if !row.is_empty() {
            out.push_str(&format!("{y:2}: {row}\n"));
        }
    }
    out
}

fn snapshot(term: &Terminal<TestBackend>) -> String {
    let buf = term.backend().buffer();
    format!("{}\n--- matches ---\n{}", term.backend(), lit(buf))
}

#[test]
fn chinese_and_pinyin_terms_are_highlighted_in_the_popup() {
    let term = popup_with("复议 xz", 120, 40);
    let text = snapshot(&term);
    // 复议 is matched as written and 行政 through its pinyin initials.
    assert!(text.contains("行政复议"), "{text}");
    insta::assert_snapshot!("search_popup_120x40", text);
}

#[test]
fn popup_fits_80_by_24() {
    let term = popup_with("xzfy", 80, 24);
    insta::assert_snapshot!("search_popup_80x24", snapshot(&term));
}
