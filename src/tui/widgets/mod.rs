//! Widgets written once and used by every screen.

pub mod vtable;
