"""Misses and extras of coded events sorted by kind, so each coder change is measured by kind.

A missed gold dyad is paired with the extra coded dyad that explains it best (same source
and act with another or no target; same target and act with another source); what is left
is another act between the same pair, or no event for the pair at all. Extras not paired
with a miss are sorted into an unknown target, a state acting on itself, or other.
"""

from __future__ import annotations

from collections import Counter

from newsevents.events.evaluate import align_untargeted, country, dyads, label, score_scheme

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


def labelled(want: Counter, got: Counter) -> list[tuple[str, tuple, tuple | None]]:
    """(kind, dyad, the extra that explains it or None) for each miss, then each extra left."""
    got = +got
    hits = want & got
    extras = sorted((got - hits).elements())
    coded_pairs = {(source, target) for source, target, _ in got.elements()}
    out = []
    for miss in sorted((want - hits).elements()):
        found = [(kind, index) for index, extra in enumerate(extras)
                 if (kind := _explains(miss, extra)) is not None]
        if found:
            kind, index = min(found)
            out.append((MISS_KINDS[kind], miss, extras.pop(index)))
        else:
            out.append((MISS_KINDS[3] if miss[:2] in coded_pairs else MISS_KINDS[4], miss, None))
    for extra in extras:
        source, target, _ = extra
        kind = EXTRA_KINDS[0] if target == UNKNOWN else EXTRA_KINDS[1] if source == target else EXTRA_KINDS[2]
        out.append((kind, extra, None))
    return out


def classify(want: Counter, got: Counter) -> tuple[Counter, Counter]:
    """(miss kinds, extra kinds) of one document's gold dyads ``want`` and coded dyads ``got``."""
    misses, extra_kinds = Counter(), Counter()
    for kind, _dyad, _extra in labelled(want, got):
        (misses if kind in MISS_KINDS else extra_kinds)[kind] += 1
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


def error_list(gold: list[dict], records: dict[str, dict]) -> list[dict]:
    """Each miss and extra of ``error_kinds`` with the event behind it (the gold event missed,
    the coded event in excess), so a user can read what went wrong sentence by sentence."""
    scheme = score_scheme(gold)
    rows = []
    for item in gold:
        if item.get("active") is False or item.get("expected_error"):
            continue
        expected, coded = list(item.get("expected", [])), list(records.get(item["id"], {}).get("events", []))
        want = dyads(expected, scheme)
        got = align_untargeted(want, dyads(coded, scheme))
        for kind, dyad, _extra in labelled(want, got):
            side = "missed" if kind in MISS_KINDS else "extra"
            pool = expected if side == "missed" else [e for e in coded if e.get("modality") != "negated"]
            event = take(pool, dyad, scheme)
            rows.append({"id": item["id"], "side": side, "kind": kind, "dyad": dyad, "event": event or {}})
    return rows


def take(events: list[dict], dyad: tuple, scheme: str) -> dict | None:
    """Remove and return the first event of ``dyad`` (an untargeted one matches any target)."""
    for exact in (True, False):
        for index, event in enumerate(events):
            mine = (country(event.get("source")), country(event.get("target")), label(event, scheme))
            if mine == dyad or not exact and mine[0] == dyad[0] and mine[2] == dyad[2]:
                return events.pop(index)
    return None
