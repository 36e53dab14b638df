"""A body named in full, then by its last word alone (actors/short_names.py, session 16). Strings
written for these tests."""

from __future__ import annotations

from newsevents.actors import resolve_actors
from newsevents.actors.phrase import phrase_document


def coded(text: str, lexicon) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in resolve_actors(phrase_document(text, "2005-04-07"), lexicon=lexicon).mentions]


def test_a_body_named_in_full_is_then_its_last_word(lexicon):
    found = coded("The European Commission wrote to two phone firms. The Commission said they overcharged, "
                  "and the firms answered the Commission's letter.", lexicon)
    assert found.count(("Commission", "IGOEUC")) == 2
    found = coded("The International Monetary Fund lent Ghana money. The Fund's board met on Monday.", lexicon)
    assert ("Fund", "IGOIMF") in found


def test_a_longer_name_or_a_word_before_the_full_name_is_no_short_name(lexicon):
    found = coded("The Commission met first. Then the European Commission agreed with the Commission on "
                  "Fisheries and the Commission President.", lexicon)
    assert [text for text, _ in found].count("Commission") == 0
    found = coded("The White House said the House would vote on the bill.", lexicon)
    assert ("House", "USAGOV") not in found  # a seat's last word: the House is Congress, not the White House
