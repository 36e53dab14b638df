"""A page's date stamp, known by its words rather than by one pattern per wording (issue #10, twenty-third session).

Sites print when a page went up or changed in many wordings: "Updated about 2 hours ago", "This was published 3
hours ago", "Last update on: Sun May 17, 2026 09:02 PM", "Posted Thu 20 Aug 2026 at 5:58pm", "Published: 03 Jul
2026 - 10:05 pm | Last updated: …". The lexicon's date-line patterns each know a few of them; a new site brings a new
one. Here a line is a stamp when every word of it is a date's or a stamp's (``data/clean/date_stamp_words.tsv``), a
number or a clock time, with a date or time in it and a verb saying what happened to the page (published, updated,
posted, ago), not a line with any other word ("Updated figures for March 2026"). A bare date is one too
(``bare_date_stamp``: "12 January 2026", "Friday, 16 October 2026", "Sun May 17, 2026 08:35 PM", as the lexicon
already took "March 3, 2016"); a timeline's dates are given back after (``structure.timeline_dates``).
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
CALENDAR_YEAR = re.compile(r"(?:1[34]|19|20)\d\d")  # Hijri 1447, Persian 1404, Nepali 2082 beside a calendar's month
NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?|\d+[a-z]{1,2}")  # "17", "3rd", "1d", "2h"
DATE_CLASSES = frozenset({"month", "day", "calendar"})
RELATIVE_DAYS = frozenset({"today", "yesterday"})
# A time zone's abbreviation the word list does not name, by its shape in the line as printed (twenty-seventh
# session): two to four capitals ending in T ("MYT", "GST", "NZST", "WITA" aside).
ZONE_SHAPE = re.compile(r"\b[A-Z]{1,3}T\b")


def zone_words(line: str) -> frozenset[str]:
    """The line's words shaped like a time zone's abbreviation, lower-cased as the tokens are."""
    return frozenset(word.lower() for word in ZONE_SHAPE.findall(line))


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
    zones = zone_words(line)
    dated = verb = False
    for token in TOKEN.findall(lowered):
        if not token[0].isalnum():
            continue  # punctuation: "|", "—", "(", ":", "•"
        kind = "zone" if token in MERIDIEM or token in zones else words.get(token.rstrip("."))
        if kind in DATE_CLASSES or CLOCK.fullmatch(token) or YEAR.fullmatch(token):
            dated = True
        elif kind == "verb":
            verb = True
            dated = dated or token == "ago"
        elif kind is None and not NUMBER.fullmatch(token):
            return False
    return dated and verb


BARE_MAX_WORDS = 10
# A date in numbers, day or month first, with its weekday or clock time (twenty-fifth session): "19/03/2026",
# "Thu 02.05.2026", "07-05-2026, 10:42".
NUMERIC_DATE = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d"
                          r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?$")


def bare_date_stamp(line: str) -> bool:
    """Whether ``line`` is one date alone: a month's name and a year, or a weekday and a clock time, with numbers,
    zones and "at"/"on" only (no verb needed; "29 November 2018 | 20 January 2019", a range, is not one date)."""
    lowered = line.strip().lower()
    if not lowered or len(lowered.split()) > BARE_MAX_WORDS or not any(ch.isdigit() for ch in lowered):
        return False
    if lowered.endswith(".") and not lowered.endswith(("a.m.", "p.m.")):
        return False  # a signed document's date ("THE WHITE HOUSE, / October 13, 2016."), as the lexicon keeps it
    words = stamp_words()
    if NUMERIC_DATE.match(lowered):
        return True
    months = weekdays = years = clocks = 0
    zones = zone_words(line)
    other_calendar = any(words.get(token) == "calendar" for token in TOKEN.findall(lowered))
    for token in TOKEN.findall(lowered):
        if not token[0].isalnum():
            continue
        kind = "zone" if token in MERIDIEM or token in zones else words.get(token.rstrip("."))
        if kind in ("month", "calendar"):
            months += 1
        elif kind == "day" and token not in RELATIVE_DAYS:
            weekdays += 1
        elif CLOCK.fullmatch(token):
            clocks += 1
        elif (CALENDAR_YEAR if other_calendar else YEAR).fullmatch(token):
            years += 1
        elif not (kind == "zone" or token in ("at", "on") or kind is None and NUMBER.fullmatch(token)):
            return False
    return (months == 1 and years == 1) or (weekdays == 1 and clocks == 1 and months <= 1)


STAMP_PARTS = re.compile(r"\s+[|●•·—–]\s+|\s*[|●•·]\s*")
DAY_NUMBER = re.compile(r"(?<![\d:.])\d{1,2}(?:st|nd|rd|th)?(?![\d:.])")
ISSUE = re.compile(r"^(?:issue|edition|vol\.?|volume|no\.?|number)\s*(?:#|no\.?)?\s*\d+$",  # "Issue 412", "Issue #212"
                   re.IGNORECASE)
LABEL_MAX_WORDS = 4


def labelled_date_stamp(line: str) -> bool:
    """Whether ``line`` is one bare date set beside a place or an issue's number by a separator ("Jakarta ● Wed,
    March 5, 2025", "Tuesday 11 February 2025 | Issue 412", "LONDON | 3 March 2025"): a page's dateline or a
    newsletter's masthead line (twenty-fourth session). The other parts are capitalised words only (a place, a
    section) or an issue's number; a part with any other word is a sentence's, and the line stays."""
    parts = [part.strip() for part in STAMP_PARTS.split(line.strip()) if part.strip()]
    if not 2 <= len(parts) <= 3:
        return False
    dates = [part for part in parts if bare_date_stamp(part) and DAY_NUMBER.search(part)]  # a day's date, not a month's
    calendars = [part for part in dates if any(stamp_words().get(token) == "calendar" for token in TOKEN.findall(
        part.lower()))]
    if len(dates) - len(calendars[:1]) != 1:  # one day's date, and the same day in another calendar beside it
        return False
    return all(part in dates or ISSUE.match(part) or (len(part.split()) <= LABEL_MAX_WORDS and all(
        word[:1].isupper() and not any(ch.isdigit() for ch in word) for word in part.split())) for part in parts)
