"""Attacks in words (events/verbal.py): a person or party attacking a person, party or body
of government criticises it; states, forces and armed groups still fight."""

from __future__ import annotations

import pytest

from conftest import event_reader, event_tuples

codes = event_reader("2016-06-05")


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


@pytest.mark.parametrize("sentence, expected", [
    ("Hillary Clinton clashed with Senator Ron Johnson over the budget.", ("USA", "USA", "111")),
    ("Donald Trump has clashed with Speaker Paul Ryan over trade.", ("USA", "USA", "111")),
])
def test_one_person_clashing_with_another_is_words(sentence, expected):
    found = codes(sentence)
    assert expected in found and not any(code.startswith("19") for _, _, code in found), found


@pytest.mark.parametrize("sentence, expected", [
    ("Protesters clashed with supporters of Donald Trump outside the arena.", ("USA", "USA", "190")),
    ("Kenyan police clashed with opposition supporters in Kisumu.", ("KEN", "KEN", "190")),
    ("Indian soldiers clashed with Chinese troops in Ladakh.", ("IND", "CHN", "190")),
])
def test_crowds_and_forces_still_clash(sentence, expected):
    assert expected in codes(sentence)


def test_a_crowds_clash_stays_force_whoever_the_source_is():
    # the sources come from the first clause; the clash is the protesters'
    found = codes("The Republican senator and the Democratic congressman discussed the violence that has marred "
                  "Trump's rallies and protesters have clashed with the candidate's supporters.")
    assert not any(code == "111" for _, _, code in found), found


@pytest.mark.parametrize("sentence, expected", [
    ("A Labour donor has attacked Gordon Brown over the feud.", ("GBR", "GBR", "111")),
    ("President Obama said his attack on the Republican Party was fair.", ("USA", "USA", "111")),
])
def test_a_donor_or_a_pronoun_attacking_a_politician_criticises_them(sentence, expected):
    """A donor (DEV) speaks; "his attack on" a party or a candidate is words (twenty-sixth session, E2)."""
    assert expected in codes(sentence)


def test_an_attack_in_words_to_come_is_criticism_to_come_not_a_threat_of_force():
    # thirtieth session: "will attack" was coded as a threat of force (138) and so never read as words
    found = event_tuples("Hillary Clinton said she would attack Donald Trump over his tax returns.", "2016-06-05",
                         fields=("source", "target", "code", "modality"))
    assert ("USA", "USA", "111", "intended") in found
    assert not any(code.startswith("13") for _, _, code, _ in found)
