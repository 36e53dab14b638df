"""Groups named by number ("the four countries", "the two leaders") stand for the states the
story listed before (events/groups.py)."""

from __future__ import annotations

import newsevents


def dyads(text: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(text, date="2017-06-05")["events"]
    return {(e["source"][:3], e["target"][:3], e["code"][:2]) for e in events}


def test_groups_a_numbered_group_is_the_last_list_of_that_many_states():
    found = dyads("Rift\n\nSaudi Arabia, the United Arab Emirates, Egypt and Bahrain cut ties with Qatar. "
                  "The four countries accused Qatar of supporting terrorism.")
    assert {("SAU", "QAT", "11"), ("ARE", "QAT", "11"), ("EGY", "QAT", "11"), ("BHR", "QAT", "11")} <= found


def test_groups_two_leaders_acting_together_act_on_each_other():
    found = dyads("Summit\n\nEthiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in Asmara. "
                  "The two leaders agreed to increase pressure on Somalia.")
    assert {("ETH", "ERI", "03"), ("ERI", "ETH", "03")} <= found


def test_groups_a_number_with_no_list_of_that_size_is_no_one():
    found = dyads("Rift\n\nSaudi Arabia and Egypt cut ties with Qatar. The four countries accused Qatar of lying.")
    assert not any(code == "11" for _, _, code in found)


def test_groups_a_numbered_object_is_each_state_of_the_list():
    found = dyads("Dam\n\nEthiopia, Egypt and Sudan held talks in Kinshasa. "
                  "Later the United States urged the three countries to reach an agreement.")
    assert {("USA", "ETH", "02"), ("USA", "EGY", "02"), ("USA", "SDN", "02")} <= found
