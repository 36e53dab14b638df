"""Train the events stage's learned fallback and write ``src/newsevents/data/events/fallback_weights.tsv``.

The fallback (``newsevents.events.fallback``) codes the two-actor sentences the rules leave without an
event. This script codes the **tune halves only** of the gold sets with the fallback off — the real
articles (``tests/fixtures/real_articles/gold.jsonl``), the written articles
(``tests/fixtures/event_articles/gold.jsonl``), the tune rows of the event checklists
(``tests/fixtures/event_checklist_s1*.tsv``) and, with ``--plover``, ``../shared/gold/events/plover_gsr_dev.jsonl``
— and takes every ordered pair of actors (source candidate, target candidate) in each gap sentence as one
example (with ``--candidates subject``, only the pairs whose source is a clause's subject:
``fallback.candidate``; the weights file records the choice). Its label is the CAMEO root of a gold event
of that sentence whose source and target countries are the pair's (the roots of a PLOVER category, when
the gold gives only that), else "none".

Model: multinomial logistic regression (numpy, full-batch gradient descent with L2) over the binary
features of ``fallback.pair_features``; features seen in fewer than ``--min-count`` examples of at least
two documents are pruned, and at most ``--max-features`` kept. A pair becomes an event when its
probability of one (1 - P(none)) reaches the threshold; its root is the model's best. The threshold is
chosen by cross-validation grouped by document (``--folds`` folds, leave-articles-out): the held-out
documents get the fallback's events from weights fitted without them, and each gold set is scored as
``newsevents eval`` and ``bench/score_event_checklist.py`` score it. An added event is right when it adds
a true positive to its document's score (country + country + root, or PLOVER category). The threshold
is the one with the best cross-validated F1 on the real tune half among those adding at least
``--min-fired`` events at a precision of at least ``--min-precision``; when none does, the most precise
one adding ``--min-fired`` events, and the file says the fallback should stay off by default. No
report half is read. ``--plover`` also trains on PLOVER dev (its referee figure then tests nothing).

Usage (from the project root; takes a few minutes: it codes every tune text once):
    PYTHONPATH=src python scripts/train_fallback.py [--plover] [--folds 5] [--l2 0.003]
        [--min-count 5] [--max-features 200] [--min-precision 0.35] [--min-fired 20] [--candidates all|subject]
        [--threshold X] [--dry-run]
"""

from __future__ import annotations

import argparse
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from newsevents.events.evaluate import gold_inputs, read_gold, score_events
from newsevents.events.fallback import (
    CANDIDATES,
    NONE,
    Model,
    candidate,
    chosen,
    gap_pairs,
    in_quote,
    pair_features,
    proposals,
    sentence_cues,
)
from newsevents.events.ontology import describe, load_ontology
from newsevents.events.patterns import load_rules
from newsevents.events.placing import event_actor
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
PLOVER_DEV = ROOT.parent / "shared" / "gold" / "events" / "plover_gsr_dev.jsonl"
OUT = ROOT / "src" / "newsevents" / "data" / "events" / "fallback_weights.tsv"
CHECKLISTS = ("s12", "s13", "s14", "s18")
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(16)] + [1.01]  # 1.01: nothing passes (the rules alone)


def checklist_items(name: str) -> list[dict]:
    """The tune rows of an event checklist as gold records (one sentence each, PLOVER categories)."""
    items = []
    path = FIXTURES / f"event_checklist_{name}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence, expected, half = line.split("\t")
        if half != "tune":
            continue
        events = []
        if expected != "-":
            for item in expected.split("|"):
                dyad, category = item.split(":")
                source, target = dyad.split(">")
                events.append({"source": source, "target": target, "code": None, "plover": category})
        items.append({"id": f"{name}-{number}", "text": sentence, "title": "", "date": "2005-06-01",
                      "expected": events})
    return items


