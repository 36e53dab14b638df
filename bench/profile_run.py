"""Profile: where the CPU of `newsevents run` goes, per function, on the bench mix.

Runs ``run_documents`` in one process (workers=1, so the profiler sees every stage) on the
first ``--limit`` documents of bench/throughput.py's mix and prints the functions with the
most cumulative and own time. The profiler inflates Python-heavy code more than spaCy's
compiled parts: compare runs with each other, not with bench/throughput.py.

    PYTHONPATH=src python bench/profile_run.py --limit 200 [--top 40] [--fast-path-off]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import CHUNK, corpus_mix  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--fast-path-off", action="store_true")
    parser.add_argument("--save", help="also write the raw profile here (for pstats / snakeviz)")
    args = parser.parse_args()
    from newsevents.pipeline import Options
    from newsevents.store.run import run_documents

    docs = corpus_mix(args.limit)
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as folder:
        profiler.enable()
        run_documents(iter(docs), db=Path(folder) / "profile.duckdb", workers=1, batch_size=CHUNK,
                      options=Options(fast_path=not args.fast_path_off))
        profiler.disable()
    if args.save:
        profiler.dump_stats(args.save)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
