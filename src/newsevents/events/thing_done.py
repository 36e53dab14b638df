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
STATEMENTS = "01"  # "a statement issued by X": the noun names the statement made
DEPTH = 2  # "agreed to stop talking the dollar down": an infinitive on an infinitive


def thing_done(trigger, actor_of, refers_to_act, code: str = "") -> bool:
    """True when the trigger's infinitive (or the infinitive of that) has a direct object that is
    no actor, no pair ("both countries") and no act ("talks", "the attack"): a thing; or when the
    trigger shares its conjunct's object ("condemned and prohibited torture": ``shared_thing``) or
    is a participle on the statement it makes ("a statement issued by Union Pacific": ``done_to_noun``)."""
    if shared_thing(trigger, actor_of, refers_to_act) or done_to_noun(trigger, actor_of, code):
        return True
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


def shared_thing(trigger, actor_of, refers_to_act) -> bool:
    """"it condemned and prohibited torture": a verb with no object of its own whose conjunct's object
    is a thing shares that object (the parser hangs it on the last verb), so names no party either."""
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prep") for c in trigger.children):
        return False
    for verb in syntax.children(trigger, "conj"):
        if verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            for obj in syntax.children(verb, "dobj"):
                return a_thing(obj, actor_of, refers_to_act) or generic_act(obj, actor_of)
    return False


def generic_act(word, actor_of) -> bool:
    """"torture", "violence": an act named in general (singular, with no determiner or owner), no one's deed."""
    return word.tag_ == "NN" and actor_of(word) is None \
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "prep") for c in word.children)


def done_to_noun(trigger, actor_of, code: str) -> bool:
    """"a statement issued by Union Pacific said", "a communique released by the ministry": a statement
    (``code`` 01) told by a participle on its noun is addressed to no one its words do not name. Not other
    acts: "the talks, mediated by the African Union", "the arrangement brokered by Russia" are between the
    story's parties (written tune)."""
    noun = trigger.head
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or noun.pos_ != "NOUN" or pair_phrase(noun) \
            or noun.lower_ in OBJECT_PRONOUNS or not code.startswith(STATEMENTS):
        return False
    inside = {w.i for w in trigger.subtree}
    return not any(actor_of(w) is not None for w in noun.subtree
                   if w.i not in inside and w.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"))
