"""The clean stage's line scorer and its signals (issue #10): embedded posts, captions, bios and
short closing lines judged by their shape and place. Pages written for these tests. (Split from
test_clean.py in the seventeenth session.)"""

from __future__ import annotations

import pytest

from newsevents.clean import clean
from newsevents.model import Document


def page(text: str, **fields) -> Document:
    return clean(Document(id="t", raw=text, **fields))


def test_clean_scorer_removes_embedded_post_with_reason():
    """Issue #10: an embedded post's handle line, timestamp and counts go as social-embed."""
    raw = ("Senator rejects the budget deal\n\n"
           "The senator said on Monday that she would vote against the budget deal in its current form.\n\n"
           "Jane Roe (@janeroe) December 3, 2026\n\n9:53 PM - 3 Dec 2026\n\n15,531 Retweets 60,569 likes\n\n"
           "Her office said the senator would meet party leaders later in the week to discuss the bill.")
    article = page(raw).article
    assert "Retweets" not in article.text and "@janeroe" not in article.text
    assert "meet party leaders" in article.text
    assert {r.reason for r in article.removed} == {"social-embed"}


def test_clean_undecidable_headline_gives_a_warning():
    """Issue #10: two title-like lines, neither sharing a word with the story: say so."""
    raw = ("Morning edition\n\nOur weekly roundup for readers\n\n"
           "Farmers in the north began the harvest early this year after a dry and unusually warm summer.\n\n"
           "Prices at the regional market fell by a tenth in the first week of trading.")
    doc = page(raw)
    assert doc.article.headline == "Morning edition"
    assert any("headline not told apart" in warning for warning in doc.warnings)


def test_clean_signals_name_caption_tweet_and_bio_shapes():
    """Issue #10 (second pass): shapes that carry to unseen sites, each a named signal."""
    from newsevents.clean.signals import shape
    assert shape("Protesters march in the capital on Sunday. (Photo: Jane Roe/AP)").flags["caption"]
    assert shape("Firefighters at the scene, file photo").flags["caption"]
    assert shape("The vote was close pic.twitter.com/AbC123").flags["tweet"]
    assert shape("— Jane Roe (@janeroe) December 3, 2026").flags["tweet"]
    assert shape("John Smith is a freelance writer who covers energy policy.").flags["bio"]
    assert not shape("The minister said the talks would resume on Monday.").flags["bio"]
    assert not shape("The minister said the talks would resume on Monday.").flags["caption"]


@pytest.mark.parametrize("line", [
    "Jim Doe has covered local politics for the Gazette since 2009.",
    "Kim Park reports on transport and housing for the Alder Gazette.",
    "Jim Doe is a retired engineer who lives in Port Alder.",
    "Mark Poe is on Twitter at @markpoe.",
    "Jane Roe is a Director with Alder Metals, a dealer in precious metals.",
    "Jane Roe is a PhD candidate in urban planning at Alder University.",
])
def test_clean_signals_bio_shapes_of_the_sixteenth_session(line):
    """Issue #10, sixteenth session: bio shapes the owners' kept-back pages leak (third person, job and paper)."""
    from newsevents.clean.signals import shape
    assert shape(line).flags["bio"]


def test_clean_signals_bio_shapes_leave_the_story():
    from newsevents.clean.signals import shape
    assert not shape("Mike Leigh is the outsider in the best director category for his new film.").flags["bio"]
    assert not shape("The minister reports on the talks to parliament on Monday.").flags["bio"]
    assert not shape("The New York Times is expected to endorse the Democratic candidate in the election.").flags["bio"]
    assert not shape("Donald Trump is the presumptive Republican candidate.").flags["bio"]
    assert not shape("Jane Roe is a longtime advocate of lower taxes.").flags["bio"]


@pytest.mark.parametrize(("line", "bio"), [
    ("Jane Roe has covered the harbour for 14 years. She writes the Quayside column every Friday.", True),
    ("Jim Doe has reported on shipping since 2011.", True),
    ("He edits a newsletter on ferries.", True),
    ("The council has covered the cost of the ferry for 14 years.", False),  # no writer's name
    ("Jane Roe has covered her losses since the terminal closed.", False),  # no figure after "since"
])
def test_clean_signals_a_writers_years_on_the_beat_and_column(line, bio):
    """Twenty-ninth session (second round): a bio by the writer's years on the beat or the column they write."""
    from newsevents.clean.signals import shape
    assert bool(shape(line).flags["bio"]) is bio


