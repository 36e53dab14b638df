"""The parse fast path (newsevents.prefilter) must not move events, quotes or actors:
on every gold set, coded with the fast path off and on, no score moves by more than 0.005."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, shared_path
from newsevents.events.evaluate import gold_inputs, read_gold, score_events
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

TOLERANCE = 0.005


def coded(items: list, fast: bool) -> dict[str, dict]:
    docs = code_documents(list(items), options=Options(fast_path=fast))
    return {record["id"]: record for record in map(to_record, docs)}


def both(items: list) -> tuple[dict, dict]:
    return coded(items, fast=False), coded(items, fast=True)


@pytest.mark.parametrize("parts", [("gold", "events", "plover_gsr_dev.jsonl"),
                                   ("gold", "events", "petr2_pytest_events.jsonl")])
def test_fast_path_keeps_event_f1_on_gold(parts):
    gold = read_gold(shared_path(*parts))
    full, fast = both(list(gold_inputs(gold)))
    assert abs(score_events(gold, full).f1 - score_events(gold, fast).f1) <= TOLERANCE


def test_fast_path_keeps_event_f1_on_the_event_articles():
    shared_path("gold")  # the whole check runs only where the evaluation data is
    gold = read_gold(FIXTURES / "event_articles" / "gold.jsonl")
    full, fast = both(list(gold_inputs(gold)))
    assert abs(score_events(gold, full).f1 - score_events(gold, fast).f1) <= TOLERANCE


def referee_quotes(gold, records: dict, folder) -> dict[str, float]:
    out = folder / "quotes.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()), encoding="utf-8")
    text = subprocess.run([sys.executable, str(shared_path("eval", "score.py")), "quotes", str(gold), str(out)],
                          capture_output=True, text=True, check=True).stdout
    figures = {}
    for line in text.splitlines():
        words = line.replace(":", " ").split()
        numbers = [float(w) for w in words if w.replace(".", "", 1).isdigit() and "." in w]
        if numbers:
            figures[" ".join(w for w in words if not w[0].isdigit())] = numbers[0]
    return figures


def test_fast_path_keeps_quote_scores_on_polnear_dev(tmp_path):
    gold = shared_path("gold", "quotes", "polnear_dev.jsonl")
    items = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    full, fast = both(items)
    before, after = referee_quotes(gold, full, tmp_path), referee_quotes(gold, fast, tmp_path)
    assert before, "the referee printed no figures"
    for label, figure in before.items():
        assert abs(figure - after[label]) <= TOLERANCE, label


def mention_f1(full: dict, fast: dict) -> float:
    """Agreement of actor mentions (offsets and code) between the two runs, as F1."""
    def mentions(records):
        return {(r["id"], a.get("start"), a.get("end"), a.get("code")) for r in records.values()
                for a in r.get("actors", [])}
    left, right = mentions(full), mentions(fast)
    if not left and not right:
        return 1.0
    return 2 * len(left & right) / (len(left) + len(right))


def test_fast_path_keeps_actor_mentions():
    items = [json.loads(line) for line in
             shared_path("gold", "actors", "petr2_pytest_actors.jsonl").read_text().splitlines() if line.strip()]
    items += [json.loads(line) for line in
              shared_path("gold", "quotes", "polnear_dev.jsonl").read_text().splitlines()[:30] if line.strip()]
    full, fast = both([{"id": i["id"], "text": i["text"]} for i in items])
    assert mention_f1(full, fast) >= 1 - TOLERANCE


def test_fast_path_keeps_the_seed_page():
    page = shared_path("seed", "000_44652aec5ffde77d.txt")
    from newsevents.model import Document

    doc = Document(id=page.stem, raw=page.read_text(encoding="utf-8"), format="text")
    full, fast = both([doc])
    for field in ("events", "quotes", "actors"):
        assert full[page.stem][field] == fast[page.stem][field], field


def test_the_pre_scan_is_built_once_per_lexicon():
    """A worker codes batch after batch: the pre-scan (and its lemma cache) must outlive a batch."""
    from newsevents.actors import load_lexicon
    from newsevents.prefilter import prefilter_for

    lexicon = load_lexicon()
    assert prefilter_for(lexicon) is prefilter_for(lexicon)
    assert prefilter_for(lexicon).lexicon is lexicon
