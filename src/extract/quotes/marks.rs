//! Quotation marks: which characters open and close a quotation, in every English house style.
//!
//! Two families of marks quote: doubles (“ ” " „ « ») and singles (‘ ’ ' ‚ ‹ ›). US copy
//! quotes with doubles and nests singles inside; British and Commonwealth copy does the
//! reverse. The document's [`Convention`] is counted once from its opening marks. Only the
//! outermost quotation is reported: a quotation inside another is part of its words.
//!
//! A single mark is also an apostrophe (don’t, the ’90s, rock ’n’ roll, Paddy's, the Joneses’
//! house). [`single_role`] tells them apart from the characters around the mark; a closing
//! mark after a letter that a space follows ("Joneses’ house") closes only when no other
//! closing mark follows before the next opening one.
//!
//! A quotation over several paragraphs reopens each paragraph with a mark and closes only in
//! the last: one quotation. Per-mark state is a few bytes, in one buffer reused for every
//! paragraph, and every mark is read a constant number of times.

use crate::model::{Quote, Span};

/// The two families of quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

/// Which family a document quotes with at the outer level: the family of most opening marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Convention {
    pub outer: Family,
}

/// What one mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A closing mark after a letter with a space after it: a closing mark or a possessive.
    MaybeClose,
    /// A straight double mark: it closes an open straight mark, else opens.
    Toggle,
    /// “: it opens, or closes „ (German style) and a quotation misused with a left mark.
    LeftDouble,
}

/// One mark of a paragraph: 8 bytes (a paragraph of marks alone holds one per byte). Its
/// length is read again from the text where needed.
#[derive(Debug, Clone, Copy)]
struct Mark {
    at: u32,
    family: Family,
    role: Role,
    /// The character, for pairing (« with »).
    shape: Shape,
    /// Whether another closing mark of its family follows before the next opening one.
    closing_follows: bool,
}

const _: () = assert!(std::mem::size_of::<Mark>() == 8);

/// Which opening mark a closing one answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Curly,
    Straight,
    Low,
    Angle,
}

/// An opening mark waiting for its closing one.
#[derive(Debug, Clone, Copy)]
struct Open {
    at: usize,
    len: u8,
    family: Family,
    shape: Shape,
    /// The last "closing mark or possessive" passed over, where the quotation closes if no
    /// closing mark comes.
    passed: Option<usize>,
}

/// Deeper quotations than this are words of the outer ones.
const MAX_DEPTH: usize = 4;

/// The family, role and shape of the mark `c` at `at`, or `None` when it is no mark here.
fn classify(text: &str, at: usize, c: char) -> Option<(Family, Role, Shape)> {
    use Family::{Double, Single};
    let found = match c {
        '“' => (Double, Role::LeftDouble, Shape::Curly),
        '”' => (Double, Role::Close, Shape::Curly),
        '"' => (Double, Role::Toggle, Shape::Straight),
        '„' => (Double, Role::Open, Shape::Low),
        '«' => (Double, Role::Open, Shape::Angle),
        '»' => (Double, Role::Close, Shape::Angle),
        '‹' => (Single, Role::Open, Shape::Angle),
        '›' => (Single, Role::Close, Shape::Angle),
        '‚' => (Single, Role::Open, Shape::Low),
        '‘' | '’' | '\'' => {
            let shape = if c == '\'' {
                Shape::Straight
            } else {
                Shape::Curly
            };
            (Single, single_role(text, at, c)?, shape)
        }
        _ => return None,
    };
    Some(found)
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|t| t.chars().next_back())
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|t| t.chars().next())
}

/// Whether a quotation may open after `c`: a space, a bracket, a dash or another mark.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | '„' | '«' | '‹' | '‚' | ':'
            )
    })
}

