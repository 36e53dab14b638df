"""Appeals for the release of captives go to their holder (events/captives.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader(ordered=True)


@pytest.mark.parametrize("sentence, event", [
    ("The Kenyan bishop called for the release of the prisoners at Guantanamo Bay.", ("KEN", "USA", "0253")),
    ("The Ghanaian foreign minister called for the release of the inmates held at Guantanamo Bay.",
     ("GHA", "USA", "0253")),
])
def test_an_appeal_for_captives_held_at_a_base_goes_to_its_holder(sentence, event):
    assert event in events(sentence)


@pytest.mark.parametrize("sentence", [
    "Kenya urged the release of the hostages seized by Somali kidnappers.",
    "Kenya called for the freeing of the hostages seized by Somali kidnappers.",
])
def test_an_appeal_for_captives_goes_to_the_captors_the_sentence_names(sentence):
    assert ("KEN", "SOM", "0253") in events(sentence)


def test_captives_held_nowhere_named_give_no_holder():
    assert not any(t == "USA" for _, t, _ in events("Norway urged the release of the detainees."))
