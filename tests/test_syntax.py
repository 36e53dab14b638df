"""Syntax helpers the coder reads targets with (events/syntax.py)."""

from __future__ import annotations

import newsevents


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2021-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events}


def test_a_repeated_preposition_gives_each_target():
    found = dyads("Turkey will send two delegations to Baghdad and to Damascus to monitor the truce.")
    assert {("TUR", "IRQ", "036"), ("TUR", "SYR", "036")} <= found


def test_a_repeated_preposition_after_an_object():
    found = dyads("Canada imposed sanctions on Russia and on Belarus.")
    assert {("CAN", "RUS", "163"), ("CAN", "BLR", "163")} <= found
