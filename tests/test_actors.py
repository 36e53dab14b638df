"""Actors: phrases and documents resolved to codes (needs the spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from newsevents.actors import load_lexicon, resolve_actors, resolve_phrase
from newsevents.actors.phrase import phrase_document
from newsevents.resources import read_tsv

pytestmark = pytest.mark.model
FIXTURES = Path(__file__).parent / "fixtures"
SMALL = str(FIXTURES / "actors_small")
PHOENIX = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt")


@pytest.fixture(scope="module")
def small():
    return load_lexicon((SMALL,), defaults=False)


def code(text: str, lexicon, date: str | None = None) -> str | None:
    return resolve_phrase(text, date, lexicon=lexicon)["code"]


@pytest.mark.parametrize(("text", "expected"), [
    ("France", "FRA"),  # country name
    ("the Russian Federation", "RUS"),  # official name
    ("US", "USA"),  # abbreviation
    ("French", "FRA"),  # demonym
    ("Moscow", "RUS"),  # capital as metonym
    ("the Kremlin", "RUSGOV"),  # seat of power
    ("the Pentagon", "USAMIL"),
    ("NATO", "IGOWSTNAT"),  # organisation
    ("Amnesty International", "NGOAMN"),
    ("French troops", "FRAMIL"),  # demonym + role word
    ("the Russian government", "RUSGOV"),
    ("South Korean police", "KORCOP"),
    ("the rebels from Germany", "DEUREB"),  # role word + place after it
    ("Kremlin spokesman Dmitry Peskov", "RUSGOV"),  # title + name
    ("US defence minister", "USAMIL"),  # longest role phrase wins
])
def test_actors_each_kind(small, text, expected):
    assert code(text, small, "2020-01-01") == expected


def test_actors_phrase_result_fields(small):
    result = resolve_phrase("Kremlin spokesman Dmitry Peskov", "2017-12-20", lexicon=small)
    assert result["code"] == "RUSGOV"
    assert (result["country"], result["sector"], result["name"]) == ("RUS", "GOV", "Dmitry Peskov")
    assert resolve_phrase("a sunny day", lexicon=small)["code"] is None


def test_actors_lower_case_words_are_not_names(small):
    assert code("they told us", small) is None
    assert code("Wine from france", small) is None  # a cased text: a name needs its capital
    assert code("wine from france", small) == "FRA"  # session 19: a text all in lower case has no case to go by


def test_actors_compound_mention_lists_every_code(small):
    result = resolve_phrase("France and Germany", lexicon=small)
    assert result["code"] == "FRA"
    assert result["codes"] == ["FRA", "DEU"]


def test_actors_dated_roles_on_both_sides_of_a_handover(small):
    assert code("President Moon Jae-in", small, "2020-01-01") == "KORGOV"
    assert code("Moon Jae-in", small, "2023-01-01") == "KORELI"
    assert code("Yoon Suk Yeol", small, "2020-01-01") == "KORJUD"
    assert code("Yoon Suk Yeol", small, "2023-01-01") == "KORGOV"


def test_actors_former_title_is_elite(small):
    assert code("former French defence minister Jean Dupont", small, "2021-01-01") == "FRAELI"


def test_actors_written_country_beats_a_namesake(small):
    """A known person's name after another country's adjective is someone else."""
    assert code("German President Moon Jae-in", small, "2020-01-01") == "DEUGOV"


def mentions(text: str, lexicon, date: str = "2019-06-01"):
    return resolve_actors(phrase_document(text, date), lexicon=lexicon).mentions


def test_actors_coreference_surname_pronoun_and_the_spokesman(small):
    found = mentions("Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov said he was calm. "
                     "The spokesman added that talks would go on.", small)
    by_text = {m.text: m for m in found}
    first = found.index(by_text["Kremlin spokesman Dmitry Peskov"])
    assert by_text["Peskov"].refers_to == first and by_text["Peskov"].code == "RUSGOV"
    assert by_text["he"].kind == "pronoun" and by_text["he"].code == "RUSGOV"
    assert by_text["spokesman"].refers_to == first and by_text["spokesman"].code == "RUSGOV"


def test_actors_petrarch_dictionaries_from_fixtures():
    folder = FIXTURES / "petrarch"
    lexicon = load_lexicon((str(folder / "small.actors"), str(folder / "small.agents")), defaults=False)
    assert code("Freedonian soldiers", lexicon) == "FRDMIL"
    assert code("the Sylvanian defence minister", lexicon) == "SYLGOVMIL"
    assert code("President Firefly", lexicon, "2015-01-01") == "FRDGOV"
    assert code("Freedonia", lexicon) == "FRD"


def test_actors_petr2_gold_with_phoenix_dictionaries():
    """PETRARCH2's own actor tests, resolved with the Phoenix dictionaries alone."""
    gold = shared_path("gold", "actors", "petr2_pytest_actors.jsonl")
    folder = shared_path("dicts", "petrarch2")
    lexicon = load_lexicon(tuple(str(folder / name) for name in PHOENIX), defaults=False)
    misses = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        result = resolve_phrase(item["text"], item["date"], lexicon=lexicon)
        if result["code"] not in item["expected_actor_codes"]:
            misses.append((item["text"], item["date"], result["code"]))
    assert not misses


