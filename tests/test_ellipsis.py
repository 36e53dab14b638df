"""An ellipsis inside a sentence read as a dash by the parser; one before a capital, or four dots, left."""

from __future__ import annotations

import pytest

from newsevents.ellipsis import ellipses_as_dashes
from newsevents.parse import load_model, parser_text

# Written for this test: quoted words with a stretch left out.
INSIDE = [
    ('They "regret the gap ... (and) urge Tokyo to act."', 'They "regret the gap --- (and) urge Tokyo to act."'),
    ('"They know that... the tariffs hurt," he said.', '"They know that -- the tariffs hurt," he said.'),
    ("It was \u201cabsurd\u201d\u2026 and wrong.", "It was \u201cabsurd\u201d, and wrong."),
    ("There were two \u2026 and then one.", "There were two - and then one."),
    ("A very polite way\u2026 the culture is old.", "A very polite way, the culture is old."),
]
LEFT = [
    "He waited ... Then he left.",
    "He waited.... and nothing came.",
    "Prices rose 3 pct...",
]
# Written for this test: sentences the small model ends at the dots.
SPLIT_AT_DOTS = [
    '"The Americans know that ... the sanctions will hurt them too," Tanaka told reporters.',
    'The ministers said they "deplore the continued imbalance in trade ... (and) expect Seoul to open its market."',
]


@pytest.mark.parametrize(("text", "read"), INSIDE)
def test_an_ellipsis_inside_a_sentence_is_a_dash_of_the_same_length(text, read):
    assert ellipses_as_dashes(text) == read and len(read) == len(text)


@pytest.mark.parametrize("text", LEFT)
def test_an_ellipsis_that_may_end_a_sentence_is_left(text):
    assert ellipses_as_dashes(text) == text


@pytest.mark.parametrize("text", SPLIT_AT_DOTS)
def test_the_parser_reads_one_sentence_across_the_left_out_words(text):
    assert len(list(load_model()(parser_text(text)).sents)) == 1
