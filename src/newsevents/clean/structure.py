"""The page's own structure (issue #10, thirteenth session): lines a rule took that the article repeats
as a pattern of its own, given back.

A rule judges one line, or a line and its neighbours; the same line shape printed many times down
the page, in order, is the article's list or timeline, not a site's chrome. Called from
``scorer.judge_lines`` after the block rules; each guard only clears reasons.
"""

from __future__ import annotations

import re

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
# A bare calendar date alone on its line: "Oct. 9, 2016", "March 14, 2016", "9 October 2016".
BARE_DATE = re.compile(r"^\(?\s*(?:(?P<month>[a-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
                       r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{3})[a-z]*\.?,?)\s+(?P<year>\d{4})\s*\)?\.?$",
                       re.IGNORECASE)
TIMELINE_MIN = 5  # this many bare dates, each later than the one before, make a timeline


def bare_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a line that is only a calendar date, else None."""
    match = BARE_DATE.match(line.strip())
    if not match:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).lower())
    if month is None:
        return None
    return int(match["year"]), month, int(match["day"] or match["day2"])


def timeline_dates(lines: list[str], reasons: list[str | None]) -> list[str | None]:
    """Bare dates that head the article's own entries, five or more in a row each later than the last, stay.

    A stamp above or below the headline is one date; a box of links to other stories carries
    one date under each title, newest first, and the title next to it is gone too. Dates that
    run forward through the page, each with a line of the article under it, head the article's
    own entries (a chronology, a list of who said what and when): as ``date-line``s they would
    take the page's structure with them.
    """
    dated = [(index, when) for index, line in enumerate(lines)
             if reasons[index] == "date-line" and index + 1 < len(lines) and reasons[index + 1] is None
             and bare_date(lines[index + 1]) is None and (when := bare_date(line)) is not None]
    out = list(reasons)
    run: list[int] = []
    previous = None
    for index, when in [*dated, (None, None)]:
        if index is not None and previous is not None and when > previous:
            run.append(index)
        else:
            if len(run) >= TIMELINE_MIN:
                for kept in run:
                    out[kept] = None
            run = [index] if index is not None else []
        previous = when
    return out
