"""A relative pronoun as the object of its clause (thirty-second session, helper E; ``syntax.object_of``)."""

from __future__ import annotations


def relative_object(verb, word) -> bool:
    """The relative pronoun ``word``, object of the relative clause ``verb``, stands for the noun the clause is
    on, when that is a person ("Putin, *whom* he praised") or the object of a verb ("condemned the attack *that*
    Peru launched"; "that" also when the parser tags it a preposition); not "which" after a place ("drift to
    London, *which* X opposes": it may stand for the clause), nor with a clause of the verb's own, where
    "that" was a misread "that" of a content clause ("sentiment *that* Japan was fighting opening its
    markets"). Both limits from the counting sample (count8). Only a clause in the past: one in the present
    tells who the noun is ("Guaido, *whom* fifty countries recognise as president"; as ``asides`` reads them)."""
    return (word.tag_ in ("WDT", "WP") or word.lower_ == "that") and verb.dep_ == "relcl" \
        and verb.tag_ in ("VBD", "VBN") \
        and verb.head.pos_ in ("NOUN", "PROPN") and (word.lower_ == "whom" or verb.head.dep_ == "dobj") \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
