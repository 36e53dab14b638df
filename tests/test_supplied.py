"""Requests told by who would supply them (events/supplied.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence, event", [
    ("Officials said Kenya had asked if protection for its ships could be provided by French warships.",
     ("KEN", "FRA", "0234")),
    ("The Philippines asked whether emergency loans could be provided by Japan.", ("PHL", "JPN", "0231")),
])
def test_an_asker_appeals_to_the_supplier_of_what_it_asked(sentence, event):
    assert event in events(sentence)


@pytest.mark.parametrize("sentence", [
    "Did Kenya ask if protection could be provided by French warships?",  # a question
    "Kenya asked if the report had been provided by France.",  # a report is nothing a request pattern asks for
    "Reporters asked if Kenya could be provided with French arms.",  # no supplier named by "by"
])
def test_no_appeal_without_a_supplier_and_a_thing_requested(sentence):
    assert not any(code.startswith("02") for _, _, code in events(sentence))
