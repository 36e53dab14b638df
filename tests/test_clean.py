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


def test_clean_pull_quote_with_its_full_stop_goes():
    """Issue #10, twenty-second session: a pull quote that keeps its full stop (a whole sentence lifted from a
    longer paragraph below it and printed again between paragraphs) goes as ``pull-quote``; the paragraph that
    says it stays, and so does a sentence that only shares some of its words."""
    raw = ("Valley farmers count the cost of a dry spring\n\n"
           "Orchard owners across the upper valley said on Tuesday that the driest spring in forty years had "
           "halved the early cherry harvest.\n\n"
           "We have watched the river drop a little more every single week since March.\n\n"
           "Mira Castell, who grows plums near the old ferry crossing, said the wells were the worry now. "
           "\"We have watched the river drop a little more every single week since March. Nobody here has seen "
           "that before,\" she said.\n\n"
           "The river has dropped every week, and the valley board will meet on Friday about the wells.")
    article = page(raw).article
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("We have watched the river drop a little more every single week since March.") == "pull-quote"
    assert "Mira Castell, who grows plums" in article.text and "Nobody here has seen that before" in article.text
    assert "the valley board will meet on Friday" in article.text


def test_clean_sentence_with_other_figures_is_no_pull_quote():
    """A sentence that a longer paragraph repeats with other figures (a results table's note for another year) is
    the story's own: the words match only with the figures left out, so it stays."""
    raw = ("Harbour Mills reports a return to profit\n\n"
           "Harbour Mills said on Thursday it had returned to an operating profit in the fourth quarter after two "
           "years of losses.\n\n"
           "NOTE: 2019 fourth quarter and year operating net exclude realised gains of 279,000 dlrs and 1,013,000 "
           "dlrs respectively, which include tax provisions for the periods.\n\n"
           "2018 fourth quarter and year operating net exclude realised gains of 439,000 dlrs and 666,000 dlrs "
           "respectively.")
    article = page(raw).article
    assert "2018 fourth quarter and year operating net exclude" in article.text

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


@pytest.mark.parametrize("raw, headline, gone", [
    # a site name and a menu bar above the title; the title tells the opening's story
    ("Lakeside Courier\n\nHome   Politics   Business   Culture   Weather\n\n"
     "Peru and Chile agree to reopen their mountain border crossing\n\n"
     "Peru and Chile agreed on Monday to reopen the mountain border crossing closed since the floods, "
     "their foreign ministers said.\n\n"
     "Trucks will be allowed through from next week, the ministers said in a joint statement.",
     "Peru and Chile agree to reopen their mountain border crossing", ["Lakeside Courier", "Home   Politics"]),
    # a site name that shares one word with the story loses to a title that tells it
    ("Andes Trade Monitor\n\nCopper prices reach a two-year high in Santiago\n\n"
     "Peru and Bolivia sign trade pact on lithium exports\n\n"
     "Peru and Bolivia signed a trade pact on Monday that sets shared rules for lithium exports, "
     "their trade ministers said.\n\n"
     "The pact takes effect in March, the ministers said.",
     "Peru and Bolivia sign trade pact on lithium exports", []),
    # a title under an "Editor's Picks" label, above the story it is told again in, is the headline
    ("Harbour Post\n\nEditor's Picks\n\n"
     "Ecuador and Peru reopen southern border crossings after floods\n\n"
     "Ecuador and Peru reopened three southern border crossings on Tuesday after floods closed them for a week, "
     "officials of both countries said.\n\n"
     "Trucks carrying fruit and cement were the first through, the officials said.",
     "Ecuador and Peru reopen southern border crossings after floods", ["Editor's Picks"]),
])
def test_clean_headline_is_the_title_that_tells_the_story(raw, headline, gone):
    """Issue #10 (twenty-second session): the headline below a site name, a menu bar, a teaser or a list label."""
    article = page(raw).article
    assert article.headline == headline
    assert not any(text in article.text for text in gone)


def test_clean_reading_time_and_paywall_meter():
    """Issue #10: a reading or listening time, a desk's byline with its date, a paywall's meter and its offer."""
    assert boilerplate_reason("Reading time: 6 minutes") == "byline"
    assert boilerplate_reason("7 min read") is not None
    assert boilerplate_reason("Listen to this story · 5 min") == "byline"
    assert boilerplate_reason("By Ana Ruiz · 3 June 2024 · 5 min read") == "byline"
    assert boilerplate_reason("You have reached your limit of free stories for this month") == "subscription-appeal"
    assert boilerplate_reason("The talks took 40 minutes to read out the final communique.") is None
    assert boilerplate_reason("Continue reading — subscribe for 99p a week") == "subscription-appeal"
    assert boilerplate_reason("Harbour Times staff · 12 May 2024") == "byline"
    assert boilerplate_reason("Coast guard staff were praised for the rescue.") is None


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


def test_clean_closing_titles_with_link_notes_go():
    """Eighteenth session: a link list closing the page, its label lost, prints a count, an age or a date after each
    title in brackets ("(4 photos)", "(2 days ago)", "(May 3)"); the titles still go, and the story's last
    paragraph, which has a figure in brackets of its own, stays."""
    raw = ("Lifeboat crew rescue family cut off by tide\n\n"
           "A family of four was rescued by the lifeboat crew on Sunday after being cut off by the rising tide "
           "on the sands below the cliffs.\n\n"
           "The crew reached them within twenty minutes of the call and took them back to the harbour, where "
           "they were checked by paramedics.\n\n"
           "The station has been called out 31 times this year (one more than in all of last year).\n\n"
           "Harbour wall repairs finished ahead of schedule (2 days ago)\n"
           "Seal pups counted on the island for the first time (14 photos)\n"
           "Ferry timetable changes for the summer season (May 3)")
    article = page(raw).article
    assert "The station has been called out 31 times" in article.text
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("Seal pups counted on the island for the first time (14 photos)") == "related-links"
    assert reasons.get("Ferry timetable changes for the summer season (May 3)") == "related-links"
    assert "Harbour wall repairs" not in article.text


def test_clean_closing_titles_may_ask_a_question():
    """Eighteenth session: a title in a closing link list may be a question ("Why are bus fares rising again?");
    a question to the reader closing the story ("Will you be taking the new bus?") is no title, and a page
    whose closing lines are all questions keeps them."""
    story = ("Night buses return to the city centre\n\n"
             "Night buses will run again on four routes from next month, the transport authority said on Friday, "
             "two years after the service was cut.\n\n"
             "The buses will run every half hour between midnight and five in the morning on Fridays and "
             "Saturdays.\n\n")
    links = ("Why are bus fares rising again?\n"
             "Tram extension opens to the airport\n"
             "Cycle lane plan divides residents")
    article = page(story + links).article
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons.get("Why are bus fares rising again?") == "related-links"
    assert "Tram extension opens" not in article.text
    questions = "Will you be taking the new bus?\nWhat would make you leave the car at home?"
    kept = page(story + questions).article.text
    assert "Will you be taking the new bus?" in kept and "leave the car at home?" in kept
