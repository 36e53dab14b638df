"""A wrong called alleged as the ground of a reprisal: "decided to take retaliatory action against Japan for its
alleged failure to live up to the pact", "imposed tariffs on Japan for its alleged dumping", "in retaliation for Iran's
alleged attack" -- whoever retaliates or punishes for a wrong the story only calls alleged holds the party it names
to blame: an accusation (112) by the doer of the reprisal (constructions.tsv: alleged_ground; the cues are the words
of reprisal). Not an investigation or an arrest "for alleged tax evasion": the gold sets code those acts alone.
Twenty-fourth session."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.patterns import Pattern, Rules

CLAIMED = frozenset({"alleged", "supposed", "purported"})
OWNERS = ("poss", "amod", "compound", "nmod")


def find_alleged_ground(sent, rules: Rules, actor_of) -> list[Found]:
    """Each alleged wrong owned by a party, the object of a "for" that a reprisal takes."""
    if "alleged_ground" not in rules.constructions:
        return []
    code, reprisals = rules.constructions["alleged_ground"]
    words = syntax.sentence_words(sent)
    if not (words & CLAIMED and words & reprisals):
        return []
    found = []
    for word in sent:
        wrong = word.head
        if word.lower_ not in CLAIMED or word.dep_ != "amod" or wrong.dep_ != "pobj" or wrong.head.lower_ != "for":
            continue
        accused = party_of(wrong, actor_of)
        reprisal = reprisal_at(wrong.head.head, reprisals)
        accuser = doer_of(reprisal, actor_of) if reprisal is not None and accused is not None else None
        if accuser is None:
            continue
        sources = tuple((t, actor_of(t)) for t in named_parties(accuser, actor_of))
        targets = tuple((t, actor_of(t)) for t in named_parties(accused, actor_of))
        if any(known(m) and known(s) and m.code[:3] == s.code[:3] for _, m in targets for _, s in sources):
            continue  # "punished its own officials for alleged graft": at home, no accusation between parties
        found.append(Found(code, Pattern(code, "C", "alleged_ground"), wrong, sources, targets, "asserted"))
    return found


def party_of(noun, actor_of):
    """The party a noun is owned by: "its alleged failure", "Japan's alleged violation", "the alleged attack by X"."""
    near = [c for c in noun.children if c.dep_ in OWNERS] + syntax.prep_objects(noun, "by")
    return next((t for t in near if known(actor_of(t))), None)


def reprisal_at(head, reprisals: frozenset):
    """The act "for" hangs on, when it is a reprisal: its own word ("in retaliation for", "punished X for"), its
    object's ("imposed tariffs on X for") or a modifier of either ("took retaliatory action against X for")."""
    words = [head, *syntax.children(head, "dobj", "amod")]
    words += [a for w in words[1:] for a in syntax.children(w, "amod")]
    return head if any(w.lemma_.lower() in reprisals or w.lower_ in reprisals for w in words) else None


def doer_of(act, actor_of, climbs: int = 2):
    """Who takes the reprisal: a verb's subject; a noun's owner ("the U.S. threat"); "in retaliation for" the doer
    of the act it qualifies."""
    for _ in range(climbs):
        if act.pos_ in ("VERB", "AUX"):
            subject = syntax.subject_of(act)
            return subject if subject is not None and known(actor_of(subject)) else None
        owner = next((c for c in act.children if c.dep_ in OWNERS and known(actor_of(c))), None)
        if owner is not None or act.dep_ != "pobj" or act.head.head.i == act.head.i:
            return owner
        act = act.head.head  # "impose tariffs in retaliation for": the imposing
    return None
