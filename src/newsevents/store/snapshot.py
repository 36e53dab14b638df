"""Readers during a run: DuckDB lets one process open a file while it writes, so the
writer publishes a read-only copy, ``<db>.snapshot.duckdb``, after its batches.

The copy is written to a temporary file (``ATTACH`` + ``COPY FROM DATABASE``) and
renamed over the old one, so a reader never sees half a snapshot.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from newsevents.store.schema import StoreError


def snapshot_path(db: str | os.PathLike) -> Path:
    """``x.duckdb`` -> ``x.snapshot.duckdb``."""
    path = Path(db)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.snapshot{path.suffix or '.duckdb'}")


def publish_snapshot(con, db: str | os.PathLike) -> Path:
    """Copy the open database to the snapshot file atomically."""
    target = snapshot_path(db)
    temporary = target.with_name(target.name + f".tmp{os.getpid()}")
    for stale in target.parent.glob(f"{target.name}.tmp*"):  # left by a killed run (only the writer gets here)
        stale.unlink(missing_ok=True)
    name = con.execute("SELECT current_database()").fetchone()[0]
    con.execute(f"ATTACH '{sql_string(temporary)}' AS newsevents_snapshot")
    try:
        con.execute(f'COPY FROM DATABASE "{name}" TO newsevents_snapshot')
    finally:
        con.execute("DETACH newsevents_snapshot")
    os.replace(temporary, target)
    return target


def sql_string(path: os.PathLike | str) -> str:
    return str(path).replace("'", "''")


def is_lock_error(error: Exception) -> bool:
    return "lock" in str(error).lower()


def open_reader(db: str | os.PathLike):
    """A read-only connection to ``db``, or to its snapshot while a run holds the lock.

    Returns (connection, path actually opened).
    """
    path = Path(db)
    if not path.exists():
        raise StoreError(f"{path}: no such store (create one with `newsevents run`)")
    try:
        return duckdb.connect(str(path), read_only=True), path
    except duckdb.IOException as error:
        snapshot = snapshot_path(path)
        if not is_lock_error(error) or not snapshot.exists():
            raise StoreError(f"{path}: cannot be opened ({error})") from error
        return duckdb.connect(str(snapshot), read_only=True), snapshot
