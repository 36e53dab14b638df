"""Exports of a store: Parquet, CSV, JSON lines, and a GDELT 2.0 event-table TSV.

Parquet/CSV/JSONL write one table (events by default, with document fields joined
in). ``gdelt`` writes GDELT's 61 event columns, one row per story-event (a story's
event counted once, NumArticles = documents that carried it); see docs/export.md.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from newsevents.resources import data_path, read_tsv
from newsevents.store.query import STORY_EVENTS, EventFilter
from newsevents.store.schema import DATA_TABLES, StoreError
from newsevents.store.snapshot import open_reader, sql_string

FORMATS = ("parquet", "csv", "jsonl", "gdelt")
COPY_OPTIONS = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}
EVENTS_JOINED = """
SELECT e.*, d.url, d.outlet, d.headline, d.publisher, d.wire
FROM events e JOIN documents d USING (doc_key) WHERE {where} ORDER BY d.seq, e.event_key
"""

ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ACTOR_COLUMNS), *(f"Actor2{c}" for c in ACTOR_COLUMNS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GEO_COLUMNS), *(f"Actor2Geo_{c}" for c in GEO_COLUMNS),
    *(f"ActionGeo_{c}" for c in GEO_COLUMNS), "DATEADDED", "SOURCEURL",
)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO3 codes of our country dictionary: the part of an actor code GDELT calls CountryCode."""
    return frozenset(code for _n, (code, *_rest) in read_tsv(data_path("actors", "countries.tsv"), columns=4)
                     if len(code) == 3 and code.isupper())


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO3 -> FIPS 10-4, the country codes GDELT's geography columns use."""
    from newsevents.places import load_gazetteer

    return {iso3: fips for iso3, fips in load_gazetteer().fips.items() if fips}


def action_geo(alias: str) -> str:
    """GDELT's ActionGeo columns from the event's place: Type 1 country, 2 US state, 3 US city,
    4 world city, 5 world state; ADM1Code = FIPS country + first-level code; FeatureID left empty."""
    fips = "MAP {" + ", ".join(f"'{iso3}': '{code}'" for iso3, code in sorted(fips_codes().items())) + "}"
    country = f"{fips}[{alias}.location_country]"
    us = f"{alias}.location_country = 'USA'"
    values = {
        "Type": f"CASE {alias}.location_precision WHEN 'country' THEN 1 WHEN 'admin1' THEN CASE WHEN {us} THEN 2 "
                f"ELSE 5 END WHEN 'city' THEN CASE WHEN {us} THEN 3 ELSE 4 END END",
        "FullName": f"{alias}.location_name",
        "CountryCode": country,
        "ADM1Code": f"CASE WHEN {alias}.location_admin1 IS NOT NULL "
                    f"THEN {country} || split_part({alias}.location_admin1, '-', 2) END",
        "ADM2Code": "NULL", "Lat": f"{alias}.location_lat", "Long": f"{alias}.location_lon", "FeatureID": "NULL",
    }
    return ", ".join(f"{values[c]} AS ActionGeo_{c}" for c in GEO_COLUMNS)


def gdelt_select(where: str) -> str:
    """The SQL of the GDELT table; columns we do not have are empty strings."""
    countries = "[" + ", ".join(f"'{code}'" for code in sorted(country_codes())) + "]"
    day = "try_cast(left(se.date, 10) AS DATE)"

    def actor(number: int, column: str) -> str:
        code = f"nullif(nullif(se.{column}, '---'), '')"
        text = f"se.{column}_text"
        is_country = f"list_contains({countries}, left({code}, 3))"
        part = {n: f"nullif(substr({code}, {3 * n - 2}, 3), '')" for n in (1, 2, 3)}
        # a country code is country + types (USAGOV); any other is type + group (IGOUNO: IGO, UNO)
        values = {"Code": code, "Name": f"upper({text})",
                  "CountryCode": f"CASE WHEN {is_country} THEN {part[1]} END",
                  "KnownGroupCode": f"CASE WHEN NOT {is_country} THEN {part[2]} END",
                  "Type1Code": f"CASE WHEN {is_country} THEN {part[2]} ELSE {part[1]} END",
                  "Type2Code": f"CASE WHEN {is_country} THEN {part[3]} END"}
        return ", ".join(f"{values.get(c, 'NULL')} AS Actor{number}{c}" for c in ACTOR_COLUMNS)

    geo = ", ".join(f"NULL AS {prefix}_{c}" for prefix in ("Actor1Geo", "Actor2Geo") for c in GEO_COLUMNS)
    geo += ", " + action_geo("se")
    return f"""
    WITH se AS (
        SELECT s.*, e.source_text, e.target_text, e.start, d.url, d.doc_id, e.location_name,
               e.location_country, e.location_admin1, e.location_lat, e.location_lon, e.location_precision,
               length(coalesce(d.headline, '')) AS headline_length
        FROM ({STORY_EVENTS.format(where=where)}) s
        JOIN events e ON e.event_key = s.event_key JOIN documents d ON d.doc_key = e.doc_key
    )
    SELECT se.global_id AS GLOBALEVENTID, strftime({day}, '%Y%m%d') AS SQLDATE,
           strftime({day}, '%Y%m') AS MonthYear, year({day}) AS Year,
           round(year({day}) + (dayofyear({day}) - 1) / 365.0, 4) AS FractionDate,
           {actor(1, 'source')}, {actor(2, 'target')},
           NULL AS IsRootEvent, se.code AS EventCode, left(se.code, 3) AS EventBaseCode, se.root AS EventRootCode,
           se.quad_class AS QuadClass, se.goldstein AS GoldsteinScale, se.n_mentions AS NumMentions,
           se.n_sources AS NumSources, se.n_documents AS NumArticles, NULL AS AvgTone, {geo},
           NULL AS DATEADDED, coalesce(se.url, se.doc_id) AS SOURCEURL
    FROM se ORDER BY SQLDATE NULLS LAST, GLOBALEVENTID
    """


def export(db: str | os.PathLike, out: str | os.PathLike, *, fmt: str = "parquet", table: str = "events",
           flt: EventFilter | None = None) -> int:
    """Write ``table`` (or the GDELT view of the events) to ``out``; returns the number of rows."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if table not in DATA_TABLES:
        raise StoreError(f"unknown table {table!r} (one of {', '.join(DATA_TABLES)})")
    flt = flt or EventFilter(include_negated=fmt != "gdelt")
    where, params = flt.where()
    if fmt == "gdelt":
        sql, options = gdelt_select(where), "FORMAT csv, DELIMITER '\t', HEADER false"
    elif table == "events":
        sql, options = EVENTS_JOINED.format(where=where), COPY_OPTIONS[fmt]
    else:
        sql, options, params = f"SELECT * FROM {table} ORDER BY ALL", COPY_OPTIONS[fmt], []
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    con, _path = open_reader(db)
    with con:
        con.execute(f"CREATE TEMP VIEW export_rows AS {inline(sql, params)}")
        con.execute(f"COPY export_rows TO '{sql_string(out)}' ({options})")
        return con.execute("SELECT count(*) FROM export_rows").fetchone()[0]


def inline(sql: str, params: list) -> str:
    """Put literal parameters into the SQL (COPY and views take no prepared parameters)."""
    for value in params:
        sql = sql.replace("?", f"'{str(value).replace(chr(39), chr(39) * 2)}'", 1)
    return sql
