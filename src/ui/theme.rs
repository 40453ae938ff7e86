//! Styles: the 16 named ANSI colours by default (so light and dark terminals both work), and a
//! style-only theme for `NO_COLOR` in which every highlight is still visible.
//!
//! Under `NO_COLOR` crossterm drops the colours and, with them, attributes set on coloured
//! styles, so the `NO_COLOR` theme sets no colour at all: only bold, italic, underline and
//! reverse. Every slot can be overridden from the configuration file by name.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Kind;

/// Every style the UI draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub person: Style,
    pub organization: Style,
    pub place: Style,
    pub group: Style,
    pub date: Style,
    pub event: Style,
    pub other: Style,
    /// A quotation's words when nothing is lit.
    pub quote: Style,
    /// The mark left of a row holding a quotation.
    pub gutter: Style,
    /// The lit entity's mentions.
    pub selected: Style,
    /// Search hits: apart from lit mentions, with colour or without.
    pub search_hit: Style,
    /// The mention, quotation or hit `n`/`N` is on.
    pub current: Style,
    /// A lit quotation, its source's words and its cue: one colour family, apart from the
    /// entity tints.
    pub lit_quote: Style,
    /// The quotation `n`/`N` is on, or the one selected in the quote list.
    pub current_quote: Style,
    pub lit_source: Style,
    pub lit_cue: Style,
    /// The selected row of a list.
    pub list_selection: Style,
    pub heading: Style,
    pub border: Style,
    pub focused_border: Style,
    pub status: Style,
    pub message: Style,
    pub dim: Style,
    /// Marks in the scrollbar column where lit things are.
    pub scroll_mark: Style,
}

const fn fg(color: Color) -> Style {
    Style::new().fg(color)
}

impl Theme {
    /// Named ANSI colours only.
    pub const fn ansi() -> Self {
        Theme {
            person: fg(Color::Cyan),
            organization: fg(Color::Magenta),
            place: fg(Color::Green),
            group: fg(Color::Yellow),
            date: fg(Color::Blue),
            event: fg(Color::Red),
            other: Style::new(),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            gutter: fg(Color::DarkGray),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            search_hit: Style::new().fg(Color::Black).bg(Color::Cyan),
            current: Style::new()
                .fg(Color::Black)
                .bg(Color::LightRed)
                .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
            lit_quote: fg(Color::Green).add_modifier(Modifier::UNDERLINED),
            current_quote: Style::new().fg(Color::Black).bg(Color::LightGreen),
            lit_source: Style::new()
                .fg(Color::Black)
                .bg(Color::Green)
                .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
            lit_cue: Style::new()
                .fg(Color::Black)
                .bg(Color::Green)
                .add_modifier(Modifier::UNDERLINED),
            list_selection: Style::new().add_modifier(Modifier::REVERSED),
            heading: Style::new().add_modifier(Modifier::BOLD),
            border: fg(Color::DarkGray),
            focused_border: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            status: Style::new(),
            message: fg(Color::Yellow),
            dim: fg(Color::DarkGray),
            scroll_mark: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }

    /// For light terminals: darker colours from the 256-colour palette, each with at least
    /// 4.5:1 contrast (WCAG AA) against a white background or its own background, so the
    /// ANSI theme's yellow and cyan on white never leave text unreadable.
    pub const fn light() -> Self {
        const fn ix(index: u8) -> Style {
            Style::new().fg(Color::Indexed(index))
        }
        Theme {
            person: ix(25),
            organization: ix(90),
            place: ix(28),
            group: ix(130),
            date: ix(24),
            event: ix(124),
            other: Style::new(),
            quote: Style::new().add_modifier(Modifier::ITALIC),
            gutter: ix(242),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Indexed(222))
                .add_modifier(Modifier::BOLD),
            search_hit: Style::new().fg(Color::Black).bg(Color::Indexed(153)),
            current: Style::new()
                .fg(Color::White)
                .bg(Color::Indexed(160))
                .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
            lit_quote: ix(28).add_modifier(Modifier::UNDERLINED),
            current_quote: Style::new().fg(Color::Black).bg(Color::Indexed(157)),
            lit_source: Style::new()
                .fg(Color::White)
                .bg(Color::Indexed(28))
                .add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
            lit_cue: Style::new()
                .fg(Color::White)
                .bg(Color::Indexed(28))
                .add_modifier(Modifier::UNDERLINED),
            list_selection: Style::new().add_modifier(Modifier::REVERSED),
            heading: Style::new().add_modifier(Modifier::BOLD),
            border: ix(244),
            focused_border: ix(25).add_modifier(Modifier::BOLD),
            status: Style::new(),
            message: ix(130),
            dim: ix(242),
            scroll_mark: ix(130).add_modifier(Modifier::BOLD),
        }
    }

