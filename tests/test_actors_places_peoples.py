"""Session 11 (issue #11's actors): strings another coder tests -- towns and regions from the places
gazetteer, a group "near" a place, peoples coded where they live, generational suffixes, and a few
role words. Strings written for these tests, not taken from the check lists."""

from __future__ import annotations

import sys

import pytest

import newsevents
from conftest import ROOT, mention_codes
from newsevents.actors import resolve_phrase
from newsevents.actors.lexicon import name_variants

sys.path.insert(0, str(ROOT / "scripts"))



def test_name_variants_as_news_writes_known_names():
    assert name_variants("Benigno Aquino III") == {"Benigno Aquino"}
    assert "Ferdinand Marcos" in name_variants("Ferdinand Marcos Jr.")
    assert "Martin Luther King" in name_variants("Martin Luther King, Jr.")
    assert name_variants("Henry IV") == set()  # one word would be left
    assert name_variants("Angela Merkel") == set()
    assert {"Mohamed bin Zayed", "Mohammed bin Zayed", "Muhammad bin Zayed"} <= name_variants(
        "Mohamed bin Zayed Al Nahyan")  # a Gulf dynasty's name dropped, the given name transliterated
    assert name_variants("Sheikh Mishal al-Ahmad al-Sabah") == {"Mishal al-Ahmad al-Sabah"}
    assert name_variants("Sergei Lavrov") == {"Sergey Lavrov"}
    assert name_variants("Dr. Tedros") == set()


def test_country_tables_mend_the_ontologys_borrowed_codes():
    from actor_sources import country_tables

    from conftest import shared_path
    from newsevents.resources import data_path

    tables = country_tables(shared_path("ontology", "countries.tsv"), data_path("actors", "countries.tsv"))
    assert [tables.iso2[c] for c in ("GN", "PG", "GT", "IL", "IS", "MM", "MZ")] == \
        ["GIN", "PNG", "GTM", "ISR", "ISL", "MMR", "MOZ"]
    assert (tables.cow["PNG"], tables.cow["GUI"], tables.cow["DRC"], tables.cow["CON"]) == ("PNG", "GIN", "COD", "COG")
    assert (tables.cow_number["490"], tables.cow_number["910"]) == ("COD", "PNG")


