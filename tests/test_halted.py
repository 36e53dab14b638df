"""Leaving talks halts negotiations (events/halted.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader("2019-05-10", negated=False)


@pytest.mark.parametrize("sentence", [
    "Iran walked out of the talks with the United States.",  # not a strike
    "Iran pulled out of the nuclear talks with the United States.",  # not a retreat
    "Iran withdrew from the talks with the United States.",  # not talks
])
def test_leaving_talks_halts_negotiations(sentence):
    assert dyads(sentence) == {("IRN", "USA", "164")}


def test_talks_left_by_a_list_are_no_talks_between_its_members():
    assert not any(code.startswith("04") for _, _, code in dyads(
        "Israel and Egypt announced their withdrawal from the talks on Tuesday."))


def test_other_leaving_keeps_its_code():
    assert dyads("Russia pulled out of Syria.") == {("RUS", "SYR", "0874")}
    assert dyads("Iran and the United States held talks in Oman.") >= {("IRN", "USA", "040")}
