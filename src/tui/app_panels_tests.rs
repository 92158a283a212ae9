//! State tests for the figures, comparison, findings and reload side of the app: keys
//! in, state out, analysis run inline instead of on the worker thread.

use super::*;
use crate::tui::keymap::parse_seq;
use crossterm::event::KeyEvent;

fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

/// The samples with figures and findings computed, xiangcheng 二、 shown.
fn at_xiangcheng_two() -> App {
    let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
    app.analyze_now();
    keys(&mut app, "S-Tab G Enter } Enter");
    let rs = app.current().unwrap();
    assert_eq!(rs.report.name, "xiangcheng-2020");
    assert_eq!(rs.report.nodes[rs.shown.unwrap()].number, "二、");
    app
}

fn focus(app: &mut App, pane: Pane) {
    for _ in 0..Pane::ALL.len() {
        if app.focus == pane {
            return;
        }
        keys(app, "Tab");
    }
    assert_eq!(app.focus, pane);
}

#[test]
fn figures_and_findings_arrive_as_jobs_and_fill_the_state() {
    let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
    // Nothing computed on the UI thread: the panels have nothing yet, and one job per
    // report waits for the worker.
    assert!(app
        .reports
        .iter()
        .all(|r| r.figures.is_none() && r.findings.is_none()));
    assert!(app.figure_list(app.current().unwrap()).is_none());
    let jobs = app.take_jobs();
    assert_eq!(jobs.len(), app.reports.len());
    for job in jobs {
        app.on_analysis(crate::tui::analysis::run(job));
    }
    for rs in &app.reports {
        let figures = rs.figures.as_ref().unwrap();
        assert_eq!(rs.figure_count, Some(figures.len()));
        assert_eq!(**figures, crate::indicators::extract(&rs.report));
        assert_eq!(
            **rs.findings.as_ref().unwrap(),
            crate::lint::check(&rs.report)
        );
        let marked = rs
            .emphasis
            .iter()
            .filter(|e| e.kind == EmphasisKind::Figure)
            .count();
        assert_eq!(marked, figures.len());
    }
}

#[test]
fn a_result_for_a_replaced_report_is_dropped() {
    let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
    let jobs = app.take_jobs();
    let stale = crate::tui::analysis::Job::Analyze(Arc::new((*app.reports[0].report).clone()));
    app.on_analysis(crate::tui::analysis::run(stale));
    assert!(
        app.reports[0].figures.is_none(),
        "not the same Arc: ignored"
    );
    drop(jobs);
}

#[test]
fn the_panel_lists_the_shown_sections_figures_and_toggles_the_whole_report() {
    let mut app = at_xiangcheng_two();
    let rs = app.current().unwrap();
    let all = rs.figures.as_ref().unwrap().len();
    let section = app.figure_list(rs).unwrap();
    let span = rs.report.nodes[rs.shown.unwrap()].span.clone();
    assert!(!section.is_empty() && section.len() < all);
    assert!(section.iter().all(|f| span.contains(&f.span.start)));
    focus(&mut app, Pane::Figures);
    keys(&mut app, "a");
    assert!(app.figures_whole);
    assert_eq!(app.figure_list(app.current().unwrap()).unwrap().len(), all);
    keys(&mut app, "a");
    assert!(!app.figures_whole);
    assert_eq!(
        app.figure_list(app.current().unwrap()).unwrap().len(),
        section_len(&app)
    );
}

fn section_len(app: &App) -> usize {
    let rs = app.current().unwrap();
    crate::indicators::in_section(&rs.report, rs.figures.as_ref().unwrap(), rs.shown.unwrap()).len()
}

