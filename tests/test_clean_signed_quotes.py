"""Tests for pull quotes signed by a description of the speaker (clean/signed_quotes.py, twenty-eighth session)."""

from __future__ import annotations

from conftest import BRIDGE_STORY
from newsevents.clean import clean
from newsevents.clean.signed_quotes import signed_quote
from newsevents.model import Document

STORY = BRIDGE_STORY


def test_quote_signed_by_a_description_is_a_pull_quote():
    assert signed_quote("\u201cWe are not against the bridge. We are against the queues.\u201d "
                        "\u2014 a lorry driver at "
                        "the port")
    assert signed_quote("Any closure of a public crossing must be put to the county's voters first. \u2014 Planning "
                        "lawyer")


def test_quote_signed_by_a_name_or_a_sentence_going_on_stays():
    """Epigraphs and lists of quotations sign with a name; a sentence may go on after a dash."""
    assert not signed_quote("\u201cNo bridge lasts for ever.\u201d \u2013 Jane Roe")
    assert not signed_quote("\u201cNo bridge lasts for ever.\u201d \u2014 The Engineer")
    assert not signed_quote("\u201cNo bridge lasts for ever.\u201d \u2014 Jim Doe, county engineer and author")
    assert not signed_quote("The ferry men welcome the closure \u2014 and they say so.")
    assert not signed_quote("\u201cNo bridge lasts for ever,\u201d said a council engineer \u2014 county engineer")


def test_signed_pull_quote_between_paragraphs_goes():
    quote = "\u201cWe cannot wait for the girders to fail.\u201d \u2014 a council engineer"
    raw = "\n".join(["Harbour bridge to close to lorries after inspectors find cracked girders", STORY[0], quote,
                     *STORY[1:]])
    article = clean(Document(id="t", raw=raw)).article
    assert quote not in article.text
    assert ("pull-quote" in {r.reason for r in article.removed}) and all(p in article.text for p in STORY)
