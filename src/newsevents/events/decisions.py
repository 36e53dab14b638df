"""Decisions and plans as nouns: whose act their infinitive is ("Kenya's decision to expel",
"the decision by Kenya to expel", "announced a decision to suspend aid")."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_tsv


@lru_cache(maxsize=1)
def decision_nouns() -> frozenset[str]:
    """Nouns whose infinitive is the act of their verb's subject (``decision_nouns.tsv``)."""
    path = data_path("events", "decision_nouns.tsv")
    return frozenset(lemma.lower() for _, (lemma,) in read_tsv(path, columns=1) if lemma != "lemma")


def decision_owner(noun):
    """Whose decision or plan a noun is: its possessor ("Kenya's decision"), or for a decision
    noun the object of its "by" ("the decision by Kenya")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners[0]
    if noun.lemma_.lower() in decision_nouns():
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None
