"""The scoring scripts that hold report halves answer --help with their usage and score nothing: a tuning run
that asks for help must not be shown a report half's figure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


@pytest.mark.parametrize("module", ["score_event_checklist", "score_actor_checklist_world"])
def test_help_prints_usage_and_scores_nothing(module, capsys):
    main = __import__(module).main
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "usage:" in out and "--skip-report" in out
    assert "F1 " not in out and "rows wrong" not in out and "country 0." not in out  # no half was scored
