"""The language check: other languages found, English (short, tabular, name-heavy) never skipped."""

from __future__ import annotations

import pytest

from fault_inputs import CHINESE, ENGLISH, FRENCH, SPANISH
from newsevents.language import foreign_language


@pytest.mark.parametrize(("text", "lang"), [(FRENCH, "fr"), (SPANISH, "es"), (CHINESE, "zh")])
def test_other_languages_are_found(text, lang):
    found = foreign_language(text)
    assert found is not None and found[0] == lang and found[1] >= 0.9


@pytest.mark.parametrize("text", [
    ENGLISH,
    "Shearson Lehman Brothers, a unit of American Express Co <AXP>, said Robert Stearns has joined the company "
    "as managing director of its merger and acquisition department.",  # capitalised names looked Spanish
    "Shr 45 cts vs 58 cts\n Net 1.1 mln vs 829,000\n Sales 7.2 mln vs 6.9 mln\n Avg shrs 2.4 mln vs 1.4 mln",
    "Paris, le 12 mai.",  # too short to be sure of anything
])
def test_english_and_thin_texts_are_not_called_foreign(text):
    assert foreign_language(text) is None
