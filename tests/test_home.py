"""Targets at home (events/home.py): a politician's rally is a campaign's, not a protest. Sentences written for
these tests (audit on unseen articles, nineteenth session)."""

from __future__ import annotations

import pytest

from conftest import event_dyads


@pytest.mark.parametrize("sentence", [
    "Trump held a rally in Columbus on the same day.",  # a rally held (the row "hold rally"), not the noun alone
    "Republican Senator Ted Cruz held a rally in Houston.",  # one politician of a party
])
def test_a_politician_s_rally_is_a_campaign_not_a_protest(sentence):
    assert not any(code.startswith("14") for _, _, code in event_dyads(sentence, "2016-12-10"))


def test_a_rally_against_something_is_still_a_protest():
    found = event_dyads("Kenyan opposition leader Raila Odinga held a rally in Nairobi against the election result.",
                        "2016-12-10")
    assert ("KEN", "KEN", "141") in found
