"""Deals in shares and prices are trade, not accords (events/commerce.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader
from newsevents.events.commerce import commerce_words

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence", [
    "Spain's Acciona has agreed to buy 40% of Vestas, the largest turbine maker in Denmark.",
    "After weeks of talks, Japan's Nippon Steel agreed to pay 72% more for iron ore from Australia.",
])
def test_an_agreed_deal_in_shares_or_prices_is_no_accord(sentence):
    assert not any(code.startswith("03") for _, _, code in events(sentence))


def test_a_states_purchase_of_arms_stays():
    assert ("IND", "FRA") in {(s, t) for s, t, _ in events("India agreed to buy 36 fighter jets from France.")}


def test_the_word_list_has_both_kinds():
    assert {"buy", "pay"} <= commerce_words()["verb"] and {"%", "stake"} <= commerce_words()["object"]
