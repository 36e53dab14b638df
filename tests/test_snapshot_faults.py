"""A half-written snapshot is never served: readers open only the complete, renamed file."""

from __future__ import annotations

import duckdb
import pytest

from newsevents.store.snapshot import publish_snapshot, snapshot_path


class FailingCopy:
    """A connection whose COPY dies half-way, as on a full disk or a kill."""

    def __init__(self, con):
        self.con = con

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith("COPY"):
            raise duckdb.IOException("No space left on device")
        return self.con.execute(sql, *args)


def test_failed_publish_keeps_the_last_complete_snapshot(tmp_path):
    """A part whose write fails mid-way, and a stray half-written temporary: the served snapshot
    is the last whole one."""
    db = tmp_path / "s.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (doc_key VARCHAR, seq BIGINT)")
    con.execute("INSERT INTO documents VALUES ('a', 1)")
    publish_snapshot(con, db)
    con.execute("INSERT INTO documents VALUES ('b', 2)")
    stray = snapshot_path(db).with_name(snapshot_path(db).name + ".tmp999")
    stray.write_bytes(b"half a database")
    with pytest.raises(duckdb.IOException):
        publish_snapshot(FailingCopy(con), db)
    con.close()
    with duckdb.connect(str(snapshot_path(db)), read_only=True) as reader:
        assert reader.execute("SELECT doc_key FROM documents").fetchall() == [("a",)]
    assert not stray.exists(), "a stale temporary is removed by the next publish"
