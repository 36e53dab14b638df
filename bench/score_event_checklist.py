"""Score the events stage on a blind event checklist (tests/fixtures/event_checklist_s12.tsv by default,
or the file given with --file, e.g. tests/fixtures/event_checklist_s13.tsv).

Codes every sentence on its own (no title, date 2005-06-01) and compares the multiset of
(source country, target country, PLOVER category) triples of its non-negated events with the
expected ones, as tests/test_placing.py scores event_sentences.tsv. Prints P / R / F1 per half
(tune, report) and, per half, F1 by the expected category (a sentence's missed and extra triples
are counted under each category it expects; a '-' row's extras under NONE).

`--misses` lists the tune rows the coder gets wrong (never the report half's); `--skip-report`
leaves the report half uncoded (tuning runs must not see its figure).

    PYTHONPATH=src python bench/score_event_checklist.py [--file PATH] [--misses] [--skip-report]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

CHECKLIST = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "event_checklist_s12.tsv"
Triple = tuple[str, str, str]


def read_rows(path: Path = CHECKLIST) -> list[tuple[str, Counter, str]]:
    """(sentence, expected triples, half) for each row; '-' expects no event."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, expected, half = line.split("\t")
        want: Counter = Counter()
        if expected != "-":
            for item in expected.split("|"):
                dyad, category = item.split(":")
                source, target = dyad.split(">")
                want[(source, target, category)] += 1
        rows.append((sentence, want, half))
    return rows


def coded(sentence: str) -> Counter:
    import newsevents
    events = newsevents.code(sentence, title="", date="2005-06-01")["events"]
    return Counter((e["source"][:3], (e["target"] or "---")[:3], e["plover"])
                   for e in events if e["modality"] != "negated")


def score(rows, halves=("tune", "report")) -> dict[str, dict]:
    """Per half: tp / fp / fn overall and by expected category, and the rows it gets wrong."""
    out: dict[str, dict] = {}
    for sentence, want, half in rows:
        if half not in halves:
            continue
        got = coded(sentence)
        hit = sum((want & got).values())
        fp, fn = sum(got.values()) - hit, sum(want.values()) - hit
        h = out.setdefault(half, {"tp": 0, "fp": 0, "fn": 0, "by": {}, "wrong": []})
        h["tp"] += hit
        h["fp"] += fp
        h["fn"] += fn
        for category in {c for *_, c in want} or {"NONE"}:
            by = h["by"].setdefault(category, Counter())
            by["tp"] += sum(n for k, n in (want & got).items() if k[2] == category)
            by["fn"] += sum(n for k, n in (want - got).items() if k[2] == category)
            by["fp"] += fp
        if fp or fn:
            h["wrong"].append((sentence, want, got))
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def show(triples: Counter) -> str:
    return "|".join(f"{s}>{t}:{c}" for (s, t, c), n in sorted(triples.items()) for _ in range(n)) or "-"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=CHECKLIST, help="the checklist (default: %(default)s)")
    parser.add_argument("--misses", action="store_true", help="list the tune rows the coder gets wrong")
    parser.add_argument("--skip-report", action="store_true", help="score the tune half only")
    args = parser.parse_args(argv)  # --help prints this and scores nothing (an unknown option is an error)
    halves = ("tune",) if args.skip_report else ("tune", "report")
    path = args.file
    results = score(read_rows(path), halves)
    for half in halves:
        h = results[half]
        tp, fp, fn = h["tp"], h["fp"], h["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        print(f"{half:7s} P {p:.3f} R {r:.3f} F1 {f1(tp, fp, fn):.3f} (tp {tp} fp {fp} fn {fn}; "
              f"{len(h['wrong'])} rows wrong)")
        print("         " + "  ".join(f"{c} {f1(b['tp'], b['fp'], b['fn']):.2f}" for c, b in sorted(h["by"].items())))
    if args.misses:
        for sentence, want, got in results["tune"]["wrong"]:
            print(f"\n{sentence}\n  want {show(want)}\n  got  {show(got)}")


if __name__ == "__main__":
    main()
