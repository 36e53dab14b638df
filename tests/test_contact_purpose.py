"""What a meeting, a call or a trip is for (events/contact_purpose.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader

dyads = event_reader(fields=FAMILY)


def test_purpose_of_a_meeting_is_aimed_at_whom_it_meets():
    found = dyads("The Canadian envoy met Mexican officials on Tuesday to urge an end to the tariffs.")
    assert {("CAN", "MEX", "04"), ("CAN", "MEX", "02")} <= found


def test_purpose_of_a_trip_is_aimed_at_the_host():
    found = dyads("The Chilean foreign minister flew to Lima to demand an explanation.")
    assert ("CHL", "PER", "10") in found


def test_purpose_of_a_meeting_at_home_is_no_act_on_the_home():
    found = dyads("The Chilean president met Chilean party leaders to urge calm.")
    assert not any(root == "02" for _, _, root in found)
