"""A capital standing for the body seated there ("Brussels" = the EU), from the story."""

from __future__ import annotations

import pytest

from newsevents.actors.igo_capitals import igo_capitals
from newsevents.pipeline import code


def capital_codes(text: str, capital: str, date: str = "2016-10-22") -> list[str]:
    record = code(text, date=date)
    return [a["code"] for a in record["actors"] if a["text"] == capital]


def test_table_is_valid():
    assert any(row.capital == "brussels" and row.code.startswith(row.family) for row in igo_capitals())


@pytest.mark.model
def test_brussels_in_a_story_about_the_eu_is_the_eu():
    text = ("EU ministers meet over trade deal\n\n"
            "The European Union said on Monday it would press ahead with the trade deal. "
            "Brussels accused Canada of delaying the talks.")
    assert capital_codes(text, "Brussels") == ["IGOEUR"]


@pytest.mark.model
def test_brussels_with_the_commission_named_is_the_eu():
    text = ("Commission warns London over budget\n\n"
            "The European Commission told Britain to pay what it owes before the talks go on. "
            "A British minister said Brussels was asking too much.")
    assert capital_codes(text, "Brussels", "2017-05-03") == ["IGOEUR"]


@pytest.mark.model
def test_brussels_in_a_story_about_belgium_stays_belgium():
    text = ("Belgian coalition talks stall\n\n"
            "Belgium's parties failed again on Tuesday to form a government, and Belgian unions called a strike. "
            "Flemish leaders said Brussels had ignored them, though the EU urged a quick deal.")
    assert capital_codes(text, "Brussels", "2011-05-03") == ["BEL"]


@pytest.mark.model
def test_brussels_with_no_body_named_stays_belgium():
    text = ("Storm hits Belgium\n\n"
            "Heavy rain flooded streets in Brussels on Sunday, police said.")
    assert capital_codes(text, "Brussels", "2020-02-09") == ["BEL"]