    /// A built-in theme by name (`dark` is the ANSI one), over `base`: under `NO_COLOR` the
    /// style-only theme stays whatever is asked.
    pub fn named(name: &str, base: Theme) -> Option<Theme> {
        if base == Theme::no_color() {
            return matches!(name, "light" | "dark" | "ansi").then_some(base);
        }
        match name {
            "light" => Some(Theme::light()),
            "dark" | "ansi" => Some(Theme::ansi()),
            _ => None,
        }
    }

    /// No colour anywhere: kinds are told apart by attributes in the article (and tags in
    /// the entity list), highlights by attributes that no kind uses alone.
    ///
    /// Italic is the quotations' mark, so the kinds differ first in bold, underline and dim;
    /// only events, the rarest kind, use italic (inside a quotation an event reads like a
    /// person). The selection is reverse video, which no kind uses.
    pub const fn no_color() -> Self {
        let plain = Style::new();
        const fn with(modifier: Modifier) -> Style {
            Style::new().add_modifier(modifier)
        }
        Theme {
            person: with(Modifier::BOLD),
            organization: with(Modifier::UNDERLINED),
            place: with(Modifier::BOLD.union(Modifier::UNDERLINED)),
            group: with(Modifier::DIM.union(Modifier::UNDERLINED)),
            date: with(Modifier::DIM),
            event: with(Modifier::BOLD.union(Modifier::ITALIC)),
            other: plain,
            quote: Style::new().add_modifier(Modifier::ITALIC),
            gutter: plain,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            search_hit: Style::new().add_modifier(Modifier::REVERSED),
            current: Style::new().add_modifier(
                Modifier::REVERSED
                    .union(Modifier::BOLD)
                    .union(Modifier::UNDERLINED),
            ),
            lit_quote: Style::new().add_modifier(Modifier::UNDERLINED),
            current_quote: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::BOLD)),
            lit_source: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::ITALIC)),
            lit_cue: Style::new().add_modifier(Modifier::UNDERLINED.union(Modifier::ITALIC)),
            list_selection: Style::new().add_modifier(Modifier::REVERSED),
            heading: Style::new().add_modifier(Modifier::BOLD),
            border: plain,
            focused_border: Style::new().add_modifier(Modifier::BOLD),
            status: plain,
            message: Style::new().add_modifier(Modifier::BOLD),
            dim: plain,
            scroll_mark: Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// The default theme for this environment: style-only when `NO_COLOR` is set and not empty.
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(value) if !value.is_empty() => Theme::no_color(),
            _ => Theme::ansi(),
        }
    }

    pub fn kind(&self, kind: Kind) -> Style {
        match kind {
            Kind::Person => self.person,
            Kind::Organization => self.organization,
            Kind::Place => self.place,
            Kind::Group => self.group,
            Kind::Date => self.date,
            Kind::Event => self.event,
            Kind::Other => self.other,
        }
    }

    /// The slots the configuration file can set, by name.
    pub const SLOTS: [&'static str; 24] = [
        "person",
        "organization",
        "place",
        "group",
        "date",
        "event",
        "other",
        "quote",
        "gutter",
        "selected",
        "current",
        "lit_quote",
        "current_quote",
        "lit_source",
        "lit_cue",
        "list_selection",
        "heading",
        "border",
        "focused_border",
        "status",
        "message",
        "dim",
        "scroll_mark",
        "search_hit",
    ];

    pub fn slot_mut(&mut self, name: &str) -> Option<&mut Style> {
        Some(match name {
            "person" => &mut self.person,
            "organization" => &mut self.organization,
            "place" => &mut self.place,
            "group" => &mut self.group,
            "date" => &mut self.date,
            "event" => &mut self.event,
            "other" => &mut self.other,
            "quote" => &mut self.quote,
            "gutter" => &mut self.gutter,
            "selected" => &mut self.selected,
            "current" => &mut self.current,
            "lit_quote" => &mut self.lit_quote,
            "current_quote" => &mut self.current_quote,
            "lit_source" => &mut self.lit_source,
            "lit_cue" => &mut self.lit_cue,
            "list_selection" => &mut self.list_selection,
            "heading" => &mut self.heading,
            "border" => &mut self.border,
            "focused_border" => &mut self.focused_border,
            "status" => &mut self.status,
            "message" => &mut self.message,
            "dim" => &mut self.dim,
            "scroll_mark" => &mut self.scroll_mark,
            "search_hit" => &mut self.search_hit,
            _ => return None,
        })
    }

    pub fn slot(&self, name: &str) -> Option<Style> {
        let mut copy = *self;
        copy.slot_mut(name).map(|s| *s)
    }
}