def test_place_rows_keep_a_countrys_own_town_and_leave_out_namesakes_words_and_people(tmp_path):
    from build_actors import place_rows

    (tmp_path / "cities.tsv").write_text(
        "# test\n"
        "1\tMarawi City\tPHL\tPH-14\t0\t0\t259993\t-\n"      # kept, also as "Marawi"
        "2\tSmallton\tGBR\tGB-ENG\t0\t0\t20000\t-\n"         # too small
        "3\tTwinford\tUSA\tUS-NY\t0\t0\t90000\t-\n"          # two countries, close in size
        "4\tTwinford\tCAN\tCA-08\t0\t0\t80000\t-\n"
        "5\tBigburg\tDEU\tDE-01\t0\t0\t2000000\t-\n"         # a namesake twenty times smaller
        "6\tBigburg\tAUT\tAT-01\t0\t0\t20000\t-\n"
        "7\tOrange\tFRA\tFR-93\t0\t0\t60000\t-\n"           # an English word
        "8\tKowalski\tPOL\tPL-01\t0\t0\t60000\t-\n"          # a person's surname
        "9\tSão Tomé Town\tSTP\tST-01\t0\t0\t60000\t-\n",
        encoding="utf-8")
    (tmp_path / "regions.tsv").write_text(
        "# test\nAF-HEL\tHelmand\tAFG\tProvince\t-\t-\t-\t0\nXX-1\tNorthland\tNZL\tRegion\t-\t-\t-\t0\n"
        "YY-1\tNorthland\tZAF\tProvince\t-\t-\t-\t0\n", encoding="utf-8")
    rows = place_rows(tmp_path, frozenset({"orange"}), {"bigburgh"}, {"kowalski"})
    assert ["Marawi|Marawi City", "PHL"] in rows
    assert ["Bigburg", "DEU"] in rows
    assert ["Helmand", "AFG"] in rows
    assert ["Sao Tome Town|São Tomé Town", "STP"] in rows
    names = {form for row in rows for form in row[0].split("|")}
    assert not names & {"Smallton", "Twinford", "Orange", "Kowalski", "Northland"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "code", "plover"), [
    ("Bacolod City residents", "2019-01-01", "PHLCVL", "CVL"),      # a form the gazetteer adds
    ("the mayor of Zvishavane", "2019-01-01", "ZWEGOV", "GOV"),
    ("Nimroz officials", "2019-01-01", "AFGGOV", "GOV"),               # an ISO 3166-2 province
    ("fishermen near Timbuktu", "2013-01-28", "MLIAGR", "AGR"),        # "near" links a group to a place
    ("doctors outside Mosul", "2017-01-01", "IRQHLH", "MED"),
    ("Yazidi survivors", "2015-01-01", "IRQ", "CVL"),                  # a people coded where it lives
    ("Kabyle villagers", "2019-01-01", "DZACVL", "CVL"),
    ("Crimean Tatar leaders", "2015-01-01", "UKRGOV", "GOV"),
    ("Kosovo Albanians", "2023-01-01", "XKX", "CVL"),                  # place + another people: the place's
    ("Kosovo Serbs", "2023-01-01", "XKX", "CVL"),
    ("Benigno Aquino", "2012-01-01", "PHLGOV", "GOV"),                 # "III" dropped
    ("Ferdinand Marcos", "2024-01-01", "PHLGOV", "GOV"),               # Jr. in office; the father by date
    ("UN peacekeepers in South Sudan", "2015-01-01", "IGOPKO", "MIL"),  # Phoenix PKO is troops
    ("Kenya's prosecution service", "2019-01-01", "KENJUD", "JUD"),
    ("the Iraqi counter-terrorism forces", "2016-01-01", "IRQMIL", "MIL"),
    ("Istanbul Mayor Ekrem Imamoglu", "2021-01-01", "TURGOV", "GOV"),  # a mayor holds office
    ("Muhammad bin Zayed", "2023-01-01", "AREGOV", "GOV"),
    ("Papua New Guinea's James Marape", "2020-01-01", "PNGGOV", "GOV"),  # not Guinea's (kb country fix)
    ("the APCLS", "2015-01-01", "CODREB", "REB"),                       # a DR Congo group, not Brazzaville's
    ("Niger's junta leader Abdourahamane Tchiani", "2024-03-01", "NERGOV", "GOV"),  # hand rows since 2022
    ("Bobi Wine", "2021-01-14", "UGAOPP", "OPP"),
    ("Uganda's MP Bobi Wine", "2019-01-01", "UGALEG", "LEG"),        # a title held beats no office (OPP)
    ("Rep. Jim Jordan", "2020-01-01", "USALEG", "LEG"),              # AP's "Sen."/"Rep.": the US Congress
    ("Philippine Sen. Leila de Lima", "2018-01-01", "PHLLEG", "LEG"),  # ... unless a country is written
    ("the Kenyan health minister", "2019-01-01", "KENGOV", "GOV"),   # a minister is GOV, doctors MED
    ("Gulbuddin Hekmatyar", "2010-01-01", "AFGREB", "REB"),           # armed-group leaders by name
    ("the Africa Corps", "2024-06-01", "RUSMIL", "MIL"),
    ("a spokesman for the Taliban", "2019-01-01", "AFGINSTAL", "REB"),  # speaks for the actor named after it
    ("a spokeswoman for the Kenyan police", "2019-01-01", "KENCOP", "COP"),
    ("an aide to Putin", "2019-01-01", "RUSGOV", "GOV"),
    ("a lawyer for Navalny", "2019-01-01", "RUSJUD", "JUD"),             # another role: the person's country
    ("troops to Mali", "2021-01-01", "---MIL", "MIL"),                   # sent there: not Mali's
    ("an envoy to Syria", "2021-01-01", "---GOV", "GOV"),
    ("an adviser to the Kenyan finance minister", "2019-01-01", "KENGOV", "GOV"),  # session 16: whom they serve
    ("envoys to the Kenyan government", "2019-01-01", "---GOV", "GOV"),             # sent there: not Kenya's
    ("Russian-backed separatists", "2015-02-01", "---SEP", "REB"),      # the backer is another actor
    ("Libya's UN-backed government", "2019-01-01", "LBYGOV", "GOV"),
    ("pro-Moscow separatists", "2015-02-01", "---SEP", "REB"),         # a stance toward another actor
    ("anti-American protesters", "2015-02-01", "---CVL", "CVL"),
    ("Yemen's internationally recognised government", "2019-01-01", "YEMGOV", "GOV"),
    ("Republic of Congo officials", "2019-01-01", "COGGOV", "GOV"),     # Brazzaville, not the DR Congo
    ("Omani mediators", "2019-01-01", "OMNGOV", "GOV"),
    ("Shabaab fighters", "2019-01-01", "SOMINSSHB", "REB"),
    ("Elon Musk", "2022-01-01", "USABUS", "BUS"),                       # people of no office by name
    ("Elon Musk", "2025-03-01", "USAGOV", "GOV"),
    ("the Dalai Lama", "2019-01-01", "CHNREL", "REL"),                  # not the Chinese town of Dalai
    ("Greta Thunberg", "2019-01-01", "SWECVL", "CVL"),
    ("the GOP", "2019-01-01", "USAPTY", "PTY"),                         # the US parties by their short names
    ("Democrats", "2019-01-01", "USAPTY", "PTY"),
    ("Germany's Social Democrats", "2019-01-01", "DEUPTY", "PTY"),      # not the US Democrats
    ("the Taliban", "2010-01-01", "AFGINSTAL", "REB"),                 # dated organisation rows
    ("the Taliban", "2023-01-01", "AFGGOV", "GOV"),
    ("the SPLA", "2005-01-09", "SDNREBSPL", "REB"),
    ("the SPLA", "2015-01-01", "SSDMIL", "MIL"),
    ("RENAMO", "2019-10-15", "MOZPTY", "PTY"),
    ("the Mukataa", "2019-01-01", "PSEGOV", "GOV"),                      # a seat of power
    ("Uzbeks in Tajikistan", "2019-01-01", "TJK", "CVL"),            # session 17: a people placed stays a people
    ("the Albanians of North Macedonia", "2019-01-01", "MKD", "CVL"),
    ("Chechens near Grozny", "2019-01-01", "RUS", "CVL"),
    ("rebels in Chad", "2019-01-01", "TCDREB", "REB"),               # a role placed keeps its own sector
    ("Hindus in Pakistan", "2019-01-01", "PAKCVL", "CVL"),           # a faith's followers are people
    ("Indian Muslims", "2019-01-01", "INDCVL", "CVL"),
    ("Sikhs", "2019-01-01", "---CVL", "CVL"),
    ("Muslim clerics", "2019-01-01", "---REL", "REL"),               # its clerics are REL
])
def test_places_peoples_and_roles(lexicon, text, date, code, plover):
    got = resolve_phrase(text, date, lexicon=lexicon)
    assert (got["code"], got["plover_sector"]) == (code, plover), got


