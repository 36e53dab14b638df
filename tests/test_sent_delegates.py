"""Sending someone in one's name to another party is a visit by proxy (thirty-first session, E; object class
``@delegate`` of ``send``/``dispatch`` in patterns.tsv): a minister, officials, a delegation or an envoy (042;
intended 036). Not troops, aid workers or a rescue team, whose own rows win, nor a refusal to send. Sentences
of our own."""

from __future__ import annotations

import pytest

from conftest import event_reader

coded = event_reader(fields=("source", "target", "code"))


@pytest.mark.parametrize("sentence, expected", [
    ("Chile sent its deputy foreign minister to Lima on Tuesday to discuss the fishing row.", ("CHL", "PER", "042")),
    ("Ghana dispatched two senior officials to Lome after the border clash.", ("GHA", "TGO", "042")),
    ("Chile will send a trade minister to Peru next month.", ("CHL", "PER", "036")),
])
def test_official_sent_to_another_party_is_a_visit_by_proxy(sentence, expected):
    assert expected in coded(sentence)


@pytest.mark.parametrize("sentence, code", [
    ("Chile sent troops to Peru's border.", "042"),
    ("Chile sent a rescue team to Peru after the earthquake.", "042"),
    ("Chile refused to send a minister to Peru's summit.", "042"),
])
def test_forces_aid_or_a_refusal_are_no_visit(sentence, code):
    assert not any(c == code for _, _, c in coded(sentence))
