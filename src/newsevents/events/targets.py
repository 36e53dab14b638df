"""Where an event's target is: the pattern's preposition's object, the direct object, the
recipient after "to", the party a complaint is about, a noun's of/on/against phrase."""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.answered import answered, answerer
from newsevents.events.found import RECIPROCAL_ROOTS
from newsevents.events.noun_sources import state_modifier, undergone
from newsevents.events.patterns import Pattern, load_object_classes
from newsevents.resources import data_path

NOUN_TARGET_PREPS = ("on", "against", "with", "to", "of", "between", "in")
SAID_ROOTS = {"01", "02", "10", "11", "12", "13"}  # words: a place after "in" is where they were said
OPEN_WATER = {"sea", "ocean", "gulf", "strait"}  # "fired two missiles into the sea", "sent a frigate to the Persian
# Gulf": a launch or a show of force, not an act on anyone
COUNTERPART_ROOTS = {"04"}  # a consultation needs a counterpart


VISIT = "042"  # a visit: its destination is its target (also the first of coder.TRAVEL_CODES)


def destination(trip) -> list:
    """Where a trip its owner makes goes, named before it ("during *his British* trip", "*his* week-long
    *Washington* visit"): with a possessor, the name before the noun is the place, not the visitor."""
    if not syntax.children(trip, "poss"):
        return []  # "the Japanese visit": the visitor's (noun_sources.state_modifier)
    place = state_modifier(trip)
    return [place] if place is not None else []


