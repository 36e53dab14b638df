"""A breaking-news ticker above the headline (issue #10, twenty-sixth session).

Sites print a ticker of their latest headlines above the story: a label ("BREAKING", "Just in", "Trending") and a few
titles under it, or titles each led by the label ("LIVE: Harbour council budget debate", "JUST IN: Port Alder mayor
resigns"). The titles are the site's other stories, often on the same subject, so the headline finder, which takes the
first title sharing words with the story's opening, took one of them for the headline. What tells them apart:

* under a bare ticker label, among the kept titles under it (past at most ``PASSED_MAX`` lines the rules took: a
  breadcrumb, a date; a menu's "Breaking News" entry has its menu's other entries under it), the titles before the
  one that shares the most content words with the story's opening (two or more of them) are the ticker's; the best
  title is the story's headline and stays;
* two or more titles in a row each led by a ticker label and a colon are a ticker's, however much they share.

Both only above the core's first paragraph; the ticker's lines go as ``related-links``, also the one the headline
finder would have taken (the scorer's guarded line): telling the ticker from the headline is this rule's point.
"""

from __future__ import annotations

import re

from newsevents.clean.headline import content_words, opening_words
from newsevents.clean.signals import core_span, shape

TICKER_LABEL = re.compile(r"^(?:breaking(?: news)?|just in|latest(?: news| headlines)?|trending(?: now)?|top stories|"
                          r"headlines|developing(?: stories)?|news ticker|ticker)\s*[:!]?$", re.IGNORECASE)
TICKER_PREFIX = re.compile(r"^(?:breaking|just in|live|trending|latest|developing|update|watch)\s*:\s+\S",
                           re.IGNORECASE)
ITEM_WORDS = 14  # a title in the ticker, not a standfirst
MIN_ITEMS = 2
PASSED_MAX = 2  # lines the rules took inside the run


def ticker_item(line: str) -> bool:
    """A short title: up to ``ITEM_WORDS`` words, no sentence's end, not prose."""
    item = shape(line)
    return 0 < item.words <= ITEM_WORDS and not item.ends_sentence and not item.prose


def tickers(lines: list[str], reasons: list[str | None]) -> list[str | None]:
    """The titles of a ticker above the core (see the module's docstring) are ``related-links``."""
    out = list(reasons)
    first, _last = core_span([shape(line) for line in lines])
    if first >= len(lines):
        return out
    opening = opening_words([line for line, reason in zip(lines, reasons, strict=True) if reason is None],
                            sum(reason is None for reason in reasons[:first]))
    for label in range(first):
        if not TICKER_LABEL.match(lines[label].strip()):
            continue
        run = []
        passed = 0
        for index in range(label + 1, first):
            if reasons[index] is not None:
                passed += 1  # a breadcrumb or a date between the ticker and the headline
                if passed > PASSED_MAX:
                    break  # a menu's "Breaking News" entry, with its menu's other entries under it
                continue
            if not ticker_item(lines[index]):
                break
            run.append(index)
        if not run:
            continue
        shares = [len(content_words(lines[index]) & opening) for index in run]
        best = shares.index(max(shares))
        if best >= MIN_ITEMS:
            for index in run[:best]:
                out[index] = "related-links"
    prefixed = [index for index in range(first) if out[index] is None and TICKER_PREFIX.match(lines[index].strip())
                and ticker_item(lines[index])]
    for index in prefixed:
        neighbours = {index - 1, index + 1} & set(prefixed)
        if neighbours:
            out[index] = "related-links"
    return out
