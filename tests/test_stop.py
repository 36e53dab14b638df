"""Hard stops: SIGTERM finishes the batch in hand, commits it, exits 0 saying how to resume; no worker is left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT
from test_store import stored_documents

SENTENCES = ["Russia criticised Ukraine on Monday.", "France praised Germany.", "Rebels attacked a village.",
             "The president met the prime minister.", "Police arrested protesters in the capital."]


def write_corpus(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(f'{{"id": "s{number}", "text": "{SENTENCES[number % len(SENTENCES)]} Item {number}."}}\n')


def start_run(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "newsevents", "run", str(corpus), "--db", str(db), "--workers", "2",
               "--batch-size", "4"]
    log = db.with_suffix(".log").open("w")
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_group_gone(pgid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not group_alive(pgid)


@pytest.mark.model
def test_sigterm_commits_the_batch_exits_zero_and_resume_completes(tmp_path):
    """400 documents, SIGTERM mid-run then a rerun: exit 0 both times, 400 stored once each, no process left."""
    corpus, db = tmp_path / "c.jsonl", tmp_path / "s.duckdb"
    write_corpus(corpus, 400)
    process = start_run(corpus, db)
    deadline = time.monotonic() + 300
    while stored_documents(db) < 4 and process.poll() is None:
        assert time.monotonic() < deadline, "the run stored nothing"
        time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) == 0, db.with_suffix(".log").read_text()
    assert "to resume" in db.with_suffix(".log").read_text()
    assert wait_group_gone(process.pid), "a worker outlived the run after SIGTERM"
    with duckdb.connect(str(db), read_only=True) as con:
        first = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < first < 400
    process = start_run(corpus, db)
    assert process.wait(timeout=600) == 0, db.with_suffix(".log").read_text()
    assert wait_group_gone(process.pid), "a worker outlived the run after a normal exit"
    with duckdb.connect(str(db), read_only=True) as con:
        keys = [key for (key,) in con.execute("SELECT doc_key FROM documents").fetchall()]
    assert len(keys) == len(set(keys)) == 400


def limit_file_size(limit: int):
    """For the child: files cannot grow past ``limit`` bytes (a full disk); a write then fails with EFBIG."""
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.model
def test_full_disk_fails_cleanly_and_rerun_completes(tmp_path):
    """400 documents into a store that cannot grow past 400 kB: a non-zero exit with a one-line cause;
    a rerun with space stores all 400 once each."""
    corpus, db = tmp_path / "c.jsonl", tmp_path / "d.duckdb"
    write_corpus(corpus, 400)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "newsevents", "run", str(corpus), "--db", str(db), "--workers", "1",
               "--batch-size", "4"]
    full = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600,
                          preexec_fn=limit_file_size(400_000))
    assert full.returncode != 0, full.stdout
    assert "Traceback" not in full.stderr, full.stderr
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        keys = [key for (key,) in con.execute("SELECT doc_key FROM documents").fetchall()]
    assert len(keys) == len(set(keys)) == 400
