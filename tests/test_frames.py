"""Which pattern a word's frame satisfies (events/frames.py): the frame reader checks each particle,
object and preposition once, and its answers are those of reading the frame afresh for each pattern."""

from __future__ import annotations

import pytest

from newsevents.events.frames import FrameReader, match_pattern, pattern_matches
from newsevents.events.patterns import load_rules
from newsevents.events.words import lemma_candidates

TEXTS = ["Britain sent troops to Kosovo and cut off aid to the rebels.",
         "The U.S. imposed sanctions on Iran after Tehran seized two sailors.",
         "Russia demonstrated in Kirkuk, and China pulled its envoy out of Seoul.",
         "Japan gave 25,000 tons of food aid to North Korea and took the dispute to the WTO."]


@pytest.fixture(scope="module")
def docs():
    from newsevents.parse import load_model

    return [load_model()(text) for text in TEXTS]


def candidates(token, rules):
    pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") else ""
    return next((rules.patterns[(pos, lemma)] for lemma in lemma_candidates(token, rules.irregular)
                 if (pos, lemma) in rules.patterns), ())


def test_one_reader_answers_every_pattern_as_a_fresh_reading_does(docs):
    rules = load_rules()
    asked = 0
    for doc in docs:
        for token in doc:
            patterns = list(candidates(token, rules))
            reader = FrameReader(token)
            for strict in (True, False):
                for pattern in reversed(patterns) if strict else patterns:  # in another order each time
                    assert reader.matches(pattern, strict) == pattern_matches(token, pattern, strict=strict)
                    asked += 1
    assert asked > 100


def test_the_first_pattern_that_fits_whole_wins_before_one_without_its_preposition(docs):
    rules = load_rules()
    sent = docs[0]
    sent_troops = next(t for t in sent if t.lower_ == "sent")
    pattern = match_pattern(sent_troops, rules)
    assert pattern is not None and pattern.object == "troop" and pattern.prep == "to"
    cut = next(t for t in sent if t.lower_ == "cut")
    assert match_pattern(cut, rules).particle == "off"


def test_the_sentences_words_settle_what_reading_the_frame_would(docs):
    """Patterns whose particle or object the sentence lacks are set aside before the frame is read; the
    pattern found is the one found without them ("sent 300 soldiers" still sends troops)."""
    from newsevents.events.frames import sentence_may_fit
    from newsevents.events.words import sentence_words

    rules = load_rules()
    doc = load_model_doc("Britain sent 300 soldiers to Kosovo, and Japan set up a joint venture with Seoul.")
    set_aside = 0
    for sent in list(doc.sents) + [s for d in docs for s in d.sents]:
        words = sentence_words(sent)
        for token in sent:
            patterns = list(candidates(token, rules))
            set_aside += len(patterns) - len(sentence_may_fit(patterns, words))
            assert match_pattern(token, rules, words) == match_pattern(token, rules)
    assert set_aside > 50
    sent_soldiers = next(t for t in doc if t.lower_ == "sent")
    assert match_pattern(sent_soldiers, rules, sentence_words(next(doc.sents))).object == "troop"
    set_up = next(t for t in doc if t.lower_ == "set")
    assert match_pattern(set_up, rules, sentence_words(next(doc.sents))).particle == "up"


def load_model_doc(text):
    from newsevents.parse import load_model

    return load_model()(text)