def test_actors_checklist_floor():
    """Our own varied check list (tests/fixtures/actor_checklist.tsv) on the bundled data."""
    rows = [cells for _, cells in read_tsv(FIXTURES / "actor_checklist.tsv", columns=4) if cells[0] != "text"]
    lexicon = load_lexicon()
    country_right = sector_right = sector_total = 0
    for text, date, country, sector in rows:
        result = resolve_phrase(text, date or None, lexicon=lexicon)
        country_right += result["country"] == (None if country == "---" else country)
        if sector:
            sector_total += 1
            sector_right += result["sector"] == sector
    assert len(rows) >= 80
    assert country_right / len(rows) >= 0.93
    assert sector_right / sector_total >= 0.90


# ------------------------------------------------------------- the command

def run_cli(*args: str, stdin: str | None = None):
    from newsevents.cli import cli, register

    register()
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_actor_command_prints_json():
    result = run_cli("actor", "Kremlin spokesman Dmitry Peskov", "--date", "2017-12-20",
                     "--no-default-actors", "--actors-dict", SMALL)
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["code"] == "RUSGOV" and record["name"] == "Dmitry Peskov"


def test_actor_command_jsonl_keeps_ids():
    lines = [{"id": "a", "text": "France and Germany", "date": None},
             {"id": "b", "text": "Moon Jae-in", "date": "2023-01-01"}]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = run_cli("actor", "--jsonl", "-", "--no-default-actors", "--actors-dict", SMALL, stdin=stdin)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["codes"] == ["FRA", "DEU"] and records[1]["code"] == "KORELI"


def test_actor_command_needs_text_or_jsonl():
    assert run_cli("actor").exit_code == 2


def test_actor_command_reports_bad_dictionary(tmp_path):
    bad = tmp_path / "seats.tsv"
    bad.write_text("Kremlin\tRUS-GOV\n", encoding="utf-8")
    result = run_cli("actor", "the Kremlin", "--actors-dict", str(bad))
    assert result.exit_code == 1
    assert "seats.tsv:1: bad actor code" in result.output


@pytest.mark.parametrize("day, name", [("1990-05-01", "George H. W. Bush"), ("2005-05-01", "George W. Bush")])
def test_actors_namesakes_resolve_to_the_one_in_office(day, name):
    result = resolve_phrase("George Bush", date=day)
    assert (result["code"], result["name"]) == ("USAGOV", name)


def test_actors_role_takes_the_country_after_in_the():
    assert resolve_phrase("Rebels in the Ivory Coast")["code"] == "CIVREB"


@pytest.mark.parametrize("text", ["the Soviet Union", "the USSR", "the former Soviet Union"])
def test_actors_soviet_union_is_the_state_not_a_labour_union(text):
    assert resolve_phrase(text, date="1985-01-01")["code"] == "RUS"


def test_actors_former_soviet_republic_keeps_its_own_country():
    assert resolve_phrase("the former Soviet republic of Georgia", date="2008-01-01")["country"] == "GEO"


@pytest.mark.parametrize("sentence, surname, expected", [
    ("Billionaire Mark Cuban invited Gennifer Flowers to the debate.", "Mark Cuban", None),
    ("John English met Iranian officials in Vienna.", "John English", None),
    # session 16: the office in apposition places him (coref.placed_office_after), not his surname
    ("John English, a British diplomat, met Iranian officials in Vienna.", "John English", "GBRGOV"),
])
def test_actors_demonym_as_surname_is_no_country(sentence, surname, expected):
    from newsevents.pipeline import code as code_text

    actors = {a["text"]: a["code"] for a in code_text(sentence, date="2016-09-25")["actors"]}
    assert surname in actors and actors[surname] == expected


def test_actors_demonym_before_a_full_name_is_still_the_country():
    from newsevents.pipeline import code as code_text

    actors = [a["code"] for a in code_text("Cuban President Raul Castro met Obama.", date="2016-03-21")["actors"]]
    assert actors[0] == "CUBGOV"


