//! Names of enum values shown to people.
