"""Troops sent to help with relief are aid (events/relief.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence, event", [
    ("Britain has offered to send 120 soldiers to assist with the relief effort in Indonesia.", ("GBR", "IDN", "0333")),
    ("Japan sent 500 troops to Haiti to help with reconstruction.", ("JPN", "HTI", "073")),
])
def test_troops_sent_for_relief_are_humanitarian_aid(sentence, event):
    assert event in events(sentence)


def test_troops_sent_to_fight_stay_a_show_of_force():
    assert ("FRA", "MLI", "154") in events("France deployed troops to Mali to fight the rebels.")
