"""Questions asked of a store: events by actor, root and date; dyad counts per period.

Aggregates count a story once: an event reported by five reprints of one article is
one event carried by five documents (``n_documents``) from N outlets (``n_sources``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from newsevents.store.snapshot import open_reader

EVENT_COLUMNS = ("date", "source", "target", "code", "root", "name", "goldstein", "quad_class", "modality",
                 "source_text", "target_text", "sentence", "doc_id", "story_id", "event_key",
                 "location_name", "location_country", "location_lat", "location_lon", "location_precision")
EARTH_KM = 6371.0
PERIODS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}

# One row per distinct (story, source, target, code, modality): a story's event counted once.
STORY_EVENTS = """
SELECT e.story_id, e.source, e.target, e.code, e.root, e.modality,
       min(e.date) AS date, any_value(e.goldstein) AS goldstein, any_value(e.quad_class) AS quad_class,
       arg_min(e.global_id, d.seq) AS global_id, arg_min(e.event_key, d.seq) AS event_key,
       count(*) AS n_mentions, count(DISTINCT e.doc_key) AS n_documents,
       count(DISTINCT coalesce(d.outlet, d.doc_key)) AS n_sources,
       list(DISTINCT e.doc_key) AS doc_keys, list(DISTINCT coalesce(d.outlet, d.doc_key)) AS outlets
FROM events e JOIN documents d USING (doc_key)
WHERE {where}
GROUP BY e.story_id, e.source, e.target, e.code, e.root, e.modality
"""


@dataclass(frozen=True)
class EventFilter:
    """Which events: an actor code (prefix, either side), a CAMEO root, a date range, where they
    happened (``place_country``, ISO3; ``near``, (lat, lon, km))."""

    actor: str | None = None
    root: str | None = None
    since: str | None = None
    until: str | None = None
    include_negated: bool = True
    place_country: str | None = None
    near: tuple[float, float, float] | None = None

    def where(self, alias: str = "e") -> tuple[str, list]:
        clauses, params = ["TRUE"], []
        if self.actor:
            clauses.append(f"(starts_with({alias}.source, ?) OR starts_with({alias}.target, ?))")
            params += [self.actor, self.actor]
        if self.root:
            clauses.append(f"{alias}.root = ?")
            params.append(self.root.zfill(2))
        if self.since:
            clauses.append(f"{alias}.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.date <= ?")
            params.append(self.until)
        if not self.include_negated:
            clauses.append(f"coalesce({alias}.modality, '') <> 'negated'")
        if self.place_country:
            clauses.append(f"{alias}.location_country = ?")
            params.append(self.place_country.upper())
        if self.near:
            lat, lon, km = self.near
            clauses.append(within_km(alias))
            params += [lat, lat, lon, km]
        return " AND ".join(clauses), params


def within_km(alias: str) -> str:
    """SQL: the event's place lies within ?4 km of (?1 lat, ?3 lon) (haversine; ?2 repeats the lat)."""
    lat, lon = f"radians({alias}.location_lat)", f"radians({alias}.location_lon)"
    return (f"{2 * EARTH_KM} * asin(sqrt(pow(sin(({lat} - radians(?::DOUBLE)) / 2), 2) + cos({lat}) * "
            f"cos(radians(?::DOUBLE)) * pow(sin(({lon} - radians(?::DOUBLE)) / 2), 2))) <= ?::DOUBLE")


def fetch_dicts(con, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def query_events(db: str | os.PathLike, flt: EventFilter | None = None, *, limit: int | None = 100) -> list[dict]:
    """Event rows (newest first) matching the filter; reads the snapshot while a run writes."""
    flt = flt or EventFilter()
    where, params = flt.where()
    sql = (f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e JOIN documents d USING (doc_key) "
           f"WHERE {where} ORDER BY e.date DESC NULLS LAST, d.seq, e.event_key")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    con, _path = open_reader(db)
    with con:
        return fetch_dicts(con, sql, params)


def dyads_select(where: str, by: str, *, extra: str = "") -> str:
    """The SQL of the dyad aggregates (``extra``: more output columns, each ending in a comma);
    ``newsevents dyads`` and the API's /api/dyads both ask it."""
    return f"""
    WITH se AS ({STORY_EVENTS.format(where=where)})
    SELECT CASE WHEN date IS NULL THEN NULL
                ELSE strftime(try_cast(left(date, 10) AS DATE), '{PERIODS[by]}') END AS period,
           source, target, count(*) AS events, {extra}
           round(avg(goldstein), 2) AS mean_goldstein,
           round(avg((quad_class = 1)::INT), 3) AS q1_verbal_coop,
           round(avg((quad_class = 2)::INT), 3) AS q2_material_coop,
           round(avg((quad_class = 3)::INT), 3) AS q3_verbal_conflict,
           round(avg((quad_class = 4)::INT), 3) AS q4_material_conflict,
           len(list_distinct(flatten(list(doc_keys)))) AS documents,
           len(list_distinct(flatten(list(outlets)))) AS sources
    FROM se GROUP BY ALL ORDER BY period NULLS LAST, events DESC, source, target
    """


def dyads(db: str | os.PathLike, *, by: str = "month", flt: EventFilter | None = None) -> list[dict]:
    """Per period and source–target pair: story-events, mean Goldstein, QuadClass shares, documents, sources."""
    flt = flt or EventFilter(include_negated=False)
    where, params = flt.where()
    sql = dyads_select(where, by)
    con, _path = open_reader(db)
    with con:
        return fetch_dicts(con, sql, params)


def store_summary(db: str | os.PathLike) -> dict:
    """Row counts per table, documents per status, events per root, the largest stories."""
    con, path = open_reader(db)
    with con:
        tables = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                  for name in ("documents", "actors", "quotes", "events", "stories")}
        status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY ALL ORDER BY 1").fetchall())
        roots = fetch_dicts(con, "SELECT root, count(*) AS events "
                                 "FROM events GROUP BY root ORDER BY root", [])
        stories = fetch_dicts(con, "SELECT story_id, first_doc_id, headline, n_documents, n_sources FROM stories "
                                   "ORDER BY n_documents DESC, first_doc_key LIMIT 10", [])
    return {"path": str(path), "tables": tables, "status": status, "roots": roots, "stories": stories}
