"""Criticism told as fire one comes under (events/under_fire.py, constructions.tsv received_fire), and the other
criticism and refusal forms of the thirtieth session: "dismissed X as" (judged.py, dismissed_as), a name's first word
read as no object word (objects.py), a "with X doing" clause as its own act (embedding.py), and the verb rows
"savage", "speak out against", "hit back at", "stand up to". Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader

codes = event_reader("2016-06-05")
uk = event_reader("2005-03-01")


@pytest.mark.parametrize("sentence, expected", [
    ("Hillary Clinton came under fire from Republicans over her remarks on trade.", ("USA", "USA", "111")),
    ("The Pentagon came under fire in the U.S. Congress for its plans to close two bases.", ("USA", "USA", "111")),
    ("Barack Obama has drawn fire from Republicans over his budget.", ("USA", "USA", "111")),
    ("Barack Obama is under attack from Republicans for his budget.", ("USA", "USA", "111")),
])
def test_fire_a_party_comes_under_from_another_is_its_criticism(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The convoy came under fire from Israeli troops near the border.",  # armed: an attack
    "Nigerian soldiers came under attack from Boko Haram fighters.",
    "Hillary Clinton opened fire on Republicans over their budget.",  # fire opened, not come under
])
def test_fire_from_or_on_armed_parties_is_no_criticism(sentence):
    assert not any(code == "111" for _, _, code in codes(sentence))


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
    ("Hillary Clinton hit back at Donald Trump on Monday.", ("USA", "USA", "111")),
    ("The Mexican government vowed to stand up to Donald Trump.", ("MEX", "USA", "124")),
])
def test_criticism_and_refusal_verbs(sentence, expected):
    assert expected in codes(sentence)


def test_speaking_out_against_a_party_criticises_it_speaking_up_for_it_does_not():
    assert ("ZAF", "GBR", "111") in uk("Archbishop Tutu spoke out against Britain's detention laws.")
    assert not any(code == "111" for _, _, code in uk("Archbishop Tutu spoke up for Britain's detention laws."))


def test_standing_up_to_applaud_is_no_refusal():
    assert not any(code.startswith("12") for _, _, code in codes("The senators stood up to applaud Barack Obama."))


def test_an_act_in_a_with_clause_with_its_own_subject_is_its_own():
    found = codes("Britain criticised France, with Foreign Secretary Jack Straw accusing Paris of blocking the talks.")
    assert {("GBR", "FRA", "111"), ("GBR", "FRA", "112")} <= found
