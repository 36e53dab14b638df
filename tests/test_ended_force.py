"""Force ended or halted is de-escalation, 087 (events/ended_force.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

pytestmark = pytest.mark.model


dyads = event_reader("2012-05-02")


@pytest.mark.parametrize("sentence, dyad", [
    ("Ethiopia announced that its offensive against Eritrea had ended.", ("ETH", "ERI", "087")),
    ("Nigeria suspended its air strikes on Cameroon.", ("NGA", "CMR", "087")),
    ("Pakistan called off its offensive against Afghanistan.", ("PAK", "AFG", "087")),
])
def test_a_halted_use_of_force_is_de_escalation(sentence, dyad):
    assert dyad in dyads(sentence)


def test_force_begun_or_a_refusal_to_halt_keeps_its_code():
    assert ("RUS", "GEO", "190") in dyads("Russia launched an offensive against Georgia.")
    assert not any(code == "087" for _, _, code in dyads("Israel refused to halt its bombing of Lebanon."))


def test_a_labour_strike_suspended_is_still_eased_dissent():
    """Only an armed strike ("air strikes") is force: unions' strike called off stays 082."""
    found = dyads("The Nigerian unions suspended their strike against the government.")
    assert not any(code == "087" for _, _, code in found)
