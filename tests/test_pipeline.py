"""The pipeline's process-level settings (pipeline.py): the collector over the first batch."""

from __future__ import annotations

import gc

from newsevents import pipeline


def test_the_collector_is_paused_over_the_first_batch_then_sets_start_up_aside(monkeypatch):
    monkeypatch.setattr(pipeline.StartUp, "started", False)
    gc.unfreeze()
    before = gc.get_freeze_count()
    coded = pipeline.process(iter([pipeline.as_document("Japan praised Germany.", 1, None),
                                   pipeline.as_document("France met Spain.", 2, None)]), pipeline.Options(batch_size=1))
    next(coded)
    assert not gc.isenabled()  # over the first batch
    next(coded)
    assert gc.isenabled() and gc.get_freeze_count() > before  # after it: start-up set aside
    assert len(list(coded)) == 0
    gc.unfreeze()


def test_the_collector_comes_back_when_the_caller_stops_early(monkeypatch):
    monkeypatch.setattr(pipeline.StartUp, "started", False)
    coded = pipeline.process(iter([pipeline.as_document("Japan praised Germany.", 1, None)]), pipeline.Options())
    next(coded)
    assert not gc.isenabled()
    coded.close()
    assert gc.isenabled()
    gc.unfreeze()


def test_only_the_first_run_of_a_process_pauses_the_collector(monkeypatch):
    monkeypatch.setattr(pipeline.StartUp, "started", True)
    coded = pipeline.process(iter([pipeline.as_document("Japan praised Germany.", 1, None)]), pipeline.Options())
    next(coded)
    assert gc.isenabled()
    coded.close()


def test_what_was_set_aside_is_freed_at_exit(tmp_path):
    """A process that coded a document and holds duckdb exits without nanobind's leak report
    (the objects set aside by ``gc.freeze`` go back to the collector at exit)."""
    import subprocess
    import sys
    from pathlib import Path

    src = Path(pipeline.__file__).resolve().parents[1]
    script = ("import duckdb, newsevents; "
              "newsevents.code('Japan praised Germany on Monday.', title='', date='2020-01-01')")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr
