"""Acts whose infinitive says what is done to a thing: no party to find in the story.

"OPEC agreed to cut its production ceiling", "Nippon Steel agreed to pay 72% more for iron ore",
"Obama has threatened to veto the bill": the act names no party because its content is a deed
done to a thing (a ceiling, a price, a bill), not an appeal or a promise that leaves its addressee
implicit ("urged restraint", "said it would retaliate", "offered to host talks"). Such an act is not
aimed at the story's principal pair or at the one state it is about (``StoryContext.targets``); on
625 unseen BBC, Reuters and PolNeAR articles those story targets were wrong (sixteen acts with no
target, two right: twenty-sixth session, E2).
"""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.context import pair_phrase

OBJECT_PRONOUNS = {"it", "them", "him", "her", "us", "you", "one", "this", "that", "these", "those"}
AGREEING = {"agree", "consent"}  # "agreed to X": X is what is agreed, not whom with
DEPTH = 2  # "agreed to stop talking the dollar down": an infinitive on an infinitive


def thing_done(trigger, actor_of, refers_to_act) -> bool:
    """True when the trigger's infinitive (or the infinitive of that) has a direct object that is
    no actor, no pair ("both countries") and no act ("talks", "the attack"): a thing."""
    for obj in syntax.prep_objects(trigger, "to") if trigger.lemma_.lower() in AGREEING else ():
        return a_thing(obj, actor_of, refers_to_act)  # "agreed to a price rise"; "agreed to a ceasefire" is an act
    verbs, seen = [trigger], 0
    while verbs and seen < DEPTH:
        verbs = [x for verb in verbs for x in syntax.children(verb, "xcomp") if x.pos_ in ("VERB", "AUX")]
        seen += 1
        for verb in verbs:
            for obj in syntax.children(verb, "dobj"):
                if not a_thing(obj, actor_of, refers_to_act):
                    return False
                return True
    return False


def a_thing(word, actor_of, refers_to_act) -> bool:
    """A noun that names no party and no act: "its production ceiling", "the bill", "72% more"."""
    if word.lower_ in OBJECT_PRONOUNS or word.pos_ in ("PRON", "PROPN") or pair_phrase(word) or refers_to_act(word):
        return False
    mention = actor_of(word)
    if mention is not None and word.text in mention.text:
        return False
    return not any(actor_of(w) is not None for w in word.subtree if w.i != word.i and w.dep_ != "poss"
                   and w.pos_ in ("NOUN", "PROPN", "PRON"))  # "the money they send home": theirs
