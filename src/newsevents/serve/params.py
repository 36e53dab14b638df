"""The query parameters as FastAPI declares them, for the OpenAPI page at ``/docs``.

The values are parsed and checked by `newsevents.serve.filters` from the raw query
string (so a misspelt parameter is a 400, not silently ignored); these classes only
describe them.
"""

from __future__ import annotations

from fastapi import Query


class EventParams:
    def __init__(
        self,
        actor: str | None = Query(None, description="Actor code or its start, e.g. RUS, RUSGOV, IGOUNO"),
        side: str | None = Query(None, description="Where the actor is: source, target or either (default)"),
        source: str | None = Query(None, description="Source actor code or its start (a dyad with target)"),
        target: str | None = Query(None, description="Target actor code or its start"),
        both_directions: str | None = Query(None, description="true: source and target in either direction"),
        root: str | None = Query(None, description="CAMEO root, 01 to 20"),
        code: str | None = Query(None, description="CAMEO code or its start, e.g. 039"),
        quad_class: str | None = Query(None, description="1 verbal coop., 2 material coop., 3 verbal conflict, "
                                                         "4 material conflict"),
        plover: str | None = Query(None, description="PLOVER category, e.g. AGREE"),
        modality: str | None = Query(None, description="asserted, negated, conditional, intended, hypothetical"),
        since: str | None = Query(None, description="Earliest event date, YYYY[-MM[-DD]]"),
        until: str | None = Query(None, description="Latest event date, YYYY[-MM[-DD]] (inclusive)"),
        story: str | None = Query(None, description="Story id (s:...): the events of one story's documents"),
        doc: str | None = Query(None, description="Document id"),
        q: str | None = Query(None, description="Text search in the sentence, actor mentions and event name"),
        place: str | None = Query(None, description="Where the event happened: ISO3 country code, e.g. SYR"),
        include_negated: str | None = Query(None, description="Count negated events (default: true for events, "
                                                              "false for dyads and the network)"),
    ) -> None:
        pass


class PageParams:
    def __init__(
        self,
        sort: str | None = Query(None, description="date, goldstein, code, source, target, quad_class, doc_id; "
                                                   "prefix - for descending (default -date)"),
        limit: str | None = Query(None, description="Rows per page, 1 to 1000 (default 50)"),
        offset: str | None = Query(None, description="Rows to skip (default 0)"),
        format: str | None = Query(None, description="json (default), csv or parquet: a download of every "
                                                     "matching row"),
    ) -> None:
        pass


class ActorParams:
    def __init__(
        self,
        actor: str | None = Query(None, description="Actor code or its start"),
        kind: str | None = Query(None, description="country, capital, seat, organisation, person, role"),
        sort: str | None = Query(None, description="mentions (default), documents, code, first_seen, last_seen"),
        limit: str | None = Query(None, description="Rows per page, 1 to 1000 (default 100)"),
        offset: str | None = Query(None, description="Rows to skip"),
        format: str | None = Query(None, description="json (default), csv or parquet"),
    ) -> None:
        pass