const COLORS: [(Color, &str); 17] = [
    (Color::Reset, "default"),
    (Color::Black, "black"),
    (Color::Red, "red"),
    (Color::Green, "green"),
    (Color::Yellow, "yellow"),
    (Color::Blue, "blue"),
    (Color::Magenta, "magenta"),
    (Color::Cyan, "cyan"),
    (Color::Gray, "gray"),
    (Color::DarkGray, "darkgray"),
    (Color::LightRed, "lightred"),
    (Color::LightGreen, "lightgreen"),
    (Color::LightYellow, "lightyellow"),
    (Color::LightBlue, "lightblue"),
    (Color::LightMagenta, "lightmagenta"),
    (Color::LightCyan, "lightcyan"),
    (Color::White, "white"),
];

const MODIFIERS: [(Modifier, &str); 6] = [
    (Modifier::BOLD, "bold"),
    (Modifier::DIM, "dim"),
    (Modifier::ITALIC, "italic"),
    (Modifier::UNDERLINED, "underline"),
    (Modifier::REVERSED, "reverse"),
    (Modifier::CROSSED_OUT, "strike"),
];

/// Writes a style as the configuration file spells it: `"black on yellow bold"`.
pub fn style_to_string(style: Style) -> String {
    let name = |color: Color| {
        COLORS
            .iter()
            .find(|(c, _)| *c == color)
            .map_or_else(|| format!("{color}").to_lowercase(), |(_, n)| n.to_string())
    };
    let mut words = Vec::new();
    if let Some(color) = style.fg {
        words.push(name(color));
    }
    if let Some(color) = style.bg {
        words.push("on".to_string());
        words.push(name(color));
    }
    for (modifier, word) in MODIFIERS {
        if style.add_modifier.contains(modifier) {
            words.push(word.to_string());
        }
    }
    if words.is_empty() {
        "plain".to_string()
    } else {
        words.join(" ")
    }
}

/// Reads a style: an optional colour, `on` and a background colour, and attributes, in any
/// order; `plain` for none. Colours are the 16 ANSI names, `default`, or `#rrggbb`.
pub fn parse_style(text: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let lower = word.to_lowercase();
        if lower == "plain" {
            continue;
        }
        if lower == "on" {
            let Some(color) = words.next() else {
                return Err("\"on\" needs a colour after it".into());
            };
            style = style.bg(parse_color(color)?);
            continue;
        }
        if let Some((modifier, _)) = MODIFIERS.iter().find(|(_, name)| *name == lower) {
            style = style.add_modifier(*modifier);
            continue;
        }
        style = style.fg(parse_color(word)?);
    }
    Ok(style)
}

