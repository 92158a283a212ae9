//! State tests: actions and keys in, state out; no terminal anywhere.

use super::*;
use crate::report::NodeKind;
use crate::tui::keymap::parse_seq;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn samples_app(size: (u16, u16)) -> App {
    App::with_reports(crate::samples::reports().unwrap(), true, size)
}

fn app() -> App {
    samples_app((120, 40))
}

/// Type keys as written in the keymap (`zM`, `C-d`, `Tab`), one chord per word.
fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

fn select(app: &mut App, name: &str) {
    app.selected = app.reports.iter().position(|r| r.report.name == name);
    assert!(app.selected.is_some(), "{name}");
}

fn cursor_node(app: &App) -> &crate::report::Node {
    let rs = app.current().unwrap();
    &rs.report.nodes[rs.tree.cursor]
}

fn visible_count(app: &App) -> usize {
    let rs = app.current().unwrap();
    rs.tree.visible(&rs.report).len()
}

#[test]
fn starts_on_the_first_report_with_the_outline_focused() {
    let app = app();
    assert_eq!(app.current().unwrap().report.name, "dandong-2021");
    assert_eq!(app.focus, Pane::Outline);
    assert!(app.progress.done);
    assert_eq!(app.progress.loaded, 5);
}

#[test]
fn navigating_to_xiangcheng_two_seven_with_keys_shows_that_section() {
    let mut app = app();
    keys(&mut app, "S-Tab G Enter } l j j j j j j Enter");
    let rs = app.current().unwrap();
    assert_eq!(rs.report.name, "xiangcheng-2020");
    assert_eq!(app.focus, Pane::Outline);
    let node = &rs.report.nodes[rs.shown.unwrap()];
    assert_eq!(node.number, "(七)");
    assert_eq!(node.title, "推进法律顾问体系建设");
    assert_eq!(rs.report.heading_path_label(rs.shown.unwrap()), "二、(七)");
    assert_eq!(rs.content_top, node.span.start);
    let rows = app.content_rows(rs);
    let first = &rs.report.text[rows[0].range.clone()];
    assert!(first.contains("推进法律顾问体系建设"), "{first}");
}

#[test]
fn fold_all_unfold_all_and_levels() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    let all = app.current().unwrap().report.nodes.len();
    let roots = app.current().unwrap().report.roots.len();
    assert_eq!(visible_count(&app), all);
    keys(&mut app, "zM");
    assert_eq!(visible_count(&app), roots);
    assert!(app.pending.is_empty());
    keys(&mut app, "zR");
    assert_eq!(visible_count(&app), all);
    keys(&mut app, "2");
    let rs = app.current().unwrap();
    let upto2 = rs.report.nodes.iter().filter(|n| n.level <= 2).count();
    assert_eq!(visible_count(&app), upto2);
    keys(&mut app, "1");
    assert_eq!(visible_count(&app), roots);
}

#[test]
fn folding_a_section_hides_the_cursor_inside_it_by_moving_up() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "} l j");
    assert_eq!(cursor_node(&app).number, "(二)");
    keys(&mut app, "zM");
    assert_eq!(cursor_node(&app).number, "二、");
    assert_eq!(
        app.current().unwrap().tree.cursor_row(
            &app.current()
                .unwrap()
                .tree
                .visible(&app.current().unwrap().report)
        ),
        1
    );
}

#[test]
fn h_and_l_fold_unfold_and_walk_the_tree() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "g");
    assert_eq!(cursor_node(&app).number, "一、");
    keys(&mut app, "h");
    assert!(
        app.current().unwrap().tree.folded[0],
        "h on an open node folds it"
    );
    keys(&mut app, "l");
    assert!(
        !app.current().unwrap().tree.folded[0],
        "l on a folded node unfolds it"
    );
    assert_eq!(cursor_node(&app).number, "一、");
    keys(&mut app, "l");
    assert_eq!(
        cursor_node(&app).number,
        "(一)",
        "l on an open node goes to the first child"
    );
    keys(&mut app, "h");
    assert_eq!(
        cursor_node(&app).number,
        "一、",
        "h on a leaf goes to the parent"
    );
    keys(&mut app, "Space");
    assert!(app.current().unwrap().tree.folded[0]);
    keys(&mut app, "Space");
    assert!(!app.current().unwrap().tree.folded[0]);
}

