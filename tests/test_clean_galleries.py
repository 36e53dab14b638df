"""Issue #10, twenty-sixth session: a gallery's caption, told by the counter above it (``clean/galleries.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.galleries import counter_caption, gallery_captions, gallery_counter
from newsevents.clean.scorer import judge_lines

STORY = HARBOUR_STORY  # conftest: a short story of our own, told in the past


def test_counters():
    for line in ("1 of 12", "Image 3 of 8", "4 / 10", "Photo 2 of 5"):
        assert gallery_counter(line), line
    for line in ("Part 1 of 3", "9 of 4", "12 of 12 members", "3/4 cup"):
        assert not gallery_counter(line), line


def test_caption_under_a_counter_goes_in_any_tense():
    past = "Stall holders packed up their tables on the quay on the last morning of trading."
    lines = [*STORY[:2], "2 of 9", past, *STORY[2:]]
    reasons = judge_lines(lines)
    assert reasons[2] is not None and reasons[3] == "photo-caption", list(zip(lines, reasons, strict=True))
    assert reasons[1] is None and reasons[4:] == [None] * len(STORY[2:])


def test_gallery_caption_above_the_headline_is_not_taken_for_it():
    lines = ["Gallery", "1 of 9", "Ferry passengers wait on the old pier as the last boat comes in.", *STORY]
    reasons = judge_lines(lines)
    assert reasons[2] == "photo-caption" and reasons[3] is None


def test_the_story_under_a_counter_stays():
    """A quotation, a question, a dateline's paragraph, a long paragraph under a counter are not its caption."""
    for line in ('"We were never asked," one trader said.', "What will happen to the stalls?",
                 "HARBOUR TOWN, March 3 (Reuters) - The council voted to close the terminal.",
                 " ".join(["The council met for six hours."] * 3)):
        assert not counter_caption(line), line
    lines = ["3 of 7", "A trader said the vote was rushed."]
    assert gallery_captions(lines, [None, None], None) == [None, None]  # a counter the rules kept: no gallery


def test_caption_above_a_counter_with_a_credit_under_it():
    """A gallery printing its caption above the counter and a credit or a control under it."""
    caption = "A trader closed her stall on the quay for the last time."
    lines = [*STORY[:2], caption, "4 of 9", "HTA", *STORY[2:]]
    reasons = gallery_captions(lines, [None, None, None, "photo-caption", None, None, None], 0)
    assert reasons[2] == "photo-caption" and reasons[1] is None


def test_paragraph_above_a_counter_whose_caption_is_under_it_stays():
    """Twenty-sixth session: "5 / 14" is no photographer's credit, so the paragraph above it is no caption."""
    lines = [*STORY, "The terminal will close at the end of the summer season.", "5 / 14",
             "Police stood guard as the ballot boxes were loaded onto a truck.", "Share this gallery"]
    reasons = judge_lines(lines)
    assert reasons[1:len(STORY) + 1] == [None] * len(STORY), list(zip(lines, reasons, strict=True))
    assert reasons[len(STORY) + 2] == "photo-caption"


def test_reported_paragraph_above_a_counter_and_its_credit_stays():
    lines = [*STORY, "Image 1 of 6", "Photograph: Jane Roe/Reuters"]
    reasons = judge_lines(lines)
    assert reasons[1:len(STORY)] == [None] * (len(STORY) - 1), list(zip(lines, reasons, strict=True))
