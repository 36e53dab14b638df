"""Boilerplate: which lines of a scraped page are not the article, and why.

Rules are data (``data/clean/boilerplate.tsv``): a reason, a word limit and a pattern.
The word limit keeps a long paragraph that merely mentions "cookies" in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:  # private modules of ``re`` (3.11+): should a later Python move them, every rule searches every line
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - depends on the Python version
    sre = sre_parse = None

from newsevents.clean.stamps import bare_date_stamp, date_stamp, labelled_date_stamp
from newsevents.resources import data_path, read_tsv

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
# The characters beyond ASCII that a case-blind pattern matches to an ASCII letter (İ ı ſ, the Kelvin sign):
# a line with none of them holds a rule's ASCII text (``needed_text``) in lower case wherever the rule matches.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True)
class BoilerplateRule:
    reason: str
    max_words: int
    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()  # texts one of which every match holds, in lower case (``needed_text``); () = any


RULE_FILES = ("boilerplate.tsv", "boilerplate_more.tsv", "boilerplate_general.tsv")


@lru_cache(maxsize=2)
def load_rules(path: Path | str | None = None) -> tuple[BoilerplateRule, ...]:
    """The boilerplate rules shipped with the package (``RULE_FILES``, in order), or those of another rule file."""
    paths = [path] if path else [data_path("clean", name) for name in RULE_FILES]
    return tuple(
        rule_for(reason, int(max_words), re.compile(pattern, re.IGNORECASE))
        for one in paths for _, (reason, max_words, pattern) in read_tsv(one, columns=3)
    )


def rule_for(reason: str, max_words: int, pattern: re.Pattern[str]) -> BoilerplateRule:
    return BoilerplateRule(reason, max_words, pattern, needed_text(pattern))


def boilerplate_reason(line: str, rules: tuple[BoilerplateRule, ...] | None = None) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is content; with the shipped rules, a page's date stamp
    in any wording (``stamps.date_stamp``) is a ``date-line`` too, and so is a date beside a place or an issue's
    number (``stamps.labelled_date_stamp``)."""
    stripped = line.strip()
    words = len(stripped.split())
    lowered = None if FOLDS_TO_ASCII.search(stripped) else stripped.lower()
    for rule in rules or load_rules():
        if words > rule.max_words:
            continue
        if lowered is not None and rule.needs:  # a line holding none of the rule's texts cannot match
            for text in rule.needs:
                if text in lowered:
                    break
            else:
                continue
        if rule.pattern.search(stripped):
            return rule.reason
    return "date-line" if rules is None and (date_stamp(stripped) or bare_date_stamp(stripped)
                                          or labelled_date_stamp(stripped)) else None


REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()


def needed_text(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-case texts, one of which is in every text ``pattern`` matches, read in lower case;
    () when the pattern's parts say none. Read off the pattern's parse: a run of ASCII characters
    it must match in a row, or one such run in every branch of an alternation. Case aside, an
    ASCII character matches only itself (but for ``FOLDS_TO_ASCII``), so a line that holds none
    of these texts cannot match, and its search is left out (issue #13's speed: the rules' searches
    were a third of the clean stage's CPU)."""
    if sre_parse is None:
        return ()
    try:
        return sequence_needs(sre_parse.parse(pattern.pattern, pattern.flags)) or ()
    except (AttributeError, TypeError, ValueError):  # a parse tree of another shape: search every line
        return ()


def sequence_needs(items) -> tuple[str, ...] | None:
    """What a sequence of parsed items needs: its most selective requirement (longest shortest text)."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and value < 128:
            run.append(chr(value).lower())
            continue
        if run:
            options.append(("".join(run),))
            run = []
        inner = None
        if op is sre.SUBPATTERN:
            inner = sequence_needs(value[3])
        elif op is sre.ATOMIC_GROUP:
            inner = sequence_needs(value)
        elif op in REPEATS and value[0] >= 1:
            inner = sequence_needs(value[2])
        elif op is sre.BRANCH:
            branches = [sequence_needs(branch) for branch in value[1]]
            inner = tuple(text for branch in branches for text in branch) if all(branches) else None
        if inner:
            options.append(inner)
    if run:
        options.append(("".join(run),))
    return max(options, key=lambda texts: (min(map(len, texts)), -len(texts)), default=None)


def headline_like(line: str, *, max_words: int = 20) -> bool:
    """A short line that does not end a sentence: a title, a link, a label."""
    stripped = line.strip()
    return len(stripped.split()) <= max_words and not SENTENCE_END.search(stripped)


# What a list of links to other stories carries between its titles (each one's date, writer, comment count).
BETWEEN_LINKS = frozenset({"date-line", "byline", "comment-widget", "read-more"})
TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MINOR_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
                         "or", "the", "to", "vs", "with"})


STORY_WORDS = 15  # a paragraph of the story, not a link's title or a label
STORY_OPENING = 3  # the paragraphs a headline is told again in
LONG_WORD = re.compile(r"[^\W\d_]{5,}")


BETWEEN_HEADLINE_AND_STORY = frozenset({"byline", "date-line"})
FURNITURE_WORDS = 3  # a wire's name or a label between a headline and its story, not a title
FURNITURE_MAX = 4  # lines between a headline and its story


def story_furniture(line: str) -> bool:
    """A short line a story's head carries between its headline and its first paragraph: the wire's name, a label
    ("In this article:"), a ticker's quote ("PHP=X +0.12%"); up to ``FURNITURE_WORDS`` words, no sentence."""
    stripped = line.strip()
    return 0 < len(stripped.split()) <= FURNITURE_WORDS and not SENTENCE_END.search(stripped)


def opens_story(paragraphs: list[str], reasons: list[str | None], index: int) -> bool:
    """A title above the first paragraph of the story that shares two long words with it is the page's headline,
    not a link under the label above it ("Editor's Picks", then the headline, then the story); only at the top,
    where no paragraph of the story has come yet. A byline or a date the lexicon took may stand between (twenty-sixth
    session: a headline under a ticker's last title, then "By Jane Roe", then the story), and so may a few short lines
    of the story's head (twenty-seventh session: "Global Wire", "In this article:", a ticker's quote)."""
    below = next((k for k in range(index + 1, len(paragraphs))
                  if reasons[k] is None and not story_furniture(paragraphs[k])), None)
    if below is None or len(paragraphs[below].split()) < STORY_WORDS or below - index - 1 > FURNITURE_MAX \
            or any(reasons[k] not in BETWEEN_HEADLINE_AND_STORY and not story_furniture(paragraphs[k])
                   for k in range(index + 1, below)):
        return False
    if any(reasons[k] is None and len(paragraphs[k].split()) >= STORY_WORDS for k in range(index)):
        return False
    story = [k for k in range(index + 1, len(paragraphs))
             if reasons[k] is None and len(paragraphs[k].split()) >= STORY_WORDS][:STORY_OPENING]
    opening = {w.lower() for k in story for w in LONG_WORD.findall(paragraphs[k])}
    return len({w.lower() for w in LONG_WORD.findall(paragraphs[index])} & opening) >= 2


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
        elif following_related and reasons[index] is None and title_like(paragraph, max_words=16) \
                and not opens_story(paragraphs, reasons, index):
            reasons[index] = "related-links"
        elif following_related and reasons[index] in BETWEEN_LINKS:
            continue  # a link's date or writer under its title
        else:
            following_related = False
    return reasons
