"""How far the learned fallback can go on the tune halves, and where it falls short.

The fallback (``newsevents.events.fallback``, trained by ``scripts/train_fallback.py``) adds events for
ordered actor pairs of two countries in sentences the rules leave without an event. This script codes the
**tune halves only** (real and written articles, the checklists' tune rows; never a report half, never
PLOVER dev) with the fallback off and prints two figures the threshold table of ``train_fallback.py``
does not:

* **the ceiling**: each set's F1 if every pair the gold gives an event (its sentence, its countries) got
  exactly its gold root: what a perfect pair model could add, scored as ``newsevents eval`` scores;
* **the two decisions, out of fold** (5 folds grouped by document, the same fit and features as
  ``train_fallback.py``): at each threshold, how many pairs fire, how many of them have a gold event at all
  (the model's *detection*), and how many have the root the model picked (its *root*). An added event is
  right only when both are.

Usage (from the project root; a few minutes: it codes every tune text once):
    PYTHONPATH=src python scripts/fallback_ceiling.py [--l2 0.003] [--min-count 5] [--max-features 200]
        [--candidates all|subject]
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
from train_fallback import (
    datasets,
    design,
    examples,
    fit,
    folds_of,
    plover_roots,
    records_with,
    vocabulary,
)

from newsevents.events.evaluate import gold_inputs, score_events
from newsevents.events.fallback import NONE
from newsevents.model import Event
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def ceiling(sets: dict[str, list[dict]], docs: list, rows: list[dict]) -> None:
    """Each set's F1 by the rules alone and with every gold-labelled gap pair added at its gold root."""
    by_group: dict[str, list[dict]] = {}
    for row in rows:
        if row["labels"]:
            by_group.setdefault(row["group"], []).append(row)
    for name, gold in sets.items():
        ours = [(group, doc) for group, doc in docs if group.startswith(name + ":")]
        base = {doc.id: to_record(doc) for _, doc in ours}
        perfect = {}
        for group, doc in ours:
            added = [Event(id="", code=row["labels"][0] + "0", source=row["pair"].split(">")[0],
                           target=row["pair"].split(">")[1], source_text=None, target_text=None, sentence="",
                           start=0, end=0) for row in by_group.get(group, [])]
            perfect[doc.id] = records_with(base[doc.id], added)
        rules, best = score_events(gold, base), score_events(gold, perfect)
        print(f"ceiling {name}: rules tp {rules.tp} F1 {rules.f1:.3f}; every gold gap pair at its root "
              f"tp {best.tp} F1 {best.f1:.3f} (+{best.tp - rules.tp} true positives)")


def out_of_fold(rows: list[dict], classes: list[str], args) -> list[np.ndarray]:
    """Each pair's probabilities from weights fitted without its document's fold."""
    fold = folds_of([row["group"] for row in rows], 5)
    probabilities: list[np.ndarray] = [np.zeros(len(classes))] * len(rows)
    for k in range(5):
        train = [row for row in rows if fold[row["group"]] != k]
        names = vocabulary(train, args.min_count, args.max_features)
        x, y = design(train, names, classes)
        w = fit(x, y, args.l2)
        held = [i for i, row in enumerate(rows) if fold[row["group"]] == k]
        z = design([rows[i] for i in held], names, classes)[0] @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        for j, i in enumerate(held):
            probabilities[i] = p[j]
    return probabilities


def decisions(rows: list[dict], probabilities: list[np.ndarray], classes: list[str]) -> None:
    """Per threshold, all sets and the real articles' tune half alone: fired, detected, right root."""
    print("threshold fired detected(has a gold event) root(right root) | real: fired detected root")
    for threshold in THRESHOLDS:
        counts = Counter()
        for row, p in zip(rows, probabilities, strict=True):
            if 1 - p[0] < threshold:
                continue
            right = classes[1 + int(np.argmax(p[1:]))] in row["labels"]
            for part in ("all", "real") if row["group"].startswith("real:") else ("all",):
                counts[part, "fired"] += 1
                counts[part, "detected"] += bool(row["labels"])
                counts[part, "right"] += right
        if counts["all", "fired"]:
            print(f"{threshold:.1f} " + " | ".join(shares(counts, part) for part in ("all", "real")))


def shares(counts: Counter, part: str) -> str:
    fired = counts[part, "fired"]
    return f"{fired} " + " ".join(f"{counts[part, key]} ({counts[part, key] / max(1, fired):.2f})"
                                  for key in ("detected", "right"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=0.003, help="L2 penalty")
    parser.add_argument("--min-count", type=int, default=5, help="examples a feature needs to be kept")
    parser.add_argument("--max-features", type=int, default=200, help="features kept at most")
    parser.add_argument("--candidates", choices=("all", "subject"), default="all",
                        help="the pairs the model reads (fallback.candidate)")
    args = parser.parse_args()
    sets = datasets(plover=False)
    items, docs = {}, []
    for name, gold in sets.items():
        items.update({f"{name}:{item['id']}": item for item in gold})
        docs += [(f"{name}:{doc.id}", doc)
                 for doc in code_documents(gold_inputs(gold), options=Options(fallback=False))]
    rows = examples(docs, items, plover_roots(), args.candidates)
    roots = Counter(label for row in rows for label in row["labels"])
    print(f"{len(docs)} documents, {len(rows)} gap pairs, {sum(1 for r in rows if r['labels'])} with a gold root; "
          "roots " + " ".join(f"{root}:{count}" for root, count in roots.most_common()))
    ceiling(sets, docs, rows)
    classes = [NONE] + sorted(root for root, count in roots.items() if count >= 3)
    decisions(rows, out_of_fold(rows, classes, args), classes)


if __name__ == "__main__":
    main()
