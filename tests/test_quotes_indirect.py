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
