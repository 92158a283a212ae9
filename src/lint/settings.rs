//! What a reviewer asks of the check: rules switched off, the least severity shown, and
//! a genre that overrides the one read from the report.
//!
//! The same settings come from the command line (`--disable`, `--min-severity`,
//! `--genre`) and from the config file's `[check]` section:
//!
//! ```toml
//! [check]
//! min_severity = "warning"          # error | warning | info
//! disable = ["numbering-mixed-styles", "items-run-together"]
//! genre = "fazhi-annual"            # optional: review every report as this genre
//! ```

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::report::{Diagnostic, Genre, Severity};

/// Review settings; the default shows every finding of every rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Rule ids whose findings are dropped.
    pub disabled: BTreeSet<String>,
    /// Findings below this severity are dropped.
    pub min_severity: Severity,
    /// Review every report as this genre instead of the one read from it.
    pub genre: Option<Genre>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            disabled: BTreeSet::new(),
            min_severity: Severity::Info,
            genre: None,
        }
    }
}

impl Settings {
    /// Whether a finding passes these settings.
    pub fn keeps(&self, d: &Diagnostic) -> bool {
        d.severity >= self.min_severity && !self.disabled.contains(&d.rule)
    }
}

/// Parse a severity as written on the command line or in the config file.
pub fn parse_severity(s: &str) -> Option<Severity> {
    match s.trim().to_ascii_lowercase().as_str() {
        "error" => Some(Severity::Error),
        "warning" | "warn" => Some(Severity::Warning),
        "info" => Some(Severity::Info),
        _ => None,
    }
}

/// The config file's `[check]` section as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSection {
    pub min_severity: Option<String>,
    #[serde(default)]
    pub disable: Vec<String>,
    pub genre: Option<String>,
}

impl CheckSection {
    /// The settings this section asks for, and one line for each thing wrong with it
    /// (an unknown rule, severity or genre is reported and left out).
    pub fn settings(&self) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        if let Some(s) = &self.min_severity {
            match parse_severity(s) {
                Some(sev) => settings.min_severity = sev,
                None => problems.push(format!(
                    "config [check]: unknown min_severity {s:?} (error, warning, info)"
                )),
            }
        }
        for id in &self.disable {
            match super::rules::find(id) {
                Some(rule) => {
                    settings.disabled.insert(rule.id.to_string());
                }
                None => problems.push(format!(
                    "config [check]: unknown rule {id:?} in disable (see baogao check --rules)"
                )),
            }
        }
        if let Some(g) = &self.genre {
            match Genre::from_id(g) {
                Some(genre) => settings.genre = Some(genre),
                None => problems.push(format!(
                    "config [check]: unknown genre {g:?} ({})",
                    genre_ids()
                )),
            }
        }
        (settings, problems)
    }
}

/// The genre ids, comma-separated, for messages.
pub fn genre_ids() -> String {
    Genre::ALL
        .iter()
        .map(|g| g.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(rule: &str, severity: Severity) -> Diagnostic {
        Diagnostic {
            line: 1,
            rule: rule.into(),
            severity,
            message: String::new(),
            expected: None,
            suggestion: None,
        }
    }

    #[test]
    fn defaults_keep_everything() {
        let s = Settings::default();
        assert!(s.keeps(&d("numbering-gap", Severity::Info)));
    }

    #[test]
    fn a_config_section_becomes_settings() {
        let section: CheckSection = toml::from_str(
            "min_severity = \"warning\"\ndisable = [\"numbering-gap\"]\ngenre = \"work-report\"\n",
        )
        .unwrap();
        let (s, problems) = section.settings();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.min_severity, Severity::Warning);
        assert_eq!(s.genre, Some(Genre::WorkReport));
        assert!(!s.keeps(&d("numbering-gap", Severity::Error)));
        assert!(!s.keeps(&d("empty-quotes", Severity::Info)));
        assert!(s.keeps(&d("empty-quotes", Severity::Warning)));
    }

    #[test]
    fn unknown_values_are_reported_and_left_out() {
        let section: CheckSection =
            toml::from_str("min_severity = \"loud\"\ndisable = [\"no-such\"]\ngenre = \"poem\"\n")
                .unwrap();
        let (s, problems) = section.settings();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert_eq!(s, Settings::default());
        assert!(toml::from_str::<CheckSection>("colour = 1").is_err());
    }
}
