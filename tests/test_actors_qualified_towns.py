"""A town named with its state or country after a comma (actors/qualified_towns.py, session 18). Strings
written for these tests, not taken from any gold set."""

from __future__ import annotations

import pytest

from conftest import mention_codes


@pytest.mark.model
def test_a_town_qualified_by_a_state_of_another_country_is_that_states(lexicon):
    # the gazetteer's Piedmont is Italy's region
    codes = mention_codes("Farmers in Piedmont, California blocked the highway on Tuesday.", lexicon, "2015-05-05")
    assert codes.get("Piedmont, California") == "USA"
    assert "ITA" not in {(code or "")[:3] for code in codes.values()}


@pytest.mark.model
def test_a_list_of_towns_is_left_alone(lexicon):
    codes = mention_codes("Floods hit Piedmont, California and Oregon on Tuesday.", lexicon, "2015-05-05")
    assert codes.get("Piedmont") == "ITA"
