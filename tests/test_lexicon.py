"""The actor lexicon loaders: our TSV files and PETRARCH/TABARI dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.actors.lexicon import Lexicon, load_lexicon, load_people
from newsevents.actors.petrarch import load_petrarch, petrarch_day, phrase_text, regular_plural
from newsevents.resources import DataError

FIXTURES = Path(__file__).parent / "fixtures"
PEOPLE_HEADER = "name\taliases\tcode\tstart\tend\trole\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))


def petrarch(*names: str) -> Lexicon:
    lexicon = Lexicon()
    for name in names:
        load_petrarch(lexicon, FIXTURES / "petrarch" / name)
    return lexicon


def only(lexicon: Lexicon, form: str):
    entries = lexicon.lookup(form)
    assert len(entries) == 1, (form, entries)
    return entries[0]


# ------------------------------------------------------------- our TSV files

def test_lexicon_loads_each_kind_from_a_folder():
    lexicon = load_lexicon((str(FIXTURES / "actors_small"),), defaults=False)
    assert only(lexicon, "France").kind == "country"
    assert only(lexicon, "French").kind == "adjective"
    assert only(lexicon, "Paris").code == "FRA"
    assert only(lexicon, "Kremlin").code == "RUSGOV"
    assert only(lexicon, "NATO").code == "IGOWSTNAT"
    assert only(lexicon, "spokesman").code == "GOV"
    assert only(lexicon, "Peskov").kind == "person"


def test_lexicon_person_code_on_both_sides_of_a_handover():
    lexicon = load_lexicon((str(FIXTURES / "actors_small"),), defaults=False)
    yoon = only(lexicon, "Yoon Suk Yeol")
    assert yoon.code_on("2020-01-01") == "KORJUD"
    assert yoon.code_on("2021-12-31") == "KORELI"  # between offices: former elite
    assert yoon.code_on("2023-01-01") == "KORGOV"
    moon = only(lexicon, "Moon Jae-in")
    assert moon.code_on("2022-05-09") == "KORGOV"
    assert moon.code_on("2022-05-11") == "KORELI"


def test_lexicon_default_data_loads():
    lexicon = load_lexicon()
    assert lexicon.lookup("Kremlin") and lexicon.lookup("France")


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_lexicon_overlapping_roles_name_file_and_line(tmp_path):
    path = write(tmp_path, "people.tsv", PEOPLE_HEADER
                 + "Ann Example\t-\tFRAGOV\t2010-01-01\t2015-01-01\tMinister\n"
                 + "Ann Example\t-\tFRAGOV\t2014-01-01\t2016-01-01\tMinister\n")
    with pytest.raises(DataError, match=r"people\.tsv:3: .*overlaps"):
        load_people(Lexicon(), Path(path))


def test_lexicon_duplicate_role_is_an_overlap(tmp_path):
    row = "Ann Example\t-\tFRAGOV\t2010-01-01\t-\tMinister\n"
    path = write(tmp_path, "people.tsv", PEOPLE_HEADER + row + row)
    with pytest.raises(DataError, match=r"people\.tsv:3:"):
        load_people(Lexicon(), Path(path))


def test_lexicon_touching_roles_are_allowed(tmp_path):
    path = write(tmp_path, "people.tsv", PEOPLE_HEADER
                 + "Ann Example\t-\tFRAGOV\t2010-01-01\t2015-01-01\tMinister\n"
                 + "Ann Example\t-\tFRAGOV\t2015-01-01\t-\tPresident\n")
    lexicon = Lexicon()
    load_people(lexicon, Path(path))
    assert len(only(lexicon, "Ann Example").roles) == 2


@pytest.mark.parametrize(("name", "text", "pattern"), [
    ("people.tsv", PEOPLE_HEADER + "Ann Example\t-\tFRAgov\t2010-01-01\t-\tMinister\n",
     r"people\.tsv:2: bad actor code"),
    ("people.tsv", PEOPLE_HEADER + "Ann Example\t-\tFRAGOV\t2010-13-01\t-\tMinister\n", r"people\.tsv:2: bad date"),
    ("people.tsv", PEOPLE_HEADER + "Ann Example\t-\tFRAGOV\t2012-01-01\t2010-01-01\tX\n", r"people\.tsv:2: role ends"),
    ("countries.tsv", "# c\nFR\tFrance\t-\t-\n", r"countries\.tsv:2: bad actor code 'FR'"),
    ("seats.tsv", "Kremlin\tRUS-GOV\n", r"seats\.tsv:1: bad actor code"),
    ("roles.tsv", "spokesman\tGOVERNMENT\n", r"roles\.tsv:1: bad sector"),
])
def test_lexicon_bad_rows_are_data_errors(tmp_path, name, text, pattern):
    path = write(tmp_path, name, text)
    with pytest.raises(DataError, match=pattern):
        load_lexicon.__wrapped__((path,), defaults=False)


# ------------------------------------------------------------- PETRARCH / TABARI

def test_petrarch_country_and_synonyms():
    lexicon = petrarch("small.actors")
    assert only(lexicon, "Freedonia").code == "FRD"
    assert only(lexicon, "Freedonian").code == "FRD"
    assert only(lexicon, "Freedonia City").kind == "country"
    assert only(lexicon, "Sylvanian").code == "SYL"  # after a ';' comment
    assert all(e.any_case for entries in lexicon.forms.values() for e in entries)


def test_petrarch_dated_person():
    firefly = only(petrarch("small.actors"), "Rufus T. Firefly")
    assert firefly.kind == "person"
    assert firefly.code_on("1942-06-01") == "FRDMIL"  # YYYYMMDD
    assert firefly.code_on("1972-06-01") == "FRDELI"  # YYMMDD, 19YY
    assert firefly.code_on("2015-06-01") == "FRDGOV"  # >990101
    assert firefly.code_on("1901-01-01") == "FRDELI"  # the default
    assert only(petrarch("small.actors"), "President Firefly") is not None


def test_petrarch_date_forms():
    assert petrarch_day("991231", Path("x"), 1) == "1999-12-31"
    assert petrarch_day("050101", Path("x"), 1) == "2005-01-01"
    assert petrarch_day("19450703", Path("x"), 1) == "1945-07-03"
    lexicon = petrarch("small.actors")
    trentino = only(lexicon, "Trentino")
    assert trentino.code_on("2001-01-01") == "SYLGOV"  # a dated code on the primary line
    chicolini = only(lexicon, "Chicolini")
    assert chicolini.code_on("1990-01-01") == "SYLELI"  # <20000101
    assert chicolini.code_on("2010-01-01") == "SYLGOV"  # '> 2000 0101', spaces inside
    assert only(lexicon, "Marx Brothers Army").code == "FRDREB"


def test_petrarch_primaries_share_the_next_code_block():
    lexicon = petrarch("small.actors")
    assert only(lexicon, "Freedonian War Office").code == "FRDMIL"
    assert only(lexicon, "Freedonian Ministry of War").code == "FRDMIL"


def test_petrarch_agents_plurals_and_markers():
    lexicon = petrarch("small.agents")
    assert only(lexicon, "president").code == "GOV"
    assert only(lexicon, "presidents").code == "GOV"
    assert only(lexicon, "secretaries").code == "GOV"
    assert only(lexicon, "actresses").code == "MED"
    assert only(lexicon, "spokeswoman").code == "GOV"
    assert only(lexicon, "spokesmen").code == "GOV"
    assert not lexicon.lookup("polices")  # {} : no plural
    assert only(lexicon, "attorneys general").code == "GOVATG"
    assert only(lexicon, "defence minister").code == "GOVMIL"  # multi-part codes kept whole
    assert only(lexicon, "peacekeepers").code == "IGO~"  # put before the country
    assert only(lexicon, "rebel").kind == "role"


def test_petrarch_discards():
    lexicon = petrarch("small.discards")
    assert lexicon.discards == {"+world cup", "tennis"}


def test_petrarch_bad_code_is_a_data_error(tmp_path):
    path = Path(write(tmp_path, "bad.actors", "FREEDONIA_ [FR.D]\n"))
    with pytest.raises(DataError, match=r"bad\.actors:1: bad actor code"):
        load_petrarch(Lexicon(), path)
    path = Path(write(tmp_path, "bad.agents", "PRESIDENT [GOV]\n"))
    with pytest.raises(DataError, match=r"bad\.agents:1: bad agent code"):
        load_petrarch(Lexicon(), path)


def test_petrarch_mistyped_date_skips_only_that_restriction(tmp_path):
    path = Path(write(tmp_path, "typo.actors", "ANN_\n\t[FRDGOV 9008223-950101]\n\t[FRDELI]\n"))
    lexicon = Lexicon()
    load_petrarch(lexicon, path)
    assert only(lexicon, "Ann").code_on("1992-01-01") == "FRDELI"


def test_petrarch_cache_is_reused(tmp_path):
    first = petrarch("small.actors")
    cached = list((tmp_path / "cache").glob("petrarch-*.pickle"))
    assert len(cached) == 1
    again = petrarch("small.actors")
    assert again.forms.keys() == first.forms.keys()


def test_petrarch_phrase_text():
    assert phrase_text("MR._OBAMA_") == "Mr. Obama"
    assert phrase_text("U.S._ARMY") == "U.S. Army"
    assert phrase_text("CARL_XVI_GUSTAF_") == "Carl XVI Gustaf"
    assert phrase_text("MINISTRY_OF_WAR") == "Ministry of War"
    assert regular_plural("CONGRESS") == "CONGRESSES"
    assert regular_plural("ATTORNEY") == "ATTORNEYS"
