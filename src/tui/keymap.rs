//! The one table of key bindings: key sequence → `Action`, per context. The help
//! overlay is generated from it, and the config file remaps entries of it, so what the
//! help says is what the keys do.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, SearchEdit};

/// Where a binding applies. Lookup goes from the focused pane's context to `Motion` to
/// `Global`; in the help overlay only `Help` applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    /// Moving in whichever pane has the focus.
    Motion,
    Reports,
    Outline,
    Content,
    Figures,
    Findings,
    /// The comparison chart overlay.
    Compare,
    /// The metric matrix overlay.
    Matrix,
    Help,
    /// The search popup: keys not bound here type into the query.
    Search,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Motion => "Moving (any pane)",
            Context::Reports => "Report list",
            Context::Outline => "Outline",
            Context::Content => "Content",
            Context::Figures => "Figures",
            Context::Findings => "Findings",
            Context::Compare => "Comparison chart",
            Context::Matrix => "Metric matrix",
            Context::Help => "Help",
            Context::Search => "Search popup (other keys type)",
        }
    }
}

impl Context {
    /// Whether the two contexts can be looked up for the same key press (so a key bound
    /// in both is ambiguous). The pane contexts are never active together.
    fn overlaps(self, other: Context) -> bool {
        let shared = |c: Context| matches!(c, Context::Global | Context::Motion);
        // Help, the comparison and the search popup are modal: only their own table
        // applies while they are open.
        let modal = |c: Context| {
            matches!(
                c,
                Context::Help | Context::Compare | Context::Matrix | Context::Search
            )
        };
        self == other || (!modal(self) && !modal(other) && (shared(self) || shared(other)))
    }
}

/// One key with its modifiers, normalised so that `G` is `G` whether or not the
/// terminal also reports Shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeyChord {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            // Shift is already in the character, and BackTab is Shift-Tab.
            KeyCode::Char(_) | KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                code
            }
            other => other,
        };
        KeyChord { code, mods }
    }

    pub fn from_event(event: &KeyEvent) -> Option<Self> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        Some(Self::new(event.code, event.modifiers))
    }

    /// Parse `j`, `G`, `C-d`, `Ctrl-d`, `S-Tab`, `F1`, `Space`, `PgDn`, `{`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["c-", "ctrl-", "a-", "alt-", "m-", "s-", "shift-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(p) = prefix else { break };
            mods |= match p {
                "c-" | "ctrl-" => KeyModifiers::CONTROL,
                "a-" | "alt-" | "m-" => KeyModifiers::ALT,
                _ => KeyModifiers::SHIFT,
            };
            rest = &rest[p.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => named_key(rest)?,
        };
        // Shift-Tab arrives as BackTab.
        let code = if code == KeyCode::Tab && mods.contains(KeyModifiers::SHIFT) {
            KeyCode::BackTab
        } else {
            code
        };
        Some(Self::new(code, mods))
    }
}

fn named_key(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    Some(match lower.as_str() {
        "esc" | "escape" => KeyCode::Esc,
        "enter" | "return" | "cr" => KeyCode::Enter,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" | "spc" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" | "bs" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        f if f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    })
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            write!(f, "Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            write!(f, "Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            write!(f, "Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => write!(f, "Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Esc => write!(f, "Esc"),
            KeyCode::Enter => write!(f, "Enter"),
            KeyCode::Tab => write!(f, "Tab"),
            KeyCode::BackTab => write!(f, "Shift-Tab"),
            KeyCode::Up => write!(f, "↑"),
            KeyCode::Down => write!(f, "↓"),
            KeyCode::Left => write!(f, "←"),
            KeyCode::Right => write!(f, "→"),
            KeyCode::PageUp => write!(f, "PgUp"),
            KeyCode::PageDown => write!(f, "PgDn"),
            KeyCode::Home => write!(f, "Home"),
            KeyCode::End => write!(f, "End"),
            KeyCode::Backspace => write!(f, "Backspace"),
            KeyCode::Delete => write!(f, "Del"),
            KeyCode::Insert => write!(f, "Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// A key sequence (`zM` is `z` then `M`).
pub type KeySeq = Vec<KeyChord>;

/// Parse a binding as written in the table or the config: one named key (`PgDn`,
/// `C-d`), a single character, or a sequence of single characters (`zM`); a sequence of
/// named keys is written with spaces (`g g`).
pub fn parse_seq(s: &str) -> Option<KeySeq> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.contains(' ') && s.chars().count() > 1 && s != " " {
        return s.split_whitespace().map(KeyChord::parse).collect();
    }
    if let Some(chord) = KeyChord::parse(s) {
        return Some(vec![chord]);
    }
    // Plain characters: a sequence.
    if s.chars().all(|c| !c.is_whitespace()) {
        return Some(
            s.chars()
                .map(|c| KeyChord::new(KeyCode::Char(c), KeyModifiers::NONE))
                .collect(),
        );
    }
    None
}

pub fn seq_label(seq: &[KeyChord]) -> String {
    let all_chars = seq.len() > 1
        && seq
            .iter()
            .all(|k| matches!(k.code, KeyCode::Char(c) if c != ' ') && k.mods.is_empty());
    let parts: Vec<String> = seq.iter().map(|k| k.to_string()).collect();
    parts.join(if all_chars { "" } else { " " })
}

/// One row of the table: in `context`, any of `keys` does `action`.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<KeySeq>,
    pub action: Action,
}

/// The default bindings. The help overlay lists them in this order.
const DEFAULTS: &[(Context, &[&str], Action)] = &[
    (Context::Global, &["?", "F1"], Action::ToggleHelp),
    (Context::Global, &["q", "C-c"], Action::Quit),
    (Context::Global, &["Esc"], Action::Back),
    (Context::Global, &["Tab"], Action::FocusNext),
    (Context::Global, &["S-Tab"], Action::FocusPrev),
    (Context::Global, &["s"], Action::CycleSort),
    (Context::Global, &["r"], Action::ToggleRaw),
    (Context::Global, &["e"], Action::OpenEditor),
    (Context::Global, &["y"], Action::CopyPath),
    (Context::Global, &["R"], Action::Reload),
    (Context::Global, &["C-z"], Action::Suspend),
    (Context::Global, &["!"], Action::ToggleFindings),
    (Context::Global, &["]e"], Action::NextFinding),
    (Context::Global, &["[e"], Action::PrevFinding),
    (Context::Global, &["/"], Action::OpenSearch),
    (Context::Motion, &["j", "Down"], Action::Down),
    (Context::Motion, &["k", "Up"], Action::Up),
    (Context::Motion, &["C-d"], Action::HalfPageDown),
    (Context::Motion, &["C-u"], Action::HalfPageUp),
    (Context::Motion, &["PgDn", "C-f"], Action::PageDown),
    (Context::Motion, &["PgUp", "C-b"], Action::PageUp),
    (Context::Motion, &["g", "Home"], Action::Top),
    (Context::Motion, &["G", "End"], Action::Bottom),
    (
        Context::Reports,
        &["Enter", "l", "Right"],
        Action::OpenReport,
    ),
    (Context::Outline, &["h", "Left"], Action::CollapseOrParent),
    (Context::Outline, &["l", "Right"], Action::ExpandOrChild),
    (Context::Outline, &["Space"], Action::ToggleFold),
    (Context::Outline, &["Enter"], Action::ShowSection),
    (Context::Outline, &["zM"], Action::FoldAll),
    (Context::Outline, &["zR"], Action::UnfoldAll),
    (Context::Outline, &["1"], Action::ShowLevels(1)),
    (Context::Outline, &["2"], Action::ShowLevels(2)),
    (Context::Outline, &["3"], Action::ShowLevels(3)),
    (Context::Outline, &["4"], Action::ShowLevels(4)),
    (Context::Outline, &["{"], Action::PrevSibling),
    (Context::Outline, &["}"], Action::NextSibling),
    (Context::Content, &["Space"], Action::PageDown),
    (Context::Content, &["b"], Action::PageUp),
    (Context::Figures, &["Enter"], Action::FigureJump),
    (Context::Figures, &["a"], Action::FiguresWholeReport),
    (Context::Figures, &["c"], Action::Compare),
    (Context::Findings, &["Enter"], Action::FindingJump),
    (Context::Compare, &["s"], Action::CompareSort),
    (Context::Compare, &["Esc", "q", "c"], Action::Back),
    (Context::Compare, &["C-c"], Action::Quit),
    (Context::Compare, &["C-z"], Action::Suspend),
    (Context::Global, &["M"], Action::OpenMatrix),
    (Context::Matrix, &["j", "Down"], Action::Down),
    (Context::Matrix, &["k", "Up"], Action::Up),
    (Context::Matrix, &["h", "Left"], Action::ColumnLeft),
    (Context::Matrix, &["l", "Right"], Action::ColumnRight),
    (Context::Matrix, &["PgDn", "C-f"], Action::PageDown),
    (Context::Matrix, &["PgUp", "C-b"], Action::PageUp),
    (Context::Matrix, &["g", "Home"], Action::Top),
    (Context::Matrix, &["G", "End"], Action::Bottom),
    (Context::Matrix, &["Enter"], Action::FigureJump),
    (Context::Matrix, &["Esc", "q", "M"], Action::Back),
    (Context::Matrix, &["C-c"], Action::Quit),
    (Context::Matrix, &["C-z"], Action::Suspend),
    (Context::Content, &["n"], Action::NextMatch),
    (Context::Content, &["N"], Action::PrevMatch),
    (Context::Search, &["Esc"], Action::Back),
    (Context::Search, &["Enter"], Action::SearchJump),
    (Context::Search, &["Tab"], Action::SearchToggleMode),
    (Context::Search, &["C-n", "Down"], Action::SearchDown),
    (Context::Search, &["C-p", "Up"], Action::SearchUp),
    (
        Context::Search,
        &["Backspace", "C-h"],
        Action::SearchEdit(SearchEdit::Backspace),
    ),
    (
        Context::Search,
        &["Del"],
        Action::SearchEdit(SearchEdit::Delete),
    ),
    (
        Context::Search,
        &["Left", "C-b"],
        Action::SearchEdit(SearchEdit::Left),
    ),
    (
        Context::Search,
        &["Right", "C-f"],
        Action::SearchEdit(SearchEdit::Right),
    ),
    (
        Context::Search,
        &["Home", "C-a"],
        Action::SearchEdit(SearchEdit::Home),
    ),
    (
        Context::Search,
        &["End", "C-e"],
        Action::SearchEdit(SearchEdit::End),
    ),
    (
        Context::Search,
        &["C-u"],
        Action::SearchEdit(SearchEdit::Clear),
    ),
    (Context::Search, &["C-c"], Action::Quit),
    (Context::Search, &["C-z"], Action::Suspend),
    (Context::Help, &["Esc", "q", "?", "F1"], Action::Back),
    (Context::Help, &["j", "Down"], Action::Down),
    (Context::Help, &["k", "Up"], Action::Up),
    (Context::Help, &["g"], Action::Top),
    (Context::Help, &["G"], Action::Bottom),
    (Context::Help, &["C-c"], Action::Quit),
    (Context::Help, &["C-z"], Action::Suspend),
];

/// What a key did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    Action(Action),
    /// The key begins a longer sequence (`z` of `zM`); wait for the next key.
    Pending,
    Unbound,
}

/// The bindings in effect.
#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(context, keys, action)| Binding {
                context: *context,
                // The table is tested to parse; a key that did not would just be absent.
                keys: keys.iter().filter_map(|k| parse_seq(k)).collect(),
                action: *action,
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// Bind `action` to `keys` wherever it is bound (in every context), replacing its
    /// default keys; the keys are taken away from any other action in those contexts,
    /// so the user's choice wins.
    pub fn remap(&mut self, action: Action, keys: Vec<KeySeq>) {
        let contexts: Vec<Context> = self
            .bindings
            .iter()
            .filter(|b| b.action == action)
            .map(|b| b.context)
            .collect();
        for b in &mut self.bindings {
            if b.action == action {
                b.keys = keys.clone();
            } else if contexts.iter().any(|&c| c.overlaps(b.context)) {
                b.keys.retain(|k| !keys.contains(k));
            }
        }
    }

    /// Resolve `key` after the keys already `pending`, looking in `contexts` in order.
    pub fn resolve(&self, contexts: &[Context], pending: &[KeyChord], key: KeyChord) -> Resolved {
        let mut seq: Vec<KeyChord> = pending.to_vec();
        seq.push(key);
        for &context in contexts {
            let mut prefix = false;
            for b in self.bindings.iter().filter(|b| b.context == context) {
                for k in &b.keys {
                    if *k == seq {
                        return Resolved::Action(b.action);
                    }
                    if k.len() > seq.len() && k.starts_with(&seq) {
                        prefix = true;
                    }
                }
            }
            if prefix {
                return Resolved::Pending;
            }
        }
        Resolved::Unbound
    }

    /// The bindings of one context, for the help overlay.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.bindings
            .iter()
            .filter(move |b| b.context == context && !b.keys.is_empty())
    }

    /// The first key bound to `action` in `context`, for hints in the status bar.
    pub fn key_for(&self, context: Context, action: Action) -> Option<String> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.action == action)
            .and_then(|b| b.keys.first())
            .map(|k| seq_label(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(s: &str) -> KeyChord {
        KeyChord::parse(s).unwrap()
    }

    #[test]
    fn every_default_key_parses() {
        for (_, keys, action) in DEFAULTS {
            for k in *keys {
                assert!(parse_seq(k).is_some(), "{k} for {action:?}");
            }
        }
    }

    #[test]
    fn every_default_action_has_a_name_and_help() {
        for (_, _, action) in DEFAULTS {
            assert!(action.name().is_some(), "{action:?}");
        }
    }

    #[test]
    fn parses_names_modifiers_and_sequences() {
        assert_eq!(
            chord("C-d"),
            KeyChord::new(KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert_eq!(chord("Ctrl-d"), chord("C-d"));
        assert_eq!(
            chord("S-Tab"),
            KeyChord::new(KeyCode::BackTab, KeyModifiers::NONE)
        );
        assert_eq!(
            chord("F1"),
            KeyChord::new(KeyCode::F(1), KeyModifiers::NONE)
        );
        assert_eq!(
            chord("pgdn"),
            KeyChord::new(KeyCode::PageDown, KeyModifiers::NONE)
        );
        assert_eq!(parse_seq("zM").unwrap().len(), 2);
        assert_eq!(parse_seq("g g").unwrap().len(), 2);
        assert_eq!(parse_seq("Space").unwrap(), vec![chord(" ")]);
        assert!(parse_seq("Ctrl-").is_some_and(|s| s.len() == 5));
        assert!(KeyChord::parse("F13").is_none());
        assert_eq!(seq_label(&parse_seq("zM").unwrap()), "zM");
        assert_eq!(chord("C-d").to_string(), "Ctrl-d");
    }

    #[test]
    fn shift_reported_with_a_capital_is_the_capital() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&event), Some(chord("G")));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&back), Some(chord("S-Tab")));
    }

    #[test]
    fn pane_context_wins_then_motion_then_global() {
        let map = Keymap::default();
        let outline = [Context::Outline, Context::Motion, Context::Global];
        let content = [Context::Content, Context::Motion, Context::Global];
        assert_eq!(
            map.resolve(&outline, &[], chord(" ")),
            Resolved::Action(Action::ToggleFold)
        );
        assert_eq!(
            map.resolve(&content, &[], chord(" ")),
            Resolved::Action(Action::PageDown)
        );
        assert_eq!(
            map.resolve(&outline, &[], chord("l")),
            Resolved::Action(Action::ExpandOrChild)
        );
        assert_eq!(
            map.resolve(&content, &[], chord("j")),
            Resolved::Action(Action::Down)
        );
        assert_eq!(
            map.resolve(&content, &[], chord("q")),
            Resolved::Action(Action::Quit)
        );
        assert_eq!(map.resolve(&outline, &[], chord("z")), Resolved::Pending);
        assert_eq!(
            map.resolve(&outline, &[chord("z")], chord("M")),
            Resolved::Action(Action::FoldAll)
        );
        assert_eq!(map.resolve(&content, &[], chord("z")), Resolved::Unbound);
        assert_eq!(
            map.resolve(&[Context::Help], &[], chord("q")),
            Resolved::Action(Action::Back)
        );
    }

    #[test]
    fn remapping_moves_the_key_away_from_its_old_action() {
        let mut map = Keymap::default();
        map.remap(Action::Quit, vec![parse_seq("x").unwrap()]);
        let ctx = [Context::Outline, Context::Motion, Context::Global];
        assert_eq!(
            map.resolve(&ctx, &[], chord("x")),
            Resolved::Action(Action::Quit)
        );
        assert_eq!(map.resolve(&ctx, &[], chord("q")), Resolved::Unbound);
        map.remap(Action::Down, vec![parse_seq("n").unwrap()]);
        assert_eq!(
            map.resolve(&ctx, &[], chord("n")),
            Resolved::Action(Action::Down)
        );
        assert_eq!(map.resolve(&ctx, &[], chord("j")), Resolved::Unbound);
    }
}
