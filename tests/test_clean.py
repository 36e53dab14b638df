"""Tests for the clean stage: article parts, wire credits, boilerplate with reasons."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from conftest import shared_path
from newsevents.clean import clean
from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.clean.credits import split_credit
from newsevents.clean.paragraphs import normalise_spaces, split_paragraphs
from newsevents.model import Document
from newsevents.read import read

PAGES = Path(__file__).parent / "pages"
EXPECT = json.loads((PAGES / "expect.json").read_text(encoding="utf-8"))
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
WIRE_SIGN_OFF = re.compile(r"\bREUTERS?\b", re.IGNORECASE)


def page(text: str, **fields) -> Document:
    return clean(Document(id="t", raw=text, **fields))


CHROME_SCORER = pytest.mark.xfail(strict=False, reason="issue #10 scorer")
# Written chrome pages that still fail a check (a leak or a removed line's reason); the others must pass.
CHROME_NOT_YET = frozenset({"chrome_learn_more_box",
                            "chrome_wordpress_tail",
                            # fifth session, tune data for layouts of the s5 labelled pages
                            "chrome_image_credits", "chrome_podcast_transcript"})


@pytest.mark.parametrize("case", [pytest.param(case, marks=CHROME_SCORER) if case in CHROME_NOT_YET else case
                                  for case in sorted(EXPECT)])
def test_clean_odd_pages(case):
    """Each page in tests/pages keeps its must strings and loses its must-not strings."""
    expect = EXPECT[case]
    article = page((PAGES / f"{case}.txt").read_text(encoding="utf-8")).article
    for field in ("headline", "standfirst", "wire", "publisher", "dateline"):
        if field in expect:
            assert getattr(article, field) == expect[field], field
    for text in expect["must"]:
        assert text in article.text
    for text in expect["must_not"]:
        assert text not in article.text
    reasons = {r.text: r.reason for r in article.removed}
    for text, reason in expect.get("removed", {}).items():
        assert reasons.get(text) == reason, text


def test_clean_seed_comes_out_right():
    """The seed page: every part and every removed line (issue #2)."""
    raw = shared_path("seed", "000_44652aec5ffde77d.txt").read_text(encoding="utf-8")
    article = page(raw).article
    assert article.headline == "KREMLIN: Russia ready to be mediator between US, North Korea, if parties want it"
    assert article.standfirst.startswith("US President Donald Trump called on Moscow")
    assert (article.wire, article.publisher) == ("Sputnik", "The Duran")
    assert article.body.startswith("According to Kremlin spokesman Dmitry Peskov")
    assert [(r.text[:25], r.reason) for r in article.removed] == [
        ("Help us grow. Support The", "donation-appeal"), ("The statements, views and", "disclaimer"),
        ("What do you think?", "comment-widget"), ("Notify of", "comment-widget"),
        ("Inline Feedbacks", "comment-widget"), ("View all comments", "comment-widget"),
        ("Russian security chief ac", "related-links"), ("UFO traverses night sky o", "related-links"),
    ]


def test_clean_offsets_index_text():
    article = page("Headline here\n\nA short standfirst line for the story here\n\nBody one.\n\nBody two.").article
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.start + len(paragraph.text)] == paragraph.text
    assert [p.part for p in article.paragraphs] == ["headline", "standfirst", "body", "body"]


def test_clean_no_break_spaces_become_spaces_without_moving_offsets():
    text = "Moscow\u00a0said on\u202fMonday"
    assert normalise_spaces(text) == "Moscow said on Monday"
    assert len(normalise_spaces(text)) == len(text)
    assert "Moscow said on Monday." in page("Title\n\nMoscow\u00a0said on\u202fMonday.").article.body


def test_clean_record_uses_title_and_given_dateline_and_wire():
    doc = Document(id="r", raw="WHEAT - 2,602,000 bushels in store.\n\nMore text.", format="record",
                   title="GRAIN STOCKS", extra={"dateline": "CHICAGO, April 1 - ", "wire": "AP"})
    article = clean(doc).article
    assert (article.headline, article.dateline) == ("GRAIN STOCKS", "CHICAGO, April 1")
    assert article.wire == "Associated Press"
    assert article.body.startswith("WHEAT - 2,602,000 bushels")  # a table row, not a second dateline


def test_clean_record_repeated_headline_is_removed():
    doc = Document(id="r", raw="Big news today\n\nThe body.", format="record", title="Big news today")
    article = clean(doc).article
    assert article.body == "The body." and article.removed[0].reason == "repeated-headline"


