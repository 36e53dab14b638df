"""One event per act, but a trip is an act of its own beside its purpose (events/embedding.py)."""

from __future__ import annotations

import pytest

import newsevents


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2021-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events}


@pytest.mark.parametrize("sentence, expected", [
    ("Kenyan Foreign Minister Amina Mohamed said she would travel to Mogadishu to press for a ceasefire.",
     ("KEN", "SOM", "036")),
    ("Peru said it would send envoys to Quito to seek a truce.", ("PER", "ECU", "036")),
])
def test_a_trip_with_a_purpose_is_still_a_trip(sentence, expected):
    assert expected in dyads(sentence)


def test_an_intent_without_its_own_target_still_yields_to_the_act():
    found = dyads("Iran offered to hand over the detained sailors to Britain.")
    assert not any(code == "030" for _, _, code in found)
