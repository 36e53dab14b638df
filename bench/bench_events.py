"""Benchmark: what coding (quotes + events, after parsing and actors) costs next to parsing.

Times the spaCy parse of N BBC articles, the actors stage, and then the quotes and
events stages over the same documents, and prints each as a percentage of the parse
time (issue target: events coding under 15 % of parse time; the opt-in learned fallback is
timed and printed beside it). Rules and models are loaded before timing.

    PYTHONPATH=src python bench/bench_events.py [--limit 1000] [--corpus PATH]
"""

from __future__ import annotations

import time

from common import cleaned_corpus

from newsevents.actors import resolve_actors
from newsevents.events import code_events
from newsevents.events.fallback import add_fallback, load_model
from newsevents.events.patterns import load_rules
from newsevents.parse import parse_many
from newsevents.places import load_gazetteer, locate_events
from newsevents.quotes import find_quotes


def timed(function, docs):
    start = time.perf_counter()
    out = [function(doc) for doc in docs]
    return out, time.perf_counter() - start


def main() -> None:
    docs, lexicon = cleaned_corpus(__doc__.splitlines()[0])
    load_rules()
    load_gazetteer()
    load_model()

    start = time.perf_counter()
    parsed = list(parse_many(docs))
    parse_seconds = time.perf_counter() - start
    resolved, actor_seconds = timed(lambda d: resolve_actors(d, lexicon=lexicon), parsed)
    quoted, quote_seconds = timed(find_quotes, resolved)
    coded, event_seconds = timed(code_events, quoted)
    coded, fallback_seconds = timed(add_fallback, coded)  # the learned fallback (events/fallback.py): opt-in
    coded, place_seconds = timed(locate_events, coded)

    events = sum(len(doc.events) for doc in coded)
    quotes = sum(len(doc.quotes) for doc in coded)
    located = sum(1 for doc in coded for event in doc.events if event.location)
    print(f"articles: {len(coded)}  quotes: {quotes}  events: {events}  with a place: {located}")
    print(f"parse:  {parse_seconds:8.2f} s  ({len(coded) / parse_seconds:.1f} docs/s)")
    for name, seconds in (("actors", actor_seconds), ("quotes", quote_seconds), ("events", event_seconds),
                          ("fallback", fallback_seconds), ("places", place_seconds)):
        print(f"{name}: {seconds:8.2f} s  = {100 * seconds / parse_seconds:5.1f} % of parse")
    coding = quote_seconds + event_seconds  # what a default run codes; the fallback runs only with --fallback
    print(f"coding (quotes + events) = {100 * coding / parse_seconds:.1f} % of parse (target < 15 %); "
          f"with --fallback {100 * (coding + fallback_seconds) / parse_seconds:.1f} %")


if __name__ == "__main__":
    main()
