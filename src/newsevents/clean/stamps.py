"""A page's date stamp, known by its words rather than by one pattern per wording (issue #10, twenty-third session).

Sites print when a page went up or changed in many wordings: "Updated about 2 hours ago", "This was published 3
hours ago", "Last update on: Sun May 17, 2026 09:02 PM", "Posted Thu 20 Aug 2026 at 5:58pm", "Published: 03 Jul
2026 - 10:05 pm | Last updated: …". The lexicon's date-line patterns each know a few of them; a new site brings a new
one. Here a line is a stamp when every word of it is a date's or a stamp's (``data/clean/date_stamp_words.tsv``), a
number or a clock time, with a date or time in it and a verb saying what happened to the page (published, updated,
posted, ago). A bare date is not taken (a timeline's or a diary's entry), nor a line with any other word ("Updated
figures for March 2026").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.resources import data_path, read_tsv

MAX_WORDS = 24
TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?(?:[:.]\d{2})*(?:\s?[ap]\.?m\b\.?)?|[ap]\.m\.|[a-z]+|[^\s\w]")
CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})+(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?")
MERIDIEM = frozenset({"a.m.", "p.m."})
YEAR = re.compile(r"(?:19|20)\d\d")
NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?|\d+[a-z]{1,2}")  # "17", "3rd", "1d", "2h"
DATE_CLASSES = frozenset({"month", "day"})


@lru_cache(maxsize=1)
def stamp_words() -> dict[str, str]:
    """Each word of ``data/clean/date_stamp_words.tsv`` with its class (month, day, zone, unit, verb, filler)."""
    return {word: kind for _, (word, kind, _note) in read_tsv(data_path("clean", "date_stamp_words.tsv"), columns=3)}


def date_stamp(line: str) -> bool:
    """Whether ``line`` is only a date stamp: stamp words, numbers and clock times, a date or time, a stamp verb."""
    lowered = line.strip().lower()
    if not lowered or len(lowered.split()) > MAX_WORDS or not any(ch.isdigit() for ch in lowered) \
            and "ago" not in lowered:
        return False
    words = stamp_words()
    dated = verb = False
    for token in TOKEN.findall(lowered):
        if not token[0].isalnum():
            continue  # punctuation: "|", "—", "(", ":", "•"
        kind = "zone" if token in MERIDIEM else words.get(token.rstrip("."))
        if kind in DATE_CLASSES or CLOCK.fullmatch(token) or YEAR.fullmatch(token):
            dated = True
        elif kind == "verb":
            verb = True
            dated = dated or token == "ago"
        elif kind is None and not NUMBER.fullmatch(token):
            return False
    return dated and verb
