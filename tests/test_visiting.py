"""A visitor named by its state (events/visiting.py)."""

from __future__ import annotations

from conftest import event_reader

triples = event_reader()


def test_the_visiting_party_visits_the_other_state_of_its_sentence():
    found = triples("Beside the visiting Ghanaian President, Kenyan President Uhuru Kenyatta praised the deal.")
    assert ("GHA", "KEN", "042") in found


def test_no_visit_when_the_sentence_names_two_other_states():
    found = triples("The visiting Ghanaian minister spoke of Kenya and Uganda.")
    assert not any(code == "042" for _, _, code in found)


def test_a_state_named_only_inside_quotation_marks_is_no_host():
    found = triples('The visiting Ghanaian minister said: "Kenya must act."')
    assert not any(code == "042" for _, _, code in found)


def test_a_news_outlet_reporting_the_visit_is_no_host():
    found = triples("Ghana Radio quoted President Akufo-Addo telling a visiting Kenyan delegation that trade "
                    "would grow.")
    assert ("KEN", "GHA", "042") in found
