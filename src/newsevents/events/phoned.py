"""Telephone diplomacy told by its circumstance: "Trump told Erdogan in a phone call that
...", "Biden assured Zelenskiy by phone": the verb is no act of its own, but the call is a
consultation by telephone (041) with the one told (constructions.tsv, phoned)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

CALL_NOUNS = {"call", "conversation", "phone", "telephone"}
CALL_PREPS = {"in", "by", "over", "during"}


def phone_verb(noun, cues: frozenset):
    """The verb a telephone phrase hangs on: "in a phone call", "by phone", "over the telephone"."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in CALL_PREPS:
        return None
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if not words & cues:
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


PERSON_NOUNS = {"president", "minister", "counterpart", "leader", "premier", "chancellor", "king", "emir",
                "prince", "secretary", "envoy", "ambassador", "official", "chief"}


def governing_verbs(verb) -> list:
    """The verb and the verbs it is the complement of ("called on X to help solve")."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "conj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def find_phoned(sent, rules: Rules, actor_of, coded: set[int]) -> list[Found]:
    """A verb with a telephone phrase and a person told ("told X in a phone call", "assured X
    by phone") is a telephone consultation with X, unless the coder made an act of the verb."""
    if "phoned" not in rules.constructions:
        return []
    code, cues = rules.constructions["phoned"]
    found = []
    for noun in with_lemma(sent, CALL_NOUNS):  # phone_verb's nouns
        verb = phone_verb(noun, cues)
        if verb is None or any(v.i in coded for v in governing_verbs(verb)):
            continue  # "called on Moscow to help solve X during a phone conversation": the call is coded
        subject = syntax.subject_of(verb)
        told = [t for t in syntax.children(verb, "dobj", "dative") + syntax.prep_objects(verb, "with")
                + syntax.prep_objects(noun, "with") if t.pos_ == "PROPN" or t.lemma_.lower() in PERSON_NOUNS]
        sources = [(t, m) for t in (named_parties(subject, actor_of) if subject is not None else [])
                   if known(m := actor_of(t))]
        targets = [(t, m) for tok in told for t in named_parties(tok, actor_of) if known(m := actor_of(t))]
        targets = [(t, m) for t, m in targets if all(m.code[:3] != s.code[:3] for _, s in sources)]
        if sources and targets:
            found.append(Found(code, Pattern(code, "C", "phoned"), verb, tuple(sources), tuple(targets),
                               modality_of(verb, code, rules)))
    return found
