"""The bundled example set (``newsevents/examples``) coded into a store, for ``newsevents demo``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from newsevents.model import Document
from newsevents.read import read
from newsevents.resources import read_tsv
from newsevents.store.query import EventFilter, query_events, store_summary
from newsevents.store.run import RunSummary, run_documents

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED = "000_44652aec5ffde77d"


def example_documents(folder: Path = EXAMPLES) -> Iterator[Document]:
    """The pages listed in ``manifest.tsv``, with their dates and outlets."""
    for _number, (name, date, source) in read_tsv(folder / "manifest.tsv", columns=3, optional=1):
        if name == "file":
            continue
        for doc in read([str(folder / name)], date=date or None):
            yield replace(doc, source=source or None)


def run_demo(db: str | os.PathLike = "newsevents.duckdb", *, workers: int = 1) -> tuple[RunSummary, dict, list[dict]]:
    """Code the examples into ``db``; returns the run summary, the store summary and the seed's events."""
    docs = list(example_documents())
    summary = run_documents(docs, db=db, workers=workers, total=len(docs))
    seed_events = [e for e in query_events(db, EventFilter(), limit=None) if e["doc_id"] == SEED]
    return summary, store_summary(db), seed_events