#[test]
fn l_on_a_leaf_shows_it() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "g j l");
    let rs = app.current().unwrap();
    assert_eq!(rs.shown, Some(rs.tree.cursor));
}

#[test]
fn braces_jump_between_headings_of_the_same_level_across_sections() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "g }");
    assert_eq!(cursor_node(&app).number, "二、");
    keys(&mut app, "} {");
    assert_eq!(cursor_node(&app).number, "二、");
    // From the last (n) of 二、, } goes on to the first (n) of 三、.
    keys(&mut app, "l G");
    keys(&mut app, "g } l");
    for _ in 0..7 {
        keys(&mut app, "j");
    }
    assert_eq!(cursor_node(&app).number, "(八)");
    keys(&mut app, "}");
    let rs = app.current().unwrap();
    let node = &rs.report.nodes[rs.tree.cursor];
    assert_eq!(node.number, "(一)");
    assert_eq!(rs.report.nodes[node.parent.unwrap()].number, "三、");
}

#[test]
fn braces_reveal_a_target_inside_a_folded_section() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "g l");
    assert_eq!(cursor_node(&app).number, "(一)");
    // Fold 二、 and jump forward at level 2 until we are inside it.
    let two = app.current().unwrap().report.roots[1];
    app.reports[app.selected.unwrap()].tree.folded[two] = true;
    keys(&mut app, "} } }");
    assert_eq!(cursor_node(&app).number, "(一)");
    let rs = app.current().unwrap();
    assert_eq!(rs.report.nodes[rs.tree.cursor].parent, Some(two));
    assert!(!rs.tree.folded[two]);
}

#[test]
fn folds_are_kept_per_report_while_switching() {
    let mut app = app();
    keys(&mut app, "S-Tab G Tab zM");
    let xiangcheng = app.selected;
    assert_eq!(visible_count(&app), 3);
    keys(&mut app, "S-Tab k");
    assert_eq!(app.current().unwrap().report.name, "shunyi-2023");
    assert_eq!(
        visible_count(&app),
        app.current().unwrap().report.nodes.len()
    );
    keys(&mut app, "j");
    assert_eq!(app.selected, xiangcheng);
    assert_eq!(visible_count(&app), 3);
}

#[test]
fn tab_and_shift_tab_cycle_focus() {
    let mut app = app();
    let mut seen = vec![app.focus];
    for _ in 0..5 {
        keys(&mut app, "Tab");
        seen.push(app.focus);
    }
    assert_eq!(
        seen,
        [
            Pane::Outline,
            Pane::Content,
            Pane::Info,
            Pane::Figures,
            Pane::Reports,
            Pane::Outline
        ]
    );
    keys(&mut app, "S-Tab");
    assert_eq!(app.focus, Pane::Reports);
}

#[test]
fn report_list_moves_and_sorting_keeps_the_selection() {
    let mut app = app();
    keys(&mut app, "S-Tab G");
    assert_eq!(app.current().unwrap().report.name, "xiangcheng-2020");
    keys(&mut app, "g");
    assert_eq!(app.current().unwrap().report.name, "dandong-2021");
    keys(&mut app, "j j");
    assert_eq!(app.current().unwrap().report.name, "puyang-2019");
    keys(&mut app, "s");
    assert_eq!(app.sort, SortKey::Year);
    assert_eq!(app.current().unwrap().report.name, "puyang-2019");
    let years: Vec<_> = app
        .order()
        .iter()
        .map(|&i| app.reports[i].report.meta.year)
        .collect();
    let mut sorted = years.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(years, sorted, "newest first");
    keys(&mut app, "s");
    assert_eq!(app.sort, SortKey::Place);
    keys(&mut app, "s");
    assert_eq!(app.sort, SortKey::Name);
}

