"""Settlements made between their parties (thirty-first session, E; events/mutual.py): an accord whose verb holds
the between-phrase ("an accord reached between X and Y", "was signed between") is each party's signing with the
other; not one still to be made, nor a deal between firms, nor cooperation told as a relationship. Sentences of
our own."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_reader

dyads = event_reader(fields=FAMILY)
coded = event_reader(fields=("source", "target", "code"), negated=False)


@pytest.mark.parametrize("sentence, one, other, family", [
    ("The new talks follow an accord reached between Chile and Peru in March on fishing rights.", "CHL", "PER", "05"),
    ("A trade pact was signed between Ghana and Togo on Monday in Accra.", "GHA", "TGO", "05"),
    ("A fishing deal concluded between Chile and Peru covers the southern waters.", "CHL", "PER", "05"),
    ("The truce agreed between Chile and Peru in May has held along the border.", "CHL", "PER", "08"),
])
def test_settlement_made_between_its_parties_is_each_ones_act_on_the_other(sentence, one, other, family):
    assert {(one, other, family), (other, one, family)} <= dyads(sentence)


def test_accord_still_to_be_signed_between_parties_is_intended():
    found = coded("An accord to be signed between Ghana and Togo next month will cut tariffs.")
    assert found and not any(code.startswith("05") for _, _, code in found)  # an intent (03), no signing


def test_deal_struck_between_firms_is_no_states_act():
    found = dyads("A supply deal struck between two carmakers, Ford and Toyota, will cut costs.")
    assert not {(s, t) for s, t, _ in found} & {("USA", "JPN"), ("JPN", "USA")}


def test_settlement_another_party_made_is_not_the_critics():
    found = dyads("Ecuador criticised the fishing deal signed between Chile and Peru last week.")
    assert ("ECU", "CHL", "05") not in found and ("ECU", "PER", "05") not in found


@pytest.mark.parametrize("sentence", [
    "Security cooperation between Ghana and Togo has deepened since the border raids.",
    "Ecuador called for closer cooperation between Chile and Peru on fishing.",
])
def test_cooperation_between_parties_is_no_act_of_theirs(sentence):
    assert not any(family == "06" for _, _, family in dyads(sentence))
