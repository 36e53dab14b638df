"""Actors at world scale (issue #12): kb dictionaries, folded names, titles, PLOVER sectors,
generic groups, and the floors on the world check list's report half (needs the model)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from newsevents.actors import resolve_phrase
from newsevents.resources import read_tsv

pytestmark = pytest.mark.model
CHECKLIST = FIXTURES / "actor_checklist_world.tsv"
MORE = FIXTURES / "actor_checklist_world_more.tsv"  # session 4's rows, all tune
MORE2 = FIXTURES / "actor_checklist_world_more2.tsv"  # session 5's rows, all tune
S11 = FIXTURES / "actor_checklist_world_s11.tsv"  # session 11's blind list, tune and report halves
S12 = FIXTURES / "actor_checklist_world_s12.tsv"  # session 12's blind list, tune and report halves
S16 = FIXTURES / "actor_checklist_world_s16.tsv"  # session 16's blind list in another coder's manner
S17 = FIXTURES / "actor_checklist_world_s17.tsv"  # session 17's blind list: an encyclopaedia's names and groups
S18 = FIXTURES / "actor_checklist_world_s18.tsv"  # session 18's blind list: news copy's noun phrases, 1985-2026
S19 = FIXTURES / "actor_checklist_world_s19.tsv"  # session 19's blind list: a coder's dictionary test strings



@pytest.mark.parametrize(("text", "date", "code", "plover"), [
    ("Juri RATAS", "2019-06-01", "ESTGOV", "GOV"),                       # CIA 2019, capitals folded
    ("Jüri Ratas", "2019-06-01", "ESTGOV", "GOV"),
    ("Russian Defence Minister Sergei Shoigu", "2019-01-01", "RUSGOVMIL", "GOV"),
    ("the SPD", "2019-01-01", "DEUPTY", "PTY"),                          # Party Facts acronym
    ("SPD lawmakers", "2019-01-01", "DEULEG", "LEG"),                    # a party's members by title
    ("Colombian Senator Alvaro Uribe", "2015-01-01", "COLLEG", "LEG"),   # the title beats ELI
    ("German Finance Minister Gerhard Stoltenberg", "1987-03-19", "DEUGOV", "GOV"),  # not Jens
    ("Union President Jean Chirac", "2016-12-01", "---LAB", "LAB"),     # not Jacques, out of office then
    ("UFW President Arturo Rodriguez", "2016-12-01", "---GOV", "GOV"),  # not Andrés Rodríguez (1989-93)
    ("ousted Honduran President Manuel Zelaya", "2009-09-22", "HNDELI", "ELI"),
    ("the late Venezuelan President Hugo Chavez", "2015-01-01", "VENELI", "ELI"),  # session 17: the dead too
    ("slain Israeli Prime Minister Yitzhak Rabin", "1996-01-01", "ISRELI", "ELI"),
    ("assassinated Pakistani leader Benazir Bhutto", "2009-01-01", "PAKELI", "ELI"),
    ("gunmen", "2019-01-01", "---UAF", "UAF"),
    ("two men", "2019-01-01", "---CVL", "UNK"),
    ("Xinhua", "2019-01-01", "CHNGOV", "GOV"),                           # state news agency
    ("the Petra news agency", "2018-01-01", "JORGOV", "GOV"),
    ("the Riigikogu", "2019-04-04", "ESTLEG", "LEG"),
    ("Rohingya refugees", "2017-09-15", "MMRREF", "REF"),
    ("HMS Defender", "2021-06-23", "GBRMIL", "MIL"),
    ("Zimbabwean opposition MP Job Sikhala", "2021-01-01", "ZWELEG", "LEG"),  # a title beats 'opposition'
    ("Austria's Freedom Party", "2017-10-15", "AUTPTY", "PTY"),           # not Slovakia's namesake
    ("the Civil Contract party", "2021-06-20", "---OPP", "PTY"),          # a name no dictionary knows
    ("Romania's Social Democratic Party", "2016-12-11", "ROUPTY", "PTY"),  # a shared kb name since session 18
    ("Kuwaiti Emir Sheikh Sabah al-Ahmad al-Jaber al-Sabah", "2015-01-01", "KWTGOV", "GOV"),  # not Sabah, MYS
    ("Scottish First Minister Nicola Sturgeon", "2019-01-01", "GBRGOV", "GOV"),  # a region's adjective
    ("Monaco's Prince Albert II", "2015-01-01", "MCOGOV", "GOV"),         # not Belgium's King Albert II
    ("Lt. Gen. Tukur Buratai", "2017-01-01", "---MIL", "MIL"),            # an abbreviated rank
    ("Likud", "2019-04-09", "ISRPTY", "PTY"),                             # Party Facts' Wikipedia title
    ("Tshisekedi said on Monday", "2019-06-01", "CODGOV", "GOV"),         # the one bearer in office
    ("Nigeria's PDP", "2015-03-28", "NGAPTY", "PTY"),                     # a shared acronym, country written
])
def test_actors_world_phrase(lexicon, text, date, code, plover):
    result = resolve_phrase(text, date, lexicon=lexicon)
    assert (result["code"], result["plover_sector"]) == (code, plover)


def test_actors_world_shared_party_acronym_needs_its_country(lexicon):
    """"NDP" is a party in eight countries: alone it is nobody's; with Canada named, Canada's."""
    assert resolve_phrase("the NDP", "2019-01-01", lexicon=lexicon)["code"] is None
    assert resolve_phrase("Canada's NDP", "2019-01-01", lexicon=lexicon)["code"] == "CANPTY"


def test_actors_world_acronym_in_brackets_is_the_actor_before_it():
    from newsevents.pipeline import code

    record = code("Algeria lifts ban\n\nPresident Abdelaziz Bouteflika said he would lift the ban on the "
                  "Islamic Salvation Front (FIS) but not on its leaders.", date="1999-07-10")
    fis = next(a for a in record["actors"] if a["text"] == "FIS")
    front = next(a for a in record["actors"] if a["text"] == "Islamic Salvation Front")
    assert fis["code"] == front["code"] and fis["plover_sector"] == "PTY"


def test_actors_world_record_carries_plover_sectors():
    from newsevents.pipeline import code

    record = code("Clashes\n\nRussian troops attacked Ukrainian soldiers near Kharkiv on Monday.", date="2022-05-02")
    assert all("plover_sector" in actor for actor in record["actors"])
    event = record["events"][0]
    assert (event["source_sector"], event["target_sector"]) == ("MIL", "MIL")


def checklist(split: str, path=CHECKLIST) -> list[list[str]]:
    rows = [cells for _, cells in read_tsv(path, columns=8, optional=1) if cells[0] != "text"]
    return [cells for cells in rows if cells[5] == split]


def test_actors_world_more_list_floors(lexicon):
    """A regression floor on the second list (tuned on, so not a measure of accuracy): it
    scored country 0.951, PLOVER sector 0.955 on 2026-12-04."""
    rows = checklist("tune", MORE)
    assert len(rows) >= 300
    country = sum((resolve_phrase(r[0], r[1], lexicon=lexicon)["country"] or "---") == r[2] for r in rows)
    sector = sum(resolve_phrase(r[0], r[1], lexicon=lexicon)["plover_sector"] == r[3] for r in rows)
    assert country / len(rows) >= 0.93
    assert sector / len(rows) >= 0.93


def test_actors_world_third_list_floors(lexicon):
    """A regression floor on the third list (nationality + role phrases, tuned on): it scored
    country 0.942, PLOVER sector 0.932 before session 5's fixes and 0.963, 0.974 after."""
    rows = checklist("tune", MORE2)
    assert len(rows) >= 150
    results = [resolve_phrase(r[0], r[1], lexicon=lexicon) for r in rows]
    country = sum((got["country"] or "---") == r[2] for got, r in zip(results, rows, strict=True))
    sector = sum(got["plover_sector"] == r[3] for got, r in zip(results, rows, strict=True))
    assert country / len(rows) >= 0.95
    assert sector / len(rows) >= 0.96


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Poland's Law and Justice party", "2015-10-25", "POLPTY"),   # big party of common words, kb
    ("Civic Platform", "2015-10-25", "POLPTY"),
    ("Hong Kong Chief Executive Carrie Lam", "2019-01-01", "HKGGOV"),  # the seat's country wins
    ("House Democrats", "2019-01-01", "USALEG"),
])
def test_actors_world_session5_cases(lexicon, text, date, code):
    assert resolve_phrase(text, date, lexicon=lexicon)["code"] == code


