"""Filters, sorting and paging of the API, parsed from query parameters into SQL.

Every value reaches DuckDB as a parameter (``?``); only names from the fixed tables
below are written into the SQL text. A value that cannot be a filter is a 400 that
names the parameter and says what it should be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from newsevents.serve.errors import BadRequest

SIDES = ("either", "source", "target")
MODALITIES = ("asserted", "negated", "conditional", "intended", "hypothetical")
FORMATS = ("json", "csv", "parquet")
PERIODS = ("day", "month", "year")
# sort key -> SQL expression (events e, documents d)
SORTS = {"date": "e.date", "goldstein": "e.goldstein", "code": "e.code", "source": "e.source",
         "target": "e.target", "quad_class": "e.quad_class", "doc_id": "e.doc_id"}
MAX_LIMIT = 1000
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ACTOR = re.compile(r"[A-Z-]{1,30}")
CODE = re.compile(r"\d{1,4}")
WORD = re.compile(r"[A-Z_]{1,30}")
PLACE = re.compile(r"[A-Z]{3}")

EVENT_PARAMETERS = ("actor", "side", "source", "target", "both_directions",
                    "root", "code", "quad_class", "plover", "modality", "since", "until",
                    "story", "doc", "q", "include_negated", "place")
PAGE_PARAMETERS = ("sort", "limit", "offset", "format")


@dataclass(frozen=True)
class EventQuery:
    """Which events: every field narrows the set; None leaves it open."""

    actor: str | None = None
    side: str = "either"
    source: str | None = None
    target: str | None = None
    both_directions: bool = False
    root: str | None = None
    code: str | None = None
    quad_class: int | None = None
    plover: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    story: str | None = None
    doc: str | None = None
    q: str | None = None
    include_negated: bool = True
    place: str | None = None  # ISO3 of the country where the event happened

    def where(self) -> tuple[str, list]:
        """SQL condition over ``events e JOIN documents d`` and its parameters."""
        clauses, params = ["TRUE"], []
        if self.actor:
            sides = {"source": ["e.source"], "target": ["e.target"], "either": ["e.source", "e.target"]}[self.side]
            clauses.append("(" + " OR ".join(f"starts_with({column}, ?)" for column in sides) + ")")
            params += [self.actor] * len(sides)
        if self.source or self.target:
            dyad, dyad_params = self.dyad_where(self.source, self.target)
            if self.both_directions:
                reverse, reverse_params = self.dyad_where(self.target, self.source)
                dyad, dyad_params = f"({dyad} OR {reverse})", dyad_params + reverse_params
            clauses.append(dyad)
            params += dyad_params
        for column, value in (("e.root", self.root), ("e.quad_class", self.quad_class), ("e.plover", self.plover),
                              ("e.modality", self.modality), ("e.story_id", self.story), ("e.doc_id", self.doc),
                              ("e.location_country", self.place)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.code:
            clauses.append("starts_with(e.code, ?)")
            params.append(self.code)
        if self.since:
            clauses.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("left(e.date, ?) <= ?")
            params += [len(self.until), self.until]
        if self.q:
            clauses.append("(e.sentence ILIKE ? ESCAPE '\\' OR e.source_text ILIKE ? ESCAPE '\\' "
                           "OR e.target_text ILIKE ? ESCAPE '\\' OR e.name ILIKE ? ESCAPE '\\')")
            params += [like_pattern(self.q)] * 4
        if not self.include_negated:
            clauses.append("coalesce(e.modality, '') <> 'negated'")
        return " AND ".join(clauses), params


    @staticmethod
    def dyad_where(source: str | None, target: str | None) -> tuple[str, list]:
        """Source starts with ``source`` and target with ``target`` (either may be open)."""
        clauses, params = ["TRUE"], []
        for column, value in (("e.source", source), ("e.target", target)):
            if value:
                clauses.append(f"starts_with({column}, ?)")
                params.append(value)
        return "(" + " AND ".join(clauses) + ")", params


@dataclass(frozen=True)
class Page:
    """Sorting, paging and the format of the answer."""

    sort: str = "-date"
    limit: int = 50
    offset: int = 0
    format: str = "json"

    def order_by(self) -> str:
        descending = self.sort.startswith("-")
        expression = SORTS[self.sort.lstrip("-")]
        return f"{expression} {'DESC' if descending else 'ASC'} NULLS LAST, d.seq, e.event_key"


def like_pattern(text: str) -> str:
    """``text`` as a substring pattern for ILIKE, its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check_known(params: Mapping[str, str], allowed: tuple[str, ...]) -> None:
    """A misspelt parameter is an error, not a filter silently ignored."""
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise BadRequest(f"unknown parameter {', '.join(unknown)}; this endpoint takes: {', '.join(allowed)}")


