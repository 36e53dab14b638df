"""A promise of harm is a threat (events/vows.py), on sentences we wrote."""

from __future__ import annotations

from conftest import event_reader

codes = event_reader("2016-04-14", negated=False)


def test_a_vow_to_punish_is_a_threat():
    assert codes("The Turkish president vowed to punish Greece.") == {("TUR", "GRC", "130")}


def test_a_pledge_to_silence_is_a_threat():
    assert ("VEN", "COL", "130") in codes("The Venezuelan president pledged to penalize Colombian exporters.")


def test_a_vow_of_cooperation_stays_a_promise_and_a_patterned_act_its_own_code():
    assert codes("Iran vowed to cooperate with the IAEA.") == {("IRN", "IGO", "031")}
    assert codes("Iran vowed to attack Israel.") == {("IRN", "ISR", "138")}


def test_a_vow_to_keep_up_force_is_a_threat_of_force():  # twenty-seventh session, E
    assert ("KEN", "UGA", "138") in codes("Kenya vowed to keep up its air raids on Uganda until the rebels surrender.")
    assert ("KEN", "UGA", "138") in codes("The Kenyan army pledged to continue the offensive against Uganda.")


def test_a_vow_to_keep_up_words_stays_a_promise():
    assert not any(code.startswith("13") for _, _, code in codes("Kenya vowed to keep up the talks with Uganda."))


def test_a_vow_to_answer_with_force_is_a_threat():  # twenty-ninth session, S
    assert ("IRN", "USA", "130") in codes("Iran vowed to respond firmly to any American attack.")
    assert ("PAK", "IND", "130") in codes("Pakistan pledged to react strongly to Indian aggression.")
    assert ("SYR", "ISR", "138") in codes("Syria promised retaliation against Israel.")


def test_a_vow_to_answer_without_force_stays_a_promise():
    assert ("IRN", "USA", "130") not in codes("Iran vowed to respond to the American proposal within a week.")
    quick = codes("Japan pledged to react quickly to the American request.")
    assert not any(code.startswith("13") for _, _, code in quick)
    assert ("IRN", "USA", "138") in codes("Iran vowed to retaliate against the United States.")  # its own row
