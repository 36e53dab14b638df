"""Issue #10, twenty-sixth session: a caption in the past tense, told by its group subject and its place between two
paragraphs of the story (``clean/past_scenes.py``)."""

from __future__ import annotations

from conftest import HARBOUR_STORY
from newsevents.clean.past_scenes import past_scene
from newsevents.clean.scorer import judge_lines

STORY = HARBOUR_STORY  # conftest: a short story of our own, told in the past
CLOSE = ["The ferry company said it would move its boats to the northern pier, where a new hall opens in spring."]


def test_past_scene_between_two_paragraphs_goes():
    caption = "Traders gathered on the quay long after the vote had been announced."
    lines = [*STORY, caption, *CLOSE]
    reasons = judge_lines(lines)
    assert reasons[len(STORY)] == "photo-caption", list(zip(lines, reasons, strict=True))
    assert reasons[1:len(STORY)] == [None] * (len(STORY) - 1) and reasons[-1] is None


def test_past_scene_shapes():
    for line in ("Relatives waited outside the harbour clinic for news of the crew.",
                 "Outside the town hall, a few dozen traders held a quiet protest under umbrellas",
                 "Harbour Council officials arrived for the vote at the old terminal."):
        assert past_scene(line), line
    for line in ("The traders gathered outside the court on Monday.",  # a determiner: the story's own traders
                 "Traders gathered outside, they said, to wait for the mayor.",
                 "Officials waited 40 minutes for the mayor.",
                 '"Traders waited for years," the mayor said.',
                 "Traders who rent stalls waited for the vote."):
        assert not past_scene(line), line


def test_past_scene_the_next_paragraph_goes_on_from_stays():
    lines = [*STORY, "Traders gathered on the quay after the vote.",
             "They said they would ask a court to stop the closure of the terminal before the summer season."]
    reasons = judge_lines(lines)
    assert reasons[len(STORY)] is None, list(zip(lines, reasons, strict=True))
