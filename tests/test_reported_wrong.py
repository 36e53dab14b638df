"""Wrongdoing reported by another party (events/reported_wrong.py); the first cases are in
test_constructions.py, from before the module was split off."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("Russia said Ukraine had not honoured the ceasefire agreement.", ("RUS", "UKR", "112")),
    ("Moscow says Kiev did not comply with the Minsk accords.", ("RUS", "UKR", "112")),
    ("Washington says the Japanese have not lived up to their pledge to open their market.", ("USA", "JPN", "112")),
    ("Ankara said Athens was not keeping its promises.", ("TUR", "GRC", "112")),
])
def test_a_commitment_said_not_kept_is_an_accusation(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Russia said Ukraine did not keep its troops away from the border.",  # no commitment
    "Britain said it had not honoured the deal.",  # about itself
    "Israel said Hamas would not respect the ceasefire.",  # a forecast, or Hamas's refusal told
    "Russia said Ukraine had honoured the ceasefire agreement.",  # kept
])
def test_no_accusation_without_a_commitment_broken_by_another(sentence):
    assert not any(code == "112" for _, _, code in dyads(sentence))


def test_a_wrong_given_as_the_cause_in_a_reported_clause_is_reported():
    assert ("USA", "JPN", "112") in dyads(
        "Washington said the president was forced to act because Tokyo had failed to honour the agreement.")
    assert ("RUS", "GEO", "112") in dyads("Russia said it had sent troops because Georgia had violated the truce.")


def test_a_cause_told_by_no_reporter_is_no_accusation():
    assert not any(code == "112" for _, _, code in dyads(
        "The president was forced to act because Tokyo had failed to honour the agreement."))


@pytest.mark.parametrize("sentence, expected", [
    ("Turkey said Greek activities in the Aegean contravened the Berne agreement.", ("TUR", "GRC", "112")),
    ("China said the American warship had infringed its sovereignty.", ("CHN", "USA", "112")),
])
def test_contravening_and_infringing_are_wrongs(sentence, expected):
    assert expected in dyads(sentence)


def test_a_wrong_in_quotation_marks_before_its_speaker_is_the_speakers_charge():
    assert ("PSE", "ISR", "112") in dyads('"Israel has violated the truce," Hamas said.')
    assert ("RUS", "UKR", "112") in dyads('"Ukraine is stealing our gas," the Russian foreign minister told reporters.')


def test_news_credited_to_a_source_after_it_is_no_accusation():
    assert not any(code == "112" for _, _, code in dyads("Israel violated the truce, Hamas said."))


@pytest.mark.parametrize("sentence, expected", [
    ("Russia said Turkey is one of the countries arming and funding ISIL.", ("RUS", "TUR", "112")),
    ("Iran said the United States was a state that violates international law.", ("IRN", "USA", "112")),
])
def test_a_wrong_told_of_the_kind_a_party_is_one_of_accuses_it(sentence, expected):
    """reported_wrong.one_of_a_kind: the wrong hangs on the noun the copula's subject is said to be."""
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Russia said Turkey is one of the countries taking part in the talks.",  # no wrong
    "Turkey is one of the countries arming ISIL, Russia said.",  # news credited after it
])
def test_a_harmless_kind_or_news_credited_after_it_is_no_accusation(sentence):
    assert not any(code == "112" for _, _, code in dyads(sentence))
