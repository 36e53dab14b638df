"""Finding lexicon names in parsed text: longest match first, case where it matters.

Proper names must be written as in the lexicon ("Turkey", not "turkey"; "US", not
"us"); an all-capitals headline word matches a name of four letters or more; role
words ("spokesman") and PETRARCH forms match in any case. A capitalised word that
matches nothing but is one letter from a country's name ("Isreal") is a typo match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from newsevents.actors.lexicon import Entry, Lexicon
from newsevents.actors.typos import MIN_LETTERS, TypoIndex, build_typo_index, typo_entries

SIMPLE_FORM = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")
ABBREVIATION = re.compile(r"^[A-Za-z]{2,4}\.$")
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th"})


def fold(text: str) -> str:
    """Accents and case folded away: 'Jüri RATAS' and 'Juri Ratas' give 'juri ratas'."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) of a spaCy Doc name lexicon entries."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...]
    typo: bool = False  # one letter from ``form`` ("Isreal"); entries' origin says "typo of ..."


@dataclass
class FormIndex:
    """First token (folded: lower case, no accents) -> [(tokens as written, entries)], longest first; and
    the country names a misspelt word is looked up in."""

    by_first: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]]
    typos: TypoIndex | None = field(default=None)


@lru_cache(maxsize=8)
def form_index(lexicon: Lexicon) -> FormIndex:
    from newsevents.parse import load_model, parser_text

    tokenizer = load_model().tokenizer
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = {}
    for form, entries in lexicon.forms.items():
        if SIMPLE_FORM.match(form):  # plain words: the tokenizer would only split on spaces
            tokens = tuple(form.split(" "))
        elif ABBREVIATION.match(form):  # "sen.": one token, as "Sen." is in text
            tokens = (form,)
        else:
            tokens = tuple(t.text for t in tokenizer(parser_text(form)))
        if tokens:
            by_first.setdefault(fold(tokens[0]), []).append((tokens, tuple(entries)))
    for candidates in by_first.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return FormIndex(by_first, build_typo_index(lexicon))


def same_token(written: str, form: str, *, any_case: bool) -> bool:
    """Same word as the lexicon's: accents may be left out ("Juri" for "Jüri"); a capitalised
    name may be capitalised otherwise ("McDonald", "Mcdonald"); an all-capitals word matches
    a name of four letters or more ("RATAS"); an acronym must be written as it is ("US")."""
    if written == form:
        return True
    if fold(written) != fold(form):
        return False
    if any_case or form == form.lower():
        return True
    if written.isupper():
        return len(form) >= 4
    return written[:1].isupper() and form[:1].isupper() and any(c.islower() for c in form)


def named_case(written: list[str]) -> bool:
    """An any-case name (PETRARCH's upper-case forms) still needs a capital in the text,
    and a short one-word name all capitals: "US", not "us" or "Us"."""
    if len(written) == 1 and len(written[0]) <= 3:
        return written[0].isupper()
    return any(not w.islower() for w in written if any(c.isalpha() for c in w))


def find_matches(spacy_doc, lexicon: Lexicon) -> list[Match]:
    """Non-overlapping lexicon matches, leftmost-longest."""
    index = form_index(lexicon)
    words = [t.text for t in spacy_doc]
    matches: list[Match] = []
    i = 0
    while i < len(words):
        best: Match | None = None
        for tokens, entries in index.by_first.get(fold(words[i]), ()):
            n = len(tokens)
            if i + n > len(words) or (best and n <= best.end - best.start):
                continue
            written = words[i:i + n]
            kept = tuple(
                e for e in entries
                if all(same_token(w, f, any_case=e.any_case or e.kind == "role")
                       for w, f in zip(written, tokens, strict=True))
                and (not e.any_case or e.kind == "role" or named_case(written))
            )
            if kept:
                best = Match(i, i + n, " ".join(tokens), kept)
        if best:
            matches.append(best)
            i = best.end
        else:
            i += 1
    return add_typo_matches(spacy_doc, matches, index.typos)


def add_typo_matches(spacy_doc, matches: list[Match], typos: TypoIndex | None) -> list[Match]:
    """Exact matches plus typo matches on the tokens no exact match covers."""
    if typos is None:
        return matches
    roles = {i for m in matches if all(e.kind == "role" for e in m.entries) for i in range(m.start, m.end)}
    names = {i for m in matches for i in range(m.start, m.end)} - roles
    found = []
    for token in spacy_doc:
        if len(token.text) < MIN_LETTERS or not token.text[0].isupper() or token.i in names or token.i in roles:
            continue  # the cheap part of the gate, before any look-up
        if hit := typo_entries(token, typos, names=names, roles=roles):
            found.append(Match(token.i, token.i + 1, hit[0], hit[1], typo=True))
    return sorted(matches + found, key=lambda m: m.start) if found else matches
