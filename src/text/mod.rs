//! Text layout for the article view.