#[test]
fn content_scrolls_by_rows_half_pages_and_pages_and_stops_at_the_ends() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    app.focus = Pane::Content;
    let rs = app.current().unwrap();
    let rows = app.content_rows(rs);
    let height = layout::inner(app.areas().pane(Pane::Content).unwrap()).1;
    assert!(rows.len() > height * 2, "whole report is long");
    let at = |app: &App| {
        let rs = app.current().unwrap();
        doc::row_at(&app.content_rows(rs), rs.content_top)
    };
    keys(&mut app, "j j j");
    assert_eq!(at(&app), 3);
    keys(&mut app, "k");
    assert_eq!(at(&app), 2);
    keys(&mut app, "C-d");
    assert_eq!(at(&app), 2 + height / 2);
    keys(&mut app, "C-u");
    assert_eq!(at(&app), 2);
    keys(&mut app, "Space");
    assert_eq!(at(&app), 2 + height - 1);
    keys(&mut app, "b PgDn PgUp");
    assert_eq!(at(&app), 2);
    keys(&mut app, "G");
    assert_eq!(at(&app), rows.len() - height);
    keys(&mut app, "j j");
    assert_eq!(at(&app), rows.len() - height, "no scrolling past the end");
    keys(&mut app, "g k");
    assert_eq!(at(&app), 0);
}

#[test]
fn content_keeps_its_place_across_a_resize() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    app.focus = Pane::Content;
    keys(&mut app, "j j j j j j j j");
    let anchor = app.current().unwrap().content_top;
    let line = app.current_line();
    app.update(Action::Resize(80, 24));
    assert_eq!(app.current().unwrap().content_top, anchor);
    assert_eq!(app.current_line(), line);
}

#[test]
fn outline_scrolls_to_keep_the_cursor_visible() {
    let mut app = samples_app((80, 24));
    select(&mut app, "houma-2023");
    let height = layout::inner(app.areas().pane(Pane::Outline).unwrap()).1;
    assert!(app.current().unwrap().report.nodes.len() > height);
    keys(&mut app, "G");
    let tree = &app.current().unwrap().tree;
    let rs = app.current().unwrap();
    let row = tree.cursor_row(&tree.visible(&rs.report));
    assert!(row >= tree.offset && row < tree.offset + height);
    keys(&mut app, "g");
    assert_eq!(app.current().unwrap().tree.offset, 0);
}

#[test]
fn raw_view_shows_page_clutter_and_keeps_the_section_in_view() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    let normal = app.content_rows(app.current().unwrap());
    assert!(normal.iter().all(|r| !r.clutter));
    keys(&mut app, "r");
    assert!(app.raw);
    let raw = app.content_rows(app.current().unwrap());
    assert!(raw.iter().any(|r| r.clutter));
    assert!(raw.len() > normal.len());
    keys(&mut app, "r");
    assert!(!app.raw);
}

