"""A promise of harm is a threat: "vowed to constrict the press", "promised to punish women" (130,
not 030). The promise verbs' general rows (030) code any vow whose content no pattern codes; when
that content is a verb of coercion or harm (``harm_verbs.tsv``), the vow threatens its object; when it
keeps up or steps up a use of force ("vowed to keep up such raids", "pledged to continue the offensive":
a noun whose patterns are all coercion or force, roots 17-20), the vow threatens force (138). A vow to answer
another's act with force ("vowed to respond firmly to any attack", "promised retaliation": ``reprisals.tsv``)
threatens too (twenty-ninth session). A vow to block, reject or veto ("vowed to block the nominee": a refusal verb of
refusal_verbs.tsv as its infinitive, with an object) rejects that object now, as "will not accept" does (120,
thirty-first session)."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words, read_tsv

PROMISES = {"vow", "pledge", "promise", "swear"}


@lru_cache(maxsize=1)
def harm_verbs() -> frozenset[str]:
    path = data_path("events", "harm_verbs.tsv")
    return frozenset(lemma.lower() for _, (lemma,) in read_tsv(path, columns=1) if lemma != "lemma")


def promised_harm(token, code: str, rules=None) -> str:
    """130 for a bare promise (030) by a promise verb whose infinitive is a verb of harm, 138 for one that keeps
    up force, else ``code``."""
    if code != "030" or token.lemma_.lower() not in PROMISES:
        return code
    for child in token.children:
        if child.dep_ != "xcomp" or child.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in child.children):
            continue
        if child.lemma_.lower() in harm_verbs() or reprisal(child, rules):
            return "130"
        if rules is not None and child.lemma_.lower() in rules.refusal_verbs \
                and any(o.dep_ == "dobj" for o in child.children) and not rejects_itself(child, rules):
            return "120"  # "vowed to block the president's nominee"; "vowed to veto the bill" is veto's own 129
        if rules is not None and child.lemma_.lower() in KEEPING and any(
                force_noun(o, rules) for o in child.children if o.dep_ == "dobj"):
            return "138"  # "vowed to keep up such raids until the war ends"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in reprisal_words()["noun"] for c in token.children):
        return "138"  # "promised retaliation against X", as the "vow retaliation" rows code it
    return code


def rejects_itself(verb, rules) -> bool:
    """The refusal verb codes a rejection by its own rows ("veto X": 129; "reject X's proposal": 127), which the
    vow yields to as an intent."""
    objects = {o.lemma_.lower() for o in verb.children if o.dep_ == "dobj"}
    return any(p.code.startswith("12") and not p.particle and (not p.object or p.object in objects)
               for p in rules.patterns.get(("V", verb.lemma_.lower()), ()))


@lru_cache(maxsize=1)
def reprisal_words() -> dict[str, frozenset[str]]:
    return read_kinded_words(data_path("events", "reprisals.tsv"), ("answer", "manner", "noun"))


ANSWERED_PREPS = frozenset({"to", "for", "against", "at"})
HOSTILE_ROOTS = ("13", "14", "15", "16", "17", "18", "19", "20")


def reprisal(verb, rules) -> bool:
    """The promised verb answers another's act with force: an adverb of force ("respond firmly") or a hostile
    act answered ("react to any attack"); "vowed to retaliate" is coded by its own rows (138)."""
    words, lemma = reprisal_words(), verb.lemma_.lower()
    if lemma not in words["answer"]:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words["manner"] for c in verb.children):
        return True
    answered = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ANSWERED_PREPS
                for o in p.children if o.dep_ == "pobj"]
    return rules is not None and any(hostile_noun(o, rules) for o in answered)


def hostile_noun(noun, rules) -> bool:
    """Every pattern of the noun is a threat, protest, force posture, cut, coercion or force (roots 13-20)."""
    return noun_of_roots(noun, rules, HOSTILE_ROOTS)


KEEPING = frozenset({"keep", "continue", "step", "intensify", "escalate", "resume", "maintain", "press", "widen",
                     "expand", "extend", "sustain"})  # what is kept up or stepped up is done already
FORCE_ROOTS = ("17", "18", "19", "20")  # coercion and force: "raids" are 170 and 19x


def force_noun(noun, rules) -> bool:
    """Every pattern of the noun is coercion or force: "raids", "air strikes", "the offensive" (not "pressure")."""
    return noun_of_roots(noun, rules, FORCE_ROOTS)


def noun_of_roots(noun, rules, roots: tuple[str, ...]) -> bool:
    """The noun heads patterns, and every one of them is of one of ``roots``."""
    found = rules.patterns.get(("N", noun.lemma_.lower()), ())
    return bool(found) and all(p.code[:2] in roots for p in found)
