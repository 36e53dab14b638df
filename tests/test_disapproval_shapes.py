"""Disapproval and rejection told in general shapes (thirty-first session, S): approval denied ("said the German
proposal was not acceptable": judged.approval_denied), a refusal declared as one's own future not done ("would not
accept Turkish demands": events/declined.py), an attack in words on what a party did or refused (object class
@policy: "attacked Turkey's refusal to negotiate"), and an act hung on a party's statement ("Kenya's statement
condemning Uganda": the statement's author's). Sentences written for these tests; negative cases too."""

from __future__ import annotations

import pytest

from conftest import event_reader

codes = event_reader("2005-03-10", negated=False)


@pytest.mark.parametrize("sentence, expected", [
    ("The French foreign minister said the German proposal was not acceptable.", ("FRA", "DEU", "111")),
    ("The Kenyan government said Uganda's claims were not credible.", ("KEN", "UGA", "111")),
    ("The French foreign minister said Germany's plan was not helpful.", ("FRA", "DEU", "111")),
    ('"The German proposal is not acceptable," the French foreign minister said.', ("FRA", "DEU", "111")),
])
def test_approval_denied_is_criticism(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The French foreign minister said the German proposal was acceptable.",  # approval, not denied
    "The Kenyan government said Uganda's report was true.",  # "true" judges only when denied
    "The French foreign minister said the French plan was not acceptable.",  # its own side
    "The French foreign minister did not say the German proposal was acceptable.",  # the saying denied
])
def test_approval_not_denied_or_of_ones_own_is_no_criticism(sentence):
    assert not any(code.startswith("11") for _, _, code in codes(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("The Greek government said it would not accept the Turkish demands.", ("GRC", "TUR", "12")),
    ("The Kenyan government said it would not negotiate with Uganda.", ("KEN", "UGA", "12")),
    ("Japan said it won't lift its ban on American beef.", ("JPN", "USA", "12")),
    ("Israel will never negotiate with Hamas, the Israeli prime minister said.", ("ISR", "PSE", "12")),
])
def test_a_declared_refusal_is_a_rejection(sentence, expected):
    assert any((s, t, c[:2]) == expected for s, t, c in codes(sentence))


@pytest.mark.parametrize("sentence", [
    "The Greek government did not accept the Turkish demands.",  # a past act not done, no stand declared
    "Greece could not accept the Turkish demands.",  # an inability
    "If Greece would not accept the Turkish demands, Turkey would leave the talks.",  # a condition
    "The Kenyan government said it would not negotiate with Uganda unless Uganda withdrew its troops.",
    "The Kenyan government said it would not attack Uganda.",  # not a cooperative or yielding act
    "Would Greece accept the Turkish demands?",
])
def test_no_rejection_without_a_declared_refusal_of_a_cooperative_act(sentence):
    assert not any(code.startswith("12") for _, _, code in codes(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("The Greek foreign minister attacked Turkey's refusal to negotiate.", ("GRC", "TUR", "111")),
    ("The Japanese trade minister attacked U.S. tariffs on electronics.", ("JPN", "USA", "111")),
    ("The Greek foreign minister railed at Turkey's refusal to negotiate.", ("GRC", "TUR", "111")),
])
def test_attacking_what_a_party_did_or_refused_is_criticism(sentence, expected):
    assert expected in codes(sentence)


def test_attacking_a_partys_positions_is_still_force():
    assert ("IRQ", "IRN", "190") in codes("Iraqi jets attacked Iranian positions near Basra.")


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya's statement condemning Uganda was read on the radio.", ("KEN", "UGA", "111")),
    ("A statement by Kenya condemning Uganda was read on the radio.", ("KEN", "UGA", "111")),
])
def test_an_act_hung_on_a_partys_statement_is_the_authors(sentence, expected):
    assert expected in codes(sentence)


def test_an_order_imposing_a_ban_names_no_doer_by_itself():
    found = codes("An order banning Ugandan imports was signed.")
    assert not any(code.startswith(("11", "16")) for _, _, code in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Iran voiced anger over the American sanctions.", ("IRN", "USA", "110")),
    ("The Kenyan government expressed frustration with Uganda.", ("KEN", "UGA", "110")),
    ("Kenya aired its displeasure about Uganda's decision.", ("KEN", "UGA", "110")),
    ("The German chancellor took issue with the French proposal.", ("DEU", "FRA", "110")),
    ("The French president questioned Germany's decision.", ("FRA", "DEU", "111")),
    ("The Indian government cast doubt on Pakistan's promises.", ("IND", "PAK", "111")),
])
def test_displeasure_voiced_and_doubt_cast_are_disapproval(sentence, expected):
    assert expected in codes(sentence)


@pytest.mark.parametrize("sentence", [
    "The Kenyan police questioned the two Ugandan suspects for hours.",  # an interrogation
    "The Kenyan campaign began airing radio ads in Uganda.",  # "air" without a feeling
    "The French minister expressed frustration with the slow pace of the talks.",  # no party's
])
def test_questioning_suspects_airing_ads_and_frustration_with_no_party_are_no_disapproval(sentence):
    assert not any(code.startswith("11") for _, _, code in codes(sentence))


def test_a_refusal_aimed_at_ones_own_country_is_no_rejection():
    found = codes('"We will not hand over any of our citizens to a foreign court," the Kenyan foreign minister said.')
    assert not any(code.startswith("12") for _, _, code in found)


def test_a_vow_to_block_is_a_rejection():
    assert ("USA", "USA", "120") in codes("Senate Democrats vowed to block the president's nominee.", "2016-03-01")


def test_a_vow_to_veto_keeps_the_veto():
    found = codes("The Kenyan president vowed to veto the bill passed by the Kenyan parliament.")
    assert not any(code == "120" for _, _, code in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Germany fought the French plan.", ("DEU", "FRA", "110")),
    ("Germany will fight the French plan in the EU.", ("DEU", "FRA", "110")),
])
def test_fighting_a_partys_plan_is_opposition(sentence, expected):
    assert expected in codes(sentence)


def test_fighting_a_partys_troops_is_still_force():
    assert ("KEN", "UGA", "190") in codes("Kenyan troops fought Ugandan rebels near the border.")
