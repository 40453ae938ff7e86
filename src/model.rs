//! The briefing model: plain data shared by the extractor, the export and the TUI.
//!
//! Every position is a [`Span`], a half-open UTF-8 byte range into the briefing's text. Names
//! and aliases are the only owned strings; mentions, quotes, sources and cues are spans, so a
//! briefing holds its text once.

use std::sync::Arc;

use serde::Serialize;

/// A half-open UTF-8 byte range `start..end` into a briefing's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The slice of `text` this span covers, or "" when it does not fit the text.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub const fn covers(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What sort of thing an entity is. The export spells these in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Organization,
    Place,
    Group,
    Date,
    Event,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Person,
        Kind::Organization,
        Kind::Place,
        Kind::Group,
        Kind::Date,
        Kind::Event,
        Kind::Other,
    ];

    /// The short tag shown next to an entity, so a kind never depends on colour alone.
    pub const fn tag(self) -> &'static str {
        match self {
            Kind::Person => "PER",
            Kind::Organization => "ORG",
            Kind::Place => "LOC",
            Kind::Group => "GRP",
            Kind::Date => "DATE",
            Kind::Event => "EVT",
            Kind::Other => "MISC",
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
            Kind::Group => "group",
            Kind::Date => "date",
            Kind::Event => "event",
            Kind::Other => "other",
        }
    }
}

/// One real-world thing named in a briefing, with every span that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The canonical name: the fullest form the text uses.
    pub name: String,
    pub kind: Kind,
    /// Other surface forms that name it, in order of first use.
    pub aliases: Vec<String>,
    /// Titles and roles the text gives it ("Syrian President").
    pub roles: Vec<String>,
    /// Mentions in text order; they never overlap.
    pub mentions: Vec<Span>,
    /// Why its mentions are one entity and why it has its kind, for a reader who asks.
    /// Not exported.
    pub grounds: Grounds,
}

/// The rules behind an entity: which joined its mentions and which decided its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Grounds {
    /// Every rule that joined a mention to the entity; none for an entity named once or
    /// named the same way every time.
    pub grouped_by: GroupRules,
    /// The mention rule (a name's `kind_rule`) whose evidence decided the entity's kind;
    /// empty when nothing recorded one.
    pub kind_rule: &'static str,
}

/// How a mention was joined to an entity. The order is the order a reader is told them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupRule {
    /// Names equal once folded: case, apostrophes, hyphens, "al-", NFC ("Sharaa",
    /// "al-Shara’a").
    SameName,
    /// A gazetteer alias and its canonical name ("US", "United States").
    GazetteerAlias,
    /// An acronym and the name whose initials it is ("KCNA").
    Acronym,
    /// An acronym in brackets right after a name is that name's short form, whatever its
    /// letters ("Disaster and Emergency Management Authority (AFAD)").
    BracketedShortForm,
    /// A bare surname and the person's full name.
    Surname,
    /// A given name (or given name and patronymic) and the full name it opens.
    GivenName,
    /// A word inside the full name that the text uses alone for the person: a family name
    /// after a given name written first ("Ms Lim" for "Jasmine Lim Shu Fen"), a paternal
    /// surname ("Ochoa" for "María José Ochoa Beltrán").
    NameInside,
    /// A person's first and last names without the words between ("Ana Ruiz" for "Ana
    /// Maria Ruiz").
    FirstAndLastName,
    /// An initial standing for the word it begins ("S. Korea", "South Korea").
    Initial,
    /// An ordinary word heading one organisation ("the Church", "Church of Scientology").
    HeadWord,
    /// The first words of a company's name written with its legal form ("Bayline",
    /// "Bayline Marine Inc.").
    CompanyShortName,
    /// The word an organisation is named after ("Scientology", "Church of Scientology").
    NamedAfter,
    /// A river's, lake's or desert's name without the word for what it is ("the
    /// Murrumbidgee", "Murrumbidgee River").
    FeatureName,
    /// The last words of an organisation's name ("State Department", "US State Department").
    NameEnd,
    /// A name without its legal form ("Apple", "Apple Inc").
    WithoutLegalForm,
    /// A name without what follows its head ("Andy Warhol Foundation" for "… for the Visual
    /// Arts").
    WithoutTail,
    /// A title set beside the person's name ("John Kerry, the Secretary of State").
    TitleBeside,
    /// A title standing for the one person the text gives that role.
    TitleOfRole,
    /// The same title standing for one unnamed holder.
    SameTitle,
    /// The entity's name inside a longer name ("Andy Warhol" in "Andy Warhol Foundation").
    NameInsideLonger,
    /// A birth name and the name the person is known by ("born Edith Gassion", "Édith Piaf").
    BirthName,
    /// A place's or organisation's other name in brackets after it, as bilingual texts give
    /// them ("Anglesey (Ynys Môn)").
    BracketedOtherName,
    /// The name someone is known by, after "known as" ("Lau Kwok-wah, known as Kenny Lau").
    KnownAs,
    /// A word clipping a club's name in a match report ("Hibs" for Hibernian).
    ClippedClub,
}

