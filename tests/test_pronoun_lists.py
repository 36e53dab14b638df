"""Plural pronouns whose antecedent is a list of states stand for each state (events/pronoun_lists.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader

dyads = event_reader("2017-06-05", fields=FAMILY, title=None)


def test_pronoun_lists_them_after_a_subject_list_in_the_sentence_before_is_each_state():
    found = dyads("Pact\n\nKenya and Uganda signed a trade pact on Monday. Tanzania praised them.")
    assert {("TZA", "KEN", "05"), ("TZA", "UGA", "05")} <= found


def test_pronoun_lists_they_as_subject_after_a_list_is_each_state():
    found = dyads("Coup\n\nGhana and Senegal condemned the coup in Mali. They urged Mali to hold elections.")
    assert {("GHA", "MLI", "02"), ("SEN", "MLI", "02")} <= found


def test_pronoun_lists_them_after_a_list_in_the_same_sentence_is_each_state():
    found = dyads("Arms\n\nThe Kenyan leader met the presidents of Uganda and Rwanda and accused them of "
                  "arming rebels.")
    assert {("KEN", "UGA", "11"), ("KEN", "RWA", "11")} <= found


def test_pronoun_lists_a_nearer_plural_noun_is_the_antecedent_not_the_list():
    found = dyads("Pact\n\nKenya and Uganda signed a trade pact. The rebels said they would attack Tanzania.")
    assert not any(source in ("KEN", "UGA") and code in ("13", "18", "19") for source, _, code in found)


def test_pronoun_lists_a_clause_one_other_party_reports_is_not_the_list():
    found = dyads("Pact\n\nKenya and Uganda signed a trade pact. Tanzania said they would sue Rwanda.")
    assert not any(source in ("KEN", "UGA") and target == "RWA" for source, target, _ in found)


def test_pronoun_lists_a_visit_to_them_is_a_visit_to_each_state():
    found = dyads("Oil\n\nNorway and Egypt agreed to cut output by restraining exports after Saudi Oil Minister "
                  "Hisham Nazer visited them.")
    assert {("SAU", "NOR", "04"), ("SAU", "EGY", "04")} <= found


def test_pronoun_lists_a_nearer_plural_actor_is_the_antecedent_not_the_list():
    found = dyads("Aid\n\nKenya and Uganda sent aid to the rebels. Tanzania praised them.")
    assert ("TZA", "KEN", "05") not in found
