"""``newsevents load DIR --db X.duckdb``: bring the Parquet tables a Spark run wrote into a store.

Documents already in the store (same key) are skipped with their rows; the new documents keep their
order after the store's own (``seq`` continues); stories are recounted for every story touched.
One transaction: a load that fails leaves the store as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

from newsevents.store.run import STORIES_UPSERT
from newsevents.store.schema import StoreError, create
from newsevents.store.snapshot import publish_snapshot, sql_string
from newsevents.store.stories import StorySettings

CHILD_TABLES = ("actors", "quotes", "events", "minhashes")


@dataclass(frozen=True)
class LoadSummary:
    db: str
    documents: int
    skipped: int
    events: int


def parquet_glob(folder: Path, table: str) -> str:
    files = folder / table
    if not files.is_dir() or not any(files.glob("*.parquet")):
        raise StoreError(f"{files}: no Parquet files (is {folder} the --out of a Spark run?)")
    return sql_string(files / "*.parquet")


def load_parquet(folder: str | os.PathLike, *, db: str | os.PathLike = "newsevents.duckdb",
                 settings: StorySettings | None = None, snapshot: bool = True) -> LoadSummary:
    """Insert the tables under ``folder`` into ``db``; returns what was added."""
    folder = Path(folder)
    sources = {table: parquet_glob(folder, table) for table in ("documents", *CHILD_TABLES)}
    con = duckdb.connect(str(db))
    try:
        create(con, (settings or StorySettings()).as_meta())
        before = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        offered = con.execute(f"SELECT count(*) FROM read_parquet('{sources['documents']}')").fetchone()[0]
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"""CREATE TEMP TABLE new_keys AS
                SELECT doc_key FROM read_parquet('{sources['documents']}')
                WHERE doc_key NOT IN (SELECT doc_key FROM documents)""")
            con.execute(f"""INSERT INTO documents BY NAME
                SELECT * REPLACE (seq + (SELECT coalesce(max(seq), 0) FROM documents) AS seq)
                FROM read_parquet('{sources['documents']}') WHERE doc_key IN (SELECT doc_key FROM new_keys)""")
            for table in CHILD_TABLES:
                con.execute(f"""INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{sources[table]}')
                    WHERE doc_key IN (SELECT doc_key FROM new_keys)""")
            touched = [s for (s,) in con.execute("SELECT DISTINCT story_id FROM documents WHERE story_id IS NOT NULL "
                                                  "AND doc_key IN (SELECT doc_key FROM new_keys)").fetchall()]
            if touched:
                con.execute(STORIES_UPSERT, [touched])
            events = con.execute("SELECT count(*) FROM events WHERE doc_key IN (SELECT doc_key FROM new_keys)"
                                 ).fetchone()[0]
            con.execute("DROP TABLE new_keys")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        added = con.execute("SELECT count(*) FROM documents").fetchone()[0] - before
        if snapshot:
            publish_snapshot(con, db)
    finally:
        con.close()
    return LoadSummary(db=str(db), documents=added, skipped=offered - added, events=events)
