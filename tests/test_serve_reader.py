"""The server follows a running ingest: while `run` holds the store it reads the snapshot,
and each new snapshot's rows show up on the next request."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice that it prefers httpx2 to the pinned httpx
    from fastapi.testclient import TestClient

from newsevents.serve import StoreReader, create_app
from newsevents.store import StoreError

pytestmark = pytest.mark.model
TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"

# A run that stores one document, publishes its snapshot, then holds the store open
# (waiting for the go file) before it stores the other two.
WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path[:0] = [sys.argv[3], sys.argv[4]]
    from serve_fixtures import WRITTEN
    from newsevents.store import run_documents

    def documents():
        yield WRITTEN[0]
        go = Path(sys.argv[2])
        deadline = time.monotonic() + 120
        while not go.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        yield from WRITTEN[1:]

    run_documents(documents(), db=sys.argv[1], workers=1, batch_size=1, snapshot_every=0)
""")


def wait_for(client, predicate, *, seconds: float) -> dict:
    """Poll /api/summary until ``predicate`` holds; 503 (no snapshot yet) counts as not yet."""
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        answer = client.get("/api/summary")
        assert answer.status_code in (200, 503), answer.text
        if answer.status_code == 200:
            last = answer.json()
            if predicate(last):
                return last
        time.sleep(0.2)
    pytest.fail(f"the server did not see the expected rows within {seconds} s (last summary: {last})")


def test_serve_reader_follows_a_running_ingest(tmp_path):
    db, go = tmp_path / "live.duckdb", tmp_path / "go"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(go), str(TESTS), str(SRC)])
    try:
        with TestClient(create_app(db)) as client:
            first = wait_for(client, lambda s: s["tables"]["documents"] == 1, seconds=180)
            assert first["snapshot"] is True  # the run holds the store: the snapshot is read
            go.touch()
            started = time.monotonic()
            last = wait_for(client, lambda s: s["tables"]["documents"] == 3, seconds=60)
            assert time.monotonic() - started < 60
            assert last["tables"]["events"] > first["tables"]["events"]
        assert writer.wait(timeout=120) == 0
        with TestClient(create_app(db)) as client:
            assert client.get("/api/summary").json()["snapshot"] is False  # the run is over: the store itself
    finally:
        go.touch()
        if writer.poll() is None:
            writer.kill()
            writer.wait()


def test_serve_reader_without_a_store_says_so(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        StoreReader(tmp_path / "none.duckdb").check()
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        answer = client.get("/api/events")
    assert answer.status_code == 503 and "none.duckdb: no such store" in answer.json()["error"]