@pytest.mark.model
@pytest.mark.parametrize("text", ["Mark Cuban", "Chad Smith", "John English", "Michael Jordan"])
def test_a_place_or_demonym_in_a_persons_name_stays_no_country(lexicon, text):
    assert resolve_phrase(text, "2016-01-01", lexicon=lexicon)["country"] is None


def test_a_dated_organisation_row_needs_readable_dates(tmp_path):
    from newsevents.actors.lexicon import Lexicon, load_named
    from newsevents.resources import DataError

    path = tmp_path / "organisations.tsv"
    path.write_text("ABCREBXYZ\tExample Front\tarmed-group\t-\t2020-13-01..\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad dates"):
        load_named(Lexicon(), path, kind="organisation", code_first=True)


@pytest.mark.parametrize("sentence", [
    "McDonnell Douglas gave the airline until March 31 to agree to final terms.",  # a town in a firm's name
    "McDonnell Douglas Corp and Airbus Industrie have held talks.",
    "Shares of Banco Santander rose on Monday.",
    "Senate Republicans criticised the Paris climate agreement.",  # a place in an agreement's name
    "Both sides accused each other of breaking the Minsk accords.",
    "Ministers opened the Uruguay round of trade talks.",
])
def test_a_place_in_a_firms_or_an_agreements_name_is_no_party(sentence):
    assert not place_kinds(sentence, "1987-03-20")


