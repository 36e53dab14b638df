"""Link titles told by their neighbourhood (issue #10, twenty-first session).

A box of links to other stories, flattened to text, is a run of title-case lines with no prose between them;
a story's own subheadings look the same one by one. What tells the box is around it: none of its titles shares
a content word with the story's opening (its headline and first paragraphs), and the run touches a line the
rules already took (a "Subscribe" button, a box's label, a date stamp). ``title_runs`` takes such runs as
``related-links``; called last in ``scorer.judge_lines``, after ``structure.timeline_dates`` has given a
timeline its dates back (a date it keeps is no chrome to touch).

Measured on the real tune pages, the looser tests the brief named each eat the story's own lists: a run of
short lines (any casing) or a run not touching chrome took 124-167 content lines (a market report's table of
contents, a menu of dishes, a list of candidates) and no boilerplate; a run the story introduces with a colon
(above its run of short lines) is a list and stays.
"""

from __future__ import annotations

from newsevents.clean.headline import content_words
from newsevents.clean.marks import LIST_MARK
from newsevents.clean.signals import core_span, shape

OPENING_PARAGRAPHS = 3  # the story's opening: its first prose paragraphs in the core
HEADLINE_REACH = 4  # how far above the core its headline may stand
TITLE_MIN_WORDS = 2
TITLE_CASE = 0.6  # share of capitalised words
RUN_MIN = 2
REASON = "related-links"


def opening_words(lines: list[str], guarded: int | None) -> set[str]:
    """The content words of the story's opening: the first prose paragraphs of the core, the title-like line
    just above the core (the headline as the page prints it) and the headline the finder is sure of."""
    shapes = [shape(line) for line in lines]
    first, last = core_span(shapes)
    found: set[str] = set()
    for index in [k for k in range(first, last + 1) if shapes[k].prose][:OPENING_PARAGRAPHS]:
        found |= content_words(lines[index])
    above = next((k for k in range(first - 1, max(-1, first - 1 - HEADLINE_REACH), -1)
                  if shapes[k].headline_like and shapes[k].words >= TITLE_MIN_WORDS), None)
    for index in (above, guarded):
        if index is not None:
            found |= content_words(lines[index])
    return found


def title_runs(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Runs of ``RUN_MIN`` or more kept title-case lines below the core's start, none sharing a content word with
    the story's opening, that touch a line the rules took (inside the run or just around it), are
    ``related-links``; not a list the story introduces (a kept line ending in ':' over its run of short lines)."""
    shapes = [shape(line) for line in lines]
    if not any(item.prose for item in shapes):
        return reasons
    first, _last = core_span(shapes)
    opening = opening_words(lines, guarded)

    def title(index: int) -> bool:
        item, text = shapes[index], lines[index].strip()
        own = content_words(text)
        return (reasons[index] is None and index >= first and index != guarded and item.headline_like
                and item.words >= TITLE_MIN_WORDS and item.capital_ratio >= TITLE_CASE
                and not text.endswith((":", ",", ";")) and not LIST_MARK.match(text)
                and bool(own) and not own & opening)

    out = list(reasons)
    index = 0
    while index < len(lines):
        if not title(index):
            index += 1
            continue
        end, titles = index, []
        while end < len(lines) and (title(end) or reasons[end] is not None):
            if title(end):
                titles.append(end)
            end += 1
        touches = any(reasons[k] is not None for k in range(max(0, index - 1), min(len(lines), end + 1)))
        if len(titles) >= RUN_MIN and touches and not introduced(lines, reasons, index):
            for k in titles:
                out[k] = REASON
        index = end + 1
    return out


def introduced(lines: list[str], reasons: list[str | None], start: int) -> bool:
    """Whether a kept line ending in ':' stands over the run's start, across kept short lines (a list's lead)."""
    above = start - 1
    while above >= 0 and reasons[above] is None and shape(lines[above]).headline_like \
            and not lines[above].rstrip().endswith(":"):
        above -= 1
    return above >= 0 and reasons[above] is None and lines[above].rstrip().endswith(":")
