//! `briefing export`: the JSON contract of `../shared/spec/export.md`.
//!
//! The output is streamed one briefing at a time, in input order, so a large corpus never
//! sits in memory as one JSON value. Ids are positional (`e0`, `q0`), so the same input gives
//! byte-identical output.

use std::io::{self, IoSlice, Write};

use serde::Serialize;

use crate::model::{Briefing, Kind, Source, Span};

#[derive(Serialize)]
struct ExportBriefing<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    text: &'a str,
    entities: Vec<ExportEntity<'a>>,
    quotes: Vec<ExportQuote<'a>>,
    /// Scare quotes and titles in quotation marks: quoted words nobody is said to have said.
    scare_quotes: Vec<SpanText<'a>>,
}

#[derive(Serialize)]
struct ExportEntity<'a> {
    id: Id,
    name: &'a str,
    kind: Kind,
    aliases: &'a [String],
    roles: &'a [String],
    mentions: Mentions<'a>,
}

/// An entity's mentions, written as `SpanText`s straight from the spans (no list of them is
/// built per entity).
struct Mentions<'a> {
    text: &'a str,
    spans: &'a [Span],
}

impl Serialize for Mentions<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.spans.iter().map(|&m| span_text(self.text, m)))
    }
}

#[derive(Serialize)]
struct SpanText<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct ExportSource<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    entity: Option<Id>,
}

#[derive(Serialize)]
struct ExportQuote<'a> {
    id: Id,
    start: usize,
    end: usize,
    text: &'a str,
    source: Option<ExportSource<'a>>,
    cue: Option<SpanText<'a>>,
    via: Vec<ExportSource<'a>>,
    short: bool,
}

fn span_text(text: &str, span: Span) -> SpanText<'_> {
    SpanText {
        start: span.start,
        end: span.end,
        text: span.slice(text),
    }
}

fn export_source<'a>(text: &'a str, source: &Source) -> ExportSource<'a> {
    ExportSource {
        text: source.span.slice(text),
        start: source.span.start,
        end: source.span.end,
        entity: source.entity.map(entity_id),
    }
}

fn entity_id(index: usize) -> Id {
    Id(b'e', index)
}

/// A positional id, `e0` or `q0` (an ASCII letter and an index), written as a JSON string
/// without building a `String`.
#[derive(Clone, Copy)]
struct Id(u8, usize);

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{}{}", char::from(self.0), self.1))
    }
}

fn export_briefing(briefing: &Briefing) -> ExportBriefing<'_> {
    let text = briefing.text.as_str();
    let entities = briefing
        .entities()
        .iter()
        .enumerate()
        .map(|(index, entity)| ExportEntity {
            id: entity_id(index),
            name: &entity.name,
            kind: entity.kind,
            aliases: &entity.aliases,
            roles: &entity.roles,
            mentions: Mentions {
                text,
                spans: &entity.mentions,
            },
        })
        .collect();
    // The extractor decided which quoted words are speech; the TUI's list reads the same.
    let (spoken, scare): (Vec<&crate::model::Quote>, Vec<&crate::model::Quote>) = briefing
        .quotes()
        .iter()
        .partition(|quote| quote.is_quotation());
    let quotes = spoken
        .into_iter()
        .enumerate()
        .map(|(index, quote)| ExportQuote {
            id: Id(b'q', index),
            start: quote.span.start,
            end: quote.span.end,
            text: quote.inner.slice(text),
            source: quote.source.as_ref().map(|s| export_source(text, s)),
            cue: quote.cue.map(|c| span_text(text, c)),
            via: quote.via.iter().map(|s| export_source(text, s)).collect(),
            short: quote.short,
        })
        .collect();
    let scare_quotes = scare
        .into_iter()
        .map(|quote| span_text(text, quote.span))
        .collect();
    ExportBriefing {
        scare_quotes,
        id: &briefing.id,
        path: &briefing.path,
        title: &briefing.title,
        text,
        entities,
        quotes,
    }
}

