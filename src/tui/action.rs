//! What the user can ask for. Keys map to `Action`s (see `keymap`), and `App::update`
//! turns an `Action` into a new state; nothing else changes the state.

/// The panes that can hold the focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Reports,
    Outline,
    Content,
    Info,
    /// The figures of the shown section (or the whole report).
    Figures,
    /// Review findings of the current report; on screen only while toggled open.
    Findings,
}

impl Pane {
    pub const ALL: [Pane; 6] = [
        Pane::Reports,
        Pane::Outline,
        Pane::Content,
        Pane::Info,
        Pane::Figures,
        Pane::Findings,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Reports => "Reports",
            Pane::Outline => "Outline",
            Pane::Content => "Content",
            Pane::Info => "Info",
            Pane::Figures => "Figures",
            Pane::Findings => "Findings",
        }
    }

    pub fn next(self) -> Pane {
        let i = Pane::ALL.iter().position(|&p| p == self).unwrap_or(0);
        Pane::ALL[(i + 1) % Pane::ALL.len()]
    }

    pub fn prev(self) -> Pane {
        let i = Pane::ALL.iter().position(|&p| p == self).unwrap_or(0);
        Pane::ALL[(i + Pane::ALL.len() - 1) % Pane::ALL.len()]
    }
}

/// One thing the user asked for. Motions (`Down`, `PageUp`, …) act on the focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Leave the current mode (help, a pending key sequence); never quits.
    Back,
    ToggleHelp,
    FocusNext,
    FocusPrev,
    CycleSort,
    ToggleRaw,
    OpenEditor,
    CopyPath,
    Reload,
    /// Stop like a shell job (Ctrl-Z): the terminal restored, `fg` brings it back.
    Suspend,
    Down,
    Up,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open the selected report: focus its outline.
    OpenReport,
    CollapseOrParent,
    ExpandOrChild,
    ToggleFold,
    ShowSection,
    FoldAll,
    UnfoldAll,
    /// Show outline levels 1..=N, fold the rest.
    ShowLevels(u8),
    PrevSibling,
    NextSibling,
    /// Figures pane: jump the content pane to the selected figure's sentence.
    FigureJump,
    /// Figures pane: list the whole report's figures instead of the section's (toggle).
    FiguresWholeReport,
    /// Figures pane: compare the selected figure's metric across the open reports.
    Compare,
    /// Comparison view: next sort order.
    CompareSort,
    /// Show the metric matrix: reports × canonical figures.
    OpenMatrix,
    /// Matrix: one column left.
    ColumnLeft,
    /// Matrix: one column right.
    ColumnRight,
    /// Show or hide the findings panel.
    ToggleFindings,
    NextFinding,
    PrevFinding,
    /// Findings panel: jump to the selected finding's line.
    FindingJump,
    /// The terminal has a new size (columns, rows).
    Resize(u16, u16),
    /// A mouse click at (column, row); only with `--mouse`.
    Click(u16, u16),
    /// Mouse wheel at (column, row); `true` scrolls down.
    Wheel(u16, u16, bool),
    /// Open the search popup.
    OpenSearch,
    /// In the popup: go to the selected result.
    SearchJump,
    /// In the popup: headings ⇄ full text.
    SearchToggleMode,
    SearchDown,
    SearchUp,
    /// In the popup: edit the query.
    SearchEdit(SearchEdit),
    /// The next / previous occurrence of the last search in the current report.
    NextMatch,
    PrevMatch,
}

/// An edit of the search query (the keys that do not type a character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SearchEdit {
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Clear,
}