@pytest.mark.parametrize(("line", "reason"), [
    ("Help us grow. Support The Duran on Patreon!", "donation-appeal"),
    ("Please adhere to our commenting policy to avoid being banned.", "comment-widget"),
    ("Subscribe to our newsletter for daily updates", "subscription-appeal"),
    ("Read more: Why the talks failed", "related-links"),
    ("By Lisa Haven", "byline"),
    ("Photo Credit: Songquan Deng / Shutterstock.com", "photo-credit"),
    ("Copyright © Canada Free Press", "navigation"),
    ("Related companies profit 3.1 mln vs 1.4 mln.", None),
    ("by several Canadian banks.", None),
    ("People are donating to Planned Parenthood in Mike Pence's name", None),
    ("Live map of the fighting https://example.org/map", "reference-list"),
    ("Comments are moderated; keep your comments civil and on topic.", "comment-policy"),
    ("The vote is tonight. pic.twitter.com/AbC123", "social-embed"),
    ("We won the vote! — Jane Roe (@janeroe) March 3, 2026", "social-embed"),
    ("Rescue workers search the rubble in the old town. John Roe/AP", "photo-caption"),
    ("More articles by this author", "related-links"),
    ("The agency said the review was moderated by an outside panel.", None),
    ("The full report is on the ministry's website, www.example.gov/report, officials said.", None),
    ("The president speaks in the Rose Garden on Monday. (Jabin Roe/The Daily Star)", "photo-caption"),
    ("Jabin Roe/The Daily Star", "photo-credit"),
    ("toggle caption", "photo-caption"),
    ("This compared with deliveries of 24.38 mln tonnes in 1985/86 (August/July).", None),
    ("Posted by Jane Roe on Friday, January 6, 2017", "social-embed"),
    ("Last updated: 12 June 2024, 18:03 BST", "date-line"),
    ("Posted on May 3, 2017 by Jane Roe", "byline"),
    ("Story continues below advertisement", "advertisement"),
    ("[Senate passes the budget bill after an all-night session]", "related-links"),
    ("MORE: Senate passes the budget bill", "related-links"),
    ("[Applause]", None),
    ("More: the minister said the talks would go on.", None),
    ("Jane Roe/Getty Images hide caption", "photo-caption"),
    ("Getty Images", "photo-credit"),
    ("JUST WATCHED", "social-embed"),
    ("Sponsor Message", "advertisement"),
    ("Click here to read the full report", "related-links"),
    ("Click here, the minister said, was the button most voters never pressed.", None),
    ("By Jane Roe, CNN", "byline"),
    ("By Jane Roe | The Daily Star", "byline"),
    ("By Monday, 40 people had died.", None),
    ("CBS News", "source-credit"),
    ("dailystar.com", "source-credit"),
    ("Shop now", "advertisement"),
    ("ADVERTISEMENT - story continues below", "advertisement"),
    ("We welcome comments that advance the story. Comments that include profanity will be removed.", "comment-policy"),
    ("Shares rose 5% after the report.", None),
    ("News » Politics", "navigation"),
    ("Sales > 5 mln dlrs", None),
    ("Get the Morning Brief newsletter", "subscription-appeal"),
    ("Email address", "subscription-appeal"),
    ("by Jane Roe – Example.com", "byline"),
    ("About Jane Roe", "author-bio"),
])
def test_clean_boilerplate_reason(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(("paragraph", "wire", "dateline"), [
    ("(Sputnik) – Russia may", "Sputnik", None),
    ("(AFP) - France recalled", "AFP", None),
    ("NAIROBI, March 3 (Reuters) - Talks", "Reuters", "NAIROBI, March 3"),
    ("WASHINGTON (AP) — The Senate", "Associated Press", "WASHINGTON"),
    ("CAIRO - Egypt's opposition", None, "CAIRO"),
    ("(Some group) - not a wire", None, None),
])
def test_clean_split_credit(paragraph, wire, dateline):
    assert split_credit(paragraph)[:2] == (wire, dateline)


def test_clean_hard_wrapped_lines_are_joined_but_link_lists_are_not():
    wrapped = ("Spartech Corp said it plans a one for\nfive reverse stock split and has filed a registration\n"
               "statement with the commission covering a planned offering\nof debentures due 1999.")
    links = "Security chief accuses rival of Cold War mentality\nLights traverse night sky over the steppe\nMore news"
    assert split_paragraphs(wrapped) == [" ".join(wrapped.split())]
    assert split_paragraphs(links) == links.split("\n")


def test_clean_empty_document_is_left_alone():
    doc = Document(id="e", raw="", warnings=("x: empty file, nothing to code",))
    assert clean(doc) == doc


def sentences(text: str) -> list[str]:
    """The original's sentences, whitespace collapsed, wire sign-offs dropped."""
    flat = " ".join(WIRE_SIGN_OFF.sub(" ", text).split())
    return [s for s in SENTENCE_BREAK.split(flat) if s.strip()]


@pytest.mark.parametrize("corpus", ["bbc_news", "reuters21578"])
def test_clean_keeps_every_sentence_of_clean_corpora(corpus):
    """Clean must not eat real content: 100 records of a boilerplate-free corpus keep every sentence."""
    path = shared_path("corpora", corpus, "articles.jsonl")
    for doc in itertools.islice(read(str(path)), 100):
        text = " ".join(WIRE_SIGN_OFF.sub(" ", clean(doc).article.text).split())
        for sentence in sentences(doc.raw):
            kept = sentence in text or split_credit(sentence)[2] in text
            assert kept, f"{doc.id}: lost {sentence!r}"


def test_clean_repeated_lines_need_different_pages():
    """Issue #10: a line counts as a site's chrome only in different pages, not in copies of one article."""
    from newsevents.clean.repetition import count_repeated_lines

    chrome = "Tip line open around the clock for readers in Maple County"
    pages = [("lantern", [f"Story {n} headline", f"The council met on day {n} and voted at length.", chrome])
             for n in range(3)]
    copies = [("copies", ["One story", "The council met and voted on the new bridge at length.", chrome])] * 3
    repeated = count_repeated_lines(pages + copies)
    assert repeated.for_site("lantern")(chrome)
    assert not repeated.for_site("lantern")("Story 1 headline")
    assert repeated.for_site("copies") is None


def test_clean_repeated_section_headings_stay():
    """Issue #10, fourteenth session: a series' section labels repeat on every page of a site, but a short
    label over a paragraph (or between a paragraph and a dashed list) heads the article's text and stays;
    a repeated tagline over the headline still goes."""
    from newsevents.clean.repetition import count_repeated_lines
    from newsevents.clean.scorer import judge_lines

    def series_page(name: str) -> list[str]:
        return ["The Lantern Weekly", f"Meet {name}, candidate for mayor", "Background",
                f"{name} grew up on a dairy farm and has served on the county board for a decade.",
                "Plans",
                f"After the farm, {name} ran a hardware store in the old mill for many years.",
                "– Paint every bridge in the county a cheerful shade of orange",
                "– Open the library on Sundays from noon until four"]

    pages = [series_page(name) for name in ("Ann Roe", "Bo Doe", "Cy Poe")]
    repeated = count_repeated_lines(("lantern", lines) for lines in pages).for_site("lantern")
    reasons = dict(zip(pages[0], judge_lines(pages[0], repeated=repeated), strict=True))
    assert reasons["The Lantern Weekly"] == "repeated-across-pages"
    assert reasons["Background"] is None and reasons["Plans"] is None


def test_clean_pull_quote_goes_its_paragraph_stays():
    """Issue #10, fourteenth session: a line lifted from a longer paragraph of the article and printed
    again (a pull quote, no full stop) goes as ``pull-quote``; the paragraph, and a sentence that only
    shares words with it, stay."""
    raw = ("Harbour towns brace for a wetter winter\n\n"
           "Fishing crews in the northern harbours said on Monday that the autumn storms had already cost "
           "them six weeks at sea this year.\n\n"
           "The storms are no longer a season but a permanent guest on this coast\n\n"
           "One skipper put it bluntly: the storms are no longer a season but a permanent guest on this coast, "
           "and the fleet cannot plan a month ahead.\n\n"
           "The harbour board will meet on Friday to discuss new breakwaters for the smaller ports.")
    article = page(raw).article
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("The storms are no longer a season but a permanent guest on this coast") == "pull-quote"
    assert "One skipper put it bluntly" in article.text and "six weeks at sea" in article.text
    assert "new breakwaters" in article.text


def test_clean_headline_below_page_chrome():
    """Issue #10: the headline is the first headline-like line of the core, not a date or a section label."""
    raw = ("December 4, 2026 10:32 AM\n\nWorld | Europe\n\nLIVE\n\n"
           "France recalls its ambassador after talks collapse\n\n"
           "France recalled its ambassador on Sunday after talks on the fishing dispute collapsed in Brussels.\n\n"
           "The foreign ministry said the talks could resume once both sides had consulted their fleets.")
    article = page(raw).article
    assert article.headline == "France recalls its ambassador after talks collapse"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["December 4, 2026 10:32 AM"] == "date-line"
    assert "World | Europe" in reasons and "LIVE" in reasons


def test_clean_bare_site_name_in_brackets_is_a_source_credit():
    """Issue #10: a repost names its source as a bare web address, also in brackets ("(site.com)")."""
    assert boilerplate_reason("(dailylantern.org)") == "source-credit"
    assert boilerplate_reason("[riverpost.net]") == "source-credit"
    assert boilerplate_reason("(The ministry cited dailylantern.org.)") is None
    raw = ("Ferry service returns after storm repairs\n\nby Ana Ruiz\n\n(dailylantern.org)\n\n"
           "The island ferry resumed its crossings on Monday after two weeks of repairs to the pier.\n\n"
           "Harbour officials said the timetable would return to normal by the weekend.\n\n[riverpost.net]")
    article = page(raw).article
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("(dailylantern.org)") == "source-credit" and reasons.get("[riverpost.net]") == "source-credit"
    assert "resumed its crossings" in article.text


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


def test_clean_weak_line_between_removed_lines_goes():
    """A link title between two removed link lines goes with them; a paragraph there stays."""
    from newsevents.clean.scorer import smooth_weak_lines
    reasons = ["related-links", None, "related-links", None, None]
    scores = [0.9, 0.3, 0.9, 0.01, 0.01]
    assert smooth_weak_lines(["x"] * 5, reasons, scores, 0.2, None) == ["related-links"] * 3 + [None, None]
    assert smooth_weak_lines(["x"] * 5, reasons, [0.9, 0.1, 0.9, 0.0, 0.0], 0.2, None)[1] is None
    assert smooth_weak_lines(["x"] * 5, reasons, scores, 0.2, 1)[1] is None


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
