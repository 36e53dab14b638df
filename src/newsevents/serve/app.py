"""The FastAPI application: a thin skin over `queries`, `filters` and `coding`.

Every error is JSON, ``{"error": message, "status": code}``: 400 for a bad parameter,
404, 413 for a body over the limit, 503 when the store cannot be read or coding runs
out of time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsevents import __version__
from newsevents.dates import normalise_date
from newsevents.serve import queries
from newsevents.serve.coding import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, Coder, CodeRequest
from newsevents.serve.downloads import MEDIA_TYPES, table_bytes
from newsevents.serve.errors import BadRequest, ServeError, TooLarge
from newsevents.serve.filters import EVENT_PARAMETERS, PAGE_PARAMETERS, check_known, parse_event_query, parse_page
from newsevents.serve.params import ActorParams, EventParams, PageParams
from newsevents.serve.reader import StoreReader
from newsevents.store.schema import StoreError

STATIC = Path(__file__).resolve().parent / "static"


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def create_app(db: str | os.PathLike = "newsevents.duckdb", *, max_body_bytes: int = DEFAULT_MAX_BYTES,
               code_timeout: float = DEFAULT_TIMEOUT) -> FastAPI:
    """The API over ``db`` (read-only; its snapshot while a run writes it) and the dashboard at ``/``."""
    reader = StoreReader(db)
    coder = Coder(timeout=code_timeout)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        coder.close()

    app = FastAPI(title="newsevents", version=__version__, lifespan=lifespan,
                  description="Events, dyads, actors, documents and stories of a newsevents store; "
                              "POST /api/code codes a pasted page without storing it.")
    app.state.reader = reader

    @app.exception_handler(ServeError)
    async def serve_error(_request, error: ServeError):
        return error_response(error.status, error.message)

    @app.exception_handler(StoreError)
    async def store_error(_request, error: StoreError):
        return error_response(503, str(error))

    @app.exception_handler(HTTPException)
    async def http_error(_request, error: HTTPException):
        return error_response(error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request, error: RequestValidationError):
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error_response(400, f"{where}: {first.get('msg', 'invalid request')}")

    def read(function: Callable, *args):
        with reader.connect() as (con, _path):
            return function(con, *args)

    def download(name: str, fmt: str, sql: str, params: list) -> Response:
        content = read(lambda con: table_bytes(con, sql, params, fmt))
        return Response(content, media_type=MEDIA_TYPES[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})

    @app.get("/api/events", summary="Events matching the filters, sorted and paged")
    def api_events(request: Request, _e: Annotated[EventParams, Depends()], _p: Annotated[PageParams, Depends()]):
        params = request.query_params
        check_known(params, EVENT_PARAMETERS + PAGE_PARAMETERS)
        query, page = parse_event_query(params), parse_page(params)
        if page.format != "json":
            return download("events", page.format, *queries.events_sql(query, page))
        return read(queries.events, query, page)

    def per_period(name: str, request: Request, sql_of: Callable, answer: Callable):
        """An aggregate per period (dyads, timeline): JSON, or a download of every row."""
        params = request.query_params
        check_known(params, (*EVENT_PARAMETERS, "by", "format"))
        query, period = parse_event_query(params, include_negated=False), queries.parse_period(params)
        fmt = parse_page({"format": params.get("format")}).format
        if fmt != "json":
            return download(name, fmt, *sql_of(query, period))
        return read(answer, query, period)

    @app.get("/api/dyads", summary="Story-events per period and source-target pair (a story counted once)")
    def api_dyads(request: Request, _e: Annotated[EventParams, Depends()], by: str | None = None,
                  format: str | None = None):
        return per_period("dyads", request, queries.dyads_sql, queries.dyads)

    @app.get("/api/timeline", summary="Per period: story-events and mean Goldstein of the matching events")
    def api_timeline(request: Request, _e: Annotated[EventParams, Depends()], by: str | None = None,
                     format: str | None = None):
        return per_period("timeline", request, queries.timeline_sql, queries.timeline)

    @app.get("/api/network", summary="States and organisations as nodes, their story-events as edges")
    def api_network(request: Request, _e: Annotated[EventParams, Depends()]):
        check_known(request.query_params, EVENT_PARAMETERS)
        return read(queries.network, parse_event_query(request.query_params, include_negated=False))

    @app.get("/api/places", summary="Where the matching events happened: story-events per place")
    def api_places(request: Request, _e: Annotated[EventParams, Depends()]):
        check_known(request.query_params, EVENT_PARAMETERS)
        return read(queries.places, parse_event_query(request.query_params, include_negated=False))

    @app.get("/api/actors", summary="Actor codes: mentions, documents, first and last seen")
    def api_actors(request: Request, _a: Annotated[ActorParams, Depends()]):
        params = request.query_params
        check_known(params, queries.ACTOR_PARAMETERS)
        fmt = parse_page({"format": params.get("format")}).format
        if fmt != "json":
            sql, values, _limit, _offset = queries.actors_sql(params)
            return download("actors", fmt, sql, values)
        return read(queries.actors, params)

    @app.get("/api/documents/{doc_id:path}", summary="A document's record with its evidence offsets and reprints")
    def api_document(doc_id: str):
        return read(queries.document, doc_id)

    @app.get("/api/stories/{story_id:path}", summary="A story: its documents and its events counted once")
    def api_story(story_id: str):
        return read(queries.story, story_id)

    @app.get("/api/summary", summary="Row counts, the events' date range and which file is being read")
    def api_summary():
        with reader.connect() as (con, path):
            return {**queries.summary(con), "path": str(path), "snapshot": path == reader.snapshot}

    @app.post("/api/code", summary="Code a pasted article or HTML page; nothing is stored")
    async def api_code(request: Request, date: str | None = None, title: str | None = None):
        body = await read_body(request, max_body_bytes)
        code_request = parse_code_request(body, request.headers.get("content-type", ""), date=date, title=title)
        return await run_in_threadpool(coder.code, code_request)

    if (STATIC / "index.html").exists():
        app.mount("/", StaticFiles(directory=STATIC, html=True), name="dashboard")
    return app


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"the body is {int(declared):,} bytes; the limit is {limit:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the body is over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_code_request(body: bytes, content_type: str, *, date: str | None, title: str | None) -> CodeRequest:
    """JSON ``{"text", "date", "title"}``, or the page itself as text/plain or text/html."""
    if content_type.startswith("application/json"):
        try:
            payload = json.loads(body)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise BadRequest(f"the body is not valid JSON ({error})") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            raise BadRequest('the JSON body needs a "text" string (and may have "date" and "title")')
        text, date, title = payload["text"], payload.get("date") or date, payload.get("title") or title
    else:
        text = body.decode("utf-8", errors="replace")
    day = None
    if date:
        day = normalise_date(str(date))
        if day is None:
            raise BadRequest(f"date={date!r}: not a date (use YYYY-MM-DD)")
    if title is not None and not isinstance(title, str):
        raise BadRequest("title must be a string")
    return CodeRequest(text=text, date=day, title=title)