/// One briefing as it stands in the export's list (without the separating comma).
/// `--pretty` indents it to its depth in the document.
pub fn encode(briefing: &Briefing, pretty: bool) -> io::Result<Vec<u8>> {
    let value = export_briefing(briefing);
    if pretty {
        let body = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
        // JSON strings escape their newlines, so every line break here is structural and
        // indenting each line nests the briefing one level deeper.
        let mut out = Vec::with_capacity(body.len() + body.len() / 8);
        for line in body.lines() {
            out.extend_from_slice(b"\n    ");
            out.extend_from_slice(line.as_bytes());
        }
        Ok(out)
    } else {
        // The JSON is about three times the text: the text itself, then the names, quotations
        // and their spans again.
        let mut out = Vec::with_capacity(briefing.text.len() * 4 + 1024);
        compact::briefing(&mut out, &value);
        Ok(out)
    }
}

/// The compact export written directly, byte for byte what `serde_json::to_writer` makes of
/// the same value (a test holds the two together). Serde's generic path was most of the
/// export's cost: a map entry at a time, every string escaped a byte at a time.
mod compact {
    use super::{ExportBriefing, ExportEntity, ExportQuote, ExportSource, Id, SpanText};
    use crate::model::Kind;

    /// Writes `text` as a JSON string, escaped as serde_json escapes: `"`, `\\` and the
    /// control characters, nothing else.
    pub(super) fn string(out: &mut Vec<u8>, text: &str) {
        out.push(b'"');
        let mut rest = text.as_bytes();
        while let Some(at) = first_to_escape(rest) {
            out.extend_from_slice(&rest[..at]);
            escape(out, rest[at]);
            rest = &rest[at + 1..];
        }
        out.extend_from_slice(rest);
        out.push(b'"');
    }