#[test]
fn enter_on_a_figure_jumps_to_its_sentence_keeping_the_section() {
    let mut app = at_xiangcheng_two();
    let shown = app.current().unwrap().shown;
    focus(&mut app, Pane::Figures);
    keys(&mut app, "j j");
    let figure = app.selected_figure().unwrap();
    let expected = app.figure_list(app.current().unwrap()).unwrap()[2].clone();
    assert_eq!(figure, expected);
    keys(&mut app, "Enter");
    let rs = app.current().unwrap();
    assert_eq!(rs.shown, shown, "the list being walked stays the same");
    assert_eq!(rs.content_top, figure.sentence.start);
    // The outline cursor is on the deepest section holding the sentence.
    assert_eq!(
        Some(rs.tree.cursor),
        rs.report.node_at(figure.sentence.start)
    );
    let focus_marks: Vec<_> = rs
        .emphasis
        .iter()
        .filter(|e| e.kind == EmphasisKind::Focus)
        .collect();
    assert_eq!(focus_marks.len(), 1);
    assert_eq!(focus_marks[0].range, figure.sentence);
    assert_eq!(
        app.focus,
        Pane::Figures,
        "j, Enter, j, Enter walks the list"
    );
    keys(&mut app, "j Enter");
    let next = app.selected_figure().unwrap();
    assert_eq!(app.current().unwrap().content_top, next.sentence.start);
}

#[test]
fn compare_opens_sorts_and_closes() {
    let mut app = at_xiangcheng_two();
    focus(&mut app, Pane::Figures);
    let list = app.figure_list(app.current().unwrap()).unwrap();
    let with_key = list
        .iter()
        .position(|f| f.key == Some("reconsideration_received"))
        .unwrap();
    let key = list[with_key].key.unwrap();
    for _ in 0..with_key {
        keys(&mut app, "j");
    }
    keys(&mut app, "c");
    let view = app.compare.as_ref().unwrap();
    assert_eq!(view.key, key);
    assert!(
        view.comparison.points.len() >= 2,
        "{:?}",
        view.comparison.points
    );
    assert!(view.comparison.points.iter().any(|p| p.selected));
    assert_eq!(view.pending, 0);
    assert_eq!(app.contexts(), vec![Context::Compare]);
    keys(&mut app, "s");
    assert_eq!(
        app.compare.as_ref().unwrap().chart.sort,
        crate::indicators::SortBy::ValueAsc
    );
    // q closes the view; it does not quit.
    keys(&mut app, "q");
    assert!(app.compare.is_none() && !app.quit);
    keys(&mut app, "c Esc");
    assert!(app.compare.is_none());
}

#[test]
fn a_figure_without_a_metric_key_says_so() {
    let mut app = at_xiangcheng_two();
    focus(&mut app, Pane::Figures);
    keys(&mut app, "a");
    let list = app.figure_list(app.current().unwrap()).unwrap();
    let keyless = list.iter().position(|f| f.key.is_none()).unwrap();
    for _ in 0..keyless {
        keys(&mut app, "j");
    }
    keys(&mut app, "c");
    assert!(app.compare.is_none());
    let message = app.message.as_ref().unwrap();
    assert!(message.error && message.text.contains("no canonical metric"));
}

#[test]
fn findings_panel_toggles_moves_and_jumps_to_the_line() {
    let mut app = at_xiangcheng_two();
    keys(&mut app, "!");
    assert!(app.findings_open);
    assert_eq!(app.focus, Pane::Findings);
    assert!(app.areas().pane(Pane::Findings).is_some());
    let findings = app.current_findings().unwrap();
    assert!(findings.len() >= 2);
    keys(&mut app, "j Enter");
    let rs = app.current().unwrap();
    assert_eq!(rs.report.line_of(rs.content_top), findings[1].line);
    assert!(rs.emphasis.iter().any(
        |e| e.kind == EmphasisKind::Focus && e.range == rs.report.line_range(findings[1].line)
    ));
    keys(&mut app, "!");
    assert!(!app.findings_open);
    assert_eq!(app.focus, Pane::Content);
    assert!(app.areas().pane(Pane::Findings).is_none());
}

#[test]
fn next_and_previous_finding_step_from_the_current_position() {
    let mut app = at_xiangcheng_two();
    let findings = app.current_findings().unwrap();
    // From the outline cursor on 二、, ]e goes to the first finding below its line.
    let start = app.current_line().unwrap();
    let first = findings.iter().position(|d| d.line > start).unwrap();
    keys(&mut app, "]e");
    assert_eq!(app.findings_panel.borrow().selected(), Some(first));
    let rs = app.current().unwrap();
    assert_eq!(rs.report.line_of(rs.content_top), findings[first].line);
    // Repeating steps on to the next finding, even where the cursor's heading is above.
    keys(&mut app, "]e");
    assert_eq!(app.findings_panel.borrow().selected(), Some(first + 1));
    keys(&mut app, "[e");
    assert_eq!(app.findings_panel.borrow().selected(), Some(first));
    assert!(app.message.as_ref().unwrap().text.starts_with("finding "));
    // From the content pane too.
    focus(&mut app, Pane::Content);
    keys(&mut app, "g");
    let line = app.current_line().unwrap();
    keys(&mut app, "]e");
    let chosen = app.findings_panel.borrow().selected().unwrap();
    assert!(findings[chosen].line > line || chosen == 0);
}

