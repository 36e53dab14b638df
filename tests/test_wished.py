"""Acts wished of a party (events/wished.py), on sentences we wrote."""

from __future__ import annotations

import pytest

import newsevents


def events(sentence: str) -> list[tuple[str, str, str]]:
    found = newsevents.code(sentence, title="", date="2021-03-10")["events"]
    return [(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in found]


@pytest.mark.parametrize("sentence, party", [
    ('"We want the Ugandan government to release these men," the Kenyan minister said.', "UGA"),
    ("Ghana wants Togo to close its border to the rebels and join the fight against them.", "TGO"),
    ("Ghana wants Togo to expel the rebels and attack their camps.", "TGO"),
    ("Peru hopes Chile will sign the trade pact with Bolivia.", "CHL"),
    ("Japan would like China to hold talks with Vietnam.", "CHN"),
])
def test_what_a_party_is_wished_to_do_is_no_act_of_it(sentence, party):
    assert not any(source == party for source, _, _ in events(sentence))


@pytest.mark.parametrize("sentence, event", [
    ("Britain hopes it will reach a deal with Norway.", ("GBR", "NOR", "03")),  # its own act: an intent
    ("Ghana wants to meet Togo next week.", ("GHA", "TGO", "03")),
])
def test_a_partys_hope_for_its_own_act_is_its_intent(sentence, event):
    assert any((s, t, code[:2]) == event for s, t, code in events(sentence))
