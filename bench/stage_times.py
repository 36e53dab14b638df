"""Measure: CPU seconds of each stage of the pipeline on the bench mix, one process, no profiler
(each stage function is wrapped with a process-time counter), start-up costs included where
they fall (the gazetteer in places, the form index in the pre-scan's first batch).

    PYTHONPATH=src python bench/stage_times.py [--limit 200] [--fast-path-off]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import CHUNK, corpus_mix  # noqa: E402

TIMES: collections.Counter = collections.Counter()


def timed(name: str, function):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            TIMES[name] += time.process_time() - started
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--fast-path-off", action="store_true")
    args = parser.parse_args()
    import newsevents.parse as parse
    import newsevents.pipeline as pipeline
    import newsevents.prefilter as prefilter
    from newsevents.actors import match
    from newsevents.record import to_record

    for name in ("check_language", "clean", "load_lexicon", "resolve_actors", "find_quotes", "code_events",
                 "locate_events"):
        setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    prefilter.Prefilter.select = timed("pre-scan (select)", prefilter.Prefilter.select)
    match.form_index = timed("actor form index (first use builds it)", match.form_index)
    batches = timed("parse (spaCy, pre-scan included)", lambda *a, **k: list(original_batch(*a, **k)))
    original_batch, parse.parse_batch = parse.parse_batch, lambda *a, **k: iter(batches(*a, **k))
    docs = corpus_mix(args.limit)
    started = time.process_time()
    parse.load_model()
    TIMES["load model"] += time.process_time() - started
    started = time.process_time()
    for doc in pipeline.process(docs, pipeline.Options(fast_path=not args.fast_path_off, batch_size=CHUNK)):
        to_record(doc)
    print(f"{'all stages (process + to_record)':40s} {time.process_time() - started:6.2f}")
    for name, seconds in TIMES.most_common():
        print(f"{name:40s} {seconds:6.2f}")


if __name__ == "__main__":
    main()
