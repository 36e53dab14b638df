"""Criticism told as fire one comes under: "the administration came under fire in Congress for its plans",
"Clinton came under fire from Republicans", "the minister has drawn fire from his own backbenchers" (thirtieth
session, constructions.tsv: received_fire). The words of force name criticism only between parties that fight
with words: "the convoy came under fire from Israeli troops" is an attack, left to the patterns."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.verbal import armed

HOLDERS = {"come", "be", "draw", "attract", "face", "take", "get", "find"}  # "came under fire", "drew fire from"
LEGISLATURES = {"LEG"}  # "came under fire in Congress": the body where it is said is the critic


def fire_taken(noun, verb) -> bool:
    """The force noun is what the verb's subject comes under or draws ("came under fire", "is under attack",
    "drew fire from"), not fire it opens or an attack it makes."""
    if verb is None or verb.lemma_.lower() not in HOLDERS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True
    return noun.dep_ == "dobj" and verb.lemma_.lower() in ("draw", "attract", "face", "take")


def chamber_critics(noun, verb, actor_of) -> list:
    """"came under fire in Congress", "in the Commons": the legislature where the fire is drawn."""
    return [o for head in (noun, verb) if head is not None for p in syntax.children(head, "prep")
            if p.lower_ == "in" for o in syntax.children(p, "pobj")
            if actor_of(o) is not None and (actor_of(o).code or "")[3:6] in LEGISLATURES]


def unarmed_sides(sources, targets) -> bool:
    """No armed party on either side: fire between parties that speak is criticism."""
    return not any(m is not None and armed(m) for _, m in (*sources, *targets))
