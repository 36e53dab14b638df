"""entities: the stand-in for the model's NER (issue #13) on small written sentences."""

from __future__ import annotations

import pytest

from newsevents.entities import add_entities
from newsevents.parse import load_model


def ents(text: str) -> list[tuple[str, str]]:
    doc = add_entities(load_model()(text, disable=["ner"]))
    return [(ent.text, ent.label_) for ent in doc.ents]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said on Monday it would respond.", [("Russia", "GPE"), ("Monday", "DATE")]),
    ("Iranian officials met last week.", [("Iranian", "NORP"), ("last week", "DATE")]),
    ("The talks opened on 12 March 2021 in Paris.", [("12 March 2021", "DATE"), ("Paris", "GPE")]),
    ("Prices rose 3 % after a $5 million deal.", [("3 %", "PERCENT"), ("$5 million", "MONEY")]),
    ("Police said 300 people were detained.", [("300", "CARDINAL")]),
])
def test_dictionary_dates_and_shapes(text, expected):
    assert ents(text) == expected


def test_a_title_is_left_out_of_a_name():
    assert ("Alan Kestrel", "PERSON") in ents("Foreign Minister Alan Kestrel arrived in Cairo.")


def test_organisation_looking_runs_are_org():
    assert ("Human Rights Watch", "ORG") in ents("The report by Human Rights Watch was published.")
    assert ("Ministry of Water Resources", "ORG") in ents("The Ministry of Water Resources denied it.")


def test_may_alone_is_no_date():
    assert ents("The army may withdraw.") == []


def test_one_name_after_a_title_is_a_person():
    assert ("Alexander", "PERSON") in ents("The bill was written by Mr. Alexander and others.")


def test_a_law_or_a_meeting_is_no_person():
    labels = dict(ents("He spoke about the Affordable Care Act at the Republican National Convention."))
    assert labels.get("Affordable Care Act") != "PERSON"
    assert labels.get("Republican National Convention") != "PERSON"


def test_a_known_surname_alone_is_a_person():
    assert ("Bush", "PERSON") in ents("The Bush administration declared Tuesday that China must drop barriers.")
