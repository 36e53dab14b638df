"""Constructions coded without a verb pattern of their own (events/constructions.py)."""

from __future__ import annotations

import pytest

import newsevents


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2021-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events}


@pytest.mark.parametrize("sentence, expected", [
    ("US Secretary of State Antony Blinken said Ukraine had the right to defend itself.", ("USA", "UKR", "052")),
    ("Turkey said Azerbaijan has every right to protect its territory.", ("TUR", "AZE", "052")),
    ("Paris said Iran had no right to enrich uranium.", ("FRA", "IRN", "111")),
])
def test_a_reported_right_defends_its_holder(sentence, expected):
    assert expected in dyads(sentence)


def test_a_right_claimed_for_oneself_is_no_event():
    assert not dyads("Britain said it had the right to respond.")
