"""Force ended is de-escalation (CAMEO 087), not force and not an eased protest.

"Nigeria suspended its air strikes on Cameroon" is no labour strike called off (082) and "announced that its
offensive against Eritrea had ended" no offensive (190): when a verb of halting takes a use of force as its
object, or a use of force is the subject of a verb of ending, the act is the halt, 087, between the parties
the event already has (twenty-ninth session, S: which word of a sentence decides the code)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.found import Found
from newsevents.events.vows import force_noun

DE_ESCALATE = "087"
HALTING = frozenset({"end", "halt", "stop", "suspend", "cease", "pause", "abandon", "call", "wind", "scale"})
HALTING_PARTICLES = {"call": "off", "wind": "down", "scale": "back"}  # "called off", "wound down", "scaled back"
ENDING = frozenset({"end", "stop", "cease", "halt", "finish"})  # "the offensive had ended"
ARMED_MODIFIERS = frozenset({"air", "missile", "drone", "military", "naval", "artillery", "rocket"})


def halting(verb) -> bool:
    """A verb that halts its object ("suspended", "called off"); a particle verb only with its particle."""
    lemma = verb.lemma_.lower()
    if lemma not in HALTING or verb.pos_ not in ("VERB", "AUX"):
        return False
    particle = HALTING_PARTICLES.get(lemma)
    return particle is None or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


def use_of_force(noun, rules) -> bool:
    """A noun of force: one whose patterns are all coercion or force ("offensive", "raids"), or a strike named
    as armed ("air strikes", "missile strikes")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return force_noun(noun, rules) or noun.lemma_.lower() == "strike" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ARMED_MODIFIERS for c in noun.children)


def force_halted(token, rules) -> bool:
    """The token halts a use of force it takes as object, or is a use of force that its verb halts or ends."""
    if halting(token):
        return any(use_of_force(o, rules) for o in syntax.children(token, "dobj", "nsubjpass"))
    if token.dep_ in ("dobj", "nsubjpass") and halting(token.head):
        return use_of_force(token, rules)  # "called off its offensive against X": the noun is the trigger
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in ENDING and use_of_force(token, rules)


RECODED_ROOTS = ("08", "18", "19", "20")  # force, or the wrong easing ("suspended its air strikes": 082)


def ended_force(found: list[Found], rules) -> list[Found]:
    """Each event of force or easing whose trigger halts a use of force, or is one that ends, as
    de-escalation (087); a refusal to halt ("refused to halt the bombing": 1246) stays."""
    return [replace(f, code=DE_ESCALATE) if f.code[:2] in RECODED_ROOTS and not f.code.startswith(DE_ESCALATE)
            and force_halted(f.trigger, rules) else f for f in found]

