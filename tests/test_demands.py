"""What another party must or should do, in a report (events/demands.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


def test_what_another_must_do_is_a_demand():
    assert ("KEN", "UGA", "100") in dyads("Kenyan President Uhuru Kenyatta said Uganda must withdraw its troops.")


@pytest.mark.parametrize("sentence", [
    "Kenyan President Uhuru Kenyatta said Uganda should have withdrawn its troops sooner.",
    "Kenyan President Uhuru Kenyatta said Uganda should not have sent troops.",
])
def test_what_another_should_have_done_is_a_reproach(sentence):
    found = dyads(sentence)
    assert ("KEN", "UGA", "111") in found
    assert not any(code == "100" for _, _, code in found)
