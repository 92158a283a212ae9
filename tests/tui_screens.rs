//! Screen tests: the real drawing code into ratatui's `TestBackend`, compared with
//! reviewed insta snapshots, at 120×40, 80×24 and 40×12, plus checks that need no eyes
//! (borders intact next to wide characters, focus visible without colour, styles).

use baogao::tui::keymap::parse_seq;
use baogao::tui::panes;
use baogao::tui::theme::{Theme, ThemeName};
use baogao::tui::{Action, App, EmphasisKind, Pane};
use crossterm::event::KeyEvent;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

fn app(width: u16, height: u16) -> App {
    App::with_reports(baogao::samples::reports().unwrap(), true, (width, height))
}

fn keys(app: &mut App, words: &str) {
    for word in words.split_whitespace() {
        for chord in parse_seq(word).unwrap() {
            app.on_key(KeyEvent::new(chord.code, chord.mods));
        }
    }
}

/// xiangcheng, with 二、(七) shown in the content pane, its figures and findings computed.
fn at_two_seven(width: u16, height: u16) -> App {
    let mut app = app(width, height);
    keys(&mut app, "S-Tab G Enter } l j j j j j j Enter");
    app.analyze_now();
    app
}

fn screen(app: &App) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    term.draw(|f| panes::draw(app, f)).unwrap();
    term
}

fn pane(app: &App, width: u16, height: u16, which: Pane) -> Terminal<TestBackend> {
    let mut term = Terminal::new(TestBackend::new(width, height)).unwrap();
    term.draw(|f| {
        let area = f.area();
        match which {
            Pane::Reports => panes::reports::draw(app, f, area),
            Pane::Outline => panes::outline::draw(app, f, area),
            Pane::Content => panes::content::draw(app, f, area),
            Pane::Info => panes::info::draw(app, f, area),
            Pane::Figures => panes::figures::draw(app, f, area),
            Pane::Findings => panes::findings::draw(app, f, area),
        }
    })
    .unwrap();
    term
}

/// The text of row `y`, wide characters once.
fn row_text(buf: &Buffer, y: u16) -> String {
    let mut out = String::new();
    let mut x = 0;
    while x < buf.area.width {
        let symbol = buf[(x, y)].symbol();
        out.push_str(symbol);
        x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
    }
    out
}

fn screen_text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, y))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn whole_screen_120x40_at_start() {
    let app = app(120, 40);
    insta::assert_snapshot!(screen_text(screen(&app).backend().buffer()));
}

#[test]
fn whole_screen_120x40_xiangcheng_two_seven() {
    let app = at_two_seven(120, 40);
    let term = screen(&app);
    let text = screen_text(term.backend().buffer());
    assert!(text.contains("推进法律顾问体系建设。着力构建"));
    insta::assert_snapshot!(screen_text(term.backend().buffer()));
}

#[test]
fn whole_screen_80x24_with_folded_tree() {
    let mut app = at_two_seven(80, 24);
    keys(&mut app, "zM");
    insta::assert_snapshot!(screen_text(screen(&app).backend().buffer()));
}

#[test]
fn whole_screen_80x24_content_focused() {
    let mut app = at_two_seven(80, 24);
    keys(&mut app, "g j Enter Tab");
    insta::assert_snapshot!(screen_text(screen(&app).backend().buffer()));
}

#[test]
fn whole_screen_40x12_outline() {
    let app = at_two_seven(40, 12);
    insta::assert_snapshot!(screen_text(screen(&app).backend().buffer()));
}

#[test]
fn whole_screen_40x12_content() {
    let mut app = at_two_seven(40, 12);
    keys(&mut app, "Tab");
    let term = screen(&app);
    let text = screen_text(term.backend().buffer());
    assert!(text.contains("[3/5 Content]"), "breadcrumb names the pane");
    insta::assert_snapshot!(screen_text(term.backend().buffer()));
}

