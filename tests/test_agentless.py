"""Acts of force told in the passive with no doer, their doer taken from the story (events/agentless.py)."""

from __future__ import annotations

from conftest import FAMILY, coded_events, event_reader

events = event_reader("1995-05-02", fields=FAMILY)


def test_a_passive_attack_is_the_doer_the_story_named_for_that_target():
    text = ("Croatian forces attacked Serbian positions near Okucani on Monday.\n\n"
            "Serbian positions near Pakrac were shelled again on Tuesday, witnesses said.")
    found = coded_events(text, "1995-05-02")
    second = [e for e in found if e["sentence"].startswith("Serbian positions near Pakrac")]
    assert second and all(e["source"][:3] == "HRV" and e["target"][:3] == "SRB" for e in second)


def test_a_passive_attack_with_no_doer_in_the_story_stays_uncoded():
    assert not events("Serbian positions near Pakrac were shelled on Tuesday, witnesses said.")


def test_two_states_that_attacked_the_target_leave_the_doer_unsaid():
    text = ("Croatian artillery shelled Serbian positions on Monday. Bosnian troops shelled Serbian positions too.\n\n"
            "Serbian positions near Pakrac were shelled again on Tuesday.")
    found = coded_events(text, "1995-05-02")
    assert not [e for e in found if e["sentence"].startswith("Serbian positions near Pakrac")]
