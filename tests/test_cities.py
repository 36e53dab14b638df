"""The city gazetteer (data/actors/cities.tsv): a town places an event in its country
but, unlike a capital, never speaks for a government."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.actors.lexicon import Lexicon, load_cities, load_countries, load_lexicon, load_named
from newsevents.resources import DataError, data_path, read_tsv, split_values

CITIES = data_path("actors") / "cities.tsv"


def city_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for _, (names, code) in read_tsv(CITIES, columns=2):
        if names != "names":
            forms.update((form, code) for form in split_values(names))
    return forms


def test_cities_load_as_their_own_kind():
    lexicon = Lexicon()
    load_cities(lexicon, CITIES)
    samarra, = lexicon.lookup("Samarra")
    assert (samarra.kind, samarra.code) == ("city", "IRQ")
    assert lexicon.lookup("Karkuk")[0].name == "Kirkuk"  # a variant names the row's first form
    assert lexicon.lookup("Bombay")[0].code == "IND"  # historic names
    assert lexicon.lookup("Leningrad")[0].code == "RUS"
    assert lexicon.lookup("Khan Younis")[0].code == "PSE"


def test_cities_are_in_the_default_lexicon():
    assert [e.kind for e in load_lexicon().lookup("Basra")] == ["city"]


def test_cities_file_is_large_and_every_code_is_a_country():
    countries = Lexicon()
    load_countries(countries, data_path("actors") / "countries.tsv")
    codes = set(city_forms().values())
    assert len(list(read_tsv(CITIES, columns=2))) > 1000
    assert codes <= set(countries.countries), codes - set(countries.countries)


def test_cities_repeat_no_country_demonym_capital_seat_or_organisation():
    """A city never shadows a name another file already owns (Juba, Gaza, Tel Aviv...)."""
    others = Lexicon()
    load_countries(others, data_path("actors") / "countries.tsv")
    load_named(others, data_path("actors") / "seats.tsv", kind="seat", code_first=False)
    load_named(others, data_path("actors") / "organisations.tsv", kind="organisation", code_first=True)
    clashes = {form: [e.kind for e in others.lookup(form)] for form in city_forms() if others.lookup(form)}
    assert clashes == {}


def test_cities_name_maps_to_two_countries_is_refused(tmp_path):
    path = tmp_path / "cities.tsv"
    path.write_text("# test\nnames\tcode\nAlpha|Beta\tIRQ\nGamma|Alpha\tSYR\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"cities.tsv.*4.*'Alpha' is IRQ on line 3"):
        load_cities(Lexicon(), path)


def test_cities_bad_country_code_is_refused(tmp_path):
    path = tmp_path / "cities.tsv"
    path.write_text("Alpha\tIRQGOV\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"cities.tsv.*1.*bad country code"):
        load_cities(Lexicon(), path)


def actors(text: str) -> list[tuple[str, str, str]]:
    record = newsevents.code(text, date="2010-06-01")
    return [(a["text"], a["kind"], a["code"]) for a in record["actors"]]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb exploded in Samarra.", ("Samarra", "city", "IRQ")),
    ("Karachi police arrested three men.", ("Karachi police", "city", "PAKCOP")),
    ("Rebels shelled the Iraqi city of Basra.", ("Basra", "city", "IRQ")),
    ("Israeli jets struck residential areas near the town of Rafah.", ("Rafah", "city", "PSE")),
    ("Thousands demonstrated in Kirkuk on Friday.", ("Kirkuk", "city", "IRQ")),
    ("Police broke up a rally in Lagos.", ("Lagos", "city", "NGA")),
])
def test_cities_end_to_end(text, expected):
    assert expected in actors(text)


@pytest.mark.model
def test_cities_leave_capitals_as_capitals():
    assert ("Moscow", "capital", "RUS") in actors("Moscow said it would respond.")
    assert ("Juba", "capital", "SSD") in actors("Government forces shelled the southern town of Juba.")


def test_a_state_named_like_a_country_is_the_states_country():
    import newsevents
    actors = newsevents.code("The governors of New Mexico and New Jersey met in Texas.", title="")["actors"]
    assert {m["code"][:3] for m in actors if m["code"]} == {"USA"}


def test_a_place_name_as_a_given_name_is_no_place():
    import newsevents
    actors = newsevents.code("Jordan Peterson criticised the law, but Jordan said on Monday it would sign.", title="")
    assert [(m["text"], m["code"]) for m in actors["actors"] if m["code"]] == [("Jordan", "JOR")]


def test_a_base_abroad_is_its_holders_seat_not_the_host_town():
    """Guantanamo Bay in news is the US base and prison, not a Cuban town (seats.tsv)."""
    entries = load_lexicon().lookup("Guantanamo Bay")
    assert [(e.kind, e.code) for e in entries] == [("seat", "USAMIL")]
    found = newsevents.code("The Swedish foreign minister called for the release of the inmates at Guantanamo Bay.",
                            title="", date="2005-01-12")["events"]
    assert not any(e["target"].startswith("CUB") for e in found)


def test_a_region_named_like_a_country_is_the_regions_country():
    """"the New England states" are American, not English (twenty-sixth session, E4)."""
    import newsevents
    actors = newsevents.code("Canadian utilities oppose the New England power deal.", title="")["actors"]
    assert "GBR" not in {m["code"][:3] for m in actors if m["code"]}
    assert "USA" in {m["code"][:3] for m in actors if m["code"]}
