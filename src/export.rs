//! `briefing export`: the JSON contract of `docs/EXPORT.md`.
//!
//! The output is streamed one briefing at a time, in input order, so a large corpus never
//! sits in memory as one JSON value. Ids are positional (`e0`, `q0`), so the same input gives
//! byte-identical output.
//!
//! Each JSON object is a view struct that borrows from the [`Briefing`] and derives
//! `Serialize`; its fields are written in the order they are declared. A new field of the
//! contract is a new field of its view struct.

use std::io::{self, IoSlice, Write};

use serde::Serialize;

use crate::corpus_index::BriefingKeys;
use crate::model::{Briefing, Entity, Kind, Meta, Quote, Source, Span};

#[derive(Serialize)]
struct ExportBriefing<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    /// What the source says beside the text; left out for plain text, whose export stays as
    /// it was before formats had metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a Meta>,
    text: &'a str,
    entities: Entities<'a>,
    quotes: Quotes<'a>,
    /// Scare quotes and titles in quotation marks: quoted words nobody is said to have said.
    scare_quotes: ScareQuotes<'a>,
}

/// The lists of a briefing are written straight from its annotations: no list of view
/// structs is built per briefing, per quotation or per entity.
struct Entities<'a> {
    text: &'a str,
    entities: &'a [Entity],
}

impl Serialize for Entities<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.text;
        serializer.collect_seq(self.entities.iter().enumerate().map(|(index, entity)| {
            ExportEntity {
                id: entity_id(index),
                name: &entity.name,
                kind: entity.kind,
                aliases: &entity.aliases,
                roles: &entity.roles,
                mentions: Mentions {
                    text,
                    spans: &entity.mentions,
                },
            }
        }))
    }
}

/// The quotations: the extractor decided which quoted words are speech; the TUI's list
/// reads the same.
struct Quotes<'a> {
    text: &'a str,
    quotes: &'a [Quote],
}

impl Serialize for Quotes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = self.text;
        let spoken = self.quotes.iter().filter(|quote| quote.is_quotation());
        serializer.collect_seq(spoken.enumerate().map(|(index, quote)| ExportQuote {
            id: Id(b'q', index),
            start: quote.span().start,
            end: quote.span().end,
            text: quote.inner().slice(text),
            source: quote.source().as_ref().map(|s| export_source(text, s)),
            cue: quote.cue().map(|c| span_text(text, c)),
            via: Via {
                text,
                sources: quote.via(),
            },
            short: quote.short(),
        }))
    }
}

/// The quoted words that are no quotation.
struct ScareQuotes<'a> {
    text: &'a str,
    quotes: &'a [Quote],
}

impl Serialize for ScareQuotes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The span holds the marks, the text only what lies inside them, as for `quotes`.
        let scare = self.quotes.iter().filter(|quote| !quote.is_quotation());
        serializer.collect_seq(scare.map(|quote| SpanText {
            start: quote.span().start,
            end: quote.span().end,
            text: quote.inner().slice(self.text),
        }))
    }
}

struct Via<'a> {
    text: &'a str,
    sources: &'a [Source],
}

impl Serialize for Via<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.sources.iter().map(|s| export_source(self.text, s)))
    }
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
    via: Via<'a>,
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

/// A positional id, `e0`, `q0` or `c0` (an ASCII letter and an index), written as a JSON
/// string from a buffer on the stack: neither a `String` nor the formatting machinery, which
/// cost more than the rest of a mention's encoding.
#[derive(Clone, Copy)]
pub(crate) struct Id(pub(crate) u8, pub(crate) usize);

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The letter and up to 20 digits (`usize::MAX` has 20), written from the end.
        let mut buffer = [0u8; 21];
        let mut at = buffer.len();
        let mut rest = self.1;
        loop {
            at -= 1;
            buffer[at] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        at -= 1;
        buffer[at] = self.0;
        // ASCII throughout, so never the empty fallback.
        serializer.serialize_str(std::str::from_utf8(&buffer[at..]).unwrap_or_default())
    }
}

fn export_briefing(briefing: &Briefing) -> ExportBriefing<'_> {
    let text = briefing.text.as_str();
    ExportBriefing {
        id: &briefing.id,
        path: &briefing.path,
        title: &briefing.title,
        meta: briefing.meta.as_deref(),
        text,
        entities: Entities {
            text,
            entities: briefing.entities(),
        },
        quotes: Quotes {
            text,
            quotes: briefing.quotes(),
        },
        scare_quotes: ScareQuotes {
            text,
            quotes: briefing.quotes(),
        },
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
        serde_json::to_writer(&mut out, &value).map_err(io::Error::other)?;
        Ok(out)
    }
}

/// Writes one briefing as [`encode`] encodes it, straight to `out`: its JSON can be many
/// times its text (a text of short quotations or names), and is never held whole.
pub fn write_encoded<W: Write>(out: &mut W, briefing: &Briefing, pretty: bool) -> io::Result<()> {
    let value = export_briefing(briefing);
    if pretty {
        // As `encode`: each line nested one level deeper.
        let mut indented = Indented {
            out,
            at_line_start: true,
        };
        serde_json::to_writer_pretty(&mut indented, &value).map_err(io::Error::other)
    } else {
        serde_json::to_writer(out, &value).map_err(io::Error::other)
    }
}

