//! The terminal face.

pub mod search_popup;
