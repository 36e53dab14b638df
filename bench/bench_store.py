"""How fast the store writes, without NLP: synthetic records through `Writer` and the snapshot.

    PYTHONPATH=src python bench/bench_store.py --documents 5000 --batch-size 32

Prints documents/s of the writer (stories, rows, one transaction per batch) and the time
of one snapshot at the end, so the writer can be compared with coding speed (docs/s of `run`).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import duckdb

from newsevents.store.run import Writer
from newsevents.store.schema import create
from newsevents.store.snapshot import publish_snapshot
from newsevents.store.stories import StorySettings, signature

WORDS = [f"w{number}" for number in range(20000)]  # distinct bodies: one story each, as in most corpora


def record(number: int, rng: random.Random) -> dict:
    body = " ".join(rng.choice(WORDS) for _ in range(300))
    events = [{"id": f"e{i}", "source": "RUSGOV", "target": "USAGOV", "code": "036", "root": "03",
               "goldstein": 4.0, "quad_class": 1, "modality": "asserted", "sentence": body[:120]} for i in range(1, 4)]
    actors = [{"text": "Moscow", "code": "RUSGOV", "kind": "capital", "start": i, "end": i + 6} for i in range(20)]
    return {"id": f"d{number}", "text": "Headline\n\n" + body, "body": body, "date": "2020-01-01",
            "source": f"outlet{number % 7}", "events": events, "actors": actors, "warnings": []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    rng = random.Random(0)
    settings = StorySettings()
    records = [record(n, rng) for n in range(args.documents)]
    started = time.perf_counter()
    results = [(f"{r['id']}@0", "0" * 64, r, signature(r["body"], settings)) for r in records]
    signing = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        con = duckdb.connect(str(db))
        create(con, settings.as_meta())
        writer = Writer(con, settings)
        started = time.perf_counter()
        for start in range(0, len(results), args.batch_size):
            writer.write(results[start:start + args.batch_size])
        writing = time.perf_counter() - started
        started = time.perf_counter()
        publish_snapshot(con, db)
        snapshot = time.perf_counter() - started
        con.close()
        size = db.stat().st_size
    print(f"{args.documents} documents: signatures {args.documents / signing:.0f} docs/s (in workers), "
          f"writer {args.documents / writing:.0f} docs/s, one snapshot {snapshot:.2f} s, store {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
