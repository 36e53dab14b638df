"""A statement as the doer of a verbal act is its author (events/authors.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

pytestmark = pytest.mark.model


dyads = event_reader("2018-09-12")


@pytest.mark.parametrize("sentence, dyad", [
    ("The Kremlin issued a statement that criticised NATO.", ("RUS", "IGO", "111")),
    ("Seoul issued a statement which accused Pyongyang of lying.", ("KOR", "PRK", "112")),
])
def test_a_statement_that_acts_is_its_issuers_act(sentence, dyad):
    assert dyad in dyads(sentence)


@pytest.mark.parametrize("sentence, dyad", [
    ("Ankara derided the Greek proposal.", ("TUR", "GRC", "111")),
    ("The Iranian president chastised Saudi Arabia.", ("IRN", "SAU", "111")),
])
def test_scornful_verbs_are_criticism(sentence, dyad):
    assert dyad in dyads(sentence)


@pytest.mark.parametrize("sentence, dyad", [
    ("A congressional report accused the Chinese government of hacking computers in Washington.",
     ("USA", "CHN", "112")),
    ("A Pentagon report criticised Pakistan for sheltering militants.", ("USA", "PAK", "111")),
])
def test_a_report_named_by_its_authors_adjective_is_theirs(sentence, dyad):
    assert dyad in dyads(sentence)
