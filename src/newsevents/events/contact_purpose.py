"""What a meeting, a call or a trip is for: "met British officials this week to press the case for keeping
the embargo", "flew to Seoul to demand an apology", "telephoned his Italian counterpart to protest".

An act in an infinitive of purpose on an act of contact (root 04: meet, visit, call) that names no party of
its own is aimed at the one the contact is with: the party met, visited or called (an appeal, a demand, a
protest made to them); so is an intended act in a participle clause on it ("met X, agreeing to cooperate":
``committed``, thirtieth session, E). The purpose stays an act of its own beside the contact (``purpose_clause``,
read by ``embedding.settle_embedded``).
"""

from __future__ import annotations

from newsevents.events.found import Found, known

CONTACT_ROOT = "04"
# "met X, saying the talks had been useful": what is said is told to the reader, not done to the one met
SAYING = frozenset({"say", "add", "note", "stress", "explain", "describe", "insist", "argue", "claim", "comment"})


def purpose_clause(token, trigger) -> bool:
    """An infinitive of purpose on the trigger itself ("travel to X *to seek* a truce")."""
    return token.dep_ == "advcl" and token.head.i == trigger.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def participle_clause(token, trigger) -> bool:
    """A participle clause with no subject of its own on the trigger, holding ``token`` ("met X, *agreeing to
    cooperate*", "phoned X, *promising aid*"): what the contact came to (thirtieth session, E)."""
    while token.head.i != trigger.i:
        if token.head.i == token.i or token.dep_ in ("conj", "relcl", "acl", "advcl"):
            return False  # a clause of its own below the participle
        token = token.head
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > trigger.i and token.lemma_ not in SAYING \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def committed(event: Found, outer: Found) -> bool:
    """A commitment the contact produced, told by a participle ("met X, *agreeing to cooperate*", "phoned X,
    *promising to send aid*"): an intended act only — "spoke with X, asking him a series of questions" is no
    appeal to X (the counting sample)."""
    return event.modality == "intended" and participle_clause(event.trigger, outer.trigger)


def contacted(event: Found, found: list[Found]) -> tuple:
    """The known targets of the contact act whose purpose ``event`` is, or ()."""
    if event.code[:2] == CONTACT_ROOT or any(known(m) for _, m in event.targets) \
            or not any(known(m) for _, m in event.sources):
        return ()  # a doer placed later ("delegations ... heading to the SEC to protest") may be the target's own
    for outer in found:
        if outer is not event and outer.code[:2] == CONTACT_ROOT and (purpose_clause(event.trigger, outer.trigger)
                                                                   or committed(event, outer)):
            targets = tuple((t, m) for t, m in outer.targets if known(m))
            if targets and not shared_country(event, targets):
                return targets
    return ()


def shared_country(event: Found, targets: tuple) -> bool:
    """A target of the source's own country ("met party leaders to urge unity") is no counterpart."""
    countries = {m.code[:3] for _, m in event.sources if known(m)}
    return any(m.code[:3] in countries for _, m in targets)
