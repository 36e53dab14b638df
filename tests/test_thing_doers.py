"""Things that do no act: a measure under a modal verb, a law as a passive's agent (events/thing_doers.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader

dyads = event_reader(fields=FAMILY, title=None)


def test_a_measure_that_would_force_a_state_is_no_threat():
    found = dyads("Rates\n\nThe minister said the French interest rate move would force Britain to raise its rates.")
    assert not any(s == "FRA" for s, _, _ in found)


def test_a_state_that_would_force_another_still_threatens():
    found = dyads("Rates\n\nThe minister said France would force Britain to raise its rates.")
    assert ("FRA", "GBR", "13") in found


def test_plans_that_would_appeal_to_voters_are_no_appeal():
    found = dyads("Votes\n\nThe minister said the Canadian government's plans would appeal to Mexican voters.")
    assert not any(c == "02" for _, _, c in found)


def test_a_law_as_a_passive_agent_protects_no_one():
    found = dyads("Press\n\nThe lawyers argue that the reporters are protected by the American constitution.")
    assert not any(c == "07" for _, _, c in found)


def test_troops_as_a_passive_agent_still_protect():
    found = dyads("Press\n\nThe reporters in Kabul were protected by American troops.")
    assert any(s == "USA" and c == "07" for s, _, c in found)


def test_the_one_an_act_was_done_to_does_not_do_what_it_caused():
    found = dyads("Spies\n\nThe arrest of two Russian spies has eased tensions with Britain.")
    assert not any(s == "RUS" for s, _, _ in found)


def test_a_named_doer_of_an_act_noun_still_counts():
    found = dyads("Sailors\n\nBritain demanded the release of the Russian sailors.")
    assert any(s == "GBR" and t == "RUS" for s, t, _ in found)
