"""Feelings about what another did (events/reacted.py); the first cases are in test_judged.py."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("Japan said it was surprised and appalled that China had detained the crew.", ("JPN", "CHN", "111")),
    ("Britain was shocked at the killings and angered by Iran's refusal to help.", ("GBR", "IRN", "111")),
    ("Japan said it was surprised and pleased that China had released the crew.", ("JPN", "CHN", "051")),
])
def test_a_feeling_coordinated_with_another_shares_its_feeler(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Chinese minister grew angry with Japan over the visit.", ("CHN", "JPN", "111")),
    ("Thatcher said Britain was growing more impatient with Japanese trade barriers.", ("GBR", "JPN", "111")),
    ("The Indian minister said he was impatient with Pakistan's response.", ("IND", "PAK", "111")),
])
def test_a_feeling_grown_into_or_impatience_disapproves(sentence, expected):
    assert expected in dyads(sentence)


def test_a_feeler_named_only_by_sector_is_placed_in_the_story_country():
    text = "The White House said on Thursday that the United States would respond. " \
           "Intelligence officials were angered by Russia's refusal to cooperate."
    assert ("USA", "RUS", "111") in dyads(text)


@pytest.mark.parametrize("sentence, date, expected", [
    ("Barack Obama said he was troubled by Republican lawmakers.", "2016-06-05", ("USA", "USA", "111")),
    ("Tony Blair said he was disappointed with the Conservatives.", "2005-03-01", ("GBR", "GBR", "111")),
])
def test_one_party_feeling_about_another_of_its_country_judges_it(sentence, date, expected):
    # thirtieth session: any party of the feeler's own country was taken for the feeler itself
    assert expected in dyads(sentence, date)


def test_a_state_pleased_with_its_own_result_judges_no_one():
    assert not dyads("Britain said it was pleased with its own result.")
