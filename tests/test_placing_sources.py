"""Placing an event's source where the sentence leaves it (events/placing.py), twentieth session: being forced
by events is no authority's act, and a bare "the government" is of the one state its paragraph names.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events


@pytest.mark.parametrize("sentence", [
    "The firm was forced into bankruptcy in Texas.",
    "The band were forced to cut short their show in Sheffield.",
])
def test_being_forced_by_events_is_no_authority_s_coercion(sentence):
    events = coded_events(sentence, "2005-02-01")
    assert not any(e["root"] == "17" for e in events), [(e["source"], e["target"], e["code"]) for e in events]


def test_a_passive_arrest_is_still_the_authorities_where_it_happened():
    events = coded_events("Two Britons were arrested in Dubai.", "2005-02-01")
    assert any(e["source"] == "ARE" and e["code"] == "173" for e in events)


def test_the_government_is_of_the_one_state_its_paragraph_names_not_the_storys():
    # Peru is the story's most-named state; the paragraph turns to Bolivia
    text = ("Peru's president met Peruvian farmers in Lima. Peru said the talks went well. Peru's army "
            "patrolled Peru's border. Peru's foreign minister praised the army.\n\n"
            "In Bolivia, miners marched through La Paz on Sunday. The government arrested 40 miners on Monday.")
    events = coded_events(text, "2021-03-10")
    arrests = [e for e in events if "arrested" in e["sentence"]]
    assert arrests and all(e["source"].startswith("BOL") for e in arrests)