def prep_target(token, pattern: Pattern) -> list:
    """The objects of the pattern's own preposition, on the head or on its object (a bare verb's "to" too)."""
    found = [o for o in syntax.prep_objects(token, pattern.prep) if o.lemma_.lower() not in OPEN_WATER]
    if not found and pattern.prep == "to" and pattern.pos == "V":
        found = [d for d in syntax.children(token, "dative")  # "sold India drones"
                 if d.pos_ in ("PROPN", "NOUN", "PRON")]
    if not found and pattern.pos == "N" and token.dep_ == "compound" and token.head.i > token.i:
        found = syntax.prep_objects(token.head, pattern.prep)  # "a mediation effort between X and Y"
    if not found and pattern.pos == "N" and pattern.prep == "to" and token.dep_ == "dobj":
        measured = [o for p in syntax.children(token, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
        found = [o for part in (token.head, *measured) for o in syntax.prep_objects(part, "to")
                 if o.i > token.i]  # "announced a donation of $50 million to X": the parser hangs "to X" elsewhere
        found = found or [d for d in syntax.children(token.head, "dative", "dobj")  # "sent Mr Bush his congratulations"
                          if d.pos_ in ("PROPN", "NOUN", "PRON") and d.i < token.i]  # (a 2nd dobj: the parser's dative)
    if not found and pattern.pos == "N":
        found = [o for p in syntax.children(token, "prep") if p.lower_ == "by" for doer in syntax.children(p, "pobj")
                 for o in syntax.prep_objects(doer, pattern.prep)]  # "the visit by the Greek premier to Turkey":
        # the parser hangs "to Turkey" on the doer
    if not found and pattern.pos == "V" and not pattern.object and pattern.prep == "to":
        for obj in syntax.children(token, "dobj"):  # "extradite the suspects to India": the parser's attachment
            found = found or syntax.prep_objects(obj, "to")
    if not found and pattern.object:
        obj = syntax.object_of(token)
        measured = [o for p in syntax.children(obj, "prep") if p.lower_ == "of"
                    for o in syntax.children(p, "pobj")] if obj is not None else []
        for part in [obj, *obj.conjuncts, *measured] if obj is not None else []:
            found = found or syntax.prep_objects(part, pattern.prep)  # "a package of sanctions against X"
    return found


def target_tokens(token, pattern: Pattern) -> list:
    """Where the pattern says the target is: a preposition's object, else the direct object."""
    if pattern.prep:
        found = prep_target(token, pattern)
        about = complained_about(token, pattern)
        if about:
            return about
        obj = syntax.object_of(token) if pattern.pos == "V" and not pattern.object \
            and pattern.particle != pattern.prep else None  # "left Peru for home": a sense tied to its "for"
        if found and obj is not None and any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in obj.subtree) \
                and not any(t.ent_type_ for t in found):
            return [obj]  # "placed Suu Kyi under house arrest": the person, not the arrest
        if found or pattern.pos != "N":
            return found
    if pattern.pos == "N":
        asked = asked_to_act(token) if pattern.code[:2] in ASKING_NOUN_ROOTS else []
        if asked:
            return asked  # "an EU demand for Turkey to recognise Cyprus": on Turkey
        venue = pattern.code[:2] in RECIPROCAL_ROOTS | SAID_ROOTS  # "a NATO summit in Warsaw", "his demand in
        # Berlin": where, not with whom or of whom
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS and not (venue and child.lower_ == "in"):
                objects = [o for o in syntax.children(child, "pobj") if o.ent_type_ not in syntax.TIMES]
                if objects:
                    return objects
        clauses = syntax.children(token, "acl", "ccomp", "relcl")
        if token.dep_ == "dobj":
            clauses += syntax.children(token.head, "ccomp")  # the parser hangs the clause on the verb
        for clause in clauses:
            if any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
                return syntax.children(clause, "nsubj", "nsubjpass")  # "its demand that Israel ease ..."
        if undergone(token):
            return syntax.children(token.head, "nsubj")  # "Iran faces new UN sanctions": on Iran
        if answered(token):
            subject = answerer(token)  # "Seoul dismissed criticism from Tokyo": Tokyo criticised Seoul
            return [subject] if subject is not None else []
        return destination(token) if pattern.code.startswith(VISIT) else []
    if pattern.object:
        obj = syntax.object_of(token)
        if pattern.code[:2] in COUNTERPART_ROOTS and obj is not None and obj.lemma_.lower() == pattern.object \
                and any(t.ent_type_ in NAMED for t in obj.subtree):
            return [obj]  # "received the Hungarian prime minister", "hosted a Chinese delegation": the visitor
        return []
    obj = syntax.object_of(token)
    if obj is not None:
        return [to_recipient(token, obj) or obj]
    if pattern.code.startswith("03"):  # "Norway, Egypt and the Soviet Union agreed to help OPEC": OPEC
        helped = [o for clause in syntax.children(token, "xcomp") for o in syntax.children(clause, "dobj")
                  if o.ent_type_ in NAMED]  # not "agreed to postpone the demonstration"
        if helped:
            return helped
    return syntax.children(token, "dative")


NAMED = ("PERSON", "ORG", "GPE", "NORP")
ASKING_NOUN_ROOTS = {"02", "10"}  # appeals and demands


def asked_to_act(noun) -> list:
    """"a demand for Turkey to recognise Cyprus", "the call for Russia to withdraw": the party
    a demand or an appeal asks to act, named after "for" with its infinitive (not "a demand
    for oil", "calls for talks")."""
    for prep in syntax.children(noun, "prep"):
        if prep.lower_ != "for":
            continue
        for obj in syntax.children(prep, "pobj"):
            after = obj.right_edge.i + 1
            if obj.ent_type_ in NAMED and after + 1 < len(obj.doc) and obj.doc[after].lower_ == "to" \
                    and obj.doc[after + 1].pos_ in ("VERB", "AUX"):
                return [obj]
    for clause in syntax.children(noun, "advcl", "acl", "relcl"):
        if any(m.lower_ == "for" and m.dep_ == "mark" for m in clause.children):
            return [s for s in syntax.children(clause, "nsubj") if s.ent_type_ in NAMED]
    return []


def complained_about(verb, pattern: Pattern) -> list:
    """"complained to the WTO that South Korea was blocking imports": a complaint made to
    someone is aimed at the party the that-clause is about, not at its addressee."""
    if pattern.pos != "V" or pattern.prep != "to" or pattern.code[:2] != "11":
        return []
    for clause in syntax.children(verb, "ccomp"):
        if any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
            return [s for s in syntax.children(clause, "nsubj", "nsubjpass") if s.pos_ != "PRON"]
    return []


def to_recipient(verb, obj):
    """"offered wheat to Bangladesh": when the object is a thing, not a named party, the
    named party after "to" (on the verb or on the object) is the recipient."""
    if any(t.ent_type_ in NAMED for t in obj.subtree):
        return None
    for head in (verb, obj):
        for child in head.children:
            if child.dep_ in ("dative", "prep") and child.lower_ == "to":
                named = [o for o in syntax.children(child, "pobj") if o.ent_type_ in NAMED]
                if named:
                    return named[0]
    return None


def a_sum(token) -> bool:
    """A sum of money as the target (the ``money`` class of object_classes.tsv: "return 1.7 billion
    Canadian dollars to businesses"): the demonym names a currency, no party."""
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in money_words()


@lru_cache(maxsize=1)
def money_words() -> frozenset[str]:
    return frozenset(load_object_classes(data_path("events"))["money"])
