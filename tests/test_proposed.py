"""Acts proposed, not done (events/proposed.py): sentences we wrote, each with a done act beside it."""

from __future__ import annotations

import pytest

from conftest import coded_events


def roots(sentence: str) -> set[str]:
    return {e["code"][:2] for e in coded_events(sentence, "2016-05-01")
            if e["modality"] != "negated"}


@pytest.mark.parametrize("sentence, root", [
    ("Merkel suggested expelling Russian diplomats.", "16"),
    ("The senator proposed sanctioning Iran over the missile tests.", "16"),
    ("Putin discussed attacking Ukraine with his generals.", "19"),
    ("The candidate has mentioned cutting aid and forcing Mexico to pay for the wall.", "17"),
])
def test_a_gerund_under_a_verb_of_proposing_is_no_act(sentence, root):
    assert root not in roots(sentence)


@pytest.mark.parametrize("sentence, root", [
    ("Germany expelled Russian diplomats after suggesting it in March.", "16"),
    ("Russia was attacking Kyiv and shelling Kharkiv.", "19"),
])
def test_acts_done_beside_a_proposal_stay(sentence, root):
    assert root in roots(sentence)
