"""The third blind event checklist (tests/fixtures/event_checklist_s14.tsv, session 14: sentences in the shapes
of real wire copy): a floor on its tune half, and the rules its tune half's misses led to, each with cases
written for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import event_reader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from score_event_checklist import f1, read_rows, score  # noqa: E402

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "event_checklist_s14.tsv"


def test_the_tune_half_keeps_its_floor():
    h = score(read_rows(CHECKLIST), ("tune",))["tune"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.78, (h["tp"], h["fp"], h["fn"])  # 0.723 -> 0.785 in session 14


dyads = event_reader("2005-06-01", fields=("source", "target", "plover"), negated=False)


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan president, who visited Uganda on Tuesday, praised the new railway.", ("KEN", "UGA", "CONSULT")),
    ("Kenya, which expelled two Ugandan diplomats last week, said the talks had focused on trade.",
     ("KEN", "UGA", "SANCTION")),
])
def test_a_dated_relative_clause_is_news(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya, which backs the Somali government, said the talks had focused on trade.",
    "Kenya, which expelled two Ugandan diplomats in 2016, said the talks had focused on trade.",
])
def test_an_undated_relative_clause_stays_background(sentence):
    assert dyads(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya ordered the closure of the Ugandan consulate in Mombasa.", ("KEN", "UGA", "SANCTION")),
    ("Peru closed the Bolivian embassy in Lima.", ("PER", "BOL", "SANCTION")),
])
def test_a_mission_named_by_its_state_is_aimed_at_that_state(sentence, expected):
    assert dyads(sentence) == {expected}  # not at the city it stands in


def test_a_missions_own_state_leaves_the_place_as_target():
    assert dyads("Kenya announced the closure of its consulate in Kampala.") == {("KEN", "UGA", "SANCTION")}


def test_a_recalled_high_commissioner_is_a_downgrade():
    assert dyads("Ghana recalled its high commissioner from Nigeria.") == {("GHA", "NGA", "SANCTION")}


@pytest.mark.parametrize("sentence", [
    "Chile sent two planes to help fight forest fires in Bolivia.",
    "Greek and Cypriot crews fought wildfires near Athens.",
])
def test_fighting_fires_is_no_fight(sentence):
    assert dyads(sentence) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Kuwait announced a donation of 20 million dollars to Jordan.", ("KWT", "JOR", "AID")),
    ("Norway made a donation to Haiti after the storm.", ("NOR", "HTI", "AID")),
])
def test_a_nominal_acts_to_phrase_hung_on_its_verb_is_its_target(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Chile crushed Peru 3-0 in the semi-finals.",
    "Ghana attacked Nigeria from the start and won 2-1 in the quarter-finals.",
])
def test_a_scoreline_and_a_sport_word_make_a_short_item_sport(sentence):
    assert dyads(sentence) == set()


def test_a_scoreline_alone_does_not_make_a_page_sport():
    assert ("KEN", "UGA", "ACCUSE") in dyads("The court voted 5-4 to uphold the ban, and Kenya condemned Uganda.")


@pytest.mark.parametrize("sentence, expected", [
    ("Chile launched naval exercises with Peru.", ("CHL", "PER", "COOPERATE")),
    ("Belarus began military drills with Russia.", ("BLR", "RUS", "COOPERATE")),
])
def test_drills_begun_with_another_state_are_military_cooperation(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Canada announced a ban on imports of Iranian pistachios.", ("CAN", "IRN", "SANCTION")),
    ("Ukraine imposed a ban on trade with Belarus.", ("UKR", "BLR", "SANCTION")),
])
def test_a_ban_on_trade_is_an_embargo(sentence, expected):
    assert expected in dyads(sentence)


def test_a_ban_on_people_stays_an_administrative_ban():
    assert ("KEN", "UGA", "COERCE") in dyads("Kenya imposed a ban on Ugandan journalists.")


@pytest.mark.parametrize("sentence, expected", [
    ("Ghana's president said that he had asked Togo to hand over the suspects.", ("GHA", "TGO", "REQUEST")),
    ("The Chilean foreign minister said she had met her Bolivian counterpart in La Paz.", ("CHL", "BOL", "CONSULT")),
])
def test_he_or_she_reporting_their_own_act_is_the_speaker(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Troops from Chad and Niger attacked a rebel camp in Nigeria.",
     {("TCD", "NGA", "ASSAULT"), ("NER", "NGA", "ASSAULT")}),
    ("Fishermen from Ghana, Togo and Benin protested against Nigeria in Accra.",
     {("GHA", "NGA", "PROTEST"), ("TGO", "NGA", "PROTEST"), ("BEN", "NGA", "PROTEST")}),
])
def test_people_from_listed_states_stand_for_each(sentence, expected):
    assert expected <= dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Ghana announced the deployment of 300 soldiers to its border with Togo.", ("GHA", "TGO", "MOBILIZE")),
    ("India ordered the dispatch of troops to the frontier with China.", ("IND", "CHN", "MOBILIZE")),
])
def test_a_nominal_act_sent_to_a_border_is_aimed_across_it(sentence, expected):
    assert expected in dyads(sentence)
