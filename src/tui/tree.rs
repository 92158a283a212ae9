//! The outline tree as a view: which nodes are folded, where the cursor is, and the
//! rows that are visible. Pure state over a `Report`'s node arena; each report keeps its
//! own `Tree`, so folding survives switching reports.

use crate::report::Report;

/// Fold state, cursor and scroll of one report's outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tree {
    /// `folded[i]`: node `i`'s children are hidden.
    pub folded: Vec<bool>,
    /// The node under the cursor (meaningless when the report has no nodes).
    pub cursor: usize,
    /// The first visible row drawn at the top of the pane.
    pub offset: usize,
}

impl Tree {
    /// Everything unfolded, cursor on the first node.
    pub fn new(report: &Report) -> Self {
        Tree {
            folded: vec![false; report.nodes.len()],
            cursor: 0,
            offset: 0,
        }
    }

    /// Whether node `i` has children and shows them.
    pub fn is_open(&self, report: &Report, i: usize) -> bool {
        !report.nodes[i].children.is_empty() && !self.folded[i]
    }

    /// Node indices in display order, skipping the inside of folded nodes. The arena is
    /// in document order, which is the tree's pre-order.
    pub fn visible(&self, report: &Report) -> Vec<usize> {
        let mut out = Vec::with_capacity(report.nodes.len());
        let mut i = 0;
        while i < report.nodes.len() {
            out.push(i);
            if self.folded[i] {
                // Skip the descendants: they follow in the arena and start inside the span.
                let mut j = i + 1;
                while j < report.nodes.len() && is_descendant(report, j, i) {
                    j += 1;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        out
    }

    /// The cursor's row among the visible ones.
    pub fn cursor_row(&self, visible: &[usize]) -> usize {
        visible.iter().position(|&n| n == self.cursor).unwrap_or(0)
    }

    /// Move the cursor by `delta` visible rows, stopping at the ends.
    pub fn step(&mut self, report: &Report, delta: isize) {
        let visible = self.visible(report);
        if visible.is_empty() {
            return;
        }
        let row = self.cursor_row(&visible) as isize + delta;
        self.cursor = visible[row.clamp(0, visible.len() as isize - 1) as usize];
    }

    pub fn top(&mut self, report: &Report) {
        if let Some(&first) = self.visible(report).first() {
            self.cursor = first;
        }
    }

    pub fn bottom(&mut self, report: &Report) {
        if let Some(&last) = self.visible(report).last() {
            self.cursor = last;
        }
    }

    /// h / ←: fold an open node, else go to the parent.
    pub fn collapse_or_parent(&mut self, report: &Report) {
        let Some(node) = report.nodes.get(self.cursor) else {
            return;
        };
        if self.is_open(report, self.cursor) {
            self.folded[self.cursor] = true;
        } else if let Some(parent) = node.parent {
            self.cursor = parent;
        }
    }

    /// l / →: unfold a folded node, else go to the first child. Returns false on a leaf
    /// (nothing to do), so the caller can show the section instead.
    pub fn expand_or_child(&mut self, report: &Report) -> bool {
        let Some(node) = report.nodes.get(self.cursor) else {
            return false;
        };
        match node.children.first() {
            None => false,
            Some(_) if self.folded[self.cursor] => {
                self.folded[self.cursor] = false;
                true
            }
            Some(&first) => {
                self.cursor = first;
                true
            }
        }
    }

    /// Space: fold or unfold the cursor's node (nodes without children stay as they are).
    pub fn toggle(&mut self, report: &Report) {
        if report
            .nodes
            .get(self.cursor)
            .is_some_and(|n| !n.children.is_empty())
        {
            self.folded[self.cursor] = !self.folded[self.cursor];
        }
    }

    /// zM: fold every node with children; the cursor climbs to its top-level node.
    pub fn fold_all(&mut self, report: &Report) {
        self.show_levels(report, 1);
    }

    /// zR: unfold everything.
    pub fn unfold_all(&mut self) {
        self.folded.iter_mut().for_each(|f| *f = false);
    }

    /// 1–4: show levels 1..=n: nodes above level n are open, the rest folded.
    pub fn show_levels(&mut self, report: &Report, n: u8) {
        for (i, node) in report.nodes.iter().enumerate() {
            self.folded[i] = node.level >= n && !node.children.is_empty();
        }
        self.surface(report);
    }

    /// { / }: the previous or next node at the cursor's level and kind, anywhere in the
    /// document; its ancestors are unfolded so it shows.
    pub fn same_level(&mut self, report: &Report, forward: bool) {
        let Some(cur) = report.nodes.get(self.cursor) else {
            return;
        };
        let same = |i: &usize| {
            let n = &report.nodes[*i];
            n.level == cur.level && n.kind == cur.kind
        };
        let found = if forward {
            (self.cursor + 1..report.nodes.len()).find(same)
        } else {
            (0..self.cursor).rev().find(same)
        };
        if let Some(i) = found {
            self.reveal(report, i);
            self.cursor = i;
        }
    }

    /// Put the cursor on node `i`, unfolding its ancestors.
    pub fn reveal(&mut self, report: &Report, i: usize) {
        let mut p = report.nodes.get(i).and_then(|n| n.parent);
        while let Some(parent) = p {
            self.folded[parent] = false;
            p = report.nodes[parent].parent;
        }
        self.cursor = i;
    }

    /// Move a cursor hidden inside a folded node up to the nearest visible ancestor.
    fn surface(&mut self, report: &Report) {
        let Some(mut node) = report.nodes.get(self.cursor) else {
            return;
        };
        let mut top = self.cursor;
        while let Some(parent) = node.parent {
            if self.folded[parent] {
                top = parent;
            }
            node = &report.nodes[parent];
        }
        self.cursor = top;
    }

    /// Adjust `offset` so the cursor's row is inside a pane `height` rows tall, moving
    /// as little as possible (so a keypress redraws few cells).
    pub fn scroll_into_view(&mut self, report: &Report, height: usize) {
        let visible = self.visible(report);
        let row = self.cursor_row(&visible);
        let height = height.max(1);
        if row < self.offset {
            self.offset = row;
        } else if row >= self.offset + height {
            self.offset = row + 1 - height;
        }
        self.offset = self.offset.min(visible.len().saturating_sub(height));
    }
}

/// Whether node `j` lies inside node `i` (arena order: descendants follow their ancestor).
fn is_descendant(report: &Report, j: usize, i: usize) -> bool {
    let mut p = report.nodes[j].parent;
    while let Some(parent) = p {
        if parent == i {
            return true;
        }
        if parent < i {
            return false;
        }
        p = report.nodes[parent].parent;
    }
    false
}

/// The offset a pane should draw from: the stored one, corrected if the cursor left the
/// window (for example after a resize that has not been handled yet).
pub fn draw_offset(offset: usize, row: usize, height: usize) -> usize {
    let height = height.max(1);
    if row < offset {
        row
    } else if row >= offset + height {
        row + 1 - height
    } else {
        offset
    }
}
