"""Disapproval told as a noun a party owns (events/grievances.py), on sentences we wrote."""

from __future__ import annotations

import pytest

import newsevents


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2021-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"][:2]) for e in events}


@pytest.mark.parametrize("sentence", [
    "The ministers discussed Togolese anger over the Ghanaian border closure.",
    "Ghana's foreign ministry said Lome had been informed of Togolese concern over the Ghanaian troop build-up.",
    "The talks went ahead despite Togo's objections over Ghana's plan for the river.",
    "The minister repeated Togo's concern that Ghana was arming the rebels.",
])
def test_a_grievance_owned_by_one_party_about_another_is_criticism(sentence):
    assert ("TGO", "GHA", "11") in dyads(sentence)


def test_a_grievance_about_no_party_names_no_target():
    assert not any(root == "11" for _, _, root in dyads("Togo's concern over the rising price of fuel grew."))


def test_a_grievance_the_verb_codes_is_left_to_it():
    found = dyads("Togo expressed concern over the Ghanaian troop build-up.")
    assert not any(root == "11" for _, _, root in found)


def test_a_grievance_a_wire_wrote_in_capitals_is_still_one():
    found = dyads("The ministry said Lome was told of Ghanaian Concern that Togolese troops had crossed the river.")
    assert ("GHA", "TGO", "11") in found
