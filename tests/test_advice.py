"""Advice is no act of the advised (events/advice.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(fields=("source", "target", "code", "modality"), ordered=True)


@pytest.mark.parametrize("sentence, party", [
    ("Ghana should cut ties with Togo, as the rebels have become a liability.", "GHA"),
    ("In my view, Peru should impose sanctions on Chile.", "PER"),
    ("The Kenyan president should be starting the year with an apology to Uganda.", "KEN"),
    ("Ghana ought to cut ties with Togo, the senator argued.", "GHA"),
    ("Peru ought to impose sanctions on Chile.", "PER"),
])
def test_what_a_party_should_do_is_no_act_of_it(sentence, party):
    assert not any(source == party for source, *_ in events(sentence))


@pytest.mark.parametrize("sentence, event", [
    ("Ghana could cut ties with Togo.", ("GHA", "TGO", "16", "hypothetical")),  # a possibility stays
    ("Should talks fail, Ghana will cut ties with Togo.", ("GHA", "TGO", "16", None)),
])
def test_possible_and_conditional_acts_stay(sentence, event):
    assert any((s, t, c[:2], m if event[3] else None) == event for s, t, c, m in events(sentence)), events(sentence)


@pytest.mark.parametrize("sentence", [
    "It is important to support Kenya, the British minister said.",
    "It is vital to impose sanctions on Iran, the French minister said.",
])
def test_an_act_called_important_with_an_empty_it_is_no_act(sentence):
    assert events(sentence) == []


def test_a_named_party_called_on_to_act_is_not_an_empty_it():
    assert ("DEU", "GRC", "051", "asserted") in events("France said it is important for Germany to support Greece.")
