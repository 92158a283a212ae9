//! The search popup driven through the `App` with keys, no terminal: the index built in
//! the background, heading and full-text jumps, Esc, and n/N.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::action::Pane;
use crate::tui::app::App;
use crate::tui::doc::EmphasisKind;
use crate::tui::search_popup::Mode;

fn app() -> App {
    App::with_reports(crate::samples::reports().unwrap(), true, (120, 40))
}

fn press(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
        app.poll_search();
    }
}

/// Poll until the index is built and the latest query answered (at most 30 s).
fn settle(app: &mut App) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        app.poll_search();
        let s = &app.search;
        if s.settled() {
            return;
        }
        assert!(Instant::now() < deadline, "search did not settle: {s:?}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn emphasised(app: &App) -> Vec<String> {
    let rs = app.current().unwrap();
    rs.emphasis
        .iter()
        .filter(|e| e.kind == EmphasisKind::Match)
        .map(|e| rs.report.text[e.range.clone()].to_string())
        .collect()
}

#[test]
fn pinyin_initials_then_enter_shows_the_heading() {
    let mut app = app();
    settle(&mut app);
    press(&mut app, KeyCode::Char('/'));
    assert!(app.search.is_open());
    type_str(&mut app, "xzfy");
    settle(&mut app);
    assert_eq!(app.search.popup.query(), "xzfy");
    let top = app.search.popup.headings()[0].clone();
    press(&mut app, KeyCode::Enter);
    assert!(!app.search.is_open());
    assert_eq!(app.selected, Some(top.report));
    assert_eq!(app.focus, Pane::Content);
    let rs = app.current().unwrap();
    let node = &rs.report.nodes[top.node];
    assert!(node.title.contains("行政复议"), "{}", node.title);
    assert_eq!(rs.tree.cursor, top.node);
    assert_eq!(rs.shown, Some(top.node));
    assert_eq!(rs.content_top, node.span.start);
    // The content pane's first row is the heading.
    let rows = app.content_rows(rs);
    let first = &rs.report.text[rows[0].range.clone()];
    assert!(first.contains("行政复议"), "{first}");
    assert_eq!(emphasised(&app), ["行政复议"]);
    assert_eq!(app.search.last(), Some("行政复议"));
}

#[test]
fn esc_returns_to_the_same_place_and_does_not_quit() {
    let mut app = app();
    settle(&mut app);
    for code in [KeyCode::Down, KeyCode::Down, KeyCode::Enter, KeyCode::Tab] {
        press(&mut app, code);
    }
    press(&mut app, KeyCode::Char('j'));
    let before = {
        let rs = app.current().unwrap();
        (
            app.selected,
            app.focus,
            rs.tree.cursor,
            rs.shown,
            rs.content_top,
        )
    };
    press(&mut app, KeyCode::Char('/'));
    type_str(&mut app, "yfxz q");
    settle(&mut app);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.search.popup.selected(), 1);
    assert_eq!(
        app.search.popup.query(),
        "yfxz q",
        "q types, it does not quit"
    );
    press(&mut app, KeyCode::Esc);
    assert!(!app.search.is_open());
    assert!(!app.quit);
    let rs = app.current().unwrap();
    let after = (
        app.selected,
        app.focus,
        rs.tree.cursor,
        rs.shown,
        rs.content_top,
    );
    assert_eq!(before, after);
}

#[test]
fn tab_searches_full_text_and_enter_jumps_to_the_match() {
    let mut app = app();
    settle(&mut app);
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.search.popup.mode(), Mode::FullText);
    type_str(&mut app, "行政复议");
    settle(&mut app);
    let hits = app.search.popup.text_hits().to_vec();
    assert!(hits.len() > 3);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    let hit = &hits[1];
    assert_eq!(app.selected, Some(hit.report));
    let rs = app.current().unwrap();
    assert_eq!(rs.content_top, hit.range.start);
    assert!(rs
        .emphasis
        .iter()
        .any(|e| e.range == hit.range && e.kind == EmphasisKind::Match));
    let message = app.message.as_ref().unwrap().text.clone();
    assert!(message.starts_with("match 2/"), "{message}");
    // Tab again: back to headings, the query kept.
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.search.popup.mode(), Mode::Headings);
    assert_eq!(app.search.popup.query(), "行政复议");
}

#[test]
fn n_and_shift_n_step_through_the_matches_in_the_report() {
    let mut app = app();
    settle(&mut app);
    app.focus = Pane::Content;
    press(&mut app, KeyCode::Char('n'));
    assert!(app.message.as_ref().unwrap().error, "n before any search");
    press(&mut app, KeyCode::Char('/'));
    type_str(&mut app, "xzfy");
    settle(&mut app);
    press(&mut app, KeyCode::Enter);
    let heading_at = app.current().unwrap().content_top;
    let text = app.current().unwrap().report.text.clone();
    let all: Vec<usize> = text.match_indices("行政复议").map(|(i, _)| i).collect();
    assert!(
        all.len() >= 2,
        "the sample mentions 行政复议 more than once"
    );
    press(&mut app, KeyCode::Char('n'));
    let first = app.current().unwrap().content_top;
    assert!(first > heading_at);
    assert!(all.contains(&first));
    let n = all.len();
    let i = all.iter().position(|&p| p == first).unwrap();
    assert_eq!(
        app.message.as_ref().unwrap().text,
        format!("match {}/{n}", i + 1)
    );
    press(&mut app, KeyCode::Char('n'));
    let second = app.current().unwrap().content_top;
    assert_eq!(second, all[(i + 1) % n]);
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.current().unwrap().content_top, first);
    // Every occurrence is emphasised.
    assert_eq!(emphasised(&app).len(), n);
    // N from the first wraps to the last.
    for _ in 0..=i {
        press(&mut app, KeyCode::Char('N'));
    }
    assert_eq!(app.current().unwrap().content_top, all[n - 1]);
}

#[test]
fn indexing_waits_for_the_reports_and_follows_a_reload() {
    let mut app = app();
    settle(&mut app);
    let first = app.search.corpus.as_ref().map(std::sync::Arc::as_ptr);
    app.begin_reload();
    for r in crate::samples::reports().unwrap() {
        app.on_load(crate::corpus::LoadEvent::Loaded(Box::new(r)));
    }
    // Not done loading: the old index stays, no new build yet.
    app.poll_search();
    assert!(app.search.building.is_none());
    app.on_load(crate::corpus::LoadEvent::Done);
    settle(&mut app);
    let second = app.search.corpus.as_ref().map(std::sync::Arc::as_ptr);
    assert_ne!(first, second, "rebuilt after the reload");
}
