"""Orders to leave are expulsions, coded by expel's object patterns (events/orders.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("Mali ordered the French ambassador to leave the country within 72 hours.", ("MLI", "FRA", "161")),
    ("Russia told 23 British diplomats to leave the country within a week.", ("RUS", "GBR", "161")),
    ("Sudan ordered UN peacekeepers to leave Darfur.", ("SDN", "IGO", "1661")),
])
def test_orders_to_leave_are_expulsions(sentence, expected):
    assert expected in dyads(sentence)


def test_orders_own_citizens_to_leave_is_no_expulsion():
    assert not any(code.startswith("16") or code == "174"
                   for _, _, code in dyads("Saudi Arabia ordered its citizens to leave Lebanon."))
