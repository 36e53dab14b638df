"""A deed told in a relative clause on the object of another act (thirty-second session, helper E).

"Chile denounced *the attack that Peru launched on Bolivia*", "welcomed *the aid which Peru sent to Bolivia*",
"criticised *the agreement Peru signed with Bolivia*": the clause has a subject of its own, a party named by
its name, and tells in the past what that party did; the outer act is aimed at the thing done. Read as the
outer act's content, the deed was lost, and the outer act, whose object is no party, lost its target too.
Like a deed named on its own noun ("condemned Iran's attack": ``embedding.named_deed``), the clause's act is
its subject's own event, and the outer act is aimed at that subject.

Not a deed that may yet come ("any attack that Peru might launch": a modal, a future, a wish on the outer
act, "any" or "possible" on the noun), not a relative pronoun as the clause's subject ("the group which
attacked ...": who the noun is, read by ``asides``), and not a deed of the outer act's own source ("the aid
that Chile sent": its own doing). A deed the story told before, between the same parties and of the same root
("Peru shelled Bolivian posts. ... Chile denounced the attack that Peru launched on Bolivia"), is that deed
referred to again, not a second one (``told_again``).
"""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known

PAST_TAGS = ("VBD", "VBN")
UNDONE_AUX = {"will", "would", "may", "might", "could", "can", "should", "must", "shall", "'ll", "to"}
WISHING_ROOTS = {"02", "03", "10", "13"}  # appeals, intents, demands, threats: their object may not be done
NOT_DONE = {"any", "every", "possible", "potential", "future", "planned", "proposed", "further", "new"}


def clause_doer(verb, outer_trigger):
    """The named subject of a relative clause that ``verb`` heads on the outer act's direct object, when the
    clause tells a deed done (past, no modal or "to"), else None."""
    if verb.dep_ != "relcl" or verb.tag_ not in PAST_TAGS or verb.head.dep_ != "dobj" \
            or verb.head.head.i != outer_trigger.i:
        return None
    if any(a.lower_ in UNDONE_AUX for a in syntax.children(verb, "aux")) or syntax.children(verb, "neg") \
            or any(c.lower_ in NOT_DONE for c in verb.head.children):
        return None  # "any deal that Peru signed", "a possible attack that ...": not one deed told as done
    subjects = syntax.children(verb, "nsubj")
    if not subjects or subjects[0].tag_ in ("WDT", "WP") or subjects[0].pos_ == "PRON":
        return None
    return subjects[0]


def deed_clause(inner: Found, outer: Found) -> bool:
    """The inner act is a deed its own named subject did, told in a relative clause on the outer act's
    object ("denounced the attack that Peru launched on Bolivia"), and the outer act is no appeal, intent,
    demand or threat: an event of its own, not the outer act's content."""
    if outer.code[:2] in WISHING_ROOTS or clause_doer(inner.trigger, outer.trigger) is None:
        return False
    mine = {m.code[:3] for _, m in outer.sources if known(m)}
    theirs = {m.code[:3] for _, m in inner.sources if known(m)}
    return bool(theirs) and not theirs & mine


def aimed_at_doer(outer: Found, inner: Found) -> Found:
    """The outer act with the deed's doer as its target, when it names no known target of its own."""
    if any(known(m) for _, m in outer.targets):
        return outer
    doers = tuple((t, m) for t, m in inner.sources if known(m))
    return Found(outer.code, outer.pattern, outer.trigger, outer.sources, doers, outer.modality)


def told_again(trigger, source: str, target: str, code: str, events) -> bool:
    """``trigger`` heads a deed clause (``clause_doer``) and ``events``, told before, have the same source and
    target countries and CAMEO root: the clause refers back to that deed ("the attack that Peru launched")."""
    if trigger.dep_ != "relcl" or clause_doer(trigger, trigger.head.head) is None:
        return False
    return any(e.source[:3] == source[:3] and e.target[:3] == target[:3] and e.code[:2] == code[:2] for e in events)