fn parse_color(word: &str) -> Result<Color, String> {
    let lower = word.to_lowercase().replace(['-', '_'], "");
    COLORS
        .iter()
        .find(|(_, name)| *name == lower)
        .map(|(color, _)| *color)
        .or_else(|| {
            let hex = lower.strip_prefix('#')?;
            let value = u32::from_str_radix(hex, 16)
                .ok()
                .filter(|_| hex.len() == 6)?;
            Some(Color::Rgb(
                (value >> 16) as u8,
                (value >> 8) as u8,
                value as u8,
            ))
        })
        .ok_or_else(|| {
            format!(
                "unknown colour or attribute {word:?} (colours: {}; attributes: {})",
                COLORS
                    .iter()
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(", "),
                MODIFIERS
                    .iter()
                    .map(|(_, n)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_round_trip_through_their_names() {
        for theme in [Theme::ansi(), Theme::no_color()] {
            for slot in Theme::SLOTS {
                let style = theme.slot(slot).unwrap_or_default();
                assert_eq!(parse_style(&style_to_string(style)), Ok(style), "{slot}");
            }
        }
    }

    /// The RGB of a 256-colour palette entry as xterm draws it (16..=255), and black/white.
    fn rgb(color: Color) -> (f64, f64, f64) {
        const LEVELS: [f64; 6] = [0.0, 95.0, 135.0, 175.0, 215.0, 255.0];
        match color {
            Color::Black => (0.0, 0.0, 0.0),
            Color::White => (255.0, 255.0, 255.0),
            Color::Indexed(i @ 16..=231) => {
                let i = usize::from(i - 16);
                (LEVELS[i / 36], LEVELS[(i / 6) % 6], LEVELS[i % 6])
            }
            Color::Indexed(i @ 232..=255) => {
                let v = 8.0 + 10.0 * f64::from(i - 232);
                (v, v, v)
            }
            other => panic!("no RGB for {other:?}"),
        }
    }

    /// WCAG relative luminance and contrast ratio.
    fn contrast(a: Color, b: Color) -> f64 {
        let luminance = |c: Color| {
            let (r, g, b) = rgb(c);
            let lin = |v: f64| {
                let v = v / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
        };
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn the_light_theme_is_readable_on_white() {
        let theme = Theme::light();
        for slot in Theme::SLOTS {
            let style = theme.slot(slot).unwrap_or_default();
            let Some(fg) = style.fg else { continue };
            let bg = style.bg.unwrap_or(Color::White);
            // Borders and the gutter are not text: 3:1 is the bar for them.
            let floor = if matches!(slot, "border" | "gutter") {
                3.0
            } else {
                4.5
            };
            let ratio = contrast(fg, bg);
            assert!(ratio >= floor, "{slot}: {ratio:.2}");
        }
        assert_eq!(Theme::named("light", Theme::ansi()), Some(Theme::light()));
        assert_eq!(
            Theme::named("light", Theme::no_color()),
            Some(Theme::no_color())
        );
        assert_eq!(Theme::named("sepia", Theme::ansi()), None);
    }

    #[test]
    fn bad_style_words_are_named() {
        let error = parse_style("black on purple").unwrap_err();
        assert!(error.contains("\"purple\""), "{error}");
        assert!(parse_style("yellow on").is_err());
        assert_eq!(
            parse_style("#ff8000 bold"),
            Ok(Style::new()
                .fg(Color::Rgb(255, 128, 0))
                .add_modifier(Modifier::BOLD))
        );
    }

    #[test]
    fn no_color_kinds_differ_from_each_other_plain_text_and_the_selection() {
        let theme = Theme::no_color();
        let kinds: Vec<Style> = Kind::ALL
            .into_iter()
            .filter(|&kind| kind != Kind::Other)
            .map(|kind| theme.kind(kind))
            .collect();
        for (i, a) in kinds.iter().enumerate() {
            assert!(!a.add_modifier.is_empty(), "{:?}", Kind::ALL[i]);
            assert!(!a.add_modifier.contains(Modifier::REVERSED));
            for b in &kinds[i + 1..] {
                assert_ne!(a, b);
            }
            // Outside quotations no kind looks like a quotation or a highlight.
            for highlight in [theme.quote, theme.selected, theme.current, theme.search_hit] {
                assert_ne!(*a, highlight);
            }
        }
    }

    #[test]
    fn no_color_theme_has_no_colour_and_distinct_highlights() {
        let theme = Theme::no_color();
        for slot in Theme::SLOTS {
            let style = theme.slot(slot).unwrap_or_default();
            assert_eq!((style.fg, style.bg), (None, None), "{slot}");
        }
        let highlights = [
            theme.selected,
            theme.current,
            theme.lit_quote,
            theme.lit_source,
        ];
        for (i, a) in highlights.iter().enumerate() {
            assert!(!a.add_modifier.is_empty());
            for b in &highlights[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
