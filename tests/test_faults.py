"""`newsevents run` over a folder of input faults: it completes, and every input is accounted for."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from newsevents.cli import cli, register

register()


def write_faults(folder):
    """One file per input fault we name, plus one good page; returns how many documents they hold."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "broken.jsonl").write_bytes(b'{"id": "j1", "text": "Russia criticised Ukraine."}\n{broken\n')
    (folder / "broken.csv").write_bytes(b"\r!")
    (folder / "cp1252.txt").write_bytes(b"Headline\n\nFrance visited Germany \x96 and met officials.\n")
    return 6  # empty, blob, j1, broken.jsonl:2, broken.csv, cp1252


@pytest.mark.model
def test_run_over_faults_completes_and_stores_every_input(tmp_path):
    """6 documents in 5 faulty files (empty, binary, broken JSONL line, broken CSV, cp1252) run twice: exit 0,
    each stored once with a reason when not coded (lost 0, duplicated 0)."""
    folder = tmp_path / "in"
    folder.mkdir()
    expected = write_faults(folder)
    db = str(tmp_path / "faults.duckdb")
    result = CliRunner().invoke(cli, ["run", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl", "--limit", "0"])
    assert listed.exit_code == 0, listed.output
    with duckdb.connect(db, read_only=True) as connection:
        rows = connection.execute("select doc_key, status, reason from documents").fetchall()
    ids = [row[0] for row in rows]
    skipped = [row for row in rows if row[1] != "coded"]
    assert all(row[2] for row in skipped), f"a document not coded carries its reason: {skipped}"
    assert len(ids) == len(set(ids)) == expected, ids
    rerun = CliRunner().invoke(cli, ["run", str(folder), "--db", db])
    assert rerun.exit_code == 0, rerun.output
    with duckdb.connect(db, read_only=True) as connection:
        again = connection.execute("select count(*) from documents").fetchone()[0]
    assert again == expected, "a rerun stores nothing twice"
