"""Cooperative acts told in constructions the patterns missed (twenty-ninth session, E): a list of names in
apposition to a plural noun ("its neighbours Uganda, Tanzania and Rwanda"), a journey told by a verb of motion
("left for Kampala", "will go on to Lima for talks"; events/journeys.py) and a visit ahead ("is due in Kampala").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import event_reader

dyads = event_reader()


def test_each_name_in_apposition_to_a_plural_noun_is_a_party():
    found = dyads("Kenya and its neighbours Uganda, Tanzania and Rwanda met in Nairobi to discuss trade.")
    for pair in [("KEN", "TZA"), ("TZA", "RWA"), ("RWA", "KEN"), ("TZA", "KEN")]:
        assert (*pair, "040") in found


def test_names_in_apposition_act_each_on_their_own():
    found = dyads("Kenya and its neighbours Uganda, Tanzania and Rwanda criticised Somalia.")
    assert {("KEN", "SOM", "111"), ("TZA", "SOM", "111"), ("RWA", "SOM", "111")} <= found


def test_a_single_name_in_apposition_stays_one_party():
    found = dyads("Kenya and its neighbour Uganda met in Nairobi.")
    assert ("KEN", "UGA", "040") in found and ("UGA", "KEN", "040") in found


@pytest.mark.parametrize("sentence, expected", [
    ("The Kenyan foreign minister left for Addis Ababa on Monday.", ("KEN", "ETH", "042")),
    ("The Chilean president went to Lima last week.", ("CHL", "PER", "042")),
    ("The Chilean delegation will go on to Lima for talks tomorrow.", ("CHL", "PER", "036")),
    ("The Chilean trade minister sets off for Lima today.", ("CHL", "PER", "042")),
])
def test_a_journey_of_an_official_to_another_state_is_a_visit(sentence, expected):
    assert expected in dyads(sentence)


@pytest.mark.parametrize("sentence", [
    "Syrian refugees went to Germany last year.",  # people: no visit
    "Syrian refugees travelled to Germany last year.",  # a visit on main (the travel row)
    "Kenyan troops travelled to Somalia in 2011.",
    "Kenyan troops went to Somalia in 2011.",  # troops: a deployment, no visit
    "Brazil said it would not go to the IMF for help.",  # to an organisation: asking it
    "The Kenyan president flew to Mombasa on Monday.",  # a trip at home
    "Chile's president left Peru for home on Monday.",  # "for" names the destination, not the object
])
def test_a_journey_that_is_no_visit(sentence):
    assert not any(code in ("042", "036") for _, _, code in dyads(sentence))


def test_a_refused_journey_is_no_visit():
    found = dyads("The Chilean president refused to go to Lima.")
    assert ("CHL", "PER", "042") not in found and ("CHL", "PER", "125") in found


def test_a_visit_ahead_is_an_intent_to_meet():
    assert ("KEN", "UGA", "036") in dyads("The Kenyan president is due in Kampala next week.")


@pytest.mark.parametrize("sentence", [
    "The next payment is due in March.",
    "The Kenyan president is due to speak in Nairobi.",
])
def test_due_without_a_party_is_no_visit(sentence):
    assert not any(code == "036" for _, _, code in dyads(sentence))


def test_a_cancelled_plan_to_travel_is_negated():
    import newsevents

    events = newsevents.code("The Chilean president cancelled plans to go to Lima.", title="", date="2021-03-10")
    visits = [e for e in events["events"] if e["code"] in ("042", "036")]
    assert visits and all(e["modality"] == "negated" for e in visits)


def test_peacekeepers_arriving_keep_the_peace():
    assert ("KEN", "SOM", "074") in dyads("Kenyan peacekeepers arrived in Somalia on Monday.")


@pytest.mark.parametrize("sentence, expected", [
    ("Kenya's offer of aid to Uganda was welcomed in Kampala.", ("KEN", "UGA", "033")),
    ("Kenya's pledge of troops to Somalia surprised Tanzania.", ("KEN", "SOM", "0312")),
    ("Kenya announced a pledge of $20 million to Uganda.", ("KEN", "UGA", "0331")),
])
def test_an_offer_or_pledge_named_by_its_noun_is_its_owners_intent(sentence, expected):
    assert expected in dyads(sentence)


def test_an_offer_whose_maker_only_reacts_is_not_the_reactors():
    found = dyads("Uganda rejected the offer of aid to Somalia.")
    assert not any(source == "UGA" and code.startswith("03") for source, _, code in found)


@pytest.mark.parametrize("sentence", [
    "Nine passengers were hurt when a ferry hit the quay as it left Norway for Denmark.",
    "The Chilean freighter left Valparaiso for Peru on Tuesday.",
])
def test_a_vehicle_or_a_thing_that_leaves_for_a_place_makes_no_visit(sentence):
    assert not any(code == "042" for _, _, code in dyads(sentence))


def test_an_official_who_leaves_for_a_place_still_visits():
    assert ("CHL", "PER", "042") in dyads("Chile's foreign minister left Santiago for Peru on Tuesday.")
