"""A person written in full once and later by surname alone, or as "Mr X", is that person."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.actors.phrase import phrase_document

pytestmark = pytest.mark.model



def mentions(text: str, lexicon, date: str = "2019-11-12"):
    return resolve_actors(phrase_document(text, date), lexicon=lexicon).mentions


def coded(found, text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(("text", "surname", "code"), [
    ("Cuban Foreign Minister Bruno Rodriguez arrived on Friday. Rodriguez thanked the hosts.", "Rodriguez", "CUBGOV"),
    ("Bank of England deputy governor Rachel Lomax spoke in Cardiff. Later Lomax said rates would hold.",
     "Lomax", "GBRGOV"),
])
def test_a_bare_surname_is_the_person_named_in_full_before(lexicon, text, surname, code):
    assert coded(mentions(text, lexicon), surname) == [code]


@pytest.mark.parametrize(("text", "written", "code"), [
    ("Bank of England deputy governor Rachel Lomax spoke in Cardiff. Ms Lomax said rates would hold.",
     "Ms Lomax", "GBRGOV"),
    ("Cuban Foreign Minister Bruno Rodriguez arrived on Friday. Mr Rodriguez thanked the hosts.",
     "Mr Rodriguez", "CUBGOV"),
])
def test_an_honorific_and_surname_is_the_person_named_in_full_before(lexicon, text, written, code):
    found = mentions(text, lexicon)
    assert code in coded(found, written) + coded(found, written.split()[-1])


@pytest.mark.parametrize("text", [
    # two people share the surname: the bare surname stays unresolved
    "Cuban Foreign Minister Bruno Rodriguez met Venezuelan Vice President Delcy Rodriguez. Rodriguez left early.",
])
def test_a_surname_with_no_single_earlier_bearer_stays_unresolved(lexicon, text):
    found = mentions(text, lexicon)
    assert all(m.code is None for m in found if m.text == "Rodriguez")


def test_a_surname_inside_another_name_or_a_date_is_not_the_person(lexicon):
    found = mentions("Prime Minister Theresa May spoke in London. Juan Lomax and Pedro May met in May.", lexicon,
                     date="2018-03-14")
    assert not [m for m in found if m.text == "May" and m.code]


def test_a_pronoun_after_a_bare_surname_is_that_person(lexicon):
    found = mentions("Bank of England deputy governor Rachel Lomax met Chancellor Gordon Brown. "
                     "Lomax called herself an optimist.", lexicon, date="2005-03-01")
    assert [m.name for m in found if m.text == "herself"] == ["Rachel Lomax"]


@pytest.mark.parametrize(("text", "pronoun", "code"), [
    # a subject "he" continues the subject of the sentence before, not its object
    ("Kenyan President Uhuru Kenyatta met Tanzanian President John Magufuli on Monday. "
     "He flew home on Tuesday.", "He", "KENGOV"),
    # and a second "he" in the same sentence is the first one
    ("Kenyan President Uhuru Kenyatta met Tanzanian President John Magufuli on Monday. "
     "He flew to Kampala, where he met the Ugandan president.", "he", "KENGOV"),
])
def test_a_subject_pronoun_continues_the_subject_before(lexicon, text, pronoun, code):
    found = mentions(text, lexicon, date="2018-03-14")
    assert coded(found, pronoun) == [code]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(lexicon):
    found = mentions("Tanzanian President John Magufuli praised Paul Okello, calling him a friend.", lexicon,
                     date="2018-03-14")
    assert "TZAGOV" not in coded(found, "him")


@pytest.mark.parametrize(("text", "pronoun", "code"), [
    # a role naming one person is a pronoun's antecedent too, not only a person named by name
    ("Mexican Foreign Minister Luis Videgaray arrived in Lima. A senior Peruvian official met the press. "
     "He said talks would go on.", "He", "PERGOV"),
    ("Chancellor Angela Merkel spoke in Berlin. The French minister disagreed. She said nothing would change.",
     "She", "FRAGOV"),
])
def test_a_pronoun_may_be_a_role_that_names_one_person(lexicon, text, pronoun, code):
    assert coded(mentions(text, lexicon), pronoun) == [code]


def test_a_pronoun_is_not_a_body_or_a_crowd(lexicon):
    found = mentions("President Emmanuel Macron spoke in Paris. The Spanish government and Spanish officials "
                     "objected. He said nothing would change.", lexicon)
    assert coded(found, "He") == ["FRAGOV"]


def test_a_role_word_used_as_a_verb_is_no_actor(lexicon):
    found = mentions("Kenya sent soldiers to police the border with Somalia.", lexicon)
    assert not [m for m in found if m.text == "police"]


def test_a_possessive_on_a_given_thing_is_the_givers(lexicon):
    """"X sent Y his congratulations": "his" is the sender's, though Y stands nearer."""
    found = mentions("Mexican President Felipe Calderon sent Mr Harper his warmest congratulations.",
                     lexicon, "2009-06-01")
    assert coded(found, "his") == ["MEXGOV"]


def test_an_honorific_does_not_make_a_surname_part_of_a_longer_name(lexicon):
    """"Mr Bush" in 2005 is the one Bush in office, as a bare "Bush" is."""
    assert coded(mentions("Mr Bush said so.", lexicon, "2005-06-01"), "Bush") == ["USAGOV"]


@pytest.mark.parametrize("text", ["", "One word", "Ends with a space ", "Two  spaces and\na newline.\n",
                                  "“Quoted,” he said —  twice.  "])
def test_text_length_is_the_docs_text_length(text):
    from newsevents.actors.coref import text_length
    from newsevents.parse import load_model

    spacy_doc = load_model().make_doc(text)
    assert text_length(spacy_doc) == len(spacy_doc.text) == len(text)
