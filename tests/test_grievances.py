"""Disapproval told as a noun a party owns (events/grievances.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_dyads, event_reader

dyads = event_reader(fields=FAMILY)


@pytest.mark.parametrize("sentence", [
    "The ministers discussed Togolese anger over the Ghanaian border closure.",
    "Ghana's foreign ministry said Lome had been informed of Togolese concern over the Ghanaian troop build-up.",
    "The talks went ahead despite Togo's objections over Ghana's plan for the river.",
    "The minister repeated Togo's concern that Ghana was arming the rebels.",
])
def test_a_grievance_owned_by_one_party_about_another_is_criticism(sentence):
    assert ("TGO", "GHA", "11") in dyads(sentence)


def test_a_grievance_about_no_party_names_no_target():
    assert not any(root == "11" for _, _, root in dyads("Togo's concern over the rising price of fuel grew."))


def test_a_grievance_the_verb_codes_is_left_to_it():
    found = dyads("Togo expressed concern over the Ghanaian troop build-up.")
    assert not any(root == "11" for _, _, root in found)


def test_a_grievance_a_wire_wrote_in_capitals_is_still_one():
    found = dyads("The ministry said Lome was told of Ghanaian Concern that Togolese troops had crossed the river.")
    assert ("GHA", "TGO", "11") in found


@pytest.mark.parametrize("sentence, expected", [
    ("Israel expanded the settlements despite American objections.", ("USA", "ISR", "11")),
    ("Turkey bought the Russian missiles despite strong U.S. objections.", ("USA", "TUR", "11")),
    ("Germany went ahead with the pipeline despite objections from Poland.", ("POL", "DEU", "11")),
])
def test_a_grievance_acted_against_is_about_whoever_acts(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Sales of Chinese steel are rising despite American complaints.",  # no one's deed
    "Britain imposed sanctions on Iran despite its own concerns.",  # about itself
])
def test_no_grievance_against_a_trend_or_oneself(sentence):
    assert not any(s == "GBR" and t == "GBR" or s == "USA" and t == "CHN" for s, t, _ in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Responding to criticism from Tokyo, China said the drills were routine.", ("JPN", "CHN", "11")),
    ("China reacted angrily to the criticism from Japan.", ("JPN", "CHN", "11")),
])
def test_a_grievance_answered_is_about_whoever_answers(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Britain said concerns over China's human rights record remained.", ("GBR", "CHN", "11")),
    ("Obama said concerns about Iran's nuclear programme were growing.", ("USA", "IRN", "11")),
])
def test_a_grievance_no_one_owns_in_a_reported_clause_is_the_reporters(sentence, expected):
    assert expected in dyads(sentence)


def test_a_grievance_credited_to_a_reporter_after_it_is_no_ones():
    assert not any(t == "CHN" for _, t, _ in dyads("Concerns over China remained, Britain said."))


def test_a_grievance_defied_by_a_passive_on_an_owned_act_is_about_its_owner():
    """grievances.undergone_by: "the EU embargo is to be lifted despite US objections": the EU's act."""
    found = event_dyads("The EU embargo on arms sales to China is likely to be lifted despite US objections, "
                        "Straw said.", "2005-03-10")
    assert ("USA", "IGO", "111") in found


def test_a_grievance_defied_by_a_passive_on_a_person_names_no_one():
    found = event_dyads("The Chinese dissident was jailed for ten years despite U.S. objections.", "2005-03-10")
    assert not any(code == "111" for _, _, code in found)
