"""Typos: country names and demonyms misspelt by one letter ("Isreal", "Ethopian")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.actors import resolve_phrase
from newsevents.actors.match import find_matches, form_index
from newsevents.actors.typos import TYPO_ORIGIN, one_edit, typo_candidates, typo_entries


@pytest.fixture(scope="module")
def typos(lexicon):
    return form_index(lexicon).typos


def token(word: str, pos: str = "PROPN", ent: str = "O"):
    """A one-word Doc built from lists, so the gate is tested without the parser."""
    return Doc(Vocab(), words=[word], pos=[pos], ents=[ent])[0]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("isreal", "israel", True),  # adjacent transposition
    ("afganistan", "afghanistan", True),  # deletion
    ("quatar", "qatar", True),  # insertion
    ("ethopia", "ethiopia", True),
    ("jordon", "jordan", True),  # substitution
    ("israel", "israel", False),  # the same word is no typo
    ("lybia", "libya", False),  # two substitutions
    ("phillipines", "philippines", False),  # an extra l and a missing p
])
def test_typos_one_edit(a, b, expected):
    assert one_edit(a, b) is expected and one_edit(b, a) is expected


@pytest.mark.parametrize(("word", "code"), [
    ("Isreal", "ISR"), ("Ethopia", "ETH"), ("Ethopian", "ETH"), ("Afganistan", "AFG"), ("Quatar", "QAT"),
])
def test_typos_entries_for_misspelt_country(typos, word, code):
    form, entries = typo_entries(token(word), typos)
    assert {e.code for e in entries} == {code}
    assert all(e.origin.startswith(TYPO_ORIGIN) for e in entries)


@pytest.mark.parametrize(("word", "pos", "ent"), [
    ("Isreal", "VERB", "O"),  # not a name or an adjective
    ("Isreal", "PROPN", "B-PERSON"),  # inside a person's name
    ("isreal", "PROPN", "O"),  # not capitalised
    ("Omanis", "PROPN", "O"),  # a known form, not a typo
    ("Zambia", "PROPN", "O"),  # a country itself
    ("Indiana", "PROPN", "B-GPE"),  # a listed exception (Indian)
    ("Sambia", "PROPN", "O"),  # first letter differs from Zambia and Gambia
])
def test_typos_gate_refuses(typos, word, pos, ent):
    assert typo_entries(token(word, pos, ent), typos) is None


@pytest.mark.parametrize("word", ["Ieland", "Latian", "Nigerin"])  # Iceland/Ireland, Laotian/Latvian, Nigerian/Nigerien
def test_typos_two_countries_within_one_letter_give_nothing(typos, word):
    forms = typo_candidates(word.lower(), typos)
    assert len({e.code for f in forms for e in typos.entries[f][1]}) == 2
    assert typo_entries(token(word), typos) is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Isreal launched air strikes.", "ISR"),
    ("the Ethopian government", "ETHGOV"),
    ("Quatar's emir", "QATGOV"),
    ("Afganistan", "AFG"),
    ("the Ethopian Prime Minister", "ETHGOV"),  # a role word next to it is no longer name
    ("talks with Britian", "GBR"),  # found in the corpus run (Reuters)
])
def test_typos_resolve_misspelt_country(lexicon, text, expected):
    assert resolve_phrase(text, lexicon=lexicon)["code"] == expected


@pytest.mark.model
def test_typos_match_is_marked(lexicon):
    from newsevents.actors.phrase import phrase_document

    spacy_doc = phrase_document("Isreal and Egypt met.", None).parsed[0]
    typo, exact = find_matches(spacy_doc, lexicon)
    assert (typo.form, typo.typo, exact.form, exact.typo) == ("Israel", True, "Egypt", False)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The statement was signed by Brazile, not Wasserman Schultz.",  # a surname (Brazil); the edit is at the end
    "-Andrew Gelman looks to see if Google",  # a surname (German) inside a longer name
    "only 32 percent of British Columbians opposed the tax",  # part of a place name (Colombians)
    "Canada's Cape Breton Will Welcome American Refugees",  # part of a place name (Briton)
    "by a strong performance in the Americas and China.",  # a known name plus s (America)
    "Hungry? Stop on your way.",  # an English word (Hungary)
    "Siberian Volcanoes Triggered Earth's Great Permian Mass Extinction",  # an English word (Persian)
    "Maryland: Baltimore, Columbia.",  # an English word (Colombia)
    "The radical wing of Greece's Syriza party",  # a listed exception (Syria)
])
def test_typos_real_words_and_names_are_not_countries(lexicon, text):
    from newsevents.actors.phrase import phrase_document

    spacy_doc = phrase_document(text, None).parsed[0]
    assert not [m for m in find_matches(spacy_doc, lexicon) if m.typo]


def test_exact_matches_are_found_once_a_doc_and_typos_each_time(lexicon):
    from newsevents.actors.match import exact_matches

    index = form_index(lexicon)
    words = ["They", "met", "in", "Russia", "and", "Isreal"]
    untagged = Doc(Vocab(), words=words)
    first = find_matches(untagged, lexicon)
    assert [m.form for m in first] == ["Russia"]  # no tags: "Isreal" is no proper noun yet
    assert exact_matches(untagged, index) is index.seen[untagged]  # found once, kept while the Doc lives
    first.clear()  # a caller's list is its own
    assert [m.form for m in find_matches(untagged, lexicon)] == ["Russia"]
    tagged = Doc(untagged.vocab, words=words, pos=["PRON", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"])
    assert [m.form for m in find_matches(tagged, lexicon)] == ["Russia", "Israel"]  # the typo test reads the tags
