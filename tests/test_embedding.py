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


@pytest.mark.parametrize("sentence, first, second", [
    ("Iran denied any role in the bombing and vowed to retaliate against Israel.", ("IRN", "---", "016"),
     ("IRN", "ISR", "138")),
    ("Hanoi denied the charges and said it would expel the Chinese envoy.", ("VNM", "---", "016"),
     ("VNM", "CHN", "131")),
    ("South Korea called the test a grave provocation and said it had lodged a protest with Pyongyang.",
     None, ("KOR", "PRK", "114")),
])
def test_a_coordinated_verb_tells_its_own_act(sentence, first, second):
    found = dyads(sentence)
    assert second in found
    assert first is None or first in found


def test_content_of_a_threat_stays_its_content():
    found = dyads("Beijing threatened to cut off trade with Manila and to expel its diplomats.")
    assert not any(code.startswith("16") for _, _, code in found)
