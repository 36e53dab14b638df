"""An act whose infinitive is done to a thing is aimed at no party of the story (events/thing_done.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader

dyads = event_reader(fields=FAMILY, title=None)


STORY = ("Border talks\n\nIndia and Pakistan held talks on the border on Monday. India accused Pakistan of "
         "shelling its posts, and Pakistan accused India of a raid.\n\n")


def test_an_agreement_to_cut_its_own_output_is_aimed_at_no_one():
    found = dyads(STORY + "Separately, Norway agreed to cut its oil production by five percent.")
    assert not any(s == "NOR" for s, _, _ in found)


def test_a_promise_to_pay_more_for_a_good_is_aimed_at_no_one():
    found = dyads(STORY + "Australia agreed to pay more for iron ore.")
    assert not any(s == "AUS" for s, _, _ in found)


def test_an_offer_to_host_talks_still_goes_to_the_pair():
    found = dyads(STORY + "Norway offered to host talks.")
    assert {("NOR", "IND", "03"), ("NOR", "PAK", "03")} <= found


def test_a_deed_done_to_a_thing_of_a_party_still_names_it():
    found = dyads(STORY + "Norway agreed to cut the aid it sends to Pakistan.")
    assert not any(s == "NOR" and t == "IND" for s, t, _ in found)


def test_a_verb_sharing_its_conjuncts_object_names_no_party():
    assert not any(s == "NOR" for s, _, _ in dyads(STORY + "Norway said it condemned and prohibited torture."))
    assert not any(s == "NOR" for s, _, _ in dyads(STORY + "Norway criticised and rejected the report."))


def test_a_statement_issued_by_a_party_is_aimed_at_no_one():
    found = dyads(STORY + '"This is a fair price," a statement issued by the Norwegian government said.')
    assert not any(s == "NOR" for s, _, _ in found)


def test_a_participle_on_a_noun_naming_a_party_keeps_its_target():
    found = dyads(STORY + "Norway offered to host talks. The talks offered by Norway were welcomed.")
    assert {("NOR", "IND", "03"), ("NOR", "PAK", "03")} <= found
