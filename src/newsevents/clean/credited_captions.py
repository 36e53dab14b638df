"""A caption that carries its credit at its end, between two paragraphs (issue #10, twenty-seventh session).

Papers print a picture's caption and its credit on one line: the caption's sentence, then the agency or the
photographer after it ("Oil storage tanks at a field near Kirkuk, Iraq. Bloomberg", "A public hearing … in 2021. File
picture", "… to record their dissent. — APP", "… released on March 3, 2026. Philippine Coast Guard/Handout via Global
Wire"). The sentence alone reads like the story's, so the shape and score rules leave it; the credit after the last
full stop tells it. A story's own paragraph never ends with a bare agency after its full stop, except as the wire's
sign-off under the last paragraph ("… the minister said. — APP"), which stays: the caption goes only between two
paragraphs of the story, with no reporting word ("said", "according to").

The credit is: a wire we know (``wires.tsv``) or a photo agency, bare or after a dash; an acronym in capitals after a
dash ("— APP"); a file picture's note ("File picture", "Handout photo"); or a photographer and a source around a slash,
both capitalised, with no figure ("Jane Roe/Reuters", "Philippine Coast Guard/Handout via Global Wire").
"""

from __future__ import annotations

import re

from newsevents.clean.blocks import PHOTO_AGENCY
from newsevents.clean.captions import REPORTING
from newsevents.clean.credits import agency
from newsevents.clean.signals import shape

LAST_SENTENCE = re.compile(r"^(?P<text>.*?[.!?][\"'”’)]*)\s+(?P<credit>[^.!?]{2,60})$")
DASHED = re.compile(r"^[-–—]\s*(?P<name>\S.*)$")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
FILE_PICTURE = re.compile(r"^(?:file|stock|handout|supplied|courtesy)\s+(?:picture|photo|image|photograph|pic)s?$",
                          re.IGNORECASE)
SLASH_CREDIT = re.compile(r"^[A-Z][^\W\d_]*(?:[ .'’&-]+[^\W\d_]+)*\s?/\s?[A-Z][^\W\d_]*(?:[ .'’&-]+[^\W\d_]+)*$")
CAPTION_MIN_WORDS = 4
CAPTION_MAX_WORDS = 45
STORY_WORDS = 15  # a paragraph of the story above or below the caption


def credit_tail(credit: str) -> bool:
    """Whether the text after a caption's last sentence is a picture's credit (see the module's docstring)."""
    text = credit.strip()
    dashed = DASHED.match(text)
    name = dashed.group("name").strip() if dashed else text
    return bool(agency(name) or PHOTO_AGENCY.match(name) or FILE_PICTURE.match(text)
                or (dashed and ACRONYM.match(name)) or SLASH_CREDIT.match(text))


def credited_caption(line: str) -> bool:
    """A caption's sentence of ``CAPTION_MIN_WORDS``-``CAPTION_MAX_WORDS`` words, no reporting, then its credit."""
    match = LAST_SENTENCE.match(line.strip())
    if match is None or REPORTING.search(match.group("text")):
        return False
    return CAPTION_MIN_WORDS <= len(match.group("text").split()) <= CAPTION_MAX_WORDS \
        and credit_tail(match.group("credit"))


def story_paragraph(line: str) -> bool:
    item = shape(line)
    return item.prose and item.words >= STORY_WORDS


def credited_captions(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept ``credited_caption`` with a kept paragraph of the story above it and one below is ``photo-caption``."""
    out = list(reasons)
    kept = [index for index, reason in enumerate(reasons) if reason is None]
    for place, index in enumerate(kept):
        if index == guarded or not 0 < place < len(kept) - 1 or not credited_caption(lines[index]):
            continue
        if any(story_paragraph(lines[k]) for k in kept[:place]) and any(story_paragraph(lines[k])
                                                                       for k in kept[place + 1:]):
            out[index] = "photo-caption"
    return out
