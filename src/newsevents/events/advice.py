"""Advice is no act: what a party "should" do is someone's opinion of it.

"Hillary Clinton should cut ties with her aide", "he should resign", "X should be starting the year
with an apology" tell what a writer or speaker wants, not anything the subject did or means to do;
coded as the subject's (hypothetical) act they named a deed nobody did. Whoever gives the advice is
coded by the constructions ("X said Y must ...": a demand by X on Y), which are not hypothetical.
An inverted "should talks fail" is a condition (modality ``conditional``) and stays. So is an act a
speaker calls important with an empty "it" ("It is really important to support head teachers", "it's
also important to remember how far we have come"): advice to nobody in particular, no one's act.
"""

from __future__ import annotations

from newsevents.events.modality import AUXILIARY, governing_chain

ADVICE = {"should", "ought"}  # "ought to" is parsed as the head verb ("ought" MD, the act its xcomp)
POSSIBLE = {"may", "might", "could"}  # "could" beside "should" is a possibility, not advice


def advised(found) -> bool:
    """A hypothetical act whose chain of governing verbs carries "should" (and no
    "may", "might", "could"): the subject's advised act, not an event."""
    if found.modality != "hypothetical":
        return False
    chain = governing_chain(found.trigger)
    auxiliaries = {c.lower_ for token in chain for c in token.children if c.dep_ in AUXILIARY}
    auxiliaries |= {token.lower_ for token in chain if token.tag_ == "MD"}  # "ought" heads its act
    return bool(auxiliaries & ADVICE) and not auxiliaries & POSSIBLE


EVALUATIONS = {"important", "essential", "vital", "necessary", "crucial", "imperative", "right", "wrong"}


def evaluated(found) -> bool:
    """The act is the extraposed subject of "it is important (vital, necessary ...) to": the chain of
    governing words reaches an "xcomp" of a "be" whose subject is "it" and whose complement is such
    an adjective."""
    chain = governing_chain(found.trigger)
    for below, token in zip(chain, chain[1:], strict=False):
        if below.dep_ == "xcomp" and token.lemma_ == "be" \
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children) \
                and any(c.dep_ == "acomp" and c.lower_ in EVALUATIONS for c in token.children):
            return True
    return False
