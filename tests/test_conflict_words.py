"""Criticism, demand and refusal told in words the lexicon lacked (thirtieth session, issue #11, roots 10-13):
"dismissed X as" (judged.py, dismissed_as), a name's first word read as no object word ("attacked Bill Clinton",
objects.py), a "with X doing" clause as its own act (embedding.py), "pressure on X" (100), and the verb rows
"savage", "speak out against", "stand up to". Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader

codes = event_reader("2016-06-05")
uk = event_reader("2005-03-01")


@pytest.mark.parametrize("sentence, expected", [
    ("Tony Blair dismissed the Conservatives as a fading force.", ("GBR", "GBR", "111")),
    ("Tony Blair dismissed Labour rebels as troublemakers.", ("GBR", "GBR", "111")),
])
def test_dismissing_a_party_as_something_criticises_it(sentence, expected):
    assert expected in uk(sentence)


@pytest.mark.parametrize("sentence", [
    "Tony Blair dismissed Peter Mandelson as trade secretary in 1998.",  # a post: he was sacked
    "Tony Blair dismissed the claims as nonsense.",  # a denial of claims, no party judged
])
def test_dismissed_from_a_post_or_a_claim_dismissed_is_no_criticism_of_a_party(sentence):
    assert not any(code == "111" for _, _, code in uk(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Donald Trump attacked Bill Clinton on Monday.", ("USA", "USA", "111")),  # "Bill" names him: no bill
    ("Donald Trump savaged Hillary Clinton in the debate.", ("USA", "USA", "111")),
    ("The Mexican government vowed to stand up to Donald Trump.", ("MEX", "USA", "124")),
    ("Venezuela refused to bend to demands from Washington.", ("VEN", "USA", "124")),  # "bend to X": yield (080)
])
def test_criticism_and_refusal_verbs(sentence, expected):
    assert expected in codes(sentence)


def test_speaking_out_against_a_party_criticises_it_speaking_out_for_it_does_not():
    assert ("ZAF", "GBR", "111") in uk("Archbishop Tutu spoke out against Britain's detention laws.")
    assert not any(code == "111" for _, _, code in uk("Archbishop Tutu spoke out for Britain's refugees."))


def test_standing_up_for_a_party_is_no_refusal_of_it():
    assert not any(code.startswith("12") for _, _, code in uk("Labour will stand up for Britain, Tony Blair said."))


def test_bending_to_the_wind_yields_to_no_one():
    assert not codes("The palm trees bent to the wind over Havana.")


def test_standing_up_to_applaud_is_no_refusal():
    assert not any(code.startswith("12") for _, _, code in codes("The senators stood up to applaud Barack Obama."))


def test_an_act_in_a_with_clause_with_its_own_subject_is_its_own():
    found = codes("Britain criticised France, with Foreign Secretary Jack Straw accusing Paris of blocking the talks.")
    assert {("GBR", "FRA", "111"), ("GBR", "FRA", "112")} <= found


@pytest.mark.parametrize("sentence, expected", [
    ("The European Union stepped up pressure on Turkey to recognise Cyprus.", ("IGO", "TUR", "100")),
    ("Washington's pressure on Mexico to tighten its border angered officials in Mexico City.", ("USA", "MEX", "100")),
])
def test_pressure_a_party_puts_on_another_is_a_demand(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "Cold weather has put upward pressure on oil prices.",
    "The strong yen puts pressure on Japanese exporters.",
    "The Guardian said there would now be pressure on Tony Blair to hold an early election.",  # said to exist: no
    # one named presses him, not the paper that says so
])
def test_pressure_from_no_party_is_no_demand(sentence):
    assert not any(code.startswith("10") for _, _, code in uk(sentence))
