"""Complaints made by asking a body to judge another party's act (events/complaints.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

pytestmark = pytest.mark.model


dyads = event_reader("2012-05-02", fields=("source", "target_code", "code"))


@pytest.mark.parametrize("sentence, dyad", [
    ("Argentina asked the WTO to investigate Chilean wine subsidies.", ("ARG", "CHL", "114")),
    ("Peru has asked the World Trade Organization to rule on Ecuadorean banana quotas.", ("PER", "ECU", "114")),
])
def test_asking_a_body_to_judge_another_partys_act_is_a_complaint_against_it(sentence, dyad):
    found = dyads(sentence)
    assert dyad in found
    assert not any(code.startswith("02") for _, _, code in found)  # no appeal to the WTO beside it


def test_asking_a_body_to_judge_ones_own_act_stays_an_appeal():
    found = dyads("Argentina asked the WTO to review its own wine rules.")
    assert not any(code == "114" for _, _, code in found)
