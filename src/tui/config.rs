//! `~/.config/baogao/config.toml`: theme and key remapping. A bad file is reported in
//! the status bar and the defaults are used; it never stops the program.
//!
//! ```toml
//! theme = "light"            # dark | light | mono
//!
//! [keys]                     # action = key, or a list of keys
//! quit = ["q", "C-q"]
//! down = ["j", "Down", "C-n"]
//! fold_all = "zM"
//!
//! [check]                    # review settings, also used by `baogao check`
//! min_severity = "warning"   # error | warning | info
//! disable = ["numbering-mixed-styles"]
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::action::Action;
use super::keymap::{parse_seq, Keymap};
use super::sanitize::clean;
use super::theme::ThemeName;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<String>,
    #[serde(default)]
    keys: toml::Table,
    /// Review settings (`lint::settings::CheckSection`), read as a table so a problem in
    /// it is reported on its own.
    check: Option<toml::Table>,
}

/// What the config file asked for, and what was wrong with it.
#[derive(Debug, Default)]
pub struct Config {
    pub theme: Option<ThemeName>,
    pub keymap: Keymap,
    /// Problems to show the user, one line each (already safe to print).
    pub problems: Vec<String>,
    /// Review settings from the `[check]` section (defaults without one).
    pub check: crate::lint::Settings,
    /// Problems that concern the review (the file's syntax, the `[check]` section), for
    /// `baogao check` to print; they are in `problems` too.
    pub check_problems: Vec<String>,
}

/// The config file's path, if the platform has a config directory.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("baogao").join("config.toml"))
}

/// Read the config at `path`; a missing file is no config at all.
pub fn load(path: Option<&Path>) -> Config {
    let Some(path) = path else {
        return Config::default();
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Config::default(),
        Err(e) => {
            let problem = clean(&format!("config {}: {e}", path.display())).into_owned();
            Config {
                problems: vec![problem.clone()],
                check_problems: vec![problem],
                ..Config::default()
            }
        }
    }
}

/// Parse config text.
pub fn parse(text: &str) -> Config {
    let mut config = Config::default();
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let first = e.message().lines().next().unwrap_or("invalid").to_string();
            let problem = clean(&format!("config: {first}; using defaults")).into_owned();
            config.problems.push(problem.clone());
            config.check_problems.push(problem);
            return config;
        }
    };
    if let Some(theme) = file.theme {
        match ThemeName::parse(&theme) {
            Some(t) => config.theme = Some(t),
            None => config.problems.push(
                clean(&format!(
                    "config: unknown theme {theme:?} (dark, light, mono)"
                ))
                .into_owned(),
            ),
        }
    }
    if let Some(table) = file.check {
        let (settings, problems) =
            match toml::Value::Table(table).try_into::<crate::lint::settings::CheckSection>() {
                Ok(section) => section.settings(),
                Err(e) => {
                    let first = e.message().lines().next().unwrap_or("invalid").to_string();
                    (
                        crate::lint::Settings::default(),
                        vec![format!("config [check]: {first}")],
                    )
                }
            };
        config.check = settings;
        for p in problems {
            let p = clean(&p).into_owned();
            config.problems.push(p.clone());
            config.check_problems.push(p);
        }
    }
    for (name, value) in &file.keys {
        let Some(action) = Action::from_name(name) else {
            config
                .problems
                .push(clean(&format!("config: unknown action {name:?}")).into_owned());
            continue;
        };
        let list: Vec<&toml::Value> = match value {
            toml::Value::Array(items) => items.iter().collect(),
            one => vec![one],
        };
        let mut keys = Vec::new();
        for item in list {
            match item.as_str().and_then(parse_seq) {
                Some(seq) => keys.push(seq),
                None => config
                    .problems
                    .push(clean(&format!("config: bad key {item} for {name}")).into_owned()),
            }
        }
        if !keys.is_empty() {
            config.keymap.remap(action, keys);
        }
    }
    config
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::{Context, KeyChord, Resolved};

    #[test]
    fn theme_and_keys_are_read() {
        let c = parse("theme = \"light\"\n[keys]\nquit = [\"x\", \"C-q\"]\nfold_all = \"zC\"\n");
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.theme, Some(ThemeName::Light));
        let ctx = [Context::Outline, Context::Motion, Context::Global];
        let x = KeyChord::parse("x").unwrap();
        assert_eq!(
            c.keymap.resolve(&ctx, &[], x),
            Resolved::Action(Action::Quit)
        );
        let z = KeyChord::parse("z").unwrap();
        let cap_c = KeyChord::parse("C").unwrap();
        assert_eq!(
            c.keymap.resolve(&ctx, &[z], cap_c),
            Resolved::Action(Action::FoldAll)
        );
    }

    #[test]
    fn problems_are_reported_not_fatal() {
        let c = parse("theme = \"purple\"\n[keys]\nfly = \"f\"\ndown = 3\n");
        assert_eq!(c.theme, None);
        assert_eq!(c.problems.len(), 3, "{:?}", c.problems);
        let broken = parse("theme = = \"dark\"");
        assert_eq!(broken.problems.len(), 1);
        let unknown = parse("colour = \"red\"");
        assert_eq!(unknown.problems.len(), 1);
    }

    #[test]
    fn the_check_section_is_read_and_its_problems_reported() {
        let c = parse("[check]\nmin_severity = \"warning\"\ndisable = [\"numbering-gap\"]\n");
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.check.min_severity, crate::report::Severity::Warning);
        assert!(c.check.disabled.contains("numbering-gap"));
        let bad = parse("[check]\ndisable = [\"no-such-rule\"]\nloud = true\n");
        assert_eq!(bad.check_problems.len(), 1, "{:?}", bad.check_problems);
        assert_eq!(bad.problems, bad.check_problems);
        let unknown = parse("[check]\ndisable = [\"no-such-rule\"]\n");
        assert_eq!(unknown.check_problems.len(), 1);
        assert!(unknown.check_problems[0].contains("no-such-rule"));
    }

    #[test]
    fn a_missing_file_is_no_config() {
        let dir = tempfile::tempdir().unwrap();
        let c = load(Some(&dir.path().join("none.toml")));
        assert!(c.problems.is_empty());
        assert!(c.theme.is_none());
    }

    #[test]
    fn control_characters_in_the_file_are_not_echoed() {
        let c = parse("[keys]\n\"a\\u001b[31m\" = \"x\"\n");
        assert!(
            c.problems.iter().all(|p| !p.contains('\u{1b}')),
            "{:?}",
            c.problems
        );
    }
}