#[test]
fn esc_backs_out_and_never_quits_q_quits() {
    let mut app = app();
    keys(&mut app, "Esc Esc");
    assert!(!app.quit);
    keys(&mut app, "?");
    assert!(app.help.is_some());
    keys(&mut app, "j");
    assert_eq!(app.help, Some(1), "j scrolls the help");
    keys(&mut app, "Esc");
    assert!(app.help.is_none());
    assert!(!app.quit);
    keys(&mut app, "z Esc");
    assert!(app.pending.is_empty());
    keys(&mut app, "F1 q");
    assert!(app.help.is_none() && !app.quit, "q in help closes the help");
    keys(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_even_from_the_help() {
    let mut app = app();
    keys(&mut app, "?");
    app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(app.quit);
}

#[test]
fn an_unfinished_sequence_gives_way_to_the_next_key() {
    let mut app = app();
    keys(&mut app, "z");
    assert_eq!(app.pending.len(), 1);
    keys(&mut app, "j");
    assert!(app.pending.is_empty());
    assert_eq!(app.current().unwrap().tree.cursor, 1, "j still moved");
}

#[test]
fn commands_queue_effects_for_the_event_loop() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "} l j y");
    assert!(app
        .message
        .as_ref()
        .is_some_and(|m| m.text.starts_with("copied")));
    keys(&mut app, "e");
    app.samples = false;
    keys(&mut app, "R");
    let effects = app.take_effects();
    assert_eq!(
        effects[0],
        Effect::Copy("襄城 2020 > 二、坚持依法行政,全面履行政府职能 > (二)深化政务服务改革".into())
    );
    assert_eq!(
        effects[1],
        Effect::OpenEditor {
            path: "samples/xiangcheng-2020.txt".into(),
            line: 29
        }
    );
    assert_eq!(effects[2], Effect::Reload);
    assert!(app.take_effects().is_empty());
    assert!(app.message.is_none(), "the next key clears a message");
}

#[test]
fn editor_line_follows_the_content_pane_when_it_has_the_focus() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "} Enter Tab j j j e");
    let Some(Effect::OpenEditor { line, .. }) = app.take_effects().pop() else {
        panic!("no editor effect");
    };
    // 二、 is line 25; three rows down (one blank row, a wrapped paragraph) is past it.
    assert!(line > 25, "{line}");
    assert_eq!(app.current_line(), Some(line));
}

#[test]
fn first_frame_comes_before_reports_and_progress_counts_them() {
    let mut app = App::new(true, Keymap::default(), Theme::new(ThemeName::Mono));
    assert!(app.current().is_none());
    // Motions on an empty app are harmless.
    for a in [
        Action::Down,
        Action::Bottom,
        Action::ShowSection,
        Action::FoldAll,
        Action::CopyPath,
    ] {
        app.update(a);
    }
    app.on_load(LoadEvent::Found(5));
    let mut reports = crate::samples::reports().unwrap();
    app.on_load(LoadEvent::Loaded(Box::new(reports.remove(4))));
    assert_eq!(app.progress.loaded, 1);
    assert!(!app.progress.done);
    assert_eq!(app.current().unwrap().report.name, "xiangcheng-2020");
    app.on_load(LoadEvent::Loaded(Box::new(reports.remove(0))));
    assert_eq!(
        app.current().unwrap().report.name,
        "xiangcheng-2020",
        "selection stays"
    );
    app.on_load(LoadEvent::Done);
    assert!(app.progress.done);
}

#[test]
fn load_errors_are_counted_and_sanitised() {
    let mut app = App::new(false, Keymap::default(), Theme::new(ThemeName::Mono));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad\u{1b}[31m.txt");
    std::fs::write(&bad, "").unwrap();
    crate::corpus::load_each(&crate::corpus::Origin::Paths(vec![bad]), |e| app.on_load(e));
    assert_eq!(app.progress.failed, 1);
    // The name is shown with its escape made visible, never as an escape.
    assert!(
        app.load_errors[0].contains("bad\\x1b[31m.txt"),
        "{:?}",
        app.load_errors
    );
    assert!(!app.load_errors[0].contains('\u{1b}'));
    let m = app.message.as_ref().unwrap();
    assert!(m.error && !m.text.contains('\u{1b}'));
    // The file is listed, marked failed with its reason.
    assert_eq!(app.reports.len(), 1);
    assert_eq!(
        app.reports[0].failed.as_deref(),
        Some("skipped: empty file")
    );
}

#[test]
fn reload_keeps_folds_cursor_and_shown_section() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    keys(&mut app, "} l j j Enter g zM");
    let before = app.current().unwrap().clone();
    app.begin_reload();
    app.on_load(LoadEvent::Found(5));
    for r in crate::samples::reports().unwrap() {
        app.on_load(LoadEvent::Loaded(Box::new(r)));
    }
    app.on_load(LoadEvent::Done);
    assert_eq!(app.reports.len(), 5);
    let after = app.current().unwrap();
    assert_eq!(after.report.name, "xiangcheng-2020");
    assert!(!Arc::ptr_eq(&after.report, &before.report));
    assert_eq!(after.tree.folded, before.tree.folded);
    assert_eq!(after.tree.cursor, before.tree.cursor);
    assert_eq!(after.shown, before.shown);
    assert_eq!(after.content_top, before.content_top);
}

