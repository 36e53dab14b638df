"""An object moved after a judging adjective ("heavy NP shift"): "Iran denied as baseless reports that it intended
to threaten shipping" is "denied reports ... as baseless". The parser makes the adjective and its noun the object of
"as"; the noun is the verb's object (``data/events/shifted_judgements.tsv`` lists the adjectives)."""

from __future__ import annotations

from functools import cache

from newsevents.resources import data_path, read_tsv


@cache
def shifted_judgements() -> frozenset[str]:
    return frozenset(lemma.lower() for _, (lemma, _note) in read_tsv(data_path("events", "shifted_judgements.tsv"),
                                                                       columns=2))


def shifted_object(verb):
    """The noun of "V as <judging adjective> <noun>", when the verb has no object of its own, else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            first = noun.doc[prep.i + 1] if prep.i + 1 < len(noun.doc) else None
            if noun.dep_ == "pobj" and first is not None and first.head.i == noun.i and first.dep_ == "amod" \
                    and first.lemma_.lower() in shifted_judgements():
                return noun
    return None
