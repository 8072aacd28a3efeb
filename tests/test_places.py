"""The gazetteer: names in every script → one place with its zone; names found in text at exact offsets."""

from __future__ import annotations

import random
import time
import tomllib
import unicodedata

import pytest
import pytz

from timeline import places
from timeline.model import Place
from timeline.places import Gazetteer, PlaceMention, find_places, lookup, resolve

HANOI = Place("Hanoi", "VN", 21.0245, 105.84117, "Asia/Ho_Chi_Minh", 1581130)
NEW_YORK = Place("New York City", "US", 40.71427, -74.00597, "America/New_York", 5128581)
PARIS = 2988507
PARIS_TEXAS = 4717560
VIENNA = 2761369
GENEVA = 2660646
BRUSSELS = 2800866
MOSCOW = 524901
BEIJING = 1816670
BERLIN = 2950159
HO_CHI_MINH_CITY = 1566083


@pytest.fixture(scope="module", autouse=True)
def cache_home(tmp_path_factory: pytest.TempPathFactory):
    """Point the cache at a temporary XDG_CACHE_HOME, so the first lookup builds and writes it there."""
    home = tmp_path_factory.mktemp("xdg-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(home))
        places.gazetteer.cache_clear()
        yield home
        places.gazetteer.cache_clear()


@pytest.fixture(scope="module")
def index(cache_home):
    """The index the module functions use (built into ``cache_home`` on first use)."""
    return places.gazetteer()._index


def only(mentions: list[PlaceMention]) -> PlaceMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


# -- the cache ---------------------------------------------------------------------------------------------


def test_first_use_writes_the_cache_under_xdg_cache_home(cache_home, index):
    path = places.cache_path()
    assert path.parent == cache_home / "timeline"
    assert path.is_file()
    assert places._Index.from_bytes(path.read_bytes()) == index


def test_a_warm_load_reads_the_cache_and_builds_nothing(index, monkeypatch):
    def fail():
        raise AssertionError("built again")

    monkeypatch.setattr(places, "build_index", fail)
    assert Gazetteer.load().lookup("هانوي") == HANOI


@pytest.mark.parametrize(
    "damage",
    [
        lambda good: b"",
        lambda good: b"not a cache file",
        lambda good: good[: len(good) // 2],  # truncated while written by hand
        lambda good: good[:-10] + bytes(10),  # right length, wrong bytes
        lambda good: places._MAGIC + good[len(places._MAGIC) : 40],
    ],
    ids=["empty", "garbage", "truncated", "zeroed-tail", "header-only"],
)
def test_a_damaged_cache_is_rebuilt_not_fatal(tmp_path, monkeypatch, index, damage):
    good = index.to_bytes()
    path = places.cache_path(tmp_path)
    path.write_bytes(damage(good))
    builds = []
    monkeypatch.setattr(places, "build_index", lambda: builds.append(1) or index)

    gazetteer = Gazetteer.load(tmp_path)

    assert builds == [1]
    assert gazetteer.lookup("Hà Nội") == HANOI
    assert path.read_bytes() == good  # rewritten whole


def test_an_unwritable_cache_falls_back_to_memory(tmp_path, monkeypatch, index):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setattr(places, "build_index", lambda: index)

    assert Gazetteer.load(blocked).lookup("Hanoi") == HANOI


def test_writing_a_cache_removes_those_of_other_builds(tmp_path, monkeypatch, index):
    stale = tmp_path / "places-0123456789abcdef.marshal"
    stale.write_bytes(b"an older build")
    unrelated = tmp_path / "other.txt"
    unrelated.write_text("kept")
    monkeypatch.setattr(places, "build_index", lambda: index)

    Gazetteer.load(tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([places.cache_path(tmp_path).name, "other.txt"])


def test_the_cache_is_keyed_by_what_it_was_built_from():
    assert places.cache_path().name == f"places-{places._fingerprint()}.marshal"
    assert len(places._fingerprint()) == 16


# -- one name ----------------------------------------------------------------------------------------------


def test_hanoi_in_arabic_is_hanoi_with_viet_nams_zone():
    # GeoNames files Hanoi under Asia/Bangkok; the place takes Viet Nam's own zone.
    assert lookup("هانوي") == HANOI


def test_hanoi_in_every_script_is_one_city():
    assert {lookup(name).geonameid for name in ("Hà Nội", "Hanoi", "Ha Noi", "HANOI", "Ханой", "河內")} == {1581130}


def test_new_york_in_arabic():
    assert lookup("نيويورك") == NEW_YORK


@pytest.mark.parametrize(
    ("name", "geonameid", "country", "timezone"),
    [
        ("Nueva York", 5128581, "US", "America/New_York"),
        ("Нью-Йорк", 5128581, "US", "America/New_York"),
        ("紐約", 5128581, "US", "America/New_York"),
        ("纽约", 5128581, "US", "America/New_York"),  # simplified form, from CLDR's exemplar cities
        ("بنيويورك", 5128581, "US", "America/New_York"),  # "in New York": the clitic is not part of the name
        ("وهانوي", 1581130, "VN", "Asia/Ho_Chi_Minh"),
        ("Москве", MOSCOW, "RU", "Europe/Moscow"),  # locative case
        ("Ханое", 1581130, "VN", "Asia/Ho_Chi_Minh"),
        ("Thành phố Hồ Chí Minh", HO_CHI_MINH_CITY, "VN", "Asia/Ho_Chi_Minh"),
        ("Wien", VIENNA, "AT", "Europe/Vienna"),
        ("Genève", GENEVA, "CH", "Europe/Zurich"),
        ("Bruxelles", BRUSSELS, "BE", "Europe/Brussels"),
        ("北京", BEIJING, "CN", "Asia/Shanghai"),
        ("Paris", PARIS, "FR", "Europe/Paris"),
        ("nothing-like-a-place", None, None, None),
    ],
)
def test_lookup_table(name, geonameid, country, timezone):
    place = lookup(name)
    assert (place and (place.geonameid, place.country, place.timezone)) == (
        (geonameid, country, timezone) if geonameid else None
    )


def test_the_articles_countries_decide_between_places_of_one_name():
    assert lookup("Paris", countries=["US"]).geonameid == PARIS_TEXAS
    assert lookup("Paris", countries=["US"]).timezone == "America/Chicago"
    assert lookup("Paris").geonameid == PARIS


@pytest.mark.parametrize("name", ["فيتنام", "Việt Nam", "Viet Nam", "Vietnam", "Viêt Nam", "Вьетнам", "越南"])
def test_viet_nam_in_every_language(name):
    assert lookup(name) == Place("Vietnam", "VN", 21.0245, 105.84117, "Asia/Ho_Chi_Minh", 1562822)


def test_a_country_with_several_zones_has_none():
    united_states = lookup("الولايات المتحدة")
    assert (united_states.country, united_states.timezone) == ("US", None)


def test_a_parenthesised_cldr_name_is_two_names():
    assert lookup("Burma").country == lookup("Myanmar").country == "MM"


# -- names in text -----------------------------------------------------------------------------------------


def test_the_seed_sentence_finds_hanoi_at_its_offsets():
    text = "في الفترة من 25 إلى 26 أكتوبر 2025 في هانوي ."
    assert find_places(text, "ar") == [PlaceMention(38, 43, "هانوي", HANOI, "city")]


def test_un_headquarters_new_york_and_the_united_states():
    text = "في مقر الأمم المتحدة في نيويورك (الولايات المتحدة الأمريكية)"
    mentions = find_places(text, "ar")
    assert [(m.start, m.end, m.text, m.kind) for m in mentions] == [
        (3, 20, "مقر الأمم المتحدة", "seat"),
        (24, 31, "نيويورك", "city"),
        (33, 49, "الولايات المتحدة", "country"),
    ]
    assert mentions[0].place == mentions[1].place == NEW_YORK
    assert mentions[2].place.country == "US"


def test_arabic_clitics_stay_outside_the_mention():
    text = "وصل الوفد إلى هانوي ثم سافر بنيويورك وهانوي"
    assert [(m.text, m.start, m.place.geonameid) for m in find_places(text, "ar")] == [
        ("هانوي", 14, 1581130),
        ("نيويورك", 29, 5128581),
        ("هانوي", 38, 1581130),
    ]


def test_arabic_words_that_are_also_small_towns_are_not_places(seed_text):
    # كبار → "بار" (Bar, Montenegro), إطار (Atar, Mauritania), آمن (Emmen), القائم (Al Qa'im): all words here.
    found = {m.text for m in find_places(seed_text, "ar")}
    assert found == {
        "هانوي", "مقر الأمم المتحدة", "نيويورك", "الولايات المتحدة", "فيتنام", "نيجيريا", "ترينيداد وتوباغو", "هولندا"
    }


@pytest.mark.parametrize(
    ("language", "text", "name", "geonameid"),
    [
        ("vi", "Lễ mở ký Công ước của Liên Hợp Quốc về chống tội phạm mạng sẽ diễn ra tại Hà Nội vào ngày 25 và "
               "26/10/2025.", "Hà Nội", 1581130),
        ("fr", "La cérémonie de signature de la Convention des Nations unies contre la cybercriminalité aura lieu à "
               "Hanoï les 25 et 26 octobre 2025.", "Hanoï", 1581130),
        ("en", "The signing ceremony of the UN Convention against Cybercrime will be held in Hanoi on 25-26 October "
               "2025.", "Hanoi", 1581130),
        ("es", "La ceremonia de firma se celebrará en Hanói los días 25 y 26 de octubre de 2025.", "Hanói", 1581130),
        ("de", "Die Konferenz findet am 3. November 2025 in Wien statt.", "Wien", VIENNA),
        ("ru", "Церемония подписания пройдёт в Ханое 25–26 октября 2025 года.", "Ханое", 1581130),
        ("zh", "联合国大会高级别会议于9月22日在纽约举行。", "纽约", 5128581),
    ],
)
def test_one_city_in_each_language(language, text, name, geonameid):
    mention = only(find_places(text, language))
    assert (mention.start, mention.end, mention.text) == (text.index(name), text.index(name) + len(name), name)
    assert (mention.kind, mention.place.geonameid) == ("city", geonameid)


def test_the_longest_name_wins_and_mentions_do_not_overlap():
    text = "Le sommet s'est tenu à Thành phố Hồ Chí Minh, puis à New York."
    assert [(m.text, m.place.geonameid) for m in find_places(text, "fr")] == [
        ("Thành phố Hồ Chí Minh", HO_CHI_MINH_CITY),
        ("New York", 5128581),
    ]


def test_a_name_of_several_places_takes_the_articles_country():
    text = "Paris is a small city in Texas, United States."
    assert [(m.text, m.place.geonameid) for m in find_places(text, "en")] == [
        ("Paris", PARIS_TEXAS),
        ("United States", 6252001),
    ]
    assert find_places("They met in Paris.", "en")[0].place.geonameid == PARIS


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "the march to nice places", []),
        ("en", "Most people marched in March; Police said Reading was hard.", []),
        ("en", "NATO and the ONU met in Nice.", ["Nice"]),
        ("en", "The Washington Post and the Paris Agreement.", []),
        ("en", "Bill Clinton spoke.", []),
        ("en", "The talks were in Hanoi October 25.", ["Hanoi"]),
        ("vi", "Chủ tịch nước Lương Cường sẽ chủ trì lễ ký tại Đà Nẵng.", ["Đà Nẵng"]),
        ("vi", "Liên Hợp Quốc họp tại Hà Nội.", ["Hà Nội"]),
        ("de", "Das Essen war gut, sagte er in Berlin.", ["Berlin"]),
        ("ru", "В Москве прошла встреча.", ["Москве"]),
        ("ru", "Встреча прошла в Нью-Йорке и в России.", ["Нью-Йорке", "России"]),
        ("es", "La sede de la ONU está en Nueva York.", ["sede de la ONU", "Nueva York"]),
        ("fr", "Réunion au siège de l'ONU.", ["siège de l'ONU"]),
        ("zh", "会议在联合国总部举行。", ["联合国总部"]),
        ("ar", "اجتماع في مقر اليونسكو", ["مقر اليونسكو"]),
        ("ar", "بل ول فب", []),  # words that are nothing but clitics
        ("en", "", []),
    ],
)
def test_names_found_in_text(language, text, expected):
    mentions = find_places(text, language)
    assert [m.text for m in mentions] == expected
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_a_language_tag_is_its_language():
    assert find_places("Réunion au siège de l'ONU.", "fr-FR") == find_places("Réunion au siège de l'ONU.", "fr")
    assert [m.text for m in find_places("会议在纽约举行。", "zh-Hans")] == ["纽约"]


