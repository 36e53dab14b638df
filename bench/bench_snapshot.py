"""Benchmark: publishing the reader snapshot of a large store, the old way and the new.

Builds a synthetic store (the real schema; documents with ~5 KB of incompressible text,
a few actors and events each) of about ``--gib`` GiB, then times:

* old: ``COPY FROM DATABASE`` of the whole store into a new file (what publish did before);
* new, first publish: every table written whole as Parquet parts;
* new, after one batch: 32 more documents written, then published (what a run does).

    PYTHONPATH=src python bench/bench_snapshot.py [--gib 1.0] [--dir /tmp/snapbench]
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

import duckdb

from newsevents.store.schema import create
from newsevents.store.snapshot import parts_folder, publish_snapshot, snapshot_path, sql_string

DOC_BYTES = 5_000


def add_documents(con, first: int, count: int) -> None:
    """``count`` synthetic documents from seq ``first`` on, with 3 actors and 2 events each."""
    span = f"range({first}, {first + count}) r(i)"
    words = DOC_BYTES // 33
    con.execute(f"""INSERT INTO documents (doc_key, doc_id, content_sha256, seq, status, headline, text, story_id)
        SELECT 'k' || i, 'd' || i, md5(i::VARCHAR), i, 'coded', 'headline ' || i,
               (SELECT string_agg(md5((i * {words} + j)::VARCHAR), ' ') FROM range({words}) t(j)), 's' || (i // 3)
        FROM {span}""")
    con.execute(f"""INSERT INTO actors (actor_key, doc_key, doc_id, idx, text, code)
        SELECT 'k' || i || ':' || a, 'k' || i, 'd' || i, a, 'Actor ' || a, 'USAGOV' FROM {span}, range(3) x(a)""")
    con.execute(f"""INSERT INTO events (event_key, global_id, doc_key, doc_id, code)
        SELECT 'k' || i || ':' || e, i * 2 + e, 'k' || i, 'd' || i, '042' FROM {span}, range(2) x(e)""")
    con.execute(f"""INSERT OR REPLACE INTO stories (story_id, first_doc_key, first_doc_id, n_documents, n_sources)
        SELECT 's' || (i // 3), 'k' || min(i), 'd' || min(i), count(*)::INTEGER, 1 FROM {span} GROUP BY i // 3""")


def old_publish(con, db: Path) -> Path:
    """The publish this replaces: a full copy of the database into a new file."""
    temporary = db.with_name(db.name + ".oldcopy.duckdb")
    temporary.unlink(missing_ok=True)
    name = con.execute("SELECT current_database()").fetchone()[0]
    con.execute(f"ATTACH '{sql_string(temporary)}' AS old_snapshot")
    try:
        con.execute(f'COPY FROM DATABASE "{name}" TO old_snapshot')
    finally:
        con.execute("DETACH old_snapshot")
    return temporary


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--dir", default="/tmp/newsevents_snapshot_bench")
    args = parser.parse_args()
    folder = Path(args.dir)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db = folder / "big.duckdb"
    con = duckdb.connect(str(db))
    create(con, {"bench": "1"})
    count, step = 0, 20_000
    while os.path.getsize(db) < args.gib * 2**30:
        add_documents(con, count + 1, step)
        count += step
        con.execute("CHECKPOINT")
    size = os.path.getsize(db) / 2**30
    print(f"store: {db} {size:.2f} GiB, {count} documents")
    print(f"old publish (COPY FROM DATABASE): {timed(old_publish, con, db):7.2f} s")
    print(f"new publish, first (all parts):   {timed(publish_snapshot, con, db):7.2f} s")
    add_documents(con, count + 1, 32)
    print(f"new publish after 32 documents:  {timed(publish_snapshot, con, db):7.2f} s")
    reader = duckdb.connect(str(snapshot_path(db)), read_only=True)
    seen = reader.execute("SELECT count(*) FROM documents").fetchone()[0]
    parts = sum(p.stat().st_size for p in parts_folder(db).glob("*.parquet")) / 2**30
    print(f"snapshot reads {seen} documents (store has {count + 32}); parts {parts:.2f} GiB")
    con.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
