"""What a meeting, a call or a trip is for: "met British officials this week to press the case for keeping
the embargo", "flew to Seoul to demand an apology", "telephoned his Italian counterpart to protest".

An act in an infinitive of purpose on an act of contact (root 04: meet, visit, call) that names no party of
its own is aimed at the one the contact is with: the party met, visited or called (an appeal, a demand, a
protest made to them). The purpose stays an act of its own beside the contact (``purpose_clause``, read by
``embedding.settle_embedded``).
"""

from __future__ import annotations

from newsevents.events.found import Found, known

CONTACT_ROOT = "04"


def purpose_clause(token, trigger) -> bool:
    """An infinitive of purpose on the trigger itself ("travel to X *to seek* a truce")."""
    return token.dep_ == "advcl" and token.head.i == trigger.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def contacted(event: Found, found: list[Found]) -> tuple:
    """The known targets of the contact act whose purpose ``event`` is, or ()."""
    if event.code[:2] == CONTACT_ROOT or any(known(m) for _, m in event.targets) \
            or not any(known(m) for _, m in event.sources):
        return ()  # a doer placed later ("delegations ... heading to the SEC to protest") may be the target's own
    for outer in found:
        if outer is not event and outer.code[:2] == CONTACT_ROOT and purpose_clause(event.trigger, outer.trigger):
            targets = tuple((t, m) for t, m in outer.targets if known(m))
            if targets and not shared_country(event, targets):
                return targets
    return ()


def shared_country(event: Found, targets: tuple) -> bool:
    """A target of the source's own country ("met party leaders to urge unity") is no counterpart."""
    countries = {m.code[:3] for _, m in event.sources if known(m)}
    return any(m.code[:3] in countries for _, m in targets)
