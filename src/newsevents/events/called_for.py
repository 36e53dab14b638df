"""An act named in the infinitive of a noun of asking is asked for, not done.

"Trump defended his recent call to ban all Muslim immigrants" was a ban (172), "renewed his call to expel
the Russian diplomats" an expulsion (161), both asserted (audits on unseen articles, eighteenth and
nineteenth sessions). The verb reads them right already: "called to expel the diplomats" is an appeal (020)
whose content is the expulsion. So the noun does the same: an act whose verb is the to-infinitive of "call",
"appeal", "plea", "request" or "demand" is that appeal or demand by the same doer, with the same target.
When the infinitive has a subject of its own ("his call for Obama to expel ..."), it is the one asked to
act, and the appeal is coded on the noun (``targets.asked_to_act``): the act is no event of its own.
"""

from __future__ import annotations

from newsevents.events import syntax

# the noun of asking -> the code of the act it names (CAMEO 020 appeal, 100 demand)
ASKING_NOUNS = {"call": "020", "appeal": "020", "plea": "020", "request": "020", "demand": "100"}
INFINITIVE_DEPS = ("acl", "advcl")


def asking_noun(verb):
    """The noun of asking whose to-infinitive ``verb`` is ("his call to ban"), else None; also when the
    parser hangs the infinitive on the verb whose object the noun is, right before it ("renewed his call
    to expel the diplomats")."""
    head = verb.head
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if verb.dep_ not in INFINITIVE_DEPS or head.i == verb.i or not to:
        return None
    if head.pos_ != "NOUN":
        objects = [o for o in syntax.children(head, "dobj") if o.right_edge.i + 1 == to[0].i
                   and syntax.children(o, "poss")]  # "its call", not "used the call to attack X"
        head = objects[0] if objects and verb.dep_ == "advcl" else None
    return head if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in ASKING_NOUNS else None


def asked_of_another(verb) -> bool:
    """"his call for Obama to expel the diplomats": Obama is asked; the expulsion is no act."""
    return asking_noun(verb) is not None and bool(syntax.children(verb, "nsubj"))


def called_for_code(verb, code: str) -> str:
    """The code of an act asked for by a noun of asking with no subject of its own: the appeal's or the
    demand's ("his call to ban Muslim immigrants": 020); any other act keeps ``code``."""
    noun = asking_noun(verb)
    if noun is None or syntax.children(verb, "nsubj"):
        return code
    return ASKING_NOUNS[noun.lemma_.lower()]
