"""Coreference in the actors stage (actors/coref.py), session 18. Strings written for these tests, not taken
from any gold set."""

from __future__ import annotations

from conftest import mention_codes


def test_a_name_in_apposition_after_a_linked_office_holds_it(lexicon):
    # the second "trade minister" has its country only from the first; the name after it had none
    text = ("Peru's trade minister flew to Lima on Monday. The trade minister, Rosa Quispe Huaman, said talks "
            "would resume.")
    assert mention_codes(text, lexicon, "2015-03-02")["Rosa Quispe Huaman"] == "PERGOV"


def test_a_name_after_an_office_of_no_country_stays_unknown(lexicon):
    text = "The trade minister, Rosa Quispe Huaman, said talks would resume."
    assert (mention_codes(text, lexicon, "2015-03-02").get("Rosa Quispe Huaman") or "---").startswith("---")


# Session 20: a person no dictionary codes is still a candidate antecedent for "he"
def test_he_of_an_uncoded_person_is_not_the_titled_person_before_him(lexicon):
    text = ("Judge Ingrid Solberg jailed the trader for six years. His lawyer, Pavel Dostal, said he would "
            "appeal.")
    found = mention_codes(text, lexicon, "2016-05-01")
    assert not (found.get("he") or "").endswith("JUD")  # Dostal's, not the judge's


def test_he_after_an_uncoded_subject_is_not_the_senator_named_before(lexicon):
    text = "Senator Maria Lund met the shipping magnate Olaf Brekke on Monday. Brekke said he was pleased."
    found = mention_codes(text, lexicon, "2016-05-01")
    assert "he" not in found or not (found["he"] or "").endswith("LEG")


def test_the_body_named_before_by_one_word_of_its_name(lexicon):
    # session 21: "the department" after "the State Department" is that department, not one of no country
    text = ("The State Department condemned the raid on the embassy. "
            "\"We will not bargain,\" the department said on Friday.")
    assert mention_codes(text, lexicon, "2012-09-14")["department"] == "USAGOV"


def test_a_role_word_not_in_the_bodys_name_is_not_linked(lexicon):
    text = "The State Department condemned the raid. The agency said on Friday it had no comment."
    assert (mention_codes(text, lexicon, "2012-09-14").get("agency") or "---").startswith("---")
