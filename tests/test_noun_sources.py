"""Whose act a noun names, and what an object word matches (events/noun_sources.py, events/objects.py)."""

from __future__ import annotations

import pytest

import newsevents


def events(sentence: str) -> set[tuple[str, str, str, str]]:
    found = newsevents.code(sentence, title="", date="1998-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"][:2], e["modality"]) for e in found}


@pytest.mark.parametrize("sentence, doer", [
    ("Nairobi moved to stop the expulsion of Somali refugees.", "KEN"),
    # "halt trade sanctions" is no "halt trade" (objects.OWN_ACTS)
    ("Mexico tried to halt U.S. trade sanctions.", "MEX"),
])
def test_an_act_the_subject_stops_is_not_its_own(sentence, doer):
    assert not any(s == doer and code in ("16", "17") for s, _, code, _ in events(sentence))
