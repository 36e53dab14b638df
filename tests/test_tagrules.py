"""tagrules: the model's attribute ruler and lemmatizer as table look-ups must give every
token exactly what the model's own components give."""

from __future__ import annotations

import pytest

import newsevents.parse
from conftest import FIXTURES
from newsevents.events.evaluate import gold_inputs, read_gold
from newsevents.parse import load_model
from newsevents.pipeline import code_documents
from newsevents.record import to_record
from newsevents.tagrules import COMPONENTS, TagRules

# Sentences that reach the ruler's rarer patterns: two-token lemmas (gonna, ain't, let's),
# whitespace tokens, negation and possessives, pronouns, verb forms the lemmatizer derives.
SENTENCES = [
    "We're gonna win, and they ain't gonna stop us. Let's go!",
    "The  ministers'   talks\n\nwere held in Geneva; she's said she'd never agreed.",
    "He didn't say whether the envoys had met, but I'm sure they've been meeting since 2019.",
    "Protesters were staging sit-ins; police detained dozens and fired tear gas at them.",
    "Its best-known leader, who was arrested, said: \"We will not be silenced.\"",
    "Gotta say it's the biggest, fastest and worst-run ministry of all.",
    "",
]


def annotations(doc) -> list[tuple]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_the_model(text):
    nlp = load_model()
    rules = TagRules.build(nlp)
    assert rules is not None
    expected = nlp(text)
    ours = rules(nlp(text, disable=list(COMPONENTS)))
    assert annotations(ours) == annotations(expected)


def test_lemma_cache_gives_the_same_lemma_twice():
    nlp = load_model()
    rules = TagRules(nlp)
    first = annotations(rules(nlp("Troops withdrew and troops withdrew.", disable=list(COMPONENTS))))
    assert first[1][3] == first[4][3] == "withdraw"


def test_a_ruler_pattern_it_cannot_read_keeps_the_model_components():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    assert TagRules.build(nlp) is None


def test_records_are_the_same_with_the_model_components(monkeypatch):
    """Our hand-coded event articles (tests/fixtures) come out identical either way."""
    items = list(gold_inputs(read_gold(FIXTURES / "event_articles" / "gold.jsonl")))[:12]
    ours = [to_record(doc) for doc in code_documents(items)]
    monkeypatch.setattr(newsevents.parse, "tag_rules", lambda nlp: None)
    theirs = [to_record(doc) for doc in code_documents(items)]
    assert ours == theirs
    assert any(record.get("events") for record in ours)