impl GroupRule {
    pub const ALL: [GroupRule; 24] = [
        GroupRule::SameName,
        GroupRule::GazetteerAlias,
        GroupRule::Acronym,
        GroupRule::BracketedShortForm,
        GroupRule::Surname,
        GroupRule::GivenName,
        GroupRule::NameInside,
        GroupRule::FirstAndLastName,
        GroupRule::Initial,
        GroupRule::HeadWord,
        GroupRule::CompanyShortName,
        GroupRule::NamedAfter,
        GroupRule::FeatureName,
        GroupRule::NameEnd,
        GroupRule::WithoutLegalForm,
        GroupRule::WithoutTail,
        GroupRule::TitleBeside,
        GroupRule::TitleOfRole,
        GroupRule::SameTitle,
        GroupRule::NameInsideLonger,
        GroupRule::BirthName,
        GroupRule::BracketedOtherName,
        GroupRule::KnownAs,
        GroupRule::ClippedClub,
    ];

    /// The rule's name as `examples/inspect` and the TUI show it.
    pub const fn name(self) -> &'static str {
        match self {
            GroupRule::SameName => "same name",
            GroupRule::GazetteerAlias => "gazetteer alias",
            GroupRule::Acronym => "acronym",
            GroupRule::BracketedShortForm => "short form in brackets",
            GroupRule::Surname => "surname",
            GroupRule::GivenName => "given name",
            GroupRule::NameInside => "name inside the full name",
            GroupRule::FirstAndLastName => "first and last names",
            GroupRule::Initial => "initial",
            GroupRule::HeadWord => "head word",
            GroupRule::CompanyShortName => "company short name",
            GroupRule::NamedAfter => "named after",
            GroupRule::FeatureName => "feature's name",
            GroupRule::NameEnd => "end of the name",
            GroupRule::WithoutLegalForm => "without legal form",
            GroupRule::WithoutTail => "name without its tail",
            GroupRule::TitleBeside => "title beside the name",
            GroupRule::TitleOfRole => "title of the role",
            GroupRule::SameTitle => "same title",
            GroupRule::NameInsideLonger => "inside a longer name",
            GroupRule::BirthName => "birth name",
            GroupRule::BracketedOtherName => "other name in brackets",
            GroupRule::KnownAs => "name known by",
            GroupRule::ClippedClub => "club's name clipped",
        }
    }

    const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A set of [`GroupRule`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct GroupRules(u32);

impl GroupRules {
    pub fn insert(&mut self, rule: GroupRule) {
        self.0 |= rule.bit();
    }

    pub const fn contains(self, rule: GroupRule) -> bool {
        self.0 & rule.bit() != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The rules in the set, in [`GroupRule::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = GroupRule> {
        GroupRule::ALL
            .into_iter()
            .filter(move |&rule| self.contains(rule))
    }
}

/// Who a quotation is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The words naming the source ("Syria’s state media", "SANA", "he").
    pub span: Span,
    /// Index into [`Annotations::entities`] when the source names an entity.
    pub entity: Option<usize>,
}

/// Whether quoted words report someone's words, as the extractor decided once for the export
/// and the TUI alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words someone said or wrote.
    Quotation,
    /// Words set apart rather than reported: a scare quote, a title of a work, a nickname, a
    /// word used as a word, a defined term.
    ScareQuote,
}

/// The rule that found a quotation's source, so a reader can ask why it is credited so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceRule {
    /// A speech verb after the quotation and its subject ("…," Ms Athwal said).
    CueAfter,
    /// A speech verb before the quotation in its sentence (Ms Athwal added: ‘…’).
    CueBefore,
    /// "According to X", "in the words of X".
    AccordingTo,
    /// A speech verb in the sentence before (X said on Tuesday. ‘…’).
    SentenceBefore,
    /// A colon after a sentence whose subject speaks (Chebet was blunt: “…”).
    Colon,
    /// A dash and a name after the quotation, or a "— Name, role" line under it.
    DashLine,
    /// The speaker of the quotation before it in the paragraph (a split quotation).
    SplitQuotation,
    /// The speaker named at the end of a quotation over several paragraphs.
    Continued,
    /// A headline or pull quotation whose words the body quotes with a speaker.
    Repeated,
    /// A block quotation introduced by a speech verb and a colon.
    Block,
    /// A headline's name right before its quoted words (Balfour-Ince ‘gutted’ after …), or
    /// after the colon a headline's quotation opens with (‘…’: a conversation with Dr X).
    Headline,
}

impl SourceRule {
    /// The rule's name as `examples/inspect` and the TUI show it.
    pub const fn name(self) -> &'static str {
        match self {
            SourceRule::CueAfter => "cue-after",
            SourceRule::CueBefore => "cue-before",
            SourceRule::AccordingTo => "according-to",
            SourceRule::SentenceBefore => "sentence-before",
            SourceRule::Colon => "colon",
            SourceRule::DashLine => "dash-line",
            SourceRule::SplitQuotation => "split-quotation",
            SourceRule::Continued => "continued",
            SourceRule::Repeated => "repeated",
            SourceRule::Block => "block",
            SourceRule::Headline => "headline",
        }
    }
}

/// How a source phrase was resolved to the entity it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// The phrase ends with a name.
    Named,
    /// A pronoun, by gender, number and salience.
    Pronoun,
    /// A role or description the text gave someone ("the minister", "the 42-year-old").
    Description,
    /// An unnamed or generic speaker kept as written ("a government source").
    AsWritten,
}

impl Resolution {
    pub const fn name(self) -> &'static str {
        match self {
            Resolution::Named => "named",
            Resolution::Pronoun => "pronoun",
            Resolution::Description => "description",
            Resolution::AsWritten => "as-written",
        }
    }
}

/// A quotation and its attribution.
///
/// A text may hold a quotation every few bytes, so a quotation is held in 48 bytes (120 as
/// spans and options): offsets in 32 bits, whether it has a source or a cue in one byte of
/// flags, and the rare sources inside it behind one pointer. The accessors give spans.
/// Offsets past 32 bits (beyond any file read) are held as the largest.
#[derive(Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quotation with its opening and closing marks.
    span: Offsets,
    /// The words inside the marks.
    inner: Offsets,
    source: Offsets,
    /// The verb or phrase that attributes it ("said", "noted", "according to").
    cue: Offsets,
    /// The source's entity plus one, or none.
    source_entity: Option<std::num::NonZeroU32>,
    /// [`Quote::SHORT`], [`Quote::HAS_SOURCE`], [`Quote::HAS_CUE`].
    flags: u8,
    /// Speech, or words set apart: decided by the extractor.
    kind: QuoteKind,
    /// The rule that found the source and how its phrase was resolved, when there is one.
    source_rule: Option<(SourceRule, Resolution)>,
    /// Attribution inside the quotation ("According to the Presidential Media Directorate").
    #[expect(
        clippy::box_collection,
        reason = "one pointer where a vector takes three: almost no quotation has any"
    )]
    via: Option<Box<Vec<Source>>>,
}

const _: () = assert!(std::mem::size_of::<Quote>() == 48);

/// A span in 32 bits a side (8 bytes where a [`Span`] takes 16), for the records a text
/// may hold one of every few bytes: quotations, their marks, name mentions. Offsets past 32
/// bits (beyond any file read) are held as the largest. Ordered as the span.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Offsets {
    start: u32,
    end: u32,
}

impl Offsets {
    pub fn new(span: Span) -> Self {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Offsets {
            start: narrow(span.start),
            end: narrow(span.end),
        }
    }

    pub fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

impl From<Span> for Offsets {
    fn from(span: Span) -> Self {
        Offsets::new(span)
    }
}

impl Quote {
    const SHORT: u8 = 1;
    const HAS_SOURCE: u8 = 2;
    const HAS_CUE: u8 = 4;

    /// A scare quote over `span` with `inner` its words: no source, cue or sources inside,
    /// not short.
    pub fn new(span: Span, inner: Span) -> Self {
        Quote {
            span: Offsets::new(span),
            inner: Offsets::new(inner),
            source: Offsets::default(),
            cue: Offsets::default(),
            source_entity: None,
            flags: 0,
            kind: QuoteKind::ScareQuote,
            source_rule: None,
            via: None,
        }
    }

    /// The quotation with its opening and closing marks.
    pub fn span(&self) -> Span {
        self.span.span()
    }

    /// The words inside the marks.
    pub fn inner(&self) -> Span {
        self.inner.span()
    }

    pub fn source(&self) -> Option<Source> {
        (self.flags & Self::HAS_SOURCE != 0).then(|| Source {
            span: self.source.span(),
            entity: self.source_entity.map(|e| e.get() as usize - 1),
        })
    }

    /// The verb or phrase that attributes it ("said", "noted", "according to").
    pub fn cue(&self) -> Option<Span> {
        (self.flags & Self::HAS_CUE != 0).then(|| self.cue.span())
    }

    /// Attribution inside the quotation ("According to the Presidential Media Directorate").
    pub fn via(&self) -> &[Source] {
        self.via.as_deref().map_or(&[], Vec::as_slice)
    }

    /// A scare quote of one or two words.
    pub fn short(&self) -> bool {
        self.flags & Self::SHORT != 0
    }

    /// Speech, or words set apart: decided by the extractor.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }

    /// The rule that found the source and how its phrase was resolved, when there is one.
    pub fn source_rule(&self) -> Option<(SourceRule, Resolution)> {
        self.source_rule
    }

    /// Whether this is a quotation someone said, rather than a scare quote or a title in
    /// quotation marks.
    pub fn is_quotation(&self) -> bool {
        self.kind == QuoteKind::Quotation
    }

    pub fn set_span(&mut self, span: Span) {
        self.span = Offsets::new(span);
    }

    pub fn set_inner(&mut self, inner: Span) {
        self.inner = Offsets::new(inner);
    }

    pub fn set_source(&mut self, source: Option<Source>) {
        self.set_flag(Self::HAS_SOURCE, source.is_some());
        let source = source.unwrap_or(Source {
            span: Span::default(),
            entity: None,
        });
        self.source = Offsets::new(source.span);
        self.source_entity = source
            .entity
            .and_then(|e| std::num::NonZeroU32::new(u32::try_from(e + 1).unwrap_or(u32::MAX)));
    }

    pub fn set_cue(&mut self, cue: Option<Span>) {
        self.set_flag(Self::HAS_CUE, cue.is_some());
        self.cue = Offsets::new(cue.unwrap_or_default());
    }

    pub fn set_via(&mut self, via: Vec<Source>) {
        self.via = (!via.is_empty()).then(|| Box::new(via));
    }

    pub fn set_short(&mut self, short: bool) {
        self.set_flag(Self::SHORT, short);
    }

    pub fn set_kind(&mut self, kind: QuoteKind) {
        self.kind = kind;
    }

    pub fn set_source_rule(&mut self, rule: Option<(SourceRule, Resolution)>) {
        self.source_rule = rule;
    }

    fn set_flag(&mut self, flag: u8, on: bool) {
        if on {
            self.flags |= flag;
        } else {
            self.flags &= !flag;
        }
    }

    /// Gives back the room the sources inside grew into but did not use.
    fn shrink_to_fit(&mut self) {
        if let Some(via) = &mut self.via {
            via.shrink_to_fit();
        }
    }
}

impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quote")
            .field("span", &self.span())
            .field("inner", &self.inner())
            .field("source", &self.source())
            .field("cue", &self.cue())
            .field("via", &self.via())
            .field("short", &self.short())
            .field("kind", &self.kind)
            .field("source_rule", &self.source_rule)
            .finish()
    }
}

/// Everything the extractor finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    /// Sorted by first mention.
    pub entities: Vec<Entity>,
    /// In text order; they never overlap.
    pub quotes: Vec<Quote>,
}

impl Annotations {
    /// Gives back the room the extractor's vectors grew into but did not use. They grow by
    /// doubling, so up to half of each can be empty: a few bytes for one briefing, but a
    /// third of the TUI's memory once ten thousand are held at once.
    pub fn shrink_to_fit(&mut self) {
        self.paragraphs.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.entities.shrink_to_fit();
        for entity in &mut self.entities {
            entity.name.shrink_to_fit();
            entity.aliases.shrink_to_fit();
            entity.roles.shrink_to_fit();
            entity.mentions.shrink_to_fit();
        }
        self.quotes.shrink_to_fit();
        for quote in &mut self.quotes {
            quote.shrink_to_fit();
        }
    }
}

/// What a briefing's source says about it, beside its text: a saved web page's headline and
/// outlet, a feed item's link, a Markdown file's front matter. Every field is optional, and a
/// plain text file has none (`Document::meta` is `None`), so its export is unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publication date as the source gives it (ISO 8601 where the source says so).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The outlet: a site name, a feed's title, a JSON line's `source`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

impl Meta {
    pub fn is_empty(&self) -> bool {
        self == &Meta::default()
    }

    /// `None` for a meta that knows nothing, so a briefing without any holds no allocation.
    pub fn boxed(self) -> Option<Box<Meta>> {
        (!self.is_empty()).then(|| Box::new(self))
    }

    /// The date's leading `YYYY-MM-DD` (and time, when given), comparable as text: what the
    /// briefing list sorts by. `None` when the date is unknown or not written that way.
    pub fn sortable_date(&self) -> Option<&str> {
        let date = self.date.as_deref()?.trim();
        let bytes = date.as_bytes();
        let iso = bytes.len() >= 10
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4] == b'-'
            && bytes[5..7].iter().all(u8::is_ascii_digit)
            && bytes[7] == b'-'
            && bytes[8..10].iter().all(u8::is_ascii_digit);
        iso.then_some(date)
    }
}

/// A loaded text before extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The file stem (a feed's or a JSON Lines file's items add their number or id to it).
    pub id: String,
    /// The path as given (or `seeds/NAME` for a bundled seed).
    pub path: String,
    pub text: String,
    /// What the source says beside the text; `None` for plain text.
    pub meta: Option<Box<Meta>>,
}

/// A document with its title and annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Briefing {
    pub id: String,
    pub path: String,
    pub title: String,
    /// Shared, not copied: the TUI's background extraction reads the same text the reader
    /// sees, so a 10,000-briefing archive is held in memory once.
    pub text: Arc<String>,
    pub annotations: Annotations,
    /// The document's [`Meta`], when its source gave any.
    pub meta: Option<Box<Meta>>,
}

impl Briefing {
    // `Briefing::from_document`, which runs the extractor, lives in the extractor's module:
    // the model is plain data and knows nothing of how it is found.

    pub fn entities(&self) -> &[Entity] {
        &self.annotations.entities
    }

    pub fn quotes(&self) -> &[Quote] {
        &self.annotations.quotes
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
}
