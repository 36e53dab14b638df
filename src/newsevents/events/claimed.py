"""What is claimed, reported or shown by evidence is not an act known to be done (thirtieth session, P): "Erdogan said
he has confirmed evidence that US-led forces have supported ISIS", "Turkey cited reports that Russian jets attacked
the rebels", "allegations that Russia supplied arms to Syria" — an act in the that-clause of a noun of claim
(``data/events/claimed.tsv``) is the claim's content; the tune gold codes the claim (an accusation by its owner, where
a rule finds one), never the act. Climbs through the clause's infinitives ("reports that it intended
to threaten shipping")."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words

CLAUSE_DEPS = ("acl", "ccomp")
CLIMB_DEPS = ("xcomp", "ccomp")  # not "conj": the parser hangs a reporter's own second verb on the clause
MAX_STEPS = 4


@lru_cache(maxsize=1)
def claim_nouns() -> frozenset[str]:
    return read_kinded_words(data_path("events", "claimed.tsv"), ("claim",))["claim"]


def claimed(token) -> bool:
    """The trigger (a verb) sits in the that-clause of a noun of claim."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    nouns = claim_nouns()
    node = token
    for _ in range(MAX_STEPS):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in CLAUSE_DEPS and head.pos_ == "NOUN" and head.lemma_.lower() in nouns and finite(node):
            return True
        if node.dep_ not in CLIMB_DEPS:
            return False
        node = head
    return False


def finite(clause) -> bool:
    """A that-clause with a subject of its own ("claims that Russia bombed"), not a participle on the noun ("a claim
    denied by the chancellor": the denial is done)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
        or any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
