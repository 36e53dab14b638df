"""Issue #10, twenty-first session: link titles told by their neighbourhood (``clean/title_runs.py``)."""

from __future__ import annotations

from newsevents.clean.scorer import judge_lines
from newsevents.clean.title_runs import REASON, title_runs

OPENING = [
    "Harbour council backs new ferry timetable",
    "The Harbour Town council voted on Tuesday to add two evening ferries to the island route from next month.",
    "Councillor Ana Ruiz said the later boats would let islanders work full shifts on the mainland without "
    "paying for a night in town.",
]
CLOSE = [
    "The ferry company has agreed to run the extra crossings for a trial period of six months.",
    "Islanders who want to comment on the trial can write to the council before the end of May.",
]
BOX = ["Weather & Tides", "Lighthouse Keepers Mark Centenary", "Sport & Leisure", "Rowing Club Opens Boathouse"]


def test_clean_title_run_touching_chrome_goes():
    """Title-case lines between the story's paragraphs, none sharing a word with its headline or opening, next to
    an advertisement slot, are a box of links to other stories (section names and titles in turn)."""
    lines = [*OPENING, *BOX, "Advertisement", *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(OPENING):len(OPENING) + len(BOX)] == [REASON] * len(BOX), list(zip(lines, reasons,
                                                                                          strict=True))
    assert reasons[:len(OPENING)] == [None] * len(OPENING)
    assert reasons[-len(CLOSE):] == [None] * len(CLOSE)


def test_clean_title_run_needs_chrome_no_shared_word_no_lead_in():
    """The same titles stay with no removed line at the run; a title sharing a word with the opening (a
    subheading, "Evening Ferries From May") stays while the box under it goes; so does a list the story
    introduces with a colon."""
    lines = [*OPENING, *BOX, *CLOSE]
    reasons = [None] * len(lines)
    assert title_runs(lines, reasons, None) == reasons
    lines = [*OPENING, "Evening Ferries From May", *BOX, "Advertisement", *CLOSE]
    reasons = [None] * (len(OPENING) + 1 + len(BOX)) + ["advertisement"] + [None] * len(CLOSE)
    judged = title_runs(lines, reasons, None)
    assert judged[len(OPENING)] is None
    assert judged[len(OPENING) + 1:len(OPENING) + 1 + len(BOX)] == [REASON] * len(BOX)
    lines = [*OPENING, "The new crossings will call at:", "North Quay Pier", "Saint Agnes Landing", "Advertisement",
             *CLOSE]
    reasons = [None] * (len(OPENING) + 3) + ["advertisement"] + [None] * len(CLOSE)
    assert title_runs(lines, reasons, None)[len(OPENING) + 1:len(OPENING) + 3] == [None, None]
