"""The store as the server reads it: read-only, following a running ingest.

DuckDB lets no other process open a file that a run is writing, and a reader holding
the file open would stop a run from starting. So the server opens the store read-only
for each request and closes it after (a few milliseconds); while a run holds the lock
it opens the snapshot the run publishes instead. A new snapshot is renamed into place
by the run, so the next request reads it: the dashboard follows a running ingest.
(An open DuckDB connection is cached per path inside a process, so one kept open
would keep serving the old snapshot.)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsevents.serve.errors import Unavailable
from newsevents.store.schema import StoreError
from newsevents.store.snapshot import is_lock_error, snapshot_path


class StoreReader:
    """Read-only connections to ``db``, or to its snapshot while a run writes it."""

    def __init__(self, db: str | os.PathLike) -> None:
        self.db = Path(db)
        self.snapshot = snapshot_path(self.db)

    def check(self) -> None:
        """Raise StoreError when there is nothing to serve (the CLI says so before starting)."""
        if not self.db.exists() and not self.snapshot.exists():
            raise StoreError(f"{self.db}: no such store (create one with `newsevents run` or `newsevents demo`)")

    @contextmanager
    def connect(self) -> Iterator[tuple[duckdb.DuckDBPyConnection, Path]]:
        """(connection, path opened): the store file when it is free, else the latest snapshot."""
        con, path = self._open()
        try:
            yield con, path
        finally:
            con.close()

    def _open(self) -> tuple[duckdb.DuckDBPyConnection, Path]:
        if not self.db.exists() and not self.snapshot.exists():
            raise Unavailable(f"{self.db}: no such store (yet): create one with `newsevents run`")
        if self.db.exists():
            try:
                return duckdb.connect(str(self.db), read_only=True), self.db
            except duckdb.IOException as error:
                if not is_lock_error(error):
                    raise Unavailable(f"{self.db}: cannot be opened ({error})") from error
        if not self.snapshot.exists():
            raise Unavailable(f"{self.db} is being written by a run and has no snapshot yet; "
                              "try again in a few seconds")
        try:
            return duckdb.connect(str(self.snapshot), read_only=True), self.snapshot
        except duckdb.Error as error:
            raise Unavailable(f"{self.snapshot}: cannot be opened ({error})") from error
