"""What is claimed, reported or shown by evidence is no act known to be done (events/claimed.py). Sentences we wrote,
with the cases that must still be coded."""

from __future__ import annotations

import pytest

from conftest import event_tuples


@pytest.mark.parametrize("sentence, dyad", [
    ("Ghana's president said he had evidence that Togolese forces had supported the rebels.", ("TGO", "---", "05")),
    ("Ghana cited reports that Togolese troops attacked Benin.", ("TGO", "BEN", "19")),
    ("There are allegations that Togo supplied arms to Benin.", ("TGO", "BEN", "07")),
    ("The minister repeated his claim that Togo had bullied Benin's fishermen.", ("TGO", "BEN", "17")),
])
def test_an_act_in_a_claim_is_no_act(sentence, dyad):
    assert not any(s == dyad[0] and code.startswith(dyad[2]) for s, _, code in event_tuples(sentence, "2016-03-01"))


@pytest.mark.parametrize("sentence, dyad", [
    ("Togolese jets attacked Beninese villages on Monday, reports said.", ("TGO", "BEN", "19")),
    ("Ghana says its finances are sound, a claim denied by the Togolese government.", ("TGO", "---", "016")),
])
def test_an_act_told_beside_a_claim_stays(sentence, dyad):
    assert any(s == dyad[0] and code.startswith(dyad[2]) for s, _, code in event_tuples(sentence, "2016-03-01"))