def test_no_text_breaks_the_scan():
    # Lone clitics, marks and tatweels, mixed scripts, text not in NFC: mentions stay exact and disjoint.
    pool = list("وفبلكهانوي الأمم Hà Nội Москве 北京纽约联合国总部 .,;:!?()-'’ New York ABC ăđơư İß😀") + [
        "\u0300", "\u0323", "\u064b", "\u0640", "\u200b", "\u200f", "\n",
    ]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        for language in (None, "ar", "en", "vi", "de", "ru", "zh"):
            mentions = find_places(text, language)
            assert all(text[m.start : m.end] == m.text != "" for m in mentions), text
            assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), text
        lookup(text)


def test_text_not_in_nfc_is_read_at_its_own_offsets():
    text = unicodedata.normalize("NFD", "Lễ ký diễn ra tại Hà Nội.")
    mention = only(find_places(text, "vi"))
    assert (mention.text, mention.place.geonameid) == (unicodedata.normalize("NFD", "Hà Nội"), 1581130)


def test_seats_resolve_to_their_city():
    seats = {m.text: m.place.geonameid for m in find_places("WHO headquarters; NATO HQ; UNESCO Headquarters", "en")}
    assert seats == {"WHO headquarters": GENEVA, "NATO HQ": BRUSSELS, "UNESCO Headquarters": PARIS}


