"""Issue #10, twenty-sixth session: an embedded post's counts row known by its words (``clean/posts.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.posts import counts_row, post_with_counts
from newsevents.clean.scorer import judge_lines

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
