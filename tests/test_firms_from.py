"""Members listed in a role's of- or from-phrase share its sector (events/firms_from.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import WHOLE, event_reader

events = event_reader(fields=WHOLE, ordered=True)


@pytest.mark.parametrize("sentence", [
    "Companies from Britain, Canada and France have large investments in Ghana's gold mines.",
    "Banks from Switzerland and Austria lent money to Hungary.",
])
def test_firms_listed_by_country_are_business_not_states(sentence):
    assert events(sentence) == []


@pytest.mark.parametrize("sentence, sources", [
    ("Farmers from France, Belgium and Germany protested against Spain.", {"FRAAGR", "BELAGR", "DEUAGR"}),
    ("Troops from Chad and Niger attacked Nigeria.", {"TCDMIL", "NERMIL"}),
    ("Officials from Canada and France met Venezuela.", {"CANGOV", "FRAGOV"}),
])
def test_every_listed_member_takes_the_roles_sector(sentence, sources):
    assert {source for source, _, _ in events(sentence)} == sources
