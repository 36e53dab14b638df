"""Splitting raw text into paragraphs, reflowing hard-wrapped wire copy."""

from __future__ import annotations

import re

from newsevents.clean.marks import LIST_MARK

# Characters replaced one-for-one, so no offset moves: odd spaces become spaces.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"), " ")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
BLANK_LINES = re.compile(r"\n\s*\n")
WRAP_WIDTH = 100
SENTENCE_ENDS = (".", "!", "?", ":", "”", '"')  # a line opening with a list mark (``marks.LIST_MARK``:
# "1. Kwacha gains …", "• Item") is an entry of a list, not a wrapped line going on


def normalise_spaces(text: str) -> str:
    """No-break and other odd spaces to plain spaces; invisible characters dropped."""
    return INVISIBLE.sub("", text.translate(SPACES))


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for lines broken at a fixed width (old wire copy), not a list of short items.

    No line is longer than the width, most lines stop mid-sentence, and the line after
    such a stop often goes on in lower case (a list of links or headlines does not; nor does a numbered or
    bulleted entry, "2. Lusaka traders protest new market levies", twenty-third session).
    """
    if len(lines) < 3 or max(len(line.strip()) for line in lines) > WRAP_WIDTH:
        return False
    inner = lines[:-1]
    long_lines = [line for line in inner if len(line.strip()) >= 30]
    unended = [i for i, line in enumerate(inner) if not line.rstrip().endswith(SENTENCE_ENDS)]
    going_on = [i for i in unended if (lines[i + 1].lstrip()[:1].islower() or lines[i + 1].lstrip()[:1].isdigit())
                and not LIST_MARK.match(lines[i + 1])]
    return (len(long_lines) >= 0.5 * len(inner) and len(unended) >= 0.5 * len(inner)
            and len(going_on) >= 0.3 * len(unended))


def reflow(lines: list[str]) -> list[str]:
    """Join wrapped lines; an indented line starts a new paragraph."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or (line[:1].isspace() and line.strip()):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return [" ".join(part for part in paragraph if part) for paragraph in paragraphs]


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of raw text: blocks split at blank lines, then lines (or reflowed).

    Whether lines were hard-wrapped is judged over the whole page as well as per
    block, so a two-line block of wire copy is joined too.
    """
    return [paragraph for paragraph, _indented in marked_paragraphs(text)]


def marked_paragraphs(text: str) -> list[tuple[str, bool]]:
    """``split_paragraphs`` with, for each paragraph, whether its line opened with a space on a page that is
    not hard-wrapped (a scrape prints a caption's or a player's text so: NBC's and Vox's pages)."""
    text = normalise_spaces(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [[line for line in block.split("\n") if line.strip()] for block in BLANK_LINES.split(text)]
    wrapped_page = is_hard_wrapped([line for lines in blocks for line in lines])
    paragraphs: list[tuple[str, bool]] = []
    for lines in blocks:
        if not lines:
            continue
        if wrapped_page or is_hard_wrapped(lines):
            paragraphs.extend((" ".join(part.split()), False) for part in reflow(lines) if part.strip())
        else:
            paragraphs.extend((" ".join(line.split()), line[:1].isspace()) for line in lines if line.strip())
    return paragraphs
