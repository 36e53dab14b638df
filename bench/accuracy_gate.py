"""Issue #13's accuracy gate in one process: code every gold set with the current code and
print its figures, writing the records to a folder so two runs (before / after a speed change)
can be compared record by record.

* plover_gsr_dev and petr2_pytest_events: events by the referee (../shared/eval/score.py);
* PolNeAR dev: quotes by the referee;
* tests/fixtures/event_articles and real_articles, tune and report halves: events as
  ``newsevents eval`` scores them;
* actor mentions of petr2_pytest_actors and PolNeAR dev, and the events of the first
  ``--limit`` documents of the bench mix: written out, compared by ``--against``.

    PYTHONPATH=src python bench/accuracy_gate.py --out /tmp/gate-after [--against /tmp/gate-before] [--limit 200]
        [--set ner_gate=true]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFEREE = {"plover_gsr_dev": ("events", SHARED / "gold/events/plover_gsr_dev.jsonl"),
           "petr2_pytest_events": ("events", SHARED / "gold/events/petr2_pytest_events.jsonl"),
           "polnear_dev": ("quotes", SHARED / "gold/quotes/polnear_dev.jsonl")}
ARTICLES = {"event_articles": ROOT / "tests/fixtures/event_articles/gold.jsonl",
            "real_articles": ROOT / "tests/fixtures/real_articles/gold.jsonl"}


OPTIONS: dict = {}  # Options fields to set (--set name=value)


def code(items) -> list[dict]:
    from newsevents.pipeline import Options, code_documents
    from newsevents.record import to_record

    return [to_record(doc) for doc in code_documents(items, options=Options(**OPTIONS))]


def write(folder: Path, name: str, records: list[dict]) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records))
    return path


def referee(kind: str, gold: Path, pred: Path) -> str:
    out = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), kind, str(gold), str(pred)],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()
    return " / ".join(out[-3:]) if kind == "quotes" else out[-1]


def gate(folder: Path, limit: int) -> dict[str, str]:
    from throughput import corpus_mix

    from newsevents.events.evaluate import gold_inputs, read_gold, score_events

    figures: dict[str, str] = {}
    for name, (kind, gold) in REFEREE.items():
        items = [json.loads(line) for line in gold.open() if line.strip()]
        figures[name] = referee(kind, gold, write(folder, name, code(items)))
    for name, path in ARTICLES.items():
        for split in ("tune", "report"):
            gold = read_gold(path, split=split)
            records = code(gold_inputs(gold))
            write(folder, f"{name}_{split}", records)
            score = score_events(gold, {r["id"]: r for r in records})
            figures[f"{name} {split}"] = (f"tp {score.tp} fp {score.fp} fn {score.fn} "
                                          f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
    actors = [json.loads(line) for line in (SHARED / "gold/actors/petr2_pytest_actors.jsonl").open() if line.strip()]
    write(folder, "petr2_pytest_actors", code([{"id": i["id"], "text": i["text"]} for i in actors]))
    docs = corpus_mix(limit)
    started = time.process_time()
    records = code(docs)
    figures[f"bench mix {limit}"] = (f"{sum(len(r['events']) for r in records)} events, "
                                     f"{sum(len(r['quotes']) for r in records)} quotes, "
                                     f"{sum(len(r['actors']) for r in records)} actors, "
                                     f"CPU {time.process_time() - started:.2f} s")
    write(folder, "bench_mix", records)
    return figures


def mentions(path: Path) -> set:
    return {(r["id"], a.get("start"), a.get("end"), a.get("code")) for r in map(json.loads, path.open())
            for a in r.get("actors", [])}


def event_keys(record: dict) -> list[tuple]:
    return sorted((e.get("source"), e.get("target"), e.get("code"), e.get("modality"),
                   " ".join((e.get("sentence") or "").split())[:90]) for e in record.get("events", []))


def compare(before: Path, after: Path) -> None:
    """Actor mention agreement (F1 of offsets + code) per set; every changed event on the bench mix."""
    for name in ("petr2_pytest_actors", "polnear_dev", "plover_gsr_dev", "bench_mix"):
        left, right = mentions(before / f"{name}.jsonl"), mentions(after / f"{name}.jsonl")
        coded_left = {m for m in left if m[3]}
        coded_right = {m for m in right if m[3]}
        f1 = 2 * len(left & right) / (len(left) + len(right) or 1)
        f1_coded = 2 * len(coded_left & coded_right) / (len(coded_left) + len(coded_right) or 1)
        print(f"actor mentions {name}: {len(left)} -> {len(right)}, agreement F1 {f1:.4f} (coded {f1_coded:.4f})")
    for name in [p.stem for p in sorted(before.glob("*.jsonl"))]:
        old = {r["id"]: r for r in map(json.loads, (before / f"{name}.jsonl").open())}
        new = {r["id"]: r for r in map(json.loads, (after / f"{name}.jsonl").open())}
        changed = [i for i in old if event_keys(old[i]) != event_keys(new.get(i, {}))]
        quotes = sum(old[i].get("quotes") != new.get(i, {}).get("quotes") for i in old)
        print(f"{name}: {len(changed)} records with other events, {quotes} with other quotes")
        if name == "bench_mix":
            for i in changed:
                gone = set(event_keys(old[i])) - set(event_keys(new[i]))
                added = set(event_keys(new[i])) - set(event_keys(old[i]))
                for sign, events in (("-", gone), ("+", added)):
                    for event in sorted(events):
                        print(f"  {sign} {i}: {event}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the records (coded now)")
    parser.add_argument("--against", type=Path, help="a folder of an earlier run to compare --out with")
    parser.add_argument("--limit", type=int, default=200, help="documents of the bench mix")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="an Options field for the run, e.g. ner_gate=true (true/false or a number)")
    args = parser.parse_args()
    for setting in args.set:
        name, value = setting.split("=", 1)
        OPTIONS[name] = {"true": True, "false": False}.get(value.lower(), int(value) if value.isdigit() else value)
    if args.out and not (args.out / "bench_mix.jsonl").exists():
        args.out.mkdir(parents=True, exist_ok=True)
        for name, figure in gate(args.out, args.limit).items():
            print(f"{name:28s} {figure}", flush=True)
    if args.out and args.against:
        compare(args.against, args.out)


if __name__ == "__main__":
    main()