#[test]
fn emphasis_ranges_are_kept_sorted_and_checked() {
    let mut app = app();
    let len = app.reports[0].report.text.len();
    app.set_emphasis(
        0,
        EmphasisKind::Figure,
        vec![10..12, 2..4, 5..5, len..len + 3],
    );
    let e = &app.reports[0].emphasis;
    assert_eq!(
        e.iter().map(|e| e.range.clone()).collect::<Vec<_>>(),
        vec![2..4, 10..12]
    );
    app.set_emphasis(0, EmphasisKind::Match, std::iter::once(3..6).collect());
    app.set_emphasis(0, EmphasisKind::Figure, vec![]);
    assert_eq!(app.reports[0].emphasis.len(), 1);
    app.set_figure_count(0, 61);
    assert_eq!(app.reports[0].figure_count, Some(61));
}

#[test]
fn points_and_headings_are_both_in_the_outline() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    let rs = app.current().unwrap();
    assert!(rs.report.nodes.iter().any(|n| n.kind == NodeKind::Point));
    keys(&mut app, "G");
    assert_eq!(cursor_node(&app).kind, NodeKind::Point);
}

#[test]
fn mouse_clicks_focus_and_select() {
    let mut app = app();
    let areas = app.areas();
    let list = areas.pane(Pane::Reports).unwrap();
    // Border, column header, then reports in order: row 3 is the third report.
    app.update(Action::Click(list.x + 2, list.y + 4));
    assert_eq!(app.focus, Pane::Reports);
    assert_eq!(app.current().unwrap().report.name, "puyang-2019");
    let outline = areas.pane(Pane::Outline).unwrap();
    app.update(Action::Click(outline.x + 3, outline.y + 3));
    assert_eq!(app.focus, Pane::Outline);
    assert_eq!(app.current().unwrap().tree.cursor, 2);
    app.update(Action::Wheel(outline.x + 3, outline.y + 3, true));
    assert_eq!(app.current().unwrap().tree.cursor, 5);
}

#[test]
fn narrow_screens_still_navigate() {
    let mut app = samples_app((40, 12));
    keys(&mut app, "S-Tab G Enter } l j j j j j j Enter Tab");
    assert_eq!(app.focus, Pane::Content);
    let rs = app.current().unwrap();
    assert_eq!(
        rs.report.nodes[rs.shown.unwrap()].title,
        "推进法律顾问体系建设"
    );
    assert_eq!(app.content_width(rs), 38);
}

#[test]
fn jump_to_a_byte_selects_reveals_shows_and_scrolls() {
    let mut app = app();
    let index = app
        .reports
        .iter()
        .position(|r| r.report.name == "xiangcheng-2020")
        .unwrap();
    let report = app.reports[index].report.clone();
    app.reports[index].tree.fold_all(&report);
    let text = app.reports[index].report.text.clone();
    let pos = text.find("7名法律顾问").unwrap();
    app.jump_to(index, pos);
    let rs = app.current().unwrap();
    assert_eq!(rs.report.name, "xiangcheng-2020");
    let node = &rs.report.nodes[rs.tree.cursor];
    assert_eq!(node.number, "(七)");
    assert_eq!(rs.shown, Some(rs.tree.cursor));
    assert!(!rs.tree.folded[node.parent.unwrap()], "ancestors unfolded");
    // The content pane's top row holds the position.
    let rows = app.content_rows(rs);
    let top = doc::top_row(&rows, rs.content_top, 1);
    assert!(rows[top].range.contains(&pos) || rows[top].range.start == pos);
    app.jump_to(99, 0);
    assert_eq!(app.current().unwrap().report.name, "xiangcheng-2020");
}

