"""Misses and extras of coded events sorted by kind, so each coder change is measured by kind.

A missed gold dyad is paired with the extra coded dyad that explains it best (same source
and act with another or no target; same target and act with another source); what is left
is another act between the same pair, or no event for the pair at all. Extras not paired
with a miss are sorted into an unknown target, a state acting on itself, or other.
"""

from __future__ import annotations

from collections import Counter

from newsevents.events.evaluate import align_untargeted, dyads, score_scheme

UNKNOWN = "---"

MISS_KINDS = (
    "right source+act, wrong target",
    "target unknown though the story names it",
    "wrong/unknown source",
    "another act between the same pair",
    "no event for the pair",
)
EXTRA_KINDS = ("unknown target", "state acting on itself", "other")


def _explains(miss: tuple, extra: tuple) -> int | None:
    """Which of the first three miss kinds ``extra`` would explain ``miss`` as, if any."""
    source, target, act = miss
    if extra[2] != act:
        return None
    if extra[0] == source:
        return 1 if extra[1] == UNKNOWN else 0 if extra[1] != target else None
    return 2 if extra[1] == target else None


def classify(want: Counter, got: Counter) -> tuple[Counter, Counter]:
    """(miss kinds, extra kinds) of one document's gold dyads ``want`` and coded dyads ``got``."""
    got = +got
    hits = want & got
    missed = sorted((want - hits).elements())
    extras = sorted((got - hits).elements())
    coded_pairs = {(source, target) for source, target, _ in got.elements()}
    misses, extra_kinds = Counter(), Counter()
    for miss in missed:
        found = [(kind, index) for index, extra in enumerate(extras)
                 if (kind := _explains(miss, extra)) is not None]
        if found:
            kind, index = min(found)
            del extras[index]
            misses[MISS_KINDS[kind]] += 1
        elif miss[:2] in coded_pairs:
            misses[MISS_KINDS[3]] += 1
        else:
            misses[MISS_KINDS[4]] += 1
    for source, target, _ in extras:
        if target == UNKNOWN:
            extra_kinds[EXTRA_KINDS[0]] += 1
        elif source == target:
            extra_kinds[EXTRA_KINDS[1]] += 1
        else:
            extra_kinds[EXTRA_KINDS[2]] += 1
    return misses, extra_kinds


def error_kinds(gold: list[dict], records: dict[str, dict]) -> tuple[Counter, Counter]:
    """Misses and extras by kind over ``gold``, counted as ``score_events`` counts them."""
    scheme = score_scheme(gold)
    misses, extras = Counter(), Counter()
    for item in gold:
        if item.get("active") is False or item.get("expected_error"):
            continue
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(records.get(item["id"], {}).get("events", []), scheme))
        more_misses, more_extras = classify(want, got)
        misses.update(more_misses)
        extras.update(more_extras)
    return misses, extras
