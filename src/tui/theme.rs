//! Colours and text attributes. Named ANSI colours only (they follow the user's
//! terminal palette); every state is also shown by an attribute or a symbol so
//! that `NO_COLOR` and monochrome consoles lose nothing.

use crate::cli::ColorArg;
use ratatui::style::{Color, Modifier, Style};

/// How much colour the terminal gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorMode {
    /// Attributes only (bold, reversed, underlined).
    None,
    /// The 16 named ANSI colours.
    Ansi16,
}

impl ColorMode {
    /// Resolves `--color` against the environment: `auto` honours `NO_COLOR`
    /// (any non-empty value) and `TERM=dumb`.
    pub fn resolve(arg: ColorArg, no_color: Option<&str>, term: Option<&str>) -> ColorMode {
        match arg {
            ColorArg::Never => ColorMode::None,
            ColorArg::C16 | ColorArg::C256 => ColorMode::Ansi16,
            ColorArg::Auto => {
                if no_color.is_some_and(|v| !v.is_empty()) || matches!(term, Some("dumb") | None) {
                    ColorMode::None
                } else {
                    ColorMode::Ansi16
                }
            }
        }
    }
}

/// The few styles the whole UI uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mode: ColorMode,
}

impl Theme {
    pub fn new(mode: ColorMode) -> Theme {
        Theme { mode }
    }

    fn color(&self, style: Style, fg: Color) -> Style {
        match self.mode {
            ColorMode::None => style,
            ColorMode::Ansi16 => style.fg(fg),
        }
    }

    pub fn normal(&self) -> Style {
        Style::default()
    }
    /// Column headers and section titles.
    pub fn header(&self) -> Style {
        self.color(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }
    /// The selected row of a focused list: reversed works on every terminal.
    /// The cursor row of a table: reversed, nothing else (one attribute to
    /// switch on and off keeps a row move small on the wire).
    pub fn selected_row(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    /// The active tab.
    pub fn tab_active(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn tab_inactive(&self) -> Style {
        Style::default()
    }
    /// Key names in the footer and help.
    pub fn key(&self) -> Style {
        self.color(Style::default().add_modifier(Modifier::BOLD), Color::Yellow)
    }
    /// Secondary text (hints, counts).
    pub fn dim(&self) -> Style {
        match self.mode {
            ColorMode::None => Style::default(),
            ColorMode::Ansi16 => Style::default().fg(Color::DarkGray),
        }
    }
    /// Something below a target or wrong: bold, and red where there is colour.
    pub fn warn(&self) -> Style {
        self.color(Style::default().add_modifier(Modifier::BOLD), Color::Red)
    }
    /// Something close to a limit (agreements expiring).
    pub fn caution(&self) -> Style {
        self.color(Style::default().add_modifier(Modifier::BOLD), Color::Yellow)
    }
    /// Good news (target met).
    pub fn good(&self) -> Style {
        self.color(Style::default(), Color::Green)
    }
    /// Error messages in the status line: bold + reversed so they stand out without colour.
    pub fn error(&self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        self.color(s, Color::Red)
    }
    /// Information in the status line.
    pub fn info(&self) -> Style {
        self.color(Style::default().add_modifier(Modifier::BOLD), Color::Green)
    }
    /// The filter input line.
    pub fn input(&self) -> Style {
        Style::default().add_modifier(Modifier::UNDERLINED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_honours_no_color_and_dumb_terminals() {
        assert_eq!(
            ColorMode::resolve(ColorArg::Auto, Some("1"), Some("xterm")),
            ColorMode::None
        );
        assert_eq!(
            ColorMode::resolve(ColorArg::Auto, Some(""), Some("xterm")),
            ColorMode::Ansi16
        );
        assert_eq!(
            ColorMode::resolve(ColorArg::Auto, None, Some("dumb")),
            ColorMode::None
        );
        assert_eq!(
            ColorMode::resolve(ColorArg::Auto, None, Some("linux")),
            ColorMode::Ansi16
        );
        assert_eq!(
            ColorMode::resolve(ColorArg::Never, None, Some("xterm")),
            ColorMode::None
        );
        assert_eq!(
            ColorMode::resolve(ColorArg::C16, Some("1"), None),
            ColorMode::Ansi16
        );
    }

    #[test]
    fn selection_and_errors_stay_visible_without_colour() {
        let t = Theme::new(ColorMode::None);
        assert!(t.selected().add_modifier.contains(Modifier::REVERSED));
        assert!(t.error().add_modifier.contains(Modifier::REVERSED));
        assert!(t.warn().add_modifier.contains(Modifier::BOLD));
        assert_eq!(t.warn().fg, None);
    }
}
