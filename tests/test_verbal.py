"""Attacks in words (events/verbal.py): a person or party attacking a person, party or body
of government criticises it; states, forces and armed groups still fight."""

from __future__ import annotations

import pytest

import newsevents


def codes(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2016-06-05")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events}


@pytest.mark.parametrize("sentence, expected", [
    ("When Joe Biden tried to attack Donald Trump, Japan's sensitivities became collateral damage.",
     ("USA", "USA", "111")),
    ("Tories attack EU asylum moves", ("GBR", "IGO", "111")),
    ("Donald Trump targeted Hillary Clinton in a speech.", ("USA", "USA", "111")),
    # the attack as the object of "launch": words too, not force
    ("Senator Cruz launched a pre-emptive attack against Donald Trump on Sunday, calling him a fraud.",
     ("USA", "USA", "111")),
])
def test_a_politician_attacking_a_person_or_a_body_criticises_it(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Russian troops attacked Ukrainian positions.", ("RUS", "UKR", "190")),
    ("Russia attacked Ukraine.", ("RUS", "UKR", "190")),
    ("Russian jets targeted rebel positions in Idlib.", ("RUS", "SYR", "190")),
    ("Russian troops launched an attack against Ukrainian positions.", ("RUS", "UKR", "190")),
])
def test_states_and_forces_still_fight(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The Bolivian government has charged that the strike by the miners union is part of a left-wing plot.",
    "Egypt charged that Israel had violated the treaty.",
])
def test_a_charge_made_with_a_that_clause_is_an_accusation(sentence):
    found = {code for _, _, code in codes(sentence)}
    assert "112" in found and "173" not in found, found


def test_a_charge_against_people_is_still_legal_action():
    assert "173" in {code for _, _, code in codes("Police charged two Kenyan men with murder.")}
