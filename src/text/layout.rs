//! Wrapping a text into display rows that remember which bytes they cover.
//!
//! Ratatui's `Paragraph` cannot say which row a byte offset lands on, drops tabs and `\r`, and
//! re-wraps everything above the scroll offset on every frame. Here a text is wrapped once per
//! width into [`Row`]s (byte ranges into the text); the article view draws only the rows it
//! shows, and the reading position is kept as a byte offset so a resize keeps the reader's place.
//!
//! Wrapping and drawing read the same [`glyphs`], so they always agree on widths: a grapheme's
//! width comes from `unicode-width` (CJK and most emoji are two columns, combining marks ride on
//! their base), a tab runs to the next multiple of [`TAB_WIDTH`] counted from the row's start,
//! `\r` takes no room and is not drawn, and other control characters show as `�`.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Columns between tab stops.
pub const TAB_WIDTH: usize = 4;

/// What a control character is drawn as, so it can never move the terminal's cursor.
const REPLACEMENT: &str = "\u{FFFD}";

/// One display row: the half-open byte range of the text it shows, never including a `\n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// One grapheme as drawn: where it sits in the text, and what fills its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyph<'t> {
    pub start: usize,
    pub end: usize,
    /// Columns it takes at its position in the row.
    pub width: usize,
    /// What to draw; a tab is drawn as spaces, `\r` as nothing.
    pub symbol: &'t str,
}

const SPACES: &str = "                                ";

/// The grapheme clusters of `piece` with their offsets, as `grapheme_indices` gives them.
///
/// Segmenting is most of the cost of wrapping a long text, and most news text is ASCII: a
/// printable ASCII character followed by another ASCII character is a cluster of its own
/// (no rule joins two such characters), so those are taken a byte at a time; anything else
/// is handed to `unicode-segmentation`, starting at a boundary already found.
fn graphemes(piece: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = piece.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = piece.get(at..)?;
        let first = *bytes.get(at)?;
        let len = if is_printable_ascii(first) && bytes.get(at + 1).is_none_or(|b| b.is_ascii()) {
            1
        } else {
            rest.graphemes(true).next().map_or(rest.len(), str::len)
        };
        let start = at;
        at += len;
        Some((start, &rest[..len]))
    })
}

fn is_printable_ascii(byte: u8) -> bool {
    (0x20..0x7f).contains(&byte)
}

/// The glyphs of `text[start..end]`, a piece of one line, with columns counted from `start`.
pub fn glyphs(text: &str, start: usize, end: usize) -> impl Iterator<Item = Glyph<'_>> {
    let piece = text.get(start..end).unwrap_or("");
    let mut column = 0usize;
    graphemes(piece).map(move |(offset, grapheme)| {
        let (width, symbol) = measure(grapheme, column);
        column += width;
        Glyph {
            start: start + offset,
            end: start + offset + grapheme.len(),
            width,
            symbol,
        }
    })
}

fn measure(grapheme: &str, column: usize) -> (usize, &str) {
    if grapheme.len() == 1 && is_printable_ascii(grapheme.as_bytes()[0]) {
        return (1, grapheme);
    }
    match grapheme {
        "\t" => {
            let width = TAB_WIDTH - column % TAB_WIDTH;
            (width, &SPACES[..width])
        }
        "\r" | "\r\n" | "\n" => (0, ""),
        _ if grapheme.chars().next().is_some_and(char::is_control) => (1, REPLACEMENT),
        _ => (grapheme.width(), grapheme),
    }
}

/// A text wrapped at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    width: usize,
    rows: Vec<Row>,
}

