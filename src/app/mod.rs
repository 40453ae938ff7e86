//! UI state without a terminal.