/// The role of a single mark ‘ ’ ' at `at`, or `None` for an apostrophe. Ordered rules:
fn single_role(text: &str, at: usize, c: char) -> Option<Role> {
    let before = char_before(text, at);
    let rest = text.get(at + c.len_utf8()..).unwrap_or("");
    let after = rest.chars().next();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // Inside a word: don’t, O'Loughlin, Ta’ Xbiex's, rock ’n’ roll's middle.
    if letter(before) && letter(after) {
        return None;
    }
    // At a word's start, a shortened word or year: the ’90s, '09, ’n’, 'em, ’til.
    if !letter(before) && is_elision(rest, c == '’') {
        return None;
    }
    // A possessive right before the closing mark: ‘… the Joneses’’.
    if letter(before) && after.is_some_and(is_single_mark) {
        return None;
    }
    // The closing mark of ’n’ ("rock ’n’ roll").
    if before == Some('n') && is_elided_and(text, at) {
        return None;
    }
    if letter(after) || after.is_some_and(|a| is_double_mark(a) || a == '…') {
        // ‘ and ' open before a word; ’ opens only after a space (a misturned mark).
        return opens_after(before).then_some(Role::Open);
    }
    if before.is_none_or(char::is_whitespace) {
        // A mark between spaces quotes nothing.
        return None;
    }
    if c == '‘' && !after.is_none_or(|a| a.is_whitespace() || a.is_ascii_punctuation()) {
        return None;
    }
    // After a letter and before a space: a closing mark, or a possessive (Joneses’ house),
    // a dropped g (Rockin’ Robin) or a Scots or Gaelic short word (a' the, wi' him, a' dol);
    // a longer word ending otherwise ends a quotation (‘temporary’ classrooms).
    if letter(before) && after.is_some_and(char::is_whitespace) {
        let word_before = text[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .take(3)
            .count();
        let possessive_or_dropped_g = matches!(before, Some('s' | 'S' | 'z' | 'n' | 'N'));
        return Some(if possessive_or_dropped_g || word_before <= 2 {
            Role::MaybeClose
        } else {
            Role::Close
        });
    }
    Some(Role::Close)
}

/// Whether `rest` (after a single mark) starts a shortened word: a year or decade ("90s",
/// "09"), or one of the few words English shortens at the front.
fn is_elision(rest: &str, curly: bool) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 2 {
        // "’09" with a right mark is a year; "'20 people" may open a quotation.
        let tail = &rest[digits..];
        return tail.starts_with('s')
            || (curly && tail.chars().next().is_none_or(|c| !c.is_alphanumeric()));
    }
    let word_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..word_len];
    let next = rest[word_len..].chars().next();
    // ’n’ itself: the n and its closing mark.
    if word.eq_ignore_ascii_case("n") && next.is_some_and(is_single_mark) {
        return true;
    }
    crate::extract::lexicon::contains_folded(crate::extract::lexicon::FRONT_ELISIONS, word)
}

/// Whether the mark at `at`, after an "n", closes a ’n’ ("rock ’n’ roll").
fn is_elided_and(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at.saturating_sub(1)) else {
        return false;
    };
    let mut back = head.chars().rev();
    let mark = back.next();
    let space = back.next();
    mark.is_some_and(is_single_mark) && space.is_none_or(char::is_whitespace)
}

fn is_single_mark(c: char) -> bool {
    matches!(c, '‘' | '’' | '\'')
}

fn is_double_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '„' | '«' | '»')
}

/// A paragraph's marks are read a window of this many bytes at a time, so that the buffer
/// holding them stays small however long the paragraph (one of marks alone has one a byte).
const WINDOW: usize = 1 << 16;

/// The windows of `paragraph`, in order: spans of [`WINDOW`] bytes, the last shorter.
fn windows(paragraph: Span) -> impl Iterator<Item = Span> {
    (paragraph.start..paragraph.end)
        .step_by(WINDOW)
        .map(move |start| Span::new(start, (start + WINDOW).min(paragraph.end)))
}

