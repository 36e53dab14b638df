"""The code and eval commands, run the way a user runs them (CliRunner), checked through the record."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.cli import cli, register

register()
PAGE = "Talks collapse\n\nIran threatened Iraq on Monday, officials said.\n\nShare this\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_cli_code_jsonl_record(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run("code", str(page), "--date", "2021-03-10")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["id"] == "story" and record["headline"] == "Talks collapse"
    assert {"text": "Share this", "reason": "share-follow"} in record["removed"]
    assert any(e["source"].startswith("IRN") and e["target"].startswith("IRQ") for e in record["events"])


def test_cli_code_bad_date_is_a_usage_error(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run("code", str(page), "--date", "next Tuesday")
    assert result.exit_code == 2 and "not a date" in result.output


def test_cli_code_bad_files_warn_and_the_run_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    result = run("code", str(tmp_path))
    records = {r["id"]: r for r in map(json.loads, result.output.splitlines())}
    assert result.exit_code == 0 and set(records) == {"empty", "binary", "good"}
    assert "empty.txt" in records["empty"]["warnings"][0]
    assert "binary.txt" in records["binary"]["warnings"][0]
    assert records["good"]["events"] and not records["good"]["warnings"]


def test_cli_code_reads_stdin_and_prints_a_table():
    result = run("code", "-", "--format", "table", input=PAGE)
    assert result.exit_code == 0 and "Talks collapse" in result.output and "IRN" in result.output


def test_cli_eval_prints_scores(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Germany invaded Poland.",
                                "expected": [{"source": "DEU", "target": "POL", "code": "192"}]}) + "\n")
    result = run("eval", str(gold))
    assert result.exit_code == 0 and "F1 1.000" in result.output


def test_cli_table_to_a_pipe_is_not_squeezed(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    result = run("code", "-", "--format", "table", input="Russia condemned the attack by Ukraine on Monday.\n")
    assert max(len(line) for line in result.output.splitlines()) > 100
