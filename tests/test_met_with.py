"""Threats told as what another's act would meet (events/met_with.py), on sentences we wrote."""

from __future__ import annotations

import pytest

from conftest import FAMILY, event_reader

events = event_reader("2020-03-10", fields=FAMILY)


@pytest.mark.parametrize("sentence, source, target", [
    ("Syria warned that any Turkish incursion into its territory would be met with a firm response.", "SYR", "TUR"),
    ("Pyongyang said any provocation by Seoul would face merciless retaliation.", "PRK", "KOR"),
    ("Armenia said it would meet any escalation by Azerbaijan with countermeasures.", "ARM", "AZE"),
])
def test_an_act_that_would_meet_a_response_is_a_threat_to_its_doer(sentence, source, target):
    assert (source, target, "13") in events(sentence)


def test_a_response_already_met_is_no_threat():
    found = events("Syria said the Turkish incursion was met with a firm response.")
    assert not any(code == "13" for _, _, code in found)


def test_meet_with_any_response_word_is_no_meeting():
    found = events("Armenia said it would meet any escalation by Azerbaijan with severe punishment.")
    assert not any(code in ("03", "04") for _, _, code in found)


def test_meet_with_a_reception_is_no_meeting():
    found = events("Armenia said it would meet any escalation by Azerbaijan with countermeasures.")
    assert not any(code == "03" or code == "04" for _, _, code in found)
    assert ("RUS", "TUR", "04") in events("Putin met with Erdogan in Sochi on Tuesday.")
