"""The line scorer: weigh each line's evidence and say whether it is boilerplate, and why.

A line the kind lexicon (``data/clean/boilerplate.tsv``) names is boilerplate with that
reason. Every other line gets a score from the signals of ``signals.line_signals`` and
the weights in ``data/clean/line_weights.tsv`` (a logistic regression trained by
``scripts/train_clean.py`` on the tune half of the labelled pages); above the threshold
it goes, with the kind its strongest cue names. In a corpus run a line the site repeats
across pages goes as ``repeated-across-pages``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from newsevents import messages
from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.clean.signals import line_signals
from newsevents.resources import DataError, data_path, read_tsv

REPEATED = "repeated-across-pages"


@dataclass(frozen=True)
class LineWeights:
    """Logistic-regression weights per signal, and the score above which a line goes."""

    weights: dict[str, float]
    threshold: float

    def score(self, signals: dict[str, float]) -> float:
        total = sum(self.weights.get(name, 0.0) * value for name, value in signals.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@lru_cache(maxsize=1)
def load_weights() -> LineWeights:
    """The shipped weights; a row ``threshold <TAB> x`` sets the cut-off."""
    path = data_path("clean", "line_weights.tsv")
    weights: dict[str, float] = {}
    threshold = 0.5
    for number, (name, value) in read_tsv(path, columns=2):
        try:
            number_value = float(value)
        except ValueError:
            reason = f"not a number: {value!r}"
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason)) from None
        if name == "threshold":
            threshold = number_value
        else:
            weights[name] = number_value
    return LineWeights(weights, threshold)


def guess_kind(signals: dict[str, float]) -> str:
    """The boilerplate kind a removed line's strongest cue names."""
    if signals["counts"] or signals["handle"] or signals["clock"] and not signals["date_only"] or signals["media"]:
        return "social-embed"
    if signals["credit"]:
        return "photo-credit"
    if signals["date_only"]:
        return "date-line"
    if signals["url"]:
        return "reference-list" if signals["after_core"] else "source-credit"
    if signals["separators"] or signals["before_core"]:
        return "navigation"
    if signals["duplicate"]:
        return "other"
    if signals["headline_like"]:
        return "related-links"
    return "other"


def judge_lines(lines: list[str], *, repeated: Callable[[str], bool] | None = None,
                weights: LineWeights | None = None) -> list[str | None]:
    """A reason per line (None for content): lexicon first, then repetition, then the score."""
    weights = weights or load_weights()
    reasons: list[str | None] = []
    for line, signals in zip(lines, line_signals(lines), strict=True):
        reason = boilerplate_reason(line)
        if reason is None and repeated is not None and repeated(line):
            reason = REPEATED
        if reason is None and weights.score(signals) >= weights.threshold:
            reason = guess_kind(signals)
        reasons.append(reason)
    return reasons