/// The marks starting in `window` (of one paragraph), in order, into `out` (a buffer kept
/// from window to window). Each mark starts with '"', '\'', or the lead byte of a curly mark
/// (0xE2) or of « » (0xC2), so only those places are decoded; neither is a byte inside a
/// character, so a window may end in the middle of one.
fn paragraph_marks(text: &str, window: Span, out: &mut Vec<Mark>) {
    out.clear();
    let bytes = text.as_bytes().get(window.start..window.end).unwrap_or(&[]);
    let mut push = |offset: usize| {
        let at = window.start + offset;
        let Some(c) = char_after(text, at) else {
            return;
        };
        // Offsets past 4 GiB (beyond any file the program reads) hold no marks.
        let Ok(narrow_at) = u32::try_from(at) else {
            return;
        };
        if let Some((family, role, shape)) = classify(text, at, c) {
            out.push(Mark {
                at: narrow_at,
                family,
                role,
                shape,
                closing_follows: false,
            });
        }
    };
    memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).for_each(&mut push);
    let angles = memchr::memchr_iter(0xC2, bytes).fold(0usize, |n, at| {
        push(at);
        n + 1
    });
    if angles > 0 {
        out.sort_unstable_by_key(|m| m.at);
    }
}

/// The document's convention: the family of most opening marks (doubles on a tie; straight
/// doubles open and close alike, so half of them open), and how many marks may open a
/// quotation. Says in `with_marks` which paragraphs have marks at all: those without are not
/// read again.
fn convention(
    text: &str,
    paragraphs: &[Span],
    marks: &mut Vec<Mark>,
    with_marks: &mut Vec<bool>,
) -> (Convention, usize) {
    let (mut doubles, mut singles, mut straight) = (0usize, 0usize, 0usize);
    with_marks.clear();
    for &paragraph in paragraphs {
        let mut any = false;
        for window in windows(paragraph) {
            paragraph_marks(text, window, marks);
            any |= !marks.is_empty();
            for mark in marks.iter() {
                match (mark.family, mark.role) {
                    (Family::Double, Role::Open | Role::LeftDouble) => doubles += 1,
                    (Family::Double, Role::Toggle) => straight += 1,
                    (Family::Single, Role::Open) => singles += 1,
                    _ => {}
                }
            }
        }
        with_marks.push(any);
    }
    let outer = if singles > doubles + straight / 2 {
        Family::Single
    } else {
        Family::Double
    };
    (Convention { outer }, doubles + singles + straight)
}

/// Whether an open quotation of `open` is closed by `mark`.
fn pairs(open: &Open, mark: &Mark) -> bool {
    if open.family != mark.family {
        return false;
    }
    match (open.shape, mark.shape) {
        (Shape::Angle, shape) | (shape, Shape::Angle) => shape == Shape::Angle,
        // „ closes with “ or ”; ‚ with ‘ or ’.
        (Shape::Low, _) => mark.shape != Shape::Low,
        // Straight and curly marks are mixed in pasted copy: any closes any.
        _ => true,
    }
}

/// The scanner's state over the paragraphs: the open marks, outermost first.
struct Scanner<'a> {
    text: &'a str,
    convention: Convention,
    stack: Vec<Open>,
    out: Vec<Quote>,
}

