//! Text layout for the article view: wrapping into rows that know their byte ranges.

pub mod fold;
pub mod layout;
