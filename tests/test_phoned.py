"""Telephone diplomacy told by its circumstance (events/phoned.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader("2019-10-10")


@pytest.mark.parametrize("sentence, expected", [
    ("Trump told Turkish President Tayyip Erdogan in a phone call that U.S. forces would not stand in the way.",
     ("USA", "TUR", "041")),
    ("Putin told Erdogan during a telephone conversation that Russia would respond.", ("RUS", "TUR", "041")),
])
def test_told_in_a_phone_call_is_a_telephone_consultation(sentence, expected):
    assert expected in dyads(sentence)


def test_telling_reporters_by_phone_is_no_consultation():
    assert not dyads("The minister told reporters by phone that the talks had failed.")
