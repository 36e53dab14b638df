"""The fourth blind event checklist (tests/fixtures/event_checklist_s18.tsv, session 18: example sentences per PLOVER
category with uncommon verbs and nouns for each act): a floor on its tune half, and the rules its tune half's misses led
to, each with cases written for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import event_reader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from score_event_checklist import f1, read_rows, score  # noqa: E402

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "event_checklist_s18.tsv"


def test_the_tune_half_keeps_its_floor():
    h = score(read_rows(CHECKLIST), ("tune",))["tune"]
    assert f1(h["tp"], h["fp"], h["fn"]) >= 0.88, (h["tp"], h["fp"], h["fn"])  # 0.809 blind -> 0.909 in session 18


dyads = event_reader("2005-06-01", fields=("source", "target", "plover"), negated=False)


@pytest.mark.parametrize("sentence, expected", [
    ("Qatar injected 500 million dollars into Sudan's central bank.", ("QAT", "SDN", "AID")),
    ("Russia sent 40 doctors to Serbia.", ("RUS", "SRB", "AID")),
    ("Havana dispatched a team of medics to Haiti.", ("CUB", "HTI", "AID")),
    ("Hungary lifted its objection to Ukraine's membership talks.", ("HUN", "UKR", "CONCEDE")),
    ("Kenyan teachers threatened a strike over pay.", ("KEN", "KEN", "THREATEN")),  # at home: below
    ("Kenya massed police along the border with Somalia.", ("KEN", "SOM", "MOBILIZE")),
])
def test_other_words_for_the_act(sentence, expected):
    assert expected in dyads(sentence)


def test_patrols_two_states_carry_out_are_military_cooperation():
    found = dyads("Nigerien and Chadian troops carried out joint patrols near Lake Chad.")
    assert {("NER", "TCD", "COOPERATE"), ("TCD", "NER", "COOPERATE")} <= found


@pytest.mark.parametrize("sentence, expected", [
    ("Ankara expressed readiness to hold talks with Moscow.", ("TUR", "RUS", "AGREE")),
    ("Tokyo signalled its willingness to resume negotiations with Seoul.", ("JPN", "KOR", "AGREE")),
])
def test_readiness_to_act_is_an_intent_of_the_verbs_subject(sentence, expected):
    assert dyads(sentence) == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya sent a telegram condemning Uganda.", ("KEN", "UGA", "ACCUSE")),
    ("The Peruvian president sent a cable congratulating Chile.", ("PER", "CHL", "SUPPORT")),
    ("A cable from the Kenyan foreign ministry criticised Uganda.", ("KEN", "UGA", "ACCUSE")),
])
def test_a_cable_or_telegram_is_a_statement_its_sender_makes(sentence, expected):
    assert expected in dyads(sentence)


def test_a_name_the_parser_left_loose_before_a_root_verb_is_its_subject():
    # the small model makes "Turkey" an npadvmod of "massed"
    assert dyads("Turkey massed troops near the Iraqi border.") == {("TUR", "IRQ", "MOBILIZE")}


@pytest.mark.parametrize("sentence, expected", [
    ("Israel said its troops had shot two Palestinians in Hebron.", ("ISR", "PSE", "ASSAULT")),
    ("Russia said its warplanes had bombed rebel positions near Aleppo.", ("RUS", "SYR", "ASSAULT")),
])
def test_forces_under_its_are_of_the_state_named_before_not_of_the_place_they_struck(sentence, expected):
    assert dyads(sentence) == {expected}


def test_its_does_not_point_back_to_a_plural():
    found = dyads("Uganda said that Kenyan troops had helped its army recapture the town of Gulu from rebels.")
    assert ("KEN", "UGA", "ASSAULT") not in found  # its army is Uganda's


@pytest.mark.parametrize("sentence, expected", [
    ("Canada threatened to slap sanctions on Indian officials over the detention of a Canadian pastor.",
     {("CAN", "IND", "THREATEN")}),
    ("Peru threatened to impose sanctions on Chilean officials over the arrest of a Peruvian fisherman.",
     {("PER", "CHL", "THREATEN")}),
])
def test_the_party_of_the_content_comes_before_the_reason_over_which(sentence, expected):
    assert dyads(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya's opposition leader urged Kenya's electoral commission to recount the votes.", ("KEN", "KEN", "REQUEST")),
    ("The Serbian opposition appealed to Serbia's constitutional court to annul the vote.", ("SRB", "SRB", "REQUEST")),
])
def test_a_body_of_the_sources_own_state_is_a_party_not_a_place(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan nurses threatened a walkout over unpaid wages.", ("KEN", "KEN", "THREATEN")),
    ("Greek farmers threatened protests over fuel taxes.", ("GRC", "GRC", "THREATEN")),
])
def test_a_threat_of_protest_that_names_no_target_is_aimed_at_home_like_the_protest(sentence, expected):
    assert dyads(sentence) == {expected}
