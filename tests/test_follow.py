"""'Followed suit' and plural pronouns standing for a list (events/follow.py, events/found.py)."""

from __future__ import annotations

from conftest import FAMILY, event_reader

dyads = event_reader(fields=FAMILY)


def test_followed_suit_copies_the_lead_act_with_the_follower_as_source():
    found = dyads("Bahrain cut diplomatic ties with Qatar on Monday.\n\n"
                  "Bahrain also closed its airspace to Qatari planes.\n\n"
                  "Kuwait and Oman later followed suit.")
    assert {("KWT", "QAT", "16"), ("OMN", "QAT", "16")} <= found
    assert ("KWT", "QAT", "19") not in found


def test_not_following_suit_copies_nothing():
    found = dyads("Bahrain cut diplomatic ties with Qatar on Monday.\n\nKuwait did not follow suit.")
    assert not any(source == "KWT" for source, _, _ in found)


def test_following_suit_never_makes_a_state_act_on_itself():
    found = dyads("Bahrain cut diplomatic ties with Qatar on Monday.\n\nQatar later followed suit.")
    assert ("QAT", "QAT", "16") not in found


def test_they_after_a_list_of_states_is_each_member():
    found = dyads("France and Germany said they would halt arms exports to Turkey.")
    assert {("FRA", "TUR", "13"), ("DEU", "TUR", "13")} <= found


def test_they_after_a_list_the_parser_hung_on_the_last_name_is_each_member():
    # the parser makes "Erdogan and Russian President" a modifier of "Putin"
    found = dyads("Erdogan and Russian President Vladimir Putin announced that they would restore ties.")
    assert {("TUR", "RUS", "03"), ("RUS", "TUR", "03")} <= found


def test_they_after_one_state_stays_that_state():
    found = dyads("Germany said they would halt arms exports to Turkey.")
    assert not any(source == "FRA" for source, _, _ in found)



def test_followed_suit_in_another_story_copies_its_lead_act():
    """A second case, not from the dev articles: the lead act (recalling an ambassador) is
    followed, not the later detail (a protest)."""
    found = dyads("Argentina recalled its ambassador from Venezuela on Tuesday.\n\n"
                  "Argentina also protested against the arrest of its diplomat.\n\n"
                  "Chile and Peru followed suit on Wednesday.")
    assert {("CHL", "VEN", "16"), ("PER", "VEN", "16")} <= found
