"""Tables of contents on a page: a "Contents" heading whose entries come back later as section headings.

The list is the page's navigation; the headings in the body are the article's. A contents list
that is not repeated (a report's contents quoted in a press release) is the article's too.
"""

from __future__ import annotations

import re

from newsevents.clean.marks import BULLET_MARK
from newsevents.clean.signals import WORD, function_words, shape

TOC_HEADING = re.compile(r"^(?:table of contents|contents|in this (?:article|story|piece)|jump to(?: a)?(?: section)?"
                         r"|on this page"
                         # a newsletter's contents (twenty-sixth session): "In this issue", "Inside today's edition"
                         r"|(?:in|inside) (?:this|today's|this week's) (?:issue|edition|newsletter|email|briefing)"
                         r"|what's inside|today's (?:stories|contents))\s*:?$", re.IGNORECASE)
TOC_ENTRY_WORDS = 12
PREFIX_WORDS = 3  # an entry this long may come back as the start of a longer heading
# A section heading numbered in sequence ("IV. What can authoritarianism explain?", "4. The devil…") is the article's.
SECTION_NUMBER = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2})[.)]\s+\S")


# A newsletter's contents under a label of its own ("☕ Today's pour", then "→ Ferry vote", "→ New pier"; twenty-ninth
# session, second round): MARKED_ENTRIES entries or more opening with an arrow or a bullet under a short label that
# leads into nothing (no ":"). They go only when they come back as the sections' headings, as under "In this issue".
MARKED_ENTRIES = 3
LABEL_WORDS = 5


def marked_contents(lines: list[str], index: int) -> bool:
    label = lines[index].strip()
    entries = lines[index + 1:index + 1 + MARKED_ENTRIES]
    return (0 < len(label.split()) <= LABEL_WORDS and label[-1:] not in ":.!?" and len(entries) == MARKED_ENTRIES
            and all(BULLET_MARK.match(entry.strip()) for entry in entries))


def contents_lists(lines: list[str], reasons: list[str | None]) -> list[str | None]:
    """A "Table of contents" heading and the short lines under it, when they come back later as section headings.

    That is the page's navigation; the headings in the body stay. A contents list that is not
    repeated (a report's contents quoted in a press release) is the article's.
    """
    out = list(reasons)
    for index, line in enumerate(lines):
        if reasons[index] is not None or not (TOC_HEADING.match(line.strip()) or marked_contents(lines, index)):
            continue
        below = index + 1
        while (below < len(lines) and out[below] is None and 0 < len(lines[below].split()) <= TOC_ENTRY_WORDS
               and not shape(lines[below]).prose and not recurs(lines[below], [], lines[index + 1:below])
               and not any(heading_of(lines[below], entry_key(entry)) or titled_by(lines[below], entry)
                           for entry in lines[index + 1:below])):
            below += 1  # up to an entry coming back: the section it names begins (a newsletter's top story)
        entries = range(index + 1, below)
        later = lines[below:]
        if len(entries) >= 2 and 2 * sum(recurs(lines[entry], later) or recurs(lines[below], [], [lines[entry]])
                                         for entry in entries) >= len(entries):
            for entry in range(index, below):
                out[entry] = "navigation"
            if NEWSLETTER_HEADING.match(line.strip()) or marked_contents(lines, index):
                out = other_sections(lines, out, [lines[entry] for entry in entries], below)
    return out


# A newsletter's contents (thirtieth session): "In this issue", "Inside today's edition", or entries marked under a
# label of their own. Its first entry is the top story, the page's article; the others are other pieces.
NEWSLETTER_HEADING = re.compile(r"^(?:(?:in|inside) (?:this|today's|this week's) (?:issue|edition|newsletter|email"
                                r"|briefing)|what's inside|today's (?:stories|contents))\s*:?$", re.IGNORECASE)


def section_start(lines: list[str], entry: str, start: int) -> int | None:
    """Where the section ``entry`` names begins at or after ``start``: its heading comes back."""
    key = entry_key(entry)
    return next((j for j in range(start, len(lines))
                 if recurs(entry, [lines[j]]) or heading_of(lines[j], key) or titled_by(lines[j], entry)), None)


def other_sections(lines: list[str], reasons: list[str | None], entries: list[str], top: int) -> list[str | None]:
    """A newsletter's sections after its top story, from the first heading another entry names to the page's end,
    are other pieces (``related-links``): the page's article is the story its first entry names, which begins at
    ``top``. Each writer of the blind batches counts a briefing's other items as chrome beside its top story."""
    starts = [start for entry in entries[1:] if (start := section_start(lines, entry, top + 1)) is not None]
    if not starts:
        return reasons
    out = list(reasons)
    for k in range(min(starts), len(lines)):
        if out[k] is None:
            out[k] = "related-links"
    return out


def recurs(entry: str, later: list[str], opened_by: list[str] = ()) -> bool:
    """Whether a contents entry comes back as a heading: the same words, or the same section number; or (twenty-sixth
    session) whether a line of ``opened_by`` of ``PREFIX_WORDS`` words or more opens ``entry`` (a newsletter's entry
    "Serbia's government survives confidence vote" is the start of its story's headline)."""
    number = SECTION_NUMBER.match(entry.strip())
    prefix = entry.strip().split()[0] if number else None
    key = entry_key(entry)
    if any(" ".join(WORD.findall(line.lower())) == key or heading_of(line, key)
           or prefix is not None and line.strip().split()[:1] == [prefix] for line in later):
        return True
    for line in opened_by:
        words = " ".join(WORD.findall(line.lower()))
        if len(words.split()) >= PREFIX_WORDS and (key + " ").startswith(words + " "):
            return True
    return False


HEADING_WORDS = 6
TITLE_ENTRY_WORDS = 2  # an entry naming its section by this many content words or more


def titled_by(line: str, entry: str) -> bool:
    """Whether ``line`` is the title of the section ``entry`` names: every content word of the entry (two or more)
    is in it, and it is longer ("1. Chile's pension deal" -> "Chile's Senate strikes pension deal after two-year
    stalemate"; thirtieth session). An entry's words are the topic; the section's title tells it in full."""
    named = {word for word in entry_key(entry).split() if word not in function_words()}
    words = set(WORD.findall(line.lower()))
    return len(named) >= TITLE_ENTRY_WORDS and named <= words and len(words) > len(named)


def entry_key(entry: str) -> str:
    """An entry's words in lower case, without its number ("4. What I'm reading" -> "what i'm reading")."""
    number = SECTION_NUMBER.match(entry.strip())
    text = entry.strip().split(maxsplit=1)[1] if number else entry
    return " ".join(WORD.findall(text.lower()))


def heading_of(line: str, key: str) -> bool:
    """Whether ``line`` is a short heading (two to ``HEADING_WORDS`` words, no full stop) made of the entry's words: a
    newsletter's section "THE BIG ONE" or "TRANSIT, AGAIN" under the entry "1. The big one: Senate passes stopgap" or
    "3. Transit funding, again" (twenty-ninth session)."""
    words = WORD.findall(line.lower())
    return (2 <= len(words) <= HEADING_WORDS and not line.strip().endswith(".")
            and set(words) <= set(key.split()))
