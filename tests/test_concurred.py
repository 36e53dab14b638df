"""A view agreed with is no accord (events/concurred.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence", [
    "The British plan will not lower the price of oil, officials from Japan and France agreed in interviews.",
    "The American proposal does not go far enough, officials from Japan and Britain agreed.",
    "Russia's offer is a good one, China agreed.",
])
def test_agreeing_with_a_view_told_before_is_no_accord(sentence):
    assert not any(code.startswith("03") for _, _, code in events(sentence))


@pytest.mark.parametrize("sentence, pair", [
    ("Japan and France agreed that talks would be held in May.", ("JPN", "FRA")),
    ("After a long meeting, Japan agreed to send troops to Iraq.", ("JPN", "IRQ")),
])
def test_an_agreement_to_act_stays(sentence, pair):
    assert any((source, target) == pair for source, target, _ in events(sentence))
