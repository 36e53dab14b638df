"""Body text for the parser: the word a wire capitalised after a country's initials, read in lower case.

Wire copy converted from capitals, Reuters-21578 above all, capitalises the word after "U.S." (and
"U.K.", "U.N.") as if the initials ended a sentence: "Japan and the U.S. Will meet", "U.S. Officials
said", "the U.S. And Japan" (about 3,000 times in 1,800 of the corpus's 19,043 stories). The small model
then reads an auxiliary or a noun as a name, or splits the sentence at the initials. The parse stage
gives the parser a copy in which such a word starts in lower case: one letter for one, so every offset
holds and the record still quotes the page.

A capitalised word after a country's initials is read in lower case when a lower-case word follows it
("U.S. Officials said"), or always when it joins ("the U.S. And Japan"); it keeps its capital when it
is a word that begins sentences (a real break: "sold to the U.S. The ministry said"), a word of an
institution's name ("the U.S. Senate voted", "U.S. Treasury bills"), a month or a day, or a one-word
name of the actor files ("the U.S. Baker said"). The lists are ``data/parse/after_initials.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.headline_case import capitals_names
from newsevents.resources import data_path, read_kinded_words

KINDS = ("starter", "joining", "name")
# Dotted initials, a space, a capitalised word of letters (not "U.S.-based", not "Treasury's").
AFTER_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,}) ([A-Z][a-z]+)(?![\w'\u2019-])")
# What follows the word: the next word, and the word after a linking word ("Food and Drug", "Chamber of Commerce").
FOLLOWING = re.compile(r"\s+(\S+)(?:\s+(?:the\s+)?(\S))?")
LINKS = frozenset({"and", "of", "for", "on"})
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


@lru_cache(maxsize=1)
def after_initials_words() -> dict[str, frozenset[str]]:
    """The word lists by kind: ``starter`` (keeps its capital), ``joining`` (lower case always),
    ``name`` (keeps its capital)."""
    return read_kinded_words(data_path("parse", "after_initials.tsv"), KINDS)


@lru_cache(maxsize=1)
def country_initials() -> frozenset[str]:
    """Dotted initials that are one-word names in the actor files ("U.S.", "U.K.", "U.N.", "U.S.S.R."):
    a person's or a firm's initials ("J.P. Morgan", "E.F. Hutton") are followed by a name, not a
    capitalised common word."""
    single, _ = capitals_names()
    return frozenset(name for name in single.values() if DOTTED.fullmatch(name))


@lru_cache(maxsize=1)
def kept_names() -> frozenset[str]:
    """One-word names of the actor files as written ("Baker", "Pentagon", "Fed")."""
    single, _ = capitals_names()
    return frozenset(single.values())


def initials_case(text: str) -> str:
    """``text`` with each word capitalised by the wire after a country's initials in lower case
    (module docstring). Same length, so offsets hold."""
    if "." not in text:
        return text
    words = after_initials_words()
    initials = country_initials()
    letters = list(text)
    changed = False
    for match in AFTER_INITIALS.finditer(text):
        word = match.group(2)
        if match.group(1) not in initials or word in kept_names():
            continue
        lower = word.lower()
        if lower in words["starter"] or lower in words["name"]:
            continue
        if lower in words["joining"] or lower_word_follows(text, match.end()):
            letters[match.start(2)] = lower[0]
            changed = True
    return "".join(letters) if changed else text


def lower_word_follows(text: str, end: int) -> bool:
    """A lower-case word follows ``end`` and does not link the word to a capitalised one: "U.S. Officials
    said" but not "the U.S. Food and Drug Administration", "the U.S. League of Savings Institutions" (a
    name whose first word is a common word)."""
    following = FOLLOWING.match(text, end)
    if following is None or not following.group(1)[0].islower():
        return False
    linked = following.group(1) in LINKS and following.group(2) is not None and following.group(2).isupper()
    return not linked
