"""A labelling verb's object named, not acted on (events/labelled.py ``labels_object``): sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_tuples


# session 32, P: a labelling verb's object row ("call a strike") met with a predicate names the object, it calls
# nothing: "the ministry called the strike illegal" is no strike by the ministry
@pytest.mark.parametrize("sentence", [
    "The Kenyan ministry called the strike illegal.",
    "The Bolivian government has called the miners' strike part of a campaign to discredit it.",
])
def test_an_object_labelled_is_not_called(sentence):
    assert not any(code == "14" for _, _, code in event_tuples(sentence, "1987-04-10", fields=FAMILY))


def test_a_strike_called_stays():
    found = event_tuples("Kenyan unions called a general strike on Monday.", "1987-04-10", fields=FAMILY)
    assert ("KEN", "KEN", "14") in found
