pub mod findings_panel;
