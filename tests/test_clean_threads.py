"""Issue #10, thirtieth session: readers' comments told by their buttons (``clean/threads.py``), the page's notices
about its own workings (``boilerplate_more.tsv``), a newsletter's greeting and its contents' titled sections."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.boilerplate import boilerplate_reason
from newsevents.clean.contents import contents_lists, titled_by
from newsevents.clean.scorer import judge_lines
from newsevents.clean.threads import button_row, comment_threads
from newsevents.model import Document

THREAD = ["Join the discussion", "Marta Vidal", "3 hours ago",
          "Good piece. The terminal has been losing money for years and everyone in town knew it.", "Reply",
          "Tom Okafor", "2 hours ago", "The traders deserved a warning before the vote.",
          "They will take it to court, and they may well win.", "Like · Reply · Report"]


def test_comment_text_between_the_opener_and_its_reply_button_goes():
    lines = [*HARBOUR_STORY, *THREAD]
    reasons = judge_lines(lines)
    story = len(HARBOUR_STORY)
    assert reasons[:story] == [None] * story, list(zip(lines, reasons, strict=True))
    assert all(reason is not None for reason in reasons[story:]), list(zip(lines, reasons, strict=True))
    assert reasons[story + 3] == "comment-widget" and reasons[story + 8] == "comment-widget"


def test_button_rows():
    for line in ("Reply", "Like · Reply · Report", "12 Likes Reply", "↳ Reply", "Flag"):
        assert button_row(line, None), line
    for line in ("Like", "Share", "Reply to this story by e-mail.", "Report an error"):
        assert not button_row(line, None), line


def test_paragraphs_without_buttons_under_them_stay():
    """A "3 comments" link over the story, and no button row: the story is not a thread."""
    lines = ["3 comments", *HARBOUR_STORY[1:]]
    reasons = ["comment-widget"] + [None] * (len(lines) - 1)
    assert comment_threads(lines, reasons, None) == reasons


def test_more_lines_than_a_comment_holds_stay():
    """Between the opener and a button far down stand the story's paragraphs, not one comment."""
    body = [f"Paragraph {n} of the harbour story says what the council decided and why it did so." for n in range(6)]
    lines = ["12 comments", *body, "Reply"]
    reasons = ["comment-widget"] + [None] * len(body) + ["comment-widget"]
    assert comment_threads(lines, reasons, None)[1:-1] == [None] * len(body)


def test_notices_about_the_page_itself():
    for line, kind in (("Please turn on JavaScript to use this feature", "other"),
                       ("JavaScript is disabled in your browser.", "other"),
                       ("Type your email…", "other"), ("Search...", "other"),
                       ("Ruiz is a former harbour master and writes on shipping. Views expressed are his own.",
                        "disclaimer"),
                       ("Letters are welcome. We reserve the right to edit them for length.", "comment-policy"),
                       ("Support the Harbour Post. We rely on readers, not advertisers.", "donation-appeal"),
                       ("Thanks for reading The Harbour Letter! Tell a friend.", "subscription-appeal")):
        assert boilerplate_reason(line) == kind, line
    for line in ("The mayor said the views expressed at the meeting were not the council's.",
                 "Type of vessel: ferry", "Thanks for reading, she told the students.",
                 "The council said it relies on ferry dues for a third of its budget."):
        assert boilerplate_reason(line) is None, line


def test_a_contents_entry_stops_at_the_title_of_its_section():
    """The top story's title holds every word of its entry ("Harbour council votes" in "Harbour council votes to
    close the old ferry terminal"): the contents end there and the title stays."""
    assert titled_by(HARBOUR_STORY[0], "1. Harbour council votes")
    assert not titled_by("Harbour council", "1. Harbour council votes")
    lines = ["IN THIS ISSUE", "1. Harbour council votes", "2. What we're reading", "THE BIG STORY", *HARBOUR_STORY,
             "WHAT WE'RE READING", "A new pier for Port Alder (Alder Times)"]
    reasons = contents_lists(lines, [None] * len(lines))
    assert reasons[:4] == ["navigation"] * 4 and reasons[4:-2] == [None] * len(HARBOUR_STORY)
    assert reasons[-2:] == ["related-links"] * 2  # the second entry's section: another piece


def test_a_newsletter_greeting_over_the_story_is_passed_for_its_title():
    page = ["THE HARBOUR LETTER", "Your Monday note on the port and its people",
            "Good morning, readers. Today: the council's ferry vote and a new pier in Port Alder.",
            "IN THIS ISSUE", "1. Harbour council votes", "2. What we're reading", "THE BIG STORY", *HARBOUR_STORY,
            "WHAT WE'RE READING", "A new pier for Port Alder (Alder Times)"]
    article = clean(Document(id="g", raw="\n\n".join(page))).article
    assert article.headline == HARBOUR_STORY[0]
    assert "Good morning, readers." not in article.text
    assert HARBOUR_STORY[1] in article.text


def test_a_greeting_is_a_salutation_not_a_word_it_opens():
    from newsevents.clean.headline import GREETING
    assert GREETING.match("Hi, readers. Today: the ferry vote.") and GREETING.match("Good morning, and welcome.")
    assert not GREETING.match("Hi-tech firms rose, the harbour index said.")


def test_a_story_opening_with_hello_keeps_its_headline():
    page = [HARBOUR_STORY[0], "Hello, said the mayor to the traders who had gathered outside the terminal on Tuesday "
            "morning to hear the council's decision.", *HARBOUR_STORY[1:]]
    article = clean(Document(id="h", raw="\n\n".join(page))).article
    assert article.headline == HARBOUR_STORY[0]
    assert page[1] in article.text


def test_more_notices_in_general_wording():
    for line, kind in (("Comments on guest columns close after 48 hours.", "comment-policy"),
                       ("You received this because you signed up to The Harbour Letter.", "subscription-appeal"),
                       ("Page 2 of 3", "navigation"), ("Printer-friendly version", "navigation"),
                       ("Discover more from The Harbour Letter", "subscription-appeal"),
                       ("The Harbour Letter is a reader-supported publication.", "subscription-appeal"),
                       ("We acknowledge that Port Alder stands on the traditional lands of the Alder people.",
                        "disclaimer"),
                       ("VOL. 4, NO. 11 — MAY 2026", "date-line"),
                       ("Print €2 · Digital €6 a month", "subscription-appeal")):
        assert boilerplate_reason(line) == kind, line
    for line in ("Ferry traffic fell to 2,978 from 3,808 a year", "The digital plan costs €6 a month.",
                 "Sign up for a Harbour Ferries pass for $9.99 a month",  # a deals page's line, the article's
                 "Page 3 of the council's report lists the losses.",
                 "We acknowledge the traders' anger, the mayor said."):
        assert boilerplate_reason(line) is None, line


def test_a_bio_with_a_particle_in_the_writers_name():
    from newsevents.clean.signals import BIO
    assert BIO.search("Iona Mac a' Bhàird has covered the harbour since 2011.")
    assert BIO.search("Ana de la Cruz has covered the port for 12 years.")
    assert not BIO.search("The council has covered the losses since 2011.")


def test_a_sign_up_closing_on_its_address_and_a_prompt_to_pass_it_on():
    assert boilerplate_reason("Get the Harbour Letter every Monday — sign up at harbourletter.example/signup") \
        == "subscription-appeal"
    assert boilerplate_reason("Liked this? Forward it to a friend who loves ferries. New here? Join below.") \
        == "subscription-appeal"
    for line in ("Traders can sign up at the harbour office until Friday.",
                 "The mayor said she would forward the petition to the council."):
        assert boilerplate_reason(line) is None, line
