"""Small classes from the thirtieth session (P), sentences we wrote: an act whose object is denied with "no" did
not happen ("clinched no agreements": events/modality.py), and the opposition's front bench ("shadow home secretary")
speaks for the opposition, not the government (data/actors/roles.tsv); the forces one threatens to use are the means,
not the target (thing_targets.own_means)."""

from __future__ import annotations

import pytest

from conftest import event_tuples


@pytest.mark.parametrize("sentence", [
    "Ghana signed no agreements with Togo during the visit.",
    "Ghana offered no concessions to Togo.",
])
def test_an_object_denied_with_no_is_no_act(sentence):
    assert not event_tuples(sentence, "2005-03-01", negated=False)


@pytest.mark.parametrize("sentence, dyad", [
    ("Ghana signed two agreements with Togo during the visit.", ("GHA", "TGO", "057")),
    ("Ghana offered concessions to Togo.", ("GHA", "TGO", "035")),
])
def test_an_object_with_a_number_stays(sentence, dyad):
    assert dyad in event_tuples(sentence, "2005-03-01")


def test_a_shadow_minister_is_the_opposition():
    found = event_tuples("Britain changed its asylum rules on Monday. The shadow home secretary, Ruth Okafor, "
                         "criticised the Home Office over the rules.", "2005-03-01",
                         fields=("source_code", "target_code", "code"))
    assert ("GBROPP", "GBRGOV", "111") in found


def test_the_home_secretary_is_the_government():
    found = event_tuples("Britain changed its asylum rules on Monday. The home secretary, Ruth Okafor, criticised "
                         "the Tories over the rules.", "2005-03-01", fields=("source_code", "code"))
    assert not any(code.endswith("OPP") for code, _ in found)


def test_the_forces_one_threatens_to_use_are_the_means_not_the_target():
    found = event_tuples("The Togolese prime minister threatened to use troops if the strikes went on.", "2005-03-01",
                         fields=("source_code", "target_code", "code"))
    assert not any(target.startswith("TGO") and target.endswith("MIL") for _, target, _ in found)


def test_a_threat_of_force_against_another_state_stays():
    assert ("TGO", "GHA", "130") in event_tuples("Togo threatened to use force against Ghana.", "2005-03-01")


@pytest.mark.parametrize("sentence", [
    "In the new poll the Texas senator and the Ohio governor each have the support of 31 percent of Republicans.",
    "In the poll the Ohio senator had the support of 40 percent of Democrats.",
    "The Ohio senator received support from roughly four in 10 Republicans in Iowa.",
])
def test_support_counted_as_a_share_of_people_is_a_poll(sentence):
    assert not event_tuples(sentence, "2016-03-01", family="05")


def test_support_from_a_party_stays():
    assert ("GHA", "TGO", "051") in event_tuples("Ghana praised the support of Togo for the plan.", "2016-03-01")


def test_support_won_is_the_givers_act():
    found = event_tuples("Kenya won the endorsement of Uganda for its bid to host the summit.", "2016-03-01")
    assert ("UGA", "KEN", "051") in found and ("KEN", "UGA", "051") not in found


def test_support_given_stays_the_givers_act():
    assert ("UGA", "KEN", "051") in event_tuples("Uganda endorsed Kenya's bid to host the summit.", "2016-03-01")