    /// Where the first byte of `bytes` that needs escaping stands, if one does.
    fn first_to_escape(bytes: &[u8]) -> Option<usize> {
        let mut at = 0;
        // Nearly all of a text needs no escape: it is passed over a block at a time.
        while let Some(block) = bytes[at..].first_chunk::<32>()
            && !block.iter().fold(false, |any, &b| any | needs_escape(b))
        {
            at += 32;
        }
        // Then eight bytes at a time: a name or a mention is a chunk or two, and the first to
        // escape in a chunk is found at once.
        while let Some(chunk) = bytes[at..].first_chunk::<8>() {
            let marks = escape_marks(u64::from_le_bytes(*chunk));
            if marks != 0 {
                return Some(at + first_marked(marks));
            }
            at += 8;
        }
        if at == bytes.len() {
            return None;
        }
        // The last few bytes are read in one word that overlaps bytes already passed over (so
        // reads no further than the string does). Those need no escape and so mark nothing:
        // the lowest mark is in the last few.
        if let Some(last) = bytes.last_chunk::<8>() {
            let marks = escape_marks(u64::from_le_bytes(*last));
            return (marks != 0).then(|| bytes.len() - 8 + first_marked(marks));
        }
        // A string shorter than a word: its first four bytes and its last four (overlapping)
        // side by side in one word, or, below four, a byte at a time.
        if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            let word =
                u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
            let marks = escape_marks(word);
            return (marks != 0).then(|| match first_marked(marks) {
                index @ 0..4 => index,
                // The word's upper half is the last four bytes: `index - 4` into them.
                index => bytes.len() + index - 8,
            });
        }
        bytes.iter().position(|&b| needs_escape(b))
    }

    /// The index of the lowest byte [`escape_marks`] marks: the first to escape.
    fn first_marked(marks: u64) -> usize {
        (marks.trailing_zeros() / 8) as usize
    }

    /// Writes the escape of `byte`, one [`needs_escape`] says needs one.
    fn escape(out: &mut Vec<u8>, byte: u8) {
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 0xf)]);
            }
        }
    }

    /// Whether `byte` is escaped: a control character, `"` or `\\`. Asked of a whole block
    /// without stopping at the first (`|`, not `||`), which the compiler does many bytes at a
    /// time.
    fn needs_escape(byte: u8) -> bool {
        (byte < 0x20) | (byte == b'"') | (byte == b'\\')
    }

    /// Marks, by its top bit, each byte of `word` (eight bytes, little-endian) that needs
    /// escaping: a control character, `"` or `\\` (bitwise: a byte below 0x20 borrows in the
    /// subtraction; a byte equal to the mark is zero after the XOR and borrows too). A borrow
    /// may mark the byte above a marked one as well, so only the lowest mark is sure: it is the
    /// first byte to escape.
    fn escape_marks(word: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
        below(word, 0x20)
            | below(word ^ (ONES * u64::from(b'"')), 1)
            | below(word ^ (ONES * u64::from(b'\\')), 1)
    }

    pub(super) fn number(out: &mut Vec<u8>, value: usize) {
        // A position in a text under 100 MB has eight digits at most: they are gathered in one
        // word, the first digit in its lowest byte, written whole, and the output cut back to
        // the digits, where copying exactly the digits would call `memcpy` for a few bytes.
        const WORD_DIGITS: usize = 8;
        if value >= 10usize.pow(WORD_DIGITS as u32) {
            return long_number(out, value);
        }
        let mut word = 0u64;
        let mut digits = 0;
        let mut rest = value;
        loop {
            // A digit: always below 10.
            word = word << 8 | u64::from(b'0' + (rest % 10) as u8);
            digits += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        let written = out.len() + digits;
        out.extend_from_slice(&word.to_le_bytes());
        out.truncate(written);
    }

    #[cold]
    fn long_number(out: &mut Vec<u8>, value: usize) {
        out.extend_from_slice(value.to_string().as_bytes());
    }

    fn id(out: &mut Vec<u8>, id: Id) {
        out.extend_from_slice(&[b'"', id.0]);
        number(out, id.1);
        out.push(b'"');
    }

    fn kind(out: &mut Vec<u8>, kind: Kind) {
        // A literal of its own length in each arm: each is copied inline, where one copy of
        // whichever length would call `memcpy` for a few bytes.
        match kind {
            Kind::Person => out.extend_from_slice(b"\"person\""),
            Kind::Organization => out.extend_from_slice(b"\"organization\""),
            Kind::Place => out.extend_from_slice(b"\"place\""),
            Kind::Group => out.extend_from_slice(b"\"group\""),
            Kind::Date => out.extend_from_slice(b"\"date\""),
            Kind::Event => out.extend_from_slice(b"\"event\""),
            Kind::Other => out.extend_from_slice(b"\"other\""),
        }
    }

    /// `[a,b,…]`, each item written by `item`.
    fn list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
        out.push(b'[');
        for (index, value) in items.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            item(out, value);
        }
        out.push(b']');
    }

    fn strings(out: &mut Vec<u8>, items: &[String]) {
        list(out, items, |out, s| string(out, s));
    }

    fn span_text(out: &mut Vec<u8>, span: &SpanText<'_>) {
        out.extend_from_slice(b"{\"start\":");
        number(out, span.start);
        out.extend_from_slice(b",\"end\":");
        number(out, span.end);
        out.extend_from_slice(b",\"text\":");
        string(out, span.text);
        out.push(b'}');
    }

    fn source(out: &mut Vec<u8>, source: &ExportSource<'_>) {
        out.extend_from_slice(b"{\"text\":");
        string(out, source.text);
        out.extend_from_slice(b",\"start\":");
        number(out, source.start);
        out.extend_from_slice(b",\"end\":");
        number(out, source.end);
        out.extend_from_slice(b",\"entity\":");
        match source.entity {
            Some(entity) => id(out, entity),
            None => out.extend_from_slice(b"null"),
        }
        out.push(b'}');
    }

    fn entity(out: &mut Vec<u8>, entity: &ExportEntity<'_>) {
        out.extend_from_slice(b"{\"id\":");
        id(out, entity.id);
        out.extend_from_slice(b",\"name\":");
        string(out, entity.name);
        out.extend_from_slice(b",\"kind\":");
        kind(out, entity.kind);
        out.extend_from_slice(b",\"aliases\":");
        strings(out, entity.aliases);
        out.extend_from_slice(b",\"roles\":");
        strings(out, entity.roles);
        out.extend_from_slice(b",\"mentions\":");
        let text = entity.mentions.text;
        list(out, entity.mentions.spans, |out, &m| {
            span_text(out, &super::span_text(text, m));
        });
        out.push(b'}');
    }

    fn quote(out: &mut Vec<u8>, quote: &ExportQuote<'_>) {
        out.extend_from_slice(b"{\"id\":");
        id(out, quote.id);
        out.extend_from_slice(b",\"start\":");
        number(out, quote.start);
        out.extend_from_slice(b",\"end\":");
        number(out, quote.end);
        out.extend_from_slice(b",\"text\":");
        string(out, quote.text);
        out.extend_from_slice(b",\"source\":");
        match &quote.source {
            Some(s) => source(out, s),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"cue\":");
        match &quote.cue {
            Some(cue) => span_text(out, cue),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"via\":");
        list(out, &quote.via, source);
        out.extend_from_slice(b",\"short\":");
        if quote.short {
            out.extend_from_slice(b"true");
        } else {
            out.extend_from_slice(b"false");
        }
        out.push(b'}');
    }

    pub(super) fn briefing(out: &mut Vec<u8>, briefing: &ExportBriefing<'_>) {
        out.extend_from_slice(b"{\"id\":");
        string(out, briefing.id);
        out.extend_from_slice(b",\"path\":");
        string(out, briefing.path);
        out.extend_from_slice(b",\"title\":");
        string(out, briefing.title);
        out.extend_from_slice(b",\"text\":");
        string(out, briefing.text);
        out.extend_from_slice(b",\"entities\":");
        list(out, &briefing.entities, entity);
        out.extend_from_slice(b",\"quotes\":");
        list(out, &briefing.quotes, quote);
        out.extend_from_slice(b",\"scare_quotes\":");
        list(out, &briefing.scare_quotes, span_text);
        out.push(b'}');
    }
}

