"""Troops sent to help with relief are aid: "Britain has offered to send 120 Gurkhas to assist with the tsunami
relief effort in Indonesia" is humanitarian aid to Indonesia (073; offered, an intent to give it: 0333), not a
show of force (154). Read off the purpose clause of the verb of sending, like peacekeepers
(``constructions.deployment_code``); the troops' own noun phrase does not count ("relief troops" replace
others). Constructions.tsv, relief_deployment; its cues are the purpose's words of relief."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.constructions import SENDING_CODES
from newsevents.events.found import known
from newsevents.events.patterns import Rules

PLACES = {"country", "capital", "city"}  # where the relief goes
RELIEF_CODES = {"073", "0333"}  # humanitarian aid, and its intent


def relief_code(code: str, verb, rules: Rules) -> str:
    """073 for troops sent or deployed (154) to a purpose that names relief ("to assist with the relief effort",
    "to help with humanitarian work"), else ``code``."""
    if code not in SENDING_CODES or "relief_deployment" not in rules.constructions or verb.pos_ != "VERB":
        return code
    new_code, cues = rules.constructions["relief_deployment"]
    return new_code if any(t.lemma_.lower() in cues for p in relief_purposes(verb) for t in p.subtree) else code


def relief_purposes(verb) -> list:
    """The to-infinitive purpose clauses of a verb of sending ("to assist with the relief effort")."""
    return [c for c in syntax.children(verb, "advcl", "xcomp") if any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children)]


def without_relief_purpose(found: list, actor_of) -> list:
    """The aid the purpose clause names ("to assist with the relief effort": 070) is the sending's own content,
    not a second act that the sending, an intent once offered (0333), would yield to; and the aid goes to the
    place the purpose names ("relief effort in Indonesia"), not to the troops sent."""
    settled, purposes = [], set()
    for event in found:
        if event.pattern.code in SENDING_CODES and event.code in RELIEF_CODES:  # not peacekeepers (074)
            clauses = relief_purposes(event.trigger)
            purposes |= {c.i for c in clauses}
            objects = {o.i for o in syntax.children(event.trigger, "dobj")}
            place = next((p for c in clauses if (p := purpose_place(c, actor_of)) is not None), None)
            if place is not None and all(t.i in objects for t, _ in event.targets):
                event = replace(event, targets=(place,))
        settled.append(event)
    return [f for f in settled if not (f.trigger.i in purposes and f.code[:2] == "07")]


def purpose_place(clause, actor_of):
    """(token, mention) of the first state's place after "in" or "to" in a purpose clause, else None."""
    for token in clause.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "to"):
            mention = actor_of(token)
            if known(mention) and mention.kind in PLACES:
                return token, mention
    return None
