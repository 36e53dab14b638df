"""The title at the head of the story (thirty-first session, issue #10).

On pages the finder was never tuned on, the first headline-like line that shares a word with the opening is often not
the headline: a site's tagline ("A weekly letter on Mongolian politics, mining and the city"), a teaser of another
story or of a video ("▶ NOW PLAYING: Parliament Hour — plenary on the regional elections bill"), a "Breaking:" or
"Gallery:" line, a most-read entry. And the core the finder looks above often opens with a notice in sentences over
the headline ("Blogs are written by registered users. They are not edited …"), so the headline stands inside it.

Two kinds of evidence every page has say which title heads the story:

* **where the story starts**: the first two long paragraphs in a row (``STORY_WORDS`` words or more each), not a
  lone notice or a teaser's blurb between menus;
* **how much of the title the story tells**: the share of its content words the story's opening paragraphs use. A
  headline is made of the story's words ("House passes regional elections bill after 11-hour sitting"); a tagline, a
  promo or a teaser of another story share a word or two by chance.

``story_head`` takes, when the finder's choice is a line the story tells little of (under ``OWN_MAX``), the title
nearest above the story's start, below that choice, that the story tells (``MIN_SHARED`` words and a ``TOLD`` share):
the headline sits at the head of its story, with only a byline, a date or a standfirst between. Kept to the finder's
choice: a title under a bare time of day (a live page's entry), a title with a sentence of the story above it (a
subheading), a title under a paragraph ending in a colon (quoted), a title whose words a paragraph prints again (a
pull quote). A longer title right under a title the story
tells as well is its standfirst: the upper one is the headline.
"""

from __future__ import annotations

import re

from newsevents.clean.headline_evidence import chrome_reason, label_like
from newsevents.clean.signals import WORD, function_words, shape

STORY_WORDS = 15  # a paragraph of the story
OPENING_PARAGRAPHS = 3
TOLD = 0.3  # share of a headline's content words its story tells
OWN_MAX = 0.3  # a choice the story tells this much or more is kept: a headline with its standfirst below
MIN_SHARED = 3  # content words in common, at least
STORY_PROSE_TOLD = 0.25  # a sentence above the title that shares this much with the story is the story's own
NAME_CAPITALS = 0.6  # share of capitalised words in a name's line (``signals``: title case without a verb)
TOKEN = re.compile(r"\w+")
BARE_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE)


def content_words(line: str) -> set[str]:
    return {w.lower() for w in WORD.findall(line) if len(w) >= 3 and w.lower() not in function_words()}


def long_prose(line: str) -> bool:
    item = shape(line)
    return item.prose and item.words >= STORY_WORDS


def story_start(lines: list[str]) -> int | None:
    """The first of two long paragraphs in a row: where the story starts."""
    return next((index for index in range(len(lines) - 1) if long_prose(lines[index]) and long_prose(lines[index + 1])),
                None)


def story_words(lines: list[str], start: int) -> set[str]:
    opening: set[str] = set()
    for line in [line for line in lines[start:] if long_prose(line)][:OPENING_PARAGRAPHS]:
        opening |= content_words(line)
    return opening


def told(line: str, opening: set[str]) -> float:
    """The share of the line's content words the story's opening uses."""
    words = content_words(line)
    return len(words & opening) / len(words) if words else 0.0


def title(line: str) -> bool:
    return chrome_reason(line) == "" and not label_like(line)


def story_head(lines: list[str], chosen: int) -> int | None:
    """The title nearest above the story's start, below ``chosen``, when the story tells ``chosen`` little."""
    start = story_start(lines)
    if start is None or start <= chosen + 1:
        return None
    opening = story_words(lines, start)
    if told(lines[chosen], opening) >= OWN_MAX:
        return None
    found = next((index for index in range(start - 1, chosen, -1) if title(lines[index])
                  and len(content_words(lines[index]) & opening) >= MIN_SHARED and told(lines[index], opening) >= TOLD),
                 None)
    if found is None:
        return None
    if standfirst_of(lines, found, opening):
        found -= 1
    if found == chosen or BARE_CLOCK.match(lines[found - 1].strip()):
        return None
    if any(shape(line).prose and told(line, opening) >= STORY_PROSE_TOLD for line in lines[chosen:found]):
        return None  # a sentence of the story above the title: a subheading
    if lead_in(lines[found - 1]):
        return None
    return None if lifted(lines, found) else found


def standfirst_of(lines: list[str], index: int, opening: set[str]) -> bool:
    """The line is the standfirst of a shorter title right above it that the story tells as well (its headline)."""
    upper = lines[index - 1] if index else ""
    return (title(upper) and len(upper.split()) < len(lines[index].split()) and not a_name(upper)
            and told(upper, opening) >= TOLD)


def a_name(line: str) -> bool:
    """A name in title case with no verb ("From: Department of Harbours and Ferries"), not a headline."""
    item = shape(line)
    return item.capital_ratio >= NAME_CAPITALS and bool(item.flags["no_verb"])


def over_standfirst(lines: list[str], chosen: int) -> int | None:
    """The headline over the standfirst the finder took (the last title above the story, which shares the most)."""
    start = story_start(lines)
    if start is None or start <= chosen or not standfirst_of(lines, chosen, story_words(lines, start)):
        return None
    return chosen - 1


def lead_in(line: str) -> bool:
    """A paragraph ending in a colon introduces the line under it ("…, as the weekly put it:"): a title quoted in the
    story, not the page's headline."""
    return len(line.split()) >= STORY_WORDS and line.rstrip().endswith(":")


def lifted(lines: list[str], index: int) -> bool:
    """The line's words, in order, inside a paragraph of the page: a pull quote lifted from the story."""
    key = " ".join(TOKEN.findall(lines[index].lower()))
    return any(other != index and long_prose(line) and f" {key} " in f" {' '.join(TOKEN.findall(line.lower()))} "
               for other, line in enumerate(lines))