def place_kinds(sentence: str, date: str) -> set[str]:
    """The kinds of the places the actors stage finds in ``sentence``."""
    actors = newsevents.code(sentence, title="", date=date)["actors"]
    return {a["kind"] for a in actors} & {"capital", "city", "country"}


@pytest.mark.parametrize(("sentence", "left"), [
    ("The union called off talks on making Labour Day a paid holiday.", "Labour"),  # a party's name
    ("Crowds gathered in Perth to mark Australia Day.", "Australia"),
    ("Canadians in London celebrated Canada Day.", "Canada"),
])
def test_a_name_that_begins_a_holidays_name_is_no_actor(sentence, left):
    assert left not in {a["text"] for a in newsevents.code(sentence, title="", date="1990-04-28")["actors"]}


@pytest.mark.parametrize("sentence", [
    "A group of Latin American writers signed the letter.",
    "South American ministers met in Quito.",
    "The Pan-American Games opened in Lima.",
])
def test_a_part_of_the_americas_is_not_the_united_states(sentence):
    actors = newsevents.code(sentence, title="", date="2016-04-28")["actors"]
    assert "USA" not in {(a["code"] or "")[:3] for a in actors}


def test_americans_of_an_origin_stay_american():
    actors = newsevents.code("African Americans backed the senator.", title="", date="2016-04-28")["actors"]
    assert "USA" in {(a["code"] or "")[:3] for a in actors}


@pytest.mark.parametrize(("headline", "code"), [
    ("SWEDEN SETS DEADLINE FOR S.AFRICA BOYCOTT", "ZAF"),  # wire headlines abbreviate compass points
    ("S. KOREA TO CUT TARIFFS ON U.S. GOODS", "KOR"),
    ("N.KOREA WARNS SEOUL", "PRK"),
    ("W. GERMAN MINISTER VISITS TOKYO", "DEU"),
])
def test_a_compass_point_abbreviated_in_a_countrys_name(headline, code):
    actors = newsevents.code(headline, title="", date="1987-04-01")["actors"]
    assert code in {(a["code"] or "")[:3] for a in actors}


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "code"), [
    ("Islamic State gunmen near Raqqa", "2016-01-01", "SYRINSISI"),   # session 17: where it fights
    ("al-Qaeda fighters in Mali", "2013-01-01", "MLIINSAQD"),
    ("al-Qaeda", "2013-01-01", "IMGINSAQD"),                          # no place: of no one state
    ("Islamic State volunteers from France", "2016-01-01", "IMGINSISI"),  # whence they came: not France's
])
def test_an_international_armed_group_is_coded_where_it_fights(lexicon, text, date, code):
    assert resolve_phrase(text, date, lexicon=lexicon)["code"] == code


def test_a_movement_s_name_before_a_group_word_is_no_person(lexicon):
    # session 18: the parser calls "Tuareg" a person, which kept "rebels in Mali" from their place
    assert resolve_phrase("Tuareg fighters in Niger", "2007-06-01", lexicon=lexicon)["code"] == "NERREB"


