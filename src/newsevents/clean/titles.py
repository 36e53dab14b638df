"""Titles of other stories among a page's lines (issue #10): how a link to another article looks once the page
is flattened to text. Called from ``scorer``.
"""

from __future__ import annotations

import re

from newsevents.clean.boilerplate import MINOR_WORDS, TITLE_WORD, headline_like, title_like
from newsevents.clean.contents import SECTION_NUMBER
from newsevents.clean.signals import NUMBER, function_words

TITLE_CASE_WORDS = 5
LABELLED = re.compile(r"[:@<>]")  # "Subject: FW: …", "To: Jane <jane@…>": a header's fields, not a title


def other_story_title(line: str, signals: dict[str, float]) -> bool:
    """A lone title-case line without a verb among paragraphs, past the headline, about something else.

    That is how a link to another article looks once the page is flattened to text.
    """
    lone = bool(signals["lone_title"]) or (bool(signals["prev_prose"] or signals["next_prose"])
                                           and full_title_case(line))
    return (bool(signals["unrelated_title"]) and lone and not signals["before_core"]
            and not line.rstrip().endswith((",", ":", ";")) and not SECTION_NUMBER.match(line.strip()))


def in_list(lines: list[str], index: int, reasons: list[str | None]) -> bool:
    """An entry of a list the story introduces with a colon (the kept line above, or the one above a short line
    above); not a post's or a clip's lead-in the rules took ("Read the tweet below:")."""
    return any(reasons[k] is None and lines[k].rstrip().endswith(":")
               and (k == index - 1 or headline_like(lines[index - 1])) for k in (index - 1, index - 2) if k >= 0)


def full_title_case(line: str) -> bool:
    """Every major word of 5+ capitalised, verbs too ("Obama Refuses To Leave White House Until Trump Passes
    Test"): a headline's casing, which a sentence or a subheading in sentence case does not have (nor a list
    of names, which has commas, nor a byline "By Helen Ward, Political Correspondent")."""
    words = TITLE_WORD.findall(line)
    major = [word for word in words if word.lower() not in MINOR_WORDS]
    return (len(words) >= TITLE_CASE_WORDS and len(major) >= TITLE_CASE_WORDS - 1
            and all(word[0].isupper() for word in major) and not line.isupper() and line.count(",") < 2
            and words[0].lower() != "by")


def teaser_like(line: str) -> bool:
    """A link's title: 4-20 words, capitalised, with a lower-case word (or every major word of 5+ capitalised,
    "Trump's Secret Plan To Fix Traffic Revealed"), fewer than two figures
    and none at the end (not a table row or header), no closing punctuation, not a label ending in ':', not a line
    broken after a function word (wrapped copy)."""
    text = line.strip()
    words = text.split()
    return (4 <= len(words) <= 20 and text.lstrip("\"“‘'")[:1].isupper() and title_like(text)
            and (any(word.islower() for word in words) or full_title_case(text) and not LABELLED.search(text))
            and not text.endswith((":", ",", ";"))
            and len(NUMBER.findall(text)) < 2 and words[-1].lower() not in function_words()
            and not words[-1][:1].isdigit() and not SECTION_NUMBER.match(text))
