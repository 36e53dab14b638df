"""Why a gold event was missed or a coded one was extra, by kind, for ``newsevents eval --kinds``.

Recall on article gold fails in a few distinct ways (no event at all for the pair, another
act between the same pair, the target wrong or left unknown, the source wrong); counting
each kind tells which mechanism a change should work on and whether it helped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsevents.events.evaluate import dyads

MISS_KINDS = (
    "no event for the pair",
    "another act between the same pair",
    "right source and act, wrong target",
    "target left unknown though gold names it",
    "wrong or unknown source",
)
EXTRA_KINDS = ("unknown target", "state acting on itself", "other")


def take(left: Counter, keys: Iterable[tuple]) -> tuple | None:
    """The first of ``keys`` still left in ``left``, taken out of it."""
    for key in keys:
        if left[key] > 0:
            left[key] -= 1
            return key
    return None


def explained_misses(missed: Counter, extra: Counter) -> Counter:
    """Missed dyads by kind; each rule is tried on every miss before the next, weaker one,
    and an extra that explains a miss is taken out of ``extra``."""
    rules = (
        (MISS_KINDS[1], lambda m, k: k[0] == m[0] and k[1] == m[1]),
        (MISS_KINDS[3], lambda m, k: k == (m[0], "---", m[2])),
        (MISS_KINDS[2], lambda m, k: k[0] == m[0] and k[2] == m[2]),
        (MISS_KINDS[4], lambda m, k: k[1] == m[1] and k[2] == m[2]),
    )
    kinds: Counter = Counter()
    left = sorted(missed.elements())
    for name, fits in rules:
        unexplained = []
        for miss in left:
            if take(extra, [k for k in extra if fits(miss, k)]):
                kinds[name] += 1
            else:
                unexplained.append(miss)
        left = unexplained
    kinds[MISS_KINDS[0]] += len(left)
    return kinds


def kind_of_extra(extra: tuple) -> str:
    source, target, _ = extra
    if target == "---":
        return EXTRA_KINDS[0]
    if source == target:
        return EXTRA_KINDS[1]
    return EXTRA_KINDS[2]


def miss_kinds(gold: list[dict], records: dict[str, dict], scheme: str) -> tuple[Counter, Counter]:
    """Counts of missed gold dyads and of extra coded dyads, by kind, over ``gold``.

    Matched as ``score_events`` matches (a gold dyad without a target matches any target).
    An extra that explains a miss (same pair, other act; same act, other target) is
    counted once, as the miss.
    """
    misses: Counter = Counter()
    extras: Counter = Counter()
    for item in gold:
        if item.get("active") is False or item.get("expected_error"):
            continue
        want = dyads(item.get("expected", []), scheme)
        got = dyads(records.get(item["id"], {}).get("events", []), scheme)
        for (source, target, kind), count in list(want.items()):
            if target != "---":
                continue
            for key in [k for k in got if k[0] == source and k[2] == kind and k not in want]:
                moved = min(count, got[key])
                got[key] -= moved
                got[(source, target, kind)] += moved
                count -= moved
        hits = want & got
        missed, extra = want - hits, got - hits
        misses.update(explained_misses(missed, extra))
        for key in sorted(extra.elements()):
            extras[kind_of_extra(key)] += 1
    return misses, extras
