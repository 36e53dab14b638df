"""Tables of contents (``clean/contents.py``); a newsletter's contents, twenty-sixth session."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.contents import contents_lists
from newsevents.model import Document

NEWSLETTER = ["THE HARBOUR LETTER", "IN THIS ISSUE", "Harbour council votes to close", "What we're reading",
              "Dates for your diary", "TOP STORY", *HARBOUR_STORY, "WHAT WE'RE READING",
              "Port Alder: New pier opens (Alder Times)", "DATES FOR YOUR DIARY", "14 May - Council budget vote"]


def test_newsletter_contents_go_and_the_top_story_keeps_its_headline():
    article = clean(Document(id="n", raw="\n\n".join(NEWSLETTER))).article
    assert article.headline == HARBOUR_STORY[0]
    assert "What we're reading" in [r.text for r in article.removed]


def test_contents_run_stops_at_the_entry_coming_back():
    """The first entry opens the story's headline: the run of entries stops there, and the headline is no entry."""
    reasons = contents_lists(NEWSLETTER, [None] * len(NEWSLETTER))
    assert reasons[1:6] == ["navigation"] * 5 and reasons[6] is None


def test_a_list_under_in_this_issue_that_does_not_come_back_stays():
    lines = ["In this issue", "Harbour dues rise", "Ferry times change", *HARBOUR_STORY[1:]]
    assert contents_lists(lines, [None] * len(lines)) == [None] * len(lines)


def test_numbered_entries_come_back_as_short_headings_of_their_words():
    """Twenty-ninth session: a numbered entry comes back as a short heading made of its own words ("1. The vote: council
    closes the terminal" as "THE VOTE", "2. Ferry times, again" as "TIMES, AGAIN"); a heading of other words does
    not."""
    lines = ["In this issue", "1. The vote: council closes the terminal", "2. Ferry times, again",
             "3. What we're reading", "THE VOTE", *HARBOUR_STORY, "TIMES, AGAIN", "WHAT WE'RE READING"]
    reasons = contents_lists(lines, [None] * len(lines))
    top = 5 + len(HARBOUR_STORY)  # the other sections go as other pieces (thirtieth session)
    assert reasons[:4] == ["navigation"] * 4 and reasons[4:top] == [None] * (top - 4)
    assert reasons[top:] == ["related-links"] * 2
    lines = ["In this issue", "1. Harbour dues rise", "2. Ferry times change", "THE BUDGET", *HARBOUR_STORY[1:]]
    assert contents_lists(lines, [None] * len(lines)) == [None] * len(lines)


def test_arrowed_entries_under_a_label_of_its_own_coming_back_go():
    """Twenty-ninth session (second round): a newsletter's contents under its own label ("Inside today"), entries
    opening with an arrow, which come back as the sections' headings; a marked list that does not come back stays,
    and so does one a paragraph leads into with a colon."""
    lines = ["Inside today", "→ Council votes to close", "→ Ferry times", "→ Reader letters", "COUNCIL VOTES TO CLOSE",
             *HARBOUR_STORY, "FERRY TIMES", "READER LETTERS"]
    reasons = contents_lists(lines, [None] * len(lines))
    top = 5 + len(HARBOUR_STORY)  # the other sections go as other pieces (thirtieth session)
    assert reasons[:4] == ["navigation"] * 4 and reasons[4:top] == [None] * (top - 4)
    assert reasons[top:] == ["related-links"] * 2
    lines = ["Inside today", "→ Harbour dues rise", "→ Ferry times change", "→ Reader letters", *HARBOUR_STORY[1:]]
    assert contents_lists(lines, [None] * len(lines)) == [None] * len(lines)
    lines = ["The council listed three steps:", "→ Close the terminal", "→ Sell the site", "→ Pay the traders",
             "CLOSE THE TERMINAL", *HARBOUR_STORY[1:], "SELL THE SITE", "PAY THE TRADERS"]
    assert contents_lists(lines, [None] * len(lines)) == [None] * len(lines)


def test_a_newsletters_other_sections_go_and_an_articles_contents_keep_theirs():
    """Thirtieth session: under "In this issue" the first entry is the page's story; from the heading another entry
    names to the end are other pieces. Under an article's "Contents" every section is the article's."""
    sections = ["1. Council closes the terminal", "2. Ferry times change", "COUNCIL CLOSES THE TERMINAL",
                *HARBOUR_STORY, "FERRY TIMES CHANGE", "The morning ferry now leaves at seven, the harbour office said."]
    reasons = contents_lists(["In this issue", *sections], [None] * (len(sections) + 1))
    assert reasons[-2:] == ["related-links"] * 2 and reasons[-3] is None
    reasons = contents_lists(["Contents", *sections], [None] * (len(sections) + 1))
    assert reasons[-3:] == [None] * 3


def test_numbered_entry_printed_again_over_the_lead_story_is_its_headline():
    """The lead story's title, printed first as a numbered contents entry, heads its first paragraph again: the
    second copy is the section's title (thirty-second session), not a line the page printed twice."""
    title = "Harbour council votes to close the old swing bridge"
    lines = ["From: The Harbour Letter <letter@harbour.example>", "Subject: Tuesday: the bridge vote and more",
             "IN TODAY'S EDITION", f"1. {title}", "2. Ferry timetables change from June", "THE LEAD", title,
             *HARBOUR_STORY[1:]]
    article = clean(Document(id="n", raw="\n\n".join(lines))).article
    assert article.headline == title
    assert "Subject: Tuesday: the bridge vote and more" not in article.text


def test_a_paragraph_printed_twice_still_goes():
    """The rule stays for a scrape repeating a paragraph or a title printed twice that is no contents entry."""
    repeat = "Harbour council votes to close the old swing bridge"
    lines = [repeat, *HARBOUR_STORY[1:3], repeat, *HARBOUR_STORY[3:]]
    article = clean(Document(id="n", raw="\n\n".join(lines))).article
    assert article.text.count(repeat) == 1
