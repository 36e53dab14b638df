"""A paragraph's words read once for the events stage's passes (events/words.py): the same words,
the same tokens in the same order, as reading each spaCy Token."""

from __future__ import annotations

import pytest

from newsevents.events import words
from newsevents.events.frames import match_pattern
from newsevents.events.patterns import load_rules

TEXTS = ["Called to account, North Korea test-fired a missile; the protesters staged a hunger strike.",
         "Japan forgave the debt and the U.N. mediator Diego Cordovez met Iran's envoy in Geneva on Monday.",
         "Britain said Libya must hand over the suspects, and India insisted that Pakistan act."]


@pytest.fixture(scope="module")
def docs():
    from newsevents.parse import load_model

    return [load_model()(text) for text in TEXTS]


def test_columns_are_each_tokens_lemma_and_form(docs):
    for doc in docs:
        lemmas, lowered, forms = words.columns(doc)
        assert lemmas == [t.lemma_ for t in doc]
        assert lowered == [t.lemma_.lower() for t in doc]
        assert forms == [t.lower_ for t in doc]
        assert words.paragraph_words(doc) == ({t.lemma_.lower() for t in doc}, {t.lower_ for t in doc})


def test_the_cache_follows_the_doc_asked_about(docs):
    first, second = docs[0], docs[1]
    assert words.columns(first)[2][0] == "called"
    assert words.columns(second)[2][0] == "japan"
    assert words.paragraph_words(second)[1] == {t.lower_ for t in second}
    assert words.columns(first)[2][0] == "called"


def test_with_lemma_keeps_the_tokens_a_lemma_test_keeps_in_order(docs):
    for doc in docs:
        for sent in doc.sents:
            for wanted in ({"stage", "strike", "call"}, {"meet", "envoy"}, {"must", "insist"}):
                assert [t.i for t in words.with_lemma(sent, wanted)] == \
                    [t.i for t in sent if t.lemma_.lower() in wanted]
                assert [t.i for t in words.with_lemma(sent, wanted, forms=True)] == \
                    [t.i for t in sent if t.lemma_.lower() in wanted or t.lower_ in wanted]
            assert words.lemmas_of(sent) == [t.lemma_.lower() for t in sent]
            assert words.words_of(sent) == {t.lemma_ for t in sent} | {t.lower_ for t in sent}


def test_pattern_tokens_hold_every_token_that_matches_a_pattern_and_few_others(docs):
    rules = load_rules()
    kept = total = 0
    for doc in docs:
        for sent in doc.sents:
            heads = [t.i for t in words.pattern_tokens(sent, rules)]
            assert heads == sorted(heads)
            matched = [t.i for t in sent if match_pattern(t, rules) is not None]
            assert matched and set(matched) <= set(heads)
            kept, total = kept + len(heads), total + len(sent)
    assert kept < total / 2  # names, articles, punctuation are not looked at


def test_pattern_tokens_read_guesses_and_hyphenated_heads():
    """'test-fired': the head after a hyphen; a form the coder guesses from ("forgave": irregular.tsv)."""
    from newsevents.events.patterns import Pattern, Rules

    rules = Rules()
    rules.patterns[("V", "test-fire")].append(Pattern("190", "V", "test-fire"))
    rules.patterns[("V", "forgive")].append(Pattern("056", "V", "forgive"))
    rules.irregular = {"forgave": "forgive"}
    from newsevents.parse import load_model

    doc = load_model()("They test-fired it and forgave him.")
    assert {t.lower_ for t in words.pattern_tokens(doc[:], rules)} >= {"fired", "forgave"}
    assert "they" not in {t.lower_ for t in words.pattern_tokens(doc[:], rules)}


def test_sentence_words_follow_the_sentence_asked_about(docs):
    seen = []
    for doc in docs:
        for sent in doc.sents:
            lemmas, forms = words.sentence_words(sent)
            assert lemmas == {t.lemma_.lower() for t in sent} and forms == {t.lower_ for t in sent}
            seen.append((sent, lemmas))
    first, lemmas = seen[0]
    assert words.sentence_words(first)[0] == lemmas  # asked again after the others
    assert words.with_lemma(first, {"no-such-word"}) == []
