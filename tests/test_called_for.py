"""An act named in the infinitive of a noun of asking is asked for, not done (events/called_for.py)."""

from __future__ import annotations

from conftest import event_reader

counted = event_reader("2016-05-10", fields=("source", "target", "root"), negated=False)


def test_a_call_to_act_is_an_appeal_not_the_act():
    assert counted("Trump renewed his call to expel the Russian diplomats.") == {("USA", "RUS", "02")}
    assert counted("Obama repeated his demand to expel the Russian diplomats.") == {("USA", "RUS", "10")}


def test_the_one_called_on_does_not_act():
    found = counted("Trump renewed his call for Obama to expel the Russian diplomats.")
    assert ("USA", "RUS", "16") not in found and ("USA", "USA", "02") in found


def test_the_verb_and_other_infinitives_keep_their_reading():
    assert counted("Trump called to expel the Russian diplomats.") == {("USA", "RUS", "02")}
    assert ("USA", "RUS", "16") in counted("Obama renewed his decision to expel the Russian diplomats.")
