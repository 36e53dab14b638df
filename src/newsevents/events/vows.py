"""A promise of harm is a threat: "vowed to constrict the press", "promised to punish women" (130,
not 030). The promise verbs' general rows (030) code any vow whose content no pattern codes; when
that content is a verb of coercion or harm (``harm_verbs.tsv``), the vow threatens its object."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_tsv

PROMISES = {"vow", "pledge", "promise", "swear"}


@lru_cache(maxsize=1)
def harm_verbs() -> frozenset[str]:
    path = data_path("events", "harm_verbs.tsv")
    return frozenset(lemma.lower() for _, (lemma,) in read_tsv(path, columns=1) if lemma != "lemma")


def promised_harm(token, code: str) -> str:
    """130 for a bare promise (030) by a promise verb whose infinitive is a verb of harm, else ``code``."""
    if code != "030" or token.lemma_.lower() not in PROMISES:
        return code
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and child.lemma_.lower() in harm_verbs() \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return "130"
    return code
