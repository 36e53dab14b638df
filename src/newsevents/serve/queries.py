"""What the API reads from a store: events, dyads, actors, a document, a story.

Functions take an open read-only connection and return plain dicts and lists. Aggregates
count a story once (``newsevents.store.query.STORY_EVENTS``), like ``newsevents dyads``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from newsevents.serve.errors import BadRequest, NotFound
from newsevents.serve.filters import ACTOR, PERIODS, EventQuery, Page, integer, matching, one_of
from newsevents.store.export import country_codes
from newsevents.store.query import PERIODS as STORE_PERIODS
from newsevents.store.query import STORY_EVENTS, dyads_select, fetch_dicts

EVENT_FIELDS = ("event_key", "event_id", "doc_id", "doc_key", "story_id", "date", "source", "target", "source_text",
                "target_text", "code", "root", "name", "goldstein", "quad_class", "plover", "modality", "trigger",
                "sentence", "start", "end", "quote_id", "location_name", "location_country", "location_precision",
                "location_lat", "location_lon")
DOCUMENT_FIELDS = ("headline", "outlet", "url")
ACTOR_SORTS = {"mentions": "mentions DESC", "documents": "documents DESC", "code": "code ASC",
               "first_seen": "first_seen ASC NULLS LAST", "last_seen": "last_seen DESC NULLS LAST"}
ACTOR_PARAMETERS = ("actor", "kind", "sort", "limit", "offset", "format")


def events_sql(query: EventQuery, page: Page) -> tuple[str, list]:
    """The SELECT of the events view (without LIMIT), its parameters."""
    where, params = query.where()
    columns = ", ".join([f'e."{name}"' for name in EVENT_FIELDS] + [f"d.{name}" for name in DOCUMENT_FIELDS])
    return (f"SELECT {columns} FROM events e JOIN documents d USING (doc_key) "
            f"WHERE {where} ORDER BY {page.order_by()}"), params


def events(con, query: EventQuery, page: Page) -> dict:
    """``{"events": [...], "total": N, "limit", "offset"}``: one page of the matching events."""
    sql, params = events_sql(query, page)
    where, where_params = query.where()
    total = con.execute(f"SELECT count(*) FROM events e JOIN documents d USING (doc_key) WHERE {where}",
                        where_params).fetchone()[0]
    rows = fetch_dicts(con, sql + " LIMIT ? OFFSET ?", [*params, page.limit, page.offset])
    return {"events": rows, "total": total, "limit": page.limit, "offset": page.offset}


def dyads_sql(query: EventQuery, by: str) -> tuple[str, list]:
    """Per period and source–target pair: story-events, stories, mean Goldstein, QuadClass shares,
    documents, sources (the aggregates of ``newsevents dyads`` plus the story count)."""
    where, params = query.where()
    return dyads_select(where, by, extra="count(DISTINCT story_id) AS stories,"), params


def timeline_sql(query: EventQuery, by: str) -> tuple[str, list]:
    """Per period: story-events, stories, mean Goldstein, documents of the matching events (one dyad's)."""
    where, params = query.where()
    sql = f"""
    WITH se AS ({STORY_EVENTS.format(where=where)})
    SELECT strftime(try_cast(left(date, 10) AS DATE), '{STORE_PERIODS[by]}') AS period,
           count(*) AS events, count(DISTINCT story_id) AS stories, round(avg(goldstein), 2) AS mean_goldstein,
           len(list_distinct(flatten(list(doc_keys)))) AS documents
    FROM se WHERE try_cast(left(date, 10) AS DATE) IS NOT NULL GROUP BY ALL ORDER BY period
    """
    return sql, params


def timeline(con, query: EventQuery, by: str) -> dict:
    sql, params = timeline_sql(query, by)
    return {"timeline": fetch_dicts(con, sql, params), "by": by}


def dyads(con, query: EventQuery, by: str) -> dict:
    sql, params = dyads_sql(query, by)
    return {"dyads": fetch_dicts(con, sql, params), "by": by}


def parse_period(params: Mapping[str, str]) -> str:
    return one_of("by", params.get("by"), PERIODS, "month")


def actors_sql(params: Mapping[str, str]) -> tuple[str, list, int, int]:
    """Actor codes with their mentions, documents, first and last seen; SQL, parameters, limit, offset."""
    prefix = matching("actor", (params.get("actor") or "").strip().upper() or None, ACTOR,
                      "an actor code or its start (RUS, IGO)")
    kind = params.get("kind") or None
    sort = params.get("sort") or "mentions"
    if sort not in ACTOR_SORTS:
        raise BadRequest(f"sort={sort!r}: must be one of {', '.join(ACTOR_SORTS)}")
    limit = integer("limit", params.get("limit"), low=1, high=1000, default=100)
    offset = integer("offset", params.get("offset"), low=0, default=0)
    clauses, values = ["a.code IS NOT NULL"], []
    if prefix:
        clauses.append("starts_with(a.code, ?)")
        values.append(prefix)
    if kind:
        clauses.append("a.kind = ?")
        values.append(kind)
    sql = f"""
    SELECT a.code, mode(a.kind) AS kind, list(DISTINCT coalesce(a.name, a.text))[1:5] AS names,
           count(*) AS mentions, count(DISTINCT a.doc_key) AS documents,
           count(DISTINCT d.story_id) AS stories, min(d.date) AS first_seen, max(d.date) AS last_seen
    FROM actors a JOIN documents d USING (doc_key)
    WHERE {' AND '.join(clauses)} GROUP BY a.code ORDER BY {ACTOR_SORTS[sort]}, a.code
    """
    return sql, values, limit, offset


def actors(con, params: Mapping[str, str]) -> dict:
    sql, values, limit, offset = actors_sql(params)
    total = con.execute(f"SELECT count(*) FROM ({sql})", values).fetchone()[0]
    rows = fetch_dicts(con, sql + " LIMIT ? OFFSET ?", [*values, limit, offset])
    return {"actors": rows, "total": total, "limit": limit, "offset": offset}


def node_of(code: str | None) -> str | None:
    """The network node of an actor code: its country (RUSGOV -> RUS), else the whole code (IGOUNO)."""
    if not code or code.startswith("---"):
        return None
    return code[:3] if code[:3] in country_codes() else code


def network(con, query: EventQuery) -> dict:
    """States and organisations as nodes; edges per directed pair: stories, events, mean Goldstein, QuadClasses."""
    where, params = query.where()
    sql = f"SELECT story_id, source, target, goldstein, quad_class FROM ({STORY_EVENTS.format(where=where)})"
    rows = con.execute(sql, params).fetchall()
    edges: dict[tuple[str, str], dict] = {}
    for story_id, source, target, goldstein, quad_class in rows:
        pair = (node_of(source), node_of(target))
        if None in pair or pair[0] == pair[1]:
            continue
        edge = edges.setdefault(pair, {"source": pair[0], "target": pair[1], "events": 0, "stories": set(),
                                       "goldstein": [], "quad_classes": [0, 0, 0, 0]})
        edge["events"] += 1
        edge["stories"].add(story_id)
        if goldstein is not None:
            edge["goldstein"].append(goldstein)
        if quad_class in (1, 2, 3, 4):
            edge["quad_classes"][quad_class - 1] += 1
    out, nodes = [], {}
    for edge in edges.values():
        scores = edge.pop("goldstein")
        edge["stories"] = len(edge["stories"])
        edge["mean_goldstein"] = round(sum(scores) / len(scores), 2) if scores else None
        counts = edge["quad_classes"]
        edge["quad_class"] = counts.index(max(counts)) + 1 if any(counts) else None
        out.append(edge)
        for name in (edge["source"], edge["target"]):
            node = nodes.setdefault(name, {"id": name, "kind": "state" if name in country_codes() else "organisation",
                                           "stories": 0, "events": 0})
            node["stories"] += edge["stories"]
            node["events"] += edge["events"]
    out.sort(key=lambda e: (-e["stories"], e["source"], e["target"]))
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": out}


def places(con, query: EventQuery) -> dict:
    """Where the matching events happened: per place, story-events, mean Goldstein and the
    QuadClass most of them are in (a story counted once, as in dyads)."""
    where, params = query.where()
    sql = f"""
    WITH se AS ({STORY_EVENTS.format(where=where)})
    SELECT e.location_name AS name, e.location_country AS country, e.location_precision AS precision,
           round(any_value(e.location_lat), 4) AS lat, round(any_value(e.location_lon), 4) AS lon,
           count(*) AS events, round(avg(se.goldstein), 2) AS mean_goldstein, mode(se.quad_class) AS quad_class
    FROM se JOIN events e ON e.event_key = se.event_key
    WHERE e.location_lat IS NOT NULL
    GROUP BY ALL ORDER BY events DESC, name
    """
    return {"places": fetch_dicts(con, sql, params)}


def find_document(con, doc_id: str) -> dict:
    """The document row by doc_key, else the latest stored version of doc_id; 404 when none."""
    rows = fetch_dicts(con, "SELECT * FROM documents WHERE doc_key = ? OR doc_id = ? "
                            "ORDER BY doc_key = ? DESC, seq DESC LIMIT 1", [doc_id, doc_id, doc_id])
    if not rows:
        raise NotFound(f"no document {doc_id!r} in the store")
    return rows[0]


def document(con, doc_id: str) -> dict:
    """The document's record (as `newsevents code` writes it, with the store's keys) and its story's reprints."""
    row = find_document(con, doc_id)
    key = row["doc_key"]
    row["removed"] = json.loads(row["removed"]) if row["removed"] else []
    row["id"] = row["doc_id"]
    row["actors"] = fetch_dicts(con, 'SELECT text, code, kind, name, start, "end" FROM actors WHERE doc_key = ? '
                                     "ORDER BY idx", [key])
    row["quotes"] = fetch_dicts(con, 'SELECT quote_id AS id, text, kind, speaker, speaker_code, speaker_text, '
                                     'speaker_start, speaker_end, cue, start, "end" FROM quotes WHERE doc_key = ? '
                                     "ORDER BY start NULLS LAST, quote_key", [key])
    row["events"] = fetch_dicts(con, "SELECT " + ", ".join(f'"{name}"' for name in EVENT_FIELDS) +
                                " FROM events WHERE doc_key = ? ORDER BY start NULLS LAST, event_key", [key])
    row["reprints"] = fetch_dicts(con, "SELECT doc_key, doc_id, date, outlet, headline FROM documents "
                                       "WHERE story_id = ? AND doc_key <> ? ORDER BY seq", [row["story_id"], key])
    return row


def story(con, story_id: str) -> dict:
    """A story: its row, the documents that carry it, its events counted once."""
    rows = fetch_dicts(con, "SELECT * FROM stories WHERE story_id = ?", [story_id])
    if not rows:
        raise NotFound(f"no story {story_id!r} in the store")
    result = rows[0]
    result["documents"] = fetch_dicts(con, "SELECT doc_key, doc_id, date, outlet, headline, n_events FROM documents "
                                           "WHERE story_id = ? ORDER BY seq", [story_id])
    story_events = STORY_EVENTS.format(where="e.story_id = ?")
    result["events"] = fetch_dicts(con, f"SELECT * EXCLUDE (doc_keys, outlets) FROM ({story_events}) "
                                        "ORDER BY date NULLS LAST, code", [story_id])
    return result


def summary(con) -> dict:
    """Row counts and the date range of the events: what the dashboard needs to set itself up."""
    tables = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
              for name in ("documents", "actors", "quotes", "events", "stories")}
    first, last = con.execute("SELECT min(left(date, 10)), max(left(date, 10)) FROM events").fetchone()
    return {"tables": tables, "first_date": first, "last_date": last}