def test_actors_world_common_word_party_left_alone_in_prose(lexicon):
    """The name matches only capitalised: prose about law and justice names no party."""
    assert resolve_phrase("law and justice", "2015-10-25", lexicon=lexicon)["code"] != "POLPTY"
    assert resolve_phrase("a civic platform", "2015-10-25", lexicon=lexicon)["code"] is None


def test_actors_world_checklist_report_half_floors(lexicon):
    """Floors on the report half (never tuned on), a little under what it measured on
    2026-12-04 after session 4: country 0.918, PLOVER sector 0.896 (issue #12 asks 0.90 and
    0.85). Floors only rise. bench/score_actor_checklist_world.py prints the figures."""
    rows = checklist("report")
    assert len(rows) >= 150
    country = sector = 0
    for text, date, want_country, want_sector, *_ in rows:
        result = resolve_phrase(text, date, lexicon=lexicon)
        country += (result["country"] or "---") == want_country
        sector += result["plover_sector"] == want_sector
    assert country / len(rows) >= 0.91
    assert sector / len(rows) >= 0.88


@pytest.mark.parametrize(("path", "least_rows", "split", "country_floor", "sector_floor"), [
    (S11, 400, "tune", 0.96, 0.97), (S11, 400, "report", 0.93, 0.95),
    (S12, 370, "tune", 0.99, 0.97), (S12, 370, "report", 0.93, 0.92),
    (S16, 60, "tune", 0.98, 0.83), (S16, 60, "report", 0.95, 0.82),
    (S17, 75, "tune", 0.92, 0.87), (S17, 75, "report", 0.86, 0.83),
    (S18, 65, "tune", 0.91, 0.99), (S18, 65, "report", 0.98, 0.95),
    (S19, 90, "tune", 0.97, 0.98), (S19, 85, "report", 0.87, 0.91),
])
def test_actors_world_blind_list_floors(lexicon, path, least_rows, split, country_floor, sector_floor):
    """Floors on the blind lists, country and PLOVER sector; floors only rise. Session 11's list: the tune
    half measured 0.939 / 0.943 before the session's fixes and 0.969 / 0.982 after, the report half (scored
    once, at the end) 0.942 / 0.958. Session 12's: tune 0.935 / 0.894 before, 0.995 / 0.977 after; report
    0.941 / 0.928. Session 16's, written in another coder's manner: tune 0.971 / 0.824 before, 0.985 / 0.838
    after; report 0.953 / 0.828. Session 17's (untitled names, spellings, groups): tune 0.914 / 0.840 before,
    0.926 / 0.877 after; report 0.863 / 0.838 (scored once, at the end; not before). Session 18's (noun phrases
    from news copy): tune 0.867 / 0.947 before, 0.920 / 1.000 after; report 1.000 / 0.971 (once, at the end). Session
    19's (a coder's dictionary test strings: capitals, lower case, titles by date, agents, peoples, bodies, and words
    that make no actor, sector `none`): tune 0.755 / 0.851 before, 0.979 / 0.989 after; report 0.879 / 0.923 (once,
    at the end; not before)."""
    rows = checklist(split, path)
    assert len(rows) >= least_rows
    results = [resolve_phrase(r[0], r[1], lexicon=lexicon) for r in rows]
    country = sum((got["country"] or "---") == r[2] for got, r in zip(results, rows, strict=True))
    sector = sum((got["plover_sector"] or "none") == r[3] for got, r in zip(results, rows, strict=True))
    assert country / len(rows) >= country_floor
    assert sector / len(rows) >= sector_floor


