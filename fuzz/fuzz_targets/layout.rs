//! The article layout (`text::layout`) on arbitrary UTF-8 at an arbitrary width: no panic,
//! rows in order on char boundaries that cover the whole text but its newlines, no row wider
//! than the width (but for a lone visible grapheme wider than a row, or the whitespace a row breaks
//! on), and `row_of` finds the row that shows each row's first byte.
#![no_main]

use briefing::text::layout::{Layout, glyphs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&width, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let width = usize::from(width % 64);
    let layout = Layout::wrap(text, width);
    let rows = layout.rows();
    assert!(!rows.is_empty(), "no rows");
    let mut previous_end = 0;
    for (index, row) in rows.iter().enumerate() {
        assert!(
            row.start <= row.end && row.end <= text.len(),
            "row {index} {row:?} out of range"
        );
        assert!(
            text.is_char_boundary(row.start) && text.is_char_boundary(row.end),
            "row {index} {row:?} cuts a character"
        );
        let shown = &text[row.start..row.end];
        assert!(!shown.contains('\n'), "row {index} {row:?} holds a newline");
        // Between two rows there is nothing, or the one newline that ended a line.
        let gap = &text[previous_end..row.start];
        assert!(
            gap.is_empty() || (index > 0 && gap == "\n"),
            "row {index}: gap {gap:?}"
        );
        previous_end = row.end;

        let mut glyphs: Vec<_> = glyphs(text, row.start, row.end).collect();
        // The whitespace a row breaks on is swallowed by the break: not counted.
        while glyphs
            .last()
            .is_some_and(|g| text[g.start..g.end].chars().all(char::is_whitespace))
        {
            glyphs.pop();
        }
        let drawn: usize = glyphs.iter().map(|g| g.width).sum();
        // A grapheme wider than the row must still go somewhere; zero-width glyphs (`\r`)
        // beside it take no room.
        let visible = glyphs.iter().filter(|g| g.width > 0).count();
        assert!(
            drawn <= width.max(1) || visible == 1,
            "row {index} {shown:?} is {drawn} columns wide at width {width}"
        );
        assert_eq!(layout.row_of(row.start), index, "row_of({})", row.start);
    }
    assert_eq!(
        previous_end,
        text.len(),
        "the rows stop before the end of the text"
    );
});
