//! The whole interface driven and drawn off-screen (ratatui's `TestBackend`) by a byte
//! string: each byte an action (a motion, a fold, a pane, a panel, a resize to a size
//! the byte picks, down to 1×1), the screen drawn after each. The fuzz harness
//! (`crate::fuzzing`) runs hostile reports through it, so every pane meets every shape
//! of text at every size.

use std::sync::Arc;

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use super::analysis::Outcome;
use super::{Action, App};
use crate::indicators::Figure;
use crate::report::{Diagnostic, Report};

/// The actions a byte can stand for (no search popup: its index builds on a thread).
const ACTIONS: &[Action] = &[
    Action::Down,
    Action::Up,
    Action::HalfPageDown,
    Action::HalfPageUp,
    Action::PageDown,
    Action::PageUp,
    Action::Top,
    Action::Bottom,
    Action::OpenReport,
    Action::ShowSection,
    Action::ExpandOrChild,
    Action::CollapseOrParent,
    Action::ToggleFold,
    Action::FoldAll,
    Action::UnfoldAll,
    Action::ShowLevels(1),
    Action::ShowLevels(3),
    Action::PrevSibling,
    Action::NextSibling,
    Action::FocusNext,
    Action::FocusPrev,
    Action::ToggleRaw,
    Action::ToggleFindings,
    Action::NextFinding,
    Action::PrevFinding,
    Action::FindingJump,
    Action::FiguresWholeReport,
    Action::FigureJump,
    Action::Compare,
    Action::CompareSort,
    Action::Back,
    Action::ToggleHelp,
    Action::CycleSort,
    Action::CopyPath,
    Action::NextMatch,
];

/// Open `report` (with its figures and findings) at a size taken from `keys`, then do
/// one action per byte of `keys` (at most 64, from the end), drawing after each.
pub fn drive(report: Report, figures: Vec<Figure>, findings: Vec<Diagnostic>, keys: &[u8]) {
    let size = |a: u8, b: u8| (1 + u16::from(a) % 140, 1 + u16::from(b) % 50);
    let (w, h) = size(
        keys.first().copied().unwrap_or(80),
        keys.get(1).copied().unwrap_or(24),
    );
    let mut app = App::with_reports(vec![report], false, (w, h));
    app.take_jobs();
    if let Some(rs) = app.reports.first() {
        let outcome = Outcome::Analyzed {
            report: Arc::clone(&rs.report),
            figures: Arc::new(figures),
            findings: Arc::new(findings),
        };
        app.on_analysis(outcome);
    }
    // The test backend cannot fail.
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    let draw = |app: &App, term: &mut Terminal<TestBackend>| {
        let _ = term.draw(|frame| super::draw(app, frame));
    };
    draw(&app, &mut term);
    for (i, &byte) in keys.iter().rev().take(64).enumerate() {
        let slot = usize::from(byte) % (ACTIONS.len() + 4);
        match ACTIONS.get(slot) {
            Some(&action) => app.update(action),
            None => {
                let (w, h) = size(byte, keys.get(i + 2).copied().unwrap_or(byte));
                term.backend_mut().resize(w, h);
                let _ = term.resize(ratatui::layout::Rect::new(0, 0, w, h));
                app.update(Action::Resize(w, h));
            }
        }
        app.take_effects();
        app.take_jobs();
        draw(&app, &mut term);
    }
}
