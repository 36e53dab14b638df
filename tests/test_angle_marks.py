"""A wire's "<Name>" and "<TICKER>" marks read in parentheses by the parser; offsets and other text kept."""

from __future__ import annotations

import pytest

from newsevents.angle_marks import angle_marks
from newsevents.parse import load_model, parser_text

# Written for this test, in the manner of wire copy that marks companies.
MARKED = [
    ("Chrysler Corp <C> said it will close the plant.", "Chrysler Corp (C) said it will close the plant."),
    ("<Harbour Shipping Ltd> said it would sell two ships.", "(Harbour Shipping Ltd) said it would sell two ships."),
    ("Its unit <Mill Bros Inc> and <BRK.A> rose.", "Its unit (Mill Bros Inc) and (BRK.A) rose."),
]
UNMARKED = [
    "The embed read <tweet/> and nothing else.",
    "Prices rose 3 pct, <br> the bank said.",
    "If x < 3 and y > 2 the rule holds.",
]


@pytest.mark.parametrize(("text", "read"), MARKED)
def test_marks_are_read_in_parentheses(text, read):
    assert angle_marks(text) == read
    assert parser_text(text) == read and len(parser_text(text)) == len(text)


@pytest.mark.parametrize("text", UNMARKED)
def test_markup_and_comparisons_are_left(text):
    assert angle_marks(text) == text


def test_the_company_not_the_mark_is_the_subject():
    doc = load_model()(parser_text("The unit of Harbour Shipping Co Inc <HSC> bought the Tandem computer."))
    bought = next(token for token in doc if token.text == "bought")
    assert [child.text for child in bought.children if child.dep_ == "nsubj"] == ["unit"]


def test_the_bracketed_name_is_one_entity_without_its_mark():
    doc = load_model()(parser_text("<Harbour Shipping Ltd> said it would sell two ships to Norway."))
    assert "Harbour Shipping Ltd" in [entity.text for entity in doc.ents]


def test_a_ticker_read_in_parentheses_is_still_no_actor_and_an_acronym_still_is():
    import newsevents

    ticker = newsevents.code("Ships\n\nMill Harbour Inc <PCC> said it sold its unit to Brazil.", date="1987-04-01")
    assert [actor["text"] for actor in ticker["actors"] if actor["text"] == "PCC"] == []
    acronym = newsevents.code("Trade news\n\nBrazil joined the General Agreement on Tariffs and Trade (GATT) in 1948.",
                              date="1987-04-01")
    assert "GATT" in [actor["text"] for actor in acronym["actors"]]


def test_the_brackets_read_for_a_wire_mark_are_recorded_by_offset():
    from newsevents.angle_marks import angle_mark_offsets

    assert angle_mark_offsets("Mill Corp <MC> and (GATT) rose.") == frozenset({10, 13})
