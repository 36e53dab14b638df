"""Issue #10, twenty-fifth session: a caption with no credit, date or place, told by its present tense between two
paragraphs of a story told in the past (``clean/scene_captions.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.scene_captions import place_caption, scene_captions, scene_clause
from newsevents.clean.scorer import judge_lines

STORY = HARBOUR_STORY  # conftest: a short story of our own, told in the past
CLOSE = ["The ferry company said it would move its boats to the northern pier, where a new hall opens in spring."]


def test_scene_between_two_paragraphs_goes():
    caption = "Traders walk along the quay where the terminal was built in 1998."
    lines = [*STORY, caption, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY)] == "photo-caption", list(zip(lines, reasons, strict=True))
    assert reasons[1:len(STORY)] == [None] * (len(STORY) - 1) and reasons[-1] is None


def test_scene_the_next_paragraph_goes_on_from_stays():
    lines = [*STORY, "A fisherman walks along the empty quay at dawn.",
             "He said he had worked at the terminal for thirty years and did not know where he would go."]
    reasons = [None] * len(lines)
    assert scene_captions(lines, reasons, 0) == reasons


def test_judgements_and_figures_with_a_picture_verb_stay():
    for line in ("The new hall stands in sharp contrast to the old terminal.", "Unemployment stands at 5 per cent.",
                 "Polls show the mayor winning a second term.", "The move is seen by traders as a betrayal.",
                 "Similarly, the council, the body that speaks for the town, has closed two piers."):
        assert not scene_clause(line), line
    assert scene_clause("Members of the council stand and applaud as the mayor speaks.")


def test_story_told_in_the_present_keeps_its_scenes():
    """A feature told in the present ("The mayor walks …") has few paragraphs in the past: its scenes are its own."""
    lines = ["The mayor walks into the hall at nine and every trader in the room turns to look at her.",
             "A fisherman waves a flag at the back of the hall near the doors.",
             "The vote comes after an hour of shouting, and the mayor leaves by the side door."]
    reasons = [None] * len(lines)
    assert scene_captions(lines, reasons, None) == reasons


def test_caption_with_no_verb_names_who_and_where():
    """Twenty-sixth session: "Members of the House of Representatives during plenary in Abuja." has no verb."""
    caption = "Members of the Harbour Council during the vote on the terminal in Harbour Town."
    lines = [*STORY, caption, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY)] == "photo-caption", list(zip(lines, reasons, strict=True))
    assert reasons[1:len(STORY)] == [None] * (len(STORY) - 1) and reasons[-1] is None
    for line in ("And the predictable retort from the mayor in Harbour Town.", "A candidate like Ana Ruiz.",
                 "Traders rented their stalls at the terminal in Harbour Town.",
                 "Also in attendance, council members from Harbour Town and Port Alder."):
        assert not place_caption(line), line
