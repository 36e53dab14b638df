"""Warnings told as a condition (events/warned_if.py)."""

from __future__ import annotations

from conftest import event_reader

threats = event_reader(family="13")


def test_a_harm_said_to_follow_if_another_party_acts_is_a_threat():
    found = threats("The Chilean trade minister said that if Peru approves the new tax, a trade row will erupt.")
    assert ("CHL", "PER", "130") in found


def test_a_harm_of_force_is_a_threat_of_force():
    found = threats("The Greek defence minister said that if Turkish ships entered the bay, there would be a "
                    "military response.")
    assert ("GRC", "TUR", "138") in found


def test_a_good_outcome_is_no_threat():
    assert not threats("The Chilean trade minister said that if Peru lowers its tariffs, trade will grow quickly.")


def test_the_speakers_own_condition_is_no_threat():
    assert not threats("The Chilean trade minister said that if Chile fails to act, there will be a crisis.")


def test_a_harm_in_a_clause_below_the_consequence_is_not_said():
    assert not threats("Analysts said that if Peru does not raise output, exports will fall because producers "
                       "fear retaliation from their rivals.")


def test_a_conditional_with_no_one_reporting_it_is_no_threat():
    assert not threats("If Peru seizes the initiative with bolder steps, it could find itself in a major war.")


def test_a_harm_said_in_the_speakers_own_words_is_a_threat():
    found = threats('The Greek defence minister said that if Turkish ships entered the bay, "we will hinder them."')
    assert ("GRC", "TUR", "130") in found
