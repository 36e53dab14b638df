"""Constructions coded without a verb pattern of their own (events/constructions.py)."""

from __future__ import annotations

import pytest

import newsevents
from conftest import coded_events, event_reader, event_tuples

dyads = event_reader()


@pytest.mark.parametrize("sentence, expected", [
    ("US Secretary of State Antony Blinken said Ukraine had the right to defend itself.", ("USA", "UKR", "052")),
    ("Turkey said Azerbaijan has every right to protect its territory.", ("TUR", "AZE", "052")),
    ("Paris said Iran had no right to enrich uranium.", ("FRA", "IRN", "111")),
])
def test_a_reported_right_defends_its_holder(sentence, expected):
    assert expected in dyads(sentence)


def test_a_right_claimed_for_oneself_is_no_event():
    assert not dyads("Britain said it had the right to respond.")


@pytest.mark.parametrize("sentence, expected", [
    ("The decision by Moscow to suspend the grain deal drew criticism from Turkey.", ("TUR", "RUS", "111")),
    ("The move by Beijing drew a rebuke from Washington.", ("USA", "CHN", "111")),
])
def test_criticism_drawn_by_a_decision_is_aimed_at_who_made_it(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan government is facing pressure from Uganda to reopen the border.", ("UGA", "KEN", "100")),
    # a relative clause's "who" is its antecedent
    ("Officials doubted that would satisfy the Kenyan president, who is under pressure from Uganda to reopen "
     "the border.", ("UGA", "KEN", "100")),
])
def test_pressure_from_a_party_is_its_demand(sentence, expected):  # twenty-seventh session, E
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Canada's foreign minister said holding the vote under occupation was a sham, drawing a sharp rebuke "
     "from Moscow.", ("RUS", "CAN", "111")),
    ("Poland said the pipeline was a threat, drawing criticism from Germany.", ("DEU", "POL", "111")),
])
def test_criticism_drawn_by_a_statement_is_aimed_at_who_made_it(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("The Security Council met in New York at Britain's request.", {("GBR", "IGO", "020")}),
    ("The IAEA board convened at the request of Iran and Russia.", {("IRN", "IGO", "020"), ("RUS", "IGO", "020")}),
])
def test_a_body_that_acts_at_a_states_request_was_appealed_to(sentence, expected):
    found = dyads(sentence)
    assert expected <= found
    assert not any(s == "IGO" and t in ("GBR", "IRN", "RUS") for s, t, _ in found)  # not the body asking them


@pytest.mark.parametrize("sentence", [
    "The senator spoke at a campaign rally in Ohio on Wednesday.",
    "The Kenyan president told supporters at a rally in Nairobi that he would win.",
    "At the meeting of the G7, the French minister spoke about growth.",
])
def test_a_noun_after_at_is_a_setting_not_an_act(sentence):
    assert not any(code[:2] in ("04", "14") for _, _, code in dyads(sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya signed the accord at a meeting with Ugandan officials in Nairobi.", ("KEN", "UGA", "040")),
    ("Iran made its proposal at talks with the European Union on Monday.", ("IRN", "IGO", "040")),
    ("The minister said Chile would present a plan at talks with Peru next week.", ("CHL", "PER", "036")),
])
def test_talks_with_a_party_after_at_are_the_subjects_talks_with_it(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "The prime minister told a rally in Chennai that the country was safe.",
    "The Nigerian president addressed a rally in Lagos on Saturday.",
])
def test_a_rally_spoken_to_is_an_audience_not_a_protest(sentence):
    assert not any(code[:2] == "14" for _, _, code in dyads(sentence))


def test_a_rally_staged_against_something_is_still_a_protest():
    found = dyads("Thousands of Kenyans staged a rally in Nairobi against the tax.")
    assert any(code[:2] == "14" for _, _, code in found)


@pytest.mark.parametrize("sentence, expected", [
    ("Venezuela said Guyana was a puppet of Exxon.", ("VEN", "GUY", "111")),
    ("Biden said Putin was a war criminal.", ("USA", "RUS", "111")),
    ("The Nicaraguan foreign minister called the OAS an instrument of U.S. interference.", ("NIC", "IGO", "111")),
])
def test_a_label_or_judgement_of_another_party_is_criticism(sentence, expected):
    assert expected in event_tuples(sentence, "2022-01-10")


