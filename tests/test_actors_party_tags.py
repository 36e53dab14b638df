"""A US party-and-state tag makes a member of Congress (actors/party_tags.py), session 32. Strings written for
these tests (fictional people), not taken from any gold set or corpus."""

from __future__ import annotations

import pytest

from conftest import event_tuples, mention_codes

DAY = "1988-05-04"


@pytest.mark.model
def test_a_letter_tag_between_commas_makes_an_unknown_person_a_us_legislator(lexicon):
    codes = mention_codes("Tom Dalby, D-Nev., criticized the trade bill on Monday.", lexicon, DAY)
    assert codes.get("Tom Dalby") == "USALEG"


@pytest.mark.model
def test_a_letter_tag_in_brackets_with_a_dotted_state(lexicon):
    codes = mention_codes("The bill was drafted by Ann Carrow (R-N.C.) and two aides.", lexicon, DAY)
    assert codes.get("Ann Carrow") == "USALEG"


@pytest.mark.model
def test_a_state_and_party_apposition_is_no_country_of_that_name(lexicon):
    codes = mention_codes("Tom Harlan, a Georgia Republican, attacked the White House.", lexicon, DAY)
    assert codes.get("Tom Harlan") == "USALEG"
    assert "Georgia" not in codes


@pytest.mark.model
def test_a_party_member_of_a_state_is_a_legislator(lexicon):
    codes = mention_codes("Democrat Jim Sorrel of Ohio accused the administration of delay.", lexicon, DAY)
    assert any(code == "USALEG" for text, code in codes.items() if "Sorrel" in text)


@pytest.mark.model
def test_a_governor_keeps_his_office_against_a_state_and_party_apposition(lexicon):
    codes = mention_codes("Gov. Ann Lee, a Texas Republican, signed the budget.", lexicon, DAY)
    assert codes.get("Gov. Ann Lee") == "USAGOV"


@pytest.mark.model
def test_no_tag_no_change(lexicon):
    codes = mention_codes("Tom Dalby, a farmer from the valley, criticized the plan.", lexicon, DAY)
    assert codes.get("Tom Dalby") != "USALEG"


@pytest.mark.model
def test_the_later_surname_is_the_tagged_legislator():
    events = event_tuples("Sen. Ann Carrow (R-Kan.) spoke on Monday. Later Carrow met the Japanese ambassador.",
                          DAY, fields=("source_code", "target"))
    assert ("USALEG", "JPN") in events
