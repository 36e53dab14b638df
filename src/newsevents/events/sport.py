"""Sport pages: teams and players named by their country are not states.

An audit of the coder on BBC copy found that most events on sport pages are games ("Wales
twice threatened further scores", "Italy hit back", "Hantuchova set up a clash with
Maleeva"). A page dense in sport words (``data/events/sport_words.tsv``) drops the events
of the codes in ``data/events/sport_codes.tsv`` whose two sides are both named only by a
country, a city, a nationality or a private person of a country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.model import Mention
from newsevents.resources import data_path, read_tsv

MIN_WORDS = 3
MIN_SHARE = 0.007
SHORT = 60  # words: a brief or a headline, where a scoreline and one sport word are a result
TEAM_KINDS = frozenset({"country", "demonym", "city", "capital"})
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
SCORELINE = re.compile(r"(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d,:/-]|\.\d)")  # "won 3-0": a result counts as a sport word


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    return frozenset(word.lower() for _, (word, *_rest) in read_tsv(data_path("events", "sport_words.tsv"),
                                                                      columns=2, optional=1) if word != "word")


@lru_cache(maxsize=1)
def sport_codes() -> tuple[str, ...]:
    from newsevents.events.ontology import code_list

    return code_list("sport_codes.tsv")


def sport_page(text: str) -> bool:
    """At least ``MIN_WORDS`` sport words (a scoreline such as "3-0" counts as one) making at least
    ``MIN_SHARE`` of the page's words; in a text of at most ``SHORT`` words, a scoreline and one more."""
    words = WORD.findall(text.lower())
    scores = len(SCORELINE.findall(text))
    vocabulary = sport_words()
    hits = sum(word in vocabulary for word in words) + scores
    if scores and hits >= 2 and len(words) <= SHORT:
        return True  # a one-sentence item: "Brazil crushed South Korea 4-1 to reach the quarter-finals"
    return hits >= MIN_WORDS and hits >= MIN_SHARE * len(words)


def team_like(mention: Mention | None) -> bool:
    """Named only by a country, a city or a nationality, or a private person of a country."""
    if mention is None:
        return True
    if mention.kind in TEAM_KINDS:
        return True
    return mention.kind == "person" and len(mention.code or "") == 3


def game_event(code: str, source: Mention | None, target: Mention | None) -> bool:
    """An act between two team-like sides, of a code sport reports (on a sport page)."""
    return code.startswith(sport_codes()) and team_like(source) and team_like(target)
