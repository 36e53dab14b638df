"""Acts of the story's pair told as nouns of their own doer with no target (events/pair_deeds.py)."""

from __future__ import annotations

from conftest import coded_events

STORY = ("Chile and Peru are in a bitter row over fishing rights. Chile's trade minister accused Peru of breaking "
         "the accord, and Peru rejected the charge. ")


def coded(text: str, root: str, last: str = "") -> set[tuple[str, str]]:
    """The dyads of ``root`` coded from ``text`` (only from its sentence ``last``, when given)."""
    events = coded_events(text + last, "2021-03-10")
    return {(e["source"][:3], (e["target"] or "---")[:3]) for e in events
            if e["code"].startswith(root) and e["modality"] != "negated" and e["sentence"].startswith(last)}


def test_a_threat_of_one_of_the_pair_is_aimed_at_the_other():
    assert ("CHL", "PER") in coded(STORY + "The Chilean threats have hardened opinion in Lima.", "13")


def test_criticism_of_one_of_the_pair_is_aimed_at_the_other():
    assert ("PER", "CHL") in coded(STORY + "Peruvian criticism has embarrassed the fishing ministry.", "11")


def test_a_deed_that_may_not_come_is_no_event():
    assert ("CHL", "PER") not in coded(STORY + "Exporters hope to avoid Chilean sanctions this year.", "16")


def test_a_deed_in_general_is_no_event():
    assert ("CHL", "PER") not in coded(STORY + "Any Chilean threat would harden opinion in Lima.", "13")


def test_without_a_story_pair_no_target_is_given():
    assert not coded("The Chilean threats have hardened opinion among exporters.", "13")


WAR = ("Iraq and Iran fought on along the border this week. Iraqi warplanes bombed Iranian oil sites on Monday, and "
       "Iran shelled the Iraqi port of Basra. ")


def test_an_attack_of_one_of_the_pair_is_aimed_at_the_other():
    assert ("IRQ", "IRN") in coded(WAR, "19", "The last confirmed Iraqi attack took place on March 8.")


def test_a_war_between_the_two_is_no_deed_of_one():
    assert not coded(WAR, "19", "Officials said the fleet had nothing to do with the Iran-Iraq war.")


def test_attacks_guarded_against_are_no_deed():
    guarded = "The buildup ties in with plans to give the tankers naval protection against Iranian attacks."
    assert not coded(WAR, "19", guarded) and not coded(WAR, "13", guarded)
