"""A place inside a body's name is the body (actors/named_bodies.py), "the EC" before 1993, a demonym after "Mr",
and groups of several or foreign states in events (events/placing.py: of_many, foreign_many), session 31. Strings
written for these tests (fictional firms and people), not taken from any gold set or corpus."""

from __future__ import annotations

import pytest

from conftest import event_tuples, mention_codes

DAY = "1988-05-04"


@pytest.mark.model
def test_a_firm_named_with_of_and_its_country_is_that_countrys_firm(lexicon):
    codes = mention_codes("The Northern Credit and Savings Corp of Kenya signed a loan with two banks.", lexicon, DAY)
    assert codes.get("Northern Credit and Savings Corp of Kenya") == "KENBUS"
    assert "Kenya" not in codes


@pytest.mark.model
def test_a_role_covering_the_head_keeps_the_body_and_the_place_goes(lexicon):
    codes = mention_codes("The Central Bank of Ghana raised its lending rate on Monday.", lexicon, DAY)
    assert codes.get("Central Bank") == "GHAGOV"
    assert "Ghana" not in codes


@pytest.mark.model
def test_a_demonym_before_an_association_is_that_association(lexicon):
    codes = mention_codes("The Canadian Dental Association criticised the new rules.", lexicon, DAY)
    assert codes.get("Canadian Dental Association") == "CANNGO"


@pytest.mark.model
def test_a_place_then_a_name_and_an_airline_word_with_a_role_is_the_firms(lexicon):
    codes = mention_codes("A Peru Air Lines spokesman declined to comment on Tuesday.", lexicon, DAY)
    assert codes.get("Peru Air Lines spokesman") == "PERBUS"


@pytest.mark.model
def test_a_capitalised_word_before_a_seats_name_makes_another_body(lexicon):
    codes = mention_codes("Imperial Bank of Canada agreed to buy the smaller lender.", lexicon, DAY)
    assert codes.get("Imperial Bank of Canada") == "CANBUS"
    assert mention_codes("The Bank of Canada cut its key rate.", lexicon, DAY).get("Bank of Canada") == "CANGOV"


@pytest.mark.model
def test_a_firm_named_by_its_trade_after_a_country_word(lexicon):
    codes = mention_codes("The Swedish packaging giant Norvalo agreed to pay a fine.", lexicon, DAY)
    assert codes.get("Swedish packaging giant") == "SWEBUS"
    # no trade between: the country itself ("the Asian giant" is a country too)
    assert mention_codes("The Chinese giant rejected the demand.", lexicon, DAY).get("Chinese") == "CHN"
    # policy makers are no firm
    assert mention_codes("Swedish policy makers met on Friday.", lexicon, DAY).get("Swedish") == "SWE"


@pytest.mark.model
def test_an_officer_of_a_named_body_is_the_bodys(lexicon):
    codes = mention_codes("Jo Amble, president and chief executive of the Ohio Grocers Association, said so.",
                          lexicon, DAY)
    assert codes.get("president") == "USANGO"
    assert mention_codes("The president of Chile met farmers.", lexicon, DAY).get("president") == "CHLGOV"


@pytest.mark.model
def test_the_ec_is_the_european_community_before_1993_only(lexicon):
    assert mention_codes("The EC rejected the offer.", lexicon, DAY).get("EC") == "IGOEUR"
    assert mention_codes("The EC rejected the offer.", lexicon, "2016-05-04").get("EC") is None


@pytest.mark.model
def test_a_demonym_after_a_courtesy_title_is_a_surname(lexicon):
    codes = mention_codes("Mr Welsh said he had spoken to the mayor of Leeds.", lexicon, "2005-03-01")
    assert codes.get("Welsh") is None and codes.get("mayor") == "GBRGOV"


@pytest.mark.model
def test_foreign_banks_are_not_the_payers_nor_the_places():
    found = event_tuples("Bolivia suspended payments to private foreign banks on Monday.", DAY)
    assert ("BOL", "BOL", "160") not in found


@pytest.mark.model
def test_ministers_of_several_countries_are_of_none_of_them():
    found = event_tuples("The finance ministers of five industrial countries met in Ottawa on Friday.", DAY)
    assert not any(source == "CAN" for source, _, _ in found)
