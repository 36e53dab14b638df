"""Tests for the headline finder (clean/headline.py, issue #10): the twenty-third session's menus and controls."""

from __future__ import annotations

import pytest

from conftest import BRIDGE_STORY
from newsevents.clean import clean
from newsevents.clean.headline import find_headline
from newsevents.model import Document

STORY = BRIDGE_STORY
HEADLINE = "Harbour bridge to close to lorries after inspectors find cracked girders"


def test_headline_past_a_long_menu_of_one_word_entries():
    """A menu of two dozen entries, every other one a word of the story ('Harbour', 'Council'), so that no run of
    them reads as a menu, ahead of the headline: past the first fifteen lines."""
    menu = ["Home", "Harbour", "Markets", "Council", "Energy", "Bridge", "Sport", "Port", "Roads", "Lorries",
            "Football", "Girders", "Cricket", "Inspection", "Opinion", "Engineers", "Letters", "Hauliers", "Columns",
            "Delivery", "Travel", "Buses", "Weather", "Search"]
    article = clean(Document(id="t", raw="\n".join(["The Harbour Times", *menu, HEADLINE, *STORY]))).article
    assert article.headline == HEADLINE


def test_headline_over_a_prose_control_that_opens_the_core():
    """A sentence-long control ("Log in … to save articles for later.") and text-size buttons above the first
    paragraph share no word with the headline; the story's long paragraphs do."""
    raw = "\n".join(["The Harbour Times", "Subscribe", "Network", "Transport", HEADLINE, "By Jane Roe",
                     "Log in, register or subscribe to save articles for later.", "Normal text size",
                     "Larger text size", *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_page_in_another_script_is_not_read_past_its_first_lines():
    """With no prose the finder can read (no core), it looks at the first lines only, not on through the story to a
    later line it can read (an advert in Latin letters), which would take the story above it for chrome."""
    menu = ["Новости", "Мода", "Красота и здоровье", "Стиль жизни", "Дом", "Дети"]
    story = [f"Абзац номер {n}: городской совет снова обсудил ремонт старого моста через реку и сроки работ."
             for n in range(1, 11)]
    choice = find_headline([*menu, *story, "Best Deals Online Today"])
    assert choice.index is not None and choice.index < len(menu) + 1


def test_headline_written_as_sentences_under_a_masthead():
    """An opinion page's headline in two short sentences is prose, so the core starts at it; the masthead, its
    tagline and the section above share no word with the story, and the headline shares several."""
    headline = "The harbour bridge is cracking. The council must close it to lorries now."
    raw = "\n".join(["THE COASTAL TIMES", "The county's daily since 1901", "Opinion", "Columns", headline,
                     "By Jane Roe", *STORY])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == headline
    assert "The county's daily since 1901" not in article.text


def test_promo_over_a_short_blurb_is_no_sentence_headline():
    """A promo sentence opening the core with one paragraph under it is not taken for the headline."""
    raw = "\n".join(["Bridge news", "Who needs a ferry when the lorries can take the harbour bridge?",
                     STORY[0], "Share this"])
    assert clean(Document(id="t", raw=raw)).article.headline != "Who needs a ferry when the lorries can take the " \
                                                                "harbour bridge?"


def test_title_sharing_many_words_wins_over_a_first_line_sharing_one_by_chance():
    """A promo over the headline shares one word with the story by chance ('Full inspection archive for subscribers'
    shares 'inspection'); the title under it shares four or more: the title is the headline. A first line sharing
    two words stays the headline (the twenty-second session's finding)."""
    promo = "Full inspection archive for subscribers"
    article = clean(Document(id="t", raw="\n".join([promo, HEADLINE, *STORY]))).article
    assert article.headline == HEADLINE
    first = "Latest harbour bridge news and views from our desk"
    assert find_headline([first, HEADLINE, *STORY]).index == 0


def test_numbered_list_above_the_story_is_not_the_headline():
    """A ranked list ("1. …", "2. …") above the story is a list's entries, however many words one shares with the
    story; a greeting under the masthead does not end the search (twenty-seventh session)."""
    listed = ["THE HARBOUR BRIEF", "Good morning. Here is what you need to know today.", "IN THIS EDITION",
              "1. Harbour bridge inspectors report cracked girders", "2. Ferry fares frozen for the summer",
              "3. Cricket club opens new pavilion", "TOP STORY"]
    article = clean(Document(id="t", raw="\n".join([*listed, HEADLINE, *STORY]))).article
    assert article.headline == HEADLINE
    assert "1. Harbour bridge inspectors report cracked girders" not in article.text


def test_a_sentence_sharing_the_story_still_ends_the_search():
    """Only a short sentence sharing no word with the story is passed over as a greeting; one that tells the story
    is the story's (a live page's summary), and the title above it stays the headline."""
    summary = "Live updates as the council decides on the harbour bridge."
    raw = "\n".join(["Transport", HEADLINE, summary, "Ferry fares frozen for the summer", *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_ticker_joined_by_repeated_separators_is_not_the_headline():
    """A ticker of titles joined by "•••" on one line is a menu's line, not the headline (it shares "council" and
    "bridge" with the story)."""
    ticker = "Council vote on bridge budget delayed ••• Ferry fares frozen ••• Storm warning for the coast"
    article = clean(Document(id="t", raw="\n".join(["The Harbour Times", ticker, "Transport", HEADLINE, *STORY])))
    assert article.article.headline == HEADLINE


def test_headline_printed_again_under_the_page_title():
    """A whole-page scrape opens with the page's title ("Headline - Site"), then its menus, then the headline alone:
    the headline is the line alone, and the title and the menus above it go (twenty-seventh session)."""
    menu = ["Home", "News", "Harbour and coast", "Markets", "Sport", "Weather"]
    raw = "\n".join([f"{HEADLINE} - The Harbour Times", *menu, HEADLINE, *STORY])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == HEADLINE
    assert "Harbour and coast" not in article.text


def test_page_title_copy_below_the_first_paragraphs_is_not_the_headline():
    """The same title printed again after the story's first paragraphs (a link to it, a subheading) is not the
    headline: the copy is looked for above the story's first long paragraph only."""
    raw = "\n".join([f"{HEADLINE} - The Harbour Times", *STORY[:2], HEADLINE, STORY[2]])
    article = clean(Document(id="t", raw=raw)).article
    assert STORY[0] in article.text


def test_page_title_on_the_first_line_names_the_headline_past_a_teaser():
    """The page's title on its first line ("Headline | Site", a menu's shape) names the headline even when the finder
    would take a teaser sharing two words with the story ('harbour', 'council')."""
    teaser = "Harbour council freezes ferry fares for the summer"
    raw = "\n".join([f"{HEADLINE} | The Harbour Times", "Home", "News", teaser, HEADLINE, *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_page_title_with_its_section_first_leads_to_the_headline_alone():
    """"Opinion | Headline - Site" on the first line, "Opinion | Headline" under the menu, then the headline alone: the
    headline is the line alone (the copies are followed down while one is a title of the next)."""
    raw = "\n".join([f"Opinion | {HEADLINE} - The Harbour Times", "Sections", "Today's Paper", f"Opinion | {HEADLINE}",
                     "Opinion", HEADLINE, *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_first_line_passed_over_and_printed_again_whole_is_the_page_title():
    """A first line ending with a full stop (the finder passes it over) printed again whole under the menus is the
    page's title: its copy is the headline, not the menu's first entry, even when the core the finder reads (a
    promo's, say) shares no word with it."""
    title = "Stadia Version Misses Its Smooth Sixty Goal"  # no word in common with the opening the finder reads
    choice = find_headline([title + ".", "HTN", "Gaming", "Markets", "Tip us", title, *STORY])
    assert choice.index == 5


def test_page_title_copy_closing_on_a_quotation_is_the_headline():
    """A headline closing on a quotation reads as a paragraph of the story; its copy under the page's title is still
    found (the search runs down to the story's first long paragraph)."""
    headline = "Harbour bridge to close to lorries after inspectors find cracked girders – ‘We cannot wait any longer’"
    choice = find_headline([f"{headline} | Transport | News | HarbourTimes.co.uk",
                            "Times. Home of the Daily and Sunday Times.", "Apps Puzzles Shop Paper", headline, *STORY])
    assert choice.index == 3


def test_caption_over_the_headline_does_not_make_the_masthead_the_headline():
    """A gallery's caption (one long sentence about the picture, sharing the story's words) between the masthead and
    the headline opens the core the finder reads; the title under it, shorter than it, is the headline, and the
    caption goes (twenty-eighth session)."""
    caption = "Lorries wait in line at the approach to the old harbour bridge on a wet morning last week."
    article = clean(Document(id="t", raw="\n".join(["THE HARBOUR TIMES", "Transport", caption, HEADLINE,
                                                     "By Jane Roe", *STORY]))).article
    assert article.headline == HEADLINE
    assert caption not in article.text


def test_quote_or_notice_in_sentences_under_the_masthead_is_passed_over():
    """A pull quote or a notice written as a sentence under a masthead (a label) is not the story's start: the finder
    reads on to the title under it."""
    quote = "\u201cWe cannot let the lorries use a cracked bridge,\u201d the council leader said."
    notice = ("Our reporting is free to read for everyone, and it will stay that way as long as readers keep helping "
              "us pay for it.")
    for lines in (["The Harbour Times", quote, HEADLINE], ["THE HARBOUR TIMES", notice, "Transport", HEADLINE]):
        assert clean(Document(id="t", raw="\n".join([*lines, *STORY]))).article.headline == HEADLINE


def test_headline_of_few_short_sentences_keeps_its_standfirst_under_it():
    """A headline written as two short sentences with a standfirst under it is not a caption over a title."""
    headline = "The harbour bridge is cracking. Our council is not ready to fix it."
    standfirst = "Lorries will queue at the ring road unless engineers are hired, not just promised"
    raw = "\n".join(["THE COASTAL TIMES", "Opinion", headline, standfirst, *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == headline


def test_short_headline_over_a_masthead_sharing_a_word_by_chance():
    """A masthead in capitals sharing one word with the story ('harbour') against a short headline in ordinary case
    sharing two: the headline, which both shares more and is better shaped."""
    raw = "\n".join(["THE HARBOUR TIMES", "Transport", "Harbour bridge shuts", "By Jane Roe", *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == "Harbour bridge shuts"


def test_title_under_a_desk_name_in_capitals_sharing_one_word():
    """A desk's name in capitals sharing a word by chance ('COASTAL') and a one-word section label are passed over for
    the title under them, although the title shares no word with the story."""
    title = "A Quiet Deal Nobody Expected"
    raw = "\n".join(["COASTAL AFFAIRS DESK", "Analysis", title, "By Jane Roe",
                     "The coastal councils agreed on Tuesday to share the cost of the old harbour bridge repairs, "
                     "after an inspection found cracks in two of its steel girders.", *STORY[1:]])
    assert clean(Document(id="t", raw=raw)).article.headline == title


def test_close_call_between_two_labels_says_so():
    """Two section labels above the story, each sharing one word with it and nothing else to tell them apart: the
    first is taken and the page says which other line had as much evidence."""
    doc = clean(Document(id="t", raw="\n".join(["Harbour", "Council", *STORY])))
    assert doc.article.headline == "Harbour"
    assert any("close call" in warning and "Council" in warning for warning in doc.warnings)
    assert not any("close call" in w for w in clean(Document(id="t", raw="\n".join([HEADLINE, *STORY]))).warnings)


def test_block_does_not_spread_over_the_headline_printed_under_the_page_title():
    """The headline printed again under the page's title sits between two lines of a contact box and a tag line; the
    box's reason does not spread over it, since the finder is sure of it (its page title names it)."""
    raw = "\n".join([f"{HEADLINE} - The Harbour Times", "Home", "News", "Sport", "Contact us", HEADLINE,
                     "Filed Under: harbour, bridge, lorries", *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_headline_nearly_the_page_title_under_the_menus():
    """The headline under the menus gives a name in full that the page's title shortens ("Jane Roe's" / "Roe's"): a
    near copy of the title (the same words in the same order but one) is the headline, not the section label."""
    title = "Harbour Week 2026 | Roe's plan to close the old bridge to lorries"
    copy = "Harbour Week 2026 | Jane Roe's plan to close the old bridge to lorries"
    choice = find_headline([title, "Architecture", "Design", copy, *STORY])
    assert choice.index == 3
    assert find_headline(["Harbour Week 2026 | Roe's plan for ferries", "Design", "Harbour Week 2026 | Doe's plan "
                          "for the old lighthouse and its keepers' cottages", *STORY]).index != 2  # another story


def test_short_headline_in_sentence_case_over_its_standfirst():
    """A four-word headline in sentence case sharing two words with the story, right above a standfirst with no full
    stop (a longer title-shaped line that shares more): the short line is the headline, not a section's label."""
    standfirst = ("Inspectors found cracks in two girders of the old harbour bridge; the council voted on Tuesday to "
                  "close it to heavy traffic")
    raw = "\n".join(["THE HARBOUR TIMES", "Transport", "Bridge closes to lorries", standfirst, "By Jane Roe", *STORY])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == "Bridge closes to lorries"
    assert article.standfirst == standfirst
    raw = "\n".join(["THE HARBOUR TIMES", "Harbour Bridge", HEADLINE, *STORY])  # a topic label in title case
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_headline_as_a_sentence_under_a_masthead_sharing_a_word():
    """A masthead in capitals shares one word with the story by chance ('harbour'); a headline that ends with a full
    stop or asks a question (the core's first line) is the headline. (A headline in capitals under it is not told
    apart from a headline in capitals split over two lines, and is left to the first.)"""
    for headline in (HEADLINE + ".", "Will the harbour bridge close to lorries for good?"):
        raw = "\n".join(["THE HARBOUR TIMES", "Transport", headline, "By Jane Roe", *STORY])
        assert clean(Document(id="t", raw=raw)).article.headline == headline


def test_headline_cut_out_of_the_page_title_when_printed_nowhere_else():
    """A scrape keeping the page's title ("Headline | Site") and menus but not the headline itself: the title's
    headline part, which tells the story, is the headline, and the title line goes."""
    raw = "\n".join([f"{HEADLINE} | The Harbour Times", "Home", "News", "Transport", *STORY])
    article = clean(Document(id="t", raw=raw)).article
    assert article.headline == HEADLINE
    assert "The Harbour Times" not in article.text
    raw = "\n".join(["Home | Sport | Weather", "News", HEADLINE, *STORY])  # a menu is no title: the headline stands
    assert clean(Document(id="t", raw=raw)).article.headline == HEADLINE


def test_title_sharing_as_many_words_as_the_masthead_wins_over_it():
    """Menu entries of five words or more share nothing; the masthead ('The Harbour Times') and the headline under
    them share one word each with the story: the title telling the story is the headline, not the site's name."""
    title = "A Crossing Too Far for the Haulage Trade"  # 'crossing' is the story's word
    raw = "\n".join(["The Harbour Times", "Politics and Government News Today", "Business and Markets From the Coast",
                     title, "By Jane Roe", *STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == title

LIVE_PAGES = [
    [
        "Harbour strike: dockers and port board agree two-day pause - live",
        "LIVE | Harbour dispute",
        "Summary",
        "- Dockers and port board agree two-day pause after council talks",
        "- Ferry operators cancel evening sailings",
        "- Fishermen warn of spoiled catch after cold store closed",
        "Ferry runs resume at noon",
        "The first ferry left the harbour at noon, the operator said, and evening sailings would run as usual from "
        "Thursday.",
        "Cold store closed",
        "Fishermen said the cold store had closed on Monday and that a day's catch would spoil unless it reopened "
        "before the weekend.",
    ],
    [
        "Valdoria election: results from all twelve provinces - live",
        "LIVE | Valdoria votes",
        "Key events",
        "- Turnout reported above sixty per cent in the northern provinces",
        "- Opposition leader casts her vote in the capital",
        "- Electoral commission says counting of postal ballots delayed by storm",
        "Storm delays postal count",
        "The electoral commission said counting of postal ballots in the coastal provinces was delayed by the storm "
        "and would resume on Monday.",
        "Polls close in the south",
        "Polling stations in the southern provinces closed at eight, and officials began counting ballots by "
        "lamplight in two towns.",
    ],
]


@pytest.mark.parametrize("lines", LIVE_PAGES)
def test_a_live_pages_title_is_not_passed_over_for_a_later_summary_bullet(lines):
    # the live entries the core opens with share one word with the title; a summary bullet further down shares more
    # with them, but only the next title sharing words may take over from a first sharing one (twenty-fourth session)
    assert find_headline(lines).index == 0


DREDGING_STORY = [
    "PORT ELLIS, March 3 (Coastwire) - The harbour board of Port Ellis on Monday approved a plan to dredge the "
    "northern channel so that larger grain ships can dock, after a vote that split the board seven to five.",
    "The dredging plan will cost about 40 million crowns and take two years, the board said, and the city will pay "
    "a third of it from the harbour fees it collects from shipping lines.",
    "Fishermen who use the northern channel said the work would close their moorings for months and asked the "
    "board to pay for temporary berths on the southern quay.",
]


@pytest.mark.parametrize("above", [
    "BRIEFS - Valdoria: harbour pilots end strike - Norland: board of trade names new chair",  # a ticker of others
    "Harbour Hour, episode 40: what the board argued about all night",  # an episode's title above the story
])
def test_the_storys_own_title_over_it_wins_over_a_title_above_sharing_a_word_or_two(above):
    title = "Port Ellis harbour board approves dredging plan for northern channel"
    lines = ["Coastwire", above, "03/03/2027 14:10", title, *DREDGING_STORY]
    assert clean(Document(id="t", raw="\n".join(lines))).article.headline == title


def test_a_later_title_sharing_less_than_three_times_the_first_does_not_take_over():
    # the first title shares two words with the story; one sharing five is no proof that the first is chrome
    first = "Dredging row splits Port Ellis"
    lines = ["Coastwire", first, "03/03/2027 14:10", "Harbour board approves plan for the northern channel",
             *DREDGING_STORY]
    assert clean(Document(id="t", raw="\n".join(lines))).article.headline == first


def test_headline_under_a_now_playing_strip_and_a_ticker_of_figures():
    """Twenty-ninth session (second round): a broadcaster's "ON AIR NOW: …" strip over the menu is chrome, so the
    finder goes on past it to the story's title instead of taking the air-quality ticker above it for a page title."""
    from conftest import HARBOUR_STORY
    raw = "\n".join(["HARBOUR 9 | The coast's own channel", "Port Ellis AQI 150 (Poor) · Alder AQI 120 · Temp 30°C",
                     "ON AIR NOW: Morning Report with Jane R.", "News   Video   Weather", *HARBOUR_STORY])
    assert clean(Document(id="t", raw=raw)).article.headline == HARBOUR_STORY[0]
