"""Dates: normalising the dates documents come with to ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re

ISO_DAY = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|^(\d{4})(\d{2})(\d{2})(?:T|$)")
WEEKDAY = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[-\s/]([A-Za-z]{3})[A-Za-z]*[-\s/,]+(\d{4})")
MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{1,2}),?\s+(\d{4})")


def normalise_date(value: object) -> str | None:
    """A date in a common form to ``YYYY-MM-DD``; None when absent or not understood."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    text = WEEKDAY.sub("", str(value).strip())
    if not text or text.lower() in {"none", "null", "nan"}:
        return None
    match = ISO_DAY.match(text)
    if match:
        year, month, day = (match[1], match[2], match[3]) if match[1] else (match[4], match[5], match[6])
        return checked(int(year), int(month), int(day))
    match = DAY_MONTH_YEAR.match(text)
    if match and match[2].lower() in MONTHS:
        return checked(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    match = MONTH_DAY_YEAR.match(text)
    if match and match[1].lower() in MONTHS:
        return checked(int(match[3]), MONTHS[match[1].lower()], int(match[2]))
    return None  # a year alone is not a publication date; nor is "12/03/2017" (day or month first?)


def checked(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if the parts make a real date."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_day(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` to a date (None stays None)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
