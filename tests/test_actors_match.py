"""Matching lexicon names as news writes them (actors/match.py). Strings written for these tests."""

from __future__ import annotations

from newsevents.actors import resolve_phrase


def test_an_acronym_written_with_full_stops_is_the_acronym(lexicon):
    # session 16: papers that write "the F.B.I." and "the C.I.A." (the dictionaries know FBI, CIA)
    assert resolve_phrase("the F.B.I.", "2016-05-01", lexicon=lexicon)["code"] == "USACOP"
    assert resolve_phrase("a C.I.A. analyst", "2016-05-01", lexicon=lexicon)["country"] == "USA"


def test_initials_in_a_name_are_no_acronym(lexicon):
    assert resolve_phrase("the fbi", "2016-05-01", lexicon=lexicon)["code"] is None  # acronyms as written
    assert resolve_phrase("J.R. Hollis", "2016-05-01", lexicon=lexicon)["country"] is None


def test_a_party_acronym_is_not_read_from_full_stops(lexicon):
    # the audit of unseen articles: "he does not support T.P.P." (the trade pact) was Tonga's People's Party
    assert resolve_phrase("the T.P.P.", "2016-01-30", lexicon=lexicon)["code"] is None
