"""Block rules of the eleventh session (issue #10): chrome told apart by the line above or below it.

Each rule reads the reasons the scorer already gave and only adds reasons to lines it left as
content; called from ``scorer.judge_lines`` after the score.
"""

from __future__ import annotations

import re

from newsevents.clean.signals import WORD

LABEL_MAX_WORDS = 5
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
