"""A mutual act of several doers that names a with-counterpart (events/counterparts.py, session 32 P):
sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_reader

dyads = event_reader("1987-04-10", fields=FAMILY)


@pytest.mark.parametrize("sentence", [
    "Kenya, Uganda and Tanzania have reached agreements with their creditor banks on stretching out repayments.",
    "Ghana and Togo signed a deal with the lenders' steering committee last week.",
    "Chile and Peru have pledged to cooperate with the cartel and limit their exports.",
])
def test_doers_acting_with_an_unknown_counterpart_do_not_act_on_each_other(sentence):
    found = dyads(sentence)
    pairs = {(s, t) for s, t, _ in found}
    assert not pairs & {("KEN", "UGA"), ("UGA", "KEN"), ("KEN", "TZA"), ("GHA", "TGO"), ("TGO", "GHA"),
                        ("CHL", "PER"), ("PER", "CHL")}


@pytest.mark.parametrize("sentence, one, other", [
    ("Kenya and Uganda signed a trade agreement on Monday.", "KEN", "UGA"),
    ("Ghana and Togo agreed to cooperate with each other on border security.", "GHA", "TGO"),
    ("Chile and Peru held talks in Lima on fishing rights.", "CHL", "PER"),
])
def test_doers_with_no_other_counterpart_still_act_on_each_other(sentence, one, other):
    pairs = {(s, t) for s, t, _ in dyads(sentence)}
    assert {(one, other), (other, one)} <= pairs


def test_a_known_with_counterpart_is_the_target():
    pairs = {(s, t) for s, t, _ in dyads("Kenya and Uganda signed an agreement with Ethiopia on Monday.")}
    assert {("KEN", "ETH"), ("UGA", "ETH")} <= pairs


@pytest.mark.parametrize("sentence", [
    "Kenya and Uganda signed a border deal with great fanfare on Monday.",
    "Kenya and Uganda signed a border deal with the aim of ending the dispute.",
])
def test_a_manner_in_a_with_phrase_is_no_counterpart(sentence):
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= {(s, t) for s, t, _ in dyads(sentence)}


def test_doers_acting_with_their_creditors_each_act_on_business_of_no_state():
    """The counterpart rule (P) meets the creditors rule (S, events/creditors.py): each doer's act is with the
    creditors, ---BUS, not with the other doers, and not dropped."""
    found = dyads("Kenya, Uganda and Tanzania have reached agreements with their creditor banks on repayments.")
    pairs = {(s, t) for s, t, _ in found}
    assert {("KEN", "---"), ("UGA", "---"), ("TZA", "---")} <= pairs
    assert not pairs & {("KEN", "UGA"), ("UGA", "KEN"), ("KEN", "TZA")}
