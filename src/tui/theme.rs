//! Colours and styles. Three themes: dark and light (16 ANSI colours, so they follow the
//! user's terminal palette) and mono (no colour at all: bold, reverse, underline, dim).
//! NO_COLOR selects mono. There is no background-colour probing: it needs a terminal
//! round trip that breaks over SSH and inside multiplexers.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    Mono,
}

impl ThemeName {
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "dark" => Some(ThemeName::Dark),
            "light" => Some(ThemeName::Light),
            "mono" | "none" | "no-color" => Some(ThemeName::Mono),
            _ => None,
        }
    }

    /// Pick the theme: the command-line flag, then the config file, then NO_COLOR (any
    /// non-empty value means mono), then dark.
    pub fn choose(flag: Option<ThemeName>, config: Option<ThemeName>, no_color: bool) -> Self {
        flag.or(config).unwrap_or(if no_color {
            ThemeName::Mono
        } else {
            ThemeName::Dark
        })
    }
}

/// The styles each pane draws with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    pub border: Style,
    pub border_focused: Style,
    /// Focused panes get a thick border, so focus shows without colour too.
    pub border_type: BorderType,
    pub border_type_focused: BorderType,
    pub title: Style,
    pub title_focused: Style,
    /// The selected row in the focused pane.
    pub cursor: Style,
    /// The selected row in a pane without focus.
    pub cursor_unfocused: Style,
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    pub point: Style,
    pub figure: Style,
    pub search_match: Style,
    /// The sentence or line a jump went to.
    pub focus: Style,
    pub warning: Style,
    pub header: Style,
    pub status: Style,
    pub key: Style,
    pub label: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Self {
        let base = Theme {
            name,
            border: Style::new(),
            border_focused: Style::new().add_modifier(Modifier::BOLD),
            border_type: BorderType::Plain,
            border_type_focused: BorderType::Thick,
            title: Style::new(),
            title_focused: Style::new().add_modifier(Modifier::BOLD),
            cursor: Style::new().add_modifier(Modifier::REVERSED),
            cursor_unfocused: Style::new().add_modifier(Modifier::UNDERLINED),
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            heading: Style::new().add_modifier(Modifier::BOLD),
            point: Style::new(),
            figure: Style::new().add_modifier(Modifier::UNDERLINED),
            search_match: Style::new().add_modifier(Modifier::REVERSED),
            focus: Style::new().add_modifier(Modifier::ITALIC | Modifier::BOLD),
            warning: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new().add_modifier(Modifier::BOLD),
            status: Style::new().add_modifier(Modifier::REVERSED),
            key: Style::new().add_modifier(Modifier::BOLD),
            label: Style::new().add_modifier(Modifier::DIM),
        };
        match name {
            ThemeName::Mono => base,
            ThemeName::Dark => Theme {
                border: Style::new().fg(Color::DarkGray),
                border_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                title_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                cursor: Style::new().fg(Color::Black).bg(Color::Cyan),
                cursor_unfocused: Style::new().bg(Color::DarkGray),
                heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                point: Style::new().fg(Color::Gray),
                figure: Style::new()
                    .fg(Color::LightGreen)
                    .add_modifier(Modifier::BOLD),
                search_match: Style::new().fg(Color::Black).bg(Color::Yellow),
                focus: Style::new().bg(Color::Indexed(236)),
                warning: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(Modifier::BOLD),
                header: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                status: Style::new().fg(Color::White).bg(Color::DarkGray),
                key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                label: Style::new().fg(Color::Gray),
                ..base
            },
            ThemeName::Light => Theme {
                border: Style::new().fg(Color::Gray),
                border_focused: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                title_focused: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                cursor: Style::new().fg(Color::White).bg(Color::Blue),
                cursor_unfocused: Style::new().bg(Color::Gray),
                heading: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
                point: Style::new().fg(Color::DarkGray),
                figure: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
                search_match: Style::new().fg(Color::Black).bg(Color::LightYellow),
                focus: Style::new().bg(Color::Indexed(254)),
                warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                header: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                status: Style::new().fg(Color::Black).bg(Color::Gray),
                key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                label: Style::new().fg(Color::DarkGray),
                ..base
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_config_beats_no_color() {
        use ThemeName::*;
        assert_eq!(ThemeName::choose(Some(Light), Some(Dark), true), Light);
        assert_eq!(ThemeName::choose(None, Some(Dark), true), Dark);
        assert_eq!(ThemeName::choose(None, None, true), Mono);
        assert_eq!(ThemeName::choose(None, None, false), Dark);
    }

    #[test]
    fn mono_uses_no_colour_and_focus_differs_in_shape() {
        let t = Theme::new(ThemeName::Mono);
        for style in [t.border, t.border_focused, t.cursor, t.figure, t.status] {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert_ne!(t.border_type, t.border_type_focused);
        let d = Theme::new(ThemeName::Dark);
        assert_ne!(d.border.fg, d.border_focused.fg);
        assert_ne!(d.border_type, d.border_type_focused);
    }
}