def one_of(name: str, value: str | None, choices: tuple[str, ...], default: str | None = None) -> str | None:
    if value is None or value == "":
        return default
    if value not in choices:
        raise BadRequest(f"{name}={value!r}: must be one of {', '.join(choices)}")
    return value


def integer(name: str, value: str | None, *, low: int, high: int | None = None,
            default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise BadRequest(f"{name}={value!r}: must be a whole number") from None
    if number < low or (high is not None and number > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise BadRequest(f"{name}={value!r}: must be {bounds}")
    return number


def matching(name: str, value: str | None, pattern: re.Pattern, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not pattern.fullmatch(value):
        raise BadRequest(f"{name}={value!r}: must be {what}")
    return value


def boolean(name: str, value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    lowered = value.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise BadRequest(f"{name}={value!r}: must be true or false")


def parse_event_query(params: Mapping[str, str], *, include_negated: bool = True) -> EventQuery:
    """An `EventQuery` from query parameters; BadRequest names the first bad one."""
    actor, source, target = (matching(name, (params.get(name) or "").strip().upper() or None, ACTOR,
                                      "an actor code or its start (RUS, RUSGOV, IGOUNO)")
                             for name in ("actor", "source", "target"))
    root = matching("root", params.get("root"), CODE, "a CAMEO root (01 to 20)")
    if root is not None:
        root = root.zfill(2)
        if not 1 <= int(root) <= 20 or len(root) != 2:
            raise BadRequest(f"root={params.get('root')!r}: must be a CAMEO root (01 to 20)")
    since = matching("since", params.get("since"), DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    until = matching("until", params.get("until"), DATE, "a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if since and until and since > until:
        raise BadRequest(f"since={since!r} is after until={until!r}")
    plover = matching("plover", (params.get("plover") or "").strip().upper() or None, WORD,
                      "a PLOVER category (AGREE, ASSAULT, ...)")
    return EventQuery(
        actor=actor, side=one_of("side", params.get("side"), SIDES, "either"), source=source, target=target,
        both_directions=boolean("both_directions", params.get("both_directions"), False), root=root,
        code=matching("code", params.get("code"), CODE, "a CAMEO code or its start (039, 03)"),
        quad_class=integer("quad_class", params.get("quad_class"), low=1, high=4), plover=plover,
        modality=one_of("modality", params.get("modality"), MODALITIES), since=since, until=until,
        story=params.get("story") or None, doc=params.get("doc") or None,
        q=(params.get("q") or "").strip() or None,
        place=matching("place", (params.get("place") or "").strip().upper() or None, PLACE,
                       "an ISO 3166 alpha-3 country code (SYR)"),
        include_negated=boolean("include_negated", params.get("include_negated"), include_negated))


def parse_page(params: Mapping[str, str]) -> Page:
    sort = params.get("sort") or "-date"
    if sort.lstrip("-") not in SORTS:
        raise BadRequest(f"sort={sort!r}: must be one of {', '.join(SORTS)} (prefix - for descending)")
    return Page(sort=sort, limit=integer("limit", params.get("limit"), low=1, high=MAX_LIMIT, default=50),
                offset=integer("offset", params.get("offset"), low=0, default=0),
                format=one_of("format", params.get("format"), FORMATS, "json"))
