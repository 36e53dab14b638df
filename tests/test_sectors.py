"""PLOVER sectors beside CAMEO codes (actors/sectors.py; issue #12)."""

from __future__ import annotations

import pytest

from newsevents.actors.sectors import PLOVER_SECTORS, plover_sector, sector_table
from newsevents.resources import DataError


def test_sectors_table_uses_only_plovers_25_codes():
    assert len(PLOVER_SECTORS) == 25
    assert set(sector_table().values()) <= PLOVER_SECTORS


@pytest.mark.parametrize(("code", "kind", "expected"), [
    ("USAGOVMIL", None, "GOV"),      # a defence minister: government first
    ("RUSMIL", None, "MIL"),
    ("CHNMED", None, "JRN"),         # CAMEO media is PLOVER's journalists
    ("USAHLH", None, "MED"),         # CAMEO health is PLOVER's medical
    ("IMGINSISI", None, "REB"),      # insurgents are armed opposition
    ("IGOUNO", None, "GOV"),
    ("NGOAMN", None, "SOC"),
    ("DEUPTY", None, "PTY"),
    ("RUS", "country", "GOV"),       # a state named alone
    ("RUS", "demonym", "CVL"),
    ("---UAF", None, "UAF"),
    ("---", None, None),
    (None, None, None),
])
def test_sectors_plover_sector_of_code(code, kind, expected):
    assert plover_sector(code, kind) == expected


def test_sectors_bad_plover_code_is_a_data_error(tmp_path, monkeypatch):
    bad = tmp_path / "actors"
    bad.mkdir()
    (bad / "plover_sectors.tsv").write_text("cameo\tplover\tnote\nGOV\tXXX\tnot a sector\n", encoding="utf-8")
    monkeypatch.setattr("newsevents.actors.sectors.data_path", lambda *parts: tmp_path.joinpath(*parts))
    sector_table.cache_clear()
    try:
        with pytest.raises(DataError, match="plover_sectors.tsv:2"):
            sector_table()
    finally:
        sector_table.cache_clear()
