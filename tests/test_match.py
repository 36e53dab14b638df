"""Matching names in text: accent- and case-folded keys (actors/match.py; issue #12)."""

from __future__ import annotations

import pytest

from newsevents.actors.match import fold, same_token


def test_match_fold_removes_accents_and_case():
    assert fold("Jüri RATAS") == fold("Juri Ratas") == "juri ratas"
    assert fold("Łukasz Søndergaard") == "lukasz sondergaard"


@pytest.mark.parametrize(("written", "form", "expected"), [
    ("Juri", "Jüri", True),          # accents may be left out
    ("Plan", "PLAN", False),         # an acronym is not a word written with a capital
    ("RATAS", "Ratas", True),        # an all-capitals name of four letters or more
    ("McDonald", "Mcdonald", True),  # another capitalisation of a capitalised name
    ("Us", "US", False),             # an acronym must be written as it is
    ("us", "US", False),
    ("turkey", "Turkey", False),     # a proper name needs its capital
    ("Soldiers", "soldiers", True),  # lexicon words in lower case match in any case
])
def test_match_same_token(written, form, expected):
    assert same_token(written, form, any_case=False) is expected
