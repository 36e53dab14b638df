"""Quoted stretches of one paragraph, from its quote marks alone (no parse needed).

Curly, straight, guillemet and low-high („ “) marks are paired by flanking: a mark
with a space before and a word after opens, a word before and a space or punctuation
after closes; the glyph decides only when flanking cannot. A quote still open at the
end of a paragraph runs to its end (``open_end``): news style repeats the opening mark
at the start of each following paragraph and closes only in the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
DOUBLE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + '"'
SINGLE_MARKS = "‘’'"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
BEFORE_OPENER = "([{—–-/:;" + ALL_MARKS
AFTER_CLOSER = ".,;:!?)]}—–-…" + ALL_MARKS
TRIM = " \t\n,"
DOUBLE_AT = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")  # the marks' places, found without a
SINGLE_AT = re.compile("[" + re.escape(SINGLE_MARKS) + "]")  # Python step per character of the paragraph
MAX_SINGLE = 300  # a ‘single-quoted’ stretch longer than this is more likely apostrophes


@dataclass(frozen=True)
class Span:
    """A quoted stretch of a paragraph: ``start``/``end`` index the paragraph."""

    start: int
    end: int
    open_start: bool  # the paragraph starts with this quote's opening mark
    open_end: bool  # no closing mark before the paragraph ends
    comma_end: bool  # the quote ended with a comma ("…," he said)


def can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in BEFORE_OPENER)


def can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in AFTER_CLOSER)


def role(text: str, i: int, pending: bool) -> str:
    """'open' or 'close' for a double mark; flanking first, then the glyph, then state."""
    opens, closes = can_open(text, i), can_close(text, i)
    if opens != closes:
        return "open" if opens else "close"
    mark = text[i]
    if mark in DOUBLE_OPENERS and not (pending and mark == "“"):
        return "open"
    if mark in DOUBLE_CLOSERS:
        return "close"
    return "close" if pending else "open"


def pair_double(text: str) -> list[tuple[int, int, bool]]:
    """(opening mark, closing mark or len(text), closed) for each double-quoted stretch."""
    pairs: list[tuple[int, int, bool]] = []
    pending: int | None = None
    for found in DOUBLE_AT.finditer(text):
        i = found.start()
        if role(text, i, pending is not None) == "open":
            pending = i  # an opener while one is pending: the earlier one was stray
        elif pending is not None:
            pairs.append((pending, i, True))
            pending = None
    if pending is not None:
        pairs.append((pending, len(text), False))
    return pairs


def pair_single(text: str, taken: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """‘Single-quoted’ stretches outside double quotes (headline style); apostrophes skipped."""
    pairs: list[tuple[int, int, bool]] = []
    pending: int | None = None
    inside = [(a, b) for a, b, _closed in taken]
    for found in SINGLE_AT.finditer(text):
        i, char = found.start(), found.group()
        if any(a <= i <= b for a, b in inside):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # Russia’s, don't
        if pending is None and char != "’" and can_open(text, i) and not can_close(text, i):
            pending = i
        elif pending is not None and char != "‘" and can_close(text, i) and not can_open(text, i):
            if i - pending <= MAX_SINGLE:
                pairs.append((pending, i, True))
            pending = None
    return pairs


def quote_spans(text: str) -> list[Span]:
    """The quoted stretches of one paragraph, marks and edge commas trimmed, in order."""
    if not any(mark in text for mark in ALL_MARKS):
        return []
    double = pair_double(text)
    spans = []
    for opening, closing, closed in sorted(double + pair_single(text, double)):
        start, end = opening + 1, closing
        inner = text[start:end]
        comma_end = inner.rstrip().endswith(",")
        start += len(inner) - len(inner.lstrip(TRIM))
        end -= len(inner) - len(inner.rstrip(TRIM))
        if end - start < 2:
            continue
        spans.append(Span(start, end, open_start=not text[:opening].strip(), open_end=not closed,
                          comma_end=comma_end))
    return spans
