"""Idioms that hold a pattern's head are no act, whatever determiner they are written with (events/discards.py)."""

from __future__ import annotations

import pytest

import newsevents
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


def test_calling_into_a_programme_is_no_appeal():
    """Phoning in to a show: no appeal to the story's other party (twenty-sixth session, E2)."""
    found = newsevents.code("Row\n\nFrance accused Britain of spying. Britain denied it and accused France of lying."
                            "\n\nThe French president called into a radio programme on Sunday.", date="2005-01-01")
    assert not any(e["code"].startswith("02") for e in found["events"])


@pytest.mark.parametrize("sentence", [
    "Hillary Clinton campaigned with a Mexican singer in Texas.",
    "Tony Blair will campaign with the French president in Paris.",
])
def test_campaigning_beside_someone_is_no_act_on_them(sentence):
    """Company on the campaign trail (twenty-seventh session, E3)."""
    assert not event_dyads(sentence, "2016-10-10")


def test_a_campaign_for_someone_is_still_support():
    assert any(code == "053" for _, _, code in event_dyads("Tony Blair campaigned for the French president.",
                                                           "2016-10-10"))