#[test]
fn whole_screen_40x12_reports() {
    let mut app = at_two_seven(40, 12);
    keys(&mut app, "S-Tab");
    insta::assert_snapshot!(screen_text(screen(&app).backend().buffer()));
}

#[test]
fn help_overlay_120x40() {
    let mut app = app(120, 40);
    keys(&mut app, "?");
    let term = screen(&app);
    let first_page = screen_text(term.backend().buffer());
    // Generated from the keymap: every default binding's help text is there,
    // on the first page or after scrolling down with j.
    let text = help_text_scrolled(&mut app);
    for needle in [
        "fold everything",
        "open $EDITOR at the current line",
        "zM",
        "Ctrl-d",
        "Ctrl-z",
        "suspend to the shell",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
    insta::assert_snapshot!(first_page);
}

/// The help overlay's text at every scroll position, joined: the overlay is
/// longer than a 40-row screen, so a check for "is it there" has to scroll.
fn help_text_scrolled(app: &mut App) -> String {
    let mut text = String::new();
    for _ in 0..80 {
        text.push_str(&screen_text(screen(app).backend().buffer()));
        keys(app, "j");
    }
    text
}

#[test]
fn help_follows_a_remapped_key() {
    let mut app = app(120, 40);
    app.keymap
        .remap(Action::FoldAll, vec![parse_seq("zC").unwrap()]);
    keys(&mut app, "?");
    let text = help_text_scrolled(&mut app);
    assert!(text.contains("zC"));
    assert!(!text.contains("zM"));
}

#[test]
fn pane_reports() {
    let app = at_two_seven(120, 40);
    insta::assert_snapshot!(screen_text(
        pane(&app, 26, 9, Pane::Reports).backend().buffer()
    ));
}

#[test]
fn pane_outline_folded_tree() {
    let mut app = at_two_seven(120, 40);
    keys(&mut app, "zM l");
    // 二、 open, its (一)… shown; 一、 and 三、 folded with their hidden counts.
    let term = pane(&app, 40, 14, Pane::Outline);
    let text = screen_text(term.backend().buffer());
    assert!(text.contains("▸ 一、"), "{text}");
    assert!(text.contains("▾ 二、"), "{text}");
    assert!(text.contains("+"), "{text}");
    insta::assert_snapshot!(screen_text(term.backend().buffer()));
}

#[test]
fn pane_content_two_seven() {
    let app = at_two_seven(120, 40);
    insta::assert_snapshot!(screen_text(
        pane(&app, 50, 10, Pane::Content).backend().buffer()
    ));
}

#[test]
fn pane_content_raw_view() {
    let mut app = at_two_seven(120, 40);
    keys(&mut app, "g r");
    app.reports[app.selected.unwrap()].content_top = 0;
    insta::assert_snapshot!(screen_text(
        pane(&app, 60, 16, Pane::Content).backend().buffer()
    ));
}

#[test]
fn pane_info_two_seven() {
    let app = at_two_seven(120, 40);
    let text = screen_text(pane(&app, 50, 14, Pane::Info).backend().buffer());
    // The section's review finding: its damaged marker.
    assert!(text.contains("! line 39: marker-damaged"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn pane_content_wide_characters_at_an_odd_right_edge() {
    let mut app = app(120, 40);
    keys(&mut app, "S-Tab G Enter } Enter");
    // Inner width 21: an odd number of columns for rows of double-width characters.
    let term = pane(&app, 23, 12, Pane::Content);
    let buf = term.backend().buffer();
    for y in 1..buf.area.height - 1 {
        let right = buf[(buf.area.width - 1, y)].symbol();
        assert!(
            right == "│" || right == "┃",
            "row {y} border broken: {right:?}"
        );
        let left = buf[(0, y)].symbol();
        assert!(
            left == "│" || left == "┃",
            "row {y} border broken: {left:?}"
        );
    }
    // Some row stops one column short: the next character did not fit the odd column.
    let short = (1..buf.area.height - 1).any(|y| buf[(buf.area.width - 2, y)].symbol() == " ");
    assert!(short);
    insta::assert_snapshot!(screen_text(term.backend().buffer()));
}

#[test]
fn focus_shows_without_colour() {
    let mut app = app(120, 40);
    app.theme = Theme::new(ThemeName::Mono);
    let term = screen(&app);
    let buf = term.backend().buffer();
    let areas = app.areas();
    let outline = areas.pane(Pane::Outline).unwrap();
    let content = areas.pane(Pane::Content).unwrap();
    // Focused pane: thick border; others: plain.
    assert_eq!(buf[(outline.x, outline.y)].symbol(), "┏");
    assert_eq!(buf[(content.x, content.y)].symbol(), "┌");
    for cell in buf.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "mono uses no colour");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "mono uses no colour");
    }
}

#[test]
fn emphasised_ranges_get_the_figure_style() {
    let mut app = at_two_seven(120, 40);
    app.theme = Theme::new(ThemeName::Dark);
    let index = app.selected.unwrap();
    let text = app.reports[index].report.text.clone();
    let at = text.find("7名").unwrap();
    let figure_range = std::iter::once(at..at + "7名".len()).collect();
    app.set_emphasis(index, EmphasisKind::Figure, figure_range);
    let term = pane(&app, 60, 10, Pane::Content);
    let buf = term.backend().buffer();
    let figure = app.theme.figure;
    let cells: Vec<_> = buf
        .content()
        .iter()
        .filter(|c| c.fg == figure.fg.unwrap())
        .map(|c| c.symbol().to_string())
        .collect();
    assert_eq!(cells.concat(), "7名");
}

#[test]
fn every_size_draws_without_panicking() {
    for (w, h) in [
        (1, 1),
        (2, 2),
        (10, 3),
        (20, 5),
        (39, 11),
        (59, 13),
        (60, 14),
        (99, 30),
        (250, 80),
    ] {
        for focus in Pane::ALL {
            let mut app = at_two_seven(w, h);
            app.focus = focus;
            keys(&mut app, "?");
            screen(&app);
            keys(&mut app, "Esc r");
            screen(&app);
        }
    }
}

#[test]
fn loading_screen_shows_progress_before_any_report() {
    let mut app = App::new(
        true,
        baogao::tui::keymap::Keymap::default(),
        Theme::new(ThemeName::Mono),
    );
    app.update(Action::Resize(80, 24));
    app.on_load(baogao::corpus::LoadEvent::Found(5));
    let term = screen(&app);
    let buf = term.backend().buffer();
    assert!(row_text(buf, 0).contains("loading 0/5"));
    insta::assert_snapshot!(screen_text(term.backend().buffer()));
}

#[test]
fn resize_at_any_moment_redraws_at_the_new_size() {
    let mut app = at_two_seven(120, 40);
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        app.update(Action::Resize(w, h));
        let term = screen(&app);
        let area = term.backend().buffer().area;
        assert_eq!((area.width, area.height), (w, h));
        let text = screen_text(term.backend().buffer());
        assert!(text.contains("二、(七)"), "{w}x{h}");
    }
}

#[test]
fn control_characters_in_file_names_never_reach_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir.path().join("evil\u{1b}]0;owned\u{7}name.txt");
    std::fs::write(&evil, "一、总体情况\n全年办理案件4件。\n").unwrap();
    let loaded = baogao::corpus::load_all(&baogao::corpus::Origin::Paths(vec![evil]));
    assert_eq!(loaded.reports.len(), 1);
    let mut app = App::with_reports(loaded.reports, false, (120, 40));
    keys(&mut app, "Enter r");
    let term = screen(&app);
    let buf = term.backend().buffer();
    assert!(buf
        .content()
        .iter()
        .all(|c| !c.symbol().chars().any(char::is_control)));
    let text = screen_text(buf);
    assert!(text.contains("evil\u{fffd}]0;owned\u{fffd}name"), "{text}");
}
