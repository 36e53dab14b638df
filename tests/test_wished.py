"""Acts wished of a party (events/wished.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence, party", [
    ('"We want the Ugandan government to release these men," the Kenyan minister said.', "UGA"),
    ("Ghana wants Togo to close its border to the rebels and join the fight against them.", "TGO"),
    ("Ghana wants Togo to expel the rebels and attack their camps.", "TGO"),
    ("Peru hopes Chile will sign the trade pact with Bolivia.", "CHL"),
    ("Japan would like China to hold talks with Vietnam.", "CHN"),
])
def test_what_a_party_is_wished_to_do_is_no_act_of_it(sentence, party):
    assert not any(source == party for source, _, _ in events(sentence))


@pytest.mark.parametrize("sentence, event", [
    ("Britain hopes it will reach a deal with Norway.", ("GBR", "NOR", "03")),  # its own act: an intent
    ("Ghana wants to meet Togo next week.", ("GHA", "TGO", "03")),
])
def test_a_partys_hope_for_its_own_act_is_its_intent(sentence, event):
    assert any((s, t, code[:2]) == event for s, t, code in events(sentence))


@pytest.mark.parametrize("sentence, event", [
    ("Ghana wants Togo to close its border to the rebels.", ("GHA", "TGO", "020")),
    ("Peru hopes Chile will sign the trade pact with Bolivia.", ("PER", "CHL", "020")),
    ("Nairobi wants Kampala to expel the rebel leaders.", ("KEN", "UGA", "020")),
])
def test_a_state_that_wants_another_to_act_appeals_to_it(sentence, event):
    assert event in events(sentence)


@pytest.mark.parametrize("sentence", [
    "Ghana does not want Togo to close its border.",  # no appeal
    "Peru hopes Chile will be a good partner.",  # no deed
    "Russia wants Ukraine to fail.",  # a fortune wished, no deed asked
    '"We want Togo to close its border," the Ghanaian minister said.',  # a pronoun's wish: the speaker is unsure
    "Ghana wants its police to close the border.",  # its own side
    "The minister hopes the weather will improve.",
])
def test_no_appeal_without_two_named_states_and_a_deed(sentence):
    assert not any(code.startswith("02") for _, _, code in events(sentence))
