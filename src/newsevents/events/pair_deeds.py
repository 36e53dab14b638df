"""Acts the story's pair told as nouns of their own doer with no target named: "The U.S. threats have
undercut those who argue for conciliation", "U.S. criticism damages Nakasone" in a story about the US and
Japan. A noun that names its doer itself (a state before it, a possessor; not a by-phrase) and no one it is aimed
at is an act of that doer; the coder keeps it with no target, and the story's context gives it the other state
of the principal pair when its paragraph or the one before names both (``context.StoryContext.targets``).

Only the kinds of act in ``data/events/pair_deeds.tsv`` (criticism, accusations, threats, sanctions, force — acts
a story about two states is made of; force only by a demonym, "the last Iraqi attack", not "the Iraq war" or "the
Paris attacks", which name a place; nothing between the two, "the Iran-Iraq war"; nothing guarded against), only a
noun told as known (not "any U.S. threat", "a possible strike"), and not a
noun the act of another party's verb takes as its object: "Japan rejected U.S. threats" is coded from "rejected"
(with the threat as what is rejected), "Britain backed the U.S. sanctions" from "backed".
"""

from __future__ import annotations

from functools import cache

from newsevents import messages
from newsevents.events.embedding import NOT_DONE
from newsevents.events.noun_sources import by_agent, own_doer
from newsevents.resources import DataError, data_path, read_tsv


@cache
def deed_codes() -> frozenset[str]:
    """The code prefixes of ``pair_deeds.tsv`` (first column)."""
    path = data_path("events", "pair_deeds.tsv")
    codes = set()
    for number, (prefix, _note) in read_tsv(path, columns=2, optional=1):
        if not prefix.isdigit() or len(prefix) not in (2, 3, 4):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number,
                                                       reason=f"not a CAMEO code prefix: {prefix!r}"))
        codes.add(prefix)
    return frozenset(codes)


def pair_deed(noun, code: str, doer, actor_of) -> bool:
    """The noun names a deed of ``doer`` (the noun's own doer, a known actor) of a kind the story's pair
    does to each other, told as done or under way, with no party it is aimed at in the sentence."""
    if not any(code.startswith(prefix) for prefix in deed_codes()) or doer is None:
        return False
    if own_doer(noun) is None or own_doer(noun).i != doer.i or by_agent(noun) is not None or actor_of(doer) is None:
        return False  # "Japan faced threats": whose, the noun does not say; "despite warnings by police": to someone
        # the sentence does not name, not the other state
    if any(c.lower_ in NOT_DONE or c.dep_ == "neg" or c.lower_ in ("no", "a", "an") for c in noun.children):
        return False  # "any U.S. threat", "no U.S. sanctions", "a U.S. threat": not the story's known act
    if code[:2] in FORCE_ROOTS and (doer.dep_ != "amod" or doer.ent_type_ != "NORP" or noun.lemma_.lower() in WARS):
        return False  # force only by a demonym ("the last Iraqi attack"): "the Iraq war", "the Paris attacks" name a
        # place, and "the United States' longest war" a war between two
    if len([t for t in noun.lefts for t in t.subtree if t.ent_type_ in ("GPE", "NORP") and t.ent_iob_ == "B"]) > 1:
        return False  # "the Iran-Iraq war", "US-Japan trade frictions": between the two, not by one
    if any(o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC") for p in noun.children if p.dep_ == "prep"
           for o in p.children if o.dep_ == "pobj"):
        return False  # "the senator's criticism in Moscow": where it was said names a state, not the one criticised
    if any(c.dep_ in ("acl", "ccomp", "xcomp") for c in noun.children):
        return False  # "Britain's threat to cut aid to Kenya": its content names the target (embedding.py)
    if noun.dep_ == "pobj" and noun.head.lower_ in GUARDED:
        return False  # "naval protection against Iranian attacks": attacks feared, on whoever is protected
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.lemma_.lower() in AVERTED:
        return False  # "little hope of avoiding U.S. sanctions": threatened, not imposed
    return noun.tag_ in ("NN", "NNS")


GUARDED = frozenset({"against", "from"})
FORCE_ROOTS = ("18", "19", "20")
WARS = frozenset({"war", "conflict", "fighting", "clash", "hostility", "warfare", "battle"})  # between two
AVERTED = frozenset({"avoid", "escape", "risk", "fear", "prevent", "avert", "forestall", "head", "stave", "ward"})

