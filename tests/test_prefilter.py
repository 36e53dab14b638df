"""The default fast path (the parse pre-scan, newsevents.prefilter, and the NER gate,
newsevents.nergate's "document-window") must not move events, quotes or actors: on every gold
set, coded the slow way (every sentence parsed, the model's NER on every paragraph) and with
the defaults, no score moves by more than 0.005 (issue #13)."""

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


SLOW = Options(fast_path=False, ner_gate="off")


def coded(items: list, fast: bool) -> dict[str, dict]:
    docs = code_documents(list(items), options=Options() if fast else SLOW)
    return {record["id"]: record for record in map(to_record, docs)}


def both(items: list) -> tuple[dict, dict]:
    return coded(items, fast=False), coded(items, fast=True)


@pytest.mark.parametrize("parts", [("gold", "events", "plover_gsr_dev.jsonl"),
                                   ("gold", "events", "petr2_pytest_events.jsonl")])
def test_fast_path_keeps_event_f1_on_gold(parts):
    gold = read_gold(shared_path(*parts))
    full, fast = both(list(gold_inputs(gold)))
    assert abs(score_events(gold, full).f1 - score_events(gold, fast).f1) <= TOLERANCE


@pytest.mark.parametrize("name", ["event_articles", "real_articles"])
@pytest.mark.parametrize("split", ["tune", "report"])
def test_fast_path_keeps_event_f1_on_the_article_sets(name, split):
    shared_path("gold")  # the whole check runs only where the evaluation data is
    gold = read_gold(FIXTURES / name / "gold.jsonl", split=split)
    full, fast = both(list(gold_inputs(gold)))
    assert abs(score_events(gold, full).f1 - score_events(gold, fast).f1) <= TOLERANCE


@pytest.mark.parametrize("name", ["event_checklist_s12.tsv", "event_checklist_s13.tsv"])
def test_fast_path_keeps_the_event_checklists(name):
    """bench/score_event_checklist.py's triples, both halves together, slow and default."""
    shared_path("gold")
    from collections import Counter

    rows = [line.split("\t") for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    items = [{"id": f"row{n}", "title": "", "text": sentence, "date": "2005-06-01"}
             for n, (sentence, _expected, _half) in enumerate(rows)]
    figures = []
    for records in both(items):
        tp = fp = fn = 0
        for n, (_sentence, expected, _half) in enumerate(rows):
            want = Counter(tuple(item.replace(">", ":").split(":")) for item in expected.split("|") if expected != "-")
            got = Counter((e["source"][:3], (e["target"] or "---")[:3], e["plover"])
                          for e in records[f"row{n}"]["events"] if e["modality"] != "negated")
            hit = sum((want & got).values())
            tp, fp, fn = tp + hit, fp + sum(got.values()) - hit, fn + sum(want.values()) - hit
        figures.append(2 * tp / (2 * tp + fp + fn))
    assert abs(figures[0] - figures[1]) <= TOLERANCE


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


def actor_hits(gold: list[dict], records: dict) -> float:
    """petr2_pytest_actors as bench/accuracy_gate.py codes it: the share of phrases whose record
    has an actor with one of the expected codes."""
    return sum(any(a.get("code") in item["expected_actor_codes"] for a in records[item["id"]]["actors"])
               for item in gold) / len(gold)


def test_fast_path_keeps_actors_on_gold():
    gold = [json.loads(line) for line in
            shared_path("gold", "actors", "petr2_pytest_actors.jsonl").read_text().splitlines() if line.strip()]
    full, fast = both([{"id": i["id"], "text": i["text"]} for i in gold])
    assert abs(actor_hits(gold, full) - actor_hits(gold, fast)) <= TOLERANCE
    assert mention_f1(full, fast) >= 1 - TOLERANCE


def test_fast_path_moves_few_actor_mentions_on_news():
    """Not a gold set: PolNeAR articles' actor mentions, slow and default. The NER gate labels a
    name the NER has read earlier in the article as it was labelled there, which moves 1.6-2.2 %
    of mentions on news (docs/parse.md, fourteenth session); a gate that read names wrongly
    would move far more."""
    items = [json.loads(line) for line in
             shared_path("gold", "quotes", "polnear_dev.jsonl").read_text().splitlines()[:30] if line.strip()]
    full, fast = both([{"id": i["id"], "text": i["text"]} for i in items])
    assert mention_f1(full, fast) >= 0.97


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
