"""Tests for the title at the head of the story (clean/story_head.py, issue #10, thirty-first session).

Pages we wrote (a fictional town and its council): the headline stands right above the story, under a site's tagline,
a video's title, a most-read list, a notice in sentences or another story's teaser, which the finder took first.
"""

from __future__ import annotations

from newsevents.clean import clean
from newsevents.clean.story_head import standfirst_of, story_head, story_start, story_words, told
from newsevents.model import Document

HEADLINE = "Marrow Bay council approves pier rebuild funded by a ferry levy"
STORY = [
    "Marrow Bay's town council voted eight to three on Tuesday to rebuild the collapsed north pier, paying for the "
    "work with a levy of one euro on every ferry ticket sold at the harbour for the next ten years.",
    "The north pier has been closed since a storm in February tore away its outer section, forcing the island ferry "
    "to dock at the fuel quay, where passengers wait in the open and lorries share the ramp with cyclists.",
    "Councillor Ines Fabbro, who proposed the levy, said the council could not wait for a national grant that had "
    "been promised twice and withdrawn twice, and that visitors who use the ferry should share the cost.",
    "The ferry operator said it would pass the levy on to passengers from the first of May and warned that the "
    "rebuild must not close the fuel quay during the summer season, when the crossing runs every hour.",
]


def headline_of(*lines: str) -> str | None:
    return clean(Document(id="t", raw="\n".join(lines))).article.headline


def test_headline_under_a_tagline_and_a_notice_in_sentences():
    """A site's tagline, then a notice in sentences that opens the core:
    the title over the story's first two long paragraphs is the headline."""
    assert headline_of(
        "THE MARROW BAY LANTERN",
        "News, letters and weather from the coast since 1921",
        "Letters and blogs on this site are written by readers. They are not checked by our editors and do not "
        "speak for the newsroom.",
        "Home | News | Harbour | Letters",
        HEADLINE,
        "Posted by Tom Aske on 3 March 2027 · 12 comments",
        *STORY,
    ) == HEADLINE


def test_headline_under_a_video_title():
    """A video's title over the headline shares three of the story's words (harbour, ferry, storm), a small share of
    its own; the story tells the headline far better."""
    assert headline_of(
        "Marrow Bay Lantern",
        "▶ NOW PLAYING: Tonight's talk show with the harbour master, the mayor and guests from the ferry company "
        "on the storm (live)",
        "Harbour",
        HEADLINE,
        "By Tom Aske",
        *STORY,
    ) == HEADLINE


def test_headline_after_a_most_read_list():
    """The entries of a most-read list above the story are other stories' titles; a long one shares three words by
    chance (council, ferry, harbour)."""
    assert headline_of(
        "Marrow Bay Lantern",
        "Most read",
        "Council of artists buys the old lighthouse keeper's cottage above the ferry harbour for a summer school "
        "of painting",
        "School choir wins the regional cup for the third time",
        "HARBOUR",
        HEADLINE,
        "Tuesday 3 March 2027",
        *STORY,
    ) == HEADLINE


def test_headline_over_its_standfirst_and_under_a_promo():
    """A headline with its standfirst under it (a longer title the story tells as well) under a promo: the upper of
    the two is the headline, not the standfirst nearer the story."""
    standfirst = "Councillors say visitors should share the cost of the north pier the February storm tore away"
    assert headline_of(
        "Marrow Bay Lantern",
        "Breaking: fog delays the morning ferry and the flights at the island airport",
        "Next story ›",
        HEADLINE,
        standfirst,
        "By Tom Aske",
        *STORY,
    ) == HEADLINE


def test_headline_under_a_teaser_of_another_story_in_sentences():
    """Another story's title and its blurb in a sentence (the page's first sentence-like line) above a section label
    and the story's own headline."""
    assert headline_of(
        "THE LANTERN",
        "Subscribe to the print edition from four euros a month",
        "EDITOR'S PICK",
        "Fishermen count losses after a night of gales",
        "Crews say the harbour office ignored warnings about the loose moorings.",
        "COUNCIL",
        HEADLINE,
        *STORY,
    ) == HEADLINE


def test_live_entry_under_a_time_of_day_is_not_the_headline():
    """A live page: its entries' titles stand under a bare time of day; the page's own headline stays."""
    live = "Marrow Bay council live: pier vote tonight"
    assert headline_of(
        "Marrow Bay Lantern",
        live,
        "Updates from the town hall as councillors debate the levy",
        "Key events",
        "19:40",
        "Council approves pier rebuild funded by a ferry levy",
        *STORY,
    ) == live


def test_subheading_under_a_story_paragraph_is_not_the_headline():
    """A title under a paragraph of the story (it shares the story's words) is a subheading: the headline above the
    paragraph stays, and the paragraph too."""
    headline = "Island votes on a new pier"
    subheading = "Levy on ferry tickets approved by the council"
    raw = "\n".join(["Marrow Bay Lantern", headline, STORY[0], subheading, *STORY[1:]])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == headline
    assert STORY[0] in article.text


def test_story_start_is_past_a_lone_notice():
    lines = ["Site", "A notice of fifteen words or more that stands alone between the menus of the site here.",
             "Menu", HEADLINE, *STORY]
    assert story_start(lines) == 4
    assert story_head(lines, 0) == 3


def test_told_is_the_share_of_content_words_the_story_uses():
    opening = {"pier", "ferry", "levy", "council"}
    assert told("Council backs pier levy", opening) == 0.75
    assert told("Weather and tides", opening) == 0.0


def test_a_name_over_the_headline_is_no_headline_over_a_standfirst():
    """A sender's name in title case with no verb right above the headline ("From: Harbour Office, Marrow Bay
    Council") shares the story's words and is shorter, but the headline under it is no standfirst of it; a shorter
    title the story tells is."""
    opening = story_words(STORY, 0)
    assert not standfirst_of(["From: Harbour Office, Marrow Bay Council", HEADLINE], 1, opening)
    assert standfirst_of(["Marrow Bay council approves pier levy", HEADLINE], 1, opening)


def test_title_quoted_under_a_lead_in_is_not_the_headline():
    """A page that opens with its story's paragraph ending in a colon, then the title of a piece it quotes: the
    quoted title is no headline, and the paragraph over it stays."""
    lead = ("Nobody expected things to move this quickly, and few of those who had followed the long argument over "
            "money, contracts and timetables believed it either, as a weekly magazine put it in a report last month:")
    quoted = "Why the north pier will stay closed for years"
    article = clean(Document(id="t", raw="\n".join([lead, quoted, *STORY]))).article
    assert article.headline != quoted
    assert lead in article.text


def test_a_sentence_of_the_story_above_a_title_keeps_the_choice():
    """Two short sentences of the story (they share its words) over a title: the title is the story's subheading."""
    lines = ["Table of readings", "Ferry levy on tickets at the harbour approved by the council.",
             "Rebuilding the north pier after the storm", *STORY]
    assert story_head(lines, 0) is None
