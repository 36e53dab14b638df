"""A/B: `newsevents run` end to end with the model's own attribute ruler and lemmatizer
against newsevents.tagrules, same documents, each run in a fresh process, interleaved.

    PYTHONPATH=src python bench/tagrules_ab.py [--limit 200] [--pairs 2]

Prints CPU seconds (user + system, this process and its workers) of each run; on a shared
machine compare the pairs with each other, not with figures from another time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus_mix, cpu_seconds, run_newsevents  # noqa: E402


def child(limit: int, rules: bool) -> dict:
    import newsevents.parse

    if not rules:
        newsevents.parse.tag_rules = lambda nlp: None  # the model's own components
    docs = corpus_mix(limit)
    cpu, start = cpu_seconds(), time.perf_counter()
    run_newsevents(docs, 1, True)
    return {"tagrules": rules, "cpu_seconds": round(cpu_seconds() - cpu, 2),
            "seconds": round(time.perf_counter() - start, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--child", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.limit, args.child == "on")))
        return
    for _ in range(args.pairs):
        for mode in ("off", "on"):
            out = subprocess.run([sys.executable, __file__, "--limit", str(args.limit), "--child", mode],
                                 check=True, capture_output=True, text=True).stdout
            print(out.strip().splitlines()[-1], flush=True)


if __name__ == "__main__":
    main()
