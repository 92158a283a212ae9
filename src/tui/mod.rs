pub mod compare_chart;
pub mod indicator_panel;
