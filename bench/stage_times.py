"""Measure: CPU seconds of each stage of the pipeline on the bench mix, one process, no profiler
(each stage function is wrapped with a process-time counter), start-up costs included where
they fall (the gazetteer in places, the form index in the pre-scan's first batch).

    PYTHONPATH=src python bench/stage_times.py [--limit 200] [--fast-path-off] [--store]

``--store``: through ``run_documents`` (workers=1) into a temporary store instead, with the
store's writes, snapshots and story signatures, the NER gate's plan and TagRules timed too.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
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
    parser.add_argument("--store", action="store_true", help="through run_documents, store and snapshots timed")
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
    options = pipeline.Options(fast_path=not args.fast_path_off, batch_size=CHUNK)
    started = time.process_time()
    if args.store:
        run_with_store(docs, options)
    else:
        for doc in pipeline.process(docs, options):
            to_record(doc)
    total = time.process_time() - started
    print(f"{'all stages (' + ('run_documents' if args.store else 'process + to_record') + ')':40s} {total:6.2f}"
          f" {1000 * total / len(docs):6.2f} ms a document")
    for name, seconds in TIMES.most_common():
        print(f"{name:40s} {seconds:6.2f} {1000 * seconds / len(docs):6.2f}")


def run_with_store(docs: list, options) -> None:
    import newsevents.nergate as nergate
    import newsevents.store.run as run
    import newsevents.tagrules as tagrules

    run.Writer.write = timed("store write", run.Writer.write)
    run.publish_snapshot = timed("store snapshot", run.publish_snapshot)
    run.signature = timed("story signature", run.signature)
    nergate.NerGate.plan = timed("NER gate plan", nergate.NerGate.plan)
    tagrules.TagRules.__call__ = timed("TagRules (in parse)", tagrules.TagRules.__call__)
    with tempfile.TemporaryDirectory() as folder:
        run.run_documents(iter(docs), db=Path(folder) / "stages.duckdb", workers=1, batch_size=CHUNK, options=options)


if __name__ == "__main__":
    main()