impl Action {
    /// Every action a key can be bound to, with its config name and help text.
    pub const BINDABLE: &'static [(Action, &'static str, &'static str)] = &[
        (Action::Quit, "quit", "quit"),
        (
            Action::Back,
            "back",
            "close help, the comparison or the matrix / cancel a key sequence",
        ),
        (Action::ToggleHelp, "help", "show or hide this help"),
        (Action::FocusNext, "focus_next", "focus the next pane"),
        (Action::FocusPrev, "focus_prev", "focus the previous pane"),
        (
            Action::CycleSort,
            "sort",
            "sort reports by name / year / place",
        ),
        (Action::ToggleRaw, "raw", "raw file view with page clutter"),
        (
            Action::OpenEditor,
            "edit",
            "open $EDITOR at the current line",
        ),
        (Action::CopyPath, "copy", "copy the heading path (OSC 52)"),
        (Action::Reload, "reload", "reload the reports from disk"),
        (
            Action::Suspend,
            "suspend",
            "suspend to the shell (fg comes back)",
        ),
        (Action::Down, "down", "down one row"),
        (Action::Up, "up", "up one row"),
        (Action::HalfPageDown, "half_page_down", "down half a page"),
        (Action::HalfPageUp, "half_page_up", "up half a page"),
        (Action::PageDown, "page_down", "down a page"),
        (Action::PageUp, "page_up", "up a page"),
        (Action::Top, "top", "to the top"),
        (Action::Bottom, "bottom", "to the bottom"),
        (Action::OpenReport, "open", "open the report's outline"),
        (
            Action::CollapseOrParent,
            "collapse",
            "collapse, or go to the parent",
        ),
        (
            Action::ExpandOrChild,
            "expand",
            "expand, or go to the first child",
        ),
        (Action::ToggleFold, "toggle", "fold or unfold"),
        (
            Action::ShowSection,
            "show",
            "show the section in the content pane",
        ),
        (Action::FoldAll, "fold_all", "fold everything"),
        (Action::UnfoldAll, "unfold_all", "unfold everything"),
        (Action::ShowLevels(1), "level_1", "show level 1 only"),
        (Action::ShowLevels(2), "level_2", "show levels 1-2"),
        (Action::ShowLevels(3), "level_3", "show levels 1-3"),
        (Action::ShowLevels(4), "level_4", "show levels 1-4"),
        (
            Action::PrevSibling,
            "prev_same_level",
            "previous heading at the same level",
        ),
        (
            Action::NextSibling,
            "next_same_level",
            "next heading at the same level",
        ),
        (
            Action::FigureJump,
            "figure_jump",
            "jump to the figure's sentence and highlight it",
        ),
        (
            Action::FiguresWholeReport,
            "figures_whole_report",
            "figures of the whole report / of the section",
        ),
        (
            Action::Compare,
            "compare",
            "compare the figure's metric across reports",
        ),
        (
            Action::CompareSort,
            "compare_sort",
            "sort the comparison by value / place / year",
        ),
        (
            Action::OpenMatrix,
            "matrix",
            "show the matrix of reports × figures",
        ),
        (Action::ColumnLeft, "column_left", "one column left"),
        (Action::ColumnRight, "column_right", "one column right"),
        (
            Action::ToggleFindings,
            "findings",
            "show or hide the review findings panel",
        ),
        (Action::NextFinding, "next_finding", "next review finding"),
        (
            Action::PrevFinding,
            "prev_finding",
            "previous review finding",
        ),
        (
            Action::FindingJump,
            "finding_jump",
            "jump to the finding's line",
        ),
        (Action::OpenSearch, "search", "search headings and text"),
        (
            Action::NextMatch,
            "next_match",
            "next match of the last search",
        ),
        (
            Action::PrevMatch,
            "prev_match",
            "previous match of the last search",
        ),
        (
            Action::SearchJump,
            "search_jump",
            "go to the selected result",
        ),
        (
            Action::SearchToggleMode,
            "search_mode",
            "switch between headings and full text",
        ),
        (Action::SearchDown, "search_down", "next result"),
        (Action::SearchUp, "search_up", "previous result"),
        (
            Action::SearchEdit(SearchEdit::Backspace),
            "search_backspace",
            "delete the character before the cursor",
        ),
        (
            Action::SearchEdit(SearchEdit::Delete),
            "search_delete",
            "delete the character under the cursor",
        ),
        (
            Action::SearchEdit(SearchEdit::Left),
            "search_left",
            "cursor one character left",
        ),
        (
            Action::SearchEdit(SearchEdit::Right),
            "search_right",
            "cursor one character right",
        ),
        (
            Action::SearchEdit(SearchEdit::Home),
            "search_home",
            "cursor to the start of the query",
        ),
        (
            Action::SearchEdit(SearchEdit::End),
            "search_end",
            "cursor to the end of the query",
        ),
        (
            Action::SearchEdit(SearchEdit::Clear),
            "search_clear",
            "clear the query",
        ),
    ];

    /// The name used in the config file (`down`, `fold_all`).
    pub fn name(self) -> Option<&'static str> {
        Self::BINDABLE
            .iter()
            .find(|(a, _, _)| *a == self)
            .map(|(_, n, _)| *n)
    }

    /// The help text.
    pub fn describe(self) -> &'static str {
        Self::BINDABLE
            .iter()
            .find(|(a, _, _)| *a == self)
            .map(|(_, _, d)| *d)
            .unwrap_or("")
    }

    /// The action a config name stands for.
    pub fn from_name(name: &str) -> Option<Action> {
        Self::BINDABLE
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(a, _, _)| *a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (action, name, describe) in Action::BINDABLE {
            assert!(seen.insert(*name), "duplicate name {name}");
            assert_eq!(Action::from_name(name), Some(*action));
            assert!(!describe.is_empty());
        }
    }

    #[test]
    fn focus_cycles_both_ways() {
        for p in Pane::ALL {
            assert_eq!(p.next().prev(), p);
        }
        assert_eq!(Pane::Findings.next(), Pane::Reports);
    }
}
