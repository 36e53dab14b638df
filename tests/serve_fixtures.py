"""A small store for the serve tests: a few short documents written here plus the bundled
examples, coded once per test process (spaCy is slow to load) and removed at exit."""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

from newsevents.model import Document

# Written for these tests: a wire story, its reprint by another outlet with boilerplate, one more.
WRITTEN = [
    Document(id="written/russia_offers_talks", date="2020-10-05", source="Wire One", raw=(
        "Russia offers to host talks between Armenia and Azerbaijan\n\n"
        "MOSCOW, Oct 5 (Reuters) - Russia said on Monday it was ready to host peace talks between Armenia and "
        "Azerbaijan, as fighting over the disputed region continued for a second week.\n\n"
        "Russian Foreign Minister Sergei Lavrov urged both sides to agree a ceasefire.")),
    Document(id="written/russia_offers_talks_reprint", date="2020-10-06", source="Caucasus Herald", raw=(
        "Russia offers to host Armenia-Azerbaijan talks\n\n"
        "Share this article on Twitter\n\n"
        "MOSCOW, Oct 5 (Reuters) - Russia said on Monday it was ready to host peace talks between Armenia and "
        "Azerbaijan, as fighting over the disputed region continued for a second week.\n\n"
        "Russian Foreign Minister Sergei Lavrov urged both sides to agree a ceasefire.\n\n"
        "Subscribe to our newsletter for the latest news.")),
    Document(id="written/france_condemns_attack", date="2020-11-10", source="Paris Daily", raw=(
        "France condemns attack on Kabul university\n\n"
        "France on Tuesday condemned the attack on Kabul University, and the French foreign ministry said "
        "Paris would support Afghanistan in bringing those responsible to justice.")),
]


@lru_cache(maxsize=1)
def serve_store() -> Path:
    """The path of a store holding the written documents and the bundled examples."""
    from newsevents.store import run_documents
    from newsevents.store.demo import example_documents

    folder = Path(tempfile.mkdtemp(prefix="newsevents-serve-"))
    atexit.register(shutil.rmtree, folder, True)
    db = folder / "serve.duckdb"
    run_documents([*example_documents(), *WRITTEN], db=db, workers=1)
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerThread:
    """uvicorn serving ``app`` on 127.0.0.1 in a thread, for tests that need a real socket."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
