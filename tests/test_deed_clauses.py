"""A deed told in a relative clause on another act's object is its subject's own event, and the other act is
aimed at that subject (events/deed_clauses.py; a relative pronoun as object: syntax.relative_object)."""

from __future__ import annotations

from conftest import event_reader

coded = event_reader("2021-03-10", fields=("source", "target", "family"), negated=False)


def test_a_deed_in_a_that_clause_is_its_doers_and_the_judgement_is_aimed_at_the_doer():
    found = coded("Ghana denounced the raid that Togo launched on Benin.")
    assert ("TGO", "BEN", "19") in found and ("GHA", "TGO", "11") in found


def test_a_that_the_parser_tags_as_a_preposition_stands_for_the_noun():
    found = coded("Ghana criticised the embargo that Togo imposed on Benin.")
    assert ("TGO", "BEN", "16") in found and ("GHA", "TGO", "11") in found


def test_a_deed_in_a_clause_with_no_relative_pronoun():
    assert ("TGO", "BEN", "07") in coded("Ghana welcomed the aid Togo sent to Benin.")


def test_a_deed_that_may_yet_come_is_no_event():
    found = coded("Ghana would denounce any raid that Togo might launch on Benin.")
    assert not any(row[:2] == ("TGO", "BEN") for row in found)


def test_any_deal_is_no_deed_told_as_done():
    assert not any(row[:2] == ("TGO", "BEN") for row in coded("Ghana said it would reject any deal that Togo "
                                                              "signed with Benin."))


def test_the_outer_acts_own_deed_stays_its_content():
    found = coded("Ghana defended the aid that its navy sent to Benin.")
    assert not any(row[1] == "GHA" for row in found)


def test_a_deed_told_before_is_referred_to_not_told_again():
    found = event_reader("2021-03-10", fields=("source", "target", "family"), ordered=True)(
        "Togo shelled Beninese border posts on Monday. On Tuesday Ghana denounced the raid that Togo launched on "
        "Benin.")
    assert [row for row in found if row[:2] == ("TGO", "BEN")] == [("TGO", "BEN", "19")]


def test_whom_stands_for_the_person_the_clause_is_on():
    assert ("GHA", "TGO", "11") in coded("The dispute centres on Togo's president, whom Ghanaian lawmakers "
                                         "criticised on Monday.")
    assert ("GHA", "TGO", "05") in coded("The talks were chaired by Togo's foreign minister, whom Ghana's president "
                                         "praised on Monday.")


def test_a_present_clause_on_a_person_tells_who_he_is_not_an_act():
    found = coded("Opposition leader Ana Ruiz, whom Togo and Benin recognise as Ghana's interim president, spoke.")
    assert not any(row[0] in ("TGO", "BEN") and row[1] == "GHA" for row in found)
