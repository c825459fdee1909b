//! Widgets written once and used by every screen.

pub mod form;
pub mod form_view;
pub mod vtable;
