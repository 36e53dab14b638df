"""Acts required, instructed or proposed of others, not done (thirtieth session, P, from the counting sample's
read half, where they were coded as done): "the bill would require President Reagan to retaliate", "he would
instruct his attorney general to appoint a prosecutor to investigate Clinton", "proposed that Congressmen meet with
USDA", "a requirement that the administration investigate whether ...". What one party requires, instructs or
proposes that another do is a duty or an idea, not that party's act (``data/events/proposed.tsv``: ``directing``
words take an object and an infinitive, ``proposing`` and ``directing`` words a subjunctive that-clause). Verbs of
asking that are events themselves (ask, urge, demand) are not listed: their content is coded on them."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words

KINDS = ("proposing", "directing")
CLAUSE_DEPS = ("ccomp", "acl", "advcl")
CLIMB_DEPS = ("xcomp", "ccomp", "acl", "relcl", "dobj", "conj", "advcl")
MAX_STEPS = 5


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    return read_kinded_words(data_path("events", "proposed.tsv"), KINDS)


def subjunctive(verb) -> bool:
    """A that-clause whose verb is bare or under "should" ("that X meet", "that X should meet"), not a claim
    ("suggested that Iran attacked") nor a to-infinitive."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "should" in auxes:
        return True
    # a bare plural present ("that Congressmen meet") is tagged VBP: after a word of directing it is the same form
    return verb.tag_ in ("VB", "VBP") and not auxes and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def directed(token) -> bool:
    """The trigger is (or sits in what is) the infinitive of a directing word with an object of its own
    ("require Reagan to retaliate"), or a subjunctive clause of a directing or proposing word ("proposed that
    Congressmen meet"), climbing through objects and relative clauses ("instruct X to appoint a prosecutor to
    investigate Y")."""
    kinds = words()
    directing, proposing = kinds["directing"], kinds["proposing"]
    node = token
    for _ in range(MAX_STEPS):
        head = node.head
        if node.dep_ not in CLIMB_DEPS or head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        if node.dep_ == "xcomp" and lemma in directing and any(c.dep_ == "dobj" for c in head.children):
            return True
        if node.dep_ in CLAUSE_DEPS and lemma in directing | proposing and node.pos_ in ("VERB", "AUX") \
                and subjunctive(node):
            return True
        node = head
    return False
