"""Whom "it" and "they" in a reported clause refer to (events.pronoun_antecedent)."""

from __future__ import annotations

import pytest

from conftest import event_reader

events = event_reader("2016-10-10", fields=("source_code", "code", "target_code"), ordered=True)


@pytest.mark.parametrize("sentence", [
    "President Recep Tayyip Erdogan complained that they were arming Kurdish militants in Syria.",
    "Vladimir Putin said they had sent weapons to Ukraine.",
])
def test_it_or_they_in_what_one_person_reports_is_someone_else(sentence):
    assert not any(source[:3] in ("TUR", "RUS") for source, _, _ in events(sentence))


@pytest.mark.parametrize("sentence, country", [
    ("Syrian officials said they would withdraw their troops from Lebanon.", "SYR"),
    ("Syria says it will withdraw its troops from Lebanon.", "SYR"),
    ("The Kenyan government said it would send troops to Somalia.", "KEN"),
])
def test_a_state_or_its_officials_may_speak_of_themselves(sentence, country):
    assert any(source.startswith(country) for source, _, _ in events(sentence))
