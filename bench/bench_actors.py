"""Benchmark: what resolving actors adds to parsing.

Times the spaCy parse of N BBC articles, then the actors stage (matching, runs,
codes, coreference) over the same parsed documents, and prints the actors time as a
percentage of the parse time (target: under 10 %). Lexicon loading and the first
form-index build are warmed up before timing.

    PYTHONPATH=src python bench/bench_actors.py [--limit 1000] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from newsevents.actors import load_lexicon, resolve_actors
from newsevents.actors.match import form_index
from newsevents.clean import clean
from newsevents.parse import load_model, parse_many
from newsevents.read import read

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args()
    if not Path(args.corpus).exists():
        raise SystemExit(f"no corpus at {args.corpus} (needs ../shared)")
    docs = [clean(doc) for doc in itertools.islice(read([args.corpus]), args.limit)]
    lexicon = load_lexicon()
    load_model()
    form_index(lexicon)

    start = time.perf_counter()
    parsed = list(parse_many(docs))
    parse_seconds = time.perf_counter() - start

    start = time.perf_counter()
    resolved = [resolve_actors(doc, lexicon=lexicon) for doc in parsed]
    actor_seconds = time.perf_counter() - start

    mentions = sum(len(doc.mentions) for doc in resolved)
    print(f"articles: {len(parsed)}  mentions: {mentions}")
    print(f"parse:  {parse_seconds:8.2f} s")
    print(f"actors: {actor_seconds:8.2f} s  ({1000 * actor_seconds / max(mentions, 1):.3f} ms a mention)")
    print(f"added:  {100 * actor_seconds / parse_seconds:8.1f} % of the parse time")


if __name__ == "__main__":
    main()