def datasets(plover: bool) -> dict[str, list[dict]]:
    sets = {"real": read_gold(FIXTURES / "real_articles" / "gold.jsonl", split="tune"),
            "written": read_gold(FIXTURES / "event_articles" / "gold.jsonl", split="tune"),
            "checklists": [item for name in CHECKLISTS for item in checklist_items(name)]}
    if plover and PLOVER_DEV.exists():
        sets["plover"] = read_gold(PLOVER_DEV)
    return sets


def plover_roots() -> dict[str, set[str]]:
    """PLOVER category -> the CAMEO roots whose own category it is."""
    roots: dict[str, set[str]] = {}
    for code, entry in load_ontology().items():
        if len(code) == 2 and entry.plover:
            roots.setdefault(entry.plover, set()).add(code)
    return roots


def words(text: str) -> str:
    return " ".join((text or "").split())


def same_sentence(ours: str, gold: str) -> bool:
    a, b = words(ours), words(gold)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / len(wa | wb) >= 0.6


def labels_of(item: dict, sentence: str, source: str, target: str, by_plover: dict[str, set[str]]) -> set[str]:
    """Roots of the gold events of ``sentence`` between the pair's countries (none: empty)."""
    found: set[str] = set()
    for event in item.get("expected", []):
        if event.get("modality") == "negated":
            continue
        if event.get("sentence") and not same_sentence(sentence, event["sentence"]):
            continue
        if (event.get("source") or "---")[:3] != source[:3] or (event.get("target") or "---")[:3] != target[:3]:
            continue
        if event.get("code"):
            found.add(event["code"][:2])
        else:
            found |= by_plover.get(event.get("plover") or "", set())
    return found


