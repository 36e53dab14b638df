"""Acronyms a story spells out (actors/defined_acronyms.py), on sentences we wrote."""

from __future__ import annotations

from functools import partial

from conftest import actor_codes
from newsevents.actors.defined_acronyms import acronyms_spelled

codes = partial(actor_codes, date="2004-06-01")


def test_an_acronym_is_spelled_out_by_the_capitals_before_its_bracket():
    spelled = acronyms_spelled("Talks with the Financial Services Authority (FSA) and the Liberation Tigers of "
                               "Tamil Eelam (LTTE) went on; the (UN) said.")
    assert {acronym: words for acronym, (_, _, words) in spelled.items()} == {
        "FSA": "Financial Services Authority", "LTTE": "Liberation Tigers of Tamil Eelam"}


def test_letters_another_body_bears_in_the_dictionary_name_the_body_spelled_out():
    found = codes("Ten banks agreed a settlement with the Financial Services Authority (FSA). "
                  "The FSA said it was satisfied, FSA spokeswoman Jane Doyle said.")
    assert not any(code and code.startswith("SYR") for code in found.values())


def test_the_dictionary_body_spelled_out_keeps_its_code():
    found = codes("The Free Syrian Army (FSA) shelled army posts near Aleppo. The FSA said it held the town.",
                  date="2013-05-01")
    assert found["FSA"] == "SYRREBFSA"


def test_a_story_that_spells_nothing_out_keeps_the_dictionary():
    assert codes("The FSA said its fighters had taken the airbase.", date="2013-05-01")["FSA"] == "SYRREBFSA"