/// A writer putting `"\n    "` before each line of what goes through it.
struct Indented<'w, W: Write> {
    out: &'w mut W,
    /// Nothing of the current line written yet.
    at_line_start: bool,
}

impl<W: Write> Write for Indented<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        for (index, line) in buf.split(|&b| b == b'\n').enumerate() {
            if index > 0 {
                self.at_line_start = true;
            }
            if line.is_empty() {
                continue;
            }
            if self.at_line_start {
                self.out.write_all(b"\n    ")?;
                self.at_line_start = false;
            }
            self.out.write_all(line)?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes the export document piece by piece: the opening, each briefing as it is handed over,
/// then the closing. `--pretty` indents with two spaces, as `serde_json` does.
pub struct ExportWriter<W: Write> {
    out: W,
    pretty: bool,
    /// JSON Lines (`--jsonl`): each briefing one line, the corpus a last line of its own.
    lines: bool,
    written: usize,
    /// The names of every briefing written, linked into `corpus` at the end.
    corpus: crate::corpus_index::ExportCollector,
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
            lines: false,
            written: 0,
            corpus: Default::default(),
        })
    }

    /// The JSON Lines export: each briefing as [`encode`] makes it without `pretty`, one to a
    /// line, and `{"corpus":…}` as the last line. Nothing is written before the first
    /// briefing, so the lines concatenated hold what the JSON document's `briefings` does.
    pub fn begin_lines(out: W) -> io::Result<Self> {
        Ok(ExportWriter {
            out,
            pretty: false,
            lines: true,
            written: 0,
            corpus: Default::default(),
        })
    }

    /// Pushes out what the writer holds (JSON Lines are written line by line as they come).
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Encodes `briefing` straight into the output (see [`write_encoded`]).
    pub fn briefing(&mut self, briefing: &Briefing) -> io::Result<()> {
        self.link(briefing.id.clone(), &BriefingKeys::of(briefing.entities()));
        if self.written > 0 && !self.lines {
            self.out.write_all(b",")?;
        }
        write_encoded(&mut self.out, briefing, self.pretty)?;
        self.written += 1;
        if self.lines {
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Records what a briefing written through [`ExportWriter::encoded`] or
    /// [`ExportWriter::encoded_all`] contributes to `corpus`: call it once per briefing, in
    /// the order they are written.
    pub fn link(&mut self, id: String, keys: &BriefingKeys) {
        self.corpus.add(id, keys);
    }

    /// Writes a briefing already encoded by [`encode`] with the same `pretty`: lets a caller
    /// encode briefings in parallel and still write them in order.
    pub fn encoded(&mut self, body: &[u8]) -> io::Result<()> {
        if self.lines {
            self.out.write_all(body)?;
            self.written += 1;
            return self.out.write_all(b"\n");
        }
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
            if self.written > 0 && !self.lines {
                slices.push(IoSlice::new(b","));
            }
            slices.push(IoSlice::new(body));
            if self.lines {
                slices.push(IoSlice::new(b"\n"));
            }
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

    pub fn finish(self) -> io::Result<W> {
        let ExportWriter {
            mut out,
            pretty,
            lines,
            written,
            corpus,
        } = self;
        if lines {
            out.write_all(b"{")?;
            corpus.write(&mut out, false)?;
            out.write_all(b"}\n")?;
        } else if pretty {
            if written > 0 {
                out.write_all(b"\n  ")?;
            }
            out.write_all(b"],\n  ")?;
            corpus.write(&mut out, true)?;
            out.write_all(b"\n}\n")?;
        } else {
            out.write_all(b"],")?;
            corpus.write(&mut out, false)?;
            out.write_all(b"}\n")?;
        }
        out.flush()?;
        Ok(out)
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
                    meta: None,
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
            let twice: Vec<Briefing> = briefings.iter().chain(&briefings).cloned().collect();
            for briefing in &twice {
                writer.link(briefing.id.clone(), &BriefingKeys::of(briefing.entities()));
            }
            let chunked = writer.finish().unwrap().written;
            assert_eq!(
                String::from_utf8(chunked).unwrap(),
                to_string(&twice, pretty)
            );
        }
    }

    /// Every control character, quotation marks, backslashes and non-ASCII text in the id, the
    /// path and the text come back unchanged through a JSON parser.
    #[test]
    fn awkward_strings_survive_the_export() {
        let every_control: String = (0u8..0x20).map(char::from).collect();
        let text = format!(
            "Ann Lee said: \"Back\\slash {every_control}\u{7f} é “curly” \u{2028}.\"\nBob Day."
        );
        let id = "quote\"d\\id\u{1}";
        let path = "path/é\t.txt";
        let briefing = Briefing::from_document(Document {
            id: id.to_string(),
            path: path.to_string(),
            text: text.clone(),
            meta: None,
        });
        for pretty in [false, true] {
            let body = encode(&briefing, pretty).unwrap();
            let value: serde_json::Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(value["id"], id);
            assert_eq!(value["path"], path);
            assert_eq!(value["text"], text.as_str());
        }
    }
}
