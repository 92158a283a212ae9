//! The README's key table and config section describe the real keymap: every default
//! binding's help text and every action name appears there.

use baogao::tui::keymap::{Context, Keymap};
use baogao::tui::Action;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn readme_lists_every_binding_and_action_name() {
    let text = readme();
    let start = text.find("## The terminal UI").expect("README section");
    let section = &text[start..];
    for b in Keymap::default().bindings {
        if b.context == Context::Help {
            continue;
        }
        assert!(
            section.contains(b.action.describe()),
            "README misses {:?}: {}",
            b.action,
            b.action.describe()
        );
    }
    for (_, name, _) in Action::BINDABLE {
        let shown = format!("`{name}`");
        let level = name.starts_with("level_") && section.contains("`level_1` … `level_4`");
        assert!(
            section.contains(&shown) || level,
            "README misses action name {name}"
        );
    }
}
