"""Readers' comments under the story, told by their buttons (issue #10, thirtieth session).

A comment thread flattened to text prints each comment as its header (the reader's name, a stamp such as "Jan 23"
or "2 hours ago"), its text, and a row of buttons under it ("Reply", "Like · Reply", "Report"). The text is written
like a paragraph ("Great breakdown. The numbers are finally clear."), so no word of it tells it from the story; the
lexicon knows the buttons and the thread's opener ("Write a comment…", "12 comments"). What tells the text is where
it stands: between a button row (or the thread's opener) above and a button row below, a few lines, with only a
header's short lines among them. The story's paragraphs never stand between two comment buttons.
"""

from __future__ import annotations

import re

COMMENT = "comment-widget"
# A comment's button row: "Reply", "Reply ↓", "Like · Reply · Report", "12 Likes Reply", "↳ Reply", "Flag".
BUTTONS = re.compile(r"^[↳↪\s]*(?:\d+\s+)?(?:(?:reply|replies|like|likes|report|flag|edit|delete)\b[\s·|•∙↓↑]*"
                     r"(?:\d+\s*)?)+$", re.IGNORECASE)
ANSWER = re.compile(r"\b(?:reply|report|flag)\b", re.IGNORECASE)  # a row of "Like" alone is a share bar's
REACH = 8  # lines from the opener or the button row above to the button row below
HEADER_WORDS = 5  # a header's line: a name or a stamp
TEXT_LINES = 4  # a comment's text: at most this many longer lines


def button_row(line: str, reason: str | None) -> bool:
    """A comment's button row, kept or removed as the thread's: button words only, one of them a reply, report or
    flag button."""
    return reason in (None, COMMENT) and bool(BUTTONS.match(line.strip())) and bool(ANSWER.search(line))


def comment_threads(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The kept lines between a thread's opener (or a comment's buttons) and a comment's button row below, within
    ``REACH`` lines, are a comment's header and text, when at most ``TEXT_LINES`` of them are longer than a
    header's line and none is the headline."""
    out = list(reasons)
    for end, line in enumerate(lines):
        if not button_row(line, reasons[end]):
            continue
        start = next((k for k in range(end - 1, max(-1, end - REACH - 1), -1)
                      if reasons[k] == COMMENT), None)
        if start is None:
            continue
        between = [k for k in range(start + 1, end) if out[k] is None]
        if not between or guarded in between:
            continue
        if sum(len(lines[k].split()) > HEADER_WORDS for k in between) > TEXT_LINES:
            continue
        for k in [*between, end]:
            out[k] = COMMENT
    return out
