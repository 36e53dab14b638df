"""A spoken act that another party answers is that party's act on the one who answers it
(events/answered.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_dyads

pytestmark = pytest.mark.model


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    return event_dyads(sentence, "2011-04-20")


@pytest.mark.parametrize("sentence, dyad", [
    ("Hanoi dismissed criticism from Beijing.", ("CHN", "VNM", "111")),
    ("Caracas rejected complaints from Bogota that Venezuela was sheltering rebels.", ("COL", "VEN", "114")),
])
def test_answered_criticism_is_the_critics_act(sentence, dyad):
    assert dyad in dyads(sentence)


def test_a_rejected_call_is_the_refusal_alone():
    """"rejected calls by X" codes the rejection, as PLOVER does, not X's appeal."""
    found = dyads("Hanoi rejected calls from Beijing to withdraw its ships.")
    assert not any(code.startswith("02") for _, _, code in found)