def examples(docs: list, items: dict[str, dict], by_plover, candidates: str = "all") -> list[dict]:
    """One example per ordered actor pair of each gap sentence (of the pairs ``candidates`` names)."""
    rows, rules = [], load_rules()
    for group, doc in docs:
        item = items[group]
        for sent, paragraph, pairs in gap_pairs(doc):
            start = paragraph.start + sent.start_char
            quoted, heading = in_quote(doc, start + len(sent.text) // 2), paragraph.part == "headline"
            cues = sentence_cues(sent, rules)
            for (s_head, s_mention), (t_head, t_mention) in pairs:
                if not candidate(s_head, candidates):
                    continue
                source = event_actor(s_mention, "040", source=True, token=s_head)
                target = event_actor(t_mention, "040", source=False, token=t_head)
                rows.append({"group": group, "features": pair_features(s_head, s_mention, t_head, t_mention,
                                                                       quoted=quoted, heading=heading, cues=cues),
                             "labels": sorted(labels_of(item, sent.text, source, target, by_plover)),
                             "pair": f"{source}>{target}", "sentence": words(sent.text)})
    return rows


def vocabulary(rows: list[dict], min_count: int, max_features: int) -> list[str]:
    """Features seen in at least ``min_count`` examples and two documents, the most frequent first."""
    count, groups = Counter(), {}
    for row in rows:
        for name in row["features"]:
            count[name] += 1
            groups.setdefault(name, set()).add(row["group"])
    kept = [n for n, c in count.items() if c >= min_count and len(groups[n]) >= 2 or n == "bias"]
    kept.sort(key=lambda n: (-count[n], n))
    return sorted(kept[:max_features])


def design(rows: list[dict], names: list[str], classes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Feature matrix and target distributions (uniform over a pair's gold roots)."""
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    y = np.zeros((len(rows), len(classes)))
    for r, row in enumerate(rows):
        for name in row["features"]:
            if name in index:
                x[r, index[name]] = 1.0
        roots = [c for c in row["labels"] if c in classes]
        for root in roots or [NONE]:
            y[r, classes.index(root)] = 1.0 / len(roots or [NONE])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 1500, rate: float = 1.0) -> np.ndarray:
    """Multinomial logistic regression, full-batch gradient descent with L2 (the bias row unpenalised)."""
    w = np.zeros((x.shape[1], y.shape[1]))
    penalty = np.full((x.shape[1], 1), l2)
    n = len(x)
    for _ in range(steps):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ (p - y) / n + penalty * w
        w -= rate * gradient
    return w


def model_of(w: np.ndarray, names: list[str], classes: list[str], threshold: float, candidates: str = "all") -> Model:
    return Model(tuple(classes), {n: tuple(float(v) for v in w[i]) for i, n in enumerate(names)}, threshold,
                 candidates)


def folds_of(groups: list[str], folds: int) -> dict[str, int]:
    return {g: zlib.crc32(g.encode()) % folds for g in sorted(set(groups))}


def records_with(record: dict, added) -> dict:
    record = dict(record)
    record["events"] = record["events"] + [
        {"source": e.source, "target": e.target, "code": e.code, "root": e.code[:2],
         "plover": describe(e.code).plover, "modality": e.modality} for e in added]
    return record


def cross_validate(sets, docs, rows, args, classes):
    """Per threshold: the fallback's events judged at country + country + root, and each set's F1."""
    fold = folds_of([row["group"] for row in rows], args.folds)
    held: dict[str, list] = {}
    for k in range(args.folds):
        train = [row for row in rows if fold[row["group"]] != k]
        names = vocabulary(train, args.min_count, args.max_features)
        x, y = design(train, names, classes)
        model = model_of(fit(x, y, args.l2), names, classes, 1.0, args.candidates)
        for group, doc in docs:
            if fold.get(group) == k:
                held[group] = proposals(doc, model)
    gold_roots = {}
    by_plover = plover_roots()
    for name, items in sets.items():
        for item in items:
            gold_roots[f"{name}:{item['id']}"] = item
    base = {group: to_record(doc) for group, doc in docs}
    table = []
    for threshold in THRESHOLDS:
        line = {"threshold": threshold, "fired": 0, "right": 0}
        for name, items in sets.items():
            records = {}
            for group, doc in docs:
                if not group.startswith(name + ":"):
                    continue
                added = chosen(doc, held.get(group, []), threshold)
                item = gold_roots[group]
                for event in added:
                    line["fired"] += 1
                    roots = labels_of(item, event.sentence, event.source, event.target, by_plover)
                    line["right"] += event.code[:2] in roots
                record = records_with(base[group], added)
                records[item["id"]] = record
            score = score_events(items, records)
            line[name] = (score.f1, score.precision, score.recall)
            line[name + "_tp"] = score.tp
        table.append(line)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     epilog="Reads the tune halves only; the threshold comes from "
                                            "cross-validation grouped by document.")
    parser.add_argument("--plover", action="store_true", help="also train on ../shared/gold/events/plover_gsr_dev.jsonl"
                        " (its referee figure then tests nothing)")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds, grouped by document")
    parser.add_argument("--l2", type=float, default=0.003, help="L2 penalty")
    parser.add_argument("--min-count", type=int, default=5, help="examples a feature needs to be kept")
    parser.add_argument("--max-features", type=int, default=200, help="features kept at most")
    parser.add_argument("--min-root-count", type=int, default=3, help="examples a root needs to be a class")
    parser.add_argument("--min-precision", type=float, default=0.35,
                        help="lowest cross-validated precision of the fallback's events for a threshold")
    parser.add_argument("--min-fired", type=int, default=20,
                        help="fewest cross-validated events a threshold must add to be chosen")
    parser.add_argument("--candidates", choices=CANDIDATES, default="all",
                        help="the pairs the model reads: all, or only those whose source is a clause's subject")
    parser.add_argument("--threshold", type=float, default=None, help="set the threshold instead")
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validation, write nothing")
    args = parser.parse_args()
    sets = datasets(args.plover)
    by_plover = plover_roots()
    items, docs = {}, []
    for name, gold in sets.items():
        for item in gold:
            items[f"{name}:{item['id']}"] = item
        coded = code_documents(gold_inputs(gold), options=Options(fallback=False))
        docs += [(f"{name}:{doc.id}", doc) for doc in coded]
    rows = examples(docs, items, by_plover, args.candidates)
    root_count = Counter(label for row in rows for label in row["labels"])
    classes = [NONE] + sorted(r for r, c in root_count.items() if c >= args.min_root_count)
    positives = sum(1 for row in rows if row["labels"])
    print(f"{len(docs)} documents, {len(rows)} pairs in gap sentences, {positives} with a gold root; "
          f"classes {' '.join(classes)}")
    table = cross_validate(sets, docs, rows, args, classes)
    print("threshold fired right(sentence) gained(tp) precision " + " ".join(f"{n}_F1(P/R)" for n in sets))
    for line in table:  # an event is right when it adds a true positive to its document's score
        line["gained"] = sum(line[n + "_tp"] - table[-1][n + "_tp"] for n in sets)
        precision = line["gained"] / line["fired"] if line["fired"] else 0.0
        line["precision"] = precision
        print(f"{line['threshold']:.2f} {line['fired']} {line['right']} {line['gained']} {precision:.3f} "
              + " ".join(f"{line[n][0]:.3f}({line[n][1]:.3f}/{line[n][2]:.3f})" for n in sets))
    eligible = [line for line in table if line["precision"] >= args.min_precision and line["fired"] >= args.min_fired]
    best = max(eligible, key=lambda line: (line["real"][0], line["threshold"]), default=None)
    met = best is not None
    if not met:  # no threshold is precise enough: the most precise one that still adds events
        fired = [line for line in table if line["fired"] >= args.min_fired]
        best = max(fired, key=lambda line: (line["precision"], line["threshold"]), default=None)
        print(f"no threshold reaches precision {args.min_precision} with {args.min_fired} events: "
              "keep the fallback off by default")
    threshold = args.threshold if args.threshold is not None else (best["threshold"] if best else 1.01)
    picked = next((line for line in table if line["threshold"] == threshold), None)
    print(f"threshold {threshold}" + (f": cross-validated precision {picked['precision']:.3f} "
                                      f"({picked['gained']}/{picked['fired']})" if picked else ""))
    if args.dry_run:
        return
    names = vocabulary(rows, args.min_count, args.max_features)
    x, y = design(rows, names, classes)
    w = fit(x, y, args.l2)
    cv = (f"# Cross-validated ({args.folds} folds by document) at this threshold: the fallback's events "
          f"{picked['gained']}/{picked['fired']} right at country + country + root (precision "
          f"{picked['precision']:.3f}); tune F1 " + ", ".join(f"{n} {picked[n][0]:.3f}" for n in sets)
          + "." if picked else "# Threshold set by --threshold, off the cross-validation grid.")
    cv += ("" if met else f"\n# No threshold reached precision {args.min_precision} with {args.min_fired} events: "
           "this is the most precise one, and the fallback is off by default (--fallback turns it on).")
    lines = [
        "# Weights of the learned fallback (newsevents.events.fallback): a multinomial logistic regression",
        "# over the binary features of fallback.pair_features, written by scripts/train_fallback.py",
        f"# (--folds {args.folds} --l2 {args.l2} --min-count {args.min_count} --max-features {args.max_features}"
        f" --min-root-count {args.min_root_count} --min-precision {args.min_precision} --min-fired {args.min_fired}"
        f" --candidates {args.candidates}"
        f"{' --plover' if args.plover else ''}"
        f"{f' --threshold {args.threshold}' if args.threshold is not None else ''}).",
        f"# Trained on the tune halves only ({', '.join(sets)}): {len(docs)} documents, {len(rows)} actor pairs in",
        f"# sentences the rules leave without an event, {positives} of them with a gold root.",
        cv,
        "# Rows: 'classes' names the columns (none, then CAMEO roots); 'threshold' is the probability of an event",
        "# (1 - P(none)) a pair needs to become one (of the best root); then one row a feature: its weight per class.",
        "# 'candidates' names the pairs it reads (fallback.candidate).",
        "classes\t" + "\t".join(classes),
        f"threshold\t{threshold:.2f}",
        f"candidates\t{args.candidates}",
    ]
    lines += [name + "\t" + "\t".join(f"{v:.4f}" for v in w[i]) for i, name in enumerate(names)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(names)} features, {len(classes)} classes, threshold {threshold:.2f}")


if __name__ == "__main__":
    main()
