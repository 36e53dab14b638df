"""Where an act's target is (events/targets.py)."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_reader

dyads = event_reader("2016-10-10", fields=FAMILY)


@pytest.mark.parametrize("sentence", [
    "Reagan's famous demand in Berlin is still quoted.",
    "The senator's fierce criticism in Moscow was widely reported.",
])
def test_a_place_after_words_named_by_a_noun_is_where_they_were_said(sentence):
    assert not any(target in ("DEU", "RUS") for _, target, _ in dyads(sentence))


def test_a_place_after_an_attack_is_still_its_target():
    assert ("RUS", "SYR", "19") in dyads("The Russian attack in Aleppo killed 20.")


def test_a_currency_is_no_party():
    found = dyads("The Ottawa government will return about 1.7 billion Canadian dollars to businesses this year.")
    assert not any(target == "CAN" for _, target, _ in found)


def test_a_sum_given_to_a_state_still_goes_to_it():
    assert ("JPN", "IDN", "07") in dyads("Japan gave 500 million U.S. dollars to Indonesia.")


@pytest.mark.parametrize("sentence, expected", [
    ("The deal came despite an EU demand for Turkey to recognise Cyprus.", ("IGO", "TUR", "10")),
    ("Germany's demand for Greece to cut spending angered Athens.", ("DEU", "GRC", "10")),
])
def test_a_demand_for_a_party_to_act_is_on_that_party(sentence, expected):  # targets.asked_to_act (s18)
    assert expected in dyads(sentence)


def test_a_demand_for_a_thing_names_no_party():
    assert not any(target == "CHN" for _, target, _ in dyads("Germany's demand for Chinese steel rose."))


@pytest.mark.parametrize("sentence", [
    "Obama mocked the 'Russia' quip on Friday.",
    "Obama rejected the 'Iraqi' demands.",
    'Obama dismissed the "Iran" remark as a slip.',
])
def test_a_name_quoted_before_a_noun_is_no_target(sentence):
    assert not {t for _, t, _ in dyads(sentence)} & {"RUS", "IRN", "IRQ"}


def test_a_name_before_a_noun_unquoted_stays_the_target():
    assert ("USA", "RUS", "11") in dyads("Obama mocked the Russian proposal on Friday.")


@pytest.mark.parametrize("sentence, visitor, host", [
    ("During his Kenyan trip, the Ghanaian president praised the new railway.", "GHA", "KEN"),
    ("The Ghanaian president cut short his Nairobi visit on Tuesday.", "GHA", "KEN"),
])
def test_a_place_before_a_trip_its_owner_makes_is_where_it_goes(sentence, visitor, host):
    assert (visitor, host, "04") in dyads(sentence)


def test_a_state_before_a_visit_with_no_owner_is_the_visitor():
    assert ("GHA", "KEN", "04") in dyads("The Ghanaian visit to Kenya ended on Tuesday.")


@pytest.mark.parametrize("sentence, dyad", [
    ("The visit by the Greek prime minister to Turkey ended on Monday.", ("GRC", "TUR", "04")),
    ("The first visit by a Chilean president to Bolivia was a success.", ("CHL", "BOL", "04")),
])
def test_a_target_the_parser_hangs_on_a_nouns_by_phrase_is_the_nouns(sentence, dyad):
    assert dyad in dyads(sentence)
