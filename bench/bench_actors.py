"""Benchmark: what resolving actors adds to parsing.

Times the spaCy parse of N BBC articles, then the actors stage (matching, runs,
codes, coreference) over the same parsed documents, and prints the actors time as a
percentage of the parse time (target: under 6 %), and the dictionary's size and load time. Lexicon loading and the first
form-index build are warmed up before timing.

    PYTHONPATH=src python bench/bench_actors.py [--limit 1000] [--corpus PATH]
"""

from __future__ import annotations

import time

from common import cleaned_corpus

from newsevents.actors import load_lexicon, resolve_actors
from newsevents.actors.match import form_index
from newsevents.parse import parse_many


def dictionary_figures() -> None:
    """Dictionary size, and the time to load it and build its match index (model loaded)."""
    load_lexicon.cache_clear()
    form_index.cache_clear()
    start = time.perf_counter()
    lexicon = load_lexicon()
    loaded = time.perf_counter() - start
    form_index(lexicon)
    indexed = time.perf_counter() - start - loaded
    people = {id(e) for entries in lexicon.forms.values() for e in entries if e.kind == "person"}
    print(f"dictionary: {len(lexicon.forms)} names, {len(people)} people; "
          f"load {loaded:.2f} s, match index {indexed:.2f} s")


def main() -> None:
    docs, lexicon = cleaned_corpus(__doc__.splitlines()[0])
    dictionary_figures()
    lexicon = load_lexicon()

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
