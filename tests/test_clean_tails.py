"""Issue #10, nineteenth session: the page's tail after the article's last paragraph (``clean/tails.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.scorer import judge_lines
from newsevents.clean.tails import TAIL_REASON, closing_tail, footer_entry, labelled_runs

CLOSE_PARAGRAPH = "The ferry company said it would move its boats to the northern pier, where a hall opens in May."

STORY = [
    "Harbour council backs new ferry timetable",
    "The Harbour Town council voted on Tuesday to add two evening ferries to the island route from next month.",
    "Councillor Ana Ruiz said the later boats would let islanders work full shifts on the mainland without "
    "paying for a night in town.",
    "The ferry company has agreed to run the extra crossings for a trial period of six months.",
]


def test_clean_tail_footer_menu_and_ranked_links_go():
    """A numbered "most read" list (its ranks on their own lines), lower-case menu entries and "Previous Next",
    after the last paragraph and around a copyright line, are the site's footer."""
    footer = ["Previous Next", "4", "Storm closes coastal road for a second night", "5",
              "Bakery on Quay Street wins regional prize", "news", "sport", "weather",
              "© 2026 Harbour Gazette Ltd. All rights reserved.", "Terms of Use"]
    lines = STORY + footer
    reasons = judge_lines(lines)
    assert all(reason is None for reason in reasons[:len(STORY)])
    assert all(reason is not None for reason in reasons[len(STORY):]), list(zip(lines, reasons, strict=True))
    assert reasons[lines.index("sport")] == TAIL_REASON


def test_clean_tail_needs_chrome_and_no_sentence():
    """Without a line the rules removed in the tail, or with a sentence among the lines left, the tail stays;
    so do a list the story introduces, a poem's lines, a sign-off and an outline's entries."""
    bare = ["Storm closes coastal road for a second night", "Bakery on Quay Street wins regional prize"]
    reasons = [None] * (len(STORY) + len(bare))
    assert closing_tail(STORY + bare, reasons, None) == reasons
    chrome = ["Share this:"]
    with_sentence = STORY + bare + ["The council meets again in May."] + chrome
    reasons = [None] * (len(with_sentence) - 1) + ["share-follow"]
    assert closing_tail(with_sentence, reasons, None)[len(STORY):len(STORY) + 2] == [None, None]
    for entry in ("Blessed be the harbour, Ellen", "in midst of mortal pain,", "Policies:", "12.12 Vytek Laser Systems",
                  "(To be continued)", "To learn more about the trial and the timetable please visit the council",
                  "Shr 1.25 dlrs vs 1.10"):
        assert not footer_entry(entry), entry
    for entry in ("7", "Terms of Use", "Bakery on Quay Street wins regional prize", "home page"):
        assert footer_entry(entry), entry


def test_clean_tail_spares_the_storys_own_list():
    """A list closing the story, its entries marked, stays even with a share bar under it."""
    lines = [*STORY, "- Spinach", "- Almonds", "- Black beans", "Share this:", "Facebook", "Twitter"]
    reasons = judge_lines(lines)
    assert reasons[len(STORY):len(STORY) + 3] == [None, None, None]


def test_clean_labelled_run_between_story_and_comments_goes():
    """A "Latest" box of short titles between the story and its readers' comments (prose below it,
    so no tail rule reaches it): the label and the titles under it are related links; the comment stays."""
    box = ["Latest", "Ferry fares", "Island schools", "Harbour weather"]
    comment = ["I have taken the late boat twice now and it was full both times, so the council was right to act."]
    lines = STORY + box + comment
    reasons = judge_lines(lines)
    assert reasons[len(STORY):len(STORY) + len(box)] == ["related-links"] * len(box), reasons
    assert reasons[-1] is None and all(reason is None for reason in reasons[:len(STORY)])


def test_clean_labelled_run_needs_two_entries():
    """A label over one short line and a paragraph is left to the other rules; so is a label over sentences."""
    from newsevents.clean.tails import labelled_runs

    one = [*STORY, "Popular", "Ferry times", STORY[2]]
    assert labelled_runs(one, [None] * len(one), None) == [None] * len(one)
    sentences = [*STORY, "Related", "The council met again on Friday.", "It voted for the plan."]
    assert labelled_runs(sentences, [None] * len(sentences), None) == [None] * len(sentences)


