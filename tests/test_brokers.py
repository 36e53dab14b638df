"""Third parties named in a modifier mediate or host between the parties (events/brokers.py)."""

from __future__ import annotations

import pytest

import newsevents


def dyads(sentence: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(sentence, title="", date="2023-04-25")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"]) for e in events if e["modality"] == "asserted"}


@pytest.mark.parametrize("sentence, expected", [
    ("Israel and Hamas agree Egyptian-brokered ceasefire.", {("EGY", "ISR", "045"), ("EGY", "PSE", "045")}),
    ("The army and the RSF agreed a 72-hour ceasefire after US mediation.", {("USA", "SDN", "045")}),
    ("India and Pakistan resumed talks hosted by Britain.", {("GBR", "IND", "043"), ("GBR", "PAK", "043")}),
    ("Talks between Egypt and Ethiopia, mediated by the African Union, ended on Monday.",
     {("IGO", "EGY", "045"), ("IGO", "ETH", "045")}),
])
def test_brokers_named_in_a_modifier_mediate_between_the_parties(sentence, expected):
    assert expected <= dyads(sentence)


def test_brokers_mediation_not_yet_done_is_not_coded_as_done():
    found = dyads("Israel has agreed to US mediation in the talks with the Palestinians.")
    assert not any(source == "USA" and code == "045" for source, _, code in found)
