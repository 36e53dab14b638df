"""A run's sector from its role words, ministers' portfolios included (actors/run_sectors.py); sentences we wrote."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import actor_codes

codes = partial(actor_codes, date="2005-01-01")


@pytest.mark.parametrize("sentence, minister", [
    ("Police Minister Ana Brel criticised the protesters.", "Police Minister Ana Brel"),
    ("The plan was backed by Media Minister Jon Kest.", "Media Minister Jon Kest"),
    ("Army Minister Rob Tull met the generals.", "Army Minister Rob Tull"),
])
def test_a_minister_is_in_government_whatever_the_portfolio(sentence, minister):
    assert codes(sentence)[minister].endswith("GOV")


def test_a_listed_portfolio_word_is_no_actor_of_its_own():
    found = codes("Her plan was backed by Culture, Media and Sport Secretary Ann Wole.")
    assert "Media" not in found and found["Secretary Ann Wole"].endswith("GOV")


@pytest.mark.parametrize("sentence, mention, sector", [
    ("An army spokesman said the road was closed.", "army spokesman", "MIL"),
    ("A police spokesman said two men were held.", "police spokesman", "COP"),
    ("Media and police were at the scene.", "Media", "MED"),
])
def test_a_spokesman_or_a_list_of_bodies_keeps_the_bodys_sector(sentence, mention, sector):
    assert codes(sentence)[mention].endswith(sector)
