"""Measure: the model over the bench mix's paragraphs with its matrix products through blis
(thinc's default) and through numpy's own OpenBLAS on one thread (``newsevents.parse.parsing_model``),
alternated in one process, CPU seconds; and whether any token's tag, dependency, head or entity differs.

    PYTHONPATH=src python bench/matmul_ab.py [--limit 200] [--pairs 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import cleaned_paragraphs, corpus_mix  # noqa: E402


def annotations(docs) -> list[tuple]:
    return [tuple((t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc) for doc in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    from thinc.api import NumpyOps

    from newsevents.parse import numpy_blas, parsing_model
    from newsevents.tagrules import COMPONENTS

    threads = numpy_blas()
    if threads is None:
        raise SystemExit("numpy has no bundled OpenBLAS here: the parse stage keeps blis")
    threads(1)
    nlp = parsing_model()
    texts = [p for doc in cleaned_paragraphs(corpus_mix(args.limit)) for p in doc]
    kinds = {"blis": NumpyOps(), "numpy": NumpyOps(use_blis=False)}
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    found: dict[str, list] = {}
    for _ in range(args.pairs):
        for kind, ops in kinds.items():
            for _name, pipe in nlp.pipeline:
                for node in pipe.model.walk() if hasattr(pipe, "model") and hasattr(pipe.model, "walk") else ():
                    node.ops = ops
            started = time.process_time()
            docs = list(nlp.pipe(texts, batch_size=256, disable=list(COMPONENTS)))
            times[kind].append(time.process_time() - started)
            found[kind] = annotations(docs)
    differ = sum(a != b for left, right in zip(found["blis"], found["numpy"], strict=True)
                 for a, b in zip(left, right, strict=True))
    for kind, seconds in times.items():
        print(f"{kind:6s} CPU s {' '.join(f'{s:.2f}' for s in seconds)} (min {min(seconds):.2f})")
    print(f"{sum(map(len, found['blis'])):,} tokens, {differ} with another tag, dependency, head or entity")


if __name__ == "__main__":
    main()