def test_a_finite_verb_after_a_bare_one_keeps_its_own_tense():
    story = ("The United States imposed sanctions on three Turkish ministers. Turkey criticised the move.\n\n"
             "Erdogan said Turkey would not declare a ceasefire and dismissed the sanctions.")
    events = coded_events(story, "2019-10-15")
    assert ("TUR", "USA", "120", "asserted") in {(e["source"][:3], e["target"][:3], e["code"], e["modality"])
                                                  for e in events}


def test_a_response_a_party_says_it_will_make_is_a_threat():
    story = ("Greece expelled two Russian diplomats on Monday. Russia criticised Greece.\n\n"
             "Russia said it would respond in kind.")
    assert ("RUS", "GRC", "130") in dyads(story)
    assert ("CHN", "PHL", "130") in dyads("China said it would respond to any provocation by the Philippines.")
    assert not dyads("Russia responded by expelling 23 British diplomats.") & {("RUS", "GBR", "130")}
    # answering questions is no threat: "The Irish premier will answer questions from Danish readers."
    assert not any(c.startswith("13") for _, _, c in dyads("The Irish premier will answer questions from Danish "
                                                           "readers sent by e-mail."))


@pytest.mark.parametrize("sentence, expected", [
    ("Hamas said Israel had violated the truce.", ("PSE", "ISR", "112")),
    ("Moscow said Washington was interfering in its internal affairs.", ("RUS", "USA", "112")),
    ("Seoul said Pyongyang had failed to honour the deal.", ("KOR", "PRK", "112")),
])
def test_reporting_another_states_wrongdoing_is_an_accusation(sentence, expected):
    assert expected in dyads(sentence)


def test_wrongdoing_told_as_attribution_or_of_oneself_is_no_accusation():
    assert not any(code == "112" for _, _, code in dyads("Israel violated the truce, Hamas said."))
    assert not any(code == "112" for _, _, code in dyads("Britain said it had failed to protect the embassy."))


@pytest.mark.parametrize("sentence, expected", [
    ("Reagan's decision won praise from France.", ("FRA", "USA", "051")),
    ("The Kenyan plan drew strong support from Uganda.", ("UGA", "KEN", "051")),
])
def test_praise_won_from_someone_is_theirs(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("text, expected", [
    ("Talks stall\n\nRex Tillerson: Russia bears responsibility for Syria chemical attacks", ("USA", "RUS", "112")),
    ("Crisis talks\n\nSergei Lavrov: Washington is responsible for the crisis", ("RUS", "USA", "112")),
    ("Border row\n\nTrump: Mexico must pay for the wall", ("USA", "MEX", "100")),
])
def test_a_headline_name_before_a_colon_is_the_one_who_says_it(text, expected):
    assert expected in event_tuples(text, "2018-01-25", title=None)


def test_a_label_before_a_colon_says_nothing():
    events = newsevents.code("Crisis talks\n\nAnalysis: Washington is responsible for the crisis",
                             date="2018-01-25")["events"]
    assert not events


@pytest.mark.parametrize("sentence, expected", [
    ("France said the Iranian proposal was constructive.", ("FRA", "IRN", "051")),
    ("Japan said the US decision was historic.", ("JPN", "USA", "051")),
])
def test_a_reported_judgement_that_an_act_is_right_praises_its_doer(sentence, expected):
    assert expected in dyads(sentence)


def test_a_judgement_on_what_one_does_oneself_is_no_praise():
    assert not dyads("Britain said it was right to act.")


def test_praise_from_a_body_named_by_role_takes_the_story_country():
    found = dyads("Canada's prime minister cut tariffs on Mexico. Ottawa said Canada would gain. "
                  "The prime minister's decision won praise from parliament.")
    assert ("CAN", "CAN", "051") in found


def test_support_from_voters_is_no_event():
    found = dyads("Canada's prime minister cut tariffs on Mexico. Ottawa said Canada would gain. "
                  "The prime minister's decision won support from women.")
    assert not any(code == "051" for _, _, code in found)


@pytest.mark.parametrize("sentence", [
    "Kenya said Uganda had broken its promise to open the border.",
    "Kenyan officials concluded that Uganda had rigged the vote in the border district.",
    "Kenya said Uganda had concealed the number of troops at the border.",
])
def test_wrongdoing_reported_of_another_party_accuses_it(sentence):
    assert ("KEN", "UGA", "112") in dyads(sentence)


def test_a_wrong_reported_in_a_relative_clause_is_its_antecedents_accusation():
    assert ("KEN", "UGA", "112") in dyads("Kenya's foreign minister, who said Uganda had violated the agreement, "
                                          "left for Nairobi.")