impl Layout {
    /// Wraps `text` into rows of at most `width` columns (at least 1), breaking after
    /// whitespace where it can and inside a word only when the word is wider than a row.
    pub fn wrap(text: &str, width: usize) -> Self {
        let width = width.max(1);
        // Most rows are nearly full: this is about the number needed, grown once at most.
        let mut rows = Vec::with_capacity(text.len() / width + 16);
        let mut line_start = 0;
        for line in text.split('\n') {
            wrap_line(text, line_start, line_start + line.len(), width, &mut rows);
            line_start += line.len() + 1;
        }
        Layout { width, rows }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row that shows byte `offset` (the last row when it is past the end).
    pub fn row_of(&self, offset: usize) -> usize {
        self.rows
            .partition_point(|row| row.start <= offset)
            .saturating_sub(1)
    }

    /// The first byte of row `index`, clamped to the last row.
    pub fn offset_of(&self, index: usize) -> usize {
        self.rows
            .get(index.min(self.rows.len().saturating_sub(1)))
            .map_or(0, |row| row.start)
    }
}

fn wrap_line(text: &str, start: usize, end: usize, width: usize, rows: &mut Vec<Row>) {
    let bytes = text.as_bytes();
    let mut row_start = start;
    let mut column = 0;
    // The byte just after the last whitespace in the current row: the preferred break, and
    // the column it is at. No whitespace (so no tab) follows it in the row, so the glyphs after
    // it keep their widths when it starts a row: their columns just move left by this much.
    let mut last_break: Option<(usize, usize)> = None;
    let mut at = start;
    while at < end {
        // The cases of `graphemes` and `measure`, inline: a printable ASCII byte followed by
        // ASCII (or the line's end) is a one-column cluster of its own.
        let byte = bytes.get(at).copied().unwrap_or(0);
        let (len, is_space, mut glyph_width) = if is_printable_ascii(byte)
            && (at + 1 == end || bytes.get(at + 1).is_some_and(u8::is_ascii))
        {
            (1, byte == b' ', 1)
        } else {
            let rest = text.get(at..end).unwrap_or("");
            let grapheme = rest.graphemes(true).next().unwrap_or(rest);
            let is_space = grapheme.chars().all(char::is_whitespace);
            (grapheme.len().max(1), is_space, measure(grapheme, column).0)
        };
        if column + glyph_width > width && column > 0 {
            if is_space {
                // Whitespace that does not fit ends the row and is swallowed by the break.
                rows.push(Row {
                    start: row_start,
                    end: at + len,
                });
                row_start = at + len;
                column = 0;
                last_break = None;
                at += len;
                continue;
            }
            let (break_at, break_column) = last_break
                .filter(|&(b, _)| b > row_start)
                .unwrap_or((at, column));
            rows.push(Row {
                start: row_start,
                end: break_at,
            });
            row_start = break_at;
            column -= break_column;
            last_break = None;
            if len > 1 || !is_printable_ascii(byte) {
                let grapheme = text.get(at..at + len).unwrap_or("");
                glyph_width = measure(grapheme, column).0;
            }
            if column + glyph_width > width && column > 0 {
                rows.push(Row {
                    start: row_start,
                    end: at,
                });
                row_start = at;
                column = 0;
                if len > 1 || !is_printable_ascii(byte) {
                    let grapheme = text.get(at..at + len).unwrap_or("");
                    glyph_width = measure(grapheme, 0).0;
                }
            }
        }
        column += glyph_width;
        at += len;
        if is_space {
            last_break = Some((at, column));
        }
    }
    rows.push(Row {
        start: row_start,
        end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, width: usize) -> Vec<String> {
        Layout::wrap(text, width)
            .rows()
            .iter()
            .map(|row| glyphs(text, row.start, row.end).map(|g| g.symbol).collect())
            .collect()
    }

    fn widths(text: &str, width: usize) -> Vec<usize> {
        Layout::wrap(text, width)
            .rows()
            .iter()
            .map(|row| glyphs(text, row.start, row.end).map(|g| g.width).sum())
            .collect()
    }

    #[test]
    fn breaks_after_spaces() {
        assert_eq!(
            shown("the quick brown fox", 10),
            ["the quick ", "brown fox"]
        );
    }

    #[test]
    fn a_word_wider_than_the_row_is_cut() {
        assert_eq!(shown("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn newlines_start_rows_and_empty_lines_keep_a_row() {
        assert_eq!(shown("one\n\ntwo", 10), ["one", "", "two"]);
    }

    #[test]
    fn carriage_returns_take_no_room() {
        assert_eq!(shown("ab\r\ncd\r\n", 2), ["ab", "cd", ""]);
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(shown("a\tb", 20), ["a   b"]);
        assert_eq!(widths("ab\tc", 20), [5]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // Five CJK characters are ten columns: four fit in nine.
        assert_eq!(shown("北京欢迎你", 9), ["北京欢迎", "你"]);
        assert!(widths("北京欢迎你 😀😀 ok", 6).iter().all(|&w| w <= 6));
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        let text = "cafe\u{301} cafe\u{301}";
        assert_eq!(shown(text, 5), ["cafe\u{301} ", "cafe\u{301}"]);
        assert_eq!(widths(text, 5), [5, 4]);
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(shown("a\u{7}b", 10), ["a\u{FFFD}b"]);
    }

    #[test]
    fn rows_cover_the_text_in_order() {
        let text = "Syrian President Ahmed al-Shara’a arrived in Russia.\nHe met Putin.";
        let layout = Layout::wrap(text, 12);
        let mut expected_start = 0;
        for row in layout.rows() {
            assert!(row.start >= expected_start);
            assert!(text.is_char_boundary(row.start) && text.is_char_boundary(row.end));
            expected_start = row.end;
        }
        assert_eq!(layout.rows().last().map(|r| r.end), Some(text.len()));
    }

    #[test]
    fn row_of_finds_the_row_showing_an_offset() {
        let text = "aaaa bbbb cccc";
        let layout = Layout::wrap(text, 5);
        assert_eq!(layout.row_of(0), 0);
        assert_eq!(layout.row_of(6), 1);
        assert_eq!(layout.row_of(12), 2);
        assert_eq!(layout.row_of(999), 2);
        assert_eq!(layout.offset_of(1), 5);
    }

    #[test]
    fn the_ascii_shortcut_segments_as_unicode_segmentation_does() {
        for text in [
            "plain ascii, words.",
            "cafe\u{301} and e\u{301}",
            "a\u{200d}b 👩\u{200d}💻 x",
            "ab\r\ncd\r",
            "\u{1F1EB}\u{1F1F7}\u{1F1EB}a",
            "a\u{308}\u{308}b",
            "한국어 text",
        ] {
            let ours: Vec<(usize, &str)> = graphemes(text).collect();
            let theirs: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn width_zero_and_empty_text_do_not_panic() {
        assert_eq!(Layout::wrap("", 0).len(), 1);
        assert_eq!(shown("ab", 0), ["a", "b"]);
    }

    /// The wrapping before it was made fast, grapheme by grapheme, kept to check against.
    fn reference_wrap_line(
        text: &str,
        start: usize,
        end: usize,
        width: usize,
        rows: &mut Vec<Row>,
    ) {
        let mut row_start = start;
        let mut column = 0;
        // The byte just after the last whitespace in the current row: the preferred break.
        let mut last_break: Option<usize> = None;
        let piece = text.get(start..end).unwrap_or("");
        for (offset, grapheme) in graphemes(piece) {
            let at = start + offset;
            let is_space = if grapheme.len() == 1 {
                char::from(grapheme.as_bytes()[0]).is_whitespace()
            } else {
                grapheme.chars().all(char::is_whitespace)
            };
            let mut glyph_width = measure(grapheme, column).0;
            if column + glyph_width > width && column > 0 {
                if is_space {
                    // Whitespace that does not fit ends the row and is swallowed by the break.
                    rows.push(Row {
                        start: row_start,
                        end: at + grapheme.len(),
                    });
                    row_start = at + grapheme.len();
                    column = 0;
                    last_break = None;
                    continue;
                }
                let break_at = last_break.filter(|&b| b > row_start).unwrap_or(at);
                rows.push(Row {
                    start: row_start,
                    end: break_at,
                });
                row_start = break_at;
                column = glyphs(text, row_start, at).map(|g| g.width).sum();
                last_break = None;
                glyph_width = measure(grapheme, column).0;
                if column + glyph_width > width && column > 0 {
                    rows.push(Row {
                        start: row_start,
                        end: at,
                    });
                    row_start = at;
                    column = 0;
                    glyph_width = measure(grapheme, 0).0;
                }
            }
            column += glyph_width;
            if is_space {
                last_break = Some(at + grapheme.len());
            }
        }
        rows.push(Row {
            start: row_start,
            end,
        });
    }

    #[test]
    fn wraps_as_the_grapheme_by_grapheme_reference_does() {
        let texts = [
            "the quick brown fox jumps over the lazy dog",
            "cafe\u{301} cafe\u{301}  a\tb\t\tc   d\u{7}e\r\nf",
            "北京欢迎你 😀😀 ok 👩\u{200d}💻 x \u{1F1EB}\u{1F1F7}\u{1F1EB}a",
            "Syrian President Ahmed al-Shara’a arrived in Russia. “He met Putin,” they said —",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  bbbbbbbbbbbbbbbbbbbbb\t\t\tccccccccc e\u{308}\u{308}",
            "  \t  x  \r\r  y\u{a0}z\u{3000}w 한국어 text ",
        ];
        for text in texts {
            for width in 0..24 {
                let mut expected = Vec::new();
                let mut line_start = 0;
                for line in text.split('\n') {
                    let line_end = line_start + line.len();
                    reference_wrap_line(text, line_start, line_end, width.max(1), &mut expected);
                    line_start = line_end + 1;
                }
                assert_eq!(
                    Layout::wrap(text, width).rows(),
                    expected,
                    "{text:?} at {width}"
                );
            }
        }
    }
}
