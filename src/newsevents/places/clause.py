"""Which place names in an event's sentence say where the event happened.

A place counts when it is the object of a locative preposition (``data/places/prepositions.tsv``):
one of ``clause`` scope must hang on the event's own verb or noun ("withdrew from Kabul", "a visit to
Moscow"); one of ``sentence`` scope may hang anywhere in the clause that holds the event or in a clause
above it ("In Kabul, the minister said ..."), never in a clause below or beside it ("accused X of
poisoning a spy in Salisbury" happened where the accusing was). For force and violence
(``target_roots.tsv``) the place attacked is the place. A place that is the subject of its clause or the
party the event is aimed at speaks for a state ("Moscow said", "criticised Washington") and never counts;
nor does a place inside a quote the event is not in.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.model import Document, Event
from newsevents.places.toponyms import Toponym
from newsevents.resources import data_path, read_tsv

ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "csubj"}
MAX_STEPS = 8


@lru_cache(maxsize=1)
def prepositions() -> dict[str, str]:
    return {word: scope for _, (word, scope) in read_tsv(data_path("places", "prepositions.tsv"), columns=2)}


@lru_cache(maxsize=1)
def target_roots() -> frozenset[str]:
    return frozenset(root for _, (root, _what) in read_tsv(data_path("places", "target_roots.tsv"), columns=2))


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    return frozenset(noun for _, (noun,) in read_tsv(data_path("places", "place_nouns.tsv"), columns=1))


def token_of(toponym: Toponym, doc: Document):
    return doc.parsed[toponym.paragraph][toponym.token]


def phrase_head(token):
    """The word the place's phrase stands for ("Gaza" in "the Gaza Strip", "Kabul" in "northern Kabul")."""
    while token.dep_ in ("compound", "amod", "appos", "conj", "nmod") and token.head.i != token.i:
        token = token.head
    return token


def preposition_of(token):
    """The preposition whose object the place is ("in" for "in northern Kabul", "in the Kabul
    outskirts"), or None ("in the Iran arms affair" names an affair, not a place)."""
    if token.dep_ in ("compound", "amod", "nmod") and not is_place_part(token):
        return None
    token = phrase_head(token)
    return token.head if token.dep_ == "pobj" else None


def is_locative(toponym: Toponym, doc: Document) -> bool:
    """Named as a place, after "in", "at", "near" ... (not as an actor)."""
    preposition = preposition_of(token_of(toponym, doc))
    return preposition is not None and prepositions().get(preposition.lower_) == "sentence"


def is_place_part(token) -> bool:
    """"Beirut's airport", "the Kabul outskirts", "the suburbs of Damascus": the name locates a
    part of itself."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
        return head.lemma_.lower() in place_nouns()
    return token.dep_ in ("poss", "compound", "amod", "nmod") and head.lemma_.lower() in place_nouns()


def acts_as_actor(token, toponym: Toponym, event: Event) -> bool:
    if stands_for_actor(token):
        return True
    if event.code[:2] in target_roots():
        return False
    return toponym.text in (event.source_text, event.target_text)


def names_actor(toponym: Toponym, doc: Document) -> bool:
    """A place name standing for its government or people ("Moscow said", "Kabul's decision")."""
    return stands_for_actor(token_of(toponym, doc))


def stands_for_actor(token) -> bool:
    return phrase_head(token).dep_ in ACTOR_DEPS or token.dep_ == "poss" and not is_place_part(token)


def in_foreign_quote(toponym: Toponym, event: Event, doc: Document) -> bool:
    return any(q.start <= toponym.start < q.end and q.id != event.quote_id for q in doc.quotes)


def ancestors_within(token, stop_at_verb: bool):
    """The heads above a token, nearest first (up to the first verb when ``stop_at_verb``)."""
    for _ in range(MAX_STEPS):
        if token.head.i == token.i:
            return
        token = token.head
        yield token
        if stop_at_verb and token.pos_ in ("VERB", "AUX"):
            return


def trigger_token(event: Event, doc: Document, toponym: Toponym):
    spacy_doc = doc.parsed[toponym.paragraph]
    start = event.start - doc.article.paragraphs[toponym.paragraph].start
    for token in spacy_doc:
        if token.idx >= start and token.text == event.trigger:
            return token
    return None


def rank(toponym: Toponym, event: Event, doc: Document) -> int | None:
    """How far (in heads) the place is from the event; None when it is not where the event happened."""
    token = token_of(toponym, doc)
    trigger = trigger_token(event, doc, toponym)
    if trigger is None or acts_as_actor(token, toponym, event) or in_foreign_quote(toponym, event, doc):
        return None
    preposition = preposition_of(token)
    scope = prepositions().get(preposition.lower_) if preposition is not None else None
    if scope == "clause" and preposition.head.i == trigger.i:
        return 1
    if phrase_head(token).dep_ == "dobj" and phrase_head(token).head.i == trigger.i:
        return 1 if event.code[:2] in target_roots() else None
    if scope == "sentence" or is_place_part(token):
        above = list(ancestors_within(token, stop_at_verb=True))
        if any(t.i == trigger.i for t in above):
            return len(above)
        verb = above[-1] if above else None
        if verb is not None and (verb.i == trigger.i or any(t.i == verb.i for t in ancestors_within(trigger, False))):
            return MAX_STEPS + abs(token.i - trigger.i)
    return None


def sentence_toponyms(event: Event, doc: Document, toponyms: list[Toponym]) -> list[Toponym]:
    """The places in the event's sentence that say where it happened, best first."""
    ranked = []
    for toponym in toponyms:
        if event.start <= toponym.start < event.end:
            order = rank(toponym, event, doc)
            if order is not None:
                ranked.append((order, toponym.start, toponym))
    return [toponym for *_, toponym in sorted(ranked, key=lambda item: item[:2])]