def test_actors_world_bare_surname_tagged_person_is_the_one_in_office():
    """A lone surname the parser tags PERSON ("Bush" in 2005) is the one bearer in office on the
    date, as an untagged one is: the elder Bush was out of office by then."""
    from newsevents.pipeline import code

    record = code("Leaders\n\nBlair congratulates Bush on win", date="2004-11-04")
    bush = next(a for a in record["actors"] if a["text"] == "Bush")
    assert bush["code"] == "USAGOV"
    assert [(e["source"], e["target"], e["code"]) for e in record["events"]] == [("GBRGOV", "USAGOV", "051")]


def test_actors_world_shared_party_name_needs_its_country(lexicon):
    """Session 18: a title-case party name several countries' parties share is a `shared` row, as acronyms are:
    taken with one of its countries written beside it or inside the name, else nobody's."""
    assert resolve_phrase("Iceland's Progressive Party", "2016-10-29", lexicon=lexicon)["code"] == "ISLPTY"
    assert resolve_phrase("the Progressive Party", "2016-10-29", lexicon=lexicon)["code"] is None
    assert resolve_phrase("a Serbian Progressive Party official", "2016-10-29", lexicon=lexicon)["country"] == "SRB"


def test_an_acronym_one_country_owns_is_another_countrys_where_that_one_is_named(lexicon):
    """"PPP" is Gambia's by vote share, and Guyana's and Pakistan's parties' too."""
    assert resolve_phrase("the PPP in Guyana", "2015-05-11", lexicon=lexicon)["code"] == "GUYPTY"
    assert resolve_phrase("the PPP in Gambia", "2015-05-11", lexicon=lexicon)["code"] == "GMBPTY"


@pytest.mark.parametrize(("text", "code"), [
    ("peacekeepers came under fire", "IGOMIL"),        # session 19: a force international by its name
    ("peacekeepers in South Sudan", "SSDMIL"),         # placed, as gold coders place them
    ("Nepali peacekeepers", "NPLMIL"),                 # a contingent with its flag keeps it
    ("South Ossetian separatists", "GEOSEP"),          # a breakaway region's rebels, not its government (PRE)
    ("South Ossetian officials", "GEOPRE"),
    ("Zimbabwean opposition activists", "ZWEOPP"),     # the opposition's people are the opposition
    ("Zimbabwean activists", "ZWECVL"),
    ("Zimbabwean opposition MPs", "ZWELEG"),           # an office still wins
])
def test_actors_world_roles_that_say_whose(lexicon, text, code):
    assert resolve_phrase(text, "2008-06-01", lexicon=lexicon)["code"] == code
