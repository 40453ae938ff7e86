//! Highlight precedence, defined once: current mention > selected entity or source > quotation
//! span > entity-kind style > plain text.
//!
//! [`Highlights`] gathers, per frame, the spans of each layer that reach into the rows on
//! screen (so a frame costs the same in a long article as in a short one);
//! [`Highlights::row`] splits one row at annotation boundaries and patches the layers' styles
//! in that order, so a higher layer's colours win and its attributes add up.

use crate::app::{App, Lit};
use crate::model::Span;

use super::theme::Theme;
use ratatui::style::Style;

/// One layer: styled spans, sorted by start.
#[derive(Debug, Default)]
struct Layer(Vec<(Span, Style)>);

impl Layer {
    fn sorted(mut spans: Vec<(Span, Style)>) -> Self {
        spans.sort_by_key(|(span, _)| (span.start, span.end));
        Layer(spans)
    }

    /// The spans overlapping `start..end`.
    fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = &(Span, Style)> {
        // Layers hardly nest, so stepping back from the first span starting at `start` a few
        // places finds every span reaching into the row.
        let mut first = self.0.partition_point(|(span, _)| span.start < start);
        while first > 0 && self.0[first - 1].0.end > start {
            first -= 1;
        }
        self.0[first..]
            .iter()
            .take_while(move |(span, _)| span.start < end)
            .filter(move |(span, _)| span.end > start)
    }
}

/// The article's highlight layers for one frame, lowest first.
#[derive(Debug, Default)]
pub struct Highlights {
    layers: [Layer; 4],
    /// Quotations, for the gutter mark: `(span, lit)`.
    quotes: Vec<(Span, bool)>,
}

/// The spans of `spans` (sorted, not overlapping) that reach into `range`.
fn within<T>(spans: &[T], range: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let first = spans.partition_point(|item| span_of(item).end <= range.start);
    let last = spans.partition_point(|item| span_of(item).start < range.end.max(range.start + 1));
    spans.get(first..last.max(first)).unwrap_or(&[])
}

impl Highlights {
    pub fn of(app: &App, theme: &Theme) -> Self {
        let slot = app.current_slot();
        let briefing = &slot.briefing;
        let lit_quotes = app.lit_quotes();
        let shown = app.visible_range();
        let quotes_shown = within(briefing.quotes(), shown, |q| q.span());
        let mut kinds = Vec::new();
        let mut quotation = Vec::new();
        let target = app.current_target();
        let lit_entity = match app.lit() {
            Some(Lit::Entity(index)) => Some(*index),
            _ => None,
        };
        if app.tint() {
            // A lit mention shows the selection's style alone, not added to its kind's: the
            // kinds' attributes (under `NO_COLOR`) would otherwise make the selection of one
            // kind look like another kind.
            kinds = within(app.mentions(), shown, |(span, _)| *span)
                .iter()
                .filter(|(span, entity)| Some(*entity) != lit_entity && Some(*span) != target)
                .filter_map(|(span, entity)| {
                    briefing
                        .entities()
                        .get(*entity)
                        .map(|e| (*span, theme.kind(e.kind)))
                })
                .collect();
            quotation = quotes_shown
                .iter()
                .map(|q| (q.span(), theme.quote))
                .collect();
        }
        let mut selected = Vec::new();
        match app.lit() {
            Some(Lit::Entity(index)) => {
                if let Some(entity) = briefing.entities().get(*index) {
                    let mentions = within(&entity.mentions, shown, |m| *m);
                    selected.extend(mentions.iter().map(|m| (*m, theme.selected)));
                }
            }
            Some(Lit::Search) => {
                if let Some(search) = app.search() {
                    let hits = search.hits_in(&briefing.text, shown);
                    selected.extend(hits.into_iter().map(|h| (h, theme.search_hit)));
                }
            }
            _ => {}
        }
        for quote in lit_quotes.iter().filter_map(|&i| briefing.quotes().get(i)) {
            // The quotation being read sits in the quotation layer, under its source's words
            // and any attribution inside it, which must stay lit.
            let style = if target == Some(quote.span()) {
                theme.current_quote
            } else {
                theme.lit_quote
            };
            quotation.push((quote.span(), style));
            if let Some(source) = quote.source() {
                selected.push((source.span, theme.lit_source));
            }
            if let Some(cue) = quote.cue() {
                selected.push((cue, theme.lit_cue));
            }
            selected.extend(quote.via().iter().map(|via| (via.span, theme.lit_source)));
        }
        let current = match app.lit() {
            Some(Lit::Quote(_) | Lit::Source(_)) => Vec::new(),
            _ => target
                .map(|span| (span, theme.current))
                .into_iter()
                .collect(),
        };
        let quotes = quotes_shown
            .iter()
            .map(|q| {
                (
                    q.span(),
                    lit_quotes
                        .iter()
                        .any(|&i| briefing.quotes().get(i) == Some(q)),
                )
            })
            .collect();
        Highlights {
            layers: [
                Layer::sorted(kinds),
                Layer::sorted(quotation),
                Layer::sorted(selected),
                Layer::sorted(current),
            ],
            quotes,
        }
    }

    /// The row `start..end` cut into `(start, end, style)` segments.
    pub fn row(&self, start: usize, end: usize) -> Vec<(usize, usize, Style)> {
        let mut cuts = vec![start, end];
        for layer in &self.layers {
            for (span, _) in layer.overlapping(start, end) {
                cuts.push(span.start.clamp(start, end));
                cuts.push(span.end.clamp(start, end));
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|pair| {
                let (from, to) = (pair[0], pair[1]);
                let style = self.layers.iter().fold(Style::new(), |style, layer| {
                    layer
                        .overlapping(from, to)
                        .filter(|(span, _)| span.start <= from && to <= span.end)
                        .fold(style, |style, (_, patch)| style.patch(*patch))
                });
                (from, to, style)
            })
            .collect()
    }

    /// Whether the row `start..end` holds part of a quotation, and whether that one is lit.
    pub fn quote_in(&self, start: usize, end: usize) -> Option<bool> {
        let touching = self
            .quotes
            .iter()
            .filter(|(span, _)| span.start < end.max(start + 1) && start < span.end);
        touching.fold(None, |found, (_, lit)| Some(found.unwrap_or(false) || *lit))
    }
}
