"""A spoken act that another party answers is that party's act on the one who answers it
(events/answered.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

pytestmark = pytest.mark.model


dyads = event_reader("2011-04-20")


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


@pytest.mark.parametrize("sentence, dyad", [
    ("Norway, responding to a warning by Russia against holding naval drills, said it would decide where its "
     "ships sail.", ("RUS", "NOR", "130")),
    ("Bolivia responded to threats from Peru to cut off gas supplies.", ("PER", "BOL", "130")),
    ("Turkey heeded the Russian ultimatum.", ("RUS", "TUR", "139")),
])
def test_an_answered_threat_is_aimed_at_the_one_who_answers(sentence, dyad):
    """Threats and warnings are spoken acts too (twenty-ninth session): answered, aimed at the answerer."""
    assert dyad in dyads(sentence)


def test_a_defied_threat_is_the_refusal_alone():
    """"defied an ultimatum from X" codes the defiance, as PLOVER does, not X's ultimatum."""
    found = dyads("The Guinean junta defied an ultimatum from ECOWAS to hold elections.")
    assert not any(code.startswith("13") for _, _, code in found)


def test_a_threat_answered_by_no_one_keeps_no_target():
    """"The warning from Russia was repeated": no answering verb, no target taken from a subject."""
    found = dyads("The warning from Russia was repeated on Monday.")
    assert not any(target == "RUS" for _, target, _ in found)
    assert not any(code.startswith("13") and source == target for source, target, code in found)
