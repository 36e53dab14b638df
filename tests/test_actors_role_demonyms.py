"""Adjectives that name a state only before a role word (actors/role_demonyms.py, session 18). Strings written
for these tests, not taken from the check lists."""

from __future__ import annotations

from newsevents.actors import resolve_phrase
from newsevents.actors.role_demonyms import role_demonyms


def test_the_table_reads():
    assert role_demonyms()["Soviet"] == "RUS"


def test_before_a_role_word_the_adjective_is_the_state(lexicon):
    assert resolve_phrase("Soviet sailors in the Baltic", "1986-05-01", lexicon=lexicon)["code"] == "RUSMIL"
    assert resolve_phrase("Soviet diplomats", "1988-02-01", lexicon=lexicon)["code"] == "RUSGOV"
    assert resolve_phrase("a Soviet deputy minister", "1988-02-01", lexicon=lexicon)["code"] == "RUSGOV"


def test_elsewhere_the_adjective_is_no_actor(lexicon):
    assert resolve_phrase("the former Soviet republic of Armenia", "1995-01-01", lexicon=lexicon)["country"] == "ARM"
    assert resolve_phrase("Soviet-era factories", "2005-01-01", lexicon=lexicon)["code"] is None


def test_a_movement_or_regime_adjective_before_a_role_word_is_its_state(lexicon):
    assert resolve_phrase("the Sandinista army", "1986-05-01", lexicon=lexicon)["code"] == "NICMIL"
    assert resolve_phrase("Contra guerrillas", "1986-05-01", lexicon=lexicon)["code"] == "NICREB"
    assert resolve_phrase("Zapatista fighters in Chiapas", "1995-03-01", lexicon=lexicon)["country"] == "MEX"
    assert resolve_phrase("the apartheid regime", "1987-03-01", lexicon=lexicon)["code"] == "ZAFGOV"
    assert resolve_phrase("the Contra affair", "1987-03-01", lexicon=lexicon)["code"] is None
