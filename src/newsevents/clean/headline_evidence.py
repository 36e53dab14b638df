"""Evidence for choosing a page's headline among its candidate lines (twenty-eighth session, issue #10).

The finder (``clean/headline.py``) collects the headline-like lines above the story's core. Which one is the headline
rests on evidence every page has, not on lists of chrome phrases:

* **shared words**: content words the line shares with the story's opening paragraphs (a headline tells the story);
* **shape**: a title (five words or more, not in capitals) over a label (a masthead, a section, a desk's name: four
  words or fewer, or all capitals); among labels, one in ordinary case of three or four words ("Harbour bridge
  shuts") over a masthead in capitals or a one-word section;
* **order**: the first title that tells the story wins, as the issue asks ("the first headline-like line").

``rank`` orders the candidates by that evidence; ``rival`` names a second candidate as good as the one taken, so that
the page says it in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsevents.clean.signals import shape

LABEL_MAX_WORDS = 4
MAX_WORDS = 30  # a headline's words at most
HEADLINE_SENTENCE_WORDS = 10
SHORT_HEADLINE_SHARE = 2
SHORT_HEADLINE_WORDS = 3
WORD = re.compile(r"[^\W\d_][\w'’-]*")
MINOR = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the",
                   "to", "with"})
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
SHORT_TITLE_WORDS = 2  # a line of two to four words in ordinary case may be a short headline
OPENING_QUOTES = "\"'“‘«"


@dataclass(frozen=True)
class Evidence:
    """What speaks for one candidate line."""

    index: int
    shared: int  # content words in common with the story's opening
    title: bool  # a title's shape, not a label's
    shape: int  # 2 a title, 1 a short line in ordinary case, 0 a masthead in capitals or a one-word label


def label_like(line: str) -> bool:
    """A short label a real headline would not be passed over for: 'World News', 'LIVE UPDATES'."""
    item = shape(line)
    return item.words <= LABEL_MAX_WORDS or bool(item.flags["all_caps"])


def shape_score(line: str) -> int:
    """How much a line looks like a headline on its own: 2 a title, 1 a short line in ordinary case, 0 else."""
    item = shape(line)
    if item.flags["all_caps"]:
        return 0
    if item.words > LABEL_MAX_WORDS:
        return 2
    return 1 if item.words >= SHORT_TITLE_WORDS and line.strip().lstrip(OPENING_QUOTES)[:1].isupper() else 0


def chrome_reason(line: str) -> str | None:
    """Why a line before the headline is not it (None if it could be a headline)."""
    item = shape(line)
    if item.flags["date_only"] or (item.flags["clock"] and item.words <= 6):
        return "date-line"
    if item.flags["separators"] or item.flags["url_only"]:
        return "navigation"
    if item.words == 0:
        return "navigation"
    if item.words > MAX_WORDS or item.prose:
        return None
    if line.rstrip().endswith("."):
        return "other"
    return ""


def evidence(lines: list[str], index: int, shared: int) -> Evidence:
    return Evidence(index, shared, not label_like(lines[index]), shape_score(lines[index]))


def label_over_title(label: Evidence) -> bool:
    """A label sharing words with the story is taken over a first title sharing none only when it reads as a short
    headline (ordinary case, two to four words) or shares two words or more: a desk's name in capitals sharing one
    word by chance ("FOREIGN AFFAIRS DESK") is not."""
    return label.shape >= 1 or label.shared >= 2


def short_headline_over_standfirst(lines: list[str], label: Evidence | None, head: Evidence) -> bool:
    """A short line in sentence case ("Bridge closes to lorries") sharing ``SHORT_HEADLINE_SHARE`` words or more with
    the story, right above the first title, is a short headline over its standfirst (a longer line with no full
    stop), not a section's label: labels and mastheads are set in title case or capitals ("World News", "The
    Harbour Times")."""
    if label is None or head.index != label.index + 1 or label.shared < SHORT_HEADLINE_SHARE:
        return False
    words = WORD.findall(lines[label.index])
    if len(words) < SHORT_HEADLINE_WORDS or not words[0][:1].isupper() or shape(lines[label.index]).flags["all_caps"]:
        return False
    later = [word for word in words[1:] if word.lower() not in MINOR]
    return bool(later) and sum(word[:1].islower() for word in later) > len(later) / 2


def best_label(found: list[Evidence]) -> Evidence | None:
    """Among labels sharing words with the story, the first, unless a later one both shares more and is better shaped:
    a short headline in ordinary case ("Harbour bridge shuts", two words shared) over a masthead in capitals sharing
    one by chance ("THE HARBOUR TIMES"); a list's entries keep their order, and so do lines in capitals (a headline
    in capitals split over two lines: "EXECUTIVE ORDER" / "ON SPACE WEATHER EVENTS")."""
    sharing = [item for item in found if not item.title and item.shared]
    if not sharing:
        return None
    first = sharing[0]
    return next((item for item in sharing[1:] if item.shared > first.shared and item.shape > first.shape), first)


def best_shaped(found: list[Evidence]) -> Evidence | None:
    """With no candidate sharing a word with the story: the first of a headline's shape (a title, or a short line in
    ordinary case), past a desk's name in capitals and a one-word section label; else the first."""
    return next((item for item in found if item.shape), found[0] if found else None)


def rival(found: list[Evidence], chosen: Evidence) -> Evidence | None:
    """Another candidate as good as the one taken when the choice rests on a label or on shape alone (no title tells
    the story): one of the same kind and shape sharing as many words with the story."""
    if chosen.title and chosen.shared:
        return None  # the first title telling the story
    return next((item for item in found if item.index != chosen.index and item.shared == chosen.shared
                 and item.shape == chosen.shape and item.title == chosen.title), None)


def short_sentences(line: str) -> bool:
    """Two or more sentences of ``HEADLINE_SENTENCE_WORDS`` words at most: a headline written as sentences ("The
    cohesion money is coming. Our town halls are not ready to spend it."), not a caption's or a quote's one long one."""
    sentences = [part for part in SENTENCE_SPLIT.split(line.strip()) if part]
    return len(sentences) >= 2 and all(len(part.split()) <= HEADLINE_SENTENCE_WORDS for part in sentences)


def title_under_prose(lines: list[str], first: int, gap: int) -> int | None:
    """The story's start when the core opens with a sentence that has a title under it: a gallery's caption, a pull
    quote or a notice in sentences printed over the headline ("Lorries wait at the bridge on a wet morning." /
    headline / byline / story). The core joins prose across ``gap`` short lines, so it takes the sentence in; a title
    (five words or more, not in capitals, no sentence's end) right under it, before the next prose line, says the
    sentence is no part of the story, when the title is the shorter (a headline written as a sentence has its longer
    standfirst under it) and the sentence is not a headline's few short sentences (``short_sentences``). Returns the
    next prose line after that title (the story's first paragraph), or None when the core's first line has no title
    under it."""
    if first >= len(lines) or short_sentences(lines[first]):
        return None
    titled = False
    words = shape(lines[first]).words
    for index in range(first + 1, min(first + 1 + gap, len(lines))):
        item = shape(lines[index])
        if item.prose:
            return index if titled else None
        titled = titled or (chrome_reason(lines[index]) == "" and not label_like(lines[index]) and item.words < words)
    return None
