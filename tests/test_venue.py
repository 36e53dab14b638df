"""Where a meeting is held is no party to it (events/venue.py). Sentences we wrote, each with the case that must
still be coded."""

from __future__ import annotations

import pytest

from conftest import coded_events


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    return {(e["source"][:3], e["target"][:6], e["code"][:2]) for e in coded_events(sentence, "1987-04-01")
            if e["modality"] != "negated"}


@pytest.mark.parametrize("sentence, venue", [
    ("The Kenyan delegation attended the Geneva conference on Tuesday.", "CHE"),
    ("Kenya's finance minister visits Washington this week for the World Bank meeting.", "USA"),
    ("Kenya's minister said he would be going to Washington for meetings of the (IMF) Interim Committee.", "USA"),
])
def test_the_city_a_meeting_is_held_in_is_no_party(sentence, venue):
    assert not {d for d in dyads(sentence) if d[1].startswith(venue)}


@pytest.mark.parametrize("sentence, dyad", [
    ("Kenya's finance minister visits Washington this week for the World Bank meeting.", ("KEN", "IGOWBK", "04")),
    ("Kenya attended the OPEC conference in Geneva.", ("KEN", "IGOOPC", "04")),
    ("The Kenyan president will leave for Washington on Monday for talks with President Reagan.",
     ("KEN", "USAGOV", "03")),
    ("Kenya's president visited Washington last week.", ("KEN", "USAGOV", "04")),
])
def test_the_organisation_met_and_a_host_met_stay(sentence, dyad):
    assert dyad in dyads(sentence)