#[test]
fn reload_drops_reports_whose_files_are_gone_and_keeps_a_valid_selection() {
    let mut app = app();
    select(&mut app, "xiangcheng-2020");
    app.begin_reload();
    let mut reports = crate::samples::reports().unwrap();
    reports.retain(|r| r.name != "xiangcheng-2020");
    app.on_load(LoadEvent::Found(reports.len()));
    for r in reports {
        app.on_load(LoadEvent::Loaded(Box::new(r)));
    }
    app.on_load(LoadEvent::Done);
    assert_eq!(app.reports.len(), 4);
    assert!(app.current().is_some());
    assert!(app
        .reports
        .iter()
        .all(|r| r.report.name != "xiangcheng-2020"));
    assert_eq!(app.message.as_ref().unwrap().text, "reloaded 4 reports");
}

#[test]
fn reloading_a_report_of_ten_thousand_headings_takes_linear_time() {
    let mut text = String::from("某县报告\n");
    for i in 1..=5000 {
        text.push_str(&format!("一、第{i}部分\n(一)第{i}小节\n"));
    }
    let report = crate::parse_report("big.txt".into(), text.clone());
    assert!(report.nodes.len() >= 10_000);
    let mut app = App::with_reports(vec![report], false, (120, 40));
    // Every 一、 folded: each fold is matched to the new version of the report.
    keys(&mut app, "zM G");
    let folded = app.current().unwrap().tree.folded.clone();
    assert!(folded.iter().filter(|&&f| f).count() >= 5000);
    let start = std::time::Instant::now();
    app.begin_reload();
    app.on_load(LoadEvent::Found(1));
    app.on_load(LoadEvent::Loaded(Box::new(crate::parse_report(
        "big.txt".into(),
        text,
    ))));
    app.on_load(LoadEvent::Done);
    // Quadratic matching took minutes here; linear takes well under a second.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(app.current().unwrap().tree.folded, folded);
}

#[test]
fn a_report_read_again_with_its_sites_chrome_keeps_its_place_and_folds() {
    let mut app = samples_app((120, 40));
    app.analyze_now();
    select(&mut app, "xiangcheng-2020");
    app.update(Action::FoldAll);
    assert!(app.current().unwrap().figures.is_some());
    let before = app.current().unwrap().tree.folded.clone();
    let selected = app.selected;
    let path = app.current().unwrap().report.path.clone();
    let text = app.current().unwrap().report.text.to_string();
    let chrome = crate::parse::site::learn(&[&text, &text, &text]);
    let again =
        crate::parse::parse_report_with(path, text, Some(std::sync::Arc::new(chrome.clone())));
    let count = app.reports.len();
    app.on_load(LoadEvent::Reparsed(Box::new(again)));
    assert_eq!(app.reports.len(), count, "replaced, not added");
    assert_eq!(app.selected, selected);
    let now = app.current().unwrap();
    assert_eq!(now.tree.folded, before, "folds kept");
    // Read again, it waits for its figures and findings anew, which are queued.
    assert!(now.figures.is_none());
    app.analyze_now();
    assert!(app.current().unwrap().figures.is_some());
    // An edit on disk is read again with the same site chrome.
    let path = app.current().unwrap().report.path.clone();
    app.on_file_changed(&path);
    let reread = app.jobs.iter().find_map(|job| match job {
        crate::tui::analysis::Job::Reload(r) => Some(r),
        _ => None,
    });
    let site = reread.and_then(|r| r.site.as_deref());
    assert_eq!(site, Some(&chrome));
}
