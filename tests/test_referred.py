"""Targets an act names through another act or a manner of acting (events/referred.py)."""

from __future__ import annotations

import pytest

import newsevents
from conftest import FAMILY, event_reader

dyads = event_reader("2018-04-02", fields=FAMILY)


@pytest.mark.parametrize("sentence, expected", [
    ("The Dutch minister criticised the way the Belgian government handles migrants.", ("NLD", "BEL", "11")),
    ("The Danish premier praised the way Norway handled the crisis.", ("DNK", "NOR", "05")),
    ("Austria condemned the manner in which Hungary treated the refugees.", ("AUT", "HUN", "11")),
])
def test_a_manner_of_acting_is_aimed_at_the_one_who_acts(sentence, expected):
    assert expected in dyads(sentence)


def test_attacking_a_manner_of_acting_is_no_force():
    found = dyads("The Dutch minister attacked the way Belgium handled the crisis.")
    assert not any(root == "19" for _, _, root in found)


def test_an_appeal_on_someone_to_act_is_not_aimed_at_a_party_of_the_act():
    """"called on investors to stop buying Iranian oil": the investors are asked, not Iran (twenty-sixth
    session, E4); "called on Britain to stop selling arms to Iran" is aimed at Britain."""
    code = newsevents.code
    asked = code("Oil\n\nThe French minister called on investors to stop buying Iranian oil.", date="2016-07-02")
    assert not any(e["target"].startswith("IRN") for e in asked["events"])
    appealed = code("Oil\n\nThe Saudi minister appealed to oil firms to stop selling fuel to Iran.", date="2016-07-02")
    assert not any(e["target"].startswith("IRN") for e in appealed["events"])
    named = code("Talks\n\nThe French minister called on Britain to stop selling arms to Iran.", date="2016-07-02")
    assert any(e["target"].startswith("GBR") and e["code"].startswith("02") for e in named["events"])
