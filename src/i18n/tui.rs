//! Everything on screen.
