"""The hand-coded news articles (tests/fixtures/event_articles): the set is sound, and the
coder stays above its measured floor on each half."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from click.testing import CliRunner

import newsevents
from conftest import FIXTURES
from newsevents.cli import cli, register
from newsevents.events.evaluate import gold_inputs, read_gold, score_events
from newsevents.events.ontology import load_ontology

ARTICLES = FIXTURES / "event_articles"
GOLD = ARTICLES / "gold.jsonl"
CAMEO = set(load_ontology())  # every code the ontology table knows


def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_gold_record_has_its_page_and_every_page_its_record():
    ids = [r["id"] for r in records()]
    assert len(ids) == len(set(ids)) >= 44
    assert sorted(ids) == sorted(p.stem for p in ARTICLES.glob("*.txt"))


def test_split_alternates_by_article_number_and_is_balanced():
    by_split = Counter()
    for record in records():
        number = int(re.match(r"ev(\d+)_", record["id"]).group(1))
        assert record["split"] == ("tune" if number % 2 else "report"), record["id"]
        by_split[(record["split"], record["style"], record["region"])] += 1
    for (split, style, region), count in by_split.items():
        other = "report" if split == "tune" else "tune"
        assert by_split[(other, style, region)] == count, (style, region)


def test_gold_events_are_well_formed_and_sit_in_their_sentence():
    for record in records():
        text = (ARTICLES / f"{record['id']}.txt").read_text(encoding="utf-8")
        assert 250 <= len(text.split()) <= 700, record["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", record["date"]) and 2000 <= int(record["date"][:4]) <= 2026
        assert record["expected"], record["id"]
        for event in record["expected"]:
            assert event["code"] in CAMEO, (record["id"], event["code"])
            assert event["modality"] in ("asserted", "intended", "conditional", "hypothetical"), record["id"]
            assert re.fullmatch(r"---|IGO\w+|[A-Z]{3}\w*", event["source"]) and event["source"] != "---"
            assert re.fullmatch(r"---|IGO\w+|[A-Z]{3}\w*", event["target"])
            assert event["sentence"] in text, (record["id"], event["sentence"][:60])


def test_read_gold_takes_the_text_from_the_page_beside_it_and_keeps_one_split():
    tune = read_gold(GOLD, split="tune")
    report = read_gold(GOLD, split="report")
    assert {r["split"] for r in tune} == {"tune"} and {r["split"] for r in report} == {"report"}
    assert len(tune) + len(report) == len(records())
    first = tune[0]
    assert first["text"] == (ARTICLES / f"{first['id']}.txt").read_text(encoding="utf-8")
    assert next(gold_inputs([first])).format == "text"  # coded as a page: headline on line 1


def test_read_gold_without_text_or_page_names_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "expected": []}\n{"id": "missing", "expected": []}\n')
    with pytest.raises(ValueError, match=r"gold.jsonl:2: .*missing.txt"):
        read_gold(gold)
    gold.write_text("{not json\n")
    with pytest.raises(ValueError, match=r"gold.jsonl:1: not JSON"):
        read_gold(gold)


@pytest.mark.model
def test_eval_command_reads_pages_and_scores_one_split(tmp_path):
    (tmp_path / "a1.txt").write_text("Russia expels two Polish diplomats\n\nMOSCOW, May 3 (Reuters) - "
                                     "Russia expelled two Polish diplomats on Tuesday.\n")
    (tmp_path / "a2.txt").write_text("Headline\n\nNothing happened here at all.\n")
    (tmp_path / "gold.jsonl").write_text(
        '{"id": "a1", "date": "2022-05-03", "split": "tune", "expected": '
        '[{"source": "RUSGOV", "target": "POLGOV", "code": "161"}]}\n'
        '{"id": "a2", "date": "2022-05-03", "split": "report", "expected": '
        '[{"source": "FRAGOV", "target": "DEUGOV", "code": "036"}]}\n')
    register()
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "gold.jsonl"), "--split", "tune"])
    assert result.exit_code == 0, result.output
    assert "tp 1 fp 0 fn 0" in result.output


@pytest.fixture(scope="module")
def coded() -> dict[str, dict]:
    items = read_gold(GOLD)
    return {r["id"]: r for r in newsevents.code_many(gold_inputs(items))}


# Floors a little below the figures measured (docs/events.md, seventh session):
# tune F1 0.711, report F1 0.505 (country + CAMEO root) - raise them as the coder improves.
@pytest.mark.model
@pytest.mark.parametrize("split, floor", [("tune", 0.72), ("report", 0.50)])
def test_event_articles_floor(coded, split, floor):
    score = score_events(read_gold(GOLD, split=split), coded)
    assert score.f1 >= floor, f"{split}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
