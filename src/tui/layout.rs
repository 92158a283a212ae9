//! Where each pane goes, as a pure function of the terminal size and the focus. `draw`
//! and `App::update` both use it, so scrolling knows the pane sizes it will be drawn at.
//!
//! Wide (≥ 100 columns): three columns, reports | outline | content over info.
//! Medium (≥ 60 columns, ≥ 14 rows): reports over outline | content over info.
//! Narrow: only the focused pane, under a breadcrumb line, so nothing overlaps.
//!
//! Under the content pane: info beside figures when there is room for both, else
//! whichever of the two has (or last could have) the focus; the findings panel, while
//! open, takes that whole strip, since its messages need the width.

use ratatui::layout::Rect;

use super::action::Pane;

/// Below this width, or `NARROW_HEIGHT` rows, only the focused pane is shown.
pub const NARROW_WIDTH: u16 = 60;
pub const NARROW_HEIGHT: u16 = 14;
const WIDE_WIDTH: u16 = 100;

/// The rectangles of one frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub status: Rect,
    /// The breadcrumb line of the narrow layout.
    pub breadcrumb: Option<Rect>,
    /// The panes on screen, with their rectangles (borders included).
    pub panes: Vec<(Pane, Rect)>,
}

impl Areas {
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        self.panes.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r)
    }

    /// The pane under a screen cell.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        self.panes.iter().copied().find(|(_, r)| {
            column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
        })
    }

    pub fn is_narrow(&self) -> bool {
        self.breadcrumb.is_some()
    }
}

/// Inner size of a bordered pane (columns, rows).
pub fn inner(rect: Rect) -> (usize, usize) {
    (
        rect.width.saturating_sub(2) as usize,
        rect.height.saturating_sub(2) as usize,
    )
}

/// Below this width the info and figures panels take turns under the content pane.
const SIDE_BY_SIDE: u16 = 56;

/// Lay out a `width` × `height` screen with `reports` rows in the report list, the
/// findings panel closed.
pub fn areas(width: u16, height: u16, focus: Pane, reports: usize) -> Areas {
    areas_with(width, height, focus, reports, false)
}

/// Lay out the screen; `findings` says whether the findings panel is open.
pub fn areas_with(width: u16, height: u16, focus: Pane, reports: usize, findings: bool) -> Areas {
    let header = Rect::new(0, 0, width, height.min(1));
    let status = Rect::new(0, height.saturating_sub(1), width, height.min(1));
    let body_y = 1;
    let body_h = height.saturating_sub(2);
    if width < NARROW_WIDTH || height < NARROW_HEIGHT {
        let crumb = Rect::new(0, body_y, width, body_h.min(1));
        let pane = Rect::new(0, body_y + 1, width, body_h.saturating_sub(1));
        return Areas {
            header,
            status,
            breadcrumb: Some(crumb),
            panes: vec![(focus, pane)],
        };
    }
    let (left, right_x) = if width >= WIDE_WIDTH {
        let list_w = (width / 5).clamp(24, 30);
        let outline_w = (width * 3 / 10).clamp(30, 44);
        let list = Rect::new(0, body_y, list_w, body_h);
        let outline = Rect::new(list_w, body_y, outline_w, body_h);
        (
            vec![(Pane::Reports, list), (Pane::Outline, outline)],
            list_w + outline_w,
        )
    } else {
        let left_w = (width * 2 / 5).clamp(26, 36);
        // The list takes the rows it needs (border, header, reports), at most two fifths.
        let list_h = (reports as u16 + 3).clamp(5, (body_h * 2 / 5).max(5));
        let list = Rect::new(0, body_y, left_w, list_h);
        let outline = Rect::new(0, body_y + list_h, left_w, body_h.saturating_sub(list_h));
        (
            vec![(Pane::Reports, list), (Pane::Outline, outline)],
            left_w,
        )
    };
    let right_w = width.saturating_sub(right_x);
    let info_h = (body_h * 7 / 20).clamp(5, 14);
    let content = Rect::new(right_x, body_y, right_w, body_h.saturating_sub(info_h));
    let strip = Rect::new(right_x, body_y + content.height, right_w, info_h);
    let mut panes = left;
    panes.push((Pane::Content, content));
    if findings {
        panes.push((Pane::Findings, strip));
    } else if right_w >= SIDE_BY_SIDE {
        let info_w = right_w * 2 / 5;
        let info = Rect::new(right_x, strip.y, info_w, info_h);
        let figures = Rect::new(right_x + info_w, strip.y, right_w - info_w, info_h);
        panes.push((Pane::Info, info));
        panes.push((Pane::Figures, figures));
    } else if focus == Pane::Info {
        panes.push((Pane::Info, strip));
    } else {
        panes.push((Pane::Figures, strip));
    }
    Areas {
        header,
        status,
        breadcrumb: None,
        panes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn overlap(a: Rect, b: Rect) -> bool {
        a.intersects(b)
    }

    #[test]
    fn panes_never_overlap_and_stay_on_screen() {
        for (w, h) in [
            (120, 40),
            (80, 24),
            (60, 14),
            (40, 12),
            (100, 30),
            (200, 60),
            (20, 5),
        ] {
            for (focus, findings) in Pane::ALL.into_iter().flat_map(|p| [(p, false), (p, true)]) {
                let a = areas_with(w, h, focus, 5, findings);
                let screen = Rect::new(0, 0, w, h);
                for (i, (_, r)) in a.panes.iter().enumerate() {
                    assert!(screen.union(*r) == screen, "{w}x{h} {r:?} off screen");
                    assert!(!overlap(*r, a.header) && !overlap(*r, a.status), "{w}x{h}");
                    for (_, s) in &a.panes[i + 1..] {
                        assert!(!overlap(*r, *s), "{w}x{h}: {r:?} {s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn narrow_screens_show_only_the_focused_pane() {
        let a = areas(40, 12, Pane::Content, 5);
        assert!(a.is_narrow());
        assert_eq!(a.panes.len(), 1);
        assert_eq!(a.panes[0].0, Pane::Content);
        assert_eq!(areas(80, 24, Pane::Content, 5).panes.len(), 4);
        assert_eq!(areas(120, 40, Pane::Content, 5).panes.len(), 5);
    }

    #[test]
    fn figures_sit_beside_info_when_there_is_room_and_findings_take_the_strip() {
        let wide = areas(120, 40, Pane::Outline, 5);
        let (info, figures) = (
            wide.pane(Pane::Info).unwrap(),
            wide.pane(Pane::Figures).unwrap(),
        );
        assert_eq!(info.y, figures.y);
        assert_eq!(info.x + info.width, figures.x);
        let medium = areas(80, 24, Pane::Outline, 5);
        assert!(medium.pane(Pane::Figures).is_some() && medium.pane(Pane::Info).is_none());
        let medium = areas(80, 24, Pane::Info, 5);
        assert!(medium.pane(Pane::Info).is_some() && medium.pane(Pane::Figures).is_none());
        let open = areas_with(120, 40, Pane::Findings, 5, true);
        assert!(open.pane(Pane::Info).is_none() && open.pane(Pane::Figures).is_none());
        assert_eq!(open.pane(Pane::Findings).unwrap().width, 120 - 24 - 36);
    }
}
