"""Boilerplate: which lines of a scraped page are not the article, and why.

Rules are data (``data/clean/boilerplate.tsv``): a reason, a word limit and a pattern.
The word limit keeps a long paragraph that merely mentions "cookies" in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsevents.resources import data_path, read_tsv

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")


@dataclass(frozen=True)
class BoilerplateRule:
    reason: str
    max_words: int
    pattern: re.Pattern[str]


RULE_FILES = ("boilerplate.tsv", "boilerplate_more.tsv")


@lru_cache(maxsize=2)
def load_rules(path: Path | str | None = None) -> tuple[BoilerplateRule, ...]:
    """The boilerplate rules shipped with the package (``RULE_FILES``, in order), or those of another rule file."""
    paths = [path] if path else [data_path("clean", name) for name in RULE_FILES]
    return tuple(
        BoilerplateRule(reason, int(max_words), re.compile(pattern, re.IGNORECASE))
        for one in paths for _, (reason, max_words, pattern) in read_tsv(one, columns=3)
    )


def boilerplate_reason(line: str, rules: tuple[BoilerplateRule, ...] | None = None) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is content."""
    stripped = line.strip()
    words = len(stripped.split())
    for rule in rules or load_rules():
        if words <= rule.max_words and rule.pattern.search(stripped):
            return rule.reason
    return None


def headline_like(line: str, *, max_words: int = 20) -> bool:
    """A short line that does not end a sentence: a title, a link, a label."""
    stripped = line.strip()
    return len(stripped.split()) <= max_words and not SENTENCE_END.search(stripped)


# What a list of links to other stories carries between its titles (each one's date, writer, comment count).
BETWEEN_LINKS = frozenset({"date-line", "byline", "comment-widget", "read-more"})
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
                         "or", "the", "to", "vs", "with"})


def title_like(line: str, *, max_words: int = 20) -> bool:
    """A headline-like line, or a title in title case that ends in '?' or '!' (a link to another story:
    "These People Are A Danger To Themselves!"), opening quotes allowed."""
    stripped = line.strip()
    if headline_like(stripped, max_words=max_words):
        return True
    words = TITLE_WORD.findall(stripped)
    if not 4 <= len(words) <= max_words or not stripped.rstrip("\"'”’").endswith(("?", "!")):
        return False
    major = [word for word in words if word.lower() not in MINOR_WORDS]
    return sum(word[0].isupper() for word in major) >= 0.8 * len(major)


def tail_start(paragraphs: list[str], reasons: list[str | None]) -> int:
    """Index where the page's trailing furniture begins (len(paragraphs) if none).

    The tail starts at a boilerplate line after which every paragraph is boilerplate
    or headline-like: related-article links, widget labels.
    """
    start = len(paragraphs)
    for index in range(len(paragraphs) - 1, -1, -1):
        if reasons[index] is not None:
            start = index
        elif not title_like(paragraphs[index]):
            break
    return start


def classify(paragraphs: list[str], rules: tuple[BoilerplateRule, ...] | None = None,
             kept: frozenset[str] = frozenset(), found: list[str | None] | None = None) -> list[str | None]:
    """A reason per paragraph (None for content); headlines in the tail are related links.

    Lines of a ``kept`` kind count as content here (and so do not stretch the tail).
    ``found`` are the lexicon's reasons when the caller has them already.
    """
    found = found if found is not None else [boilerplate_reason(p, rules) for p in paragraphs]
    reasons = [None if reason in kept else reason for reason in found]
    start = tail_start(paragraphs, reasons)
    heading = "related-links"
    for index in range(start, len(paragraphs)):
        if reasons[index] is None:
            reasons[index] = heading
        else:  # titles under "Promoted stories" are ads; under anything else, links to read
            heading = "advertisement" if reasons[index] == "advertisement" else "related-links"
    following_related = False
    for index, paragraph in enumerate(paragraphs):
        if reasons[index] == "related-links":
            following_related = True
        elif following_related and reasons[index] is None and title_like(paragraph, max_words=16):
            reasons[index] = "related-links"
        elif following_related and reasons[index] in BETWEEN_LINKS:
            continue  # a link's date or writer under its title
        else:
            following_related = False
    return reasons
