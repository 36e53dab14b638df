"""A pull quote signed by a description of its speaker (issue #10, twenty-eighth session).

Papers set a quotation apart in large type between paragraphs and sign it with a dash and who said it, described
rather than named: ``"We are not against the law. We are against the fear." — a student protester``, ``… must go to a
referendum. — Constitutional lawyer``. The story tells the same in its own paragraphs, so the box is a repeat. An
epigraph or a list of quotations signs with a **name** ("– Jim Morrison", "— The Buddha", "— Hermann Goering, German
military commander"), and a sentence may go on after a dash ("… — and they are dying off."): both stay.

The signature, after a sentence's end or a closing quotation mark and a spaced dash (– or —), is eight words at most
with no sentence mark, quotation mark, figure or handle, opens with an article or one capitalised word (not two: a
name), and has a word in lower case among its first three words besides ``FUNCTION``: a description.

A pull quote **set in capitals** (thirty-second session, ``capital_quotes``): a line of ``CAPS_MIN_TOKENS`` words or
more, nearly all its letters upper case, that prints again a sentence of the story with small edits ("YESTERDAY WAS
BIGGEST DAY EVER …" over the paragraph's "Yesterday was the biggest day ever …," she said). ``blocks.pull_quotes``
takes only an exact copy inside a paragraph four words longer; here runs of ``SHINGLE`` words or more that one longer
paragraph in ordinary case prints must cover ``CAPS_COVER`` of the line. Capitals are the box's type, not a story's
sentence: headings in capitals are short, and a paragraph in capitals (a wire's old copy) is not copied elsewhere.
"""

from __future__ import annotations

import re

SIGNED = re.compile(r"""(?:[.!?]["'”’]?|["'”’])\s+[—–]\s*(?P<sig>[^—–.!?:;"“”@\d]{2,80})$""")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
ARTICLES = frozenset({"a", "an", "the", "one"})
FUNCTION = frozenset({"a", "an", "the", "of", "in", "at", "for", "from", "to", "and", "on", "with", "by", "who"})
MAX_WORDS = 8
MAX_LINE_WORDS = 80
TOKEN = re.compile(r"\w+")
CAPS_MIN_TOKENS = 10
CAPS_SHARE = 0.8  # of the line's letters in upper case
CAPS_COVER = 0.8  # of the line's words inside runs a paragraph prints
SHINGLE = 4


def described(signature: str) -> bool:
    """A speaker described ("a student protester in Senayan", "Constitutional lawyer"), not named."""
    words = WORD.findall(signature)
    if not 1 <= len(words) <= MAX_WORDS:
        return False
    if len(words) >= 2 and words[0][0].isupper() and words[1][0].isupper():
        return False  # "Jim Morrison", "The Buddha", "Hermann Goering, …": a name
    if words[0][0].islower() and words[0].lower() not in ARTICLES:
        return False  # "… — and they are dying off": the sentence goes on
    return any(word[0].islower() and word.lower() not in FUNCTION for word in words[:3])


def signed_quote(line: str) -> bool:
    """A quotation signed with a dash and a description of its speaker (see the module's docstring)."""
    text = line.strip()
    match = SIGNED.search(text)
    return bool(match) and len(text.split()) <= MAX_LINE_WORDS and described(match.group("sig"))


def signed_quotes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Kept lines below the page's first kept line (the headline) that are signed quotes go as ``pull-quote``."""
    out = list(reasons)
    first_kept = next((index for index, reason in enumerate(reasons) if reason is None), len(lines))
    for index, line in enumerate(lines):
        if reasons[index] is None and index > first_kept and index != guarded and signed_quote(line):
            out[index] = "pull-quote"
    return out


def in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 * CAPS_MIN_TOKENS and sum(ch.isupper() for ch in letters) >= CAPS_SHARE * len(letters)


def tokens(line: str) -> list[str]:
    return TOKEN.findall(line.lower().replace("’", "'"))


def covered(line: list[str], paragraph: list[str]) -> float:
    """The share of ``line``'s words inside runs of ``SHINGLE`` words or more that ``paragraph`` prints too."""
    runs = {tuple(paragraph[i:i + SHINGLE]) for i in range(len(paragraph) - SHINGLE + 1)}
    hit = [False] * len(line)
    for i in range(len(line) - SHINGLE + 1):
        if tuple(line[i:i + SHINGLE]) in runs:
            hit[i:i + SHINGLE] = [True] * SHINGLE
    return sum(hit) / len(line) if line else 0.0


def capital_quotes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """Kept lines below the headline set in capitals that repeat a longer paragraph in ordinary case go as
    ``pull-quote`` (see the module's docstring)."""
    out = list(reasons)
    first_kept = next((index for index, reason in enumerate(reasons) if reason is None), len(lines))
    words = [tokens(line) for line in lines]
    for index, line in enumerate(lines):
        if (reasons[index] is not None or index <= first_kept or index == guarded
                or len(words[index]) < CAPS_MIN_TOKENS or not in_capitals(line)):
            continue
        if any(other != index and reasons[other] is None and len(words[other]) > len(words[index])
               and not in_capitals(lines[other]) and covered(words[index], words[other]) >= CAPS_COVER
               for other in range(len(lines))):
            out[index] = "pull-quote"
    return out
