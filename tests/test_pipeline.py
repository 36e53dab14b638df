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