fn temp_report(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("草稿.txt");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

const DRAFT: &str = "关于2024年法治政府建设情况的报告\n\n一、总体情况\n全年办理行政复议案件12件。\n\n二、主要工作\n(一)完善制度\n制定规范性文件3件。\n(二)加强执法\n开展执法检查40次。\n培训执法人员200人次。\n三、存在的不足\n队伍力量不足。\n";

#[test]
fn a_changed_file_is_reloaded_keeping_the_heading_and_scroll() {
    let (_dir, path) = temp_report(DRAFT);
    let report = crate::parse_report(path.clone(), DRAFT.to_string());
    let mut app = App::with_reports(vec![report], false, (120, 40));
    app.analyze_now();
    // Show 二、(二) and scroll one row into it.
    let rs = app.current().unwrap();
    let node = rs
        .report
        .nodes
        .iter()
        .position(|n| n.number == "(二)")
        .unwrap();
    let pos = rs.report.nodes[node].span.start;
    app.jump_to(0, pos);
    let before_title = app.current().unwrap().report.nodes[node].title.clone();
    // Lines are added above: the same heading moves down, and must still be shown.
    let edited = DRAFT.replace("全年办理", "全年新收并办理") + "";
    let edited = edited.replace("一、总体情况\n", "一、总体情况\n新增一段说明。\n");
    std::fs::write(&path, &edited).unwrap();
    app.on_file_changed(&path);
    app.analyze_now();
    let rs = app.current().unwrap();
    assert!(
        rs.report.text.contains("新增一段说明"),
        "the new text is in"
    );
    let shown = rs.shown.unwrap();
    assert_eq!(rs.report.nodes[shown].title, before_title);
    assert_eq!(rs.content_top, rs.report.nodes[shown].span.start);
    assert_eq!(rs.tree.cursor, shown);
    assert!(rs.figures.is_some() && rs.findings.is_some());
    assert!(rs.report.text.contains("新收并办理"));
    let message = app.message.as_ref().unwrap();
    assert_eq!(message.text, "reloaded 草稿");
    assert_eq!(app.reports.len(), 1);
}

#[test]
fn a_removed_file_is_marked_not_dropped() {
    let (_dir, path) = temp_report(DRAFT);
    let report = crate::parse_report(path.clone(), DRAFT.to_string());
    let mut app = App::with_reports(vec![report], false, (120, 40));
    std::fs::remove_file(&path).unwrap();
    app.on_file_removed(&path);
    assert_eq!(app.reports.len(), 1);
    assert!(app.reports[0].missing);
    let message = app.message.as_ref().unwrap();
    assert!(message.error && message.text.contains("removed"));
    // A re-read that fails says why and keeps the report.
    app.on_file_changed(&path);
    app.analyze_now();
    assert_eq!(app.reports.len(), 1);
    assert!(app
        .message
        .as_ref()
        .unwrap()
        .text
        .starts_with("could not reload"));
    // It comes back: reloaded and no longer marked.
    std::fs::write(&path, DRAFT).unwrap();
    app.on_file_changed(&path);
    app.analyze_now();
    assert!(!app.reports[0].missing);
}

#[test]
fn reload_key_on_the_samples_explains_instead_of_reloading() {
    let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
    keys(&mut app, "R");
    assert!(app.take_effects().is_empty());
    assert!(app.message.as_ref().unwrap().text.contains("compiled in"));
}

#[test]
fn a_click_in_the_figures_pane_focuses_it_and_selects_the_row() {
    let mut app = at_xiangcheng_two();
    let rect = app.areas().pane(Pane::Figures).unwrap();
    app.update(Action::Click(rect.x + 4, rect.y + 3));
    assert_eq!(app.focus, Pane::Figures);
    let expected = app.figure_list(app.current().unwrap()).unwrap()[2].clone();
    assert_eq!(app.selected_figure(), Some(expected));
}