def test_clean_weak_line_between_removed_lines_goes():
    """A link title between two removed link lines goes with them; a paragraph there stays."""
    from newsevents.clean.scorer import smooth_weak_lines
    reasons = ["related-links", None, "related-links", None, None]
    scores = [0.9, 0.3, 0.9, 0.01, 0.01]
    assert smooth_weak_lines(["x"] * 5, reasons, scores, 0.2, None) == ["related-links"] * 3 + [None, None]
    assert smooth_weak_lines(["x"] * 5, reasons, [0.9, 0.1, 0.9, 0.0, 0.0], 0.2, None)[1] is None
    assert smooth_weak_lines(["x"] * 5, reasons, scores, 0.2, 1)[1] is None


def test_clean_heading_scored_half_the_cut_off_between_removed_lines_stays():
    """Twenty-first session: the weak-line share is 0.6 of the cut-off, so a story's own heading scored half of
    it ("Part 2 of the Interview") between two removed lines stays (LOSO: 0.5 took one such heading and nothing
    else)."""
    from newsevents.clean.scorer import WEAK_SHARE, smooth_weak_lines
    cut = 0.95
    lines = ["Share this:", "Part 2 of the Interview", "Advertisement"]
    reasons = ["share-follow", None, "advertisement"]
    assert smooth_weak_lines(lines, reasons, [0.99, cut / 2, 0.99], cut * WEAK_SHARE, None)[1] is None
    assert smooth_weak_lines(lines, reasons, [0.99, 0.7 * cut, 0.99], cut * WEAK_SHARE, None)[1] == "share-follow"


def test_clean_past_paragraph_above_a_bare_credit_stays():
    """Sixteenth session: a paragraph telling what happened ("The vote was 254 to 169 …") above a bare
    "AP Photo/…" is not that picture's caption (the picture has none); a caption describing it in the present
    tense goes, even with a past "was" inside."""
    body = ("Senate passes budget bill after all-night session\n\n"
            "The Senate passed the budget bill early on Friday after an all-night session, sending it on.\n\n"
            "{line}\n\nAP Photo/Jane Roe\n\n"
            "The bill raises spending on defence and cuts taxes for small firms, its sponsors said.")
    paragraph = "The vote was 54 to 46, with two members of each party crossing the aisle."
    assert paragraph in page(body.format(line=paragraph)).article.text
    caption = "Senator Jim Doe, who was hurt in a fall last week, walks to the chamber for the vote."
    assert caption not in page(body.format(line=caption)).article.text


def test_clean_paragraph_between_two_embedded_posts_stays():
    """Two whole posts around a paragraph: the posts go, the article's paragraph stays."""
    raw = ("Senator rejects the budget deal\n\n"
           "The senator said on Monday that she would vote against the budget deal in its current form.\n\n"
           "This deal is a disgrace and I will not vote for it. pic.twitter.com/AbC123\n\n"
           "The senator has criticised the deal for weeks, and her party's leaders have asked her to wait.\n\n"
           "We need a better deal for working families — Jane Roe (@janeroe) December 3, 2026\n\n"
           "Her office said the senator would meet party leaders later in the week to discuss the bill.")
    article = page(raw).article
    assert "criticised the deal for weeks" in article.text
    assert "pic.twitter.com" not in article.text and "@janeroe" not in article.text


def test_clean_caption_above_its_credit_goes_a_paragraph_above_a_button_stays():
    """A short line just above a credit-only line is its caption; above "close dialog" it is not."""
    body = ("Senate passes budget bill after all-night session\n\n"
            "The Senate passed the budget bill early on Friday after an all-night session, sending it on.\n\n"
            "{line}\n\n{below}\n\n"
            "The bill raises spending on defence and cuts taxes for small firms, its sponsors said.")
    # No weekday or date: its register alone does not make it a caption (clean/captions.py), its neighbour does.
    caption = "Senate leaders speak to reporters after the vote."
    article = page(body.format(line=caption, below="Jane Roe/Getty Images")).article
    assert {r.text: r.reason for r in article.removed}[caption] == "photo-caption"
    article = page(body.format(line=caption, below="close dialog")).article
    assert caption in article.text


