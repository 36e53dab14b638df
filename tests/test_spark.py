"""The Spark engine (issue #13): the same events as the local engine, Parquet tables a store can load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT

pytest.importorskip("pyspark", reason="the Spark engine needs pyspark (the `spark` extra)")
if shutil.which("java") is None:
    pytest.skip("the Spark engine needs Java 17 on PATH", allow_module_level=True)

from newsevents.engines.spark import run_spark, spark_session  # noqa: E402
from newsevents.read import read  # noqa: E402
from newsevents.store import run_documents  # noqa: E402
from newsevents.store.load import load_parquet  # noqa: E402

EVENT_KEY = ("doc_id", "source", "target", "code", "modality", "start", "end")


def corpus(tmp_path: Path) -> Path:
    """50 documents in three files: BBC politics when ../shared is here, else our bundled examples
    repeated under other ids (a reprint among them, so stories are exercised either way)."""
    folder = tmp_path / "in"
    folder.mkdir()
    shared = ROOT.parent / "shared" / "corpora" / "bbc_news" / "articles.jsonl"
    if shared.exists():
        lines = [line for line in shared.read_text(encoding="utf-8").splitlines() if '"bbc-politics' in line][:48]
    else:
        examples = sorted((ROOT / "src" / "newsevents" / "examples").glob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in examples]
        lines = [json.dumps({"id": f"x{i}", "title": t.splitlines()[0], "text": "\n".join(t.splitlines()[1:]),
                             "date": "2017-12-20"}) for i, t in enumerate(texts * 10)][:48]
    for part in range(3):
        (folder / f"part{part}.jsonl").write_text("\n".join(lines[part::3]) + "\n", encoding="utf-8")
    shutil.copy(ROOT / "src" / "newsevents" / "examples" / "kenya_recalls_envoy.txt", folder / "kenya.txt")
    shutil.copy(ROOT / "src" / "newsevents" / "examples" / "kenya_recalls_envoy_reprint.txt", folder / "reprint.txt")
    return folder


def event_set(con) -> set[tuple]:
    rows = con.execute(f"SELECT {', '.join(f'e.{c}' for c in EVENT_KEY)} FROM events e").fetchall()
    return set(rows)


@pytest.fixture(scope="module")
def both_engines(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("spark")
    folder = corpus(tmp_path)
    local_db = tmp_path / "local.duckdb"
    run_documents(read([str(folder)]), db=local_db, workers=1, snapshot=False)
    spark = spark_session("local[2]")
    try:
        summary = run_spark([str(folder)], tmp_path / "out", spark=spark)
    finally:
        spark.stop()
    spark_db = tmp_path / "spark.duckdb"
    load_parquet(tmp_path / "out", db=spark_db, snapshot=False)
    return local_db, spark_db, summary, tmp_path


@pytest.mark.model
def test_spark_engine_gives_the_local_engines_events(both_engines):
    local_db, spark_db, summary, _ = both_engines
    with duckdb.connect(str(local_db), read_only=True) as local, duckdb.connect(str(spark_db), read_only=True) as spark:
        assert summary.documents == 50
        assert local.execute("SELECT count(*) FROM documents").fetchone()[0] == 50
        assert event_set(local) and event_set(local) == event_set(spark)


@pytest.mark.model
def test_spark_engine_gives_the_local_engines_documents_and_stories(both_engines):
    local_db, spark_db, _, _ = both_engines
    query = "SELECT doc_key, seq, status, story_id, n_events FROM documents ORDER BY seq"
    with duckdb.connect(str(local_db), read_only=True) as local, duckdb.connect(str(spark_db), read_only=True) as spark:
        assert local.execute(query).fetchall() == spark.execute(query).fetchall()
        stories = "SELECT story_id, n_documents, n_sources FROM stories ORDER BY story_id"
        assert local.execute(stories).fetchall() == spark.execute(stories).fetchall()
        assert spark.execute("SELECT max(n_documents) FROM stories").fetchone()[0] >= 2  # the reprint joined


@pytest.mark.model
def test_spark_load_twice_adds_nothing(both_engines):
    _, spark_db, _, tmp_path = both_engines
    copy = tmp_path / "again.duckdb"
    shutil.copy(spark_db, copy)
    summary = load_parquet(tmp_path / "out", db=copy, snapshot=False)
    assert (summary.documents, summary.skipped) == (0, 50)
