"""A joint act done with a party is that party's act too (events/together.py, constructions.tsv together)."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


@pytest.mark.parametrize("sentence, pair, code", [
    ("Kenya signed a border agreement with Uganda on Monday.", ("KEN", "UGA"), "057"),
    ("Chile reached a fishing deal with Peru after two years of talks.", ("CHL", "PER"), "057"),
    ("Finland held naval drills with Sweden in the Baltic.", ("FIN", "SWE"), "062"),
])
def test_an_agreement_or_drill_with_a_party_is_done_by_both(sentence, pair, code):
    found = dyads(sentence)
    assert (pair[0], pair[1], code) in found
    assert (pair[1], pair[0], code) in found


@pytest.mark.parametrize("sentence, doer, party", [
    ("Chile hopes to sign a fishing deal with Peru next year.", "CHL", "PER"),  # intended
    ("Chile refused to sign a fishing deal with Peru.", "CHL", "PER"),  # refused
    ("Chilean firms are seeking a fishing deal with Peru.", "CHL", "PER"),  # a noun, sought
    ("Chile held talks with Peru on Monday.", "CHL", "PER"),  # talks stay one way
])
def test_what_is_not_done_together_stays_one_way(sentence, doer, party):
    assert not any(source == party and target == doer for source, target, _ in dyads(sentence))


@pytest.mark.parametrize("sentence, host, guests", [
    ("Obama held a joint meeting with Japanese Prime Minister Shinzo Abe and South Korean President Park Geun Hye.",
     "USA", ("JPN", "KOR")),
    ("Kerry held trilateral talks with Afghanistan and Pakistan on Monday.", "USA", ("AFG", "PAK")),
])
def test_a_joint_meeting_with_two_parties_is_also_theirs_with_each_other(sentence, host, guests):
    found = dyads(sentence)
    one, other = guests
    assert {(host, one, "040"), (host, other, "040"), (one, other, "040"), (other, one, "040")} <= found


def test_a_meeting_with_two_parties_not_called_joint_stays_the_hosts():
    found = dyads("Kerry held talks with Afghanistan and Pakistan on Monday.")
    assert ("AFG", "PAK", "040") not in found and ("PAK", "AFG", "040") not in found


@pytest.mark.parametrize("sentence", [
    "Chile said it was ready to continue trade talks with Peru despite the dispute.",
    "Chile hopes to continue its talks with Peru.",
    "Chile hopes to conclude its talks with Peru by March.",
    "Chile and Peru expect to conclude the talks by March.",
])
def test_talks_a_party_continues_are_going_on_both_ways(sentence):
    found = dyads(sentence)
    assert {("CHL", "PER", "046"), ("PER", "CHL", "046")} <= found


def test_talks_a_party_will_not_continue_are_no_talks_both_ways():
    assert not any(code == "046" for _, _, code in dyads("Chile said it would not continue talks with Peru."))


def test_states_that_discuss_something_together_consult_each_other():
    found = dyads("Chilean and Peruvian officials discussed the fishing dispute in Lima.")
    assert ("PER", "CHL", "040") in found and any(s == "CHL" and t == "PER" and c == "040" for s, t, c in found)
    assert ("CHL", "PER", "036") in dyads("Chile and Peru will discuss the fishing dispute next week.")


def test_one_state_discussing_a_thing_consults_no_one():
    assert not any(code.startswith("04") for _, _, code in dyads("Chile discussed the Peruvian fishing dispute."))
