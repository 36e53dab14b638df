"""The blind event checklist (tests/fixtures/event_checklist_s12.tsv, session 12): floors on its
halves, and the rules its tune half's misses led to, each with a second case written for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import coded_events, event_reader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from score_event_checklist import f1, read_rows, score  # noqa: E402

dyads = event_reader("2005-06-01", fields=("source", "target", "plover"), negated=False)


def test_the_tune_half_keeps_its_floor():
    h = score(read_rows(), ("tune",))["tune"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.95, (h["tp"], h["fp"], h["fn"])  # 0.959 at the end of session 12


def test_the_report_half_keeps_its_floor():
    """Measured once, at the end of session 12 (F1 0.854, tp 143 fp 13 fn 36); never tuned on."""
    h = score(read_rows(), ("report",))["report"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.85, (h["tp"], h["fp"], h["fn"])


@pytest.mark.parametrize("sentence, expected", [
    ("Ecuador revokes state of emergency", ("ECU", "ECU", "CONCEDE")),  # a country named alone acts on itself
    ("Iraq's government lifted the curfew in Baghdad.", ("IRQ", "IRQ", "CONCEDE")),  # no curfew told before
    ("Thailand's military government lifted the ban on political gatherings.", ("THA", "THA", "CONCEDE")),
    ("The Algerian government bowed to protesters' demands and scrapped the fuel price rise.",
     ("DZA", "DZA", "CONCEDE")),
    ("Morocco lifted the ban on street protests.", ("MAR", "MAR", "CONCEDE")),
])
def test_an_easing_whose_object_is_no_party_is_at_home(sentence, expected):
    assert expected in dyads(sentence)


def test_a_resignation_still_names_no_target():
    assert dyads("Libya's prime minister resigned.") == {("LBY", "---", "RETREAT")}


@pytest.mark.parametrize("sentence, expected", [
    ("French dockworkers went on strike over pension reform.", ("FRA", "FRA", "PROTEST")),
    ("Thousands of Peruvians protested against the rise in fuel prices.", ("PER", "PER", "PROTEST")),
])
def test_a_protest_over_a_thing_is_at_home(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Turkish president received the Hungarian prime minister at the presidential palace in Ankara.",
     ("TUR", "HUN", "CONSULT")),
    ("Egypt received a Chinese delegation on Sunday.", ("EGY", "CHN", "CONSULT")),
])
def test_receiving_a_named_visitor_is_hosting_them(sentence, expected):
    assert expected in dyads(sentence)


def test_receiving_a_letter_is_no_visit():
    assert not any(k == "CONSULT" for *_, k in dyads("The minister received a letter from the Chinese president."))


@pytest.mark.parametrize("sentence, expected", [
    ("Canadian truckers blockaded downtown Ottawa.", ("CAN", "CAN", "PROTEST")),
    ("Lebanese protesters set fire to banks in Beirut.", ("LBN", "LBN", "PROTEST")),
])
def test_a_crowds_blockade_or_arson_is_a_protest(sentence, expected):
    assert expected in dyads(sentence)


def test_a_states_blockade_and_settlers_arson_are_not():
    assert ("ISR", "PSE", "ASSAULT") in dyads("Israel blockaded the Gaza Strip.")
    assert not any(k == "PROTEST" for *_, k in dyads("Israeli settlers set fire to Palestinian olive groves."))


@pytest.mark.parametrize("sentence, expected", [
    ("Russia brushed aside Moldova's demand to withdraw its troops from Transnistria.", ("RUS", "MDA", "REJECT")),
    ("China brushed aside Japan's protest over the islands.", ("CHN", "JPN", "REJECT")),
])
def test_a_particle_parsed_as_an_adverb_still_makes_the_phrasal_verb(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Sudanese president vowed to crush the rebellion in Darfur.", ("SDN", "SDN", "THREATEN")),
    ("The Syrian president vowed to crush the uprising in Homs.", ("SYR", "SYR", "THREATEN")),
])
def test_a_vow_to_crush_a_rebellion_at_home_is_a_threat(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Mali's junta charged France with supplying weapons to jihadists.", ("MLI", "FRA", "ACCUSE")),
    ("Russia charged Ukraine with shelling the plant.", ("RUS", "UKR", "ACCUSE")),
])
def test_a_state_charged_with_something_is_accused(sentence, expected):
    assert expected in dyads(sentence)


def test_a_person_charged_is_still_charged():
    assert ("FRA", "LBN", "COERCE") in dyads("Prosecutors in Paris charged Lebanon's central bank governor with fraud.")


@pytest.mark.parametrize("sentence, expected", [
    ("Students marched through Dhaka demanding the prime minister's resignation.", ("BGD", "BGD", "PROTEST")),
    ("Thousands of people marched in Madrid on Sunday.", ("ESP", "ESP", "PROTEST")),
])
def test_a_march_through_or_in_a_city_is_a_protest_there(sentence, expected):
    assert expected in dyads(sentence)


def test_soldiers_marching_do_not_protest():
    assert dyads("Russian troops marched in Red Square during the parade.") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Kuwait pulled its ambassador out of Beirut.", ("KWT", "LBN", "SANCTION")),
    ("Bahrain pulled its envoy from Tehran.", ("BHR", "IRN", "SANCTION")),
])
def test_pulling_an_ambassador_is_a_cut_in_relations_not_a_retreat(sentence, expected):
    found = dyads(sentence)
    assert expected in found and not any(k == "RETREAT" for *_, k in found)


@pytest.mark.parametrize("sentence", [
    "China put its forces on high alert near Taiwan.",
    "Pakistan placed its forces on high alert near India.",
])
def test_a_verb_of_alert_and_its_phrase_are_one_act(sentence):
    events = coded_events(sentence, "2005-06-01")
    assert [e["plover"] for e in events] == ["MOBILIZE"]


@pytest.mark.parametrize("sentence, expected", [
    ("India insisted that Pakistan hand over the suspects in the Mumbai attacks.", ("IND", "PAK", "REQUEST")),
    ("Washington insisted that Iran halt uranium enrichment.", ("USA", "IRN", "REQUEST")),
])
def test_insisting_that_a_party_do_something_is_a_demand(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Trump insisted that he has expanded the Republican party.",
    "Russia insisted that Ukraine is to blame.",
])
def test_insisting_that_something_is_so_is_no_demand(sentence):
    assert not any(k == "REQUEST" for *_, k in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Washington pushed Riyadh to pump more oil.", ("USA", "SAU", "REQUEST")),
    ("The European Union pushed Serbia to recognise Kosovo.", ("IGO", "SRB", "REQUEST")),
    ("Beijing told Canberra to stop making irresponsible remarks.", ("CHN", "AUS", "REQUEST")),  # telling to
])
def test_pushing_a_party_to_act_is_a_demand_on_it(sentence, expected):
    found = dyads(sentence)
    assert expected in found and not any(k == "SUPPORT" for *_, k in found)  # the recognition is content


@pytest.mark.parametrize("sentence", [
    "Inflation pushed the central bank to raise rates.",
    "Russia pushed the bill through parliament.",
    "The Chilean minister told reporters to expect a deal.",
])
def test_pushing_no_party_to_act_is_no_demand(sentence):
    assert not any(k == "REQUEST" for *_, k in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Japan protests Chinese survey ship near islands", ("JPN", "CHN", "ACCUSE")),
    ("Seoul lodges protest over Tokyo textbook", ("KOR", "JPN", "ACCUSE")),
])
def test_a_states_protest_at_another_state_is_a_complaint(sentence, expected):
    assert expected in dyads(sentence)


def test_crowds_protesting_at_an_embassy_still_protest():
    found = dyads("Protesters burned the American flag outside the U.S. embassy in Tehran.")
    assert ("IRN", "USA", "PROTEST") in found


def test_looting_by_armed_men_is_seizing_property_by_rioters_a_riot():
    assert ("SDN", "SDN", "COERCE") in dyads("Sudanese paramilitaries looted the central bank in Khartoum.")
    assert ("GBR", "GBR", "PROTEST") in dyads("Rioters looted shops in London.")


@pytest.mark.parametrize("sentence, expected", [
    ("Ukrainian drones hit an oil refinery in Russia's Bryansk region.", ("UKR", "RUS", "ASSAULT")),
    ("Russian missiles hit Kyiv.", ("RUS", "UKR", "ASSAULT")),
])
def test_a_weapon_or_force_that_hits_attacks(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "The storm hit the coast of Japan.",
    "Western sanctions hit Russia's economy.",
    "Inflation in Turkey hit a record.",
])
def test_other_things_that_hit_do_not(sentence):
    assert not any(k == "ASSAULT" for *_, k in dyads(sentence))


def test_a_politician_rallying_campaigns_and_a_court_reversing_itself_yields_nothing():
    assert dyads("President Barack Obama planned to rally in Ann Arbor, Michigan on Monday.") == set()
    assert dyads("The U.S. Court of Appeals reversed a previous decision on the case.") == set()
