"""What a pattern's object word matches (events/objects.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_dyads


def codes(sentence: str) -> set[tuple[str, str, str]]:
    return event_dyads(sentence, "1998-03-10")


def test_a_modifier_names_the_object_it_carries():
    # "aid deliveries": the row "suspend aid" holds for a noun that carries aid
    assert any(code.startswith("16") for _, _, code in codes("Britain suspended aid deliveries to Kenya."))


@pytest.mark.parametrize("sentence", [
    "Mexico tried to halt U.S. trade sanctions.",
    "Peru moved to halt trade talks with Chile.",
])
def test_a_modifier_does_not_name_the_object_of_a_noun_that_is_an_act_of_its_own(sentence):
    # "halt trade sanctions" halts no trade (OWN_ACTS), so the row "halt trade with X" does not hold
    assert not any(code == "163" and source in ("MEX", "PER") for source, _, code in codes(sentence))
