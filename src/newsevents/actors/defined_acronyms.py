"""Acronyms a story spells out: after "the Financial Services Authority (FSA)", "FSA" in that story is the
body spelled out, not whatever the dictionary knows by the same letters (the Free Syrian Army). A story
that spells an acronym out uses it in that sense throughout, the headline included."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsevents.actors.lexicon import Lexicon
from newsevents.model import Mention

LINKS = {"of", "and", "for", "the", "on", "in", "de", "du", "des", "la", "le", "del", "&"}  # not in the initials
SPELLED = re.compile(r"((?:[A-Z][\w'’&.-]*|" + "|".join(sorted(LINKS - {"&"})) + r"|&)"
                     r"(?:\s+(?:[A-Z][\w'’&.-]*|" + "|".join(sorted(LINKS - {"&"})) + r"|&)){1,11})"
                     r"\s+\(([A-Z][A-Z&]{1,7})\)")


def initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.lower() not in LINKS)


def spelled_out(words: list[str], acronym: str) -> tuple[int, list[str]] | None:
    """The shortest run of words ending the phrase whose capitals' initials spell the acronym
    ("the Financial Services Authority" for FSA), with its index; none when no run does."""
    letters = acronym.replace("&", "")
    for first in range(len(words) - 1, -1, -1):
        run = words[first:]
        if run[0].lower() in LINKS:
            continue
        spelled = initials(run)
        if spelled == letters:
            return first, run
        if len(spelled) > len(letters):
            return None
    return None


def acronyms_spelled(text: str) -> dict[str, tuple[int, int, str]]:
    """Each acronym the text spells out in brackets, with its long form's span and words (the first
    spelling wins)."""
    found: dict[str, tuple[int, int, str]] = {}
    for match in SPELLED.finditer(text):
        acronym = match.group(2)
        words = match.group(1).split()
        spelled = spelled_out(words, acronym)
        if spelled is None or acronym in found:
            continue
        first, run = spelled
        start = match.start(1) + len(" ".join(words[:first])) + (1 if first else 0)
        found[acronym] = (start, match.end(1), " ".join(run))
    return found


GENERIC = {"agency", "authority", "commission", "council", "corporation", "corp", "company", "co", "administration",
           "office", "bank", "fund", "committee", "party", "union", "national", "service", "services", "department",
           "ministry", "organisation", "organization", "association", "institute", "center", "centre", "front",
           "forces", "force", "army", "international", "federal", "state", "board", "group", "movement"}


def name_words(words) -> set[str]:
    return {w.lower().strip(".,'’()") for w in words if w[:1].isupper()} - GENERIC


@lru_cache(maxsize=512)
def words_of_code(lexicon: Lexicon, code: str) -> frozenset[str]:
    """The distinctive words of every name the dictionary gives the actor ``code``."""
    return frozenset(word for form, entries in lexicon.forms.items() if any(e.code == code for e in entries)
                     for word in name_words(form.split()))


def other_body(long_form: str, mention: Mention, lexicon: Lexicon) -> bool:
    """The long form names none of the dictionary's names of the acronym's actor ("Financial Services
    Authority" for the Free Syrian Army; not "Food and Drug Administration" for the US government)."""
    return not name_words(long_form.split()) & words_of_code(lexicon, mention.code)


def spelled_acronyms(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Mentions of an acronym the story spells out as another body than the dictionary's: read as the
    actor its long form names (when the long form is a mention), else not an actor at all; so are its
    people ("FSA spokesman Rob McIvor") when they carry the dictionary's code of the letters."""
    spelled = acronyms_spelled(text)
    if not spelled:
        return mentions
    misread: dict[str, tuple[str, Mention | None]] = {}  # acronym -> (the dictionary's code, the long form)
    for mention in mentions:
        long_form = spelled.get(mention.text.strip())
        if long_form and mention.kind == "organisation" and mention.code:
            named = [m for m in mentions if m.start >= long_form[0] and m.end == long_form[1] and m.code]
            if mention.name == mention.text.strip() or named[:1] and named[0].code == mention.code \
                    or not other_body(long_form[2], mention, lexicon):
                continue  # the dictionary knows the body by these letters ("NASA"), or by the long form's words
            misread.setdefault(mention.text.strip(), (mention.code, named[0] if named else None))
    if not misread:
        return mentions
    kept = []
    for mention in mentions:
        letters = mention.text.strip().split(" ")[0]
        if letters not in misread or mention.code != misread[letters][0]:
            kept.append(mention)
            continue
        named = misread[letters][1]
        if mention.text.strip() == letters:
            if named is not None:
                kept.append(replace(mention, code=named.code, kind=named.kind, name=named.name, country=named.country,
                                    sector=named.sector, plover_sector=named.plover_sector))
        else:  # "FSA spokesman Rob McIvor": the spelled body's person
            kept.append(replace(mention, code=named.code if named else None, country=named.country if named else None,
                                sector=named.sector if named else None,
                                plover_sector=named.plover_sector if named else None))
    return kept
