"""Gold on real corpus articles (tests/fixtures/real_articles): the reader takes each text from
its corpus, and the set is sound where ../shared is present."""

from __future__ import annotations

import json

import pytest

from newsevents.events.evaluate import gold_inputs, read_gold


def write_corpus(folder, records):
    (folder / "wires").mkdir(parents=True)
    (folder / "wires" / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))


def test_read_gold_takes_a_corpus_records_text_and_title(tmp_path):
    corpora = tmp_path / "corpora"
    write_corpus(corpora, [{"id": "w-1", "title": "KUWAIT REJECTS CHARGES", "text": "Kuwait rejected\nthe charges."},
                           {"id": "w-2", "title": "OTHER", "text": "x"}])
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "w-1", "corpus": "wires", "date": "1987-06-02", "expected": []}\n')
    [item] = read_gold(gold, corpora=corpora)
    assert item["text"] == "Kuwait rejected\nthe charges." and item["title"] == "KUWAIT REJECTS CHARGES"
    assert next(gold_inputs([item])) == {"id": "w-1", "text": item["text"], "title": "KUWAIT REJECTS CHARGES",
                                         "date": "1987-06-02"}  # coded as a corpus record is


def test_read_gold_finds_shared_corpora_above_the_gold_file(tmp_path):
    write_corpus(tmp_path / "shared" / "corpora", [{"id": "w-1", "title": "T", "text": "Body."}])
    folder = tmp_path / "project" / "tests" / "fixtures"
    folder.mkdir(parents=True)
    (folder / "gold.jsonl").write_text('{"id": "w-1", "corpus": "wires", "expected": []}\n')
    assert read_gold(folder / "gold.jsonl")[0]["text"] == "Body."


def test_read_gold_names_the_line_of_an_article_missing_from_its_corpus(tmp_path):
    write_corpus(tmp_path / "corpora", [{"id": "w-1", "title": "T", "text": "Body."}])
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "w-1", "corpus": "wires", "expected": []}\n{"id": "w-9", "corpus": "wires"}\n')
    with pytest.raises(ValueError, match=r"gold.jsonl:2: w-9 not found in corpus 'wires'"):
        read_gold(gold, corpora=tmp_path / "corpora")
