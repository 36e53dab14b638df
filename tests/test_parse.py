"""parse: the full parse, and the fast path that gives only NER to paragraphs that can
yield no quote and no event."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT
from newsevents.actors import load_lexicon
from newsevents.clean import clean
from newsevents.model import Document
from newsevents.parse import load_model, parse_many
from newsevents.pipeline import Options, code_documents
from newsevents.prefilter import LemmaGuesser, Prefilter
from newsevents.record import to_record

EXAMPLES = ROOT / "src" / "newsevents" / "examples"
WEATHER = "The weather in the capital was mild on Tuesday, with light rain expected later in the week."


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    return Prefilter(load_lexicon())


def flags(prefilter: Prefilter, *texts: str) -> list[bool]:
    nlp = load_model()
    return prefilter.select(list(texts), [nlp.make_doc(text) for text in texts])


def test_lemma_guesses_cover_inflections():
    guesses = LemmaGuesser(load_model()).guesses
    assert "say" in guesses("said")
    assert "talk" in guesses("talks")
    assert "stage" in guesses("staged")
    assert "meet" in guesses("met")


def test_paragraphs_that_can_give_quotes_or_events_are_parsed(prefilter):
    assert flags(prefilter, "Prices fell.", '"We will not give up," he declared.') == [True, True]  # before a quote
    assert flags(prefilter, "The minister told reporters the plan was ready.") == [True]  # cue verb
    assert flags(prefilter, "Russia condemned the launch.") == [True]  # event head and an actor
    assert flags(prefilter, "He spoke as follows:") == [True]  # colon introduction


def test_paragraphs_without_candidates_are_skipped(prefilter):
    assert flags(prefilter, WEATHER) == [False]
    assert flags(prefilter, "Shares condemned nothing.", WEATHER) == [False, False]  # event head, no actor


def test_skipped_paragraphs_have_sentences_and_names(prefilter):
    text = WEATHER + " John Smith was not available."
    doc = Document(id="d", raw=f"Headline\n\n{text}", format="text")
    parsed = next(parse_many([clean(doc)], prefilter=prefilter))
    body = parsed.parsed[-1]
    assert not body.has_annotation("DEP")
    assert len(list(body.sents)) == 2
    assert any(ent.label_ == "PERSON" and ent.text == "John Smith" for ent in body.ents)


def test_fast_path_gives_the_same_records():
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    texts.append("Kenya recalls envoy\n\n" + WEATHER + "\n\nJohn Smith was not available.\n\n"
                 "Kenya recalled its ambassador to Somalia, officials said.")
    full = [to_record(doc) for doc in code_documents(texts, date="2019-02-16")]
    fast = [to_record(doc) for doc in code_documents(texts, date="2019-02-16", options=Options(fast_path=True))]
    for a, b in zip(full, fast, strict=True):
        for field in ("actors", "quotes", "events", "warnings"):
            assert json.dumps(a[field]) == json.dumps(b[field]), (a["id"], field)


def test_word_columns_are_read_once_per_doc_and_match_a_fresh_read():
    from newsevents.parse import read_word_columns, word_columns

    doc = load_model()("The Foreign Ministry summoned the Envoys on Tuesday.")
    first = word_columns(doc)
    assert word_columns(doc) is first  # the quotes and events stages share one read
    assert first == read_word_columns(doc)
    assert first[0][2] == "Ministry" and first[1][3] == "summon" and first[2][5] == "envoys"


def test_dependency_columns_match_the_parse():
    from newsevents.parse import dependency_columns

    doc = load_model()("Officials said on Monday that Russia, which denies it, was ready to mediate. They left.")
    deps, order, first, heads = dependency_columns(doc)
    assert deps == [t.dep_ for t in doc]
    assert [order[first[i]:first[i + 1]] for i in range(len(doc))] == [[c.i for c in t.children] for t in doc]
    assert heads == [t.head.i for t in doc]
    assert dependency_columns(doc) is dependency_columns(doc)
