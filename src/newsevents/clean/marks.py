"""The mark opening a list's entry, one definition for every rule that asks (thirty-first session).

Until then six modules each had their own pattern (``headline``, ``captions``, ``contents``, ``titles``,
``paragraphs``, ``tails``), differing in which bullets they knew and whether a space must follow. A bullet or an
arrow may touch its text ("•Ferry vote"); a dash or a star needs a space after it (without one it is a signature's
"—Jane Roe" or a note's "*Corrected"); a number of one or two figures needs its stop and a space ("1. ", "2) "; not
"1.5 million"). ``ENTRY_MARK`` also takes an arrow, which opens a link rather than an entry of the story's list.
"""

from __future__ import annotations

import re

BULLETS = "•·▪"
DASHES = "*–—-"
ARROWS = "►▸➤→"
LIST_MARK = re.compile(rf"^\s*(?:[{BULLETS}]\s*|[{DASHES}]\s+|\d{{1,2}}[.)]\s+)\S")
# An arrow opens a link ("→ What the law says"): an entry of a contents or a box of links, not of the story's own list.
ENTRY_MARK = re.compile(rf"^\s*(?:[{BULLETS}{ARROWS}]\s*|[{DASHES}]\s+|\d{{1,2}}[.)]\s+)\S")
# A bullet or an arrow alone, no dash or number: a newsletter's contents under a label (``contents.marked_contents``);
# a site's menu prints its sub-entries with dashes ("Sports", "- Baseball", "- Bowling") and a story numbers its own.
BULLET_MARK = re.compile(rf"^\s*[{BULLETS}{ARROWS}]\s*\S")
# An outline's number ("12.11 Trumpf Inc."), which the tail's rules read as an entry of the story's own list too.
OUTLINE_MARK = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+\S")
