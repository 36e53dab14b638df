"""The reader snapshot (newsevents.store.snapshot): a publish writes what changed since the
last one, readers see every row and each story's newest row, and never a missing part."""

from __future__ import annotations

import duckdb

from newsevents.store.schema import create
from newsevents.store.snapshot import parts_folder, publish_snapshot, snapshot_path


def add_document(con, seq: int, story: str, n_documents: int) -> None:
    con.execute("INSERT INTO documents (doc_key, doc_id, content_sha256, seq, status, story_id) "
                "VALUES (?, ?, 'sha', ?, 'coded', ?)", [f"k{seq}", f"d{seq}", seq, story])
    con.execute("INSERT INTO events (event_key, global_id, doc_key, doc_id, code) VALUES (?, ?, ?, ?, '042')",
                [f"k{seq}/e1", seq, f"k{seq}", f"d{seq}"])
    con.execute("INSERT OR REPLACE INTO stories (story_id, first_doc_key, first_doc_id, n_documents, n_sources) "
                "VALUES (?, 'k1', 'd1', ?, 1)", [story, n_documents])


def new_store(tmp_path):
    """A fresh store's path and an open connection to it, its tables created."""
    db = tmp_path / "s.duckdb"
    con = duckdb.connect(str(db))
    create(con, {"setting": "1"})
    return db, con


def read(db, sql: str):
    with duckdb.connect(str(snapshot_path(db)), read_only=True) as reader:
        return reader.execute(sql).fetchall()


def parts(db) -> set[str]:
    return {path.name for path in parts_folder(db).glob("*.parquet")}


def test_publish_writes_only_what_changed(tmp_path):
    db, con = new_store(tmp_path)
    add_document(con, 1, "story1", 1)
    publish_snapshot(con, db)
    first = parts(db)
    assert {"documents-00000001.parquet", "events-00000001.parquet", "quotes-00000001.parquet"} <= first
    add_document(con, 2, "story1", 2)
    publish_snapshot(con, db)
    new = parts(db) - first
    # the new document, its event, the story it grew, and meta (written whole); no empty quotes part
    assert new == {"documents-00000002.parquet", "events-00000002.parquet", "stories-00000002.parquet",
                   "meta-00000002.parquet"}
    assert read(db, "SELECT doc_key FROM documents ORDER BY seq") == [("k1",), ("k2",)]
    assert read(db, "SELECT count(*) FROM events") == [(2,)]
    assert read(db, "SELECT story_id, n_documents FROM stories") == [("story1", 2)]
    assert read(db, "SELECT count(*) FROM quotes") == [(0,)]
    con.close()


def test_a_new_column_republishes_the_table_whole(tmp_path):
    db, con = new_store(tmp_path)
    add_document(con, 1, "story1", 1)
    publish_snapshot(con, db)
    con.execute("ALTER TABLE events ADD COLUMN extra VARCHAR")
    add_document(con, 2, "story2", 1)
    publish_snapshot(con, db)
    assert read(db, "SELECT count(*), count(*) FILTER (extra IS NULL) FROM events") == [(2, 2)]
    con.close()


def test_parts_of_older_snapshots_are_removed(tmp_path):
    db, con = new_store(tmp_path)
    for seq in range(1, 4):
        add_document(con, seq, f"story{seq}", 1)
        publish_snapshot(con, db)
    # meta is written whole each time: only the current and the previous catalog's part remain
    assert sorted(p for p in parts(db) if p.startswith("meta-")) == ["meta-00000002.parquet",
                                                                    "meta-00000003.parquet"]
    assert read(db, "SELECT count(*) FROM documents") == [(3,)]
    con.close()


def test_a_rebuilt_store_starts_the_snapshot_over(tmp_path):
    db, con = new_store(tmp_path)
    for seq in (1, 2):
        add_document(con, seq, "story1", seq)
    publish_snapshot(con, db)
    con.close()
    db.unlink()
    con = duckdb.connect(str(db))
    create(con, {"setting": "1"})
    for seq in (1, 2, 3):  # as far as the old store and beyond: the first document tells them apart
        con.execute("INSERT INTO documents (doc_key, doc_id, content_sha256, seq, status, story_id) "
                    "VALUES (?, ?, 'sha', ?, 'coded', 'story9')", [f"new{seq}", f"n{seq}", seq])
    publish_snapshot(con, db)
    assert read(db, "SELECT DISTINCT story_id FROM documents") == [("story9",)]
    con.close()
