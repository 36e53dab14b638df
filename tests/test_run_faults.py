"""``newsevents run`` over a folder of every input fault: each input coded or skipped with its reason (#16)."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from fault_inputs import write_faults
from newsevents.cli import cli, register

register()
pytestmark = pytest.mark.model


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def stored(db) -> dict[str, tuple[str, str | None, list[str]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {doc_id: (state, reason, warnings) for doc_id, state, reason, warnings in
                con.execute("SELECT doc_id, status, reason, warnings FROM documents").fetchall()}


def test_run_over_every_fault_accounts_for_every_input(tmp_path):
    """14 inputs, one per named fault (cp1252 bytes, mojibake, a 10 MB page, empty, whitespace-only, binary,
    French/Spanish/Chinese pages, a broken JSONL line, a broken CSV row, a record without text) and 3 good
    records: exit 0, each stored once as coded or with its named reason, and the last line says coded +
    skipped (by reason) = 14 inputs; a rerun counts all 14 as already-stored."""
    expected = write_faults(tmp_path / "in")
    db = tmp_path / "f.duckdb"
    result = run("run", tmp_path / "in", "--db", db, "--workers", 1)
    assert result.exit_code == 0, result.output
    rows = stored(db)
    assert set(rows) == set(expected)
    for doc_id, outcome in expected.items():
        state, reason, _warnings = rows[doc_id]
        if outcome == "coded":
            assert state == "coded", (doc_id, rows[doc_id])
        elif outcome == "empty":
            assert state == "empty" and reason, (doc_id, rows[doc_id])
        else:
            assert state == "skipped" and reason.split(" (")[0] == outcome, (doc_id, rows[doc_id])
    assert rows["french"][1].startswith("not-english (fr, p=")
    assert any("decoded as cp1252" in w for w in rows["cp1252"][2])
    assert any("mojibake repaired" in w for w in rows["mojibake"][2])
    assert any("rows.csv:3" in w for w in rows["rows:3"][2])
    assert any("records.jsonl:2" in w for w in rows["records:2"][2])
    coded = sum(outcome == "coded" for outcome in expected.values())
    named = sum(outcome not in ("coded", "empty") for outcome in expected.values())
    assert any("skipped for a reason" in row and f" {named} " in row for row in result.stdout.splitlines())
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"coded {coded} + skipped {len(expected) - coded} (") and line.endswith(
        f"= {len(expected)} inputs")
    for reason in {outcome for outcome in expected.values() if outcome != "coded"}:
        assert f"{reason} {list(expected.values()).count(reason)}" in line

    again = run("run", tmp_path / "in", "--db", db, "--workers", 1)  # a rerun: all already stored
    assert again.exit_code == 0
    assert again.stderr.strip().splitlines()[-1] == (
        f"coded 0 + skipped {len(expected)} (already-stored {len(expected)}) = {len(expected)} inputs")


def test_lang_any_codes_other_languages_with_a_warning(tmp_path):
    """A French page with --lang any: coded, with a warning on its record."""
    write_faults(tmp_path / "in")
    db = tmp_path / "any.duckdb"
    result = run("run", tmp_path / "in" / "french.txt", "--db", db, "--workers", 1, "--lang", "any")
    assert result.exit_code == 0, result.output
    state, _reason, warnings = stored(db)["french"]
    assert state == "coded" and any("coded anyway (--lang any)" in w for w in warnings)


def test_max_bytes_is_the_users_to_set(tmp_path):
    """A 500-byte page with --max-bytes 100: skipped as too-large, and counted so."""
    write_faults(tmp_path / "in")
    db = tmp_path / "small.duckdb"
    result = run("run", tmp_path / "in" / "cp1252.txt", "--db", db, "--workers", 1, "--max-bytes", 100)
    assert result.exit_code == 0, result.output
    assert stored(db)["cp1252"][:2] == ("skipped", "too-large")
    assert "too-large 1" in result.stderr