impl Scanner<'_> {
    /// Where `mark` ends.
    fn end_of(&self, mark: &Mark) -> usize {
        let at = mark.at as usize;
        at + char_after(self.text, at).map_or(1, char::len_utf8)
    }

    /// Reads one mark, given whether another closing mark of its family follows before the
    /// next opening one.
    fn read(&mut self, mark: Mark) {
        let closer = self.stack.iter().rposition(|open| pairs(open, &mark));
        let role = match mark.role {
            Role::Toggle if closer.is_some_and(|d| self.stack[d].shape == Shape::Straight) => {
                Role::Close
            }
            Role::Toggle => Role::Open,
            Role::LeftDouble => self.left_double_role(&mark, closer),
            role => role,
        };
        match role {
            Role::Close => {
                if let Some(depth) = closer {
                    self.close(depth, mark);
                }
            }
            Role::MaybeClose => match closer {
                Some(depth) if !mark.closing_follows => self.close(depth, mark),
                Some(depth) => self.stack[depth].passed = Some(mark.at as usize),
                None => {}
            },
            _ => self.open(mark),
        }
    }

    /// “ closes „ and a quotation whose closing mark was typed as a left one ("decision.“ "),
    /// and opens everywhere else.
    fn left_double_role(&self, mark: &Mark, closer: Option<usize>) -> Role {
        let after = char_after(self.text, self.end_of(mark));
        let before_space = after.is_none_or(|a| a.is_whitespace() || a.is_ascii_punctuation());
        match closer {
            Some(d) if self.stack[d].shape == Shape::Low => Role::Close,
            Some(_) if before_space => Role::Close,
            _ => Role::Open,
        }
    }

    /// Opens a quotation, unless a single mark would open inside a single quotation: no
    /// style nests singles in singles, so that mark is an apostrophe ('09 in 'Back in '09').
    fn open(&mut self, mark: Mark) {
        let single_in_single = mark.family == Family::Single
            && self
                .stack
                .last()
                .is_some_and(|o| o.family == Family::Single);
        if self.stack.len() < MAX_DEPTH && !single_in_single {
            self.stack.push(Open {
                at: mark.at as usize,
                len: (self.end_of(&mark) - mark.at as usize) as u8,
                family: mark.family,
                shape: mark.shape,
                passed: None,
            });
        }
    }

    /// Closes the quotation at `depth` (and any inside it) with `mark`.
    fn close(&mut self, depth: usize, mark: Mark) {
        if depth == 0 {
            let open = self.stack[0];
            self.emit(open, mark.at as usize, self.end_of(&mark));
        }
        self.stack.truncate(depth);
    }

    /// Records a quotation with words inside (a pair of marks with nothing between them
    /// quotes nothing, and is dropped here rather than held until the end: a text of marks
    /// alone would otherwise hold one per two bytes).
    fn emit(&mut self, open: Open, inner_end: usize, end: usize) {
        let inner = trim_spaces(
            self.text,
            Span::new(open.at + usize::from(open.len), inner_end),
        );
        if !inner.is_empty() {
            self.out.push(Quote::new(Span::new(open.at, end), inner));
        }
    }

    /// At the end of a paragraph: an outer quotation still open goes on when the next
    /// paragraph reopens with its family; else it closes at the last possessive-like mark it
    /// passed, or, in the document's own family, runs to the paragraph's end.
    fn end_paragraph(&mut self, paragraph: Span, next: Option<Span>) -> bool {
        self.stack.truncate(1);
        let Some(open) = self.stack.first().copied() else {
            return false;
        };
        let reopens = next
            .and_then(|n| char_after(self.text, n.start))
            .and_then(|c| classify(self.text, next.map_or(0, |n| n.start), c))
            .is_some_and(|(family, role, _)| family == open.family && role != Role::Close);
        if reopens {
            return true;
        }
        self.stack.clear();
        if let Some(at) = open.passed {
            let len = char_after(self.text, at).map_or(1, char::len_utf8);
            self.emit(open, at, at + len);
        } else if open.family == self.convention.outer {
            self.emit(open, paragraph.end, paragraph.end);
        }
        false
    }
}

/// Trims spaces, tabs and line breaks, keeping no-break spaces (French «  » keep theirs).
fn trim_spaces(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let plain = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let start = span.start + (slice.len() - slice.trim_start_matches(plain).len());
    let end = span.end - (slice.len() - slice.trim_end_matches(plain).len());
    Span::new(start, end.max(start))
}

/// Every outermost quotation of `text`, in order, as a [`Quote`] with no source yet (the
/// list the later stages fill in, so that no second list of them is held), and the
/// document's convention.
pub fn quotations(text: &str, paragraphs: &[Span]) -> (Convention, Vec<Quote>) {
    let mut marks: Vec<Mark> = Vec::new();
    let mut with_marks: Vec<bool> = Vec::with_capacity(paragraphs.len());
    let (convention, openers) = convention(text, paragraphs, &mut marks, &mut with_marks);
    let mut scanner = Scanner {
        text,
        convention,
        stack: Vec::with_capacity(MAX_DEPTH),
        // Each quotation opens with its own mark: room for all at once, as growing by
        // doubling would copy the list and leave the old block behind.
        out: Vec::with_capacity(openers),
    };
    let mut continued = false;
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        if with_marks.get(index).is_some_and(|&any| any) {
            let mut next_single = None;
            for window in windows(paragraph) {
                paragraph_marks(text, window, &mut marks);
                // A continued quotation's reopening mark is no mark of its own.
                let skip = usize::from(
                    continued
                        && marks
                            .first()
                            .is_some_and(|m| m.at as usize == paragraph.start),
                );
                let after = single_closes_after(text, paragraph, window.end, &mut next_single);
                set_closing_follows(&mut marks, after);
                for &mark in marks.iter().skip(skip) {
                    scanner.read(mark);
                }
            }
        }
        continued = scanner.end_paragraph(paragraph, paragraphs.get(index + 1).copied());
    }
    (convention, scanner.out)
}

