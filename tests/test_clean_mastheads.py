"""Issue #10, twenty-fourth session: the site's name at the top, known by the page's own chrome
(``clean/mastheads.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.mastheads import mastheads, site_blurbs, site_names
from newsevents.clean.scorer import judge_lines
from newsevents.model import Document

BODY = [
    "1. The Harbour Ministry and the Port Authority of Valley State have agreed to set up a direct line between "
    "their fisheries officers at sea.",
    "2. The Harbour Ministry said the line would let officers exchange reports on boats in distress and on "
    "illegal fishing within minutes.",
    "3. The two sides also agreed to meet again next year in Valley State to review how the line has worked.",
]
HEAD = ["Official Portal of the Harbour Ministry, Valley State", "Home", "Media", "Press Releases",
        "Harbour Ministry and Port Authority agree direct line for fisheries officers"]
FOOT = ["Copyright © 2025 Harbour Ministry, Valley State. All Rights Reserved."]


def test_site_name_the_footer_prints_is_no_headline():
    """The masthead shares words with the release (the ministry's name); the footer prints it: the title under the
    menu is the headline."""
    article = clean(Document(id="p", raw="\n\n".join([*HEAD, *BODY, *FOOT]))).article
    assert article.headline == HEAD[-1]
    assert HEAD[0] not in article.text


def test_line_whose_words_only_a_link_or_a_few_chrome_words_print_stays():
    lines = ["Harbour Ministry agrees direct line for fisheries officers", *BODY,
             "Harbour Ministry agrees direct line for fisheries officers", "Support the Harbour Post on Patreon"]
    reasons = [None, None, None, None, "related-links", "donation-appeal"]
    assert mastheads(lines, reasons)[0] is None


STORY = HARBOUR_STORY  # conftest: a short story of our own


def test_site_describing_itself_under_the_story_goes():
    """The footer names the site ("© 2025 Harbour Lens"); a line opening with that name and describing the site is
    the publisher's blurb; a line of the story naming its own outlet stays."""
    lines = [*STORY, "Harbour Lens asked the ministry for a comment but had no reply by Tuesday.",
             "Harbour Lens is a member of the International Fact-Checking Network.",
             "© 2025 Harbour Lens. All rights reserved."]
    reasons = judge_lines(lines)
    assert reasons[len(STORY)] is None, list(zip(lines, reasons, strict=True))
    assert reasons[len(STORY) + 1] == "author-bio"
    assert site_names(lines, reasons) >= {"harbour lens"}


def test_no_site_name_no_blurb():
    lines = [*STORY, "Harbour Lens is a member of the International Fact-Checking Network."]
    assert site_blurbs(lines, [None] * len(lines), 0)[-1] is None
