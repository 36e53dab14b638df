"""Measure what spaCy's NER costs and what it buys, for issue #13's decision: the same run
with the model's NER, with no NER at all (no entities), and with entities from our actor
dictionaries instead (``dictionary``), each in a fresh process, timed
by CPU seconds over the coding of the bench mix and scored on the gold sets by the
referee (``../shared/eval/score.py``): events on plover_gsr_dev, quotes on PolNeAR dev,
and events on the tune half of our dev articles.

    PYTHONPATH=src python bench/ner_cost.py [--limit 200]

``dictionary`` is ``Options(ner=False)`` (``newsevents.entities``, the fast path's default);
``without`` patches the pipeline in its own process only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"plover_gsr_dev": ("events", SHARED / "gold/events/plover_gsr_dev.jsonl"),
        "polnear_dev": ("quotes", SHARED / "gold/quotes/polnear_dev.jsonl")}


def code(items, mode: str):
    """Records with the model's NER (``with``), none (``without``), or ``newsevents.entities`` (``dictionary``)."""
    import newsevents.pipeline as pipeline

    if mode == "without":
        pipeline.add_entities = lambda spacy_doc: spacy_doc  # the NER skipped, nothing in its place
    options = pipeline.Options(ner=mode == "with")
    return [pipeline.to_record(doc) for doc in pipeline.code_documents(items, options=options)]


def referee(kind: str, gold: Path, records: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    result = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), kind, str(gold), out.name],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def one_run(limit: int, mode: str) -> dict:
    from throughput import corpus_mix

    from newsevents.events.evaluate import gold_inputs, read_gold, score_events

    found: dict = {}
    for name, (kind, gold) in SETS.items():
        items = [json.loads(line) for line in gold.open()]
        found[name] = referee(kind, gold, code(items, mode))
    articles = read_gold(ROOT / "tests/fixtures/event_articles/gold.jsonl", split="tune")
    score = score_events(articles, {r["id"]: r for r in code(gold_inputs(articles), mode)})
    found["event_articles_tune"] = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    docs = corpus_mix(limit)
    code(docs[:5], mode)  # model and tables loaded before the clock starts
    start = time.process_time()
    records = code(docs, mode)
    found["cpu_s"] = round(time.process_time() - start, 2)
    found["events"] = sum(len(r["events"]) for r in records)
    found["quotes"] = sum(len(r["quotes"]) for r in records)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="documents of the bench mix to time")
    parser.add_argument("--one", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.limit, args.one)))
        return
    if not SHARED.exists():
        raise SystemExit(f"needs {SHARED}")
    rows = {}
    for mode in MODES:
        out = subprocess.run([sys.executable, __file__, "--limit", str(args.limit), "--one", mode],
                             capture_output=True, text=True, check=True)
        rows[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    for key in rows["with"]:
        print(f"{key:20} " + " | ".join(f"{mode}: {rows[mode][key]}" for mode in MODES))


MODES = ("with", "without", "dictionary")


if __name__ == "__main__":
    main()
