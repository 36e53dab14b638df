"""The DuckDB store: keys, stories, resume after kill -9, snapshot readers, exports (tracker issue 6)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from conftest import ROOT, shared_path
from newsevents.cli import cli, register
from newsevents.model import Document
from newsevents.store import StoreError, open_reader, run_documents
from newsevents.store.demo import run_demo
from newsevents.store.export import GDELT_COLUMNS, export
from newsevents.store.query import EventFilter, dyads
from newsevents.store.rows import document_key
from newsevents.store.run import Writer
from newsevents.store.schema import DATA_TABLES, create
from newsevents.store.stories import StoryIndex, StorySettings, signature

ORIGINAL = ("Kenya recalled its ambassador to Somalia on Sunday and ordered the Somali envoy in Nairobi to return "
            "home for consultations, escalating a dispute over an oil-rich stretch of the Indian Ocean. Kenya's "
            "foreign ministry accused the government in Mogadishu of auctioning oil and gas blocks in waters that "
            "both countries claim. Somalia denied that it had put any blocks up for sale.")
REPRINT = (ORIGINAL.replace("on Sunday", "on Sunday evening").replace("denied that", "denied")
           + " Subscribe to our newsletter for the latest East Africa updates.")
SAME_TOPIC = ("Somalia's government said on Tuesday it would not negotiate with Kenya over their disputed maritime "
              "boundary and would wait for the International Court of Justice to decide. Its foreign minister said "
              "no offshore oil blocks had been sold and accused Nairobi of spreading false claims.")


def test_store_document_key_follows_content():
    doc = Document(id="a", raw="Headline\n\nBody text.", date="2017-12-20")
    key, sha = document_key(doc)
    assert key == document_key(Document(id="a", raw="Headline\n\nBody text.", date="2017-12-20"))[0]
    assert key.startswith("a@") and len(sha) == 64
    assert document_key(Document(id="a", raw="Headline\n\nBody text!", date="2017-12-20"))[0] != key
    assert document_key(Document(id="a", raw="Headline\n\nBody text.", date="2017-12-21"))[0] != key


def test_store_reprint_joins_story_other_article_does_not():
    settings = StorySettings()
    index = StoryIndex(settings)
    first = index.assign("orig", signature(ORIGINAL, settings), 1)
    assert index.assign("reprint", signature(REPRINT, settings), 2) == first
    assert index.assign("other", signature(SAME_TOPIC, settings), 3) != first
    assert index.assign("short", signature("Too short.", settings), 4) == "s:short"


def synthetic_store(path: Path) -> None:
    """Two reprints carrying the same events (one negated) and a document with no text."""
    event = {"id": "e1", "source": "RUSGOV", "target": "USAGOV", "code": "039", "root": "03", "goldstein": 5.0,
             "quad_class": 1, "modality": "conditional", "date": "2017-12-20"}
    negated = {**event, "id": "e2", "code": "130", "root": "13", "goldstein": -4.4, "quad_class": 3,
               "modality": "negated"}
    records = [
        {"id": "a", "text": "H\n\n" + ORIGINAL, "body": ORIGINAL, "source": "A", "events": [event, negated]},
        {"id": "b", "text": "H\n\n" + REPRINT, "body": REPRINT, "source": "B", "events": [event, negated]},
        {"id": "c", "text": "", "body": "", "warnings": ["c.jsonl:3: record has no text"]},
    ]
    settings = StorySettings()
    with duckdb.connect(str(path)) as con:
        create(con, settings.as_meta())
        Writer(con, settings).write([(r["id"] + "@0", "0" * 64, r, signature(r["body"], settings)) for r in records])


def test_store_dyads_count_a_story_once_without_negated(tmp_path):
    db = tmp_path / "s.duckdb"
    synthetic_store(db)
    rows = dyads(db, by="day")
    assert [(r["period"], r["source"], r["target"], r["events"], r["documents"], r["sources"]) for r in rows] == [
        ("2017-12-20", "RUSGOV", "USAGOV", 1, 2, 2)]
    assert rows[0]["q1_verbal_coop"] == 1.0
    assert sum(r["events"] for r in dyads(db, by="month", flt=EventFilter(include_negated=True))) == 2
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT status, reason FROM documents WHERE doc_id = 'c'").fetchone() == (
            "empty", "c.jsonl:3: record has no text")
        assert con.execute("SELECT n_documents, n_sources FROM stories WHERE first_doc_id = 'a'").fetchone() == (2, 2)


def test_store_gdelt_export_has_gdelt_columns(tmp_path):
    db = tmp_path / "s.duckdb"
    synthetic_store(db)
    out = tmp_path / "events.tsv"
    assert export(db, out, fmt="gdelt") == 1  # one story-event; the negated one is left out
    cells = out.read_text().rstrip("\n").split("\n")[0].split("\t")
    row = dict(zip(GDELT_COLUMNS, cells, strict=True))
    assert len(GDELT_COLUMNS) == 61
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "20171220", "RUSGOV", "RUS", "GOV")
    assert (row["EventCode"], row["EventRootCode"], row["NumArticles"], row["NumSources"]) == ("039", "03", "2", "2")


def test_store_missing_db_is_an_error(tmp_path):
    with pytest.raises(StoreError):
        open_reader(tmp_path / "none.duckdb")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    summary, store, seed_events = run_demo(db)
    return db, summary, store, seed_events


@pytest.mark.model
def test_store_demo_groups_the_reprint(demo_db):
    db, summary, store, _seed_events = demo_db
    assert summary.documents == 5 and store["tables"]["documents"] == 5
    with duckdb.connect(str(db), read_only=True) as con:
        story = dict(con.execute("SELECT doc_id, story_id FROM documents").fetchall())
    assert story["kenya_recalls_envoy_reprint"] == story["kenya_recalls_envoy"]
    assert story["somalia_rejects_claims"] != story["kenya_recalls_envoy"]
    assert len(set(story.values())) == 4


@pytest.mark.model
def test_store_rerun_adds_no_row(demo_db):
    db = demo_db[0]
    before = table_rows(db)
    summary, _store, _events = run_demo(db)
    assert (summary.documents, summary.skipped) == (0, 5)
    assert table_rows(db) == before


@pytest.mark.model
def test_store_parquet_export_reads_back(demo_db, tmp_path):
    db = demo_db[0]
    out = tmp_path / "events.parquet"
    count = export(db, out, fmt="parquet")
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == count
    assert pq.read_table(out).num_rows == count == table_rows(db)["events"].__len__()


@pytest.mark.model
def test_store_cli_events_export_dyads(demo_db, tmp_path):
    register()
    db = str(demo_db[0])
    runner = CliRunner()
    result = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl", "--limit", "0"])
    assert result.exit_code == 0, result.output
    assert all(json.loads(line)["event_key"] for line in result.output.splitlines())
    result = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "e.csv")])
    assert result.exit_code == 0 and (tmp_path / "e.csv").exists()
    result = runner.invoke(cli, ["dyads", "--db", db, "--by", "day", "--format", "jsonl"])
    assert result.exit_code == 0, result.output


@pytest.mark.model
def test_store_reader_uses_snapshot_while_db_is_locked(demo_db):
    db = demo_db[0]
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        con, path = open_reader(db)
        with con:
            assert path.name == "demo.snapshot.duckdb"
            assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    finally:
        holder.kill()
        holder.wait()


def test_store_empty_document_is_a_row(tmp_path):
    doc = Document(id="blank", raw="", warnings=("blank.jsonl:1: record has no text",))
    summary = run_documents([doc], db=tmp_path / "e.duckdb", workers=1, snapshot=False)
    assert (summary.documents, summary.empty) == (1, 1)
    with duckdb.connect(str(tmp_path / "e.duckdb"), read_only=True) as con:
        assert con.execute("SELECT status, reason, story_id FROM documents").fetchone() == (
            "empty", "blank.jsonl:1: record has no text", None)


def table_rows(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall() for name in ("meta", *DATA_TABLES)}


def run_cli(corpus: Path, db: Path, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(corpus.parent / "src")}
    command = [sys.executable, "-m", "newsevents", "run", str(corpus), "--db", str(db), "--workers", "2",
               "--batch-size", "16"]
    log = db.with_suffix(".log").open("w")
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=log, **popen)


def stored_documents(db: Path) -> int:
    try:
        con, _path = open_reader(db)
    except (StoreError, duckdb.Error):
        return 0
    with con:
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except duckdb.Error:
            return 0


@pytest.mark.model
@pytest.mark.shared
def test_store_resume_after_sigkill_equals_uninterrupted_run(tmp_path):
    articles = shared_path("corpora", "bbc_news", "articles.jsonl")
    corpus = tmp_path / "bbc300.jsonl"
    with articles.open(encoding="utf-8") as handle:
        corpus.write_text("".join(handle.readline() for _ in range(300)), encoding="utf-8")
    # every run uses one frozen copy of the code, so the comparison holds while the tree is being edited
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    killed = run_cli(corpus, tmp_path / "killed.duckdb", start_new_session=True)
    deadline = time.monotonic() + 600
    while stored_documents(tmp_path / "killed.duckdb") < 1 and killed.poll() is None:  # the first published
        # snapshot: with the NER gate a run of 300 pages ends within one snapshot interval (5 s) of it
        assert time.monotonic() < deadline, "the run stored nothing"
        time.sleep(0.3)
    os.killpg(killed.pid, signal.SIGKILL)  # the run and its workers, mid-way
    killed.wait()
    assert 0 < stored_documents(tmp_path / "killed.duckdb") < 300
    for db in ("killed.duckdb", "full.duckdb"):  # resume the killed run; run the reference uninterrupted
        process = run_cli(corpus, tmp_path / db)
        assert process.wait() == 0, (tmp_path / db).with_suffix(".log").read_text()
    resumed, full = table_rows(tmp_path / "killed.duckdb"), table_rows(tmp_path / "full.duckdb")
    assert len(full["documents"]) == 300
    for name in full:
        assert resumed[name] == full[name], name


SITE_CHROME = ("The Valley Lantern, independent voices from the river towns since 1921",
               "Tip line open around the clock for readers in Maple County and beyond")
SITE_STORIES = [
    ("Council approves new bridge over the Maple River",
     "The town council voted on Tuesday to build a second bridge across the river, ending years of debate."),
    ("Flood warning lifted as water levels fall",
     "Forecasters lifted the flood warning on Sunday after the river dropped below its banks overnight."),
    ("School board names new superintendent",
     "The school board named a former teacher from the county as its new superintendent on Monday."),
    ("Farmers market returns to the town square",
     "Growers from across the valley brought their first spring crops to the square on Saturday morning."),
]

@pytest.mark.model
def test_store_run_removes_lines_a_site_repeats_across_pages(tmp_path):
    """Issue #10: `newsevents run` over one site's pages removes its repeated chrome, not its articles."""
    folder = tmp_path / "lantern"
    folder.mkdir()
    for number, (headline, body) in enumerate(SITE_STORIES):
        page = "\n\n".join([SITE_CHROME[0], headline, body, "More on this story as it develops today.", SITE_CHROME[1]])
        (folder / f"page{number}.txt").write_text(page, encoding="utf-8")
    db = tmp_path / "lantern.duckdb"
    register()
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT headline, body, removed FROM documents ORDER BY doc_id").fetchall()
    assert [headline for headline, _body, _removed in stored] == [headline for headline, _ in SITE_STORIES]
    for (_headline, body, removed), (_, story) in zip(stored, SITE_STORIES, strict=True):
        assert story in body and SITE_CHROME[1] not in body
        reasons = {item["text"]: item["reason"] for item in json.loads(removed)}
        assert reasons[SITE_CHROME[0]] == reasons[SITE_CHROME[1]] == "repeated-across-pages"
def test_store_opened_store_gets_columns_added_since(tmp_path):
    """A store written before the PLOVER sector columns (issue #12) gets them, empty, on opening."""
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    con.execute('CREATE TABLE actors (actor_key VARCHAR PRIMARY KEY, doc_key VARCHAR NOT NULL, '
                'doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, code VARCHAR, kind VARCHAR, '
                'name VARCHAR, start INTEGER, "end" INTEGER)')
    con.execute("INSERT INTO actors VALUES ('d/m1', 'd', 'd', 1, 'Russia', 'RUS', 'country', 'Russia', 0, 6)")
    create(con, {})
    columns = [row[0] for row in con.execute("DESCRIBE actors").fetchall()]
    assert columns[-1] == "plover_sector"
    assert con.execute("SELECT code, plover_sector FROM actors").fetchall() == [("RUS", None)]
    assert "source_sector" in [row[0] for row in con.execute("DESCRIBE events").fetchall()]