def test_clean_post_text_above_its_signature_goes_an_introduction_stays():
    """The text above "Name (@handle) date" is the post's; a line ending in ':' introduces it."""
    raw = ("Senator rejects the budget deal\n\n"
           "The senator said on Monday that she would vote against the budget deal in its current form.\n\n"
           "Later she wrote on social media:\n\n"
           "This deal is a disgrace and I will not vote for it, whatever my party says.\n\n"
           "Jane Roe (@janeroe) December 3, 2026\n\n"
           "Her office said the senator would meet party leaders later in the week to discuss the bill.")
    article = page(raw).article
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["This deal is a disgrace and I will not vote for it, whatever my party says."] == "social-embed"
    assert "Later she wrote on social media:" in article.text


def test_clean_bio_after_the_story_goes_even_with_a_line_after_it():
    """A writer's bio after the last paragraph goes, though a line the lexicon does not know follows it."""
    raw = ("Ministers agree rules for sharing river water\n\n"
           "Ministers from the five countries along the Tala river agreed on Monday how to share its water.\n\n"
           "The deal must still be approved by the five parliaments, which are expected to vote in spring.\n\n"
           "Each country may take no more than a set share of the river's flow in any dry month, they said.\n\n"
           "Jane Roe writes about water and climate for the paper.\n\n"
           "The paper is an independent newspaper owned by its readers, and has been since 1950.")
    reasons = {r.text: r.reason for r in page(raw).article.removed}
    assert reasons["Jane Roe writes about water and climate for the paper."] == "author-bio"


def test_clean_bio_block_under_its_heading_near_the_end_goes():
    """Under "About <writer>" in the last third of the page, the bio's paragraphs go with it."""
    raw = ("Ministers agree rules for sharing river water\n\n"
           "Ministers from the five countries along the Tala river agreed on Monday how to share its water.\n\n"
           "The deal must still be approved by the five parliaments, which are expected to vote in spring.\n\n"
           "Each country may take no more than a set share of the river's flow in any dry month, they said.\n\n"
           "About Jane Roe\n\n"
           "I am a freelance writer and hiker based in the north of the country, and I like rivers.\n\n"
           "Before that I spent ten years as a teacher in three schools, which taught me patience.")
    reasons = {r.text[:40]: r.reason for r in page(raw).article.removed}
    assert reasons.get("Before that I spent ten years as a teach") == "author-bio"


def test_clean_closing_short_lines_that_are_the_story_stay():
    """Issue #10, seventeenth session: short lines closing a page are a link list with its label lost
    (``titles.closing_titles``), but not a fixtures list that prints a line twice, a wire's closing note
    wrapped over two lines, or a cut sentence over a wire's mark in capitals (each fails without its guard)."""
    from newsevents.clean.scorer import judge_lines

    story = ["Island cup draw made", "The draw for the island football cup was made on Tuesday at the town hall, "
             "with eight clubs from four harbours in the first round."]
    fixtures = story + ["Rovers v Quay", "Winners play Sunday", "Lighthouse v Ferry", "Winners play Sunday"]
    noted = story + ["The first round will be played on Saturday.", "NOTE - Harbour Rovers is a wholly owned unit of",
                     "Pier Holdings Group <PIER.L>"]
    cut = story + ["The club result fell to 365 mln guilders aft", "INTERRUPTED"]
    titles = story + ["The first round will be played on Saturday.", "Ferry fares rise for the second time this year",
                      "Why the lighthouse keeper finally retired after all"]
    assert judge_lines(fixtures)[2:] == [None] * 4
    assert judge_lines(noted)[2:] == [None] * 3
    assert judge_lines(cut)[2:] == [None] * 2
    assert judge_lines(titles)[3:] == ["related-links"] * 2
