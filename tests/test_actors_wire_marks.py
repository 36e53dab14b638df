"""A paragraph's own dateline and a stock ticker name no actor (actors/wire_marks.py, session 21). Strings
written for these tests, not taken from any gold set."""

from __future__ import annotations

import pytest

from conftest import event_dyads, mention_codes

ROUND_UP = ("WORLD NEWS ROUND-UP\n\n"
            "CAIRO - Libya accused Egypt of massing troops on their border, the JANA agency said.\n\n"
            "OSLO, Norway - Sweden recalled its ambassador from Moscow after a row over a submarine.")


@pytest.mark.model
def test_a_paragraphs_dateline_is_no_part_of_the_actor_after_it(lexicon):
    codes = mention_codes(ROUND_UP, lexicon, "1987-04-07")
    assert codes.get("Libya") == "LBY"
    assert codes.get("Sweden") == "SWE"
    assert not any(text.startswith(("CAIRO", "OSLO", "- ")) for text in codes)


@pytest.mark.model
def test_a_paragraphs_dateline_gives_no_source():
    dyads = {(s[:3], t[:3], c[:2]) for s, t, c in event_dyads(ROUND_UP, "1987-04-07")}
    assert ("SWE", "RUS", "16") in dyads
    assert not any(s == "NOR" for s, t, c in dyads)


@pytest.mark.model
def test_a_capitalised_headline_with_a_dash_keeps_its_actors(lexicon):
    codes = mention_codes("SUDAN FREES HOSTAGES - RADIO\n\nThe rebels freed them on Monday.", lexicon, "1987-04-07")
    assert any((code or "").startswith("SDN") for text, code in codes.items() if text.upper() == text)


@pytest.mark.model
def test_a_stock_ticker_is_no_actors_acronym(lexicon):
    codes = mention_codes("Black and Decker Corp <BDK> said a court had charged it with violating a patent.",
                          lexicon, "1987-04-07")
    assert "BDK" not in codes


@pytest.mark.model
def test_a_hyphen_after_a_word_in_capitals_is_no_dateline(lexicon):
    codes = mention_codes("US-led coalition forces in Iraq shelled the town on Monday.", lexicon, "2004-06-01")
    assert (codes.get("forces") or codes.get("US-led coalition forces") or "")[:3] != "IRQ"
    assert any((code or "").startswith("USA") for code in codes.values())
