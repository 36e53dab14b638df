"""Session 17 (issue #11's actors): a known person's name as an encyclopaedia writes it, with middle names
between the given name and the surname (``actors/names.py``). Strings written for these tests, not taken
from the check lists."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_phrase


@pytest.mark.model
@pytest.mark.parametrize(("text", "date", "code", "name"), [
    ("Angela Dorothea Merkel", "2012-01-01", "DEUGOV", "Angela Merkel"),
    ("Dilma Vana Rousseff", "2012-01-01", "BRAGOV", "Dilma Rousseff"),        # her given name is a known name too
    ("Jacob Gedleyihlekisa Zuma said on Monday", "2012-01-01", "ZAFGOV", "Jacob Zuma"),
])
def test_middle_names_between_a_known_given_name_and_surname(lexicon, text, date, code, name):
    got = resolve_phrase(text, date, lexicon=lexicon)
    assert (got["code"], got["name"]) == (code, name), got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Anna Maria Merkel",       # another given name first: a namesake
    "Gerhard Stoltenberg",
])
def test_another_given_name_is_still_a_namesake(lexicon, text):
    assert resolve_phrase(text, "2012-01-01", lexicon=lexicon)["country"] is None
