"""Reported speech without quote marks (quotes/indirect.py): the words looked at as cues are the
words a Token-by-Token test would take, read off the Doc's arrays."""

from __future__ import annotations

import pytest

from newsevents.quotes.cues import load_cues
from newsevents.quotes.indirect import cue_candidates

TEXTS = ["Britain said Libya must hand over the suspects, according to officials.",
         "According to the ministry, Iran TOLD the envoy it Says no.",
         "Nobody spoke."]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_candidates_are_the_cue_verbs_and_first_words_of_cues(text):
    from newsevents.parse import load_model

    doc = load_model()(text)
    cues = load_cues()
    first_words = cues.first_words()
    expected = [t.i for t in doc if t.lemma_.lower() in cues.verbs or t.lower_ in first_words]
    assert [t.i for t in cue_candidates(doc, cues.verbs, first_words)] == expected
    assert expected or text == "Nobody spoke."


# Written for this test: a reported clause that ends on a bracketed term keeps its closing bracket.
BRACKETED = [
    ("Harbour Steel Co said it agreed to buy a stake in Mill Tool Co (MTC).", "Mill Tool Co (MTC)"),
    ("Harbour Steel Co said it agreed to buy a stake in Mill Tool Co <MTC>.", "Mill Tool Co <MTC>"),
    ("The minister said the talks had failed (again).", "failed (again)"),
]


@pytest.mark.parametrize(("text", "ending"), BRACKETED)
def test_a_reported_clause_keeps_the_bracket_it_closes(text, ending):
    import newsevents

    quotes = newsevents.code("Talks\n\n" + text)["quotes"]
    assert [quote["text"][-len(ending):] for quote in quotes] == [ending]


def test_a_bracket_opened_outside_the_clause_is_trimmed():
    from newsevents.parse import load_model
    from newsevents.quotes.indirect import trim

    doc = load_model()("(The minister said the talks failed)")
    assert doc[trim(doc, 4, len(doc))[1] - 1].text == "failed"
