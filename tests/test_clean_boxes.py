"""Issue #10, twenty-fourth session: the pitch inside a newsletter box goes with it (``clean/boxes.py``)."""

from __future__ import annotations

from newsevents.clean.boxes import appeal_boxes
from newsevents.clean.scorer import judge_lines

STORY = [
    "Harbour council votes to close the old ferry terminal",
    "The Harbour Town council voted on Tuesday to close the old ferry terminal after ten years of losses, ending "
    "a long dispute between the mayor and the traders.",
    "Mayor Ana Ruiz said the terminal had cost the town more than four million dollars since 2015 and that the "
    "money would now go to schools and roads.",
    "Traders who rent stalls at the terminal said they had not been told of the vote and would ask a court to stop "
    "the closure.",
]
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
