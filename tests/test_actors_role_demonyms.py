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
