"""Measure what spaCy's NER costs and what it buys, for issue #13's decision: the same run
with the model's NER and with no NER at all (no entities), each in a fresh process, timed
by CPU seconds over the coding of the bench mix and scored on the gold sets by the
referee (``../shared/eval/score.py``): events on plover_gsr_dev, quotes on PolNeAR dev,
and events on the tune half of our dev articles.

    PYTHONPATH=src python bench/ner_cost.py [--limit 200]

Nothing in the library changes: ``--without`` patches the parse stage in this process only.
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


def without_ner() -> None:
    """The parse stage with the model's NER disabled everywhere (no entities at all)."""
    from spacy.pipeline import Sentencizer

    import newsevents.parse as parse

    def full_pipe(nlp, pairs):
        from newsevents.tagrules import COMPONENTS

        rules = parse.tag_rules(nlp)
        skip = ["ner"] + (list(COMPONENTS) if rules is not None else [])
        for spacy_doc, key in nlp.pipe(pairs, as_tuples=True, batch_size=256, disable=skip):
            yield (rules(spacy_doc) if rules is not None else spacy_doc), key

    class NoEntities:
        def pipe(self, docs, batch_size=256):
            yield from docs

    parse.full_pipe = full_pipe
    parse.light_pipes = lambda nlp: (Sentencizer(), NoEntities())


def referee(kind: str, gold: Path, records: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    result = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), kind, str(gold), out.name],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def one_run(limit: int, without: bool) -> dict:
    from throughput import corpus_mix

    import newsevents
    from newsevents.events.evaluate import gold_inputs, read_gold, score_events

    if without:
        without_ner()
    found: dict = {}
    for name, (kind, gold) in SETS.items():
        items = [json.loads(line) for line in gold.open()]
        found[name] = referee(kind, gold, list(newsevents.code_many(items)))
    articles = read_gold(ROOT / "tests/fixtures/event_articles/gold.jsonl", split="tune")
    score = score_events(articles, {r["id"]: r for r in newsevents.code_many(gold_inputs(articles))})
    found["event_articles_tune"] = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    docs = corpus_mix(limit)
    list(newsevents.code_many(docs[:5]))  # model and tables loaded before the clock starts
    start = time.process_time()
    records = list(newsevents.code_many(docs))
    found["cpu_s"] = round(time.process_time() - start, 2)
    found["events"] = sum(len(r["events"]) for r in records)
    found["quotes"] = sum(len(r["quotes"]) for r in records)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="documents of the bench mix to time")
    parser.add_argument("--one", choices=("with", "without"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.limit, args.one == "without")))
        return
    if not SHARED.exists():
        raise SystemExit(f"needs {SHARED}")
    rows = {}
    for mode in ("with", "without"):
        out = subprocess.run([sys.executable, __file__, "--limit", str(args.limit), "--one", mode],
                             capture_output=True, text=True, check=True)
        rows[mode] = json.loads(out.stdout.strip().splitlines()[-1])
    for key in rows["with"]:
        print(f"{key:22} with NER: {rows['with'][key]!s:45} without: {rows['without'][key]}")


if __name__ == "__main__":
    main()
