"""Appeal boxes (issue #10, twenty-fourth session): the pitch inside a newsletter or donation box goes with it.

A newsletter box flattened to text is a label ("Sign up for our weekly newsletter"), a pitch in the site's own words
("The South Caucasus in five stories, every Friday."), the form's field ("Email address") and its button
("Subscribe"). The lexicon knows the label, the field and the button by their words; the pitch is written like a
sentence and has no word a rule could read. What tells it is the box: a line that only an appeal of one kind stands
above and below is that appeal's. The line scorer's smoothing leaves a sentence between two removed lines to its own
score (a paragraph between two embedded posts is the story's); an appeal's box holds no paragraph of the story.
"""

from __future__ import annotations

APPEALS = frozenset({"subscription-appeal", "donation-appeal", "paywall", "cookie-notice", "comment-policy"})
PITCH_MIN_WORDS = 3  # a pitch, not a menu's entry ("e-edition" between "Subscribe" and "Sign In" is the menu's)
PITCH_MAX_WORDS = 30


def appeal_boxes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept line of ``PITCH_MIN_WORDS`` to ``PITCH_MAX_WORDS`` words with the same appeal removed just above and
    just below it goes with them."""
    out = list(reasons)
    for index in range(1, len(lines) - 1):
        above, below = reasons[index - 1], reasons[index + 1]
        if (out[index] is None and index != guarded and above in APPEALS and above == below
                and PITCH_MIN_WORDS <= len(lines[index].split()) <= PITCH_MAX_WORDS):
            out[index] = above
    return out
