"""An act told to a party (thirtieth session, E): "Kenya told Uganda it would send aid", "Kenya assured
Uganda that it would send aid", "the prime minister told Mr Brown he would stand down".

A speaker who tells a party of its own act — in the clause a verb of telling governs (``TELLING``: tell,
assure, reassure, inform, promise, notify), with no party of its own — tells it to the one it concerns: the
party told is the act's target. Only when the act is the teller's own (its source is of the teller's country:
"Kenya told Uganda that Tanzania would help" leaves Tanzania's help with no recipient) and the one told is a
known actor; "told reporters" names no party (the actors stage knows no reporters), nor does a news outlet told
("told Reuters": ``audience.told_outlet``).
"""

from __future__ import annotations

from newsevents.events.audience import told_outlet
from newsevents.events.found import Found, known

TELLING = frozenset({"tell", "assure", "reassure", "inform", "promise", "notify"})
CLAUSE = frozenset({"ccomp", "xcomp", "acomp", "dobj", "attr", "prep", "pobj", "advcl"})  # not "conj": a second
# verb the parser hangs inside the clause may be the teller's own ("told the council that X had refused ... and
# demanded proof": a demand on X, not on the council)
HEARER_DEPS = ("dobj", "dative")


def teller(trigger):
    """The verb of telling whose that-clause (a ccomp on its way up) holds ``trigger``, or None: "told Uganda
    [it was ready to help]"; not the verb's infinitive ("told Uganda to leave" is an order, coded as such)."""
    token, through_clause = trigger, False
    for _ in range(6):
        if token.dep_ not in CLAUSE or token.head.i == token.i:
            return None
        through_clause = through_clause or token.dep_ == "ccomp"
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in TELLING:
            return token if through_clause else None
    return None


def told_party(event: Found, actor_of) -> tuple:
    """The known party told of ``event`` (an act with no known target), as ((token, mention),), or ()."""
    if any(known(m) for _, m in event.targets):
        return ()
    countries = {m.code[:3] for _, m in event.sources if known(m)}
    verb = teller(event.trigger)
    if verb is None or not countries:
        return ()
    speakers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(known(actor_of(s)) and actor_of(s).code[:3] in countries for s in speakers):
        return ()  # the act is not the teller's own
    for child in verb.children:
        if child.dep_ in HEARER_DEPS:
            mention = actor_of(child)
            if known(mention) and mention.code[:3] not in countries and not told_outlet(child, mention):
                return ((child, mention),)
    return ()
