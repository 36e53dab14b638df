"""Doers and patients out of the subject and object slots (events/participles.py)."""

from __future__ import annotations

import newsevents
from conftest import event_reader

dyads = event_reader(negated=False)


def test_a_participle_modifying_a_noun_takes_its_by_phrase_as_doer_and_the_noun_as_object():
    assert ("IGO", "IRN", "163") in dyads("Diplomats discussed the sanctions imposed by the United Nations on Iran.")
    assert ("PHL", "CHN", "115") in dyads("Officials discussed a case filed by the Philippines against China.")


def test_a_participle_without_a_by_phrase_has_no_doer():
    assert not any(s == "IGO" for s, _, _ in dyads("Diplomats discussed the sanctions imposed on Iran."))


def test_a_gerund_after_for_is_the_deed_of_whom_the_verb_judges():
    found = dyads("Poland condemned Belarus for having shot down a Polish drone.")
    assert {("POL", "BLR", "111"), ("BLR", "POL", "190")} <= found
    assert ("IRN", "YEM", "072") in dyads("Britain criticised Iran for arming the Houthis.")


def test_a_present_participle_hung_on_a_noun_is_done_by_that_noun():
    found = dyads("The minister was met by hundreds of Kenyans protesting against Chinese loans.")
    assert ("KEN", "CHN", "141") in found
    assert ("POL", "POL", "140") in dyads("The vote was delayed by a walkout of Polish farmers protesting over grain "
                                          "imports.")


def test_a_participle_opening_a_clause_is_done_by_its_by_phrase_to_the_clause_subject():
    assert ("RUS", "SYR", "051") in dyads("Backed by Russian jets, Syrian troops retook Palmyra.")


def test_who_releases_or_sends_away_is_named_by_the_from_phrase_when_no_by_phrase_is():
    assert ("DEU", "TUR", "174") in dyads("Two Turkish journalists were deported from Germany on Friday.")
    assert ("ISR", "PSE", "0841") in dyads("Ten Palestinians were released from Israeli jails.")
    assert not dyads("The senator was released from hospital.")


def headline_dyads(title: str, body: str) -> set[tuple[str, str, str]]:
    events = newsevents.code(body, title=title, date="2021-03-10")["events"]
    return {(e["source"][:3], (e["target"] or "---")[:3], e["code"][:2]) for e in events}


def test_a_headline_participle_with_no_auxiliary_is_a_passive_its_subject_undergoes():
    body = "Bank of America has been banned from suing Parmalat, the Italian food group."
    assert not any(s == "USA" for s, _, _ in headline_dyads("Parmalat bank barred from suing", body))


def test_an_absolute_participle_after_with_is_a_passive():
    found = dyads("Protests spread across Kenya, with some Kenyan activists jailed and others freed.")
    assert not any(code.startswith("17") and s == "KEN" and t == "KEN" for s, t, code in found)
