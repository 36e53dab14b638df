"""Benchmark: the parse fast path against the full parse of every paragraph.

Codes the same documents twice in one process, once with ``Options(fast_path=False)``
and once with ``fast_path=True``, and prints docs/s for each, the share of paragraphs
that got the full parse, and how many events, quotes and actor mentions differ between
the two runs (a record's items are compared as whole JSON objects; a differing document
is listed with what changed). Model, lexicon and rules are loaded before timing.

    PYTHONPATH=src python bench/bench_fastpath.py [--limit 1000] [--corpus PATH ...] [--show 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter
from pathlib import Path

from newsevents.actors import load_lexicon
from newsevents.actors.match import form_index
from newsevents.events.patterns import load_rules
from newsevents.parse import load_model
from newsevents.pipeline import Options, code_documents
from newsevents.prefilter import Prefilter
from newsevents.read import read
from newsevents.record import to_record

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = [SHARED / "bbc_news" / "articles.jsonl", SHARED / "reuters21578" / "articles.jsonl"]
FIELDS = ("events", "quotes", "actors")


def run(docs, fast: bool) -> tuple[list[dict], float, Counter]:
    """Records of one coding run, its seconds, and paragraph counts (full / all)."""
    counts: Counter = Counter()
    start = time.perf_counter()
    coded = list(code_documents(docs, options=Options(fast_path=fast)))
    seconds = time.perf_counter() - start
    for doc in coded:
        counts["paragraphs"] += len(doc.parsed)
        counts["full"] += sum(1 for spacy_doc in doc.parsed if spacy_doc.has_annotation("DEP"))
    return [to_record(doc) for doc in coded], seconds, counts


def compare(slow: list[dict], fast: list[dict]) -> tuple[Counter, list[tuple[str, str, list, list]]]:
    """Per field: items only in one run (as a multiset), and the documents that differ."""
    differ: Counter = Counter()
    examples = []
    for a, b in zip(slow, fast, strict=True):
        for field in FIELDS:
            left = Counter(json.dumps(item, sort_keys=True) for item in a[field])
            right = Counter(json.dumps(item, sort_keys=True) for item in b[field])
            differ[field + "_total"] += sum(left.values())
            if left != right:
                differ[field] += sum((left - right).values()) + sum((right - left).values())
                examples.append((a["id"], field, sorted((left - right).elements()), sorted((right - left).elements())))
    return differ, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--corpus", nargs="*", default=[str(path) for path in CORPORA])
    parser.add_argument("--show", type=int, default=5, help="differing documents to print")
    args = parser.parse_args()
    lexicon = load_lexicon()
    load_model()
    form_index(lexicon)
    load_rules()
    Prefilter(lexicon)
    for corpus in args.corpus:
        if not Path(corpus).exists():
            raise SystemExit(f"no corpus at {corpus} (needs ../shared)")
        docs = list(itertools.islice(read([corpus]), args.limit))
        slow, slow_seconds, _ = run(docs, fast=False)
        fast, fast_seconds, counts = run(docs, fast=True)
        differ, examples = compare(slow, fast)
        print(f"{Path(corpus).parent.name}: {len(docs)} docs")
        print(f"  full parse: {slow_seconds:7.1f} s  {len(docs) / slow_seconds:6.1f} docs/s")
        print(f"  fast path:  {fast_seconds:7.1f} s  {len(docs) / fast_seconds:6.1f} docs/s"
              f"  (x{slow_seconds / fast_seconds:.2f}; {counts['full']}/{counts['paragraphs']} paragraphs parsed)")
        for field in FIELDS:
            print(f"  {field}: {differ[field + '_total']} in full run, {differ[field]} differ"
                  f" ({len({e[0] for e in examples if e[1] == field})} documents)")
        for doc_id, field, only_slow, only_fast in examples[:args.show]:
            print(f"    {doc_id} {field}: full only {only_slow[:3]}  fast only {only_fast[:3]}")


if __name__ == "__main__":
    main()
