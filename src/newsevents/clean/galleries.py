"""A gallery's captions, told by the counter over them (issue #10, twenty-sixth session).

A gallery or slideshow prints each picture's counter ("1 of 12", "Image 3 of 8", "4 / 10") and its caption just
under it. The lexicon takes the counter; the caption under it is a sentence like the story's ("Foreign ministers …
pose for a group photograph before the meeting.", "Rescue workers searched the rubble through the night.") in any
tense, with no credit and no date: it is told by the counter above it. On a gallery page the first caption stands
above the headline, which the finder would otherwise take for it.

The line just under a counter (kept, ``CAPTION_WORDS`` words or fewer, one or two sentences, not a quotation, not a
question, not opening on a wire's dateline) is ``photo-caption``. Some galleries print the caption above the counter
and a control or a credit under it ("A voter … cast her ballot." / "1 of 9" / "ONA"): then the line above goes if it
reads as a caption (no reporting: "The minister said …" over "Image 1 of 6" / "Photograph: …" is the story's). A
story's paragraph above a counter whose caption is under it stays. A series' "Part 1 of 3" is no picture's counter.
"""

from __future__ import annotations

import re

from newsevents.clean.captions import REPORTING, caption_over_credit
from newsevents.clean.credits import split_credit

CAPTION_WORDS = 45
CONTROL_WORDS = 4  # a gallery's control or a credit under its counter ("Back to Gallery", "ONA"), not a caption
COUNTER = re.compile(r"^\s*(?:(?:image|photo|picture|slide|photograph)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$",
                     re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=\S)")
OPENS_QUOTE = re.compile(r"^[\"“‘']")


def gallery_counter(line: str) -> bool:
    """A picture's place in its gallery: "1 of 12", "Image 3 of 8", "4 / 10" (not a date "3/4", one figure each)."""
    match = COUNTER.match(line)
    if match is None:
        return False
    first, last = (int(n) for n in re.findall(r"\d+", line)[-2:])
    return 1 <= first <= last


def counter_caption(line: str) -> bool:
    """A line that can be a picture's caption: short, one or two sentences, no quotation, question or dateline."""
    text = line.strip()
    if not text or len(text.split()) > CAPTION_WORDS or OPENS_QUOTE.match(text) or text.endswith("?"):
        return False
    if len(SENTENCE_BREAK.split(text)) > 2:
        return False
    wire, dateline, _ = split_credit(text)
    return not (wire or dateline)


def gallery_captions(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """The kept line just under a gallery's counter (which the rules took) is its picture's ``photo-caption``; when
    the line under the counter is a control or a credit (``CONTROL_WORDS`` words at most: "Back to Gallery", "ONA"),
    the gallery prints its caption above the counter, and the kept line above goes when it reads as a caption (not a
    lead-in ending in ":", no reporting, question, first or second person, perfect or future)."""
    out = list(reasons)
    for counter in range(len(lines)):
        if reasons[counter] is None or not gallery_counter(lines[counter]):
            continue
        below, above = counter + 1, counter - 1
        if below < len(lines) and out[below] is None and below != guarded and counter_caption(lines[below]):
            out[below] = "photo-caption"
        if below < len(lines) and (len(lines[below].split()) > CONTROL_WORDS or reasons[below] == "photo-caption"):
            continue  # the caption is under the counter
        if (above >= 0 and out[above] is None and above != guarded and counter_caption(lines[above])
                and not lines[above].rstrip().endswith(":") and caption_over_credit(lines[above])
                and not REPORTING.search(lines[above])):
            out[above] = "photo-caption"
    return out
