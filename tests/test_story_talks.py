"""Talks whose parties only the story names (events/story_talks.py)."""

from __future__ import annotations

from conftest import coded_events, event_reader

STORY = ("Chile and Peru signed a fishing accord on Monday. Chile's trade minister said Peru had agreed to lower "
         "its tariffs, and Peru praised Chile for its patience. ")


talks = event_reader(fields=("source", "target"), family="04")


def test_talks_that_name_no_party_are_the_story_pairs():
    found = talks(STORY + "Officials said the talks had ended on good terms after three days.")
    assert {("CHL", "PER"), ("PER", "CHL")} <= found


def test_talks_with_one_party_of_the_pair_are_the_others():
    found = talks(STORY + "Discussions have begun with Peru on the timing of the cuts.")
    assert ("CHL", "PER") in found and ("PER", "CHL") not in found


def test_talks_denied_are_no_talks():
    assert not talks(STORY + "Officials said no talks were held on the tariffs this week.")


def test_talks_in_general_are_no_talks():
    assert not talks(STORY + "The ambassador was recalled to Santiago for discussions about other measures.")


def test_talks_in_a_sentence_naming_someone_else_are_not_the_pairs():
    assert not talks(STORY + "A spokesman for Pacific Mining Corp declined to comment after the talks ended on Friday.")


def test_talks_the_sentence_codes_as_another_act_stay_that_act():
    assert not talks(STORY + "Officials urged talks on the remaining tariffs.")


def test_talks_still_to_be_held_are_intended():
    events = coded_events(STORY + "Officials said the talks will be held next month.", "2021-03-10")
    planned = {(e["source"][:3], e["target"][:3], e["code"], e["modality"]) for e in events if e["trigger"] == "talks"}
    assert planned == {("CHL", "PER", "036", "intended"), ("PER", "CHL", "036", "intended")}


def test_talks_that_refer_back_to_a_phone_call_told_with_its_act_are_that_call():
    call = ("Chile's president urged Peru to lower its tariffs during a phone conversation on Monday. "
            "Peru said it would study the request. ")
    assert not talks(call + "Commenting on the talks, the Chilean president said Peru could rely on Chile's help.")
    # without the call, the same sentence is the pair's talks
    assert talks(STORY + "Commenting on the talks, the Chilean president said Peru could rely on Chile's help.")


def test_talks_after_which_one_of_two_states_acted_are_the_two_states():
    text = "Kenya's foreign minister said Uganda had reopened the border after lengthy negotiations."
    assert {("UGA", "KEN"), ("KEN", "UGA")} <= talks(text)


def test_talks_before_an_act_still_to_come_or_a_statement_are_no_talks():
    assert not talks("Kenya's foreign minister said Uganda would reopen the border after negotiations.")
    assert not talks("Uganda thanked Kenya for its support, Kenya's president said after the talks.")
    assert not talks("Kenya said Uganda had changed its stance after cabinet discussions.")
