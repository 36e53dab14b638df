"""Third parties named in a modifier mediate or host between the parties (events/brokers.py)."""

from __future__ import annotations

import pytest

import newsevents
from conftest import coded_events, event_reader

dyads = event_reader("2023-04-25", asserted=True)


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


@pytest.mark.parametrize("sentence, expected", [
    ("Qatar brokered a prisoner swap between the United States and the Taliban.",
     {("QAT", "USA", "045"), ("QAT", "AFG", "045")}),
    ("Egypt brokered a ceasefire between Israel and Hamas on Friday.", {("EGY", "ISR", "045"), ("EGY", "PSE", "045")}),
    ("The deal between Armenia and Azerbaijan was brokered by Russia.", {("RUS", "ARM", "045"), ("RUS", "AZE", "045")}),
    ("The truce between Armenia and Azerbaijan, brokered by Moscow, collapsed within hours.",
     {("RUS", "ARM", "045"), ("RUS", "AZE", "045")}),
    ("Algeria, which hosted talks between Mali and the rebels last year, called for calm.", {("DZA", "MLI", "043")}),
])
def test_brokers_named_as_the_subject_or_agent_mediate_between_the_parties(sentence, expected):
    found = dyads(sentence)
    assert expected <= found
    broker = next(iter(expected))[0]
    assert all(code in ("045", "043") for source, _, code in found if source == broker)  # not a truce by Egypt


def test_brokered_with_no_party_named_is_between_the_storys_pair():
    story = ("Armenia and Azerbaijan fought a six-week war over Nagorno-Karabakh. Azerbaijan retook several "
             "districts from Armenia.\n\nThe truce, brokered by Moscow, has held since November, Armenia said.")
    assert {("RUS", "ARM", "045"), ("RUS", "AZE", "045")} <= dyads(story)
    story = ("Ethiopia and Egypt have quarrelled over the dam for years. Egypt says Ethiopia ignored its concerns."
             "\n\nThe latest round of talks, mediated by the African Union, ended on Monday.")
    assert {("IGO", "ETH", "045"), ("IGO", "EGY", "045")} <= dyads(story)


def test_a_broker_to_come_expresses_intent():
    events = coded_events("Saudi Arabia will host talks between Sudan's army and the RSF in Jeddah.", "2023-05-01")
    assert {(e["source"][:3], e["code"], e["modality"]) for e in events} == {("SAU", "036", "intended")}
    events = newsevents.code("Trump said his aim would be to broker a peace deal between Israelis and Palestinians.",
                             title="", date="2016-05-01")["events"]
    assert {(e["source"][:3], e["code"]) for e in events} == {("USA", "039")}


def test_an_offer_to_host_talks_is_intent_toward_the_storys_pair():
    story = ("Russia attacked Ukraine on Thursday. Ukraine said Russia had launched a full-scale invasion.\n\n"
             "Turkey's President Tayyip Erdogan said the attack was a heavy blow to peace and offered to host talks.")
    events = coded_events(story, "2022-02-24")
    hosting = {(e["source"][:3], e["target"][:3], e["code"], e["modality"]) for e in events if e["trigger"] == "host"}
    assert hosting == {("TUR", "RUS", "036", "intended"), ("TUR", "UKR", "036", "intended")}