@pytest.mark.parametrize(("phrase", "code"), [
    ("Vietnamese-American voters", "USACVL"),
    ("Armenian American lawmakers", "USALEG"),
])
def test_americans_of_an_origin_are_not_of_the_origin(lexicon, phrase, code):
    assert resolve_phrase(phrase, "2016-04-28", lexicon=lexicon)["code"] == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("a general strike in the capital", None),
    ("the general public", "---CVL"),  # the public
    ("the general who led the coup", "---MIL"),
])
def test_general_as_an_adjective_is_no_officer(lexicon, phrase, code):
    assert resolve_phrase(phrase, "2016-04-28", lexicon=lexicon)["code"] == code


@pytest.mark.parametrize(("phrase", "country"), [
    ("the Ghanaian Labour Congress", "GHA"),
    ("Irish Labour politicians", "IRL"),
    ("British Labour politicians", "GBR"),
])
def test_a_one_country_party_name_after_another_countrys_word_is_its_namesake(lexicon, phrase, country):
    assert resolve_phrase(phrase, "2016-04-28", lexicon=lexicon)["country"] == country


@pytest.mark.parametrize(("phrase", "code"), [
    ("the Mexican peso slid", None),                # session 19: a currency
    ("a tanker seized in the Persian Gulf", None),   # waters named by a people's adjective
    ("cases of the Brazilian variant", None),        # a disease
    ("a bottle of Italian wine", None),              # a good
    ("the Portuguese language", None),               # a language
    ("Mexican troops", "MEXMIL"),                    # a force stays
    ("the Mexican peso's fall hurt Mexican farmers", "MEXAGR"),  # the farmers keep their country
])
def test_a_country_word_before_a_thing_of_it_is_no_actor(lexicon, phrase, code):
    assert resolve_phrase(phrase, "2018-04-28", lexicon=lexicon)["code"] == code


@pytest.mark.parametrize(("phrase", "country"), [
    ("Kurds in Iraq", "IRQ"),                        # session 19: a people of several states, placed
    ("the Hutus in Burundi fled", "BDI"),            # a people no dictionary lists
])
def test_a_people_no_dictionary_knows_is_coded_where_it_lives(lexicon, phrase, country):
    result = resolve_phrase(phrase, "1996-04-28", lexicon=lexicon)
    assert (result["country"], result["plover_sector"]) == (country, "CVL")


def test_a_thing_that_qualifies_another_noun_leaves_the_country(lexicon):
    # "Brazilian coffee quotas" are Brazil's quotas: the good only qualifies them
    assert resolve_phrase("Brazilian coffee quotas", "1987-04-28", lexicon=lexicon)["country"] == "BRA"


# Session 20: a nationality before a non-political noun and a name describes a private person
def test_a_nationality_with_a_trade_and_a_name_is_a_civilian_not_the_state(lexicon):
    found = mention_codes("Kenyan marathoner Joseph Kiprono criticized the athletics federation.", lexicon,
                          "2016-05-01")
    assert found["Joseph Kiprono"] == "KENCVL"
    assert found["Kenyan"] == "KENCVL"
    # a role word is a run of its own, as before
    assert mention_codes("Kenyan soldier Joseph Kiprono was freed.", lexicon, "2016-05-01")[
        "Kenyan soldier Joseph Kiprono"] == "KENMIL"


# Session 20: a town's name before a firm's mark (a legal form or a wire's ticker) is the firm's
@pytest.mark.parametrize("text", ["LEEDS HARLOW <LHW> SUES BRAZIL", "Leeds Harlow Corp said it sued Brazil."])
def test_a_town_in_a_name_a_firms_mark_follows_is_no_place(text, lexicon):
    found = mention_codes(text, lexicon, "1987-05-01")
    assert not any(code == "GBR" for code in found.values())
    assert any(code == "BRA" for code in found.values())
