"""Idioms that hold a pattern's head are no act, whatever determiner they are written with (events/discards.py)."""

from __future__ import annotations

import pytest

from conftest import event_dyads


@pytest.mark.parametrize("sentence", [
    "Russian officials are seizing an opportunity to embarrass the Ukrainian minister.",
    "The Iranian government seized its moment to blame the Saudi minister.",
])
def test_an_idiom_with_another_determiner_is_still_an_idiom(sentence):
    assert not any(code.startswith("17") for _, _, code in event_dyads(sentence, "2016-10-10"))


def test_a_seizure_is_still_a_seizure():
    assert ("IRN", "GBR", "171") in event_dyads("Iran seized the British tanker.", "2016-10-10")


def test_put_in_charge_is_no_accusation():
    assert not any(code.startswith("11") for _, _, code in event_dyads(
        "Obama wants to put Kerry in charge of the State Department.", "2016-12-10"))
