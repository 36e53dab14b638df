"""What a pattern's object word matches (events/objects.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

codes = event_reader("1998-03-10")


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


@pytest.fixture(scope="module")
def nlp():
    from newsevents.parse import load_model

    return load_model()


@pytest.mark.parametrize(("sentence", "head", "names", "not_names"), [
    ("Japan sent 25,000 tons of food aid.", "tons", {"ton", "aid", "food"}, set()),
    ("They fired rockets and mortars.", "rockets", {"rocket", "mortar"}, set()),
    ("Nepal sent 120 Gurkhas.", "Gurkhas", {"troop"}, set()),
    ("Mexico tried to halt trade sanctions.", "sanctions", {"sanction"}, {"trade"}),
])
def test_object_names_are_every_lemma_object_is_answers_to(nlp, sentence, head, names, not_names):
    from newsevents.events.objects import object_is, object_names

    token = next(t for t in nlp(sentence) if t.text == head)
    found = object_names(token)
    assert names <= found and not (not_names & found)
    assert all(object_is(token, lemma) for lemma in found)
    assert not any(object_is(token, lemma) for lemma in not_names)
