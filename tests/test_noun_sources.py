"""Whose act a noun names, and what an object word matches (events/noun_sources.py, events/objects.py)."""

from __future__ import annotations

import pytest

from conftest import FAMILY, coded_events, event_reader

events = event_reader("1998-03-10", fields=(*FAMILY, "modality"))


@pytest.mark.parametrize("sentence, doer", [
    ("Nairobi moved to stop the expulsion of Somali refugees.", "KEN"),
    # "halt trade sanctions" is no "halt trade" (objects.OWN_ACTS)
    ("Mexico tried to halt U.S. trade sanctions.", "MEX"),
])
def test_an_act_the_subject_stops_is_not_its_own(sentence, doer):
    assert not any(s == doer and code in ("16", "17") for s, _, code, _ in events(sentence))


@pytest.mark.parametrize("sentence, dyad", [
    ("The Cuban minister met Kerry at the State Department, the first visit by a Cuban foreign minister to "
     "Washington since 1959.", ("CUB", "USA", "04")),
    ("The Chilean president met Morales in La Paz - the first visit by a Chilean leader to Bolivia in a decade.",
     ("CHL", "BOL", "04")),
])
def test_a_visit_that_sums_up_the_clause_before_it_took_place_too(sentence, dyad):
    found = {e[:3] for e in events(sentence)}
    assert dyad in found
    trips = [e for e in coded_events(sentence, "1998-03-10") if e["code"] == "042"]
    assert trips


@pytest.mark.parametrize("sentence", [
    "Kenyan forces beat back the latest Ugandan thrusts near the border.",  # twenty-seventh session, E
    "Kenyan troops repulsed heavy Ugandan attacks near the border.",
])
def test_an_attack_beaten_back_is_its_doers_on_who_beats_it_back(sentence):
    found = events(sentence)
    assert ("UGA", "KEN", "19", "asserted") in found and ("KEN", "UGA", "19", "asserted") in found


# session 32, P: an accusation its verb's subject only comes back to, talks about or looks into is another's
@pytest.mark.parametrize("sentence, subject", [
    ("At the briefing, Ghanaian reporters kept returning to the accusations of Togolese meddling in the vote.", "GHA"),
    ("A Kenyan parliamentary panel will examine the charges of Ugandan spying next week.", "KEN"),
])
def test_an_accusation_only_revisited_is_not_the_subjects(sentence, subject):
    assert not any(s == subject and code == "11" for s, _, code, _ in events(sentence))


def test_an_accusation_the_subject_makes_stays_its_own():
    assert ("KEN", "UGA", "11", "asserted") in events("Kenya leveled accusations of spying against Uganda.")
