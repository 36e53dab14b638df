"""Block rules of the eleventh session (issue #10): chrome told apart by the line above or below it.

Each rule reads the reasons the scorer already gave and only adds reasons to lines it left as
content; called from ``scorer.judge_lines`` after the score.
"""

from __future__ import annotations

import re

from newsevents.clean.signals import WORD

LABEL_MAX_WORDS = 5
TWICE_MIN_WORDS = 3
TWICE_MAX_WORDS = 15
TWICE_WITHIN = 2
# An organisation's or a person's blurb, as ``scorer.BLURB`` (imported there, passed in here).


def named_blurbs(lines: list[str], reasons: list[str | None], blurb: re.Pattern[str], late_from: float,
                 guarded: int | None) -> list[str | None]:
    """A blurb in the last part of the page under a label naming its subject ("360 Market Updates:" then
    "360 Market Updates is the credible source for …") is a footer's bio, and so is its label.

    The same sentence in the story has no such label above it.
    """
    out = list(reasons)
    for index in range(1, len(lines)):
        label = lines[index - 1].strip()
        text = lines[index].strip()
        if (out[index] is not None or index == guarded or index < late_from * len(lines)
                or not label.endswith(":") or len(label.split()) > LABEL_MAX_WORDS or not blurb.search(text)):
            continue
        name = WORD.findall(label.lower())
        if name and WORD.findall(text.lower())[:len(name)] == name:
            out[index] = "author-bio"
            out[index - 1] = out[index - 1] or "author-bio"
    return out


def printed_twice(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A short title-like line printed twice within two lines (a picture's alt text, then its caption) goes,
    both copies.

    Lines of 3-15 words below the page's first kept line (the headline, whose copy may open the body)
    that do not end a sentence and carry no figure (not a table's row), with the same words in the same
    order (quotes and case aside); a paragraph repeated so is left to the other rules.
    """
    out = list(reasons)
    keys = [" ".join(WORD.findall(line.lower())) for line in lines]
    first_kept = next((index for index, reason in enumerate(reasons) if reason is None), len(lines))
    for index, key in enumerate(keys):
        words = len(key.split())
        text = lines[index].strip()
        if (not TWICE_MIN_WORDS <= words <= TWICE_MAX_WORDS or text.endswith((".", "!", "?")) or index <= first_kept
                or any(char.isdigit() for char in text) or text.isupper()):
            continue  # not a table's row
        for other in range(index + 1, min(len(lines), index + TWICE_WITHIN + 1)):
            if keys[other] == key and guarded not in (index, other):
                for copy in (index, other):
                    out[copy] = out[copy] or "photo-caption"
    return out
