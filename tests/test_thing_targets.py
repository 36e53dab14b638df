"""Targets that are things, not parties: an act's noun the role list gives a sector (events/thing_targets.py)."""

from __future__ import annotations

from conftest import event_reader
from newsevents.events.thing_targets import load_thing_targets

dyads = event_reader("2016-07-02", fields=("source_code", "target_code", "family"), title=None)


def test_the_word_list_loads():
    assert "campaign" in load_thing_targets()["act"]


def test_a_campaign_no_name_owns_is_no_party():
    assert not any(t.endswith("OPP") for _, t, _ in dyads("Campaign\n\nCameron defends poster campaign"))


def test_a_promised_campaign_is_no_party():
    found = dyads("Campaign\n\nCameron promised an election campaign which is upbeat.")
    assert not any(t.endswith("OPP") for _, t, _ in found)


def test_a_campaign_a_name_owns_is_a_party():
    assert ("USAELI", "USAOPP", "11") in dyads("Campaign\n\nTrump criticised Clinton's campaign on Tuesday.")


def test_a_pledge_about_the_sources_own_organ_is_aimed_at_no_one():
    """"Germany pledged to expand its military": the source's own deed, not an act on its army (twenty-sixth
    session, E4); a named ally ("its ally South Korea") stays."""
    assert not any(t.endswith("MIL") for _, t, _ in dyads("Army\n\nGermany pledged to expand its military."))
    assert not any(t.endswith("COP") for _, t, _ in dyads("Army\n\nMexico promised to reform its police."))
    assert ("JPNGOV", "KOR", "03") in dyads("Aid\n\nJapan pledged to help its ally South Korea.")


def test_a_role_word_as_an_adjective_of_a_thing_is_no_party_to_words():
    found = dyads("Accord\n\nThe French minister called for a faithful and firm adherence to the accords.")
    assert not any(t.endswith("BUS") for _, t, _ in found)
    found = dyads("Libya\n\nRegarding the military action against Libya, Obama defended the process.")
    assert not any(t.endswith("MIL") for _, t, _ in found)


def test_a_role_word_as_a_noun_stays_a_party():
    found = dyads("Army\n\nObama praised the military for its work in Iraq.")
    assert any(t.endswith("MIL") for _, t, code in found if code == "05")
