"""Dyads that are not politics: commerce between firms, talking to the press.

An audit of the coder on wire and BBC copy (docs/events.md, "Audit on real news") found
that most events a company is the source of are commerce ("Boeing is to supply Japan
Airlines": 070), and that "speaking to reporters" was coded as a consultation with the
media. ``data/events/nonpolitical.tsv`` lists such sector-and-root combinations; an event
matching one is dropped unless the other party is a political actor named in the row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.resources import DataError, data_path, read_tsv, split_values

SIDES = ("source", "target")


@dataclass(frozen=True)
class Rule:
    side: str
    sectors: frozenset[str]
    roots: tuple[str, ...]
    unless: frozenset[str]


def sector_of(code: str) -> str:
    """The sector of an actor code: "USAGOV" -> "GOV", "IGOWBK" -> "IGO", "USA" -> ""."""
    if code.startswith(("IGO", "NGO", "IMG")):
        return code[:3]
    return code[3:6]


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    return read_rules(data_path("events", "nonpolitical.tsv"))


def read_rules(path) -> tuple[Rule, ...]:
    """The rows of a ``nonpolitical.tsv`` file, checked (a bad row names its line)."""
    rules = []
    for number, (side, sectors, roots, unless, _note) in read_tsv(path, columns=5, optional=1):
        if side == "side":
            continue
        if side not in SIDES:
            raise DataError(f"{path}:{number}: side must be source or target, not {side!r}")
        codes = split_values(roots)
        if not codes or not all(c.isdigit() and len(c) == 2 for c in codes):
            raise DataError(f"{path}:{number}: roots must be two-digit CAMEO roots, not {roots!r}")
        if not split_values(sectors):
            raise DataError(f"{path}:{number}: no sectors given")
        rules.append(Rule(side, frozenset(split_values(sectors)), tuple(codes), frozenset(split_values(unless))))
    return tuple(rules)


@lru_cache(maxsize=1)
def company_words() -> frozenset[str]:
    return read_company_words(data_path("events", "company_words.tsv"))


def read_company_words(path) -> frozenset[str]:
    """The last words of companies' names, checked (a bad row names its line)."""
    words = set()
    for number, (word, _note) in read_tsv(path, columns=2, optional=1):
        if word == "word":
            continue
        if not word.isalpha() or word != word.lower():
            raise DataError(f"{path}:{number}: a company word is one lowercase word, not {word!r}")
        words.add(word)
    return frozenset(words)


def in_company_name(mention, spacy_doc, paragraph_start: int) -> bool:
    """The mention is part of a company's name: a spaCy ORG entity longer than the mention
    whose last word is a company word ("El Paso Electric Co", "Chrysler Canada Ltd")."""
    if mention is None or spacy_doc is None:
        return False
    start, end = mention.start - paragraph_start, mention.end - paragraph_start
    for entity in spacy_doc.ents:
        if entity.label_ != "ORG" or not (entity.start_char <= start and end <= entity.end_char):
            continue
        words = [t.lower_ for t in entity if t.is_alpha]
        return bool(words) and words[-1] in company_words() and len(entity.text) > len(mention.text)
    return False


def as_company(code: str) -> str:
    """A state's code named in a company's name: that country's business sector."""
    if len(code) < 3 or code.startswith(("IGO", "NGO", "IMG", "---")) or sector_of(code) == "BUS":
        return code
    return code[:3] + "BUS"


def nonpolitical(source: str, target: str, code: str) -> bool:
    """True when the dyad and its act match a row: an act that is not politics."""
    for rule in load_rules():
        own, other = (source, target) if rule.side == "source" else (target, source)
        if sector_of(own) in rule.sectors and code[:2] in rule.roots and sector_of(other) not in rule.unless:
            return True
    return False
