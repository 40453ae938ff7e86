//! Small closed word lists of English news grammar: titles, cue words of organisation and
//! place names, speech verbs, name particles, abbreviations, months and weekdays.
//!
//! These are grammar, not data about particular things: a title says the next name is a
//! person, "Ministry" says its phrase is an organisation, "said" says who speaks. Lists of
//! particular places, organisations and names live in the gazetteer (`assets/`).

use std::cell::Cell;
use std::ops::Deref;
use std::sync::OnceLock;

use super::hash::{FastSet, ShortWord};

/// A `&'static WordList` from its words: the list is a static of its own, so the reference
/// can live in a `static` (a temporary with a lazily built index cannot).
macro_rules! word_list {
    ($($word:expr),* $(,)?) => {{
        static LIST: WordList = WordList::new(&[$($word),*]);
        &LIST
    }};
}

/// A `&'static WordList` of the words of several lists, joined when compiling: a word that
/// belongs to several lists is written once.
macro_rules! joined_word_list {
    ($($part:expr),+ $(,)?) => {{
        const LENGTH: usize = 0 $(+ $part.len())+;
        static LIST: WordList = WordList::new(&join_words::<LENGTH>(&[$($part),+]));
        &LIST
    }};
}

/// The words of `parts` in one array of their total length.
const fn join_words<const LENGTH: usize>(parts: &[&[&'static str]]) -> [&'static str; LENGTH] {
    let mut words = [""; LENGTH];
    let mut at = 0;
    let mut part = 0;
    while part < parts.len() {
        let mut k = 0;
        while k < parts[part].len() {
            words[at] = parts[part][k];
            at += 1;
            k += 1;
        }
        part += 1;
    }
    assert!(at == LENGTH, "the parts fill the array");
    words
}

/// Abbreviations that end in a full stop without ending the sentence.
pub static ABBREVIATIONS: &WordList = word_list![
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Maj", "Col", "Lt", "Sgt", "Capt", "Cpl", "Pvt", "Adm",
    "Cmdr", "Brig", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Jr", "Sr", "St", "Mt", "Ft", "No",
    "Nos", "Inc", "Ltd", "Co", "Corp", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc", "approx", "Mme", "Messrs", "Supt", "Insp",
    "Det", "Gov", "Atty", "Amb", "Fr", "Msgr", "Ave", "Blvd", "Rd", "Univ", "Dept", "Est", "al",
    "Smt", "Engr", "Eng", "Cllr", "Shri", "Sh", "Ch", "Cr", "Rt",
    // Philippine and Latin American copy's saints in place names: "Sto. Niño", "Sta. Cruz".
    // Canadian copy's "Ste." for Sainte: "Sault Ste. Marie".
    "Sto", "Sta", "Ste",
    // Titles of Nigerian and Canadian copy: "Barr. Ngozi Eze", "Det. Const. Ali Sy".
    "Barr", "Const",
];

/// Abbreviations that may end a sentence with their stop ("… and Sons Co.", "… etc."):
/// what a business's or a list's name ends with.
pub static SENTENCE_ENDING_ABBREVIATIONS: &WordList =
    word_list!["No", "etc", "Co", "Inc", "Ltd", "Corp", "Bros"];

/// Given names shortened with a full stop, kept with their stop inside a sentence: Philippine
/// copy's "Ma." for María ("Ma. Luisa Abiog"). Whether the stop ends the sentence is decided
/// where sentences are joined.
pub static GIVEN_NAME_ABBREVIATIONS: &WordList = word_list!["Ma"];

/// British, Irish and Commonwealth police and council ranks written without stops, and South
/// Asian and Nigerian police ranks by their initials ("DSP Ravi Kumar", "IGP Kayode
/// Egbetokun"; "SP" is a party's initials as often: "SP leader"): titles, heads of a role and
/// prefixes of a speaker's name alike.
const POLICE_AND_COUNCIL_RANKS: &[&str] = &[
    "det", "insp", "supt", "cllr", "cr", "dci", "dsupt", "dsp", "asp", "ssp", "acp", "dcp", "igp",
    "aig", "dgp", "adgp", "sho",
];

/// Title words: before a name they make it a person's and become a role. Compared in lower
/// case; abbreviations without their full stop. The heads of a role (below) and the words
/// that only qualify one ("Prime", "Acting", "Foreign").
pub static TITLES: &WordList = joined_word_list![
    POLICE_AND_COUNCIL_RANKS,
    TITLE_HEAD_WORDS,
    TITLE_QUALIFIER_WORDS,
];

/// Title words that qualify a head, or are written with their stops, or name a role no
/// office heads ("Prime", "Acting", "Foreign", "Gen.", "striker").
const TITLE_QUALIFIER_WORDS: &[&str] = &[
    // A title, but no head of one: "Big Brother" names no brother.
    "brother",
    // Police ranks: "Senior Constable", "Chief Constable".
    // Members of the Dail, of state and provincial assemblies, of the Scottish Parliament.
    // Indian copy's Chief Minister: "CM Stalin", "the CM added".
    // "the Member of Parliament for Ofoase-Ayirebi, Kojo Oppong Nkrumah".
    // A public prosecutor: "DPP Tay sought a jail term" (Singapore's deputy), "the DPP".
    // British, Irish and Commonwealth police and council ranks, written without stops.
    "ch",
    // South Asian and Nigerian police ranks by their initials: "DSP Ravi Kumar", "IGP
    // Kayode Egbetokun". ("SP" is a party's initials as often: "SP leader".)
    // Honorifics of South Asian, Gulf, West African and Burmese usage.
    // "the Most Hon. Andrew Holness", "Hon. Clara Mendes": forms of address of ministers
    // and members; South Africa's provincial Member of the Executive Council.
    // Courts' and inquests' presiding officers: "Magistrate Tessa Vance".
    // Malaysian federal and state honours and forms of address ("Tan Sri" and "Datuk Seri"
    // are read as two words by `is_honour_of_two_words`), Tamil forms of address, and the
    // Philippine attorney's.
    "toh",
    // Kin and community titles, and role words written before a name.
    "prime",
    "field",
    // "Acting Chief Superintendent", "Interim Chief Executive": who holds an office for now.
    "acting",
    "interim",
    "vice",
    "head",
    "crown",
    "gen.",
    "maj.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "col.",
    "lt.",
    "capt.",
    "sgt.",
    "adm.",
    "rev.",
    "maj.-gen.",
    "lt.-gen.",
    "lt.-col.",
    "brig.-gen.",
    "brig.",
    "brig",
    "presidential",
    "player",
    "striker",
    "goalkeeper",
    "defender",
    "midfielder",
    "student",
    // Offices written with a hyphen in Commonwealth copy ("the Auditor-General said").
    "st.",
    "saint",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
    "environment",
    "education",
    "trade",
    "energy",
    "agriculture",
    "labour",
    "labor",
];

/// A title's abbreviation in full, compared in lower case without its stop ("Insp" is an
/// inspector, "Cllr" a councillor): "the inspector said" stands for "Insp Ravi Sandhu".
pub fn title_in_full(abbreviation: &str) -> Option<&'static str> {
    const FULL: &[(&str, &str)] = &[
        ("insp", "inspector"),
        ("supt", "superintendent"),
        ("det", "detective"),
        ("cllr", "councillor"),
        ("cr", "councillor"),
        ("sgt", "sergeant"),
        ("gen", "general"),
        ("col", "colonel"),
        ("capt", "captain"),
        ("lt", "lieutenant"),
        ("maj", "major"),
        ("cmdr", "commander"),
        ("brig", "brigadier"),
        ("adm", "admiral"),
        ("prof", "professor"),
        ("gov", "governor"),
        ("sen", "senator"),
        ("rep", "representative"),
        ("dr", "doctor"),
        ("rev", "reverend"),
    ];
    let word = abbreviation.trim_end_matches('.');
    FULL.iter()
        .find(|(short, _)| word.eq_ignore_ascii_case(short))
        .map(|&(_, full)| full)
}

/// Titles that head a role ("Minister" in "Defense Minister", "Gen." in "Maj.-Gen."): a role
/// phrase ends at one of these.
pub static TITLE_HEADS: &WordList = joined_word_list![POLICE_AND_COUNCIL_RANKS, TITLE_HEAD_WORDS];

const TITLE_HEAD_WORDS: &[&str] = &[
    "lord-lieutenant",
    // Police ranks: "Senior Constable", "Chief Constable".
    "constable",
    "td",
    "mla",
    // A Kenyan Member of County Assembly: "Kiamaina MCA Margaret Wanjiru".
    "mca",
    "msp",
    // Indian copy's Chief Minister: "CM Stalin", "the CM added".
    "cm",
    // "the Member of Parliament for Ofoase-Ayirebi, Kojo Oppong Nkrumah".
    "member",
    "dpp",
    "mpp",
    "vice-principal",
    "principal",
    "vice-chancellor",
    "pro-vice-chancellor",
    // South Asian and Nigerian police ranks by their initials: "DSP Ravi Kumar", "IGP
    // Kayode Egbetokun". ("SP" is a party's initials as often: "SP leader".)
    "shri",
    "sh",
    "smt",
    "madam",
    "alhaji",
    "comrade",
    "alhaja",
    "hajiya",
    "engr",
    "eng",
    "daw",
    // The forms of address, offices and honours of `TITLES`, above.
    "hon",
    "honourable",
    "honorable",
    "mec",
    "magistrate",
    "coroner",
    "datuk",
    "datin",
    "dato",
    "dato'",
    "dato’",
    "tun",
    "puan",
    "encik",
    "thiru",
    "thirumathi",
    "atty",
    "uncle",
    "aunty",
    "auntie",
    // East African copy's respectful "Mama" and "Baba" before a name ("Mama Rose Wanjiru").
    "mama",
    "baba",
    "elder",
    "organiser",
    "organizer",
    "ringleader",
    "kaumātua",
    "baroness",
    "baron",
    // "Deputy Mairéad Ní Fhloinn": how Irish copy addresses a TD; before another head it
    // joins that office ("Deputy Mayor").
    "deputy",
    // A Canadian rural municipality's head: "Reeve Lorraine Szabo".
    "reeve",
    "taoiseach",
    "tánaiste",
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "general",
    "gen",
    "major",
    "colonel",
    "col",
    "captain",
    "capt",
    "sergeant",
    "sgt",
    "admiral",
    "adm",
    "commander",
    "marshal",
    "senator",
    "sen",
    "representative",
    "rep",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "sultan",
    "emir",
    "sheikh",
    "pope",
    "cardinal",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "ayatollah",
    "reverend",
    "rev",
    "dr",
    "doctor",
    "professor",
    "prof",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "judge",
    "justice",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chairperson",
    "chief",
    // "Rory MacLeod, Head of Communications": a head of a field of work.
    "head",
    "director",
    "administrator",
    "commissioner",
    "ceo",
    "founder",
    "co-founder",
    "speaker",
    "leader",
    "mp",
    "mep",
    "attorney",
    "prosecutor",
    "inspector",
    "superintendent",
    "detective",
    "officer",
    // "FBI Special Agent Mara Quist", "Special Agent in Charge Tobin Rask".
    "agent",
    // An Indian district's head: "Collector Smt. P. Vanmathi", "the District Collector".
    "collector",
    // A Philippine village councillor: "Kagawad Ma. Theresa Villaruel-Dizon".
    "kagawad",
    "sheriff",
    "dean",
    "councillor",
    "councilor",
    "maj.-gen",
    "lt.-gen",
    "lt.-col",
    "brig.-gen",
    "curator",
    "author",
    "singer",
    "actor",
    "actress",
    "artist",
    "coach",
    "manager",
    "executive",
    "president-elect",
    "candidate",
    "nominee",
    "activist",
    "lawyer",
    "journalist",
    "reporter",
    "editor",
    "analyst",
    "economist",
    "scientist",
    "researcher",
    "astronaut",
    "pilot",
    "blogger",
    "instructor",
    "teacher",
    "engineer",
    "photographer",
    "filmmaker",
    "director-general",
    "secretary-general",
    // Offices written with a hyphen in Commonwealth copy ("the Auditor-General said").
    "attorney-general",
    "auditor-general",
    "solicitor-general",
    "inspector-general",
    "governor-general",
    "surgeon-general",
    "accountant-general",
    "consul-general",
    "registrar-general",
    "postmaster-general",
    "lieutenant",
    "brigadier",
    "corporal",
    "private",
    "father",
    "sister",
    // Offices and ranks that stand alone before a name ("Councilwoman Tracey Okafor",
    // "Lt Jane Doe", "Consul Tom Hale").
    "vice-president",
    "lt",
    "maj",
    "brig",
    // Māori offices in New Zealand copy: a school's principal, elders.
    "tumuaki",
    "kaumātua",
    "kuia",
    "chair",
    "cfo",
    "coo",
    "provost",
    "rector",
    "councilman",
    "councilwoman",
    "assemblyman",
    "assemblywoman",
    "delegate",
    "consul",
    "under-secretary",
    "undersecretary",
    "minister-president",
    "monsignor",
    "empress",
    "shaikh",
    "mme",
    "councilmember",
    "assemblymember",
    "alderman",
    // "the Queen Mother of Mankranso", "Nana Abena Serwaa II": Akan chiefs' and queen
    // mothers' titles.
    "mother",
    "nana",
    // "County Clerk Jolene Harshbarger", "Treasurer Jim Chalmers", "RCMP Cpl. Ilse
    // Brandvold", "Const. Amrit Gill": local officers and Canadian police ranks.
    "clerk",
    "treasurer",
    "cpl",
    "const",
    "alderwoman",
    "selectman",
    "selectwoman",
];

/// Words for land, water and ways that close places' names and are surnames too ("Thatto
/// Heath", "Gowther Beck", "Nidderdale Way", "Lightning Ridge", "Coronation Hall"; "Ted
/// Heath", "Jeff Beck"). Compared in lower case.
pub static TOPOGRAPHIC_SURNAMES: &WordList = word_list![
    "heath", "hall", "beck", "way", "ridge", "wood", "woods", "green", "brook", "marsh", "marshes",
    "moor", "dale", "hill", "hills", "field", "fields", "lane", "burn", "cross", "gate", "wells",
    "ford", "bridge", "banks", "shaw", "holme", "down", "downs", "vale",
];

/// Fields whose national bodies are named by the field and the country they serve
/// ("Athletics Kenya", "Transport Malta", "Historic England", "Cricket Australia", "Sport
/// Ireland", "Statistics Canada"): before a country's name, the first word of a body's.
/// Compared in lower case.
pub static FIELD_BODY_NOUNS: &WordList = word_list![
    "athletics",
    "cricket",
    "rugby",
    "football",
    "hockey",
    "netball",
    "cycling",
    "swimming",
    "rowing",
    "golf",
    "tennis",
    "basketball",
    "volleyball",
    "boxing",
    "sailing",
    "gymnastics",
    "triathlon",
    "sport",
    "transport",
    "tourism",
    "enterprise",
    "statistics",
    "heritage",
    "historic",
    "forestry",
    "revenue",
    "customs",
    "immigration",
    "education",
    "housing",
    "fisheries",
    "agriculture",
    "environment",
    "research",
    "science",
    "justice",
];

/// Utilities and carriers named after the place they serve ("Yorkshire Water", "Kenya
/// Power", "Scottish Gas", "Southern Rail"). After a place these end a body's name; alone
/// they are portfolios as often ("Power Minister", "the Rail Minister"), so they are no
/// [`ORGANIZATION_CUES`].
pub static UTILITY_NOUNS: &WordList = word_list![
    "water",
    "power",
    "energy",
    "gas",
    "electric",
    "electricity",
    "rail",
    "trains",
    "buses",
    // A state's health service: "Queensland Health", "NSW Health".
    "health",
];

/// Compass words that end the names of constituencies and districts ("Bolton North East",
/// "Dublin Bay South", "Leeds Central").
pub static COMPASS_SUFFIXES: &WordList = word_list![
    "north",
    "south",
    "east",
    "west",
    "central",
    "north-east",
    "north-west",
    "south-east",
    "south-west"
];

/// A country's regions named by a compass word of two points, or by being in the middle:
/// "the Northeast", "the South-West", "the Midwest", "the Midlands".
pub static COMPASS_REGIONS: &WordList = word_list![
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "midwest",
    "midlands",
];

/// Words a road's number follows in its name ("Highway 391", "Route 66", "Interstate 40").
pub static ROAD_NOUNS: &WordList = word_list![
    "highway",
    "route",
    "interstate",
    "motorway",
    "freeway",
    "expressway"
];

/// Capitalised words for streets and open spaces that a possessive name may stand before
/// ("Pope's Road", "St Stephen's Green", "Lamb's Conduit Street"). Compared as written.
pub static STREET_WORDS: &WordList = word_list![
    "Road", "Street", "Lane", "Avenue", "Green", "Square", "Park", "Quay", "Hill", "Bridge",
    "Terrace", "Place", "Row", "Way", "Close", "Crescent", "Gate", "Wharf", "Walk",
];

/// Prepositions a street's name follows ("on Kings Weston Lane", "along Church Hill Way").
pub static STREET_PREPOSITIONS: &WordList = word_list!["on", "along", "off"];

/// Adjectives that open the names of places and bodies ("West Midlands Ambulance Service",
/// "Greater Manchester Police", "Upper Hutt", "Old Trafford"): opening a sentence before
/// another capitalised word, they are the name's first word, not the sentence's.
pub static NAME_OPENING_ADJECTIVES: &WordList = word_list![
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "great", "little", "new", "old", "royal", "national", "inner",
    "outer", "mid", "high", "grand", "metro",
];

/// Words that qualify an office written in lower case before it ("managing director",
/// "deputy leader", "acting chairman"): with it, they make the office.
pub static OFFICE_QUALIFIERS: &WordList = word_list![
    "managing",
    "deputy",
    "acting",
    "interim",
    "former",
    "vice",
    "assistant",
    "general",
    "executive",
    "regional",
    "national",
    "senior",
];

/// Words for a court's or an area's reach that open an office before one of
/// [`JURISDICTION_OFFICES`] ("District Judge", "Circuit Judge", "District Attorney",
/// Ghana's "Metropolitan Chief Executive").
pub static OFFICE_JURISDICTIONS: &WordList = word_list![
    "district",
    "circuit",
    "magistrate",
    "bankruptcy",
    "county",
    "appeals",
    "metropolitan",
    "municipal",
];

/// Offices a word of [`OFFICE_JURISDICTIONS`] may open.
pub static JURISDICTION_OFFICES: &WordList = word_list![
    "judge",
    "judges",
    "attorney",
    "commissioner",
    "coroner",
    "collector",
    "chief",
];

/// Titles that streets, hospitals and schools are named after together with their holder
/// ("King Street", "Queen St", "Prince Albert Road", "Queen Elizabeth Hospital"): before the
/// word for such a place, the title is part of its name.
pub static NAMESAKE_TITLES: &WordList =
    word_list!["king", "queen", "prince", "princess", "duke", "duchess",];

/// Titles that, right before a surname, are more often a common given name ("Dean Lowry";
/// "the Dean of Westminster" is the office).
pub static GIVEN_NAME_TITLES: &WordList = word_list!["dean"];

/// Ranks written as ordinary words (or a force's name) that are a title only before a given
/// name: "Garda Aoife Duggan" (a "Garda spokesman" speaks for the force), "Trooper Amy
/// Clarke", "Gunner Tom Bell".
pub static RANKS_BEFORE_GIVEN_NAME: &WordList = word_list![
    "garda",
    "trooper",
    "gunner",
    "sapper",
    "guardsman",
    "rifleman",
    "fusilier",
    "signaller",
    "bombardier",
    "airman",
    "marine"
];

/// Whether two words are one honour: the Malaysian "Tan Sri", "Puan Sri", "Datuk Seri",
/// "Dato' Sri", "Datin Seri", "Toh Puan", and "Most Hon.", "Rt Hon". Their words alone may be
/// a surname ("Tan"), open a name ("Sri Mulyani") or be an ordinary word ("Most").
pub fn is_honour_of_two_words(first: &str, second: &str) -> bool {
    let honours: &[&str] = match second {
        "Sri" | "Seri" => &["tan", "puan", "datuk", "datin", "dato", "dato'", "dato’"],
        "Puan" => &["toh"],
        // "the Most Hon. Andrew Holness", "the Rt Hon Keir Starmer".
        "Hon" | "Hon." | "Honourable" | "Honorable" => &["most", "rt", "rt.", "right"],
        _ => return false,
    };
    honours
        .iter()
        .any(|honour| first.eq_ignore_ascii_case(honour))
}

/// Honorifics that are never a name on their own and never part of one.
pub static HONORIFICS: &WordList = word_list![
    "madam",
    "shri",
    "sh",
    "smt",
    "smt.",
    "cllr",
    "cr",
    "alhaji",
    "hajiya",
    "comrade",
    "engr",
    "engr.",
    // A Nigerian barrister's, with its stop ("Barr" is a surname): "Barr. Ngozi Eze".
    "barr.",
    "eng.",
    "daw",
    // The forms of address, offices and honours of `TITLES`, above.
    "hon",
    "honourable",
    "honorable",
    "mec",
    "magistrate",
    "coroner",
    "datuk",
    "datin",
    "dato",
    "dato'",
    "dato’",
    "tun",
    "puan",
    "encik",
    "thiru",
    "thirumathi",
    "atty",
    "atty.",
    "sheikh",
    "lord",
    "baroness",
    "chief",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "mme",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
];

/// Forms of address among `HONORIFICS`: the words before one are no part of it ("MLA from
/// Kota Dr. Prithvi Sankhla"), as a place or a portfolio is of an office ("Kota Mayor").
pub static FORMS_OF_ADDRESS: &WordList = word_list![
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "mme", "mr.", "mrs.", "ms.",
    "dr.", "prof.", "shri", "sh", "smt", "smt.", "madam"
];

/// Last words that make a capitalised phrase an organisation.
pub static ORGANIZATION_CUES: &WordList = word_list![
    // Firms' last words: "Gozo Channel Line", "Hartwig Research", "Kestrel Lane Books".
    "line",
    // "Durham County Emergency Management", "Bureau of Land Management".
    "management",
    "lines",
    "research",
    "books",
    "securities",
    "metals",
    "partners",
    "ferries",
    "railways",
    "shipping",
    "logistics",
    "investments",
    "insurance",
    "foods",
    "pharma",
    "biopharma",
    "solutions",
    "consulting",
    "capital",
    "ministry",
    "department",
    "agency",
    "directorate",
    // French, Spanish and Portuguese bodies' first words: "Conseil du Café-Cacao",
    // "Syndicat des Dockers de San-Pédro", "Consejo Nacional de Salud".
    "conseil",
    "syndicat",
    "société",
    "compagnie",
    "banque",
    "ministère",
    "agence",
    "caisse",
    "consejo",
    "sindicato",
    "ministerio",
    "banco",
    "instituto",
    "universidad",
    "universidade",
    "companhia",
    "division",
    "municipality",
    "chamber",
    "chambers",
    "office",
    "bureau",
    "council",
    "commission",
    "committee",
    "board",
    "authority",
    "administration",
    "service",
    "services",
    "university",
    "college",
    "institute",
    "institution",
    "academy",
    "school",
    "association",
    "society",
    "union",
    // South Asian councils, assemblies and bodies: "Union Parishad", "Gram Panchayat",
    // "Vidhan Sabha", "Municipal Nigam", "Kisan Samiti", "Janata Dal", "Kisan Morcha".
    "parishad",
    "panchayat",
    "sabha",
    "nigam",
    "samiti",
    "sangh",
    "morcha",
    // A Native American or First Nations government: "Navajo Nation", "Cree Nation".
    "nation",
    "federation",
    "confederation",
    "league",
    "party",
    "movement",
    "front",
    "army",
    "navy",
    "force",
    "forces",
    "guard",
    "corps",
    "police",
    "brigade",
    "brigades",
    "militia",
    "court",
    "tribunal",
    "parliament",
    "senate",
    "congress",
    "assembly",
    "bank",
    "fund",
    "foundation",
    "trust",
    "company",
    "corporation",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "group",
    "holdings",
    // Housebuilders: "Persimmon Homes", "Barratt David Wilson Homes".
    "homes",
    "industries",
    "enterprises",
    "airlines",
    "airways",
    "motors",
    "systems",
    "technologies",
    "labs",
    "laboratories",
    "network",
    "news",
    "times",
    "post",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "zeitung",
    "press",
    "telegraph",
    "guardian",
    "chronicle",
    "observer",
    "standard",
    "review",
    "magazine",
    "radio",
    "television",
    "tv",
    "broadcasting",
    "media",
    "church",
    "club",
    "team",
    "united",
    "organization",
    "organisation",
    "alliance",
    "coalition",
    "orchestra",
    "band",
    "cabinet",
    "government",
    "regime",
    "command",
    "directorate-general",
    "secretariat",
    "observatory",
    "consortium",
    "cooperative",
    "exchange",
    "reserve",
    "telecom",
    "communications",
    "pictures",
    "studios",
    "records",
    "publishing",
    "publishers",
    "schools",
    "district",
    "program",
    "programme",
    "project",
    "initiative",
    "system",
    "institutes",
    "stores",
    "squad",
    "unit",
    "caucus",
    "mission",
];

/// First words of an "of" name that make it a building or monument, a place ("the Tower of
/// London", "the Shrine of Remembrance", "the Palace of Westminster").
pub static BUILDING_OF_HEADS: &WordList = word_list![
    "tower",
    "temple",
    "palace",
    "shrine",
    "abbey",
    "cathedral",
    "basilica",
    "castle",
    "mosque",
    "hospital",
    "statue",
];

/// First words of an "of" name that make it a thing ("the Treaty of Rome").
pub static LAW_OF_HEADS: &WordList = word_list!["treaty"];

/// Last words of a church named for its saint ("St Clement's Church", "St Giles'
/// Cathedral").
pub static CHURCH_BUILDINGS: &WordList = word_list![
    "church",
    "chapel",
    "cathedral",
    "abbey",
    "basilica",
    "minster",
    "kirk"
];

/// First words of an "of" name that make it an event ("the Battle of Hastings", "the Siege of
/// Mariupol").
pub static EVENT_OF_HEADS: &WordList = word_list!["battle", "siege", "war"];

/// Words after "of" in organisation names ("University of Texas", "Church of Scientology").
/// An "of" joins two capitalised parts only after one of these or an organisation cue.
pub static OF_HEADS: &WordList = word_list![
    "university",
    "church",
    "ministry",
    "minister",
    // South Africa's "MEC for Education": a provincial minister.
    "mec",
    "department",
    // "Indonesian Forum for the Environment".
    "forum",
    // A transport authority named for the place it serves: "Transport for London".
    "transport",
    "bank",
    "museum",
    "institute",
    "college",
    "school",
    "council",
    "house",
    "office",
    "secretary",
    "republic",
    "kingdom",
    "state",
    "states",
    "united",
    "gulf",
    "bay",
    "sea",
    "isle",
    "isles",
    "island",
    "islands",
    "strait",
    "straits",
    "cape",
    "lake",
    "mount",
    "city",
    "province",
    "duke",
    "duchess",
    "prince",
    "princess",
    "king",
    "queen",
    "president",
    "governor",
    "mayor",
    "court",
    "board",
    "academy",
    "society",
    "association",
    "federation",
    "confederation",
    "union",
    "league",
    "order",
    "army",
    "navy",
    "chamber",
    "commission",
    "committee",
    "bureau",
    "agency",
    "center",
    "centre",
    // "Centers for Disease Control and Prevention": bodies named in the plural.
    "centers",
    "centres",
    "hall",
    "library",
    "archdiocese",
    "diocese",
    "bishop",
    "archbishop",
    "emirate",
    "sultanate",
    "commonwealth",
    "people's",
    "peoples",
    "organization",
    "organisation",
    "cabinet",
    "chief",
    "chiefs",
    "head",
    "director",
    "administrator",
    "commissioner",
    // "Deputy Superintendent of Police Carlton Whyte-Brissett": Caribbean and South Asian
    // police ranks.
    "superintendent",
    "speaker",
    "general",
    // Offices written with a hyphen: "the Inspector-General of Police". (A
    // Director-General's or Secretary-General's "of" opens the body they head, which the
    // title's reading finds.)
    "attorney-general",
    "auditor-general",
    "solicitor-general",
    "inspector-general",
    "governor-general",
    "surgeon-general",
    "accountant-general",
    "consul-general",
    "registrar-general",
    "postmaster-general",
    "attorney",
    "district",
    "embassy",
    "consulate",
    "parliament",
    "museums",
    "pillars",
    "party",
    "sisters",
    "brothers",
    "friends",
    "tower",
    "temple",
    "palace",
    "shrine",
    "abbey",
    "cathedral",
    "basilica",
    "castle",
    "hospital",
    "statue",
    "port",
    "battle",
    "treaty",
    "siege",
    "war",
];

/// Last words of waters, valleys and town halls, often named for the place they run through
/// or serve ("Ohio River", "Hunter Valley", "Lambeth Town Hall"): the place inside is no
/// mention of its own.
pub static NAMED_FOR_A_PLACE_HEADS: &WordList = word_list![
    "river", "creek", "lake", "valley", "canal", "falls", "estuary", "hall"
];

/// Last words that make a capitalised phrase a place.
pub static PLACE_CUES: &WordList = word_list![
    "river",
    "mountain",
    "mountains",
    "mount",
    "mt",
    "mt.",
    "lake",
    "creek",
    "sea",
    "ocean",
    "island",
    "islands",
    // "the Greater Toronto Area", "Ilorin West Local Government Area", "Ikeja LGA".
    "area",
    "lga",
    "isle",
    "bay",
    "gulf",
    "valley",
    "desert",
    "base",
    "airport",
    "airbase",
    "square",
    "street",
    "st",
    "st.",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "bridge",
    "park",
    "province",
    "region",
    "county",
    "city",
    "peninsula",
    "strait",
    // A sea inlet or channel: "Puget Sound", "Bluemull Sound".
    "sound",
    "canal",
    // Transport hubs: "Toa Payoh Bus Interchange".
    "interchange",
    // Buildings in Indian English, from Hindi: "Nirman Bhawan", "Rashtrapati Bhavan".
    "bhawan",
    "bhavan",
    // "Ilorin South Constituency", "the Epsom Electorate".
    "constituency",
    "electorate",
    "coast",
    "port",
    "harbor",
    "harbour",
    "beach",
    "hill",
    "hills",
    "heights",
    "plain",
    "plains",
    "forest",
    "falls",
    "canyon",
    "crossing",
    "border",
    "highway",
    "camp",
    "village",
    "town",
    "governorate",
    "prefecture",
    "oblast",
    "territory",
    "territories",
    "state",
    "republic",
    "kingdom",
    "emirate",
    "strip",
    "bank",
    "house",
    "palace",
    "castle",
    "fortress",
    "lighthouse",
    "tower",
    "stadium",
    "arena",
    // Sports grounds: "Leichhardt Oval", "Melbourne Cricket Ground", "Flemington Racecourse".
    "oval",
    "ground",
    "racecourse",
    "velodrome",
    "showground",
    "showgrounds",
    "station",
    "airfield",
    "dam",
    "barrage",
    "weir",
    "reservoir",
    "pass",
    "delta",
    "basin",
    "glacier",
    "volcano",
    "reef",
    "center",
    "centre",
    "hospital",
    "infirmary",
    "museum",
    "gallery",
    "library",
    "mosque",
    "temple",
    "synagogue",
    "cathedral",
    "chapel",
    "abbey",
    "priory",
    "facility",
    "factory",
    "plant",
    "prison",
    "jail",
    "embassy",
    "hotel",
    "complex",
    "plaza",
    // "Oyingbo Market", "Borough Market", "Crawford Market": a market held in a place.
    "market",
    "mall",
    "terminal",
    "zone",
    "view",
    "point",
    "quarter",
    "springs",
    "planetarium",
    "aquarium",
    "zoo",
    "monument",
    "memorial",
    "pier",
    "wharf",
    "marina",
    "gardens",
    // Land, water and local government few surnames share: "Tarrangil Shire", "Summer Isles",
    // "Pearl River Estuary", "Ōtākou Marae", "Kelso Street Recreation Reserve".
    "estuary",
    "isles",
    "lagoon",
    "inlet",
    "cove",
    "gorge",
    "plateau",
    "wetland",
    "wetlands",
    "headland",
    "fjord",
    "firth",
    "atoll",
    "archipelago",
    "sanctuary",
    "reserve",
    "trail",
    "marae",
    "shire",
    "district",
    "borough",
    "parish",
    "township",
    "municipality",
];

/// Words for a natural feature that its name is also written without ("the Murrumbidgee",
/// "Murrumbidgee River"; "the Kalahari", "Kalahari Desert").
pub static NATURAL_FEATURES: &WordList = word_list![
    "river",
    "creek",
    "lake",
    "mountains",
    "range",
    "ranges",
    "desert",
    "sea",
    "ocean",
    "glacier",
    "volcano",
    "reef",
    "delta",
    "peninsula",
    "strait",
    "basin",
];

/// Lower-case nouns after a name that make it a place ("Tartus naval base").
pub static PLACE_NOUNS_AFTER: &WordList = word_list![
    "base",
    // "the Sallowby castle".
    "castle",
    "city",
    "province",
    "region",
    "airport",
    "port",
    "river",
    "valley",
    "district",
    "governorate",
    "county",
    "town",
    "village",
    "border",
    "harbour",
    "harbor",
    "coast",
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "state",
    "island",
    "peninsula",
    "crossing",
    // "Merseyside police", "Nefyn resident Gwen Owen": forces and residents are named after
    // the place they serve or live in.
    "police",
    "resident",
    "residents",
    "station",
    // Electoral areas: "Ōrākei ward", "the Epsom electorate", "Hull West constituency".
    "ward",
    "electorate",
    "constituency",
    // Works and sites named after where they stand: "the Tanke flyover", "the Lochinver
    // lifeboat", "the Hantam solar park", "Derriford hospital".
    "flyover",
    // A river's parts: "the Brahmaputra basin", "the Waipōuri mouth".
    "basin",
    "mouth",
    "estuary",
    "delta",
    "catchment",
    "lake",
    "camp",
    "camps",
    "belt",
    "bridge",
    "lifeboat",
    "hospital",
    "park",
    "market",
    "dam",
    "reservoir",
    "canal",
    "estate",
    "stadium",
    "junction",
    "interchange",
];

/// Lower-case nouns and titles before "of" that make an unknown name after it a place
/// ("the mayor of Ghajnsielem", "residents of Motherwell", "the port of Chancay").
pub static OF_PLACE_NOUNS: &WordList = word_list![
    "mayor",
    "governor",
    // "the Queen Mother of Mankranso", "the King of Akwamu": a traditional ruler's seat.
    "mother",
    "king",
    "queen",
    "lord-lieutenant",
    "bishop",
    "archbishop",
    "provost",
    "residents",
    "people",
    "city",
    "town",
    "village",
    // "the nearby villages of Pila-Pila and Tatala".
    "villages",
    "towns",
    "cities",
    "islands",
    "municipalities",
    "townships",
    "province",
    "provinces",
    "county",
    "counties",
    "district",
    "districts",
    "region",
    "regions",
    "suburb",
    "suburbs",
    "outskirts",
    "port",
    "coast",
    "shores",
    "streets",
    "centre",
    "center",
    "heart",
];

/// Words ending a place's name after a possessive: "Simon's Town", "Bishop's Castle",
/// "Hawke's Bay", "St John's Wood", "Land's End".
pub static POSSESSIVE_PLACE_WORDS: &WordList = word_list![
    "town", "castle", "bay", "island", "point", "cross", "green", "wood", "hill", "head", "end",
];

/// Words besides `OF_PLACE_NOUNS` after which "of" and an unknown name name a place: the
/// people of a place ("the villagers of Hadoti") and where from it ("10km north of
/// Marunpo", "upstream of Outram", "the edge of town").
pub static PLACE_OF_WORDS: &WordList = word_list![
    "resident",
    "inhabitants",
    "villagers",
    "citizens",
    "townspeople",
    "townsfolk",
    "farmers",
    "fishermen",
    "edge",
    "north",
    "south",
    "east",
    "west",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "upstream",
    "downstream",
];

/// Words for a party's people and offices: an ordinary word capitalised before one is the
/// party ("the Conservative county councillor", "a Green peer", "Reform voters").
pub static PARTY_MEMBER_NOUNS: &WordList = word_list![
    "councillor",
    "councillors",
    "councilor",
    "councilors",
    "mp",
    "mps",
    "msp",
    "msps",
    "mla",
    "mca",
    "mcas",
    "mlas",
    "mep",
    "meps",
    "td",
    "tds",
    "senator",
    "senators",
    "peer",
    "peers",
    "candidate",
    "candidates",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "backbencher",
    "backbenchers",
    "frontbencher",
    "frontbenchers",
    "politician",
    "politicians",
    "leader",
    "leadership",
    "activist",
    "activists",
    "supporters",
    "voters",
    "minister",
    "ministers",
    "government",
    "administration",
    "whip",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "manifesto",
    "conference",
    "party"
];

/// Local government's words that may stand between a party and its member ("the
/// Conservative county councillor").
pub static COUNCIL_LEVELS: &WordList = word_list![
    "county", "city", "borough", "district", "parish", "town", "local", "regional", "state",
    "federal", "shadow", "deputy", "former"
];

/// Ordinary words capitalised before a member's word that name no party ("Independent
/// councillor Ann Rowe").
pub static NO_PARTY_WORDS: &WordList = word_list![
    "independent",
    "unaffiliated",
    "non-aligned",
    "senior",
    "junior",
    "former"
];

/// Elected members whose "for" names the seat they hold, a place ("the MP for Stockport",
/// "TD for Sligo-Leitrim", "Senator for Victoria"). Compared folded.
pub static SEAT_TITLES: &WordList = word_list![
    "mp",
    "mps",
    "td",
    "tds",
    "mla",
    "mca",
    "mcas",
    "mlas",
    "msp",
    "msps",
    "ms",
    "mpp",
    "mha",
    "mhk",
    "mna",
    "mep",
    "meps",
    "member",
    "members",
    "senator",
    "senators",
    "councillor",
    "councillors",
    "congressman",
    "congresswoman",
    "representative",
    "assemblyman",
    "assemblywoman",
];

/// Jobs whose holder's employer follows "at": "analysts at Macquarie", "a professor at
/// Makerere", "she works at Quillbrook".
pub static EMPLOYEE_NOUNS: &WordList = word_list![
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "professor",
    "lecturer",
    "engineer",
    "engineers",
    "executive",
    "executives",
    "trader",
    "traders",
    "partner",
    "fellow",
    "banker",
    "bankers",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    // Working somewhere, and those who work or invest there: "works at Quillbrook", "staff
    // at Brixo", "investors at Morvane".
    "work",
    "works",
    "worked",
    "working",
    "job",
    "career",
    "stint",
    "staff",
    "staffers",
    "employee",
    "employees",
    "workers",
    "colleagues",
    "investors",
    "shareholders",
    "manager",
    "managers",
    "director",
    "directors",
];

/// Newsroom jobs: plain capitalised words before or ending in one are a beat in a byline
/// ("Political correspondent", "Senior Sports Writer", "Additional reporting by").
pub static JOB_NOUNS: &WordList = word_list![
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "columnist",
    "reporting",
    "producer",
    "photographer",
    "presenter",
    "contributor",
];

/// Words of address that stand for a person without naming anyone ("I've watched Dad's
/// highlights", "Thank you, Chair").
pub static ADDRESS_WORDS: &WordList = word_list![
    "dad", "mum", "mom", "mummy", "daddy", "mam", "grandma", "grandpa", "granny", "grandad",
    "granddad", "nan", "nana", "chair",
];

/// Nouns of kinship: a name right after one is a person's ("her brother Alasdair").
pub static KINSHIP_NOUNS: &WordList = word_list![
    "brother",
    "sister",
    "son",
    "daughter",
    "father",
    "mother",
    "husband",
    "wife",
    "partner",
    "cousin",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "stepson",
    "stepdaughter",
    "twin",
    "fiancé",
    "fiancée",
    "widow",
    "widower",
];

/// The small words title case leaves in lower case ("Fire in the Hills", "Pop Culture at
/// the Expo").
pub static TITLE_CASE_SMALL_WORDS: &WordList = word_list![
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "into", "onto", "over", "per", "via", "vs", "upon", "off", "up", "out", "than",
    "after", "before",
];

/// First words that make a capitalised phrase a place ("Mount Everest", "Lake Victoria",
/// "Fort Hood").
pub static PLACE_HEADS: &WordList = word_list![
    "mount", "mt", "lake", "cape", "fort", "gulf", "isle", "bay", "port", "river",
    // Gaelic and Welsh words for an island or a loch opening its name: "Eilean Torsa".
    "eilean", "loch", "lough", "llyn", "ynys", "inis",
    // "Co Antrim", "Co. Kerry": Irish and Northern Irish counties.
    "co",
    // Parks and grounds in Welsh, French, Spanish, Portuguese and Italian: "Parc y Scarlets",
    // "Stade de France", "Estadio Azteca", "Parque Ibirapuera".
    "parc", "parque", "stade", "estadio", "estádio", "stadio",
    // Words for land, water and ways opening places' names in other languages, none a given
    // name, a surname or a word firms are named by ("Isla", "Serra", "Rio Tinto", "Salar
    // Andino" are left out): Irish "Páirc Uí Chaoimh", "Sliabh Liag", "Cnoc na Ré"; Welsh
    // "Cwm Rhondda", "Afon Teifi", "Mynydd Preseli"; Arabic "Wadi Rum", "Jebel Ali", "Ras
    // Tanura"; Malay and Indonesian "Bukit Timah", "Sungai Klang", "Pulau Ubin", "Gunung
    // Agung", "Tanjung Priok", "Jalan Besar", "Lorong Chuan"; Spanish and Portuguese "Cerro
    // Rico", "Lago Atitlán", "Ilha Grande", "Praia do Forte"; French "Île de Ré"; Filipino
    // "Barangay Tumana".
    "páirc", "pairc", "sliabh", "cnoc", "gleann", "baile", "béal", "cwm", "afon", "mynydd", "nant",
    "traeth", "wadi", "jebel", "jabal", "ras", "bukit", "sungai", "pulau", "gunung", "tanjung",
    "teluk", "kampung", "jalan", "lorong", "cerro", "lago", "ilha", "praia", "playa", "île",
    "barangay",
];

/// First words that make a capitalised phrase an event: named storms ("Hurricane Maria",
/// "Typhoon Haiyan").
pub static EVENT_HEADS: &WordList =
    word_list!["hurricane", "typhoon", "cyclone", "storm", "tornado"];

/// Last words that make a capitalised phrase an event.
pub static EVENT_CUES: &WordList = word_list![
    "war",
    "olympics",
    "games",
    "summit",
    "conference",
    "festival",
    "expo",
    "election",
    "elections",
    "revolution",
    "uprising",
    "crisis",
    "cup",
    "championship",
    "championships",
    "tournament",
    "massacre",
    "genocide",
    "earthquake",
    "hurricane",
    "storm",
    "typhoon",
    "cyclone",
    "flood",
    "marathon",
    "fair",
    "convention",
    "forum",
    "congress",
    "treaty",
    "accords",
    "accord",
    "agreement",
    "referendum",
    "protests",
    "protest",
    "spring",
];

/// Last words of a thing's name, not an organisation's or a place's: vehicles, devices,
/// prizes ("Space Shuttle", "Hubble Space Telescope", "Booker Prize").
pub static THING_CUES: &WordList = word_list![
    "shuttle",
    "rocket",
    "spacecraft",
    "satellite",
    "telescope",
    "aircraft",
    "airliner",
    "helicopter",
    "missile",
    "missiles",
    "submarine",
    "camera",
    "smartphone",
    "console",
    "vaccine",
    "prize",
    "award",
    "awards",
    "medal",
    "trophy",
];

/// The last word of a law's or a treaty's name ("the Building Safety Act", "the Online Safety
/// Bill", "the Paris Accord"): a thing written about, neither a body nor a person.
pub static LAW_HEADS: &WordList = word_list![
    "act",
    "acts",
    "bill",
    "treaty",
    "accord",
    "accords",
    "charter",
    "directive",
    "protocol",
    "amendment",
    "ordinance",
    "statute",
    "regulation",
    "regulations",
];

/// Words for an electoral or governed area closing its name ("Ilorin South Constituency",
/// "Kisii County"): a place named inside is the area's own name, not a second place.
pub static AREA_WORDS: &WordList = word_list![
    "constituency",
    "electorate",
    "ward",
    "county",
    "district",
    "province",
    "region",
    "division",
    "municipality",
    "parish",
    // Nigeria's Local Government Areas: "Ilorin West Local Government Area", "Ikeja LGA".
    "area",
    "lga",
];

/// Of [`AREA_WORDS`], those that end a name of several words before "of" and the place the
/// area lies in ("Ijebu North Local Government Area of Ogun State"). ("Division" heads bodies
/// too: "Navajo Division of Transportation".)
pub static AREAS_PLACED_BY_OF: &WordList =
    word_list!["area", "district", "county", "province", "region"];

/// Words for a part of a text or a rule before its number ("Article 7 of the regulation",
/// "under Section 12", "Signal No. 2"): a reference, no name.
pub static PROVISION_WORDS: &WordList = word_list![
    "article",
    "section",
    "clause",
    "schedule",
    "chapter",
    "paragraph",
    "annex",
    "appendix",
    "no.",
];

/// A company's legal form after its name ("Apple Inc", "Siemens AG"): the name without it
/// is the same company.
pub static LEGAL_FORMS: &WordList = word_list![
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "gmbh", "co", "co.",
    "nv", "bv", "spa", "ab", "asa", "limited", "jsc", "pte", "pty", "bhd", "tbk", "s.a.c.", "s.a.",
    "ltda", "srl", "s.p.a.", "oyj", "kk",
    // A European company, a German partnership limited by shares, French simplified and
    // limited companies, limited liability partnerships.
    "se", "kgaa", "sas", "sarl", "llp",
    // A Welsh limited company ("cwmni cyfyngedig"), an Irish one ("teoranta").
    "cyf", "cyf.", "teo", "teo.", "teoranta",
];

/// Words for a body opening its name in Irish, Welsh, French, Spanish, Portuguese, Italian,
/// German, Malay and Indonesian: "Bord Bia", "Cyngor Gwynedd", "Iarnród Éireann", "Société
/// Générale", "Banco Santander", "Universidad de Chile", "Dewan Rakyat". Compared in lower
/// case.
pub static FOREIGN_BODY_HEADS: &WordList = word_list![
    "bord",
    "cyngor",
    "comhairle",
    "cumann",
    "údarás",
    "roinn",
    "iarnród",
    "ollscoil",
    "coláiste",
    "ysgol",
    "prifysgol",
    "llywodraeth",
    "heddlu",
    "société",
    "compagnie",
    "groupe",
    "banque",
    "grupo",
    "banco",
    "companhia",
    "compañía",
    "instituto",
    "institut",
    "universidad",
    "universidade",
    "università",
    "universität",
    "ministerio",
    "ministère",
    "ministério",
    "syndicat",
    "fundación",
    "fundação",
    "fondation",
    "stiftung",
    "partido",
    "partito",
    "partai",
    "yayasan",
    "lembaga",
    "badan",
    "dewan",
    "majlis",
    "kementerian",
    "jabatan",
    // Spanish, French, Italian and Portuguese local government and assemblies: "Cabildo de
    // Gran Canaria", "Ayuntamiento de Madrid", "Conseil départemental", "Câmara Municipal".
    "cabildo",
    "ayuntamiento",
    "junta",
    "generalitat",
    "diputación",
    "consejo",
    "conseil",
    "comune",
    "câmara",
    "prefeitura",
];

/// Prefixes of a company's legal form written before its name: Indonesian "PT Graha Citra
/// Lestari". Compared as written.
pub static LEGAL_FORM_PREFIXES: &WordList = word_list!["PT", "P.T.", "CV"];

/// Services a district is formed to run, before "District": such a district is a body
/// ("Irving Independent School District"); any other district is a place.
pub static SERVICE_DISTRICT_WORDS: &WordList = word_list![
    "school",
    "water",
    "fire",
    "sanitation",
    "transit",
    "irrigation",
    "hospital",
    "health",
    "park",
    "parks",
    "utility",
    "sewer",
    "library",
    "conservation",
    "improvement",
    "drainage",
    "port",
    "flood",
    "levee",
    "housing",
];

/// Words that make a surname or a coined word a company's name ("Quillmark Holdings"): the
/// word alone then stands for the company.
pub static BUSINESS_WORDS: &WordList = word_list![
    "holdings",
    "group",
    "industries",
    "enterprises",
    "corporation",
    "company",
    "investments",
    "ventures",
    "capital",
    "partners",
    "securities",
    "logistics",
    "shipping",
    "motors",
    "foods",
    "pharma",
    "pharmaceuticals",
    "technologies",
    "systems",
    "solutions",
    "consulting",
    "brands",
    "services",
    "supplies",
    // Trades that end companies' names as often ("Haldersen Biologics", "Solmaris Holidays").
    "airways",
    "airlines",
    "biologics",
    "therapeutics",
    "biosciences",
    "laboratories",
    "labs",
    "holidays",
    "hotels",
    "resorts",
    "cruises",
    "resources",
    "minerals",
    "mining",
    "properties",
    "developers",
    "construction",
    "engineering",
    "insurance",
    "communications",
    "networks",
    "electronics",
    "chemicals",
    "textiles",
    "beverages",
    "breweries",
    "brewers",
    "distillers",
    "distilleries",
    "vintners",
    "wines",
    "bakeries",
    "dairies",
    "mills",
    "builders",
    "contractors",
    "studios",
    "publishing",
    "fisheries",
    "haulage",
    "trading",
    "manufacturing",
    "freight",
    "aviation",
    "automotive",
];

/// Generational suffixes after a name, folded ("Harry Pavey Jnr", "Mark Pavey Snr"): they tell
/// two people of one name apart.
pub static JUNIOR_SUFFIXES: &[&str] = &["jnr", "jr", "junior"];
pub static SENIOR_SUFFIXES: &[&str] = &["snr", "sr", "senior"];

/// Words a wire story's credits put before "by" ("Reporting by …; Editing by …").
pub static CREDIT_VERBS: &WordList = word_list![
    // A feature's credits: "Words by Morven Isbister | Pictures by Sandy Leask".
    "words",
    "pictures",
    "reporting",
    "editing",
    "writing",
    "additional",
    "compiled",
    "produced",
    "photographs",
    "photos",
    "photography",
    "illustrations",
    "graphics",
];

/// Nouns a work's title follows ("the 1969 film Easy Rider", "her novel The Blind
/// Assassin"): the name after them is the work's.
pub static WORK_NOUNS: &WordList = word_list![
    "film",
    "movie",
    "documentary",
    "book",
    "novel",
    "memoir",
    "album",
    "song",
    "single",
    "series",
    "sitcom",
    "musical",
    "opera",
    "poem",
    "painting",
    "play",
    "game",
];

/// Verbs that follow a sentence's subject directly ("Wikinews has learned", "Quorva said"):
/// after one, a sentence's unknown first word is the subject's name.
pub static SUBJECT_VERBS: &WordList = word_list![
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "said",
    "says",
    "reported",
    "reports",
    "announced",
    "told",
    "added",
    "confirmed",
    "claimed",
    "stated",
    "wrote",
    "learned",
];

/// Verbs of play that a player, far more often than a side, is the subject of in a match
/// report ("Esterhuizen converted", "Kane netted", "Root bowled").
pub static PLAY_VERBS: &WordList = word_list![
    "scored",
    "crossed",
    "converted",
    "kicked",
    "netted",
    "slotted",
    "bowled",
    "batted",
    "tackled",
    "headed",
    "nodded",
    "volleyed",
    "curled",
    "burrowed",
    "dived",
    "dunked",
    "intercepted",
    "pounced",
    "rifled",
    "tapped",
    "equalised",
    "equalized",
    "fired",
    "struck",
    "saved",
    "levelled",
    "leveled",
];

/// What one player does in a match ("Marler's tackle", "a try from Ojomoh", "Kane's header").
pub static PLAY_NOUNS: &WordList = word_list![
    "try",
    "goal",
    "penalty",
    "conversion",
    "tackle",
    "pass",
    "cross",
    "header",
    "strike",
    "shot",
    "kick",
    "drop-goal",
    "assist",
    "dunk",
    "layup",
    "wicket",
    "century",
    "half-century",
    "catch",
    "save",
    "finish",
];

/// Positions of team sports, written before a player's surname ("fly-half Smith", "winger
/// Ojomoh", "Goalkeeper Raya").
pub static PLAYING_POSITIONS: &WordList = word_list![
    "goalkeeper",
    "keeper",
    "striker",
    "midfielder",
    "defender",
    "full-back",
    "fullback",
    "centre-back",
    "winger",
    "wing",
    "fly-half",
    "scrum-half",
    "hooker",
    "prop",
    "flanker",
    "lock",
    "centre",
    "five-eighth",
    "halfback",
    "dummy-half",
    "quarterback",
    "pitcher",
    "shortstop",
    "goaltender",
    "guard",
    "batsman",
    "batter",
    "bowler",
    "all-rounder",
    "wicketkeeper",
    "wicket-keeper",
    "opener",
    "skipper",
    "substitute",
    "forward",
];

/// Labels of a picture's credit line ("Image: Nick Moreau.", "Video: Miharris & Acphillips."):
/// what follows the colon names who made or owns the picture.
pub static CREDIT_LABELS: &WordList = word_list![
    "image",
    "images",
    "photo",
    "photos",
    "photograph",
    "picture",
    "video",
    "credit",
    "courtesy",
    "illustration",
    // A release's furniture: "Media Contact: Tendai Moyo".
    "contact",
    "contacts",
    // A story's times: "Mumbai | Updated: April 9, 2025".
    "updated",
    "published",
    "posted",
];

/// Words after a hyphen that make a name an adjective: "Warhol-like", "Saudi-led",
/// "Kremlin-backed". The name is the part before the hyphen.
pub static COMPOUND_TAILS: &WordList = word_list![
    "like",
    "style",
    "led",
    "backed",
    "based",
    "born",
    "era",
    "made",
    "owned",
    "run",
    "controlled",
    "allied",
    "linked",
    "aligned",
    "funded",
    "sponsored",
    "friendly",
    "inspired",
    "brokered",
    "occupied",
    "held",
    "bound",
    "winner",
    "winners",
    "winning",
    "nominated",
    // Where a firm is registered or listed: "Auckland-registered Pure Southern Aqua Ltd",
    // "Santiago-listed shares".
    "registered",
    "listed",
    "headquartered",
    "incorporated",
    // What befell a place or a firm: "Covid-hit Qantas", "flood-ravaged Lismore".
    "hit",
    "ravaged",
    "stricken",
    "torn",
    "battered",
    "affected",
    // Where something is: "Ottawa-area schools", "a Europe-wide ban".
    "area",
    "wide",
];

/// Name particles written in lower case inside names ("Bashar al-Assad", "Ludwig van
/// Beethoven"). Hyphenated forms ("al-") are handled as part of the next word.
pub static PARTICLES: &WordList = word_list![
    "ap", "ab", "verch", "ferch", "ibn", "bint", "mac", "nic", "ní", "ó", "ua", "al", "el", "bin",
    "ibn", "bint", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos",
    "das", "du", "la", "le", "ter", "ten", "y", "zu", "zur", "zum", "vom", "ul", "ud",
    // Malay's "daughter of": "Siti Aminah binti Yusof"; Kalenjin's "son of": "Kipchumba
    // arap Sang"; Kikuyu and Kamba "of": "Kimanzi wa Ndolo".
    "binti", "binte", "bte", "arap", "wa",
];

/// Particles joined to the next word by a hyphen: "al-Assad", "el-Sisi".
pub static HYPHEN_PARTICLES: &WordList =
    word_list!["al", "el", "ad", "ash", "as", "at", "az", "an", "ar"];

/// Forms of "be" that make a following participle passive ("has been told").
pub static PASSIVE_AUXILIARIES: &WordList =
    word_list!["be", "been", "being", "is", "are", "was", "were", "am"];

/// Verbs and phrases that attribute speech. Compared in lower case.
pub static SPEECH_VERBS: &WordList = word_list![
    "said",
    "says",
    "say",
    // A judge's or a chair's words: "The Speaker ruled that "…"".
    "ruled",
    "rules",
    // Headlines' and sports pages' verbs of speech: "McCreadie hails ‘proper Bolton
    // performance’", "slammed the plan as ‘reckless’".
    "hails",
    "hailed",
    "slams",
    "slammed",
    // Verbs of judging that take the words judged: "blamed "market pressures" for the
    // delay", "branded the plan "a shambles"", "dismissed the claims as "nonsense"".
    "blamed",
    "blames",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "condemned",
    "condemns",
    "branded",
    "brands",
    "labelled",
    "labeled",
    "accused",
    "accuses",
    "dismissed",
    "dismisses",
    "lamented",
    "laments",
    "blasts",
    "blasted",
    "vows",
    "vowed",
    "told",
    "tells",
    "tell",
    "noted",
    "notes",
    "note",
    "added",
    "adds",
    "stated",
    "states",
    "explained",
    "explains",
    "wrote",
    "writes",
    "write",
    "writing",
    "asked",
    "asks",
    "replied",
    "replies",
    "answered",
    "answers",
    "announced",
    "announces",
    "declared",
    "declares",
    "commented",
    "comments",
    "remarked",
    "remarks",
    "observed",
    "observes",
    "argued",
    "argues",
    "claimed",
    "claims",
    "claim",
    "insisted",
    "insists",
    "warned",
    "warns",
    // Headlines' present tense after a plural subject: "…, councillors warn".
    "warn",
    "continued",
    "continues",
    "concluded",
    "concludes",
    "recalled",
    "recalls",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "reported",
    "reports",
    "tweeted",
    "tweets",
    "posted",
    "urged",
    "urges",
    "quipped",
    "joked",
    "emphasised",
    "emphasized",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "conceded",
    "predicted",
    "predicts",
    "responded",
    "responds",
    "exclaimed",
    "shouted",
    "whispered",
    "cautioned",
    "complained",
    "complains",
    "maintained",
    "maintains",
    "pointed",
    "described",
    "describes",
    "called",
    "calls",
    "stating",
    "saying",
    "adding",
    "noting",
    "telling",
    "explaining",
    "describing",
    "quoted",
    "quoting",
    "announcing",
    "declaring",
    "arguing",
    "claiming",
    "warning",
    "asking",
    "commenting",
    "pleaded",
    "promised",
    "vowed",
    "agreed",
    "affirmed",
    "assured",
    "boasted",
    "charged",
    "contended",
    "countered",
    "estimated",
    "mused",
    "objected",
    "pledged",
    "proclaimed",
    "protested",
    "reiterated",
    "retorted",
    "revealed",
    "speculated",
    "testified",
    "wondered",
    "thought",
    "believes",
    "believed",
    "feels",
    "felt",
    "observing",
    "read",
    "reads",
];

/// Verbs that put out a statement ("issued a statement", "released a joint statement").
pub static STATEMENT_VERBS: &WordList =
    word_list!["issued", "released", "published", "issues", "releases"];

/// What [`STATEMENT_VERBS`] put out when they report words.
pub static STATEMENT_NOUNS: &WordList = word_list![
    "statement",
    "statements",
    "communique",
    "communiqué",
    "declaration"
];

/// Nouns for a speaker left unnamed, placed by what they are close to or know of ("a source
/// close to the minister", "one person familiar with the talks").
pub static UNNAMED_SPEAKER_NOUNS: &WordList = word_list![
    "source",
    "sources",
    "official",
    "officials",
    "person",
    "people",
    "insider",
    "insiders",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "executive",
    "executives",
    "ally",
    "allies",
];

/// Words placing an unnamed speaker by what they know or are near ("close to", "familiar
/// with", "with knowledge of", "briefed on").
pub static PLACING_WORDS: &WordList = word_list![
    "close",
    "closer",
    "familiar",
    "knowledge",
    "briefed",
    "near"
];

/// Nouns that can be the subject of a speech verb without being a name ("the report said").
pub static SPEAKER_NOUNS: &WordList = word_list![
    "report",
    "statement",
    "media",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "ministry",
    "agency",
    "government",
    "police",
    "witness",
    "witnesses",
    "source",
    "sources",
    "poster",
    "post",
    "message",
    "letter",
    "newspaper",
    "paper",
    "website",
    "blog",
    "article",
    "announcement",
    "document",
    "note",
    "editorial",
    "broadcaster",
    "military",
    "army",
    "spokesmen",
    "analysts",
    "analyst",
    "experts",
    "expert",
    "residents",
    "resident",
    "activists",
    "activist",
    "group",
    "organisation",
    "organization",
    "company",
    "firm",
    "department",
    "office",
    "court",
    "judge",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "doctor",
    "doctors",
    "authorities",
    "minister",
    "president",
    "leader",
    "commander",
    "tweet",
    "release",
    "communique",
    "survey",
    "study",
    "researchers",
    "scientists",
    "board",
    "council",
    "committee",
    "commission",
    "embassy",
    "kremlin",
    "pentagon",
    "church",
    "team",
    "coach",
    "family",
    "friend",
    "friends",
    "daughter",
    "son",
    "mother",
    "father",
    "wife",
    "husband",
    "sister",
    "brother",
    "author",
    "writer",
    "reporter",
    "journalist",
    "user",
    "users",
    "blogger",
    "person",
    "man",
    "woman",
    "people",
    "students",
    "student",
    "teacher",
    "teachers",
    "parents",
    "campaigners",
    "campaign",
    "network",
    "channel",
    "outlet",
    "daily",
    "weekly",
    "site",
    "page",
    "account",
    "speaker",
    "host",
    "curator",
    "director",
    "manager",
];

/// Pronouns that can name a speaker, resolved to the nearest fitting entity.
pub static PERSON_PRONOUNS: &WordList = word_list!["he", "she"];
pub static THING_PRONOUNS: &WordList = word_list!["it", "they"];

pub static WEEKDAYS: &WordList = word_list![
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub static MONTHS: &WordList = word_list![
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// Months that are also common English words: dates only next to a number or after a
/// preposition of time.
pub static AMBIGUOUS_MONTHS: &WordList = word_list!["March", "May", "June", "August"];

/// Words before a month or year that make it a date ("in May", "since 2015").
pub static TIME_PREPOSITIONS: &WordList = word_list![
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "before",
    "after",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "of",
    "through",
    "throughout",
    "between",
    "and",
    "this",
    "to",
    "around",
    "circa",
    "as",
];

// Date words: the forms the date rules (`dates.rs`) read besides the months and weekdays.

/// Months shortened, written without their full stop ("Apr 3", "8 Apr 2025"): a date only
/// next to a day or a year, since "Mar" or "Jan" alone may be anything.
pub static MONTH_ABBREVIATIONS: &WordList = word_list![
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Weekdays shortened, without their full stop ("Tue 8 Apr 2025"): a date only before a day
/// and month, since "Sun", "Sat" and "Wed" are words and names too.
pub static WEEKDAY_ABBREVIATIONS: &WordList = word_list![
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Holidays and festivals named as dates ("before Diwali", "on Canada Day", "after Eid al-Fitr"),
/// written as news writes them; later words are compared ignoring case and the kind of
/// apostrophe. A saint's day is listed with "St", "St." and "Saint" alike.
pub static HOLIDAYS: &[&str] = &[
    "Christmas",
    "Christmas Day",
    "Christmas Eve",
    "Boxing Day",
    "New Year",
    "New Year's Day",
    "New Year's Eve",
    "Hogmanay",
    "Easter",
    "Easter Sunday",
    "Easter Monday",
    "Good Friday",
    "Holy Week",
    "Maundy Thursday",
    "Ash Wednesday",
    "Palm Sunday",
    "Pentecost",
    "Whitsun",
    "Ramadan",
    "Ramazan",
    "Eid",
    "Eid al-Fitr",
    "Eid Al Fitr",
    "Eid ul-Fitr",
    "Eid-ul-Fitr",
    "Eid al-Adha",
    "Eid Al Adha",
    "Eid ul-Adha",
    "Eid-ul-Adha",
    "Bakrid",
    "Sallah",
    "Mawlid",
    "Ashura",
    "Hari Raya",
    "Hari Raya Puasa",
    "Hari Raya Haji",
    "Hari Raya Aidilfitri",
    "Diwali",
    "Deepavali",
    "Holi",
    "Navratri",
    "Dussehra",
    "Durga Puja",
    "Onam",
    "Pongal",
    "Vaisakhi",
    "Baisakhi",
    "Ganesh Chaturthi",
    "Raksha Bandhan",
    "Makar Sankranti",
    "Vesak",
    "Wesak",
    "Poya",
    "Nowruz",
    "Norooz",
    "Hanukkah",
    "Chanukah",
    "Passover",
    "Yom Kippur",
    "Rosh Hashanah",
    "Sukkot",
    "Purim",
    "Chinese New Year",
    "Lunar New Year",
    "Songkran",
    "Chuseok",
    "Tet",
    "Kwanzaa",
    "Thanksgiving",
    "Thanksgiving Day",
    "Halloween",
    "Bonfire Night",
    "Guy Fawkes Night",
    "Burns Night",
    "St Patrick's Day",
    "St. Patrick's Day",
    "Saint Patrick's Day",
    "Paddy's Day",
    "St Andrew's Day",
    "St. Andrew's Day",
    "St David's Day",
    "St. David's Day",
    "St George's Day",
    "St. George's Day",
    "Valentine's Day",
    "St Valentine's Day",
    "Mother's Day",
    "Mothering Sunday",
    "Father's Day",
    "May Day",
    "Labour Day",
    "Labor Day",
    "Labour Weekend",
    "Memorial Day",
    "Independence Day",
    "Fourth of July",
    "July Fourth",
    "St Brigid's Day",
    "St. Brigid's Day",
    "Family Day",
    "Canada Day",
    "Victoria Day",
    "Australia Day",
    "Anzac Day",
    "Waitangi Day",
    "Matariki",
    "Remembrance Day",
    "Remembrance Sunday",
    "Armistice Day",
    "Veterans Day",
    "Veterans' Day",
    "Martin Luther King Day",
    "Presidents' Day",
    "Presidents Day",
    "Juneteenth",
    "Columbus Day",
    "Bastille Day",
    "Republic Day",
    "Freedom Day",
    "Heritage Day",
    "Youth Day",
    "Workers' Day",
    "Human Rights Day",
    "Reconciliation Day",
    "Emancipation Day",
    "Jamhuri Day",
    "Madaraka Day",
    "Mashujaa Day",
    "Democracy Day",
    "National Day",
    "Golden Week",
    "Lent",
    "Advent",
    // The quarter days and feasts of the church year, in dated records and university terms.
    "Michaelmas",
    "Candlemas",
    "Lammas",
    "Lady Day",
    "Whitsuntide",
    "Whit Monday",
    "Shrove Tuesday",
    "Epiphany",
    "Twelfth Night",
    "All Saints' Day",
    "All Souls' Day",
    "St Stephen's Day",
    "St. Stephen's Day",
];

/// Holidays that are also ordinary English words: a date only where no sentence starts with
/// them ("Lent money to …").
pub static HOLIDAYS_ALSO_WORDS: &WordList = word_list!["Lent", "Advent", "Tet", "Holi"];

/// Ordinals that count a year's quarters ("first quarter", "third-quarter results").
pub static QUARTER_ORDINALS: &WordList = word_list!["first", "second", "third", "fourth"];

/// Time zones after a clock time ("09.14 BST", "4:45 PM EDT"), taken into the time's span.
pub static TIME_ZONES: &WordList = word_list![
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "IST", "PKT", "SGT", "HKT",
    "JST", "KST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "SAST", "EAT", "WAT", "CAT",
    "GST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST", "AST", "ADT",
    "NST", "NDT", // The short forms of American and Canadian copy: "4:45 p.m. CT".
    "ET", "CT", "MT", "PT",
];

/// The seasons, whose "of" names a year ("the summer of 1526").
pub static SEASONS: &WordList = word_list!["spring", "summer", "autumn", "fall", "winter"];

/// Words after a number before 1800 that leave it a year ("in 1644, and", "in 1646 its
/// east range"): joining words, determiners and pronouns, where a count would have its noun.
pub static AFTER_A_YEAR: &WordList = word_list![
    "and", "or", "but", "when", "as", "after", "before", "until", "the", "a", "an", "its", "his",
    "her", "their", "he", "she", "it", "they", "was", "were", "had", "to", "with", "by",
];

/// Words before a number that make it a count or a code, not a year ("about 2000 people",
/// "flight 1949", "No 1900").
pub static NOT_BEFORE_YEAR: &WordList = word_list![
    "about",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "some",
    "over",
    "than",
    "least",
    "only",
    "just",
    "total",
    "No",
    "No.",
    "no",
    "number",
    "Number",
    "flight",
    "Flight",
    "route",
    "Route",
    "page",
    "pages",
    "room",
    "Room",
    "model",
    "Model",
    "code",
    "Code",
    "$",
    "£",
    "€",
    "¥",
    "₹",
    "₦",
    "US$",
    "A$",
    "C$",
    "NZ$",
    "S$",
    "R",
    "Rs",
    "Rs.",
    "#",
];

/// Words after a number that make it a quantity or a clock time, not a year ("2000 km",
/// "1900 hours", "2050 GMT" is caught by the time zones).
pub static NOT_AFTER_YEAR: &WordList = word_list![
    "%",
    "percent",
    "per",
    "hours",
    "hrs",
    "km",
    "kilometres",
    "kilometers",
    "m",
    "metres",
    "meters",
    "ft",
    "feet",
    "miles",
    "kg",
    "tonnes",
    "tons",
    "mph",
    "kph",
    "MW",
    "GW",
    "kW",
    "cc",
    "x",
];

/// Words after "the 15th" that show it stands alone as a day of the month ("the 15th falls
/// on a Sunday", "by the 21st, when …"), rather than before a noun ("the 15th century").
pub static AFTER_A_LONE_DAY: &WordList = word_list![
    "falls", "fell", "is", "was", "will", "would", "and", "or", "but", "when", "at", "to", "for",
    "as", "if", "because", "instead", "onwards", "onward", "itself",
];

/// US states as AP style abbreviates them in datelines ("TUPELO, Miss. (AP)"), and Canada's
/// provinces and territories as the Canadian Press does ("THUNDER BAY, Ont."), each with its
/// name; the states and provinces the two spell out are not listed.
pub static AP_STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Alta", "Alberta"),
    ("B.C", "British Columbia"),
    ("Man", "Manitoba"),
    ("N.B", "New Brunswick"),
    ("N.L", "Newfoundland and Labrador"),
    ("N.S", "Nova Scotia"),
    ("N.W.T", "Northwest Territories"),
    ("Ont", "Ontario"),
    ("P.E.I", "Prince Edward Island"),
    ("Que", "Quebec"),
    ("Sask", "Saskatchewan"),
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nev", "Nevada"),
    ("N.H", "New Hampshire"),
    ("N.J", "New Jersey"),
    ("N.M", "New Mexico"),
    ("N.Y", "New York"),
    ("N.C", "North Carolina"),
    ("N.D", "North Dakota"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("R.I", "Rhode Island"),
    ("S.C", "South Carolina"),
    ("S.D", "South Dakota"),
    ("Tenn", "Tennessee"),
    ("Vt", "Vermont"),
    ("Va", "Virginia"),
    ("Wash", "Washington"),
    ("W.Va", "West Virginia"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// The state an AP abbreviation stands for, with or without its full stop ("Miss.", "Miss").
pub fn ap_state(abbreviation: &str) -> Option<&'static str> {
    let bare = abbreviation.strip_suffix('.').unwrap_or(abbreviation);
    AP_STATE_ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == bare)
        .map(|&(_, state)| state)
}

/// Adverbs of time and linking that open sentences without the "-ly" that marks most
/// adverbs ("Yesterday Party members met"): never the first word of a name.
pub static SENTENCE_ADVERBS: &WordList = word_list![
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "now",
    "then",
    "here",
    "there",
    "meanwhile",
    "still",
    "also",
    "again",
    "later",
    "earlier",
    "instead",
    "however",
    "thus",
    "hence",
    "yet",
    "so",
    "soon",
    "once",
    "afterwards",
    "overnight",
];

/// Lower-case nouns for a person that a place's name is set before, saying where they live
/// ("a Footscray man", "a Werribee mother of three").
pub static RESIDENT_NOUNS: &WordList = word_list![
    "man",
    "woman",
    "men",
    "women",
    "boy",
    "girl",
    "teenager",
    "teen",
    "toddler",
    "resident",
    "residents",
    "couple",
    "family",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "pensioner",
    "retiree",
    "local",
    "locals",
    "farmer",
    "landlord",
    "homeowner",
    "schoolboy",
    "schoolgirl",
    "mum",
    "dad",
];

/// Lower-case nouns for a kind of business, which name no person doing the work ("copper
/// miner Cordillera Austral", "chipmaker Arvantis"; not "publisher", "developer" or
/// "operator", which are people's jobs as often).
pub static BUSINESS_NOUNS: &WordList = word_list![
    "miner",
    "carmaker",
    "automaker",
    "retailer",
    "supermarket",
    "grocer",
    "lender",
    "bank",
    "insurer",
    "airline",
    "chipmaker",
    "drugmaker",
    "brewer",
    "distiller",
    "housebuilder",
    "conglomerate",
    "startup",
    "start-up",
    "firm",
    "company",
    "manufacturer",
    "exporter",
    "importer",
    "supplier",
    "distributor",
    "utility",
    "telco",
    "chain",
    "consultancy",
    "shipper",
    "shipbuilder",
    "refiner",
    "steelmaker",
    "planemaker",
    "fintech",
    "insurtech",
    "broker",
    "brokerage",
    "bottler",
    "wholesaler",
    "e-tailer",
    "marketplace",
    "carrier",
    // Bodies by what they do: "the network regulator, the Bundesnetzagentur,".
    "regulator",
    "watchdog",
    "broadcaster",
    "operator",
    "publisher",
    "developer",
    "contractor",
    "charity",
    "nonprofit",
    "non-profit",
    "newspaper",
];

/// Prepositions before a place or a body alike ("at Shrewsbury", "at Tesco"): a place only
/// when the name looks like one.
pub static PLACE_OR_BODY_PREPOSITIONS: &WordList = word_list![
    "at", "from", "to", "via", "towards", "toward", "into", "under", "beyond", "past"
];

/// Prepositions before a name that make an unknown name a place ("in Irving").
pub static LOCATIVE_PREPOSITIONS: &WordList = word_list![
    "in",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "around",
    // At sea beside: "off Tanera Mòr", "off the coast of".
    "off",
];

/// Words of setting off: an unknown name after one and "for" is where to ("bound for
/// Cirkewwa", "left for Kalgoorlie"; "worked for Quillbrook" is no journey).
pub static DEPARTURE_WORDS: &WordList = word_list![
    "bound",
    "headed",
    "heading",
    "heads",
    "left",
    "leaving",
    "leave",
    "leaves",
    "departed",
    "departing",
    "departs",
    "sailed",
    "sailing",
    "set",
    "sets",
    "off"
];

/// Verbs of going somewhere: an unknown name after one and "to" is where ("moved to Nefyn",
/// "returns to Tairawhiti").
pub static MOTION_VERBS: &WordList = word_list![
    "move",
    "moves",
    "moved",
    "moving",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "return",
    "returns",
    "returned",
    "returning",
    "flew",
    "fly",
    "flies",
    "flying",
    "drove",
    "drive",
    "drives",
    "driving",
    "went",
    "go",
    "goes",
    "going",
    "relocate",
    "relocated",
    "relocates",
    "fled",
    "flee",
    "flees",
    "sailed",
    "sail",
    "sails",
    "headed",
    "heading",
    "commute",
    "commutes",
    "commuted",
    "walked",
    "walk",
    "evacuated",
    "retired",
    "emigrated",
    "migrated",
];

/// Verbs whose object is where someone went: an unknown name right after one is a place
/// ("visited Murwillumbah", "toured Kisumu").
pub static VISIT_VERBS: &WordList = word_list![
    "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring",
];

/// Nouns of ways and journeys: an unknown name after one and "to" is where it leads
/// ("roads to Talakaveri", "flights to Jaffna").
pub static ROUTE_NOUNS: &WordList = word_list![
    "road", "roads", "route", "routes", "flight", "flights", "train", "trains", "bus", "buses",
    "ferry", "ferries", "highway", "motorway", "railway", "journey", "trip", "access", "link",
    "crossing", "sailings", "services", "rail", "line", "corridor", "pipeline", "border",
];

/// Heads of an office whose portfolio is written before them in capitalised plain words
/// ("National Revenue Minister", "Managing Director", "Urban Development Minister"). Not the
/// heads a party name goes before ("Labour MP"): a party is a name of its own.
pub static PORTFOLIO_HEADS: &WordList = word_list![
    "minister",
    "secretary",
    "director",
    "director-general",
    "executive",
    "officer",
    "commissioner",
    "chairman",
    "chairwoman",
    "chairperson",
    "manager",
    "editor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "td",
    "controller",
    "registrar",
    "constable",
];

/// Determiners dropped from the start of a name ("the Kremlin").
pub static DETERMINERS: &WordList = word_list!["the", "a", "an"];

/// Conjunctions and prepositions that end a noun phrase: after quoted words, they show the
/// words were the phrase's end, not a modifier of a noun after them.
pub static PHRASE_ENDING_WORDS: &WordList = word_list![
    "but", "and", "or", "nor", "for", "to", "in", "on", "of", "at", "by", "with", "from", "after",
    "before", "over", "than", "that", "which", "as", "if", "because", "while", "since", "when",
    "amid", "despite",
];

/// Words that open a noun phrase: a quotation between one and the phrase's next word is part
/// of the phrase (`the "History" section`), not speech.
pub static NOUN_PHRASE_OPENERS: &WordList = word_list![
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your",
];

/// Words after which quoted words are cited or named, not spoken: `the words "and
/// Emergency"`, `a hashtag "#IStandWithAhmed"`, `nicknamed "the Butcher"`.
pub static CITING_WORDS: &WordList = word_list![
    "word",
    "words",
    "term",
    "terms",
    "phrase",
    "phrases",
    "slogan",
    "slogans",
    "hashtag",
    "hashtags",
    "headline",
    "headlined",
    "title",
    "titled",
    "entitled",
    "nickname",
    "nicknamed",
    "dubbed",
    "label",
    "labelled",
    "labeled",
    "motto",
    "caption",
    "captioned",
    "branded",
    "codenamed",
    "code-named",
    "password",
    "banner",
    "placard",
    "placards",
    // Words the writer doubts: a so-called ‘loophole’.
    "so-called",
];

/// Verbs that give something a name; a quotation later in their clause is the name
/// (`dubbed the conflict: "Scientology vs. the Internet, part XVII"`).
pub static NAMING_VERBS: &WordList = word_list![
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "labelled",
    "labeled",
    "branded",
    "headlined",
    "codenamed",
    "code-named",
    "christened",
    "renamed",
];

/// Capitalised abbreviations that are ordinary words, not names: post-nominal letters,
/// time zones, common initialisms.
pub static NOT_NAMES: &WordList = word_list![
    "VIP", "CEO", "CFO", "COO", "CTO", "GMT", "UTC", "EST", "EDT", "PST", "PDT", "CET", "BST",
    "QC", "SC", "KC", "MP", "MPs", "MEP", "PhD", "Ph.D.", "Ph.D", "DPhil", "MD", "MBA", "TV", "OK",
    "AM", "PM", "AD", "BC", "DNA", "HIV", "AIDS", "GDP", "PR", "ID", "FAQ", "DIY", "RIP", "USB",
    "PDF", "VR", "AI", "IQ", "CV", "DJ", "DVD", "CD", "GPS", "SMS", "URL", "HTML", "LGBT", "LGBTQ",
    "CCTV", "SUV", "ATM", "PIN", "RSVP", "ASAP", "FYI", "PS", "NB", "AKA", "aka", "ETA", "HQ",
    "IPO", "PC", "PCs", "IT", "HR", "Q&A", "R&D", "UFO", "BBQ", "ICU", "ER", "OTC", "EBITDA",
    "GAAP", // Units of power and energy after a number: "a 140 MW solar park".
    "MW", "GW", "MWh", "GWh", "TWh", "kW", "kWh",
    // Post-nominal letters of legislators: "Pádraig Ó Súilleabháin TD", "MLA H. N. Gowda".
    "TD", "TDs", "MLA", "MLAs", "MSP", "MSPs", "MPP", "MPPs", "MHA", "MNA", "MLC", "MHR", "MCA",
    "MCAs", // A Member of the Senedd: "Siân Gwenllian MS".
    "MS",
    // Of barristers and the honours lists: "Eoin Lawlor BL", "Dame Ann Reid DBE", "Rita
    // Moana ONZM".
    "BL", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "FRSE", "OAM", "ONZM", "MNZM", "CNZM", "KNZM",
    "DNZM", "QSM", "QSO",
];

// Quotations: words the quotation rules read (src/extract/quotes/).

/// Words English shortens at the front with an apostrophe, which is then no opening
/// quotation mark: 'em, ’til, 'cause, ’tis, ’twas, the ’n’ of rock ’n’ roll.
pub static FRONT_ELISIONS: &WordList =
    word_list!["em", "til", "cause", "cos", "tis", "twas", "n", "nuff"];

/// Pronouns of a man, and of a woman: a speaker "he" or "she" is a person of that gender.
pub static MALE_PRONOUNS: &WordList = word_list!["he", "him", "his", "himself"];
pub static FEMALE_PRONOUNS: &WordList = word_list!["she", "her", "hers", "herself"];

/// Titles and kinship words before a name that say a man's, and a woman's (Mr Hale, Dame
/// Cordelia, Madam Noraini, Uncle Stan).
pub static MALE_TITLES: &WordList = word_list![
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "uncle",
    "baba",
    "brother",
    "father",
    "baron",
    "duke",
    "earl",
    "mister",
    "monsieur",
    "m",
    "herr",
    "señor",
    "senor",
    "sheikh",
    "shri",
    "sh",
    "sri",
    "alhaji",
    "emir",
    "sultan",
    "archbishop",
    "bishop",
    "pope",
    "rabbi",
    "imam",
];
pub static FEMALE_TITLES: &WordList = word_list![
    "ms", "mrs", "miss", "madam", "madame", "mme", "dame", "lady", "baroness", "queen", "princess",
    "aunty", "auntie", "aunt", "sister", "mother", "duchess", "countess", "smt", "frau", "señora",
    "senora", "sheikha", "alhaja", "hajiya", "mama",
];

/// The sex a title word gives the name after it ("Mr.", "Dame"), if it gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleSex {
    Male,
    Female,
}

/// [`TitleSex`] of a title word, with or without its full stop.
pub fn sex_of_title(word: &str) -> Option<TitleSex> {
    let word = word.trim_end_matches('.');
    if contains_folded(MALE_TITLES, word) {
        Some(TitleSex::Male)
    } else if contains_folded(FEMALE_TITLES, word) {
        Some(TitleSex::Female)
    } else {
        None
    }
}

/// Prepositions whose object is no subject: a name after one is not who a later pronoun
/// means first ("she raised it with Dennis Hollander").
pub static OBJECT_PREPOSITIONS: &WordList = word_list![
    "with", "to", "by", "from", "for", "of", "against", "about", "at", "in", "on", "into",
    "towards", "toward", "than", "like", "under", "over", "between", "among", "before", "after",
];

/// Relative pronouns: "X, who …, said" speaks for X.
pub static RELATIVE_PRONOUNS: &WordList = word_list!["who", "which", "whose", "that"];

/// Prepositions that attach a phrase to a noun before them ("a spokesperson for the
/// embassy", "the Lord-Lieutenant of Banffshire"), so a subject takes them in.
pub static ATTACHING_PREPOSITIONS: &WordList = word_list!["of", "for", "in", "at", "from"];

/// Past participles not ending in "-ed" that an agent with "by" follows after a noun ("a
/// memo seen by this newspaper", "a letter written by the minister").
pub static IRREGULAR_PARTICIPLES: &WordList = word_list![
    "seen", "written", "drawn", "given", "shown", "sent", "made", "taken", "brought", "held",
    "heard", "read", "built", "won", "led", "run", "known",
];

/// What a place has that a person or a body has not, after its possessive ("Marikina's
/// population", "Tarrangil's streets"). Compared as written.
pub static WHAT_A_PLACE_HAS: &WordList = word_list![
    "population",
    "populace",
    "residents",
    "inhabitants",
    "townsfolk",
    "streets",
    "suburbs",
    "outskirts",
    "skyline",
    "coastline",
    "shoreline",
    "waterfront",
    "beaches",
    "townships",
    "villages",
    "neighbourhoods",
    "neighborhoods",
    "districts",
];

/// Words between a name and the name its bearer is known by ("Lau Kwok-wah, known as Kenny
/// Lau"). Compared in any case.
pub static KNOWN_AS_PHRASES: &[&str] = &[
    "known as",
    "better known as",
    "also known as",
    "widely known as",
    "popularly known as",
    "nicknamed",
    "aka",
    "a.k.a.",
];

/// Words that open an introductory clause before a speaker's name: participles of being
/// asked or speaking, and subordinating conjunctions ("Asked whether …, his spokesperson
/// said"; "When pressed, the minister said"). Compared in lower case.
pub static INTRODUCTORY_CLAUSE_OPENERS: &WordList = word_list![
    "asked",
    "pressed",
    "questioned",
    "quizzed",
    "challenged",
    "speaking",
    "responding",
    "commenting",
    "writing",
    "addressing",
    "reacting",
    "when",
    "if",
    "although",
    "though",
    "while",
    "after",
    "before",
    "because",
    "since",
    "unless",
    "once",
];

/// Words that join two verbs of one subject ("welcomed the study but said").
pub static COORDINATORS: &WordList = word_list!["and", "but"];

/// Ranks and honorifics of police, councils and many cultures that stand before a speaker's
/// name and are no part of it (Det Insp, Ch Supt, Cllr, Cr, Shri, Smt, Elder, Eng., Alhaji).
pub static NAME_PREFIXES: &WordList =
    joined_word_list![POLICE_AND_COUNCIL_RANKS, NAME_PREFIX_WORDS];

const NAME_PREFIX_WORDS: &[&str] = &[
    "ch",
    "pc",
    "ds",
    // South Asian and Nigerian police ranks by their initials: "DSP Ravi Kumar", "IGP
    // Kayode Egbetokun". ("SP" is a party's initials as often: "SP leader".)
    "di",
    "dc",
    "sgt",
    "shri",
    "sh",
    "smt",
    "elder",
    "eng",
    "engr",
    "alhaji",
    "hajiya",
    "comrade",
    "chief",
    "dr",
    "prof",
    "professor",
    "hon",
    "rev",
    "cmdr",
    "capt",
    "col",
    "gen",
    "lt",
    "maj",
    "kaumātua",
    "ringleader",
    "organiser",
];

/// Words between a subject and its speech verb that are not part of the subject.
pub static SKIPPED_BEFORE_CUE: &WordList = word_list![
    "also",
    "further",
    "later",
    "then",
    "has",
    "have",
    "had",
    "been",
    "was",
    "were",
    "is",
    "will",
    "would",
    "once",
    "again",
    "previously",
    "earlier",
    "recently",
    "subsequently",
    "had",
    "did",
    "does",
    "do",
    "not",
    "has",
    "just",
    "first",
    "finally",
    "still",
];

/// Sentence adverbs set between commas after a subject ("The BJP, however, called …").
pub static INSERTED_ADVERBS: &WordList = word_list![
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "nonetheless",
    "nevertheless",
    "instead",
    "separately",
    "likewise",
    "meantime",
    "moreover",
    "then",
    "now",
];

/// Words that end a subject phrase when reading backwards from the verb.
pub static SUBJECT_STOPS: &WordList = word_list![
    "as",
    "that",
    "which",
    "who",
    "and",
    "but",
    "when",
    "while",
    "because",
    "so",
    "if",
    "with",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "is",
    "are",
    "was",
    "were",
    "be",
    "get",
    "gets",
    "after",
    "before",
    "since",
    "although",
    "though",
    "where",
    "what",
    "how",
    "why",
    "said",
    "says",
    "told",
    "however",
    "meanwhile",
    "allegedly",
    "reportedly",
    "yet",
    "or",
    "about",
    "into",
    "than",
    "then",
];

/// Verbs that report words by the manner of saying them or as an act of speech, beside
/// [`SPEECH_VERBS`]: "‘…,’ he laughed", "the caucus accused the DA of “…”", "dismissed the
/// plan as “…”".
pub static MANNER_CUES: &WordList = word_list![
    "laughed",
    "laughs",
    "sighed",
    "sighs",
    "smiled",
    "smiles",
    "chuckled",
    "chuckles",
    "grinned",
    "grins",
    "shrugged",
    "beamed",
    "scoffed",
    "accused",
    "accuses",
    "urged",
    "urges",
    // Judging words aloud: "dismissed the plan as “arithmetic”", "criticised it as ‘lazy’".
    "dismissed",
    "dismisses",
    "derided",
    "derides",
    "denounced",
    "denounces",
    "condemned",
    "condemns",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "praised",
    "praises",
];

#[inline]
pub fn contains(list: &WordList, word: &str) -> bool {
    list.contains(&word)
}

/// Compares a word with a lower-case list entry, ignoring case.
#[inline]
pub fn contains_folded(list: &WordList, word: &str) -> bool {
    // The list's first-byte and length filters answer for most words before any lowering.
    // They are inlined where the list is asked, the lookup is not: most words asked about are
    // in no list, and a call cost more than the filters.
    if !list.may_start_lowered(word.as_bytes()) {
        return false;
    }
    // An ASCII word keeps its length when lowered; only then is the word read through.
    if !list.has_length(word.len()) && word.is_ascii() {
        return false;
    }
    list.contains_folded_unfiltered(word)
}

/// Whether a word is written as US copy's party and state ("D-Calif.", "R-Texas", "I-Vt."):
/// a party's letter, a hyphen and a capitalised state.
pub fn is_party_and_state(word: &str) -> bool {
    let bytes = word.as_bytes();
    matches!(bytes, [b'D' | b'R' | b'I', b'-', state, ..] if state.is_ascii_uppercase())
}

/// Whether a word is one for a spokesperson, any case and number ("spokesman",
/// "Spokeswoman", "spokespeople"): who speaks for a body, named after "for".
pub fn is_spokes_noun(word: &str) -> bool {
    word.get(.."spokes".len())
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("spokes"))
}

thread_local! {
    /// The buffer [`with_lower`] lowers words into, kept from call to call.
    static LOWERED: Cell<String> = const { Cell::new(String::new()) };
}

/// Runs `f` on the lower-case form of `word` (as `str::to_lowercase` makes it). Almost every
/// word of English news is ASCII, lowered here into a buffer the thread keeps, without
/// allocating or validating UTF-8 again: the extractor asks this for nearly every token,
/// often several times.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    // Taken, not borrowed, so that `f` may lower words too (into a buffer of its own).
    let mut lowered = LOWERED.take();
    lowered.clear();
    lowered.push_str(word);
    lowered.make_ascii_lowercase();
    let result = f(&lowered);
    LOWERED.set(lowered);
    result
}

/// A word in capitals written as a name is: its first letter, then the rest in lower case.
pub fn title_cased(word: &str) -> String {
    let mut title_cased = String::with_capacity(word.len());
    for (k, c) in word.chars().enumerate() {
        if k == 0 {
            title_cased.push(c);
        } else {
            title_cased.extend(c.to_lowercase());
        }
    }
    title_cased
}

/// Runs `f` on a word written in capitals as it would be written in a sentence ("WEDNESDAY"
/// → "Wednesday", "APR." → "Apr."), for furniture set in capitals (embargo lines, datelines,
/// headlines). `None` for a word not all in ASCII capitals, or shorter than three letters.
pub fn with_title_case<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let letters = word.strip_suffix('.').unwrap_or(word);
    if letters.len() < 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    Some(f(&title_cased(word)))
}

/// A closed word list, written out as a plain list and looked up through a hash set built on
/// first use: the longer lists hold over a hundred words, and scanning them for every token
/// was a large share of extraction time.
pub struct WordList {
    words: &'static [&'static str],
    /// Bit `n` set when a word is `n` bytes long (63 for 63 and longer).
    lengths: u64,
    /// Bit `b` set when a word starts with byte `b`.
    first_bytes: [u64; 4],
    /// Bit [`ends_bit`] of each word's first and last bytes set.
    ends: [u64; ENDS_BITS / 64],
    index: OnceLock<Index>,
}

