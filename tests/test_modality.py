"""Modality (events/modality.py) on sentences we wrote: unseen-article faults of the eighteenth session."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import coded_events, event_reader, event_tuples

events_of = partial(coded_events, date="2016-04-14")
counted = event_reader("2016-04-14", fields=("source", "target", "root"), negated=False)


def test_no_plans_to_act_is_no_intent():
    # modality.denied_intent: the noun over the act says there is none
    assert counted("The Kremlin says Vladimir Putin has no plans to meet with the Ukrainian president.") == set()
    found = counted("The Kremlin says Vladimir Putin has plans to meet with the Ukrainian president.")
    assert ("RUS", "UKR", "03") in found


def test_an_act_that_is_itself_the_if_clause_is_conditional():
    # modality.in_condition: "if Japan pulls its troops out of Iraq, ..." is not an act reported
    found = events_of("Tanaka said that if Japan withdraws its troops from Iraq, the alliance will be in trouble.")
    assert {e["modality"] for e in found} <= {"conditional"}


def test_a_possible_wish_is_hypothetical():
    # "may want to" is not an intention
    found = events_of("Germany may want to send aid to Greece.")
    assert found and {e["modality"] for e in found} == {"hypothetical"}
    assert {e["modality"] for e in events_of("Germany wants to send aid to Greece.")} == {"intended"}


def test_weighing_in_is_speaking_not_deliberating():
    # modality.with_particle: "weighed in on X" is no "weigh" cue
    found = events_of("Senator Cruz weighed in on charges against the governor of Ohio, calling them a disgrace.")
    assert found and "hypothetical" not in {e["modality"] for e in found}


def test_the_act_of_the_condition_keeps_its_code():
    # modality.the_condition: Washington's act in Japan's condition is no threat by Washington (16, not 13)
    found = events_of("Tokyo said Japan would take other steps if Washington imposes tariffs on Japanese cars.")
    assert any(e["source"][:3] == "USA" and e["root"] == "16" and e["modality"] == "conditional" for e in found)


def test_neither_nor_subjects_negate_the_act():
    # modality_of: the parser makes "neither" a preconj of the first subject
    assert counted("Neither the British government nor the French one was willing to send troops to Mali.") == set()
    assert counted("Neither the British nor the French were willing to send troops to Mali.") == set()
    assert counted("Either Britain or France will send troops to Mali.") == {("GBR", "MLI", "15"), ("FRA", "MLI", "15")}


def test_a_cue_the_lemmatizer_misreads_is_still_a_cue():
    # modality.lemmas: "hopes" lemmatized "hop" still cues an intention
    found = coded_events("Chirac hopes to visit Moscow in May.", "1987-03-19")
    assert found and {e["modality"] for e in found} == {"intended"}


coded_on = event_tuples  # (sentence, date)


def test_a_visit_dated_ahead_of_the_story_is_intended():
    # modality.planned_meetings, timing.dated_ahead: "on May 2" told on April 14 is still to come
    sentence = "The Ghanaian president will face hard questions when he visits Nairobi on May 2."
    assert ("GHA", "KEN", "036") in coded_on(sentence, "2016-04-14")


def test_a_visit_dated_before_the_story_stays_a_visit():
    sentence = "The Ghanaian president faced hard questions when he visited Nairobi on April 2."
    assert ("GHA", "KEN", "042") in coded_on(sentence, "2016-04-14")


def test_a_trip_on_its_own_next_week_is_intended():
    sentence = "The Ghanaian president's visit to Nairobi next week may ease tensions."
    found = coded_on(sentence, "2016-04-14")
    assert ("GHA", "KEN", "042") not in found
    assert ("GHA", "KEN", "036") in found


@pytest.mark.parametrize("sentence, day", [
    ("The Ghanaian president will face hard questions when he visits Nairobi on 2 May.", "2016-05-02"),
    ("The Ghanaian president will face hard questions when he visits Nairobi on May 2.", "2016-05-02"),
    ("The Ghanaian president faced hard questions when he met Kenya's president on May 2.", "2015-05-02"),
])
def test_a_day_of_the_month_ahead_is_this_year_unless_told_in_the_past(sentence, day):
    events = coded_events(sentence, "2016-04-14")
    assert events and {e["date"] for e in events} == {day}



def test_hesitating_to_act_is_no_act_but_not_hesitating_is_an_intention():
    """"would hesitate to oppose" reports no opposition (twenty-sixth session, E2); "would not hesitate to" intends."""
    hesitant = events_of("Most Republicans would hesitate to oppose President Obama.")
    assert hesitant and all(e["modality"] == "negated" for e in hesitant)
    assert any(e["modality"] == "intended" for e in events_of("Russia would not hesitate to attack Ukraine."))


def test_an_act_done_without_is_not_done():
    """"left without signing": the preposition's gerund is no act (twenty-sixth session, E2)."""
    assert [e["modality"] for e in events_of("Russia left without signing the deal with Ukraine.")] == ["negated"]
    assert any(e["modality"] == "asserted" for e in events_of("Russia attacked Ukraine without warning."))


def test_an_if_clause_asking_the_reader_to_look_is_no_condition():
    events = coded_events("If you look at the record, Russia attacked Ukraine.", "2005-03-10")
    assert {(e["code"][:2], e["modality"]) for e in events if e["source"].startswith("RUS")} == {("19", "asserted")}
    events = coded_events("If Russia attacks, Ukraine will retaliate against Russia.", "2005-03-10")
    assert all(e["modality"] == "conditional" for e in events)


# session 32, P: a trip's purpose shares the trip's future; a headline's reported "X to VERB" and "talks to
# start" are to come (unseen-article faults: "would go to X to sign" coded a signing done)
purposes = event_reader("1987-04-10", fields=("source", "target", "family", "modality"), negated=False)


@pytest.mark.parametrize("sentence", [
    "The Kenyan president said he would travel to Kampala next month to sign the border treaty with Uganda.",
    "The Ghanaian foreign minister will fly to Lome on Friday to discuss the border with Togo.",
])
def test_purpose_of_a_trip_to_come_is_intended(sentence):
    found = purposes(sentence)
    assert found and all(m == "intended" for *_, m in found)


def test_purpose_of_a_trip_made_stays_asserted():
    found = purposes("The Kenyan president flew to Kampala on Monday to sign the border treaty with Uganda.")
    assert ("KEN", "UGA", "05", "asserted") in found


@pytest.mark.parametrize("headline", [
    "Minister says Kenya to expel Ugandan diplomats\nNairobi said so on Monday.",
    "KENYA SAYS TANZANIA TO IMPOSE SANCTIONS ON UGANDA\nThe ministry said so on Monday.",
])
def test_headline_reported_infinitive_is_intended(headline):
    found = event_tuples(headline, "1987-04-10", fields=("source", "modality"), title=None)
    assert found and all(m == "intended" for _, m in found)


def test_headline_reported_past_stays_asserted():
    found = event_tuples("Kenya says it expelled Ugandan diplomats\nNairobi said so on Monday.", "1987-04-10",
                         fields=("source", "modality"), title=None)
    assert ("KEN", "asserted") in found


def test_infinitive_with_its_own_subject_is_no_purpose():
    # "for X to react": a judgement of X's possible act, not the purpose of a trip to come
    found = purposes("\"It would be quite unjustified for Uganda to retaliate in that way,\" the Kenyan minister said.")
    assert not any(s == "UGA" and m == "intended" for s, _, _, m in found)
