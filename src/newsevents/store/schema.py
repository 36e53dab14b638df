"""The DuckDB tables of a newsevents store (documented column by column in docs/schema.md).

Every row id is derived from the document key, so a rerun writes the same ids and the
tables of a resumed run equal those of an uninterrupted one.
"""

from __future__ import annotations

SCHEMA_VERSION = "1"

TABLES = {
    "meta": """
        key VARCHAR PRIMARY KEY,
        value VARCHAR""",
    "documents": """
        doc_key VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        content_sha256 VARCHAR NOT NULL,
        seq BIGINT NOT NULL,
        status VARCHAR NOT NULL,
        reason VARCHAR,
        date VARCHAR,
        headline VARCHAR,
        standfirst VARCHAR,
        body VARCHAR,
        text VARCHAR,
        wire VARCHAR,
        publisher VARCHAR,
        dateline VARCHAR,
        url VARCHAR,
        source VARCHAR,
        outlet VARCHAR,
        story_id VARCHAR,
        n_actors INTEGER,
        n_quotes INTEGER,
        n_events INTEGER,
        removed JSON,
        warnings VARCHAR[]""",
    "actors": """
        actor_key VARCHAR PRIMARY KEY,
        doc_key VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR,
        code VARCHAR,
        kind VARCHAR,
        name VARCHAR,
        start INTEGER,
        "end" INTEGER,
        plover_sector VARCHAR""",
    "quotes": """
        quote_key VARCHAR PRIMARY KEY,
        doc_key VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        quote_id VARCHAR,
        text VARCHAR,
        kind VARCHAR,
        speaker VARCHAR,
        speaker_code VARCHAR,
        speaker_text VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue VARCHAR,
        start INTEGER,
        "end" INTEGER""",
    "events": """
        event_key VARCHAR PRIMARY KEY,
        global_id BIGINT NOT NULL,
        doc_key VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        story_id VARCHAR,
        event_id VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        source VARCHAR,
        target VARCHAR,
        source_text VARCHAR,
        target_text VARCHAR,
        code VARCHAR,
        root VARCHAR,
        name VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        plover VARCHAR,
        modality VARCHAR,
        trigger VARCHAR,
        sentence VARCHAR,
        start INTEGER,
        "end" INTEGER,
        quote_id VARCHAR,
        quote_key VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        location_admin1 VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        location_precision VARCHAR,
        location_source VARCHAR,
        location_start INTEGER,
        location_end INTEGER,
        source_sector VARCHAR,
        target_sector VARCHAR""",
    "stories": """
        story_id VARCHAR PRIMARY KEY,
        first_doc_key VARCHAR NOT NULL,
        first_doc_id VARCHAR NOT NULL,
        headline VARCHAR,
        first_date VARCHAR,
        last_date VARCHAR,
        n_documents INTEGER NOT NULL,
        n_sources INTEGER NOT NULL""",
    "minhashes": """
        doc_key VARCHAR PRIMARY KEY,
        story_id VARCHAR NOT NULL,
        signature BLOB NOT NULL""",
}

# Row tables in the order a batch writes them; `meta` is written once.
ROW_TABLES = ("documents", "actors", "quotes", "events", "minhashes")
DATA_TABLES = ("documents", "actors", "quotes", "events", "stories", "minhashes")


class StoreError(RuntimeError):
    """The store cannot be used as asked (other settings, unreadable, locked)."""


def columns_of(definition: str) -> list[tuple[str, str]]:
    """(name, type) of each column of a table definition above."""
    found = []
    for line in definition.strip().splitlines():
        name, kind = line.strip().rstrip(",").split(maxsplit=1)
        found.append((name, kind.replace(" PRIMARY KEY", "").replace(" NOT NULL", "")))
    return found


def create(con, settings: dict[str, str]) -> None:
    """Create missing tables and add columns a newer version brought (an older store keeps its rows,
    with NULL in the new columns); refuse a store written with other story settings."""
    for name, columns in TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
        for column, kind in columns_of(columns):
            con.execute(f"ALTER TABLE {name} ADD COLUMN IF NOT EXISTS {column} {kind}")
    stored = dict(con.execute("SELECT key, value FROM meta").fetchall())
    wanted = {"schema_version": SCHEMA_VERSION, **settings}
    if not stored:
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(wanted.items()))
        return
    clashes = [f"{key}={stored.get(key)!r} (asked {value!r})" for key, value in wanted.items()
               if stored.get(key) != value]
    if clashes:
        raise StoreError("store was written with other settings: " + ", ".join(clashes))
