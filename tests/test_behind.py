"""Accusations told as someone being behind a harmful act (events/behind.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, dyad", [
    ("Kenya said Somalia was behind the bombing of the market.", ("KEN", "SOM", "112")),
    ("Ghana believes Togo was involved in the attack on the border post.", ("GHA", "TGO", "112")),
    ("Togo was behind the shooting, Ghana said.", ("GHA", "TGO", "112")),
])
def test_a_reported_hand_behind_a_harmful_act_is_an_accusation(sentence, dyad):
    assert dyad in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya said Somalia was behind the talks.",  # no harm
    "Kenya said it was behind the bombing campaign against the militants.",  # about itself
])
def test_being_behind_something_harmless_or_owning_it_is_no_accusation(sentence):
    assert not any(code == "112" for _, _, code in dyads(sentence))


@pytest.mark.parametrize("sentence, dyad", [
    ("Syria said Jordan was arming the rebels in the south.", ("SYR", "JOR", "112")),
    ("Baghdad says Tehran funds Shiite militias.", ("IRQ", "IRN", "112")),
])
def test_reported_help_to_an_armed_group_is_an_accusation(sentence, dyad):
    """constructions.tsv reported_arming: help told by another party, given to fighters."""
    assert dyad in dyads(sentence)


def test_reported_help_to_a_state_is_no_accusation():
    assert not any(code == "112" for _, _, code in dyads("Syria said Jordan was helping Lebanon."))


def test_the_help_an_accusation_alleges_is_not_coded_beside_it():
    """"Damascus says Amman arms the rebels": the accusation, not Jordan's help to rebels."""
    found = dyads("Damascus says Amman arms the rebels.")
    assert ("SYR", "JOR", "112") in found
    assert not any(code[:2] in ("05", "06", "07") for _, _, code in found)


US_STORY = "The White House said on Thursday that the United States would respond. "


def test_a_speaker_named_only_by_sector_is_placed_in_the_story_country():
    """"Intelligence officials" name no country: placing puts them in the story's (constructions.reporter)."""
    text = US_STORY + "Intelligence officials believed Russia was involved in the hacking of the servers."
    assert ("USA", "RUS", "112") in dyads(text)


def test_a_speaker_placed_in_the_state_it_accuses_is_no_event():
    """The story is about Russia: its unnamed officials do not accuse Russia (home.placed_onto_its_target)."""
    text = "The United States expelled 35 Russian diplomats on Thursday. " \
           "Intelligence officials believed Russia was involved in the hacking of the servers."
    assert ("RUS", "RUS", "112") not in dyads(text)
