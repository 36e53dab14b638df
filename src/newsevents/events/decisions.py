"""Decisions and plans as nouns, and whose act their infinitive is: "Kenya's decision to expel",
"the decision by India and Pakistan to open", "announced a decision to suspend aid" (read by
``syntax.subject_of`` and ``embedding``)."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_tsv


@lru_cache(maxsize=1)
def decision_nouns() -> frozenset[str]:
    """Nouns whose infinitive is the act of their verb's subject (``decision_nouns.tsv``)."""
    path = data_path("events", "decision_nouns.tsv")
    return frozenset(lemma.lower() for _, (lemma,) in read_tsv(path, columns=1) if lemma != "lemma")


def decision_agent(noun):
    """The doer a decision noun names in a by-phrase ("the decision *by Kenya* to expel") or by a name or
    adjective before it ("the U.S. decision to impose", "the Iranian threat to attack"), else None. By the
    parser's entity type: the parse has no actor index here (syntax.subject_of)."""
    if noun.lemma_.lower() not in decision_nouns():
        return None
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return next((c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")
                 and c.ent_type_ in ("NORP", "GPE", "ORG")), None)  # "the NATO decision to", "the Hamas threat to"


def decided_by(verb):
    """The doer of a decision noun the verb is the infinitive of, named by a possessive or a
    by-phrase ("Canada's decision to close its ports", "the decision by Kenya to expel"), else None."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in decision_nouns() \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners[0] if owners else decision_agent(noun)