@pytest.mark.parametrize("sentence, group, expected", [
    ("An international tribunal in The Hague convicted a Serbian general of war crimes.", "tribunal", "IGOJUD"),
    ("International troops in Afghanistan killed three Taliban fighters on Monday.", "troops", "IGOMIL"),
    ("Foreign journalists in Moscow were told to leave.", "journalists", "---MED"),
])
def test_actors_international_or_foreign_group_is_not_the_place_it_is_in(sentence, group, expected):
    from newsevents.pipeline import code as code_text

    actors = {a["text"]: a["code"] for a in code_text(sentence, date="2011-02-05")["actors"]}
    assert actors[group] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Soviet Union", "RUS"), ("USSR", "RUS"), ("Yugoslavia", "YUG"), ("Rhodesia", "ZWE"),
    ("the Warsaw Pact", "IGOWSP"), ("Comecon", "IGOCMN"), ("the EEC", "IGOEUR"), ("GATT", "IGOWTO"),
])
def test_actors_names_of_the_cold_war_years(text, expected):
    """Reuters 1987 writes these; each is its successor state or the body it became, except a federation that broke
    into several states, coded as itself before the break-up (Yugoslavia: YUG; session 32, dissolved_states.tsv)."""
    assert resolve_phrase(text, "1987-06-01")["code"] == expected


@pytest.mark.parametrize("text, date, role, code", [
    ("Tony Blair met the press. Later the prime minister urged Europe to act.", "2004-11-03", "prime minister",
     "GBRGOV"),
    ("Emmanuel Macron spoke in Paris. The president said France would help.", "2019-06-01", "president", "FRAGOV"),
    ("Boris Johnson flew to Moscow. The foreign secretary met his counterpart.", "2017-12-22", "foreign secretary",
     "GBRGOV"),
])
def test_actors_the_office_refers_to_the_person_named_before_who_held_it(text, date, role, code):
    from newsevents.actors import load_lexicon as bundled

    by_role = {m.role: m for m in mentions(text, bundled(), date) if m.kind == "role"}
    assert by_role[role].code == code and by_role[role].refers_to is not None


def test_actors_the_office_is_not_someone_named_before_who_did_not_hold_it():
    from newsevents.actors import load_lexicon as bundled

    found = mentions("Boris Johnson flew to Moscow. The prime minister met his counterpart.", bundled(), "2017-12-22")
    assert next(m for m in found if m.kind == "role").refers_to is None  # in 2017 he was foreign secretary


def test_actors_a_name_no_dictionary_knows_takes_the_office_beside_it():
    from newsevents.actors import load_lexicon as bundled

    found = mentions("Arturo Sarukhan, Mexico's ambassador to the United States, spoke. Later Sarukhan said he "
                     "was pleased.", bundled(), "2016-04-07")
    assert [m.code for m in found if m.text in ("Arturo Sarukhan", "Sarukhan", "he")] == ["MEXGOV"] * 3
    found = mentions("Kuwait's foreign undersecretary, Suleiman al-Shaheen, summoned the envoy.", bundled(),
                     "1987-06-02")
    assert next(m for m in found if m.text == "Suleiman al-Shaheen").code == "KWTGOV"


def test_actors_a_name_no_dictionary_knows_takes_a_placed_office_after_an_article_or_a_title():
    # session 16: ", a top aide to X," and ", Mr. X's campaign chairman," left the name with no country
    from newsevents.actors import load_lexicon as bundled

    found = mentions("Talia Brenner, a senior adviser to the Kenyan president, said the talks would go on.",
                     bundled(), "2019-04-07")
    assert next(m for m in found if m.text == "Talia Brenner").code == "KENGOV"
    found = mentions("Orrin Tasker, Mr. Putin's campaign chief, met reporters.", bundled(), "2018-01-10")
    assert next(m for m in found if m.text == "Orrin Tasker").code[:3] == "RUS"
    found = mentions("Talia Brenner, who met the Kenyan president, said the talks would go on.", bundled(),
                     "2019-04-07")
    assert next(m for m in found if m.text == "Talia Brenner").code is None  # a clause, no apposition


def test_actors_a_person_takes_the_country_of_the_body_they_lead_in_a_clause():
    # session 16: "Adm. X, who leads the United States Pacific Command" stayed ---MIL
    from newsevents.actors import load_lexicon as bundled

    found = mentions("Adm. Cole Hartigan, who leads the United States Pacific Command, spoke.", bundled(), "2016-04-07")
    assert next(m for m in found if "Hartigan" in m.text).code == "USAMIL"
    found = mentions("Ken Odera, who heads Kenya's central bank, said rates would rise.", bundled(), "2016-04-07")
    assert next(m for m in found if m.text == "Ken Odera").code == "KENGOV"
    found = mentions("Ken Odera, who met Kenya's president, said rates would rise.", bundled(), "2016-04-07")
    assert next(m for m in found if m.text == "Ken Odera").code is None
