"""Support one wins is the giver's act (thirtieth session, P, from the counting sample's read half): "Christie won the
endorsement of the New Hampshire Union Leader", "Kenya won the backing of Uganda" — the of-phrase names who endorses
or backs, the subject whom; the noun's pattern made the subject the doer. ``won_from`` gives that of-phrase for
``constructions.find_received_as`` (as "won praise from Y" is read), and ``not_acts`` skips the pattern's event."""

from __future__ import annotations

from newsevents.events import syntax

WINNING = {"win", "receive", "get", "gain", "earn", "secure", "draw", "attract", "garner"}  # not "have": a standing


def won_from(noun, cues) -> list:
    """The of-phrase objects of a noun of ``cues`` (praise, support, endorsement ...) that is the object of a verb
    of winning ("won the endorsement of X"), else []."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in WINNING:
        return []
    return [o for p in syntax.children(noun, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
