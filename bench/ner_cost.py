"""Measure what spaCy's NER costs and what it buys, for issue #13's decision: the same run
with the model's NER, with no NER at all (no entities), and with entities from our actor
dictionaries instead (``dictionary``), each in a fresh process, timed
by CPU seconds over the coding of the bench mix and scored on the gold sets by the
referee (``../shared/eval/score.py``): events on plover_gsr_dev, quotes on PolNeAR dev,
and events on the tune half of our dev articles.

    PYTHONPATH=src python bench/ner_cost.py [--limit 200]

Nothing in the library changes: the other modes patch the parse stage in their own process only.
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


LABELS = {"country": "GPE", "city": "GPE", "capital": "GPE", "seat": "GPE", "demonym": "NORP",
          "person": "PERSON", "organisation": "ORG"}


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
DATE_WORDS = MONTHS - {"may"} | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "today", "yesterday", "tomorrow", "week", "month", "year"}


def dictionary_entities(spacy_doc):
    """Entities from our actor dictionaries (GPE, NORP, PERSON, ORG by entry kind), day and
    month names and years (DATE), and, where the tagger ran, runs of two or more capitalised
    proper nouns (PERSON): a stand-in for the model's NER that costs a look-up."""
    from spacy.tokens import Span

    from newsevents.actors.lexicon import load_lexicon
    from newsevents.actors.match import find_matches

    spans, taken = [], set()
    for match in find_matches(spacy_doc, load_lexicon()):
        label = next((LABELS[e.kind] for e in match.entries if e.kind in LABELS), None)
        if label:
            spans.append(Span(spacy_doc, match.start, match.end, label=label))
            taken.update(range(match.start, match.end))
    for token in spacy_doc:  # "on Monday", "in March 2003", "last week": dates the coder reads
        if token.i in taken:
            continue
        word = token.lower_
        if word in DATE_WORDS or word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"):
            start = token.i - 1 if token.i > 0 and spacy_doc[token.i - 1].lower_ in ("last", "next", "this") \
                and token.i - 1 not in taken else token.i
            end = token.i + 2 if token.i + 1 < len(spacy_doc) and spacy_doc[token.i + 1].text.isdigit() \
                and word in MONTHS else token.i + 1
            if not taken & set(range(start, end)):
                spans.append(Span(spacy_doc, start, end, label="DATE"))
                taken.update(range(start, end))
    run: list[int] = []
    for token in [*spacy_doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_title and token.i not in taken:
            run.append(token.i)
            continue
        if len(run) >= 2:
            spans.append(Span(spacy_doc, run[0], run[-1] + 1, label="PERSON"))
        run = []
    spacy_doc.ents = sorted(spans, key=lambda span: span.start)
    return spacy_doc


def without_ner(dictionary: bool = False) -> None:
    """The parse stage with the model's NER disabled everywhere (no entities at all), or with
    ``dictionary`` entities in its place."""
    from spacy.pipeline import Sentencizer

    import newsevents.parse as parse

    def full_pipe(nlp, pairs):
        from newsevents.tagrules import COMPONENTS

        rules = parse.tag_rules(nlp)
        skip = ["ner"] + (list(COMPONENTS) if rules is not None else [])
        for spacy_doc, key in nlp.pipe(pairs, as_tuples=True, batch_size=256, disable=skip):
            spacy_doc = rules(spacy_doc) if rules is not None else spacy_doc
            yield (dictionary_entities(spacy_doc) if dictionary else spacy_doc), key

    class NoEntities:
        def pipe(self, docs, batch_size=256):
            for spacy_doc in docs:
                yield dictionary_entities(spacy_doc) if dictionary else spacy_doc

    parse.full_pipe = full_pipe
    parse.light_pipes = lambda nlp: (Sentencizer(), NoEntities())


def referee(kind: str, gold: Path, records: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    result = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), kind, str(gold), out.name],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def one_run(limit: int, mode: str) -> dict:
    from throughput import corpus_mix

    import newsevents
    from newsevents.events.evaluate import gold_inputs, read_gold, score_events

    if mode != "with":
        without_ner(dictionary=mode == "dictionary")
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
