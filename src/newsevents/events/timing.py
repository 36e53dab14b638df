"""Event dates: the document's date unless the sentence fixes another.

"on Tuesday", "yesterday", "last week", "earlier in December", "on 12 June", "last
year", "in 2016" are resolved against the document date, looking back (news reports
what has happened), with a precision: day, week, month or year.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from newsevents.dates import parse_day

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\b")
MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return MONTH_ABBR.get(word)


def back_to_month(day: dt.date, month: int) -> dt.date:
    year = day.year if month <= day.month else day.year - 1
    return dt.date(year, month, 1)


def resolve_expression(text: str, day: dt.date, *, ahead: bool = False) -> tuple[dt.date, str] | None:
    """A date expression against the document's day; None when it fixes nothing. ``ahead``: a day of the month
    with no year may be up to AHEAD_DAYS later (the sentence is not told in the past tense)."""
    lower = text.lower()
    if "yesterday" in lower:
        return day - dt.timedelta(days=1), "day"
    if lower.strip() in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return day, "day"
    if "last week" in lower:
        return day - dt.timedelta(days=7), "week"
    if "last month" in lower:
        first = day.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if "last year" in lower:
        return dt.date(day.year - 1, 1, 1), "year"
    for match in DAY_MONTH.finditer(text):
        month = month_number(match[2])
        if month:
            return pinned(day, month, int(match[1]), text, ahead)
    for match in MONTH_DAY.finditer(text):
        month = month_number(match[1])
        if month and int(match[2]) <= 31:
            return pinned(day, month, int(match[2]), text, ahead)
    for index, name in enumerate(WEEKDAYS):
        if name in lower:
            return day - dt.timedelta(days=(day.weekday() - index) % 7), "day"
    for word in re.findall(r"[A-Za-z]+", text):
        month = month_number(word) if word.lower() in MONTHS else None
        if month:
            year = YEAR.search(text)
            if year:
                return dt.date(int(year[1]), month, 1), "month"
            return back_to_month(day, month), "month"
    year = YEAR.search(text)
    if year and len(text.split()) <= 3:
        return dt.date(int(year[1]), 1, 1), "year"
    return None


AHEAD_DAYS = 100  # "on April 29" in a story of March 31: a month ahead, not eleven months back


def pinned(day: dt.date, month: int, number: int, text: str, ahead: bool = False) -> tuple[dt.date, str] | None:
    year_match = YEAR.search(text)
    year = int(year_match[1]) if year_match else day.year
    try:
        found = dt.date(year, month, number)
    except ValueError:
        return None
    if not year_match and found > day and not (ahead and (found - day).days <= AHEAD_DAYS):
        with contextlib.suppress(ValueError):  # 29 February: only this (leap) year has it
            found = found.replace(year=year - 1)  # "met on May 2", or told in December: last May
    return found, "day"


def event_date(sent, doc_date: str | None) -> tuple[str | None, str | None]:
    """(date, precision) for an event reported in ``sent``."""
    day = parse_day(doc_date)
    if day is None:
        return None, None
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        resolved = resolve_expression(ent.text, day, ahead=sent.root.tag_ != "VBD")  # "will visit on May 2"
        if resolved:
            return resolved[0].isoformat(), resolved[1]
    return day.isoformat(), "day"


OTHER_CLAUSES = {"relcl", "ccomp", "advcl", "xcomp", "acl", "conj", "parataxis"}  # another act's time, not this one's


def dated_ahead(trigger, doc_date: str | None) -> bool:
    """The act's own time phrase points after the document's day: "tomorrow", "next week", or a day of the month
    with no year that falls up to AHEAD_DAYS later in the same year ("when he visits Washington on April 29",
    "his Washington visit from April 29", told on March 31). Only the trigger's own words (not another clause's)."""
    day = parse_day(doc_date)
    if day is None or trigger.tag_ == "VBD":
        return False  # "met him in Accra on May 2": told in the past tense, so last year's May 2
    own = [t for c in trigger.children if c.dep_ not in OTHER_CLAUSES for t in c.subtree]
    words = {t.lower_ for t in own}
    if "tomorrow" in words or "next" in words and words & {"week", "month"}:
        return True
    starts = {t.i for t in own}
    return any(ent.label_ == "DATE" and ent.start in starts and not YEAR.search(ent.text)
               and (resolved := resolve_expression(ent.text, day, ahead=True)) is not None and resolved[0] > day
               for ent in trigger.sent.ents)  # "on April 29", "on 2 May": dated as event_date dates it
