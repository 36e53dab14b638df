"""Session 32's actors: a US party-and-state tag makes a member of Congress (actors/party_tags.py), a federation
before its break-up is itself (actors/dissolved_states.py), firms' legal forms and possessives, a party's rebels, a
body's name up to a title, a rank inside a name. Strings written for these tests (fictional people and firms), not
taken from any gold set or corpus."""

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


@pytest.mark.model
def test_a_yugoslav_minister_before_the_break_up_is_yugoslavias(lexicon):
    codes = mention_codes("Yugoslav Finance Minister Tom Dalby met bankers in Belgrade.", lexicon, "1987-04-07")
    assert codes.get("Yugoslav Finance Minister Tom Dalby") == "YUGGOV"
    assert mention_codes("Yugoslav Finance Minister Tom Dalby met bankers.", lexicon, "1995-04-07").get(
        "Yugoslav Finance Minister Tom Dalby") == "SRBGOV"


@pytest.mark.model
def test_a_belgrade_dateline_before_the_break_up_places_the_government_in_yugoslavia():
    events = event_tuples("BELGRADE, March 3 - Striking workers denounced the government on Monday.",
                          "1987-03-03", fields=("source", "target"))
    assert all("SRB" not in pair for pair in events)


def test_a_member_state_becomes_the_federation_only_before_its_first_day():
    from newsevents.actors.dissolved_states import dated_state
    assert dated_state("CZEGOV", "1990-05-01") == "CSKGOV"
    assert dated_state("CZEGOV", "1993-01-01") == "CZEGOV"
    assert dated_state("CZEGOV", None) == "CZEGOV"
    assert dated_state("FRAGOV", "1980-01-01") == "FRAGOV"


@pytest.mark.model
def test_a_country_possessive_before_a_firms_name_is_the_firm(lexicon):
    codes = mention_codes("Japan's Kotobuki Corp agreed to buy a stake in Canada's Harlow Inc.", lexicon, DAY)
    assert codes.get("Japan's Kotobuki Corp") == "JPNBUS"
    assert codes.get("Canada's Harlow Inc.") == "CANBUS"


@pytest.mark.model
def test_a_legal_form_ends_a_firms_name(lexicon):
    codes = mention_codes("Pelmont SA of Belgium bought a mill from Norrvik AB last week.", lexicon, DAY)
    assert codes.get("Pelmont SA of Belgium") == "BELBUS"
    assert "Belgium" not in codes


@pytest.mark.model
def test_a_possessive_before_an_office_is_still_the_state(lexicon):
    codes = mention_codes("Germany's Foreign Ministry said Britain's Prime Minister would visit.", lexicon, DAY)
    assert codes.get("Germany's Foreign Ministry") == "DEUGOV"


@pytest.mark.model
def test_a_partys_rebels_are_its_dissenting_members_not_an_armed_group(lexicon):
    codes = mention_codes("Labour rebels voted against the bill. Tory rebels criticized the budget.", lexicon, DAY)
    assert codes.get("Labour rebels") == "GBRPTY"
    assert codes.get("Tory rebels") == "GBRPTY"
    assert mention_codes("FARC rebels attacked a town in the south.", lexicon, DAY).get("FARC rebels", "")[:6] \
        == "COLREB"


@pytest.mark.model
def test_a_bodys_own_name_word_and_title_before_a_person_make_its_officer(lexicon):
    text = "Federal Reserve Board chairman Tom Dalby told lawmakers the plan was sound. Dalby said so again."
    codes = mention_codes(text, lexicon, DAY)
    assert codes.get("Federal Reserve Board chairman Tom Dalby") == "USAGOV"
    assert codes.get("Dalby") == "USAGOV"


@pytest.mark.model
def test_a_rank_that_opens_a_firms_or_offices_name_is_no_officer(lexicon):
    codes = mention_codes("A senator praised a General Accounting Office report and General Electric Co. shares.",
                          lexicon, DAY)
    assert "General" not in codes
    assert mention_codes("General Tom Dalby said the army would withdraw.", lexicon, DAY).get(
        "General Tom Dalby", "")[3:] == "MIL"


def test_a_bad_date_in_the_federations_file_names_file_and_line(tmp_path, monkeypatch):
    from newsevents.actors import dissolved_states
    from newsevents.resources import DataError
    bad = tmp_path / "dissolved_states.tsv"
    bad.write_text("member\tfederation\tend\tnote\nSRB\tYUG\t1992-4-27\ttypo\n", encoding="utf-8")
    monkeypatch.setattr(dissolved_states, "data_path", lambda *parts: bad)
    dissolved_states.federations.cache_clear()
    try:
        with pytest.raises(DataError, match=r"dissolved_states.tsv:2: bad date"):
            dissolved_states.federations()
    finally:
        dissolved_states.federations.cache_clear()
