""""..., officials agreed": agreeing with a view told before the verb is an opinion, not an accord.

"Baker's remarks do not herald a lower dollar, other officials agreed in interviews": the verb of
agreement follows its content after a comma, as "said" does, and has no act of its own agreed to
(no "to" + verb, no object, no "on", "to" or "with"); the parser often makes the fronted content's
subject a second subject of "agreed", and the coder an accord between the officials and Baker.
"""

from __future__ import annotations

AGREE = {"agree", "concur"}
TERMS = {"xcomp", "dobj", "ccomp", "advcl"}  # "agreed to talk", "agreed a deal", "agreed that X would ..."
PARTIES = {"to", "on", "upon", "with", "over"}
CONTENT = {"nsubj", "ccomp", "parataxis"}  # a clause before the comma, not "After talks in Paris, ..."


def concurred(found) -> bool:
    """A verb of agreement in reporting position: the content before it, then a comma, then its
    subject ("..., officials agreed"), and nothing agreed to of its own."""
    verb = found.trigger
    if verb.lemma_.lower() not in AGREE or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    if any(c.dep_ in TERMS and c.i > verb.i for c in children) \
            or any(c.dep_ == "prep" and c.lower_ in PARTIES for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    commas = [c for c in children if c.dep_ == "punct" and c.text == "," and c.i < verb.i]
    content = [c for c in children if c.dep_ in CONTENT]  # the view agreed with, fronted
    return any(comma.i < subjects[-1].i and any(c.i < comma.i for c in content) for comma in commas) \
        if subjects else False
