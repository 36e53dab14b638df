"""A news outlet being told something is no party to what it is told (events/audience.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader("2016-10-10", fields=("source_code", "code", "target_code"), ordered=True)


def test_the_outlet_told_is_not_the_pronoun_that_acted():
    found = events("Government sources told the BBC they had reached a settlement with the Iranian engineer.")
    assert not any(source.endswith("MED") for source, _, _ in found)


def test_the_outlet_told_places_no_one():
    found = events("Officials told Reuters they had signed a deal with Iran.")
    assert not any(source.startswith("GBR") for source, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "The Iranian minister complained to Reuters that the sanctions were unfair.",
    "The Iranian minister promised the BBC that the talks would resume.",
])
def test_the_outlet_told_is_not_a_target(sentence):
    assert not any(target.endswith("MED") for _, _, target in events(sentence))


def test_an_outlet_that_is_acted_on_stays_a_target():
    found = events("Russian police raided the BBC office in Moscow.")
    assert any(target.startswith("GBR") for _, _, target in found)
