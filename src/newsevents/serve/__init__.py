"""serve: the HTTP API (FastAPI) and the dashboard over a store (see docs/serve.md).

    >>> from newsevents.serve import create_app
    >>> app = create_app("newsevents.duckdb")   # then: uvicorn, or fastapi.testclient.TestClient(app)
"""

from newsevents.serve.app import create_app
from newsevents.serve.coding import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, CodeRequest, code_record
from newsevents.serve.errors import ServeError
from newsevents.serve.reader import StoreReader

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "CodeRequest", "ServeError", "StoreReader", "code_record",
           "create_app", "serve"]


def serve(db: str = "newsevents.duckdb", *, host: str = "127.0.0.1", port: int = 8000,
          max_body_bytes: int = DEFAULT_MAX_BYTES, code_timeout: float = DEFAULT_TIMEOUT) -> None:
    """Serve the API and dashboard over ``db`` with uvicorn until interrupted."""
    import uvicorn

    StoreReader(db).check()
    app = create_app(db, max_body_bytes=max_body_bytes, code_timeout=code_timeout)
    uvicorn.run(app, host=host, port=port, log_level="info")
