"""Criticism told as fire one comes under (events/under_fire.py, constructions.tsv received_fire): "came under fire
from Republicans", "in Congress"; not fire from or on armed parties. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader

codes = event_reader("2016-06-05")


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
