//! The metric matrix side of the `App`: `M` opens reports × canonical figures over the
//! whole screen (`indicators::matrix`), the cursor moves by cell, Enter goes to the
//! selected cell's figure in its report, Esc closes.

use crate::indicators::{matrix, Figure};
use crate::report::Report;
use crate::tui::action::Action;
use crate::tui::doc::EmphasisKind;

use super::App;

/// The matrix overlay's data and cursor.
#[derive(Debug, Clone)]
pub struct MatrixView {
    pub matrix: matrix::Matrix,
    /// For each row, the index of its report in `App::reports`.
    pub reports: Vec<usize>,
    /// The selected cell.
    pub row: usize,
    pub col: usize,
    /// Reports whose figures were still being computed when the view opened.
    pub pending: usize,
}

impl MatrixView {
    /// The selected cell, if the report states that metric.
    pub fn cell(&self) -> Option<&matrix::Cell> {
        self.matrix
            .rows
            .get(self.row)?
            .cells
            .get(self.col)?
            .as_ref()
    }
}

/// Rows a page moves in the matrix (the overlay shows about this many).
const PAGE_ROWS: isize = 10;

impl App {
    /// `M`: build the matrix of every report whose figures are in.
    pub(super) fn open_matrix(&mut self) {
        let mut pairs: Vec<(&Report, &[Figure])> = Vec::new();
        let mut reports = Vec::new();
        for (i, rs) in self.reports.iter().enumerate() {
            if let Some(figures) = rs.figures.as_deref() {
                pairs.push((&*rs.report, figures.as_slice()));
                reports.push(i);
            }
        }
        let matrix = matrix::build(&pairs);
        if matrix.keys.is_empty() {
            self.set_message("no report states a figure of the key table yet", true);
            return;
        }
        // Start on the current report's row.
        let row = self
            .selected
            .and_then(|s| reports.iter().position(|&r| r == s))
            .unwrap_or(0);
        let pending = self.reports.len() - reports.len();
        self.matrix = Some(MatrixView {
            matrix,
            reports,
            row,
            col: 0,
            pending,
        });
    }

    /// A key while the matrix is open.
    pub(super) fn matrix_action(&mut self, action: Action) {
        if action == Action::FigureJump {
            self.matrix_jump();
            return;
        }
        let Some(view) = self.matrix.as_mut() else {
            return;
        };
        let rows = view.matrix.rows.len();
        let cols = view.matrix.keys.len();
        let step = |at: usize, by: isize, len: usize| {
            at.saturating_add_signed(by).min(len.saturating_sub(1))
        };
        match action {
            Action::Down => view.row = step(view.row, 1, rows),
            Action::Up => view.row = step(view.row, -1, rows),
            Action::PageDown | Action::HalfPageDown => view.row = step(view.row, PAGE_ROWS, rows),
            Action::PageUp | Action::HalfPageUp => view.row = step(view.row, -PAGE_ROWS, rows),
            Action::Top => view.row = 0,
            Action::Bottom => view.row = rows.saturating_sub(1),
            Action::ColumnRight => view.col = step(view.col, 1, cols),
            Action::ColumnLeft => view.col = step(view.col, -1, cols),
            _ => {}
        }
    }

    /// Enter on a cell: close the matrix and go to that figure's sentence in its report.
    fn matrix_jump(&mut self) {
        let Some(view) = self.matrix.as_ref() else {
            return;
        };
        let (Some(cell), Some(&index)) = (view.cell(), view.reports.get(view.row)) else {
            self.set_message("this report does not state that figure", false);
            return;
        };
        let figure = self
            .reports
            .get(index)
            .and_then(|rs| rs.figures.as_deref())
            .and_then(|f| f.get(cell.figure))
            .cloned();
        let Some(figure) = figure else {
            return;
        };
        self.matrix = None;
        self.jump_to(index, figure.sentence.start);
        self.set_emphasis(index, EmphasisKind::Focus, vec![figure.sentence.clone()]);
    }
}

#[cfg(test)]
mod tests {
    use crate::tui::action::Pane;
    use crate::tui::keymap::{parse_seq, Context};
    use crate::tui::App;
    use crossterm::event::KeyEvent;

    fn keys(app: &mut App, words: &str) {
        for word in words.split_whitespace() {
            for chord in parse_seq(word).unwrap() {
                app.on_key(KeyEvent::new(chord.code, chord.mods));
            }
        }
    }

    #[test]
    fn the_matrix_opens_moves_jumps_and_closes() {
        let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
        app.analyze_now();
        keys(&mut app, "M");
        assert_eq!(app.contexts(), vec![Context::Matrix]);
        let view = app.matrix.as_ref().unwrap();
        assert_eq!(view.matrix.rows.len(), 5);
        assert!(view.matrix.keys.len() > 10);
        // Find a cell with a value and go to it.
        let (row, col) = view
            .matrix
            .rows
            .iter()
            .enumerate()
            .find_map(|(r, row)| row.cells.iter().position(Option::is_some).map(|c| (r, c)))
            .unwrap();
        let start = view.row;
        keys(&mut app, "g");
        for _ in 0..row {
            keys(&mut app, "j");
        }
        for _ in 0..col {
            keys(&mut app, "l");
        }
        keys(&mut app, "l h");
        let view = app.matrix.as_ref().unwrap();
        assert_eq!((view.row, view.col), (row, col), "from row {start}");
        let line = view.cell().unwrap().line;
        let report = view.reports[row];
        keys(&mut app, "Enter");
        assert!(app.matrix.is_none());
        assert_eq!(app.selected, Some(report));
        let rs = app.current().unwrap();
        assert_eq!(rs.report.line_of(rs.content_top), line);
        // q closes the matrix; it does not quit.
        keys(&mut app, "M q");
        assert!(app.matrix.is_none() && !app.quit);
        keys(&mut app, "M Esc");
        assert!(app.matrix.is_none());
        assert_ne!(app.focus, Pane::Info);
    }

    #[test]
    fn before_any_figures_the_matrix_says_so() {
        let mut app = App::with_reports(crate::samples::reports().unwrap(), true, (120, 40));
        keys(&mut app, "M");
        assert!(app.matrix.is_none());
        assert!(app.message.is_some());
    }
}
