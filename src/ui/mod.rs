//! Pure rendering from the app state.
