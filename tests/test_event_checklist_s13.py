"""The second blind event checklist (tests/fixtures/event_checklist_s13.tsv, session 13): floors on its
halves, and the rules its tune half's misses led to, each with a second case written for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import event_reader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from score_event_checklist import f1, read_rows, score  # noqa: E402

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "event_checklist_s13.tsv"


def test_the_tune_half_keeps_its_floor():
    h = score(read_rows(CHECKLIST), ("tune",))["tune"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.90, (h["tp"], h["fp"], h["fn"])  # 0.811 -> 0.909 in session 13


def test_the_report_half_keeps_its_floor():
    """Measured once, at the end of session 13 (F1 0.819, tp 136 fp 13 fn 47; 0.793 at its start); never tuned on."""
    h = score(read_rows(CHECKLIST), ("report",))["report"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.81, (h["tp"], h["fp"], h["fn"])


dyads = event_reader("2005-06-01", fields=("source", "target", "plover"), negated=False)


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan nurses walked off the job over unpaid wages.", ("KEN", "KEN", "PROTEST")),
    ("Thousands of Venezuelans took to the streets of Caracas.", ("VEN", "VEN", "PROTEST")),
])
def test_a_particle_read_as_a_preposition_takes_its_object(sentence, expected):
    assert expected in dyads(sentence)


def test_troops_taking_to_the_streets_do_not_protest():
    assert dyads("Thai troops took to the streets of Bangkok.") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Kurdish activists staged a sit-in in Diyarbakir.", ("TUR", "TUR", "PROTEST")),
    ("Farmers' leaders staged a sit-in outside the parliament in Nairobi.", ("KEN", "KEN", "PROTEST")),
])
def test_a_staged_sit_in_is_held_at_home(sentence, expected):
    assert expected in dyads(sentence)  # "staged" is lemmatised "stag"


@pytest.mark.parametrize("sentence, expected", [
    ("Georgia called up 20,000 reservists.", {("GEO", "---", "MOBILIZE")}),
    ("Syrian rebels pulled out of Homs.", {("SYR", "---", "RETREAT")}),
])
def test_own_forces_or_own_ground_with_no_counterpart_name_no_target(sentence, expected):
    assert dyads(sentence) == expected


def test_a_counterpart_named_still_takes_their_place():
    assert ("UKR", "RUS", "MOBILIZE") in dyads("Ukraine mobilised reservists after Russia massed troops on the border.")


@pytest.mark.parametrize("sentence, expected", [
    ("France and Germany praised the Russian proposal.", {("FRA", "RUS", "SUPPORT"), ("DEU", "RUS", "SUPPORT")}),
    ("Chile and Peru praised the Bolivian initiative.", {("CHL", "BOL", "SUPPORT"), ("PER", "BOL", "SUPPORT")}),
])
def test_states_acting_together_on_a_party_named_by_a_modifier_act_on_it(sentence, expected):
    assert dyads(sentence) == expected


def test_states_talking_together_about_a_topic_still_talk_with_each_other():
    assert dyads("Iran and Syria held talks on Iraqi oil.") == {("IRN", "SYR", "CONSULT"), ("SYR", "IRN", "CONSULT")}


@pytest.mark.parametrize("sentence, expected", [
    ("Nepal refused to extradite the suspects to India.", ("NPL", "IND", "REJECT")),
    ("Syria refused to extradite the suspects to Lebanon.", ("SYR", "LBN", "REJECT")),
])
def test_a_to_phrase_the_parser_hangs_on_the_object_is_the_verbs(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("India deployed peacekeeping troops to Sudan.", ("IND", "SDN", "AID")),
    ("Fiji sent 200 soldiers to join the UN peacekeeping mission in Lebanon.", ("FJI", "IGO", "AID")),
])
def test_troops_sent_as_or_to_join_peacekeepers_keep_the_peace(sentence, expected):
    assert expected in dyads(sentence)


def test_troops_sent_to_fight_are_still_a_deployment():
    assert ("TUR", "SYR", "MOBILIZE") in dyads("Turkey deployed troops to Syria to fight Kurdish militants.")


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya and Ethiopia set up a joint border commission.",
     {("KEN", "ETH", "COOPERATE"), ("ETH", "KEN", "COOPERATE")}),
    ("Brazil launched a joint venture with China.", {("BRA", "CHN", "COOPERATE")}),
])
def test_a_joint_programme_or_venture_is_cooperation(sentence, expected):
    assert dyads(sentence) == expected


def test_a_programme_of_ones_own_is_no_cooperation():
    assert dyads("Iran launched a nuclear programme.") == set()


@pytest.mark.parametrize("sentence", [
    "England's bowlers demolished Australia 4-0 in the series, taking 20 wickets.",
    "Argentina crushed Jamaica 2-0 in a World Cup qualifier.",
])
def test_a_scoreline_counts_as_a_sport_word_and_crushing_a_team_is_a_game(sentence):
    assert dyads(sentence) == set()


def test_arrests_on_a_sport_page_stay():
    assert ("TUR", "TUR", "COERCE") in dyads("Turkish police arrested 30 fans after the 2-1 cup match.")


@pytest.mark.parametrize("sentence, expected", [
    ("Britain renewed its call on Iran to free the sailors.", ("GBR", "IRN", "REQUEST")),
    ("Germany renewed its call for Moscow to withdraw its troops.", ("DEU", "RUS", "REQUEST")),
])
def test_a_call_on_or_for_a_party_is_an_appeal_not_a_phone_call(sentence, expected):
    found = dyads(sentence)
    assert expected in found and not any(k == "CONSULT" for *_, k in found)


def test_demand_for_goods_is_no_demand():
    assert dyads("Japan's demand for Australian coal fell.") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Chad opened its borders to Sudanese refugees.", ("TCD", "SDN", "AID")),
    ("Jordan refused to open its border to Syrian refugees.", ("JOR", "SYR", "REJECT")),
])
def test_opening_a_border_to_refugees_takes_them_in(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("North Korea fired two missiles into the Gulf of Anadyr.", {("PRK", "---", "MOBILIZE")}),
    ("Iran fired missiles into the Strait of Hormuz.", {("IRN", "---", "MOBILIZE")}),
])
def test_missiles_fired_into_a_strait_or_gulf_are_aimed_at_no_one(sentence, expected):
    assert dyads(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Zimbabwe allowed the opposition to hold rallies in Harare.", ("ZWE", "ZWE", "CONCEDE")),
    ("Egypt allowed opposition candidates to run in the presidential election.", ("EGY", "EGY", "CONCEDE")),
])
def test_letting_the_opposition_run_or_rally_is_easing_a_ban(sentence, expected):
    assert expected in dyads(sentence)
