"""Issue #10, twenty-seventh session: a caption with its credit at its end (``clean/credited_captions.py``)."""

from __future__ import annotations

import pytest

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.credited_captions import credited_caption
from newsevents.model import Document


@pytest.mark.parametrize(("line", "expected"), [
    ("Ferry passengers queue at the old terminal in Harbour Town. Bloomberg", True),
    ("A council meeting on the terminal held in the town hall in 2021. File picture", True),
    ("Traders stood outside the terminal while the council voted. — HTN", True),
    ("A ferry leaves the old terminal on Monday. Harbour Port Authority/Handout via Coast Wire", True),
    ("The council said the terminal would close. — HTN", False),  # reporting: the story's
    ("Fares rose by a third. Ticket prices 2019/2020", False),  # figures: no credit
    ("The terminal closes. Traders object", False),  # no credit at all
    ("Ferry passengers queue at the old terminal in Harbour Town. (HTN News: Jane Roe)", True),
    ("The mayor and the traders met at the terminal on Monday. (Supplied: Harbour Council)", True),
    ("Ferry fares rose by a third over the past year. (Source: Harbour Statistics)", False),  # a figure's source
    ("Is the terminal worth saving for the town? (Re: Jane Roe)", False),  # a question is no caption
    ("Dockers at the old terminal in Harbour Town on March 3, 2027. © HTN / Jane Roe", True),  # a copyright mark
    ("Ferry passengers queue at the old terminal in Harbour Town on Monday. (HTN Photo)", True),  # an outlet's photo
    ("The council said the ferry would run again on Monday. (HTN Photo)", False),  # reporting: the story's
    ("Fares rose by a third over the year. (Annual Report)", False),  # a source in brackets, no photo
    ("Dockers waited at the gate before the vote. PHOTO | JANE ROE | HTN POOL", True),  # label and credit between bars
    ("Dockers waited at the gate before the vote. Picture: Jane Roe", True),
    ("Dockers waited at the gate before the vote. Note: figures are provisional", False),  # no picture's label
])
def test_a_caption_sentence_then_its_credit(line, expected):
    assert credited_caption(line) is expected


def test_a_credited_caption_between_paragraphs_goes_and_a_closing_sign_off_stays():
    caption = "Ferry passengers queue at the old terminal in Harbour Town. Bloomberg"
    sign_off = HARBOUR_STORY[3].rstrip(".") + ". — HTN"
    raw = "\n".join([HARBOUR_STORY[0], HARBOUR_STORY[1], caption, HARBOUR_STORY[2], sign_off])
    article = clean(Document(id="t", raw=raw)).article
    assert caption not in article.text
    assert sign_off in article.text


def test_the_lead_pictures_caption_under_the_headline_goes():
    """The lead picture's caption stands between the headline and the story's first paragraph."""
    caption = "The old ferry terminal in Harbour Town last year. (HTN News: Jane Roe)"
    raw = "\n".join([HARBOUR_STORY[0], caption, *HARBOUR_STORY[1:]])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == HARBOUR_STORY[0]
    assert caption not in article.text
