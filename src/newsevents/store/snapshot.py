"""Readers during a run: DuckDB lets one process open a file while it writes, so the
writer publishes a read-only snapshot, ``<db>.snapshot.duckdb``, after its batches.

Publishing costs what changed, not the size of the store: each publish writes, per
table, one Parquet part with the rows added since the last publish (documents by
``seq``; their actors, quotes, events and minhashes by ``doc_key``; the stories they
joined, the newest part winning) into ``<db>.snapshot.parts/``, and then a small
catalog file, ``<db>.snapshot.duckdb``, whose views read those parts. Small tables
without a document key (meta) are written whole. A table is written whole again when its
columns changed, when the store was rebuilt (``seq`` went back or the first document
is another), or when it has
``MAX_PARTS`` parts (compaction, so readers never open thousands of files).

Readers never see half a snapshot: parts are written under a temporary name and renamed,
and only then is the catalog written to a temporary file and renamed over the old one.
Parts the current or the previous catalog name are kept, so a reader that opened the
previous catalog can finish.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb

from newsevents.store.schema import StoreError

MAX_PARTS = 64  # parts per table before it is written whole again
MANIFEST = "manifest.json"


def snapshot_path(db: str | os.PathLike) -> Path:
    """``x.duckdb`` -> ``x.snapshot.duckdb``."""
    path = Path(db)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(f"{stem}.snapshot{path.suffix or '.duckdb'}")


def parts_folder(db: str | os.PathLike) -> Path:
    """``x.duckdb`` -> ``x.snapshot.parts/`` (the Parquet parts the snapshot's views read)."""
    target = snapshot_path(db)
    return target.with_name(target.name[: -len(target.suffix)] + ".parts")


def publish_snapshot(con, db: str | os.PathLike) -> Path:
    """Publish what changed since the last snapshot, then swap the catalog atomically."""
    target, folder = snapshot_path(db), parts_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in [*target.parent.glob(f"{target.name}.tmp*"), *folder.glob("*.tmp")]:  # left by a killed run
        stale.unlink(missing_ok=True)
    old = read_manifest(folder)
    seq, first = con.execute("SELECT coalesce(max(seq), 0), arg_min(doc_key, seq) FROM documents").fetchone()
    if seq < old["seq"] or first != old["first"]:
        old = empty_manifest()  # the store was rebuilt under the same name
    number = old["publish"] + 1
    tables = {}
    for table, columns in table_columns(con).items():
        entry = old["tables"].get(table)
        whole = (entry is None or entry["columns"] != columns or len(entry["parts"]) >= MAX_PARTS
                 or increment(table, columns, old["seq"]) is None)
        query = f'SELECT * FROM "{table}"' if whole else increment(table, columns, old["seq"])
        parts = [] if whole else list(entry["parts"])
        if whole or con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]:
            parts.append(write_part(con, query, folder / f"{table}-{number:08d}.parquet"))
        tables[table] = {"columns": columns, "parts": parts}
    manifest = {"seq": seq, "first": first, "publish": number, "tables": tables}
    write_catalog(target, folder, manifest)
    write_manifest(folder, manifest)
    keep = {part for m in (manifest, old) for entry in m["tables"].values() for part in entry["parts"]}
    for part in folder.glob("*.parquet"):
        if part.name not in keep:
            part.unlink(missing_ok=True)
    return target


def table_columns(con) -> dict[str, list[list[str]]]:
    """Each base table of the open database and its (column, type) list, in order."""
    found: dict[str, list[list[str]]] = {}
    for table, column, kind in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name IN "
            "(SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_catalog = current_database() AND table_schema = 'main') "
            "ORDER BY table_name, ordinal_position").fetchall():
        found.setdefault(table, []).append([column, kind])
    return found


def increment(table: str, columns: list[list[str]], seq: int) -> str | None:
    """The rows of ``table`` added or changed since document ``seq``; None = write it whole."""
    names = {name for name, _ in columns}
    if table == "documents":
        return f"SELECT * FROM documents WHERE seq > {int(seq)}"
    if "doc_key" in names:
        return f'SELECT * FROM "{table}" WHERE doc_key IN (SELECT doc_key FROM documents WHERE seq > {int(seq)})'
    if "story_id" in names:
        return (f'SELECT * FROM "{table}" WHERE story_id IN '
                f"(SELECT story_id FROM documents WHERE seq > {int(seq)})")
    return None


def write_part(con, query: str, path: Path) -> str:
    temporary = path.with_name(path.name + ".tmp")
    con.execute(f"COPY ({query}) TO '{sql_string(temporary)}' (FORMAT parquet)")
    os.replace(temporary, path)
    return path.name


def view_sql(table: str, columns: list[list[str]], files: list[str]) -> str:
    """A view over the parts; a table keyed by story (rows rewritten) keeps each key's newest row."""
    listed = "[" + ", ".join(f"'{sql_string(f)}'" for f in files) + "]"
    names = {name for name, _ in columns}
    if "story_id" in names and "doc_key" not in names and table != "documents":
        return (f'CREATE VIEW "{table}" AS SELECT * EXCLUDE (filename) FROM read_parquet({listed}, '
                "union_by_name = true, filename = true) "
                "QUALIFY row_number() OVER (PARTITION BY story_id ORDER BY filename DESC) = 1")
    return f'CREATE VIEW "{table}" AS SELECT * FROM read_parquet({listed}, union_by_name = true)'


def write_catalog(target: Path, folder: Path, manifest: dict) -> None:
    temporary = target.with_name(target.name + f".tmp{os.getpid()}")
    catalog = duckdb.connect(str(temporary))
    try:
        for table, entry in manifest["tables"].items():
            files = [str((folder / part).resolve()) for part in entry["parts"]]
            catalog.execute(view_sql(table, entry["columns"], files))
    finally:
        catalog.close()
    os.replace(temporary, target)


def empty_manifest() -> dict:
    return {"seq": 0, "first": None, "publish": 0, "tables": {}}


def read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return empty_manifest()
    if not isinstance(manifest, dict) or set(manifest) != set(empty_manifest()):
        return empty_manifest()
    if not all((folder / part).exists() for entry in manifest["tables"].values() for part in entry["parts"]):
        return empty_manifest()  # parts removed by hand: start over
    return manifest


def write_manifest(folder: Path, manifest: dict) -> None:
    temporary = folder / (MANIFEST + ".tmp")
    temporary.write_text(json.dumps(manifest), encoding="utf-8")
    os.replace(temporary, folder / MANIFEST)


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
