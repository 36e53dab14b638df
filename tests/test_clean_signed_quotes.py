"""Tests for pull quotes signed by a description of the speaker (clean/signed_quotes.py, twenty-eighth session)."""

from __future__ import annotations

from conftest import BRIDGE_STORY
from newsevents.clean import clean
from newsevents.clean.signed_quotes import capital_quotes, signed_quote
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


QUOTED = ("\u201cWe will not send a single lorry over that bridge until the girders are replaced,\u201d the hauliers' "
          "association said on Wednesday.")


def test_pull_quote_set_in_capitals_goes_though_edited():
    """A box in capitals repeating a paragraph with a word dropped is a pull quote (thirty-second session)."""
    box = "\u201cWE WILL NOT SEND A LORRY OVER THAT BRIDGE UNTIL THE GIRDERS ARE REPLACED\u201d"
    lines = ["Harbour bridge to close to lorries", STORY[0], box, STORY[1], QUOTED, STORY[2]]
    assert capital_quotes(lines, [None] * len(lines), None)[2] == "pull-quote"
    article = clean(Document(id="t", raw="\n".join(lines))).article
    assert box not in article.text and all(p in article.text for p in [*STORY, QUOTED])


def test_capitals_without_a_copy_or_short_stay():
    """A heading in capitals, a paragraph in capitals (old wire copy) and a capitals line the story does not print
    stay."""
    lines = ["Harbour bridge to close to lorries", STORY[0], "WHAT THE HAULIERS SAY", STORY[1],
             "THE COUNTY WILL ASK THE MINISTRY FOR MONEY TO BUILD A TEMPORARY CROSSING NEXT SPRING", QUOTED,
             STORY[2].upper(), STORY[2]]
    assert capital_quotes(lines, [None] * len(lines), None) == [None] * len(lines)
