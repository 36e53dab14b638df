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
