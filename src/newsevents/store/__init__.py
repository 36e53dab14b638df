"""store: coded documents in a DuckDB file (see docs/schema.md, docs/run.md, docs/export.md).

    >>> from newsevents.store import run_corpus
    >>> summary = run_corpus(["articles.jsonl"], db="newsevents.duckdb", workers=2)
"""

from newsevents.store.run import RunProgress, RunSummary, run_corpus, run_documents
from newsevents.store.schema import StoreError
from newsevents.store.snapshot import open_reader, snapshot_path
from newsevents.store.stories import StorySettings

__all__ = ["RunProgress", "RunSummary", "StoreError", "StorySettings", "open_reader", "run_corpus",
           "run_documents", "snapshot_path"]