def test_clean_labelled_run_goes_on_through_lines_the_rules_took():
    """Twentieth session: a line the rules already took inside the box (its "More" button, a date) does not end the
    run; the kept titles after it go too, and the run still ends at the next paragraph."""
    from newsevents.clean.tails import labelled_runs

    lines = [*STORY, "Latest", "Ferry fares", "More", "Island schools", "Harbour weather", STORY[2]]
    reasons = [None] * len(lines)
    reasons[len(STORY) + 2] = "related-links"
    out = labelled_runs(lines, reasons, None)
    assert out[len(STORY):len(STORY) + 5] == ["related-links"] * 5 and out[-1] is None, out
    assert all(reason is None for reason in out[:len(STORY)])


MENU = ["News", "Business", "Sport", "Weather", "Letters", "Jobs", "Obituaries"]


def test_clean_head_menu_before_the_core_goes():
    """Section names in a row between the headline and the first paragraph are the site's menu (navigation)."""
    lines = [STORY[0], *MENU, *STORY[1:]]
    reasons = judge_lines(lines)
    assert reasons[1:1 + len(MENU)] == ["navigation"] * len(MENU), reasons
    assert all(reason is None for reason in reasons[1 + len(MENU):])


def test_clean_head_menu_spares_introduced_lists_and_short_runs():
    """A list the line above introduces stays, so does a run of five, and a line sharing the story's words
    (a subheading) breaks the run."""
    from newsevents.clean.tails import head_menus

    lead = "The crews on the new evening boats are"
    for lines in ([STORY[0], lead, *MENU, *STORY[1:]], [STORY[0], *MENU[:5], *STORY[1:]],
                  [STORY[0], *MENU[:3], "Ferry timetable", *MENU[3:], *STORY[1:]]):
        assert head_menus(lines, [None] * len(lines), 0) == [None] * len(lines), lines


def test_clean_head_menu_runs_through_lines_the_rules_took():
    """Twentieth session: a menu whose run a line the rules already took interrupts ("Subscribe", a byline-like
    label) is one menu; only the kept entries change reason, and a stretch after a lead-in still stays."""
    from newsevents.clean.tails import head_menus

    lines = [STORY[0], *MENU[:3], "Subscribe", *MENU[3:], *STORY[1:]]
    reasons = [None] * len(lines)
    reasons[4] = "subscription-appeal"
    out = head_menus(lines, reasons, 0)
    assert out[1:4] == ["navigation"] * 3 and out[4] == "subscription-appeal", out
    assert out[5:5 + len(MENU[3:])] == ["navigation"] * len(MENU[3:]), out
    assert all(reason is None for reason in out[5 + len(MENU[3:]):])
    lead = "The crews on the new evening boats are"
    lines = [STORY[0], lead, *MENU[:3], "Subscribe", *MENU[3:], *STORY[1:]]
    reasons = [None] * len(lines)
    reasons[5] = "subscription-appeal"
    out = head_menus(lines, reasons, 0)
    assert out[2:5] == [None] * 3 and out[6:6 + len(MENU[3:])] == ["navigation"] * len(MENU[3:]), out


def test_clean_tail_spares_interrupted_wire_copy():
    """Wire copy cut off mid-word closes on its mark ("INTERRUPTED"): not a footer, even after a repeated
    paragraph the rules removed."""
    lines = [*STORY, STORY[2], "The ferry company's revenue fell to 3.1 mln crowns aft", "INTERRUPTED"]
    reasons = [None] * len(STORY) + ["other", None, None]
    assert closing_tail(lines, reasons, None) == reasons


def test_labelled_box_with_a_question_title_and_a_taken_link():
    """Twenty-sixth session: a box's title may ask a question, and a link the rules took counts toward the run."""
    lines = [*HARBOUR_STORY, "MORE ON THIS", "Harbour Town: the port at the centre of the dispute",
             "What is the ferry levy and is it working?", CLOSE_PARAGRAPH]
    reasons = [None] * len(HARBOUR_STORY) + ["related-links", "related-links", None, None]
    out = labelled_runs(lines, reasons, 0)
    assert out[len(HARBOUR_STORY) + 2] == "related-links" and out[-1] is None
    asked = [*HARBOUR_STORY, "MORE ON THIS", "Harbour Town: the port at the centre of the dispute",
             "What do you think of the ferry levy?", CLOSE_PARAGRAPH]
    assert labelled_runs(asked, reasons, 0)[len(HARBOUR_STORY) + 2] is None  # a question to the reader stays
