"""Issue #10, twenty-sixth session: an embedded post's counts row known by its words (``clean/posts.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean import clean
from newsevents.clean.posts import counts_row, post_with_counts
from newsevents.clean.scorer import judge_lines
from newsevents.model import Document

STORY = HARBOUR_STORY  # conftest: a short story of our own


def test_counts_rows_in_any_order_and_icons():
    for line in ("👍❤️ 312 · 41 comments · 9 shares", "88 · 12 comments · 4 shares",
                 "9:02 AM · Apr 2, 2026 · 3.1K Views", "🔥 Shares: 1,204 | 💬 77", "👁 2,318 views",
                 "April 2 at 9:02 AM · 🌎"):
        assert counts_row(line), line


def test_figures_and_dates_without_a_count_stay():
    for line in ("1,204 | 77", "April 2, 2026", "10:42", "The council voted 7 to 2.", "Like · Comment · Share",
                 "Shares of the ferry company fell 3 per cent."):
        assert not counts_row(line), line


def test_post_text_with_its_footer_on_one_line():
    assert post_with_counts('"The terminal stays open until May." 9:02 AM · Apr 2, 2026 · 3.1K Views')
    assert not post_with_counts("The council met at 9:02 AM. It voted 7 to 2 on the terminal.")


def test_counts_row_inside_the_story_goes():
    lines = [*STORY[:2], "👍❤️ 312 · 41 comments · 9 shares", *STORY[2:]]
    reasons = judge_lines(lines)
    assert reasons[2] == "social-embed", list(zip(lines, reasons, strict=True))
    assert reasons[1] is None and reasons[3:] == [None] * len(STORY[2:])


def test_post_between_its_lead_in_and_its_counts_row_goes():
    """Twenty-seventh session: the post's author and text between the article's lead-in ("…:") and the counts row
    go; the lead-in and the paragraphs around stay. With no lead-in, the lines over a counts row stay."""
    lead_in = "The traders' association posted a statement on its Facebook page after the vote:"
    post = ["Harbour Traders Association - Official", "Today the council has voted against the town. #SaveTheTerminal",
            "2.4K reactions · 611 comments · 1.1K shares"]
    raw = "\n".join([HARBOUR_STORY[0], HARBOUR_STORY[1], lead_in, *post, *HARBOUR_STORY[2:]])
    text = clean(Document(id="t", raw=raw)).article.text
    assert lead_in in text and HARBOUR_STORY[2] in text
    assert post[0] not in text and post[1] not in text
    raw = "\n".join([HARBOUR_STORY[0], HARBOUR_STORY[1], HARBOUR_STORY[2], post[2], HARBOUR_STORY[3]])
    assert HARBOUR_STORY[2] in clean(Document(id="t", raw=raw)).article.text


def test_post_under_a_bare_handle_over_its_likes_goes():
    """Twenty-ninth session: Instagram's "Liked by N others" is a counts row; the post's handle (no "@", a dot in it)
    and its text between handle and row go, the story's paragraphs around stay."""
    assert counts_row("Liked by 4,210 others · 388 comments")
    assert not counts_row("The motion was backed by 41 others.")
    post = ["harbour.traders_official", "Thirty years on this quay. We will be back on Monday. 🙏",
            "Liked by 4,210 others · 388 comments"]
    lines = [*STORY[:2], *post, *STORY[2:]]
    reasons = judge_lines(lines)
    assert reasons[2:5] == ["social-embed"] * 3, list(zip(lines, reasons, strict=True))
    assert reasons[1] is None and reasons[5:] == [None] * len(STORY[2:])


def test_post_under_a_platform_header_over_its_counts_goes():
    """Twenty-ninth session: a header naming the platform and the author ("Telegram · …", "Facebook post: …") over the
    post's text and its counts row, here a bare count under an eye icon; the story's paragraphs around stay."""
    assert counts_row("👁 52.3K") and not counts_row("€ 52") and not counts_row("— 12")
    post = ["Telegram · Port Ellis Harbour Authority", "The terminal is closed until further notice.", "👁 52.3K"]
    lines = [*STORY[:2], *post, *STORY[2:]]
    reasons = judge_lines(lines)
    assert reasons[2:5] == ["social-embed"] * 3, list(zip(lines, reasons, strict=True))
    assert reasons[1] is None and reasons[5:] == [None] * len(STORY[2:])
