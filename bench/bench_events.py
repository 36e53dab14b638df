"""Benchmark: what coding (quotes + events, after parsing and actors) costs next to parsing.

Times the spaCy parse of N BBC articles, the actors stage, and then the quotes and
events stages over the same documents, and prints each as a percentage of the parse
time (issue target: events coding under 15 % of parse time; the opt-in learned fallback is
timed and printed beside it). Rules and models are loaded before timing. The documents go through
in the parse stage's own batches (64), each batch parsed, coded, counted and let go, as a run does (the
collector paused over the first batch and what is left then set aside, as ``pipeline.StartUp`` does): on a
shared machine the load then weighs on the parse and on the coding alike. Times are the process's CPU seconds
(``time.process_time``): another job on the machine does not stretch them.

    PYTHONPATH=src python bench/bench_events.py [--limit 1000] [--corpus PATH]
"""

from __future__ import annotations

import time
from collections import Counter

from common import cleaned_corpus

from newsevents.actors import resolve_actors
from newsevents.events import code_events
from newsevents.events.fallback import add_fallback, load_model
from newsevents.events.patterns import load_rules
from newsevents.parse import parse_many
from newsevents.pipeline import StartUp
from newsevents.places import load_gazetteer, locate_events
from newsevents.quotes import find_quotes

BATCH = 64  # parse.parse_many's own batch size


def timed(function, docs):
    start = time.process_time()
    out = [function(doc) for doc in docs]
    return out, time.process_time() - start


def run_stages(docs, lexicon) -> tuple[Counter, dict[str, float]]:
    """Each batch parsed, then taken through every later stage; what came out of it counted and the batch let go,
    as a run streams its documents to the store (a run never holds a thousand parsed documents, and the collector
    walking them would be charged to whichever stage it interrupted); the collector paused over the first batch
    and what is left then set aside, as ``pipeline.StartUp`` does. The CPU seconds each stage spent in all."""
    seconds = dict.fromkeys(("parse", "actors", "quotes", "events", "fallback", "places"), 0.0)
    counts: Counter = Counter()
    heap = StartUp()
    for first in range(0, len(docs), BATCH):
        start = time.process_time()
        batch = list(parse_many(docs[first:first + BATCH]))
        seconds["parse"] += time.process_time() - start
        for name, stage in (("actors", lambda d: resolve_actors(d, lexicon=lexicon)), ("quotes", find_quotes),
                            ("events", code_events), ("fallback", add_fallback), ("places", locate_events)):
            batch, spent = timed(stage, batch)  # the learned fallback (events/fallback.py) is opt-in
            seconds[name] += spent
        counts.update(articles=len(batch), quotes=sum(len(doc.quotes) for doc in batch),
                      events=sum(len(doc.events) for doc in batch),
                      located=sum(1 for doc in batch for event in doc.events if event.location))
        heap.done()
    return counts, seconds


def main() -> None:
    docs, lexicon = cleaned_corpus(__doc__.splitlines()[0])
    load_rules()
    load_gazetteer()
    load_model()

    counts, seconds = run_stages(docs, lexicon)
    parse_seconds = seconds["parse"]
    print(f"articles: {counts['articles']}  quotes: {counts['quotes']}  events: {counts['events']}  "
          f"with a place: {counts['located']}")
    print(f"parse:  {parse_seconds:8.2f} s  ({counts['articles'] / parse_seconds:.1f} docs/s)")
    for name in ("actors", "quotes", "events", "fallback", "places"):
        print(f"{name}: {seconds[name]:8.2f} s  = {100 * seconds[name] / parse_seconds:5.1f} % of parse")
    coding = seconds["quotes"] + seconds["events"]  # what a default run codes; the fallback runs only with --fallback
    print(f"coding (quotes + events) = {100 * coding / parse_seconds:.1f} % of parse (target < 15 %); "
          f"with --fallback {100 * (coding + seconds['fallback']) / parse_seconds:.1f} %")


if __name__ == "__main__":
    main()