/// Writes the export document piece by piece: the opening, each briefing as it is handed over,
/// then the closing. `--pretty` indents with two spaces, as `serde_json` does.
pub struct ExportWriter<W: Write> {
    out: W,
    pretty: bool,
    written: usize,
}

impl<W: Write> ExportWriter<W> {
    pub fn begin(mut out: W, pretty: bool) -> io::Result<Self> {
        if pretty {
            out.write_all(b"{\n  \"version\": 1,\n  \"briefings\": [")?;
        } else {
            out.write_all(b"{\"version\":1,\"briefings\":[")?;
        }
        Ok(ExportWriter {
            out,
            pretty,
            written: 0,
        })
    }

    pub fn briefing(&mut self, briefing: &Briefing) -> io::Result<()> {
        let body = encode(briefing, self.pretty)?;
        self.encoded(&body)
    }

    /// Writes a briefing already encoded by [`encode`] with the same `pretty`: lets a caller
    /// encode briefings in parallel and still write them in order.
    pub fn encoded(&mut self, body: &[u8]) -> io::Result<()> {
        if self.written > 0 {
            self.out.write_all(b",")?;
        }
        self.out.write_all(body)?;
        self.written += 1;
        Ok(())
    }

    /// Writes briefings already encoded by [`encode`] with the same `pretty`, in order, in one
    /// vectored write where the output takes it: the export's output is three times its input,
    /// and copying it into a buffer first was a visible share of the writing thread's work.
    pub fn encoded_all(&mut self, bodies: &[Vec<u8>]) -> io::Result<()> {
        let mut slices = Vec::with_capacity(bodies.len() * 2);
        for body in bodies {
            if self.written > 0 {
                slices.push(IoSlice::new(b","));
            }
            slices.push(IoSlice::new(body));
            self.written += 1;
        }
        let mut unwritten = &mut slices[..];
        while !unwritten.is_empty() {
            match self.out.write_vectored(unwritten) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(written) => IoSlice::advance_slices(&mut unwritten, written),
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        if self.pretty {
            if self.written > 0 {
                self.out.write_all(b"\n  ")?;
            }
            self.out.write_all(b"]\n}\n")?;
        } else {
            self.out.write_all(b"]}\n")?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The whole export of `briefings` as a string (tests and small corpora).
pub fn to_string(briefings: &[Briefing], pretty: bool) -> String {
    let run = || -> io::Result<Vec<u8>> {
        let mut writer = ExportWriter::begin(Vec::new(), pretty)?;
        for briefing in briefings {
            writer.briefing(briefing)?;
        }
        writer.finish()
    };
    // Writing into a Vec cannot fail and serde_json only emits UTF-8.
    run()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn serde_compact(briefing: &Briefing) -> Vec<u8> {
        serde_json::to_vec(&export_briefing(briefing)).unwrap()
    }

    /// A writer that takes at most a few bytes per call and is sometimes interrupted, as a
    /// pipe or a slow terminal can be.
    struct Trickle {
        written: Vec<u8>,
        calls: usize,
    }

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls.is_multiple_of(5) {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let taken = buf.len().min(7);
            self.written.extend_from_slice(&buf[..taken]);
            Ok(taken)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_chunk_written_at_once_reads_as_briefings_written_one_by_one() {
        let briefings: Vec<Briefing> = crate::seeds::SEEDS
            .iter()
            .map(|&(name, text)| {
                Briefing::from_document(Document {
                    id: name.to_string(),
                    path: format!("seeds/{name}"),
                    text: text.to_string(),
                })
            })
            .collect();
        for pretty in [false, true] {
            let bodies: Vec<Vec<u8>> = briefings
                .iter()
                .map(|b| encode(b, pretty).unwrap())
                .collect();
            let trickle = Trickle {
                written: Vec::new(),
                calls: 0,
            };
            let mut writer = ExportWriter::begin(trickle, pretty).unwrap();
            writer.encoded_all(&bodies[..1]).unwrap();
            writer.encoded_all(&[]).unwrap();
            writer.encoded_all(&bodies[1..]).unwrap();
            writer.encoded_all(&bodies).unwrap();
            let chunked = writer.finish().unwrap().written;
            let twice: Vec<Briefing> = briefings.iter().chain(&briefings).cloned().collect();
            assert_eq!(
                String::from_utf8(chunked).unwrap(),
                to_string(&twice, pretty)
            );
        }
    }

    #[test]
    fn compact_writer_matches_serde_json_on_the_seeds() {
        for &(name, text) in crate::seeds::SEEDS {
            let briefing = Briefing::from_document(Document {
                id: name.to_string(),
                path: format!("seeds/{name}"),
                text: text.to_string(),
            });
            assert_eq!(
                encode(&briefing, false).unwrap(),
                serde_compact(&briefing),
                "{name}"
            );
        }
    }

    proptest::proptest! {
        // ASCII up to 100 bytes: escapes anywhere in the blocks, chunks and padded tails.
        #[test]
        fn compact_strings_are_serde_json_strings(text in "\\PC*|[\\x00-\\x7f]{0,100}") {
            let mut out = Vec::new();
            compact::string(&mut out, &text);
            proptest::prop_assert_eq!(out, serde_json::to_vec(&text).unwrap());
        }
    }

    /// Every length through two blocks, with an escape at every place and a second one after
    /// it: the words read across a string's end overlap bytes already passed over.
    #[test]
    fn compact_strings_escape_at_every_place_of_every_length() {
        for length in 0..70 {
            for first in 0..length {
                for second in first..length {
                    for (a, b) in [('"', '\n'), ('\\', '"'), ('\u{1}', '\u{1f}')] {
                        let mut text: Vec<char> = (0..length)
                            .map(|k| char::from(b'a' + (k % 26) as u8))
                            .collect();
                        text[first] = a;
                        text[second] = b;
                        let text: String = text.into_iter().collect();
                        let mut out = Vec::new();
                        compact::string(&mut out, &text);
                        assert_eq!(out, serde_json::to_vec(&text).unwrap(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn compact_numbers_are_serde_json_numbers() {
        let mut values = vec![usize::MAX];
        for power in 0..20 {
            let value = 10usize.pow(power);
            values.extend([value - 1, value, value + 1]);
        }
        for value in values {
            let mut out = b"x".to_vec();
            compact::number(&mut out, value);
            assert_eq!(out[1..], serde_json::to_vec(&value).unwrap(), "{value}");
        }
    }

    #[test]
    fn compact_writer_escapes_as_serde_json_does() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        let text = format!(
            "Ann Lee said: \"Back\\slash {every_control}\u{7f} é “curly” \u{2028}.\"\nBob Day."
        );
        let briefing = Briefing::from_document(Document {
            id: "quote\"d\\id\u{1}".to_string(),
            path: "path/é\t.txt".to_string(),
            text,
        });
        assert_eq!(encode(&briefing, false).unwrap(), serde_compact(&briefing));
    }
}