/// How many bits [`WordList::ends`] has: several times more than the longest lists have
/// words, so that most words in none share a bit with any.
const ENDS_BITS: usize = 1024;

/// The bit standing for words from byte `first` to byte `last`: the top bits of a
/// multiplicative hash, which every bit of the two reaches.
const fn ends_bit(first: u8, last: u8) -> usize {
    let key = first as u32 | (last as u32) << 8;
    (key.wrapping_mul(0x9e37_79b1) >> (32 - ENDS_BITS.trailing_zeros())) as usize
}

/// The first and last bytes of a word (the one byte twice; zeros for no word).
#[inline]
const fn ends_of(word: &[u8]) -> (u8, u8) {
    match word {
        [first, .., last] => (*first, *last),
        [only] => (*only, *only),
        [] => (0, 0),
    }
}

/// A list's words as sets: the short ones packed into integers, the rest as strings.
#[derive(Default)]
struct Index {
    short: FastSet<ShortWord>,
    long: FastSet<&'static str>,
}

/// Up to this many words a scan is faster than hashing.
const SCAN_MAX: usize = 8;

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        let mut lengths = 0u64;
        let mut first_bytes = [0u64; 4];
        let mut ends = [0u64; ENDS_BITS / 64];
        let mut i = 0;
        while i < words.len() {
            let bytes = words[i].as_bytes();
            let length = if bytes.len() < 63 { bytes.len() } else { 63 };
            lengths |= 1 << length;
            if let Some(&first) = bytes.first() {
                first_bytes[(first >> 6) as usize] |= 1 << (first & 63);
            }
            let (first, last) = ends_of(bytes);
            let bit = ends_bit(first, last);
            ends[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        WordList {
            words,
            lengths,
            first_bytes,
            ends,
            index: OnceLock::new(),
        }
    }

    /// False when no word of the list can start the lower-case form of `word`: an ASCII first
    /// character lowers to its ASCII lower case, which no word of the list starts with. (Any
    /// other may lower to anything, whatever the rest of the word is: no reading it through.)
    #[inline]
    fn may_start_lowered(&self, word: &[u8]) -> bool {
        word.first().is_none_or(|&first| {
            !first.is_ascii() || self.has_word_starting_with(first.to_ascii_lowercase())
        })
    }

    /// Whether some word of the list is `length` bytes long.
    #[inline]
    fn has_length(&self, length: usize) -> bool {
        self.lengths & (1 << length.min(63)) != 0
    }

    /// [`WordList::contains`] for a word given as bytes (a buffer being folded).
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        if !self.has_length(word.len()) {
            return false;
        }
        if let Some(&first) = word.first()
            && !self.has_word_starting_with(first)
        {
            return false;
        }
        // Past the filters `contains` would ask again.
        std::str::from_utf8(word).is_ok_and(|word| self.contains_unfiltered(word))
    }

    /// False when no word of the list runs from byte `first` to byte `last`. Asked past the
    /// length and first-byte filters, before anything else: most words asked about are in no
    /// list, yet have a length and a first letter some word of a long list has ("Minister"
    /// and "Monday" are capitalised, of a weekday's length, and start alike); the last letter
    /// with them tells most from the list's words.
    #[inline]
    fn may_run_between(&self, first: u8, last: u8) -> bool {
        let bit = ends_bit(first, last);
        self.ends[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// False when no word of the list can start the lower-case form of a word whose first
    /// byte is `first`: asked before a word is read from the text.
    #[inline]
    pub fn may_start_folded(&self, first: u8) -> bool {
        !first.is_ascii() || self.has_word_starting_with(first.to_ascii_lowercase())
    }

    /// Whether some word of the list starts with `byte`.
    #[inline]
    pub fn has_word_starting_with(&self, byte: u8) -> bool {
        self.first_bytes[usize::from(byte >> 6)] & (1 << (byte & 63)) != 0
    }

    /// Whether `word` is in the list, exactly as written. Takes `&&str` like
    /// `<[&str]>::contains`, so a list reads the same at every call site.
    #[inline]
    pub fn contains(&self, word: &&str) -> bool {
        // Most words asked about are in no list: their length or first byte says so
        // before any hashing, inlined where the list is asked.
        let bytes = word.as_bytes();
        if self.lengths & (1 << bytes.len().min(63)) == 0 {
            return false;
        }
        if let Some(&first) = bytes.first()
            && self.first_bytes[usize::from(first >> 6)] & (1 << (first & 63)) == 0
        {
            return false;
        }
        self.contains_unfiltered(word)
    }

    /// [`WordList::contains`] past the length and first-byte filters. The first and last
    /// bytes' filter is inlined too: most words that pass the other two fail it, and a call
    /// cost more than the filter.
    #[inline]
    fn contains_unfiltered(&self, word: &str) -> bool {
        let (first, last) = ends_of(word.as_bytes());
        self.may_run_between(first, last) && self.contains_past_filters(word)
    }

    /// [`WordList::contains`] past every filter: a scan of a short list, else the index.
    #[inline(never)]
    fn contains_past_filters(&self, word: &str) -> bool {
        if self.words.len() <= SCAN_MAX {
            return self.words.contains(&word);
        }
        let index = self.index();
        match ShortWord::new(word) {
            Some(short) => index.short.contains(&short),
            None => index.long.contains(word),
        }
    }

    /// [`contains_folded`] past the length and first-byte filters, inlined as
    /// [`WordList::contains_unfiltered`] is.
    #[inline]
    fn contains_folded_unfiltered(&self, word: &str) -> bool {
        // An ASCII first or last character lowers to its ASCII lower case, whatever the rest
        // of the word is (any other may lower to anything).
        let (first, last) = ends_of(word.as_bytes());
        let excluded = first.is_ascii()
            && last.is_ascii()
            && !self.may_run_between(first.to_ascii_lowercase(), last.to_ascii_lowercase());
        !excluded && self.contains_folded_past_filters(word)
    }

    /// [`contains_folded`] past every filter: a short ASCII word is lowered as it is packed.
    #[inline(never)]
    fn contains_folded_past_filters(&self, word: &str) -> bool {
        match ShortWord::folded(word) {
            Some(folded) => self.index().short.contains(&folded),
            None => with_lower(word, |lower| self.contains(&lower)),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let mut index = Index::default();
            for &word in self.words {
                match ShortWord::new(word) {
                    Some(short) => index.short.insert(short),
                    None => index.long.insert(word),
                };
            }
            index
        })
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

/// Particles that may open a name written without its given name ("von Thadden said", "De la
/// Vega, who …", "ap Rhys"). Compared in lower case.
pub static NAME_OPENING_PARTICLES: &WordList = word_list![
    "van", "von", "de", "da", "dos", "das", "du", "del", "della", "di", "ap", "ab", "bin", "ibn",
    "bint", "ter", "ten", "zu", "zur", "zum", "vom", "al", "el", "abu", "le", "la",
];

/// Words that open a sentence or a clause and never begin a name, however capitalised ("In
/// Lisbon the talks resumed", "'On Paddy's Day …'"). Compared as written, capitalised.
pub static OPENERS: &WordList = word_list![
    "In",
    "On",
    "At",
    "For",
    "From",
    "With",
    "Without",
    "By",
    "Into",
    "Onto",
    "Upon",
    "Hey",
    "But",
    "And",
    "Or",
    "Nor",
    "So",
    "Yet",
    "If",
    "When",
    "Whenever",
    "While",
    "Whilst",
    "After",
    "Before",
    "As",
    "Since",
    "Until",
    "Because",
    "Although",
    "Though",
    "During",
    "Despite",
    "Unlike",
    "Meanwhile",
    "However",
    "Also",
    "Then",
    "Yes",
    "Now",
    "Here",
    "There",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "We",
    "They",
    "You",
    "What",
    "Why",
    "How",
    "Where",
    "Which",
    "Asked",
    "Speaking",
    "Among",
    "Between",
    "Across",
];

/// Prefixes of ships' names ("MV Glen Sannox", "HMS Belfast", "USS Carl Vinson", "INS
/// Vikrant"), compared as written. "MS" and "SS" are left out: in capitals they name a disease
/// and a corps more often than a ship.
pub static SHIP_PREFIXES: &WordList = word_list![
    "MV", "MT", "RMS", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RFA", "INS", "CCGS",
];

/// Endings that make a town's name its people's ("Lagos-ian", "Toronto-nian", "London-er",
/// "Milan-ese", "Brooklyn-ite"), longest first.
pub static TOWN_PEOPLE_ENDINGS: &[&str] = &["nian", "ian", "ese", "er", "ite"];

/// Abbreviated month and weekday names, dates when a number stands beside them ("Thu 3 Apr
/// 2025", "Apr 08, 2025").
pub static SHORT_DATE_WORDS: &WordList = word_list![
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Words of size after an amount ("R238 million", "N15 bn", "Rs 40 crore").
pub static AMOUNT_MAGNITUDES: &WordList = word_list![
    "million", "billion", "trillion", "bn", "m", "mn", "crore", "lakh", "k", "thousand",
];

/// Currency symbols written as letters before an amount ("Rs 1,240 crore", "R120-million",
/// "Dh1.2 billion", "N4.2bn", "KSh 500").
pub static CURRENCY_PREFIXES: &WordList = word_list![
    "Rs", "R", "Dh", "AED", "N", "KSh", "Ksh", "Sh", "Rp", "RM", "Tk", "P", "K", "Br", "ZAR",
    "NGN", "INR", "GH", "Php", "Rs.",
];

/// Wire-story tags in parentheses: "(LEAD)", "(END)", "(URGENT)". Compared in lower case.
pub static WIRE_TAGS: &WordList = word_list![
    "lead",
    "end",
    "urgent",
    "update",
    "updated",
    "corrected",
    "refile",
    "exclusive",
    "analysis",
    "factbox",
    "wrapup",
    "adds",
    "recasts",
    "ends",
];

/// Names that stand for an institution rather than the place they name ("Downing Street
/// said", "the Kremlin denied"). Compared as written.
pub static METONYMS: &WordList = word_list![
    "Downing Street",
    "White House",
    "Kremlin",
    "Pentagon",
    "Élysée",
    "Elysee",
    "Whitehall",
    "Zhongnanhai",
    "Blue House",
    "Holyrood",
    "Stormont",
    "Quai d'Orsay",
    "Élysée Palace",
];

/// Legislatures named by one word ("in Parliament", "the Dáil"): bodies, whatever a
/// preposition before them says. Compared as written.
pub static LEGISLATURES: &WordList = word_list![
    "Parliament",
    "Senate",
    "Congress",
    "Legislature",
    "Dáil",
    "Seanad",
    "Senedd",
    "Oireachtas",
    "Knesset",
    "Duma",
    "Bundestag",
];

/// Words that only a report of a team sport uses (cricket, football, rugby, hurling,
/// basketball, hockey): two of them make a text a match report, whose places playing are
/// teams. Words other news uses too ("goal", "penalty", "try", "season") are left out.
/// Compared as written, in lower case.
pub static TEAM_SPORT_WORDS: &WordList = word_list![
    "wicket",
    "wickets",
    "innings",
    "bowled",
    "batsman",
    "batsmen",
    "batter",
    "bowler",
    "all-rounder",
    "wicketkeeper",
    "wicket-keeper",
    "lbw",
    "stumps",
    "half-century",
    "goalkeeper",
    "striker",
    "midfielder",
    "equaliser",
    "equalizer",
    "half-time",
    "kick-off",
    "stoppage-time",
    "hat-trick",
    "offside",
    "free-kick",
    "scrum",
    "fly-half",
    "scrum-half",
    "lineout",
    "line-out",
    "sin-bin",
    "sin-binned",
    // Rugby league's and union's positions and plays: "Hooker Jeremy Marshall-King".
    "hooker",
    "five-eighth",
    "halfback",
    "dummy-half",
    "fullback",
    "winger",
    "try-scorer",
    "field-goal",
    "hurling",
    "puck-out",
    "free-taker",
    "quarterback",
    "touchdown",
    "rebounds",
    "rebound",
    "three-pointer",
    "three-pointers",
    "3-pointer",
    "3-pointers",
    "putback",
    "putbacks",
    "layup",
    "layups",
    "dunk",
    "dunks",
    "tip-off",
    "touchdowns",
    "power-play",
    "goaltender",
    "inning",
    "pitcher",
    "shortstop",
];

/// Last words of clubs named for their town, which a report leaves off on second mention
/// ("Thornbury Athletic", then "Thornbury"; "Liverpool FC", then "Liverpool"). Compared in
/// lower case.
pub static CLUB_SUFFIXES: &WordList = word_list![
    "fc",
    "afc",
    "athletic",
    "rovers",
    "united",
    "city",
    "town",
    "wanderers",
    "albion",
    "county",
    "rangers",
    "argyle",
    "thistle",
    "harriers",
    "academical",
];

/// Verbs of a result between two sides: "Leeds beat Chelsea", "Wigan drew with Bolton".
/// Compared in lower case.
pub static RESULT_VERBS: &WordList = word_list![
    "beat", "beats", "thrashed", "edged", "drew", "draw", "lost", "lose", "hosted", "host",
    "hosts", "defeated", "routed", "trounced", "overcame",
];

/// Lower-case articles of Romance languages that open the names of papers and works ("la
/// Repubblica", "le Figaro"); compared as written.
pub static ARTICLE_PARTICLES: &WordList = word_list!["la", "le", "les", "il", "lo", "los", "las"];

/// Common nouns for bodies that a text capitalises as defined terms ("the Government", "the
/// Company", "the State" of Indian and Irish copy): after "the" and alone they name no one in
/// particular. Compared in lower case.
pub static GENERIC_BODIES: &WordList = word_list![
    "government",
    "cabinet",
    "opposition",
    "state",
    "company",
    "council",
    "department",
    "ministry",
    "committee",
    "board",
    "authority",
    "agency",
    "group",
    "commission",
    "chair",
    "bench",
    "corporation",
    "firm",
];

// Small lists of the rules that ask them, each named for what its words do.

/// A transcript's roles in a speaker's label ("INÉS CARRASQUILLO-VOSS, HOST:").
pub static TRANSCRIPT_ROLES: &WordList = word_list![
    "HOST",
    "CO-HOST",
    "ANCHOR",
    "REPORTER",
    "CORRESPONDENT",
    "BYLINE",
    "PRESENTER",
    "INTERVIEWER",
    "MODERATOR",
    "CALLER",
    "NARRATOR",
    "ANNOUNCER",
];

/// A transcript's roles of guests, after the speaker's name and a comma ("DUNSTAN
/// GUILLORY-MBAH, GUEST:").
pub static TRANSCRIPT_GUEST_ROLES: &WordList = word_list![
    "GUEST",
    "PANELIST",
    "PANELLIST",
    "CONTRIBUTOR",
    "COMMENTATOR",
    "ANALYST",
    "INTERPRETER",
    "TRANSLATOR",
];

/// Nouns for a woman or a girl ("the mother of five said"): the gender a pronoun must
/// agree with.
pub static FEMALE_PERSON_NOUNS: &WordList = word_list![
    "mother",
    "woman",
    "girl",
    "wife",
    "sister",
    "daughter",
    "widow",
    "grandmother",
    "aunt",
    "niece",
];

/// Nouns for a man or a boy ("the father said").
pub static MALE_PERSON_NOUNS: &WordList = word_list![
    "father",
    "man",
    "boy",
    "husband",
    "brother",
    "son",
    "widower",
    "grandfather",
    "uncle",
    "nephew",
];

/// What a ministry calls itself after its name ("the Home Office … The department said").
pub static MINISTRY_NOUNS: &WordList = word_list!["department", "ministry"];

/// The last word of a ministry's name, which "the department" may stand for.
pub static MINISTRY_HEADS: &WordList = word_list!["Office", "Department", "Ministry"];

/// Possessive determiners of people ("my grandmother", "his wife").
pub static PERSONAL_POSSESSIVES: &WordList = joined_word_list![PERSONAL_POSSESSIVE_WORDS];
const PERSONAL_POSSESSIVE_WORDS: &[&str] = &["my", "his", "her", "our", "their"];

/// Possessive determiners ("Its chief executive", "Their manager"): before a name, a
/// sentence's opener no name includes.
pub static POSSESSIVE_DETERMINERS: &WordList =
    joined_word_list![PERSONAL_POSSESSIVE_WORDS, THING_POSSESSIVE_WORDS];
const THING_POSSESSIVE_WORDS: &[&str] = &["its"];

/// Words that open a mention of someone unnamed ("A European importer", "One trader").
pub static INDEFINITE_OPENERS: &WordList = word_list!["a", "an", "one", "another"];

/// Irregular participles of speech verbs ("was told", "was written"), beside those in "-ed".
pub static SPEECH_PARTICIPLES: &WordList = word_list!["told", "written"];

/// Adverbs that may stand between an auxiliary and its participle ("were never asked").
pub static AUXILIARY_ADVERBS: &WordList = word_list!["never", "not", "also", "just"];

/// Subject pronouns, each a whole subject before its verb ("Outside court she said").
pub static SUBJECT_PRONOUNS: &WordList =
    word_list!["he", "she", "they", "we", "He", "She", "They", "We"];

/// The forms of "say" that end a sentence after a source ("…, a spokesperson said.").
pub static SAY_FORMS: &WordList = word_list!["say", "says", "said"];

/// Verbs of speaking after a name ("the Navy said", "Gavi told"): the name speaks.
pub static SPEAKING_AFTER: &WordList = word_list![
    "said",
    "says",
    "told",
    "added",
    "explained",
    "wrote",
    "tweeted",
];

/// Verbs of speaking before a name that ends a clause ("…,” said the Navy.").
pub static SPEAKING_BEFORE: &WordList = word_list!["said", "says", "added"];

/// The forms of "tell" before an article and a name ("told the Herald").
pub static TELL_FORMS: &WordList = word_list!["told", "tells", "telling"];

/// Nouns for who speaks for a body ("a Translink spokesperson").
pub static SPOKESPERSON_NOUNS: &WordList = word_list!["spokesperson", "spokesman", "spokeswoman"];

/// Prepositions of where something is or goes, beside the locative ones: a club after them
/// is the ground or the town ("at Anfield", "from Lagos").
pub static WHERE_PREPOSITIONS: &WordList = word_list!["at", "from", "into", "via", "within"];

/// What names a seat right before its name ("the MP for Beauport—Limoilou", "who represents
/// Ottawa—Vanier—Gloucester").
pub const SEAT_CUES: &[&str] = &[
    "MP for",
    "MPP for",
    "MLA for",
    "MNA for",
    "Member for",
    "member for",
    "riding of",
    "constituency of",
    "electorate of",
    "seat of",
    "represents",
    "representing",
];

/// A journalist's job after the outlet's name ("AP Sports Writer", "BBC Wales
/// Correspondent"): the job is no part of the outlet's name.
pub static JOURNALIST_JOBS: &WordList =
    word_list!["writer", "correspondent", "editor", "columnist"];

/// Words a station's or channel's number follows in its name ("BBC Radio 4", "Channel 4").
pub static NUMBERED_STATIONS: &WordList = word_list!["Radio", "Channel"];

/// Nouns for where someone comes from, before "of" ("a native of Kharkiv").
pub static ORIGIN_NOUNS: &WordList = word_list!["native", "natives"];

/// Verbs of a fixture after "to" ("travel to Wigan to play Bolton").
pub static FIXTURE_VERBS: &WordList = word_list!["play", "face", "meet"];

/// The forms of "tour" ("to tour Fiji"): the place toured is a place.
pub static TOUR_FORMS: &WordList = word_list!["tour", "tours", "toured", "touring"];

/// Particles after a name's head ("Bank of …", "Banco de …", "Istituto della …").
pub static HEAD_PARTICLES: &WordList = word_list![
    "of", "for", "on", "de", "du", "des", "del", "da", "do", "di", "della",
];

/// Short particles inside a city's name written in capitals ("RIO DE JANEIRO").
pub static CAPITAL_CITY_PARTICLES: &WordList =
    word_list!["DE", "DA", "DO", "DEL", "LA", "EL", "AL"];

/// Words between two sides ("England v India", "Holloway vs Pritchard").
pub static VERSUS_WORDS: &WordList = word_list!["v", "vs", "versus"];

/// Words before "from" and the club a player moved from ("joined from Bradford City", "on
/// loan from Crystal Palace").
pub static TRANSFER_WORDS: &WordList =
    word_list!["joined", "signed", "loan", "re-signed", "recalled"];

/// Words for a game whose sides follow "between" ("the match between Collingwood and
/// Essendon", "the derby between Hearts and Hibs").
pub static MATCH_NOUNS: &WordList = word_list![
    "match",
    "game",
    "clash",
    "derby",
    "final",
    "semi-final",
    "fixture",
    "tie",
];

/// Prepositions between a score and the other side ("lost 3-0 to Leeds").
pub static SCORE_PREPOSITIONS: &WordList = word_list!["by", "to", "against", "over", "with"];

/// Irish particles of names before a mutated capital ("Ó hAodha", "Ní Bhriain", "Mac
/// Giolla Phádraig").
pub static IRISH_NAME_PARTICLES: &WordList = word_list![
    "Ó", "Ní", "Uí", "Mac", "Nic", "Mhic", "Ua", "ó", "ní", "mac", "nic",
];

/// The Irish and Scottish Gaelic articles inside names ("Údarás na Gaeltachta", "Comhairle
/// nan Eilean Siar").
pub static GAELIC_ARTICLES: &WordList = word_list!["na", "nan", "nam"];

/// Time zones named in words, and the words after them ("Eastern Time", "Pacific time").
pub static TIME_ZONE_REGIONS: &WordList = word_list![
    "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii",
];
pub static TIME_ZONE_WORDS: &WordList = word_list!["Time", "time", "Standard", "Daylight"];

/// A story's time-stamp verbs ("Published March 3, 2026", "Updated 6:12 PM").
pub static TIME_STAMP_VERBS: &WordList = word_list!["Published", "Updated", "Posted", "Modified"];

/// Marks of the time of day after a clock time, in any case ("8:30am", "10.15 P.M").
pub static CLOCK_DAY_HALVES: &WordList = word_list!["am", "pm", "a.m.", "p.m.", "a.m", "p.m"];

/// Marks of the time of day after a number ("8 a.m.", "10pm").
pub static DAY_HALVES: &WordList =
    word_list!["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."];

/// Surnames' prefixes written with a capital after them ("MacLeod", "VanDyke", "DelVecchio"):
/// a word so written is a surname, not a brand written as one word ("PayPal").
pub static CAPITAL_INSIDE_PREFIXES: &WordList =
    word_list!["Mac", "Van", "Von", "Fitz", "Del", "Della", "San"];

/// Street nouns after a short number that is the street's ("3 Avenue", "Jalan 5").
pub static NUMBERED_STREET_NOUNS: &WordList =
    word_list!["Avenue", "Street", "Lorong", "Jalan", "Sector"];

/// The heads of the names of parties and movements ("Labour Party", "Popular Front").
pub static MOVEMENT_HEADS: &WordList = word_list![
    "Party",
    "Alliance",
    "Front",
    "Movement",
    "League",
    "Coalition",
];

/// Plural nouns whose possessive goes on inside a name ("Korean People's Army").
pub static POSSESSIVE_PLURALS_IN_NAMES: &WordList = word_list![
    "people", "women", "children", "men", "workers", "veterans", "farmers",
];

/// Royal titles whose possessive is inside the name of what bears it ("Prince's Trust").
pub static ROYAL_TITLES: &WordList = word_list!["prince", "princess", "king", "queen"];

/// A saint's title ("St Clement's Church").
pub static SAINT_TITLES: &WordList = word_list!["st", "st.", "saint"];

/// Offices before which a portfolio stands ("Queensland Health Minister").
pub static PORTFOLIO_OFFICES: &WordList = word_list![
    "minister",
    "secretary",
    "mec",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// The heads of an office holder's department ("the Prime Minister's Office").
pub static OFFICE_HOLDER_BODIES: &WordList =
    word_list!["Office", "Department", "Secretariat", "Bureau", "Chambers",];

/// Era words beside a year ("300 B.C.", "AD 79").
pub static ERAS: &WordList = word_list!["B.C.", "A.D.", "BC", "AD", "BCE", "CE", "B.C.E.", "C.E."];

/// Area nouns after a place's name ("Kurdistan region", "Limpopo province").
pub static AREA_NOUNS_AFTER: &WordList = word_list![
    "region",
    "province",
    "district",
    "county",
    "territory",
    "prefecture",
];

/// The points of the compass as a place's last word ("Kowloon East", "Dublin Northwest").
pub static COMPASS_POINTS: &WordList = word_list![
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Prepositions of where, before a comma after a place ("Kulu, near Manali").
pub static NEAR_WORDS: &WordList = word_list!["near", "outside"];

/// Plural place nouns a list of places may follow ("villages such as Abersoch, Nefyn and
/// Aberdaron", "counties Antrim, Down and Tyrone").
pub const PLACE_PLURALS: &[&str] = &[
    "villages",
    "towns",
    "cities",
    "suburbs",
    "counties",
    "districts",
    "regions",
    "provinces",
    "states",
    "countries",
    "islands",
    "neighbourhoods",
    "neighborhoods",
    "municipalities",
    "townships",
    "hamlets",
    "settlements",
];

/// Endings of English, Scots and South Asian towns' names ("Shrewsbury", "Middlesbrough",
/// "Alnwick", "Ghaziabad"); endings that surnames share as often ("-ton", "-ford") are not.
pub const TOPONYM_ENDINGS: &[&str] = &[
    "bury", "borough", "brough", "burgh", "chester", "caster", "cester", "mouth", "wick", "thorpe",
    "minster", "pore", "pur", "abad", "nagar", "garh",
];

/// Small words joining a hyphenated place's parts ("Stratford-upon-Avon", "Clacton-on-Sea",
/// "Boulogne-sur-Mer", "Chapel-en-le-Frith", "Chorlton-cum-Hardy").
pub static PLACE_JOINING_WORDS: &WordList = word_list![
    "le", "la", "les", "on", "upon", "under", "sur", "sous", "en", "cum", "super", "am", "by",
];

/// The words before a birth name ("born Halina Krasnodębska", "née Pryce").
pub const BORN_WORDS: &[&str] = &["born", "Born"];
pub const NEE_WORDS: &[&str] = &["née", "Née", "nee"];

/// Endings of nouns for what someone does or is ("Striker", "Historian", "Retiree").
pub const AGENT_NOUN_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ee", "ent"];

/// Endings of abstract nouns ("Livestreaming", "Regulation", "Fairness").
pub const ABSTRACT_NOUN_ENDINGS: &[&str] = &["ing", "tion", "ment", "ness", "ity", "ism"];

/// Endings of words for ideas and fears ("Thatcherism", "Islamophobia").
pub const IDEA_ENDINGS: &[&str] = &["ism", "isms", "phobia"];

/// Endings of Nordic surnames ("Lindqvist", "Almquist", "Blomkvist"), which English spells
/// no follower of an idea with.
pub const NORDIC_SURNAME_ENDINGS: &[&str] = &["qvist", "quist", "kvist"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_like_a_scan() {
        for list in [TITLES, SPEECH_VERBS, DETERMINERS, ORGANIZATION_CUES] {
            for word in list.iter() {
                assert!(list.contains(word), "{word}");
            }
            assert!(!list.contains(&"zzz"));
        }
        assert!(contains_folded(SPEECH_VERBS, "Said"));
        assert!(!contains(SPEECH_VERBS, "Said"));
    }

    #[test]
    fn folded_lookups_answer_like_lowering_and_a_scan() {
        for list in [
            TITLES,
            TITLE_HEADS,
            ORGANIZATION_CUES,
            DETERMINERS,
            COMPOUND_TAILS,
        ] {
            for word in list.iter() {
                let capitalised = word
                    .chars()
                    .take(1)
                    .flat_map(char::to_uppercase)
                    .chain(word.chars().skip(1))
                    .collect::<String>();
                for asked in [
                    word.to_string(),
                    word.to_uppercase(),
                    capitalised,
                    format!("{word}x"),
                    format!("X{word}"),
                    format!("{word}’"),
                ] {
                    let expected = list.words.contains(&asked.to_lowercase().as_str());
                    assert_eq!(contains_folded(list, &asked), expected, "{asked}");
                    assert_eq!(
                        contains(list, &asked),
                        list.words.contains(&asked.as_str()),
                        "{asked}"
                    );
                }
            }
        }
    }

    #[test]
    fn filters_pass_words_outside_ascii_that_lower_into_a_list() {
        // The Kelvin sign lowers to an ASCII "k", one byte shorter; the dotted "İ" to two
        // characters, one byte longer.
        let list = WordList::new(&["king", "kings", "i\u{307}ran", "x"]);
        for (asked, expected) in [
            ("\u{212A}ing", true),
            ("\u{212A}INGS", true),
            ("İran", true),
            ("\u{212A}", false),
            ("X", true),
            ("Xi", false),
            ("Queen", false),
        ] {
            assert_eq!(contains_folded(&list, asked), expected, "{asked}");
            assert_eq!(
                list.words.contains(&asked.to_lowercase().as_str()),
                expected,
                "{asked}"
            );
        }
    }

    #[test]
    fn lowering_matches_to_lowercase() {
        for word in [
            "Said",
            "SAID",
            "said",
            "Ærø",
            "İstanbul",
            "ΣΊΣΥΦΟΣ",
            "",
            "MAJ.-GEN",
        ] {
            assert_eq!(
                with_lower(word, str::to_string),
                word.to_lowercase(),
                "{word}"
            );
        }
        let long = "A".repeat(40);
        assert_eq!(with_lower(&long, str::to_string), long.to_lowercase());
        let nested = with_lower("Outer", |outer| {
            with_lower("INNER", |inner| format!("{outer} {inner}"))
        });
        assert_eq!(nested, "outer inner");
        assert_eq!(with_lower("Again", str::to_string), "again");
    }
}
