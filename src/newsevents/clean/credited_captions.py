"""A caption that carries its credit at its end, between two paragraphs (issue #10, twenty-seventh session).

Papers print a picture's caption and its credit on one line: the caption's sentence, then the agency or the
photographer after it ("Oil storage tanks at a field near Kirkuk, Iraq. Bloomberg", "A public hearing … in 2021. File
picture", "… to record their dissent. — APP", "… released on March 3, 2026. Philippine Coast Guard/Handout via Global
Wire"). The sentence alone reads like the story's, so the shape and score rules leave it; the credit after the last
full stop tells it. A story's own paragraph never ends with a bare agency after its full stop, except as the wire's
sign-off under the last paragraph ("… the minister said. — APP"), which stays: the caption goes only with a paragraph
of the story below it, and with no reporting word ("said", "according to").

The credit is: a wire we know (``wires.tsv``) or a photo agency, bare or after a dash; an acronym in capitals after a
dash ("— APP"); a file picture's note ("File picture", "Handout photo"); a photographer and a source around a slash,
both capitalised, with no figure ("Jane Roe/Reuters", "Philippine Coast Guard/Handout via Global Wire"); an outlet
and a name in brackets ("(ANB News: Mia Costello)", "(Supplied: DFAT)"; not a "(Source: …)"); a credit after a
copyright mark ("© Coastwire / Jane Roe") or an outlet's photo in brackets ("(Coastwire Photo)"; twenty-ninth session);
the picture's label and the credit between bars ("PHOTO | JANE ROE | COASTWIRE"; twenty-ninth session, second round).
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
# An outlet's or the source's name and the photographer in brackets: "(ANB News: Mia Costello)", "(Supplied: DFAT)".
BRACKETED_NAMED = re.compile(r"^\((?![Ss]ources?\b)[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}:\s*[A-Z][^():]{1,40}\)$")
# A copyright mark over the credit ("© AAP / Mamadou Sy"), or an outlet's photo in brackets ("(HBN Photo)",
# "(Coastwire Pictures)"; twenty-ninth session).
MARKED_CREDIT = re.compile(r"^©\s*\S")
OUTLET_PHOTO = re.compile(r"^\((?:[A-Z][\w&'’.-]*\s){1,4}(?i:photo|picture|image|photograph|pic)s?\)$")
# The picture's label and the credit's parts between bars or after a colon ("PHOTO | JANE ROE | COASTWIRE", "Photo: Jane
# Roe"; twenty-ninth session, second round).
LABELLED_CREDIT = re.compile(r"^(?i:photo|picture|image|photograph|pic)s?\s*[|:]\s*[A-Z][^|:.!?]{1,40}"
                             r"(?:\s*\|\s*[A-Z][^|:.!?]{1,40})?$")
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
                or (dashed and ACRONYM.match(name)) or SLASH_CREDIT.match(text) or BRACKETED_NAMED.match(text)
                or MARKED_CREDIT.match(text) or OUTLET_PHOTO.match(text) or LABELLED_CREDIT.match(text))


def credited_caption(line: str) -> bool:
    """A caption's sentence of ``CAPTION_MIN_WORDS``-``CAPTION_MAX_WORDS`` words, no reporting, no question, then its
    credit."""
    match = LAST_SENTENCE.match(line.strip())
    if match is None or REPORTING.search(match.group("text")) or match.group("text").rstrip("\"'”’)").endswith("?"):
        return False  # the story's report, or a question (no caption asks one)
    return CAPTION_MIN_WORDS <= len(match.group("text").split()) <= CAPTION_MAX_WORDS \
        and credit_tail(match.group("credit"))


def story_paragraph(line: str) -> bool:
    item = shape(line)
    return item.prose and item.words >= STORY_WORDS


def credited_captions(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept ``credited_caption`` below the page's first kept line (the headline) with a paragraph of the story
    below it is ``photo-caption`` (the lead picture's caption under the headline too)."""
    out = list(reasons)
    kept = [index for index, reason in enumerate(reasons) if reason is None]
    for place, index in enumerate(kept):
        if index == guarded or place == 0 or not credited_caption(lines[index]):
            continue
        if any(story_paragraph(lines[k]) for k in kept[place + 1:]):
            out[index] = "photo-caption"
    return out
