"""Rallies that are no protest (events/rallies.py)."""

from __future__ import annotations

import pytest

from conftest import event_reader
from newsevents.events import load_rules
from newsevents.events.frames import match_pattern
from newsevents.events.rallies import no_protest_rally
from newsevents.model import Mention
from newsevents.parse import load_model

dyads = event_reader("2016-05-10", negated=False)


def politician(token):
    """actor_of for the unit tests: the names and pronouns are a US candidate, nothing else is an actor."""
    if token.lower_ in ("trump", "pelosi", "his", "her", "she", "he"):
        return Mention(token.text, 0, 0, "USAELI", "pronoun" if token.pos_ == "PRON" else "person")
    return None


def rally_is_no_protest(sentence: str, word: str) -> bool:
    doc = load_model()(sentence)
    token = next(t for t in doc if t.text == word)
    pattern = match_pattern(token, load_rules())
    assert pattern is not None and pattern.code.startswith("14")
    return no_protest_rally(token, pattern, politician)


def test_a_candidates_rally_is_no_protest():
    assert not any(code.startswith("14") for _, _, code in dyads("On Tuesday Donald Trump held a rally in Phoenix."))
    assert rally_is_no_protest("Thousands attended Trump's rally in Phoenix on Tuesday.", "rally")


def test_rallying_ones_people_is_no_protest():
    assert rally_is_no_protest("Pelosi is rallying her lawmakers against the Republican bill.", "rallying")
    assert rally_is_no_protest("Trump is rallying delegates against the rules change.", "rallying")


@pytest.mark.parametrize("sentence, expected", [
    ("Tens of thousands of Hungarians rallied in Budapest on Sunday.", ("HUN", "HUN", "141")),
    ("Opposition leader Raila Odinga held a rally in Nairobi on Sunday.", ("KEN", "KEN", "141")),
    ("Donald Trump held a rally against the Iran deal outside the Capitol.", ("USA", "IRN", "141")),
    ("Thousands of Hungarians rallied outside parliament in Budapest against the new law.", ("HUN", "HUN", "141")),
])
def test_a_crowds_or_the_oppositions_rally_stays_a_protest(sentence, expected):
    assert expected in dyads(sentence, "2015-09-10")
