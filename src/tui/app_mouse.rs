//! The mouse, only with `--mouse`: a click focuses the pane under it and selects the
//! report, outline, figure or finding row clicked; the wheel scrolls the pane under it.

use super::{App, Pane};
use crate::tui::action::Action;
use crate::tui::layout;

impl App {
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let Some((pane, rect)) = self.areas().pane_at(x, y) else {
            return;
        };
        self.focus = pane;
        let row = y.saturating_sub(rect.y + 1) as usize;
        match pane {
            Pane::Reports => {
                let order = self.order();
                // Row 0 is the column header.
                let height = layout::inner(rect).1.saturating_sub(1);
                let pos = self
                    .selected
                    .and_then(|s| order.iter().position(|&i| i == s))
                    .unwrap_or(0);
                let offset = (pos + 1).saturating_sub(height);
                if let Some(&i) = row.checked_sub(1).and_then(|r| order.get(offset + r)) {
                    self.selected = Some(i);
                }
            }
            Pane::Outline => {
                if let Some(rs) = self.current_mut() {
                    let visible = rs.tree.visible(&rs.report);
                    if let Some(&node) = visible.get(rs.tree.offset + row) {
                        rs.tree.cursor = node;
                    }
                }
            }
            Pane::Figures => {
                let panel = self.figure_panel.get_mut();
                let at = panel.offset() + row;
                panel.select(Some(at));
            }
            Pane::Findings => {
                let len = self.current_findings().map_or(0, |f| f.len());
                let panel = self.findings_panel.get_mut();
                let at = panel.offset() + row;
                panel.select(Some(at), len);
            }
            Pane::Content | Pane::Info => {}
        }
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, down: bool) {
        if let Some((pane, _)) = self.areas().pane_at(x, y) {
            self.focus = pane;
            for _ in 0..3 {
                self.update(if down { Action::Down } else { Action::Up });
            }
        }
    }
}
