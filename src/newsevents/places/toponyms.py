"""Finding place names in a parsed article, and telling which place each one means.

A toponym is a named-entity span the parser labels a place (GPE, LOC) or an actor mention of a
country, capital or city that the gazetteer knows. Which place a name means is decided by its
context (``resolve``): a qualifier after it ("Paris, Texas"), the countries of the event's actors,
the dateline's country, the story's other places, and, last, population.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from newsevents.model import Document
from newsevents.places.gazetteer import Gazetteer, Place, fold

PLACE_LABELS = {"GPE", "LOC"}
PLACE_KINDS = {"country", "capital", "city"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "from", "across", "around", "within", "throughout"}
REGION_WORDS = re.compile(r"^\s*(province|state|region|governorate|prefecture|district|county|oblast)\b", re.I)
QUALIFIER = re.compile(r"^\s*,\s*([A-Z][\w.'’ -]{1,40}?)(?=[,.;:)\s]|$)")


@dataclass(frozen=True)
class Toponym:
    """A place name in ``text`` and the places it may mean."""

    text: str
    start: int
    end: int
    paragraph: int
    token: int  # index of the span's root token in its paragraph's spaCy Doc
    candidates: tuple[Place, ...]
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    region_word: bool = False  # "Helmand province"


def find_toponyms(doc: Document, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name in the article that the gazetteer knows, in text order."""
    found: dict[tuple[int, int], Toponym] = {}
    text = doc.article.text
    for number, (paragraph, spacy_doc) in enumerate(zip(doc.article.paragraphs, doc.parsed, strict=True)):
        for span in spacy_doc.ents:
            if span.label_ in PLACE_LABELS:
                add(found, text, gazetteer, number, paragraph.start + span.start_char,
                    paragraph.start + span.end_char, span.root.i)
        for token in spacy_doc:  # "near Gao" though the tagger took Gao for a person
            if token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in LOCATIVE:
                first = min((c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                             and c.i < token.i), default=token.i)
                add(found, text, gazetteer, number, paragraph.start + spacy_doc[first].idx,
                    paragraph.start + token.idx + len(token), token.i)
        for mention in doc.mentions:
            if mention.kind in PLACE_KINDS and paragraph.start <= mention.start < paragraph.start + len(paragraph.text):
                token = spacy_doc.char_span(mention.start - paragraph.start, mention.end - paragraph.start,
                                            alignment_mode="expand")
                if token is not None:
                    own = gazetteer.country(mention.country) if mention.kind == "country" and mention.country else None
                    add(found, text, gazetteer, number, mention.start, mention.end, token.root.i, own)
    return sorted(found.values(), key=lambda t: t.start)


def add(found: dict, text: str, gazetteer: Gazetteer, paragraph: int, start: int, end: int, token: int,
        fallback: Place | None = None) -> None:
    """Record a toponym (once per stretch of text); ``fallback`` is the country an actor mention
    names when the gazetteer does not know its words ("the Gaza Strip")."""
    name = text[start:end]
    if any(s <= start < e or start <= s < end for s, e in found):
        return
    candidates = tuple(gazetteer.lookup(name)) or ((fallback,) if fallback else ())
    if not candidates:
        return
    after = text[end:end + 60]
    qualifier = QUALIFIER.match(after)
    found[(start, end)] = Toponym(name, start, end, paragraph, token, candidates,
                                  qualifier.group(1).strip() if qualifier else None,
                                  bool(REGION_WORDS.match(after)))


@dataclass(frozen=True)
class Context:
    """What the story says about where things are."""

    actors: frozenset[str] = frozenset()  # countries of the event's source and target
    dateline: str | None = None  # the dateline place's country
    story: Counter | None = None  # countries of the story's places and actors, counted
    senses: dict | None = None  # folded name -> the place the story fixed it to


def score(place: Place, toponym: Toponym, context: Context, gazetteer: Gazetteer) -> float:
    """How well a candidate place fits its context (higher is better). A qualifier settles it; the
    dateline's country counts for more than the event's actors' or the story's, and each of these for
    less than a hundredfold difference in population (Paris stays in France in a story about
    Americans; Georgia is the US state there)."""
    value = 1.0 if place.primary else 0.0
    value += {"country": 0.6, "city": 0.4, "admin1": 0.0}[place.kind]
    if toponym.region_word and place.kind == "admin1":
        value += 3.0
    if toponym.qualifier and qualifies(toponym.qualifier, place, gazetteer):
        value += 5.0
    if place.country in context.actors:
        value += 0.8
    if context.dateline == place.country:
        value += 1.5
    if context.story:
        value += min(context.story.get(place.country, 0), 3) / 6
    return value + math.log10(place.population + 1) / 2


def qualifies(qualifier: str, place: Place, gazetteer: Gazetteer) -> bool:
    """"Paris, Texas": the qualifier names the place's region or country."""
    for meant in gazetteer.lookup(qualifier):
        if meant.kind == "admin1" and meant.admin1 == place.admin1:
            return True
        if meant.kind == "country" and meant.country == place.country:
            return True
    return False


def resolve(toponym: Toponym, context: Context, gazetteer: Gazetteer) -> Place:
    """The place a toponym means in its context."""
    fixed = (context.senses or {}).get(fold(toponym.text))
    if fixed is not None and not toponym.qualifier:
        return fixed
    return max(toponym.candidates, key=lambda place: score(place, toponym, context, gazetteer))
