"""The line scorer's weights (issue #10): two logistic regressions over a line's signals, read from
``data/clean/line_weights.tsv`` (written by ``scripts/train_clean.py``), and the kind a removed line's strongest
cue names. Split out of ``scorer`` (seventeenth session) to keep that file short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from newsevents import messages
from newsevents.resources import DataError, data_path, read_tsv


def logistic(weights: dict[str, float], signals: dict[str, float]) -> float:
    total = sum(weights.get(name, 0.0) * value for name, value in signals.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def context_signals(scores: list[float], index: int) -> dict[str, float]:
    """The first-stage scores around a line (jusText's idea: chrome comes in blocks)."""
    def at(i: int) -> float:
        return scores[i] if 0 <= i < len(scores) else 0.5
    window = [at(i) for i in (index - 2, index - 1, index + 1, index + 2)]
    return {"context_prev": at(index - 1), "context_next": at(index + 1), "context_window": sum(window) / 4}


@dataclass(frozen=True)
class LineWeights:
    """Two logistic regressions: one over a line's signals, one adding its neighbours' scores.

    ``threshold`` is the second-stage score above which a line goes.
    """

    weights: dict[str, float]
    threshold: float
    context: dict[str, float] | None = None

    def scores(self, signals: list[dict[str, float]]) -> list[float]:
        first = [logistic(self.weights, s) for s in signals]
        if not self.context:
            return first
        return [logistic(self.context, {**s, **context_signals(first, i)}) for i, s in enumerate(signals)]


@lru_cache(maxsize=1)
def load_weights() -> LineWeights:
    """The shipped weights; ``2:``-rows are the second stage; ``threshold <TAB> x`` sets the cut-off."""
    path = data_path("clean", "line_weights.tsv")
    weights: dict[str, float] = {}
    context: dict[str, float] = {}
    threshold = 0.5
    for number, (name, value) in read_tsv(path, columns=2):
        try:
            number_value = float(value)
        except ValueError:
            reason = f"not a number: {value!r}"
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason)) from None
        if name == "threshold":
            threshold = number_value
        elif name.startswith("2:"):
            context[name[2:]] = number_value
        else:
            weights[name] = number_value
    return LineWeights(weights, threshold, context or None)


def guess_kind(signals: dict[str, float]) -> str:
    """The boilerplate kind a removed line's strongest cue names."""
    if signals.get("bio"):
        return "author-bio"
    if signals.get("tweet") or signals.get("hashtag"):
        return "social-embed"
    if signals.get("caption"):
        return "photo-caption"
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
    if signals.get("promo_start"):
        return "advertisement"
    if signals["headline_like"]:
        return "related-links"
    return "other"