def test_resolve_prefers_the_first_city_then_a_country(seed_text):
    assert resolve(find_places(seed_text, "ar")) == HANOI
    assert resolve(find_places("فيتنام", "ar")).country == "VN"
    assert resolve([]) is None


def test_a_long_article_is_scanned_quickly(seed_text):
    text = (seed_text * 2)[:5000]
    find_places(text, "ar")
    start = time.perf_counter()
    find_places(text, "ar")
    assert time.perf_counter() - start < 0.1  # about 2 ms on the development machine


# -- the data ----------------------------------------------------------------------------------------------


def test_every_city_zone_is_one_of_its_countrys_zones(index):
    records = {places._Record.from_line(line) for value in index.names.values() for line in (
        value if isinstance(value, tuple) else (value,))}
    for record in records:
        zones = pytz.country_timezones.get(record.country or "", [])
        if record.kind == places._CITY and zones:
            assert record.timezone in zones, record
        if record.kind == places._COUNTRY:
            assert record.timezone == (zones[0] if len(zones) == 1 else None), record


def test_every_seat_is_an_indexed_city():
    data = tomllib.loads(places._seats_file().decode())
    for seat in data["seat"]:
        assert seat["names"], seat["organisation"]
        for name in seat["names"]:
            assert lookup(name).geonameid == seat["geonameid"], name


def test_every_stop_name_is_an_indexed_name(index):
    # A stop name that names nothing in the index is dead weight: the list stays short and true.
    for language in places.LANGUAGES:
        words = places.stop_names(language)
        assert words <= index.names.keys(), (language, words - index.names.keys())
    assert places.stop_names("de") >= {places.name_key("Essen"), places.name_key("Halle")}


def test_codes_short_names_and_romanisations_are_not_names():
    assert lookup("HAN") is None  # Hanoi's airport code
    assert lookup("NY") is None
    assert lookup("nywywrk") is None  # a lowercase romanisation of نيويورك


def test_a_name_inside_a_hyphenated_compound_is_not_a_place():
    from timeline.places import find_places

    assert [m.text for m in find_places("La dernière édition avait eu lieu à Villers-Cotterêts.", "fr")] == []
    assert [m.place.name for m in find_places("Le sommet aura lieu à Paris-Saclay et à Lyon.", "fr")] == ["Lyon"]
