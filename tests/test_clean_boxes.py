"""Issue #10, twenty-fourth session: the pitch inside a newsletter box goes with it (``clean/boxes.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.boxes import appeal_boxes, linked_boxes, posts_under_headers
from newsevents.clean.scorer import judge_lines

STORY = HARBOUR_STORY  # conftest: a short story of our own
CLOSE = ["The ferry company said it would move its boats to the northern pier, where a new hall opens in spring."]


def test_pitch_between_a_newsletter_label_and_its_form_goes():
    box = ["Sign up for our weekly newsletter", "The harbour towns in five stories, every Friday.", "Email address",
           "Subscribe"]
    lines = [*STORY, *box, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY) + 1] == "subscription-appeal", list(zip(lines, reasons, strict=True))
    assert reasons[-1] is None and reasons[1:len(STORY)] == [None] * (len(STORY) - 1)


def test_line_between_two_appeals_of_other_kinds_or_a_menu_entry_stays():
    lines = ["Subscribe", "The council will meet again on Monday.", "Donate", "Subscribe", "e-edition", "Subscribe"]
    reasons = ["subscription-appeal", None, "donation-appeal", "subscription-appeal", None, "subscription-appeal"]
    assert appeal_boxes(lines, reasons, None) == reasons


def test_box_between_skip_links_goes_with_its_kind():
    """An accessible page wraps an embedded post and a newsletter promotion in skip links; the post's text and the
    pitch between them are the box's."""
    post = ["Skip twitter post by Tom Bell", "The council did not even tell us. Forty families lose their living "
            "tonight and nobody asked us once.", "End of twitter post by Tom Bell"]
    promo = ["Skip past newsletter promotion", "The week's harbour news, in one email every Friday.",
             "after newsletter promotion"]
    lines = [*STORY, *post, *promo, *CLOSE]
    reasons = judge_lines(lines)
    at = len(STORY)
    assert reasons[at:at + 3] == ["social-embed"] * 3, list(zip(lines, reasons, strict=True))
    assert reasons[at + 3:at + 6] == ["subscription-appeal"] * 3
    assert reasons[-1] is None and reasons[1:at] == [None] * (at - 1)


def test_skip_link_without_its_closing_line_takes_nothing():
    lines = [*STORY[:2], "Skip to content", *STORY[2:], "End of the story"]
    reasons = judge_lines(lines)
    assert reasons[3:5] == [None, None]


def test_links_between_a_screen_readers_list_markers_go():
    """Teasers written as sentences sharing the story's words, which no title rule takes, are the list's between its
    markers."""
    box = ["list of 3 items", "Traders say the council ignored them over the terminal.",
           "How the old ferry terminal lost four million dollars in ten years.",
           "The mayor says the money will go to schools and roads.", "end of list"]
    lines = [*STORY, *box, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY):len(STORY) + 5] == ["related-links"] * 5, list(zip(lines, reasons, strict=True))
    assert reasons[-1] is None


def test_post_between_its_header_and_its_footer_goes():
    """A post copied from its page: the author's name over the handle, a verified author's name over the text and
    the views under it."""
    post = ["Harbour Traders", "@harbourtraders", "Harbour Ferries ✅",
            "Our boats move to the northern pier from April 1. Timetables on our website.", "12.3K views 09:14"]
    lines = [*STORY, *post, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY):len(STORY) + 5] == ["social-embed"] * 5, list(zip(lines, reasons, strict=True))
    assert reasons[-1] is None


def test_paragraphs_after_a_handle_up_to_the_next_posts_date_stay():
    """A handle, two of the story's paragraphs, the next post's author and its Facebook date (ending in "·"): no
    footer closes the first post, so the paragraphs stay."""
    lines = ["@cityparksdept", "The department said later that its account had been run by an intern.",
             "Some residents defended him at a meeting that evening.", "Harbour Cycling Club",
             "March 4 at 9:14 AM ·"]
    reasons = ["social-embed", None, None, "social-embed", "social-embed"]
    assert posts_under_headers(lines, reasons, None) == reasons


def test_box_promoting_another_piece_goes_label_to_link():
    """Twenty-fifth session: a bare label, the other piece's title and blurb, then its link closing the box."""
    box = ["EXPLAINER", "How does a council close a terminal?",
           "A council may close a public building after a vote of its members and a month of notice to the town.",
           "Read the full explainer →"]
    lines = [*STORY, *box, *CLOSE]
    reasons = judge_lines(lines)
    at = len(STORY)
    assert all(reasons[at:at + 4]), list(zip(lines, reasons, strict=True))
    assert reasons[-1] is None and reasons[1:at] == [None] * (at - 1)


def test_story_section_under_a_capital_label_with_no_link_stays():
    lines = ["BACKGROUND", "The terminal opened in 1998 and lost money from its third year.", "Read more"]
    assert linked_boxes(lines, [None, None, None], None) == [None, None, None]
    assert linked_boxes(lines[:2], [None, None], None) == [None, None]


def test_live_entry_under_its_time_stamp_is_no_box():
    """Twenty-ninth session: a clock stamp in capitals heads a live page's entry; the entry's paragraph above a
    closing "Read more" link is the story's, not a box's blurb."""
    lines = ["09:15 CET", "Ferry strike ends", "The ferry crews went back to work at dawn after the union accepted the "
             "port's offer, which the members had rejected twice.", "Listen: the harbour master on the deal",
             "Read more"]
    reasons = linked_boxes(lines, [None, None, None, "related-links", "related-links"], None)
    assert reasons[:3] == [None, None, None]


def test_post_under_a_verified_badge_goes():
    """Twenty-sixth session: a bare handle over a "Verified" badge heads an embedded post; its text goes with it."""
    lines = [*HARBOUR_STORY[:2], "harbourtraders.official", "Verified",
             "Thirty years on this quay and nobody asked us. Shame on the council.",
             "View this post on Instagram", "A post shared by Harbour Traders (@harbourtraders.official)",
             *HARBOUR_STORY[2:]]
    reasons = judge_lines(lines)
    assert reasons[2:7] == ["social-embed"] * 5, list(zip(lines, reasons, strict=True))
    assert reasons[1] is None and reasons[7:] == [None] * len(HARBOUR_STORY[2:])