/// Sets whether a closing mark of each mark's family follows before the next opening one,
/// read from the back so each mark is read once; `single_after` says it of the marks after
/// `marks` in the paragraph. (Only a single mark may close or be a possessive, so only
/// singles read it: of doubles, the first double past the window is not looked for.)
fn set_closing_follows(marks: &mut [Mark], single_after: bool) {
    let mut follows = [false, single_after];
    for mark in marks.iter_mut().rev() {
        let family = mark.family as usize;
        mark.closing_follows = follows[family];
        match mark.role {
            Role::Close | Role::MaybeClose => follows[family] = true,
            Role::Open => follows[family] = false,
            _ => {}
        }
    }
}

/// Whether the first single mark of `paragraph` from `from` on closes (or may), not opens:
/// false at the paragraph's end. `found` keeps where that mark is and what it does, so the
/// windows up to it do not search again: a long run without singles is read once.
fn single_closes_after(
    text: &str,
    paragraph: Span,
    from: usize,
    found: &mut Option<(usize, bool)>,
) -> bool {
    if from >= paragraph.end {
        return false;
    }
    if let Some((at, closes)) = *found
        && at >= from
    {
        return closes;
    }
    let bytes = text.as_bytes().get(from..paragraph.end).unwrap_or(&[]);
    // Single marks start with '\'' or 0xE2 (‘ ’ ‚ ‹ ›).
    let next = memchr::memchr2_iter(b'\'', 0xE2, bytes).find_map(|offset| {
        let at = from + offset;
        match classify(text, at, char_after(text, at)?) {
            Some((Family::Single, role, _)) => Some((at, role != Role::Open)),
            _ => None,
        }
    });
    let (at, closes) = next.unwrap_or((paragraph.end, false));
    *found = Some((at, closes));
    closes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotations of a one-paragraph text, as (start, end) offsets.
    fn found(text: &str) -> Vec<(usize, usize)> {
        let (_, quotes) = quotations(text, &[Span::new(0, text.len())]);
        quotes
            .iter()
            .map(|q| (q.span().start, q.span().end))
            .collect()
    }

    #[test]
    fn a_possessive_at_a_window_end_looks_for_a_closing_mark_in_the_windows_after() {
        // ‘ opens; "Joneses’ " may close or be a possessive, and ends the first window;
        // whether a closing mark follows is read past a window of doubles and plain words.
        let open = "‘Words of the ";
        let possessive = "Joneses’ ";
        let filler_len = WINDOW - open.len() - possessive.len();
        let filler = "a".repeat(filler_len - 1) + " ";
        let middle = "“x” plain words ".repeat(WINDOW / 8);
        let head = format!("{open}{filler}{possessive}{middle}");
        assert_eq!(head.find('’'), Some(WINDOW - " ".len() - "’".len()));
        let closed = format!("{head}end.’ After.");
        let close_at = closed.rfind('’').unwrap_or_default();
        assert_eq!(found(&closed), vec![(0, close_at + "’".len())]);
        // With no closing mark after it, the possessive-like mark closes the quotation (and
        // the quotations after it are the doubles').
        let unclosed = format!("{head}end. After.");
        let at = unclosed.find('’').unwrap_or_default();
        let first = found(&unclosed).first().copied();
        assert_eq!(first, Some((0, at + "’".len())));
    }
}
